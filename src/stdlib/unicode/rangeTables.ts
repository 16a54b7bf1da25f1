// Go 1.19's Unicode range tables (Unicode 13.0.0, decoded from tables.ts)
// and the classification functions of unicode/letter.go, graphic.go and
// digit.go over them. The tables are Go's own (generated from the Go
// toolchain by maketables.go), not the JS engine's Unicode data, which is a
// newer and browser-dependent version.
import { rangeTableText } from './tables.js';

/** A decoded unicode.RangeTable: ranges in order, the first n16 of them in R16. */
export interface RangeTab {
  readonly lo: Uint32Array;
  readonly hi: Uint32Array;
  readonly stride: Uint32Array;
  readonly n16: number;
  readonly latinOffset: number;
}

function decodeRanges(text: string, lo: number[], hi: number[], stride: number[]): void {
  if (text === '') return;
  let prev = 0;
  for (const part of text.split(',')) {
    const f = part.split('.');
    const l = prev + parseInt(f[0], 36);
    const h = l + parseInt(f[1], 36);
    lo.push(l);
    hi.push(h);
    stride.push(f.length > 2 ? parseInt(f[2], 36) : 1);
    prev = h;
  }
}

const decoded = new Map<string, RangeTab>();

/** The table of a category, script or property by Go's name (`L`, `Nd`, `Han`, `White_Space`). */
export function rangeTab(name: string): RangeTab | undefined {
  let t = decoded.get(name);
  if (t !== undefined) return t;
  const text = rangeTableText[name];
  if (text === undefined) return undefined;
  const [r16, r32, latin] = text.split('|');
  const lo: number[] = [];
  const hi: number[] = [];
  const stride: number[] = [];
  decodeRanges(r16, lo, hi, stride);
  const n16 = lo.length;
  decodeRanges(r32, lo, hi, stride);
  t = { lo: Uint32Array.from(lo), hi: Uint32Array.from(hi), stride: Uint32Array.from(stride), n16, latinOffset: Number(latin) };
  decoded.set(name, t);
  return t;
}

function mustTab(name: string): RangeTab {
  const t = rangeTab(name);
  if (t === undefined) throw new Error(`chanscope: no unicode table ${name}`);
  return t;
}

/** Whether r (>= 0) is in ranges [from, to) of t (sorted, so a binary search answers as Go's linear or binary one does). */
function inRanges(t: RangeTab, from: number, to: number, r: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (r < t.lo[m]) hi = m;
    else if (r > t.hi[m]) lo = m + 1;
    else {
      const s = t.stride[m];
      return s === 1 || (r - t.lo[m]) % s === 0;
    }
  }
  return false;
}

/** unicode.Is over a built-in table (r a rune, possibly negative). */
export function isIn(t: RangeTab, r: number): boolean {
  return isFrom(t, 0, r);
}

/** unicode.isExcludingLatin: Is without the R16 ranges that lie in Latin-1. */
function isExcludingLatin(t: RangeTab, r: number): boolean {
  return isFrom(t, t.latinOffset, r);
}

function isFrom(t: RangeTab, off16: number, r: number): boolean {
  if (r < 0) return false;
  const n16 = t.n16;
  if (n16 > off16 && r <= t.hi[n16 - 1]) return inRanges(t, off16, n16, r);
  const n = t.lo.length;
  if (n > n16 && r >= t.lo[n16]) return inRanges(t, n16, n, r);
  return false;
}

// Latin-1 properties (unicode.properties): derived from the tables.
const pC = 1;
const pP = 2;
const pN = 4;
const pS = 8;
const pZ = 16;
const pLu = 32;
const pLl = 64;
const pp = 128;
const pg = pp | pZ;
const pLo = pLl | pLu;
const pLmask = pLo;

let latin1: Uint8Array | null = null;

