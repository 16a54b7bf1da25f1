// The functions of Go 1.19's strings package over byte strings (strings.go):
// byte indexes, Go's exact handling of invalid UTF-8 in each function (some
// keep the bad bytes, some see them as U+FFFD, case mapping replaces them),
// and the lengths and capacities of the slices Split and Fields return.
// package bytes reuses them on the byte string of a []byte.
import { isDigit, isLetter, isSpace } from '../unicode/rangeTables.js';
import { simpleFold, toLower, toTitle, toUpper } from '../unicode/caseMapping.js';
import {
  decodeLastRuneStr, decodeRuneStr, RUNE_ERROR, RUNE_SELF, runeCountStr, runeString, validRune,
} from './utf8Bytes.js';

const RUNE_ERROR_STRING = runeString(RUNE_ERROR);

/** strings.IndexRune: r < 0x80 is a byte search; RuneError finds the first invalid sequence (or U+FFFD). */
export function indexRune(s: string, r: number): number {
  if (0 <= r && r < RUNE_SELF) return s.indexOf(String.fromCharCode(r));
  if (r === RUNE_ERROR) {
    for (let i = 0; i < s.length; ) {
      const p = decodeRuneStr(s, i);
      if (p >> 3 === RUNE_ERROR) return i;
      i += p & 7;
    }
    return -1;
  }
  if (!validRune(r)) return -1;
  return s.indexOf(runeString(r));
}

/** strings.Count: non-overlapping; an empty substr counts 1 + the runes of s. */
export function count(s: string, substr: string): number {
  if (substr.length === 0) return runeCountStr(s) + 1;
  let n = 0;
  for (let i = s.indexOf(substr); i >= 0; i = s.indexOf(substr, i + substr.length)) n++;
  return n;
}

function asciiOnly(chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) >= RUNE_SELF) return false;
  return true;
}

export function indexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  if (chars.length === 1) {
    let r = chars.charCodeAt(0);
    if (r >= RUNE_SELF) r = RUNE_ERROR;
    return indexRune(s, r);
  }
  if (s.length > 8 && asciiOnly(chars)) {
    for (let i = 0; i < s.length; i++) if (chars.indexOf(s[i]) >= 0) return i;
    return -1;
  }
  for (let i = 0; i < s.length; ) {
    const p = decodeRuneStr(s, i);
    if (indexRune(chars, p >> 3) >= 0) return i;
    i += p & 7;
  }
  return -1;
}

export function lastIndexAny(s: string, chars: string): number {
  if (chars === '') return -1;
  if (s.length === 1) {
    let rc = s.charCodeAt(0);
    if (rc >= RUNE_SELF) rc = RUNE_ERROR;
    return indexRune(chars, rc) >= 0 ? 0 : -1;
  }
  if (s.length > 8 && asciiOnly(chars)) {
    for (let i = s.length - 1; i >= 0; i--) if (chars.indexOf(s[i]) >= 0) return i;
    return -1;
  }
  if (chars.length === 1) {
    let rc = chars.charCodeAt(0);
    if (rc >= RUNE_SELF) rc = RUNE_ERROR;
    for (let i = s.length; i > 0; ) {
      const p = decodeLastRuneStr(s, 0, i);
      i -= p & 7;
      if (rc === p >> 3) return i;
    }
    return -1;
  }
  for (let i = s.length; i > 0; ) {
    const p = decodeLastRuneStr(s, 0, i);
    i -= p & 7;
    if (indexRune(chars, p >> 3) >= 0) return i;
  }
  return -1;
}

/** strings.explode: one string per rune (up to n); bad bytes become U+FFFD except in the last piece, which is the rest as is. */
export function explode(s: string, n: number): string[] {
  const l = runeCountStr(s);
  if (n < 0 || n > l) n = l;
  const a: string[] = new Array(n);
  let pos = 0;
  for (let i = 0; i < n - 1; i++) {
    const p = decodeRuneStr(s, pos);
    const size = p & 7;
    a[i] = p >> 3 === RUNE_ERROR ? RUNE_ERROR_STRING : s.substring(pos, pos + size);
    pos += size;
  }
  if (n > 0) a[n - 1] = s.substring(pos);
  return a;
}

/**
 * strings.genSplit: the pieces and the capacity of Go's result slice (it
 * makes n slots and returns the first ones used), or null for n == 0.
 */
