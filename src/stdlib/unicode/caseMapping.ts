// Case mapping and simple case folding as Go 1.19's unicode/letter.go does
// them (to, To, ToUpper, ToLower, ToTitle, SimpleFold) over Go's CaseRanges
// and fold orbits (Unicode 13.0.0, decoded from tables.ts).
import { caseRangesText, foldOrbitText } from './tables.js';

export const UPPER_CASE = 0;
export const LOWER_CASE = 1;
export const TITLE_CASE = 2;
export const MAX_CASE = 3;
export const MAX_RUNE = 0x10ffff;
export const UPPER_LOWER = MAX_RUNE + 1;
const REPLACEMENT_CHAR = 0xfffd;

/** Decoded CaseRanges: lo, hi and the three deltas of entry i at 5*i. */
let caseRanges: Int32Array | null = null;

function ranges(): Int32Array {
  if (caseRanges !== null) return caseRanges;
  const parts = caseRangesText.split(',');
  const out = new Int32Array(parts.length * 5);
  let prev = 0;
  parts.forEach((p, i) => {
    const f = p.split('.');
    const lo = prev + parseInt(f[0], 36);
    const hi = lo + parseInt(f[1], 36);
    out[i * 5] = lo;
    out[i * 5 + 1] = hi;
    for (let k = 0; k < 3; k++) out[i * 5 + 2 + k] = f[2 + k] === 'u' ? UPPER_LOWER : parseInt(f[2 + k], 36);
    prev = hi;
  });
  caseRanges = out;
  return out;
}

/** The mapped rune and whether a range covered r (unicode.to), packed as [rune, found]. */
export interface CaseRangeList {
  readonly length: number;
  lo(i: number): number;
  hi(i: number): number;
  delta(i: number, c: number): number;
}

/**
 * unicode.to: binary search of the case ranges. Returns the mapped rune;
 * `found.v` tells whether a range covered r. Bounds are compared as runes
 * (int32), as Go's `rune(cr.Lo) <= r`.
 */
export function toWith(c: number, r: number, list: CaseRangeList, found: { v: boolean }): number {
  found.v = false;
  if (c < 0 || MAX_CASE <= c) return REPLACEMENT_CHAR;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const m = lo + ((hi - lo) >> 1);
    const crLo = list.lo(m) | 0;
    const crHi = list.hi(m) | 0;
    if (crLo <= r && r <= crHi) {
      found.v = true;
      const delta = list.delta(m, c);
      if (delta > MAX_RUNE) {
        // an Upper-Lower sequence: even offsets are upper case, odd ones lower
        return (crLo + (((r - crLo) & ~1) | (c & 1))) | 0;
      }
      return (r + delta) | 0;
    }
    if (r < crLo) hi = m;
    else lo = m + 1;
  }
  return r;
}

const builtin: CaseRangeList = {
  get length() {
    return ranges().length / 5;
  },
  lo: (i) => (caseRanges as Int32Array)[i * 5],
  hi: (i) => (caseRanges as Int32Array)[i * 5 + 1],
  delta: (i, c) => (caseRanges as Int32Array)[i * 5 + 2 + c],
};

const ignored = { v: false };

/** unicode.To. */
export function to(c: number, r: number): number {
  ranges();
  return toWith(c, r, builtin, ignored);
}

export function toUpper(r: number): number {
  if (r <= 0x7f) return 0x61 <= r && r <= 0x7a ? r - 0x20 : r;
  return to(UPPER_CASE, r);
}

export function toLower(r: number): number {
  if (r <= 0x7f) return 0x41 <= r && r <= 0x5a ? r + 0x20 : r;
  return to(LOWER_CASE, r);
}

export function toTitle(r: number): number {
  if (r <= 0x7f) return 0x61 <= r && r <= 0x7a ? r - 0x20 : r;
  return to(TITLE_CASE, r);
}

let orbit: Map<number, number> | null = null;

function foldOrbit(): Map<number, number> {
  if (orbit !== null) return orbit;
  const m = new Map<number, number>();
  let prev = 0;
  for (const p of foldOrbitText.split(',')) {
    const f = p.split('.');
    const r = prev + parseInt(f[0], 36);
    m.set(r, r + parseInt(f[1], 36));
    prev = r;
  }
  orbit = m;
  return m;
}

/** unicode.SimpleFold: the next rune of r's case-folding orbit (wrapping to the smallest). */
export function simpleFold(r: number): number {
  if (r < 0 || r > MAX_RUNE) return r;
  const o = foldOrbit().get(r);
  if (o !== undefined) return o;
  const l = toLower(r);
  if (l !== r) return l;
  return toUpper(r);
}
