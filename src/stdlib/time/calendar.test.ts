// time.Date's normalization and encoding, the calendar fields of a Time,
// AddDate, Truncate and Round, against real Go 1.19 (testdata/gen_times.go ->
// times.json: constructors with out-of-range fields, years before 1000 and
// before year 1, fixed zones with odd offsets).
import { describe, expect, it } from 'vitest';
import type { Value } from '../../vm/value.js';
import type { Loc, Time } from './timeValue.js';
import {
  construct, encOf, int64, loadJSON, normEnc, panicOf, timeFrom, timeTestEnv, type TimesJSON,
} from './timeTestSupport.js';

const data = loadJSON<TimesJSON>('times.json');
const env = timeTestEnv();
const fixed = new Map<string, Loc>();
const times = data.times.map((c) => timeFrom(env, c.t, fixed));

describe('time.Date and the Unix constructors', () => {
  it(`build Go's wall/ext/loc encoding for ${data.times.length} cases`, () => {
    const got = data.times.map((c) => normEnc(encOf(env, construct(env, c, fixed))));
    expect(got).toEqual(data.times.map((c) => normEnc(c.t)));
  });

  it('panics on a nil location like Go', () => {
    expect(panicOf(() => env.call('time.Date', 2020, 1, 1, 0, 0, 0, 0, null))).toBe('string: time: missing Location in call to Date');
  });
});

describe('calendar fields', () => {
  it('Date, Clock, Weekday, YearDay, ISOWeek, Nanosecond, Month.String and Zone match Go', () => {
    const fields = (t: Time) => {
      const wd = env.call('time.Time.Weekday', t);
      return {
        date: env.call('time.Time.Date', t),
        clock: env.call('time.Time.Clock', t),
        weekday: wd,
        weekdayString: env.call('time.Weekday.String', wd),
        monthString: env.call('time.Month.String', env.call('time.Time.Month', t)),
        yearDay: env.call('time.Time.YearDay', t),
        isoWeek: env.call('time.Time.ISOWeek', t),
        nanosecond: env.call('time.Time.Nanosecond', t),
        zone: env.call('time.Time.Zone', t),
        isZero: env.call('time.Time.IsZero', t),
        each: [env.call('time.Time.Year', t), env.call('time.Time.Month', t), env.call('time.Time.Day', t),
          env.call('time.Time.Hour', t), env.call('time.Time.Minute', t), env.call('time.Time.Second', t)],
      };
    };
    const got = times.map(fields);
    const want = data.times.map((c) => ({
      date: c.date, clock: c.clock, weekday: c.weekday, weekdayString: c.weekdayString, monthString: c.monthString,
      yearDay: c.yearDay, isoWeek: c.isoWeek, nanosecond: c.nanosecond, zone: [c.zoneName, c.zoneOffset],
      isZero: c.isZero, each: [...c.date, ...c.clock],
    }));
    expect(got).toEqual(want);
  });
});

describe('AddDate', () => {
  it(`normalizes like Date for ${data.addDates.length} cases`, () => {
    const got = data.addDates.map((c) => {
      const r = env.call('time.Time.AddDate', times[c.t], c.y, c.m, c.d) as Time;
      return { enc: normEnc(encOf(env, r)), s: env.call('time.Time.String', r) };
    });
    expect(got).toEqual(data.addDates.map((c) => ({ enc: normEnc(c.r), s: c.s })));
  });
});

describe('Truncate and Round', () => {
  it(`round on absolute time like Go for ${data.adds.length} cases`, () => {
    const got = data.adds.map((c) => {
      const d = int64(c.d);
      const tr = env.call('time.Time.Truncate', times[c.t], d) as Time;
      const ro = env.call('time.Time.Round', times[c.t], d) as Time;
      return {
        truncate: normEnc(encOf(env, tr)), truncateString: env.call('time.Time.String', tr),
        round: normEnc(encOf(env, ro)), roundString: env.call('time.Time.String', ro),
      };
    });
    const want = data.adds.map((c) => ({
      truncate: normEnc(c.truncate), truncateString: c.truncateString, round: normEnc(c.round), roundString: c.roundString,
    }));
    expect(got).toEqual(want);
  });

  it('strip the monotonic reading even for d <= 0', () => {
    env.rt.now = 1500;
    const now = env.call('time.Now') as Time;
    const r = env.call('time.Time.Round', now, 0) as Value[];
    expect(typeof r[0]).toBe('number');
    expect(env.call('time.Time.String', r)).toBe('2009-11-10 23:00:00.0000015 +0000 UTC');
    env.rt.now = 0;
  });
});