export function genSplit(s: string, sep: string, sepSave: number, n: number): { parts: string[]; cap: number } | null {
  if (n === 0) return null;
  if (sep === '') {
    const parts = explode(s, n);
    return { parts, cap: parts.length };
  }
  if (n < 0) n = count(s, sep) + 1;
  if (n > s.length + 1) n = s.length + 1;
  const parts: string[] = [];
  let pos = 0;
  while (parts.length < n - 1) {
    const m = s.indexOf(sep, pos);
    if (m < 0) break;
    parts.push(s.substring(pos, m + sepSave));
    pos = m + sep.length;
  }
  parts.push(s.substring(pos));
  return { parts, cap: n };
}

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** strings.Fields: the runs of non-space runes (unicode.IsSpace; bad bytes are not space). */
export function fields(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let space: boolean;
    let size = 1;
    if (c < RUNE_SELF) space = isAsciiSpace(c);
    else {
      const p = decodeRuneStr(s, i);
      size = p & 7;
      space = isSpace(p >> 3);
    }
    if (space) {
      if (start >= 0) {
        out.push(s.substring(start, i));
        start = -1;
      }
    } else if (start < 0) start = i;
    i += size;
  }
  if (start >= 0) out.push(s.substring(start));
  return out;
}

/**
 * strings.Map's result: each rune (a bad byte reads as U+FFFD) replaced by
 * mapping(rune), dropped when negative, written as UTF-8 (invalid runes as
 * U+FFFD); s itself when nothing changed.
 */
export function mapRunes(s: string, mapping: (r: number) => number): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let r: number;
    let size = 1;
    if (c < RUNE_SELF) r = c;
    else {
      const p = decodeRuneStr(s, i);
      r = p >> 3;
      size = p & 7;
    }
    const m = mapping(r);
    // a bad byte (RuneError of width 1) is always rewritten
    if (m !== r || size === 1 && r === RUNE_ERROR) {
      out += s.substring(last, i);
      if (m >= 0) out += runeString(m);
      last = i + size;
    }
    i += size;
  }
  if (last === 0) return s;
  return out + s.substring(last);
}

/** strings.ToUpper (ASCII fast path, else Map(unicode.ToUpper)). */
export function toUpperString(s: string): string {
  let ascii = true;
  let hasLower = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= RUNE_SELF) {
      ascii = false;
      break;
    }
    if (c >= 0x61 && c <= 0x7a) hasLower = true;
  }
  if (ascii) return hasLower ? s.toUpperCase() : s; // JS upper-casing of ASCII is Go's
  return mapRunes(s, toUpper);
}

export function toLowerString(s: string): string {
  let ascii = true;
  let hasUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= RUNE_SELF) {
      ascii = false;
      break;
    }
    if (c >= 0x41 && c <= 0x5a) hasUpper = true;
  }
  if (ascii) return hasUpper ? s.toLowerCase() : s;
  return mapRunes(s, toLower);
}

export function toTitleString(s: string): string {
  return mapRunes(s, toTitle);
}

/** strings.isSeparator: what Title takes as a word boundary. */
function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/** strings.Title: title-case each rune that follows a separator. */
export function title(s: string): string {
  let prev = 0x20;
  return mapRunes(s, (r) => {
    const out = isSeparator(prev) ? toTitle(r) : r;
    prev = r;
    return out;
  });
}

/** strings.ToValidUTF8: each run of bad bytes becomes one copy of replacement. */
export function toValidUTF8(s: string, replacement: string): string {
  let out = '';
  let last = 0;
  let invalid = false;
  let changed = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < RUNE_SELF) {
      i++;
      invalid = false;
      continue;
    }
    const p = decodeRuneStr(s, i);
    if ((p & 7) === 1) {
      out += s.substring(last, i);
      if (!invalid) out += replacement;
      invalid = true;
      changed = true;
      i++;
      last = i;
      continue;
    }
    invalid = false;
    i += p & 7;
  }
  return changed ? out + s.substring(last) : s;
}

