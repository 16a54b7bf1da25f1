// Natives of package unicode (declared in src/stdlib/api/unicode.ts): the
// classification and case functions over Go 1.19's tables, Is/In/IsOneOf and
// SpecialCase over the Go values a program passes (a *RangeTable is the
// struct's array [R16, R32, LatinOffset]; Range16/Range32 are [Lo, Hi,
// Stride]; a CaseRange is [Lo, Hi, [dUpper, dLower, dTitle]]).
import { GoRuntimePanic } from '../../runtime/panics.js';
import type { NativeImpl, PureNative } from '../../vm/native.js';
import { Slice, type Value } from '../../vm/value.js';
import { simpleFold, to, toLower, toTitle, toUpper, toWith, UPPER_CASE, LOWER_CASE, TITLE_CASE, MAX_CASE, type CaseRangeList } from './caseMapping.js';
import {
  isControl, isDigit, isGraphic, isLetter, isLower, isMark, isNumber, isPrint, isPunct, isSpace, isSymbol, isTitle,
  isUpper, rangeTab,
} from './rangeTables.js';
import { nilDeref } from '../../vm/runtimeErrors.js';

/** unicode.table(name): a fresh Go *RangeTable holding Go 1.19's ranges. */
function tableValue(name: string): Value[] {
  const t = rangeTab(name);
  if (t === undefined) throw new Error(`chanscope: unicode has no table ${name}`);
  const r16: Value[] = [];
  const r32: Value[] = [];
  for (let i = 0; i < t.lo.length; i++) (i < t.n16 ? r16 : r32).push([t.lo[i], t.hi[i], t.stride[i]]);
  const slice = (a: Value[]) => (a.length === 0 ? null : new Slice(a, 0, a.length, a.length));
  return [slice(r16), slice(r32), t.latinOffset];
}

const LINEAR_MAX = 18;

/** is16/is32 of letter.go over a []Range16 or []Range32 Go value (r already converted to the range's unsigned width). */
function isRanges(s: Slice, from: number, r: number, binaryOK: boolean): boolean {
  const n = s.len - from;
  const at = (i: number) => s.arr[s.off + from + i] as number[];
  const hit = (rg: number[]) => {
    const stride = rg[2];
    if (stride === 1) return true;
    if (stride === 0) throw new GoRuntimePanic('integer divide by zero', true);
    return (r - rg[0]) % stride === 0;
  };
  if (n <= LINEAR_MAX || !binaryOK) {
    for (let i = 0; i < n; i++) {
      const rg = at(i);
      if (r < rg[0]) return false;
      if (r <= rg[1]) return hit(rg);
    }
    return false;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const m = lo + ((hi - lo) >> 1);
    const rg = at(m);
    if (rg[0] <= r && r <= rg[1]) return hit(rg);
    if (r < rg[0]) hi = m;
    else lo = m + 1;
  }
  return false;
}

/** unicode.Is(rangeTab, r) over a Go *RangeTable, with Go's search order (linear for short tables and Latin-1). */
export function isGoTable(tab: Value, r: number): boolean {
  if (tab === null) throw nilDeref();
  const [r16, r32] = tab as [Slice | null, Slice | null];
  if (r16 !== null && r16.len > 0) {
    const lastHi = (r16.arr[r16.off + r16.len - 1] as number[])[1];
    if (r >>> 0 <= lastHi) {
      const u = r & 0xffff;
      return isRanges(r16, 0, u, u > 0xff);
    }
  }
  if (r32 !== null && r32.len > 0 && r >= ((r32.arr[r32.off] as number[])[0] | 0)) {
    return isRanges(r32, 0, r >>> 0, true);
  }
  return false;
}

function inAny(ranges: Slice | null, r: number): boolean {
  if (ranges === null) return false;
  for (let i = 0; i < ranges.len; i++) {
    if (isGoTable(ranges.arr[ranges.off + i], r)) return true;
  }
  return false;
}

/** A SpecialCase ([]CaseRange) as the case-range list `to` searches. */
function specialList(s: Slice | null): CaseRangeList {
  const at = (i: number) => (s as Slice).arr[(s as Slice).off + i] as [number, number, number[]];
  return {
    length: s === null ? 0 : s.len,
    lo: (i) => at(i)[0],
    hi: (i) => at(i)[1],
    delta: (i, c) => at(i)[2][c],
  };
}

/** SpecialCase.ToUpper/ToLower/ToTitle: the special ranges first, else the standard mapping. */
function special(c: number, std: (r: number) => number): PureNative {
  return (_c, [s, rv]) => {
    const r = rv as number;
    const found = { v: false };
    const r1 = toWith(c, r, specialList(s as Slice | null), found);
    return r1 === r && !found.v ? std(r) : r1;
  };
}

const pred = (f: (r: number) => boolean): NativeImpl => ({ kind: 'pure', fn: (_c, [r]) => f(r as number) });
const map = (f: (r: number) => number): NativeImpl => ({ kind: 'pure', fn: (_c, [r]) => f(r as number) });

export const unicodeNatives = new Map<string, NativeImpl>([
  ['unicode.table', { kind: 'pure', fn: (_c, [name]) => tableValue(name as string) }],
  ['unicode.Is', { kind: 'pure', fn: (_c, [tab, r]) => isGoTable(tab, r as number) }],
  ['unicode.In', { kind: 'pure', fn: (_c, [r, ranges]) => inAny(ranges as Slice | null, r as number) }],
  ['unicode.IsOneOf', { kind: 'pure', fn: (_c, [ranges, r]) => inAny(ranges as Slice | null, r as number) }],
  ['unicode.IsControl', pred(isControl)],
  ['unicode.IsDigit', pred(isDigit)],
  ['unicode.IsGraphic', pred(isGraphic)],
  ['unicode.IsLetter', pred(isLetter)],
  ['unicode.IsLower', pred(isLower)],
  ['unicode.IsMark', pred(isMark)],
  ['unicode.IsNumber', pred(isNumber)],
  ['unicode.IsPrint', pred(isPrint)],
  ['unicode.IsPunct', pred(isPunct)],
  ['unicode.IsSpace', pred(isSpace)],
  ['unicode.IsSymbol', pred(isSymbol)],
  ['unicode.IsTitle', pred(isTitle)],
  ['unicode.IsUpper', pred(isUpper)],
  ['unicode.SimpleFold', map(simpleFold)],
  ['unicode.ToLower', map(toLower)],
  ['unicode.ToTitle', map(toTitle)],
  ['unicode.ToUpper', map(toUpper)],
  [
    'unicode.To',
    {
      kind: 'pure',
      fn: (_c, [cv, r]) => {
        // an int case outside [0, MaxCase) (even a bigint one) maps to ReplacementChar, as to() does
        const c = typeof cv === 'number' && cv >= 0 && cv < MAX_CASE ? cv : -1;
        return to(c, r as number);
      },
    },
  ],
  ['unicode.SpecialCase.ToUpper', { kind: 'pure', fn: special(UPPER_CASE, toUpper) }],
  ['unicode.SpecialCase.ToLower', { kind: 'pure', fn: special(LOWER_CASE, toLower) }],
  ['unicode.SpecialCase.ToTitle', { kind: 'pure', fn: special(TITLE_CASE, toTitle) }],
]);
