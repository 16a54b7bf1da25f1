// time.Parse and ParseInLocation: the parsed Time's encoding and String, and
// the ParseError texts, against real Go 1.19 (testdata/gen_parse.go ->
// parse.json: named layouts, zone names and offsets, fractional seconds,
// day-of-year, 12-hour clocks, range errors).
import { describe, expect, it } from 'vitest';
import type { Value } from '../../vm/value.js';
import type { Loc, Time } from './timeValue.js';
import { encOf, errorText, loadJSON, normEnc, timeTestEnv, type EncJSON } from './timeTestSupport.js';

interface ParseCaseJSON {
  layout: string;
  value: string;
  in?: 'UTC' | 'Local' | 'CET' | 'minus1';
  t?: EncJSON;
  s?: string;
  err?: string;
}

const data = loadJSON<ParseCaseJSON[]>('parse.json');
const env = timeTestEnv();
// ParseInLocation's locations (Go: time.UTC, time.Local, FixedZone("CET", 3600), FixedZone("", -3600))
const cet: Loc = ['CET', 3600];
const minus1: Loc = ['', -3600];
const inLocs = { UTC: env.utcLoc, Local: env.localLoc, CET: cet, minus1 };

/** The encoding with the two test locations named as the generator names them. */
function enc(t: Time): EncJSON {
  if (t[2] === cet) return { wall: String(t[0]), ext: String(t[1]), loc: { kind: 'CET' as 'fixed' } };
  if (t[2] === minus1) return { wall: String(t[0]), ext: String(t[1]), loc: { kind: 'minus1' as 'fixed' } };
  return normEnc(encOf(env, t));
}

describe('Parse and ParseInLocation', () => {
  const parses = data.filter((c) => c.in === undefined);
  const inLoc = data.filter((c) => c.in !== undefined);
  const run = (c: ParseCaseJSON) => {
    const [t, err] = (c.in === undefined
      ? env.call('time.Parse', c.layout, c.value)
      : env.call('time.ParseInLocation', c.layout, c.value, inLocs[c.in])) as [Time, Value];
    const row: ParseCaseJSON = { layout: c.layout, value: c.value };
    if (c.in !== undefined) row.in = c.in;
    const text = errorText(env, err);
    if (text !== null) {
      row.err = text;
      expect(t).toEqual([0, 0, null]);
    } else {
      row.t = enc(t);
      row.s = env.call('time.Time.String', t) as string;
    }
    return row;
  };
  const testLoc = (kind: string) => kind === 'CET' || kind === 'minus1';
  const want = (c: ParseCaseJSON) => (c.t ? { ...c, t: testLoc(c.t.loc.kind) ? c.t : normEnc(c.t) } : c);

  it(`match Go for ${parses.length} Parse cases (${parses.filter((c) => c.err).length} errors)`, () => {
    expect(parses.map(run)).toEqual(parses.map(want));
  });

  it(`match Go for ${inLoc.length} ParseInLocation cases`, () => {
    expect(inLoc.map(run)).toEqual(inLoc.map(want));
  });
});
