// Time's encoding and arithmetic: Unix conversions, Add, Sub (saturating),
// comparisons and ==, UTC/Local, against real Go 1.19 (testdata/gen_times.go
// -> times.json).
import { describe, expect, it } from 'vitest';
import type { Value } from '../../vm/value.js';
import type { Loc, Time } from './timeValue.js';
import { encOf, int64, loadJSON, normEnc, panicOf, timeFrom, timeTestEnv, type TimesJSON } from './timeTestSupport.js';

const data = loadJSON<TimesJSON>('times.json');
const env = timeTestEnv();
const fixed = new Map<string, Loc>();
const times = data.times.map((c) => timeFrom(env, c.t, fixed));

/** Go's == on two Times: every field, the location by pointer. */
function sameTime(a: Time, b: Time): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

describe('Unix time', () => {
  it('Unix, UnixMilli, UnixMicro and UnixNano match Go (int64 wrap-around included)', () => {
    const got = times.map((t) => [
      env.call('time.Time.Unix', t), env.call('time.Time.UnixMilli', t), env.call('time.Time.UnixMicro', t),
      env.call('time.Time.UnixNano', t),
    ].map(String));
    expect(got).toEqual(data.times.map((c) => [c.unix, c.unixMilli, c.unixMicro, c.unixNano]));
  });

  it('results are canonical int64 values', () => {
    for (const t of times) {
      for (const v of [env.call('time.Time.UnixNano', t), env.call('time.Time.Unix', t)]) {
        if (typeof v === 'bigint') expect(v > 9007199254740991n || v < -9007199254740991n).toBe(true);
      }
    }
  });
});

describe('UTC and Local', () => {
  it('store UTC as a nil location and Local as the Local pointer, like setLoc', () => {
    expect(times.map((t) => normEnc(encOf(env, env.call('time.Time.UTC', t) as Time))))
      .toEqual(data.times.map((c) => normEnc(c.utc)));
    expect(times.map((t) => normEnc(encOf(env, env.call('time.Time.Local', t) as Time))))
      .toEqual(data.times.map((c) => normEnc(c.local)));
  });

  it('In(nil) panics; Location of a nil loc is UTC', () => {
    // go run: time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC).In(nil) -> panic: time: missing Location in call to Time.In
    expect(panicOf(() => env.call('time.Time.In', times[0], null))).toBe('string: time: missing Location in call to Time.In');
    expect(env.call('time.Time.Location', [0, 0, null])).toBe(env.utcLoc);
    expect(env.call('time.Time.Location', env.call('time.Now'))).toBe(env.localLoc);
  });
});

describe('comparisons and Sub', () => {
  it(`Sub, Before, After, Equal, Compare and == match Go for ${data.pairs.length} pairs`, () => {
    const got = data.pairs.map((p) => {
      const t = times[p.a];
      const u = times[p.b];
      return {
        a: p.a, b: p.b, sub: String(env.call('time.Time.Sub', t, u)), before: env.call('time.Time.Before', t, u),
        after: env.call('time.Time.After', t, u), equal: env.call('time.Time.Equal', t, u),
        compare: env.call('time.Time.Compare', t, u), same: sameTime(t, u),
      };
    });
    expect(got).toEqual(data.pairs);
  });
});

describe('Add', () => {
  it(`keeps Go's encoding and saturates for ${data.adds.length} cases`, () => {
    const got = data.adds.map((c) => {
      const r = env.call('time.Time.Add', times[c.t], int64(c.d)) as Time;
      return { enc: normEnc(encOf(env, r)), s: env.call('time.Time.String', r) };
    });
    expect(got).toEqual(data.adds.map((c) => ({ enc: normEnc(c.add), s: c.addString })));
  });

  it('never returns its argument array (Time values must not alias)', () => {
    const t = times[0];
    for (const name of ['time.Time.Add', 'time.Time.Round', 'time.Time.Truncate']) {
      const r = env.call(name, t, 0) as Value[];
      expect(r).not.toBe(t);
    }
  });
});

describe('Now, Since and Until in fake time', () => {
  it('Now has a monotonic reading of virtual ns + 1, in Local', () => {
    const e = timeTestEnv();
    e.rt.now = 2.5e9;
    const t = e.call('time.Now') as Time;
    expect(typeof t[0]).toBe('bigint');
    expect(t[1]).toBe(2.5e9 + 1);
    expect(t[2]).toBe(e.localLoc);
    expect(e.call('time.Time.Unix', t)).toBe(1257894002);
    expect(e.call('time.Time.Nanosecond', t)).toBe(5e8);
    e.rt.now = 4e9;
    expect(e.call('time.Since', t)).toBe(1.5e9);
    expect(e.call('time.Until', t)).toBe(-1.5e9);
    expect(e.call('time.Since', e.call('time.Time.Round', t, 0))).toBe(1.5e9);
  });

  it('Sub saturates at the extremes of Duration', () => {
    // go run: time.Unix(1<<62, 0).Sub(time.Unix(-(1 << 62), 0)) and the reverse
    const lo = env.call('time.Unix', -(2n ** 62n), 0) as Time;
    const hi = env.call('time.Unix', 2n ** 62n, 0) as Time;
    expect(env.call('time.Time.Sub', hi, lo)).toBe(2n ** 63n - 1n);
    expect(env.call('time.Time.Sub', lo, hi)).toBe(-(2n ** 63n));
  });
});
