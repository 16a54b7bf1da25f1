// Natives of package strings (declared in src/stdlib/api/strings.ts): the
// body-less functions, Builder's methods and Replacer.Replace. Strings are
// byte strings (src/vm/README.md), so indexes are byte indexes as in Go.
import { GoFatalError } from '../../runtime/panics.js';
import type { NativeCtx, NativeImpl, PureNative } from '../../vm/native.js';
import { Slice, type Value } from '../../vm/value.js';
import {
  builderCap, builderGrow, builderLen, builderReset, builderString, builderWrite, builderWriteByte, builderWriteRune,
  builderWriteString,
} from './builder.js';
import { panicString } from '../goPanic.js';
import { replacerReplace } from './replacer.js';
import {
  count, equalFold, fields, genSplit, indexAny, indexRune, lastIndexAny, replace, title, toLowerString, toTitleString,
  toUpperString, toValidUTF8, trim, trimLeft, trimRight, trimSpaceBounds,
} from './stringFuncs.js';
import { nilDeref } from '../../vm/runtimeErrors.js';

/** An int argument as a number (a bigint beyond 2^53 only matters by sign and size here). */
export const intArg = (v: Value): number => (typeof v === 'bigint' ? Number(v) : (v as number));

/** A []string result of length len(parts) and capacity cap (the unused slots hold ""). */
export function stringSlice(parts: string[], cap = parts.length): Slice {
  const len = parts.length;
  const arr: Value[] = parts;
  while (arr.length < cap) arr.push('');
  return new Slice(arr, 0, len, cap);
}

/** JS strings cannot exceed about 2^29 code units; Go would run out of memory long before a playground run. */
const MAX_STRING = (1 << 29) - 24;

/** strings.Repeat: panics on a negative count and on len(s)*count overflowing int. */
export function repeat(c: NativeCtx, s: string, countV: Value, what = 'strings'): string {
  const count = typeof countV === 'bigint' ? countV : BigInt(countV as number);
  if (count === 0n) return '';
  if (count < 0n) panicString(c, `${what}: negative Repeat count`);
  const len = BigInt(s.length);
  if (BigInt.asIntN(64, len * count) / count !== len) panicString(c, `${what}: Repeat count causes overflow`);
  const n = len * count;
  if (n > BigInt(MAX_STRING)) throw new GoFatalError('runtime: out of memory');
  return s.repeat(Number(count));
}

const str = (f: (...a: string[]) => Value): PureNative => (_c, a) => f(...(a as string[]));

