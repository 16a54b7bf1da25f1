// Go's layout engine: Format over 92 layouts (all std elements, the named
// layouts, near-misses like "Janx" and "Monday2") on 21 times, Time.String and
// GoString on 50, against real Go 1.19 (testdata/gen_times.go -> times.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Slice, type Value } from '../../vm/value.js';
import type { Loc } from './timeValue.js';
import { loadJSON, timeFrom, timeTestEnv, type TimesJSON } from './timeTestSupport.js';

const data = loadJSON<TimesJSON>('times.json');
const env = timeTestEnv();
const fixed = new Map<string, Loc>();
const times = data.times.map((c) => timeFrom(env, c.t, fixed));

describe('Time.Format', () => {
  const withFormats = data.times.map((c, i) => ({ c, i })).filter(({ c }) => c.formats !== undefined);
  it(`matches Go for ${data.layouts.length} layouts on ${withFormats.length} times`, () => {
    for (const { c, i } of withFormats) {
      const got = data.layouts.map((l) => env.call('time.Time.Format', times[i], l));
      expect({ time: c.string, formats: got }).toEqual({ time: c.string, formats: c.formats });
    }
  });
});

describe('Time.String and GoString', () => {
  it(`match Go for ${data.times.length} times`, () => {
    expect(times.map((t) => env.call('time.Time.String', t))).toEqual(data.times.map((c) => c.string));
    expect(times.map((t) => env.call('time.Time.GoString', t))).toEqual(data.times.map((c) => c.goString));
  });

  it('print the monotonic reading as m=±s.nnnnnnnnn (testdata/fake/monotonic.go under go-fake-run)', () => {
    const want = readFileSync(new URL('./testdata/fake/monotonic.out', import.meta.url), 'latin1').split('\n');
    const e = timeTestEnv();
    const str = (t: Value) => e.call('time.Time.String', t) as string;
    const dur = (d: Value) => e.call('time.Duration.String', d) as string;
    const same = (a: Value, b: Value) => (a as Value[]).every((x, i) => x === (b as Value[])[i]);
    const add = (t: Value, d: Value) => e.call('time.Time.Add', t, d);
    const sub = (t: Value, u: Value) => e.call('time.Time.Sub', t, u);
    const round0 = (t: Value) => e.call('time.Time.Round', t, 0);
    const hour = 3600e9;
    const lines: string[] = [];
    const println = (...xs: (string | boolean)[]) => lines.push(xs.map(String).join(' '));
    const t = e.call('time.Now');
    println(str(t));
    println(str(add(t, -5e9)));
    println(str(add(t, 1234567890123456789n)));
    println(str(add(t, 9223372036854775807n)));
    println(str(add(t, -9223372036854775807n)));
    const u = add(t, 1234567890123456789n);
    println(dur(sub(u, t)), dur(sub(t, u)), dur(e.call('time.Since', u)), dur(e.call('time.Until', u)));
    println(str(add(t, 100 * 365 * 24 * hour)), str(add(t, 200 * 365 * 24 * hour)));
    println(str(add(t, -100 * 365 * 24 * hour)), str(add(t, -130 * 365 * 24 * hour)));
    println(str(round0(t)), str(e.call('time.Time.UTC', t)), str(e.call('time.Time.Local', t)),
      str(e.call('time.Time.In', t, e.utcLoc)), str(e.call('time.Time.Truncate', t, hour)));
    println(same(t, round0(t)), e.call('time.Time.Equal', t, round0(t)) as boolean,
      same(round0(t), e.call('time.Time.Local', round0(t))), same(round0(t), e.call('time.Time.UTC', round0(t))));
    e.rt.now += 1.5e9; // time.Sleep(1500 * time.Millisecond)
    const n = e.call('time.Now');
    println(str(n));
    println(dur(e.call('time.Since', t)), dur(e.call('time.Until', t)), dur(sub(n, t)), dur(sub(t, n)),
      e.call('time.Time.After', n, t) as boolean, e.call('time.Time.Before', n, t) as boolean);
    println(dur(e.call('time.Since', round0(t))), dur(e.call('time.Until', round0(t))), dur(sub(n, round0(t))));
    const since = e.call('time.Since', t);
    lines.push(`${dur(since)}|${dur(since)}|${String(since)}`);
    expect(lines).toEqual(want.slice(0, lines.length));
    expect(want.length).toBe(lines.length + 1); // the file ends with a newline
  });
});

describe('Time.AppendFormat', () => {
  // go run: t := time.Date(2009, 11, 10, 23, 4, 5, 123456789, time.FixedZone("", -7*3600)); b := append(make([]byte, 0, cap), pre...)
  // r := t.AppendFormat(b, layout); fmt.Printf("%d %d %q %v\n", len(r), cap(r), r, r == nil)
  const cases: [cap: number, pre: string, layout: string, want: string][] = [
    [0, '', '2006-01-02T15:04:05.999999999Z07:00', '35 64 "2009-11-10T23:04:05.123456789-07:00" false'],
    [0, '', '2006-01-02T15:04:05Z07:00', '25 32 "2009-11-10T23:04:05-07:00" false'],
    [5, 'ab', '2006-01-02', '12 16 "ab2009-11-10" false'],
    [0, '', 'Jan _2 .000 -07:00:00 MST', '27 32 "Nov 10 .123 -07:00:00 -0700" false'],
    [40, 'x', 'Mon Jan _2 15:04:05 MST 2006', '31 40 "xTue Nov 10 23:04:05 -0700 2009" false'],
    [3, 'abc', '15', '5 8 "abc23" false'],
    [0, '', '', '0 0 "" true'],
  ];
  it('appends in place or grows the slice exactly like Go (len, cap, nil)', () => {
    const t = env.call('time.Date', 2009, 11, 10, 23, 4, 5, 123456789, ['', -7 * 3600]);
    for (const [cap, pre, layout, want] of cases) {
      let b: Slice | null = null;
      if (cap > 0) b = new Slice(new Array<Value>(cap).fill(0), 0, 0, cap);
      for (const ch of pre) {
        const s = b as Slice;
        s.arr[s.len++] = ch.charCodeAt(0);
      }
      const r = env.call('time.Time.AppendFormat', t, b, layout) as Slice | null;
      const text = r === null ? '' : String.fromCharCode(...(r.arr.slice(r.off, r.off + r.len) as number[]));
      expect(`${r?.len ?? 0} ${r?.cap ?? 0} "${text}" ${r === null}`).toBe(want);
    }
  });
});
