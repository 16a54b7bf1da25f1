// UTF-8 decoding and string conversions against Go (testdata/values/gen_utf8.go).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bytesFromString, decodeLastRune, decodeRune, decodeUtf8, encodeRune, encodeUtf8, rangeStep, runeCount, runeLen, runesFromString,
  stringFromBytes, stringFromRune, stringFromRunes, stringToRunes, validString,
} from './utf8.js';
import { toInt32 } from './intconv.js';
import { Slice } from './value.js';

interface Dec {
  S: string | null; First: [number, number]; Last: [number, number]; Count: number; Runes: number[] | null; RunesCap: number;
  Valid: boolean; Range: [number, number][] | null; BytesCap: number;
}
const data = JSON.parse(readFileSync(new URL('../../testdata/values/utf8_expected.json', import.meta.url), 'utf8')) as {
  Dec: Dec[]; Conv: { R: number; S: string }[];
};
const b64 = (s: string | null) => (s === null ? '' : Buffer.from(s, 'base64').toString('latin1'));

describe('decoding like unicode/utf8 and range', () => {
  for (const d of data.Dec) {
    const s = b64(d.S);
    it(JSON.stringify(s), () => {
      expect(decodeRune(s)).toEqual(d.First);
      expect(decodeLastRune(s)).toEqual(d.Last);
      expect(runeCount(s)).toBe(d.Count);
      expect(validString(s)).toBe(d.Valid);
      const rs = runesFromString(s);
      expect(rs.arr.slice(0, rs.len)).toEqual(d.Runes ?? []);
      expect(rs.cap).toBe(d.RunesCap);
      const rg: [number, number][] = [];
      for (let i = 0; i < s.length;) {
        const p = rangeStep(s, i);
        rg.push([i, p >>> 3]);
        i += p & 7;
      }
      expect(rg).toEqual(d.Range ?? []);
      const bs = bytesFromString(s);
      expect(bs.cap).toBe(d.BytesCap);
      expect(stringFromBytes(bs)).toBe(s);
      expect(stringToRunes(s)).toEqual(d.Runes ?? []);
    });
  }
});

describe('string(rune) conversions', () => {
  it('matches Go for edge values', () => {
    const n = data.Conv.length;
    data.Conv.forEach((c, i) => {
      // string(rune(r)) truncates to int32 first; the last two entries convert int64 values directly
      const x = i < n - 2 ? toInt32(c.R) : c.R;
      expect(stringFromRune(x), String(c.R)).toBe(b64(c.S));
    });
  });
  it('encodeRune / runeLen', () => {
    expect(encodeRune(0x1f600)).toBe('\xf0\x9f\x98\x80');
    expect(encodeRune(0xd800)).toBe('\xef\xbf\xbd');
    expect([runeLen(0x7f), runeLen(0x80), runeLen(0xd800), runeLen(0x10000), runeLen(0x110000)]).toEqual([1, 2, -1, 4, -1]);
  });
  it('string([]rune) and back', () => {
    const rs = new Slice([0x68, 0xe9, 0x1f600, -1, 0xd800], 0, 5, 5);
    expect(stringFromRunes(rs)).toBe('h\xc3\xa9\xf0\x9f\x98\x80\xef\xbf\xbd\xef\xbf\xbd');
    expect(stringFromRunes(null)).toBe('');
  });
  it('JS text <-> byte strings', () => {
    expect(encodeUtf8('héllo, 世界 😀')).toBe('h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x80');
    expect(encodeUtf8('\ud800x')).toBe('\xef\xbf\xbdx');
    expect(decodeUtf8('h\xc3\xa9llo \xff\xe2\x82')).toBe('héllo \ufffd\ufffd\ufffd');
    const long = 'ab\xc3\xa9'.repeat(5000);
    expect(decodeUtf8(long)).toBe('abé'.repeat(5000));
    expect(encodeUtf8('abé'.repeat(5000))).toBe(long);
  });
});