export const stringsNatives = new Map<string, NativeImpl>([
  ['strings.Clone', { kind: 'pure', fn: (_c, [s]) => s }],
  ['strings.Compare', { kind: 'pure', fn: str((a, b) => (a === b ? 0 : a < b ? -1 : 1)) }],
  ['strings.Contains', { kind: 'pure', fn: str((s, sub) => s.indexOf(sub) >= 0) }],
  ['strings.ContainsAny', { kind: 'pure', fn: str((s, chars) => indexAny(s, chars) >= 0) }],
  ['strings.ContainsRune', { kind: 'pure', fn: (_c, [s, r]) => indexRune(s as string, r as number) >= 0 }],
  ['strings.Count', { kind: 'pure', fn: str(count) }],
  [
    'strings.Cut',
    {
      kind: 'pure',
      fn: str((s, sep) => {
        const i = s.indexOf(sep);
        return i >= 0 ? [s.substring(0, i), s.substring(i + sep.length), true] : [s, '', false];
      }),
    },
  ],
  ['strings.CutPrefix', { kind: 'pure', fn: str((s, p) => (s.startsWith(p) ? [s.substring(p.length), true] : [s, false])) }],
  [
    'strings.CutSuffix',
    { kind: 'pure', fn: str((s, p) => (s.endsWith(p) ? [s.substring(0, s.length - p.length), true] : [s, false])) },
  ],
  ['strings.EqualFold', { kind: 'pure', fn: str(equalFold) }],
  ['strings.Fields', { kind: 'pure', fn: str((s) => stringSlice(fields(s))) }],
  ['strings.HasPrefix', { kind: 'pure', fn: str((s, p) => s.startsWith(p)) }],
  ['strings.HasSuffix', { kind: 'pure', fn: str((s, p) => s.endsWith(p)) }],
  ['strings.Index', { kind: 'pure', fn: str((s, sub) => s.indexOf(sub)) }],
  ['strings.IndexAny', { kind: 'pure', fn: str(indexAny) }],
  ['strings.IndexByte', { kind: 'pure', fn: (_c, [s, b]) => (s as string).indexOf(String.fromCharCode(b as number)) }],
  ['strings.IndexRune', { kind: 'pure', fn: (_c, [s, r]) => indexRune(s as string, r as number) }],
  [
    'strings.Join',
    {
      kind: 'pure',
      fn: (_c, [elems, sep]) => {
        const e = elems as Slice | null;
        if (e === null || e.len === 0) return '';
        return (e.arr.slice(e.off, e.off + e.len) as string[]).join(sep as string);
      },
    },
  ],
  ['strings.LastIndex', { kind: 'pure', fn: str((s, sub) => s.lastIndexOf(sub)) }],
  ['strings.LastIndexAny', { kind: 'pure', fn: str(lastIndexAny) }],
  ['strings.LastIndexByte', { kind: 'pure', fn: (_c, [s, b]) => (s as string).lastIndexOf(String.fromCharCode(b as number)) }],
  ['strings.Repeat', { kind: 'pure', fn: (c, [s, n]) => repeat(c, s as string, n) }],
  ['strings.Replace', { kind: 'pure', fn: (_c, [s, o, n, k]) => replace(s as string, o as string, n as string, intArg(k)) }],
  ['strings.ReplaceAll', { kind: 'pure', fn: str((s, o, n) => replace(s, o, n, -1)) }],
  ['strings.Split', { kind: 'pure', fn: (_c, [s, sep]) => splitResult(genSplit(s as string, sep as string, 0, -1)) }],
  [
    'strings.SplitAfter',
    { kind: 'pure', fn: (_c, [s, sep]) => splitResult(genSplit(s as string, sep as string, (sep as string).length, -1)) },
  ],
  [
    'strings.SplitAfterN',
    {
      kind: 'pure',
      fn: (_c, [s, sep, n]) => splitResult(genSplit(s as string, sep as string, (sep as string).length, intArg(n))),
    },
  ],
  ['strings.SplitN', { kind: 'pure', fn: (_c, [s, sep, n]) => splitResult(genSplit(s as string, sep as string, 0, intArg(n))) }],
  ['strings.Title', { kind: 'pure', fn: str(title) }],
  ['strings.ToLower', { kind: 'pure', fn: str(toLowerString) }],
  ['strings.ToTitle', { kind: 'pure', fn: str(toTitleString) }],
  ['strings.ToUpper', { kind: 'pure', fn: str(toUpperString) }],
  ['strings.ToValidUTF8', { kind: 'pure', fn: str(toValidUTF8) }],
  ['strings.Trim', { kind: 'pure', fn: str(trim) }],
  ['strings.TrimLeft', { kind: 'pure', fn: str(trimLeft) }],
  ['strings.TrimPrefix', { kind: 'pure', fn: str((s, p) => (s.startsWith(p) ? s.substring(p.length) : s)) }],
  ['strings.TrimRight', { kind: 'pure', fn: str(trimRight) }],
  [
    'strings.TrimSpace',
    {
      kind: 'pure',
      fn: str((s) => {
        const [i, j] = trimSpaceBounds(s, 0, s.length);
        return s.substring(i, j);
      }),
    },
  ],
  ['strings.TrimSuffix', { kind: 'pure', fn: str((s, p) => (s.endsWith(p) ? s.substring(0, s.length - p.length) : s)) }],

  ['strings.(*Builder).String', { kind: 'pure', fn: (_c, [b]) => builderString(b) }],
  ['strings.(*Builder).Len', { kind: 'pure', fn: (_c, [b]) => builderLen(b) }],
  ['strings.(*Builder).Cap', { kind: 'pure', fn: (_c, [b]) => builderCap(b) }],
  ['strings.(*Builder).Reset', { kind: 'pure', fn: (_c, [b]) => builderReset(b) }],
  ['strings.(*Builder).Grow', { kind: 'pure', fn: (c, [b, n]) => builderGrow(c, b, n) }],
  ['strings.(*Builder).Write', { kind: 'pure', fn: (c, [b, p]) => builderWrite(c, b, p) }],
  ['strings.(*Builder).WriteByte', { kind: 'pure', fn: (c, [b, v]) => builderWriteByte(c, b, v) }],
  ['strings.(*Builder).WriteRune', { kind: 'pure', fn: (c, [b, r]) => builderWriteRune(c, b, r) }],
  ['strings.(*Builder).WriteString', { kind: 'pure', fn: (c, [b, s]) => builderWriteString(c, b, s) }],

  ['strings.(*Replacer).Replace', { kind: 'pure', fn: (_c, [r, s]) => replacerReplace(nonNil(r), s as string) }],
]);

function splitResult(r: { parts: string[]; cap: number } | null): Slice | null {
  return r === null ? null : stringSlice(r.parts, r.cap);
}

function nonNil(p: Value): Value {
  if (p === null) throw nilDeref();
  return p;
}
