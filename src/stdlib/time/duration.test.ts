// Duration.String, ParseDuration, Month.String and Weekday.String against the
// outputs of real Go 1.19 (testdata/gen_durations.go -> durations.json).
import { describe, expect, it } from 'vitest';
import type { Value } from '../../vm/value.js';
import { quote } from './duration.js';
import { errorText, int64, loadJSON, timeTestEnv } from './timeTestSupport.js';

interface DurationsJSON {
  strings: { d: string; s: string }[];
  parses: { in: string; d: string; err?: string }[];
  months: { v: string; s: string }[];
  weekdays: { v: string; s: string }[];
}

const data = loadJSON<DurationsJSON>('durations.json');
const env = timeTestEnv();

describe('Duration.String', () => {
  it(`matches Go for ${data.strings.length} durations`, () => {
    const got = data.strings.map((c) => ({ d: c.d, s: env.call('time.Duration.String', int64(c.d)) }));
    expect(got).toEqual(data.strings);
  });

  it('writes µ as its UTF-8 bytes', () => {
    expect(env.call('time.Duration.String', 1500)).toBe('1.5\xc2\xb5s');
  });
});

describe('ParseDuration', () => {
  it(`matches Go's values and error texts for ${data.parses.length} inputs`, () => {
    const got = data.parses.map((c) => {
      const [d, err] = env.call('time.ParseDuration', c.in) as [Value, Value];
      const row: { in: string; d: string; err?: string } = { in: c.in, d: String(d) };
      const text = errorText(env, err);
      if (text !== null) row.err = text;
      return row;
    });
    expect(got).toEqual(data.parses);
  });

  it('returns canonical int64 values (numbers when safe, bigints beyond)', () => {
    expect(env.call('time.ParseDuration', '1h')).toEqual([3600e9, null]);
    expect((env.call('time.ParseDuration', '9223372036854775807ns') as Value[])[0]).toBe(9223372036854775807n);
  });
});

describe('Month.String and Weekday.String', () => {
  it('match Go, including %!Month(n) out of range', () => {
    expect(data.months.map((c) => ({ v: c.v, s: env.call('time.Month.String', int64(c.v)) }))).toEqual(data.months);
    expect(data.weekdays.map((c) => ({ v: c.v, s: env.call('time.Weekday.String', int64(c.v)) }))).toEqual(data.weekdays);
  });
});

describe('quote', () => {
  it('escapes non-ASCII runes byte by byte, and quotes and backslashes', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quote('\xc3\xa4\xff\n')).toBe('"\\xc3\\xa4\\xff\\x0a"');
  });
});