function properties(): Uint8Array {
  if (latin1 !== null) return latin1;
  const p = new Uint8Array(256);
  const L = mustTab('L');
  const Lu = mustTab('Lu');
  const Ll = mustTab('Ll');
  const M = mustTab('M');
  const N = mustTab('N');
  const P = mustTab('P');
  const S = mustTab('S');
  const Z = mustTab('Z');
  const Cc = mustTab('Cc');
  for (let r = 0; r < 256; r++) {
    let b = 0;
    if (isIn(Cc, r)) b |= pC;
    if (isIn(P, r)) b |= pP;
    if (isIn(N, r)) b |= pN;
    if (isIn(S, r)) b |= pS;
    if (isIn(Z, r)) b |= pZ;
    if (isIn(Lu, r)) b |= pLu;
    else if (isIn(Ll, r)) b |= pLl;
    else if (isIn(L, r)) b |= pLo;
    // printable per Go: L, M, N, P, S and the ASCII space only
    if (r === 0x20 || isIn(L, r) || isIn(M, r) || isIn(N, r) || isIn(P, r) || isIn(S, r)) b |= pp;
    p[r] = b;
  }
  latin1 = p;
  return p;
}

let tabs: {
  L: RangeTab; Lu: RangeTab; Ll: RangeTab; Lt: RangeTab; M: RangeTab; N: RangeTab; Nd: RangeTab;
  P: RangeTab; S: RangeTab; Zs: RangeTab; WS: RangeTab;
} | null = null;

function T(): NonNullable<typeof tabs> {
  if (tabs !== null) return tabs;
  tabs = {
    L: mustTab('L'), Lu: mustTab('Lu'), Ll: mustTab('Ll'), Lt: mustTab('Lt'), M: mustTab('M'), N: mustTab('N'),
    Nd: mustTab('Nd'), P: mustTab('P'), S: mustTab('S'), Zs: mustTab('Zs'), WS: mustTab('White_Space'),
  };
  return tabs;
}

// The predicates. Runes arrive as int32 numbers; `r >>> 0 <= 0xff` is Go's
// `uint32(r) <= MaxLatin1` (false for negative runes).

export function isLetter(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pLmask) !== 0;
  return isExcludingLatin(T().L, r);
}

export function isUpper(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pLmask) === pLu;
  return isExcludingLatin(T().Lu, r);
}

export function isLower(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pLmask) === pLl;
  return isExcludingLatin(T().Ll, r);
}

export function isTitle(r: number): boolean {
  if (r <= 0xff) return false;
  return isExcludingLatin(T().Lt, r);
}

export function isDigit(r: number): boolean {
  if (r <= 0xff) return 0x30 <= r && r <= 0x39;
  return isExcludingLatin(T().Nd, r);
}

export function isNumber(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pN) !== 0;
  return isExcludingLatin(T().N, r);
}

export function isMark(r: number): boolean {
  return isExcludingLatin(T().M, r);
}

export function isPunct(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pP) !== 0;
  return isIn(T().P, r);
}

export function isSymbol(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pS) !== 0;
  return isExcludingLatin(T().S, r);
}

export function isSpace(r: number): boolean {
  if (r >>> 0 <= 0xff) {
    switch (r) {
      case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0x85: case 0xa0:
        return true;
    }
    return false;
  }
  return isExcludingLatin(T().WS, r);
}

export function isControl(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pC) !== 0;
  return false;
}

export function isGraphic(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pg) !== 0;
  const t = T();
  return isIn(t.L, r) || isIn(t.M, r) || isIn(t.N, r) || isIn(t.P, r) || isIn(t.S, r) || isIn(t.Zs, r);
}

export function isPrint(r: number): boolean {
  if (r >>> 0 <= 0xff) return (properties()[r] & pp) !== 0;
  const t = T();
  return isIn(t.L, r) || isIn(t.M, r) || isIn(t.N, r) || isIn(t.P, r) || isIn(t.S, r);
}