/** strings.EqualFold: equal under simple Unicode case folding, rune by rune (bad bytes are U+FFFD). */
export function equalFold(s: string, t: string): boolean {
  let i = 0;
  let j = 0;
  while (i < s.length && j < t.length) {
    let sr: number;
    let tr: number;
    const a = s.charCodeAt(i);
    if (a < RUNE_SELF) {
      sr = a;
      i++;
    } else {
      const p = decodeRuneStr(s, i);
      sr = p >> 3;
      i += p & 7;
    }
    const b = t.charCodeAt(j);
    if (b < RUNE_SELF) {
      tr = b;
      j++;
    } else {
      const p = decodeRuneStr(t, j);
      tr = p >> 3;
      j += p & 7;
    }
    if (tr === sr) continue;
    if (tr < sr) {
      const x = tr;
      tr = sr;
      sr = x;
    }
    if (tr < RUNE_SELF) {
      if (0x41 <= sr && sr <= 0x5a && tr === sr + 0x20) continue;
      return false;
    }
    let r = simpleFold(sr);
    while (r !== sr && r < tr) r = simpleFold(r);
    if (r === tr) continue;
    return false;
  }
  return i === s.length && j === t.length;
}

/** strings.Replace: the first n (all if n < 0) non-overlapping old replaced; an empty old matches before each rune and at the end. */
export function replace(s: string, old: string, nw: string, n: number): string {
  if (old === nw || n === 0) return s;
  const m = count(s, old);
  if (m === 0) return s;
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += decodeRuneStr(s, start) & 7;
    } else j = s.indexOf(old, start);
    out += s.substring(start, j) + nw;
    start = j + old.length;
  }
  return out + s.substring(start);
}

// Trim and friends (strings.go: makeASCIISet, trimLeftUnicode, ...): a
// one-byte ASCII cutset trims bytes, an ASCII cutset trims bytes of the set,
// any other cutset trims runes (a bad byte reads as U+FFFD, so it is cut only
// if the cutset holds U+FFFD or a bad byte itself).

function cutsetMode(cutset: string): 'byte' | 'ascii' | 'unicode' {
  if (cutset.length === 1 && cutset.charCodeAt(0) < RUNE_SELF) return 'byte';
  return asciiOnly(cutset) ? 'ascii' : 'unicode';
}

export function trimLeftIndex(s: string, from: number, to: number, cutset: string): number {
  let i = from;
  if (cutsetMode(cutset) !== 'unicode') {
    while (i < to && cutset.indexOf(s[i]) >= 0) i++;
    return i;
  }
  while (i < to) {
    const c = s.charCodeAt(i);
    let r = c;
    let n = 1;
    if (c >= RUNE_SELF) {
      const p = decodeRuneStr(s, i, to);
      r = p >> 3;
      n = p & 7;
    }
    if (indexRune(cutset, r) < 0) break;
    i += n;
  }
  return i;
}

export function trimRightIndex(s: string, from: number, to: number, cutset: string): number {
  let j = to;
  if (cutsetMode(cutset) !== 'unicode') {
    while (j > from && cutset.indexOf(s[j - 1]) >= 0) j--;
    return j;
  }
  while (j > from) {
    const c = s.charCodeAt(j - 1);
    let r = c;
    let n = 1;
    if (c >= RUNE_SELF) {
      const p = decodeLastRuneStr(s, from, j);
      r = p >> 3;
      n = p & 7;
    }
    if (indexRune(cutset, r) < 0) break;
    j -= n;
  }
  return j;
}

export function trim(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  const j = trimRightIndex(s, 0, s.length, cutset);
  return s.substring(trimLeftIndex(s, 0, j, cutset), j);
}

export function trimLeft(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  return s.substring(trimLeftIndex(s, 0, s.length, cutset));
}

export function trimRight(s: string, cutset: string): string {
  if (s === '' || cutset === '') return s;
  return s.substring(0, trimRightIndex(s, 0, s.length, cutset));
}

/** [start, stop) of strings.TrimSpace(s[from:to]): unicode.IsSpace runes cut from both ends. */
export function trimSpaceBounds(s: string, from: number, to: number): [number, number] {
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c < RUNE_SELF) {
      if (!isAsciiSpace(c)) break;
      i++;
      continue;
    }
    const p = decodeRuneStr(s, i, to);
    if (!isSpace(p >> 3)) break;
    i += p & 7;
  }
  let j = to;
  while (j > i) {
    const c = s.charCodeAt(j - 1);
    if (c < RUNE_SELF) {
      if (!isAsciiSpace(c)) break;
      j--;
      continue;
    }
    const p = decodeLastRuneStr(s, i, j);
    if (!isSpace(p >> 3)) break;
    j -= p & 7;
  }
  return [i, j];
}
