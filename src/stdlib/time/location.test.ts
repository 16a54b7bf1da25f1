// Locations: LoadLocation without a zone database, Location.String, zones of
// UTC, Local (the Playground's UTC, printed "Local") and fixed zones, and the
// stand-in globals used before package time registers its own.
import { describe, expect, it } from 'vitest';
import { Runtime } from '../../runtime/runtime.js';
import type { Value } from '../../vm/value.js';
import { formatTime, timeGoString } from './format.js';
import { loadLocation, normLoc, timeGlobals, zoneOf } from './location.js';
import type { Loc, Time } from './timeValue.js';
import { errorText, timeTestEnv } from './timeTestSupport.js';

describe('LoadLocation', () => {
  it('gives UTC and Local, and Go\'s errors for other names', () => {
    const env = timeTestEnv();
    expect(env.call('time.LoadLocation', '')).toEqual([env.utcLoc, null]);
    expect((env.call('time.LoadLocation', 'UTC') as Value[])[0]).toBe(env.utcLoc);
    expect((env.call('time.LoadLocation', 'Local') as Value[])[0]).toBe(env.localLoc);
    // go run: time.LoadLocation("../x"), ("/etc/x"), ("Nowhere/Special")
    const err = (name: string) => {
      const [loc, e] = env.call('time.LoadLocation', name) as [Value, Value];
      expect(loc).toBe(null);
      return errorText(env, e);
    };
    expect(err('../x')).toBe('time: invalid location name');
    expect(err('/etc/x')).toBe('time: invalid location name');
    expect(err('Nowhere/Special')).toBe('unknown time zone Nowhere/Special');
  });
});

describe('Location.String and Zone', () => {
  it('names UTC, Local and fixed zones as go-fake-run does', () => {
    // go-fake-run: time.Local.String() == "Local", time.UTC.String() == "UTC", t.Local().Zone() == ("UTC", 0)
    const env = timeTestEnv();
    expect(env.call('time.(*Location).String', env.localLoc)).toBe('Local');
    expect(env.call('time.(*Location).String', env.utcLoc)).toBe('UTC');
    expect(env.call('time.(*Location).String', null)).toBe('UTC');
    expect(env.call('time.(*Location).String', ['', 3600])).toBe('');
    const t = env.call('time.Now');
    expect(env.call('time.Time.Zone', t)).toEqual(['UTC', 0]);
    expect(env.call('time.Time.Zone', env.call('time.Time.In', t, ['Local', 0]))).toEqual(['Local', 0]);
    expect(env.call('time.Time.IsDST', t)).toBe(false);
  });
});

describe('before package time registers its globals', () => {
  it('recognises UTC and Local by name and offset', () => {
    const rt = new Runtime({ seed: 1 });
    const g = timeGlobals(rt);
    expect(g.registered).toBe(false);
    const goUTC: Loc = ['UTC', 0];
    const goLocal: Loc = ['Local', 0];
    expect(normLoc(g, goUTC)).toBe(null);
    expect(zoneOf(g, goLocal)).toEqual({ name: 'UTC', offset: 0 });
    const t: Time = [0, 63393490800, goLocal];
    expect(formatTime(g, t, 'MST -0700')).toBe('UTC +0000');
    expect(timeGoString(g, t)).toBe('time.Date(2009, time.November, 10, 23, 0, 0, 0, time.Local)');
    expect(loadLocation(g, 'UTC')).toEqual({ loc: g.utcLoc });
  });

  it('after registration, a FixedZone("Local", 0) is a zone of its own', () => {
    const env = timeTestEnv();
    const g = timeGlobals(env.rt);
    const fz: Loc = ['Local', 0];
    // go-fake-run: t.In(time.FixedZone("Local", 0)) prints "2009-11-10 23:00:00 +0000 Local"
    expect(formatTime(g, [0, 63393490800, fz], '2006-01-02 15:04:05 -0700 MST')).toBe('2009-11-10 23:00:00 +0000 Local');
    expect(timeGoString(g, [0, 63393490800, fz])).toBe('time.Date(2009, time.November, 10, 23, 0, 0, 0, time.Location("Local"))');
  });
});
