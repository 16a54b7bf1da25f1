// Natives of package unicode/utf8 (declared in src/stdlib/api/unicode_utf8.ts)
// over byte strings and []byte slices, with utf8.go's exact results on
// invalid input: (RuneError, 1) for a bad or cut-short sequence, (RuneError,
// 0) for no input, U+FFFD written for surrogates and runes past MaxRune.
import type { NativeImpl } from '../../../vm/native.js';
import type { Slice, Value } from '../../../vm/value.js';
import { panicIndex } from '../../goPanic.js';
import { appendByteArray } from '../../strings/sliceGrowth.js';
import {
  decodeLastRuneArr, decodeLastRuneStr, decodeRuneArr, decodeRuneStr, fullRune, pushRune, runeCountArr,
  runeCountStr, runeLen, validArr, validRune, validStr,
} from '../../strings/utf8Bytes.js';

const unpack = (p: number): Value[] => [p >> 3, p & 7];

function bytesOf(p: Value): { a: Value[]; i: number; end: number } {
  const s = p as Slice | null;
  return s === null ? { a: [], i: 0, end: 0 } : { a: s.arr, i: s.off, end: s.off + s.len };
}

/** utf8.EncodeRune: bounds-checks the last byte it needs first, as Go's `_ = p[n-1]` does. */
function encodeRune(p: Slice | null, r: number): number {
  const bytes: number[] = [];
  const n = pushRune(bytes, r);
  const len = p === null ? 0 : p.len;
  if (n > len) panicIndex(n - 1, len);
  const s = p as Slice;
  for (let i = 0; i < n; i++) s.arr[s.off + i] = bytes[i];
  return n;
}

function fullRuneOf(n: number, at: (i: number) => number): boolean {
  return fullRune(n, n > 0 ? at(0) : -1, n > 1 ? at(1) : -1, n > 2 ? at(2) : -1);
}

export const utf8Natives = new Map<string, NativeImpl>([
  [
    'unicode/utf8.FullRune',
    {
      kind: 'pure',
      fn: (_c, [p]) => {
        const { a, i, end } = bytesOf(p);
        return fullRuneOf(end - i, (k) => a[i + k] as number);
      },
    },
  ],
  ['unicode/utf8.FullRuneInString', { kind: 'pure', fn: (_c, [s]) => fullRuneOf((s as string).length, (k) => (s as string).charCodeAt(k)) }],
  [
    'unicode/utf8.DecodeRune',
    {
      kind: 'pure',
      fn: (_c, [p]) => {
        const { a, i, end } = bytesOf(p);
        return unpack(decodeRuneArr(a as number[], i, end));
      },
    },
  ],
  ['unicode/utf8.DecodeRuneInString', { kind: 'pure', fn: (_c, [s]) => unpack(decodeRuneStr(s as string, 0)) }],
  [
    'unicode/utf8.DecodeLastRune',
    {
      kind: 'pure',
      fn: (_c, [p]) => {
        const { a, i, end } = bytesOf(p);
        return unpack(decodeLastRuneArr(a as number[], i, end));
      },
    },
  ],
  ['unicode/utf8.DecodeLastRuneInString', { kind: 'pure', fn: (_c, [s]) => unpack(decodeLastRuneStr(s as string, 0, (s as string).length)) }],
  ['unicode/utf8.RuneLen', { kind: 'pure', fn: (_c, [r]) => runeLen(r as number) }],
  ['unicode/utf8.EncodeRune', { kind: 'pure', fn: (_c, [p, r]) => encodeRune(p as Slice | null, r as number) }],
  [
    'unicode/utf8.AppendRune',
    {
      kind: 'pure',
      fn: (_c, [p, r]) => {
        const bytes: number[] = [];
        pushRune(bytes, r as number);
        return appendByteArray(p as Slice | null, bytes, 0, bytes.length);
      },
    },
  ],
  [
    'unicode/utf8.RuneCount',
    {
      kind: 'pure',
      fn: (_c, [p]) => {
        const { a, i, end } = bytesOf(p);
        return runeCountArr(a as number[], i, end);
      },
    },
  ],
  ['unicode/utf8.RuneCountInString', { kind: 'pure', fn: (_c, [s]) => runeCountStr(s as string) }],
  ['unicode/utf8.RuneStart', { kind: 'pure', fn: (_c, [b]) => ((b as number) & 0xc0) !== 0x80 }],
  [
    'unicode/utf8.Valid',
    {
      kind: 'pure',
      fn: (_c, [p]) => {
        const { a, i, end } = bytesOf(p);
        return validArr(a as number[], i, end);
      },
    },
  ],
  ['unicode/utf8.ValidString', { kind: 'pure', fn: (_c, [s]) => validStr(s as string) }],
  ['unicode/utf8.ValidRune', { kind: 'pure', fn: (_c, [r]) => validRune(r as number) }],
]);
