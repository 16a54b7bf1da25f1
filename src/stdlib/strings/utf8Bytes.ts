// UTF-8 over Go's byte representations (src/vm/README.md): byte strings (a
// JS string whose char codes are the bytes) and the number arrays behind
// []byte slices. Decoding follows unicode/utf8 (utf8.go: DecodeRune's
// first-byte classes and accept ranges): an invalid or incomplete sequence
// decodes as (RuneError, 1), the empty input as (RuneError, 0).
//
// Decoders return rune and size packed in one number, `rune << 3 | size`,
// so hot loops allocate nothing: `r = p >> 3`, `size = p & 7`.

export const RUNE_ERROR = 0xfffd;
export const RUNE_SELF = 0x80;
export const MAX_RUNE = 0x10ffff;
const SURROGATE_MIN = 0xd800;
const SURROGATE_MAX = 0xdfff;

/** The packed result for an invalid sequence: (RuneError, 1). */
export const DECODE_ERROR = (RUNE_ERROR << 3) | 1;

/**
 * Decodes the sequence starting at the lead byte b0 given its continuation
 * bytes (b1..b3 are -1 past the end). Mirrors utf8.DecodeRune: the second
 * byte's allowed range depends on the lead byte (no overlongs, no
 * surrogates, nothing above U+10FFFF).
 */
function decodeMulti(b0: number, b1: number, b2: number, b3: number): number {
  let lo = 0x80;
  let hi = 0xbf;
  let size: number;
  if (b0 < 0xc2) return DECODE_ERROR; // continuation byte or overlong 2-byte lead
  if (b0 < 0xe0) size = 2;
  else if (b0 < 0xf0) {
    size = 3;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else if (b0 < 0xf5) {
    size = 4;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  } else return DECODE_ERROR;
  if (b1 < lo || b1 > hi) return DECODE_ERROR;
  if (size === 2) return ((((b0 & 0x1f) << 6) | (b1 & 0x3f)) << 3) | 2;
  if (b2 < 0x80 || b2 > 0xbf) return DECODE_ERROR;
  if (size === 3) return ((((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) << 3) | 3;
  if (b3 < 0x80 || b3 > 0xbf) return DECODE_ERROR;
  return ((((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) << 3) | 4;
}

/** utf8.DecodeRuneInString(s[i:end]), packed. */
export function decodeRuneStr(s: string, i: number, end: number = s.length): number {
  if (i >= end) return RUNE_ERROR << 3;
  const b0 = s.charCodeAt(i);
  if (b0 < RUNE_SELF) return (b0 << 3) | 1;
  return decodeMulti(
    b0,
    i + 1 < end ? s.charCodeAt(i + 1) : -1,
    i + 2 < end ? s.charCodeAt(i + 2) : -1,
    i + 3 < end ? s.charCodeAt(i + 3) : -1,
  );
}

/** utf8.DecodeRune(a[i:end]) over a []byte's backing array, packed. */
export function decodeRuneArr(a: ArrayLike<number>, i: number, end: number): number {
  if (i >= end) return RUNE_ERROR << 3;
  const b0 = a[i];
  if (b0 < RUNE_SELF) return (b0 << 3) | 1;
  return decodeMulti(b0, i + 1 < end ? a[i + 1] : -1, i + 2 < end ? a[i + 2] : -1, i + 3 < end ? a[i + 3] : -1);
}

/** utf8.DecodeLastRuneInString(s[start:end]), packed: back up to a start byte (at most 4), then it must decode to exactly the end. */
export function decodeLastRuneStr(s: string, start: number, end: number): number {
  if (end <= start) return RUNE_ERROR << 3;
  let i = end - 1;
  const last = s.charCodeAt(i);
  if (last < RUNE_SELF) return (last << 3) | 1;
  const lim = Math.max(end - 4, start);
  for (i--; i >= lim; i--) {
    if ((s.charCodeAt(i) & 0xc0) !== 0x80) break;
  }
  if (i < start) i = start;
  const p = decodeRuneStr(s, i, end);
  return i + (p & 7) !== end ? DECODE_ERROR : p;
}

/** utf8.DecodeLastRune(a[start:end]), packed. */
export function decodeLastRuneArr(a: ArrayLike<number>, start: number, end: number): number {
  if (end <= start) return RUNE_ERROR << 3;
  let i = end - 1;
  const last = a[i];
  if (last < RUNE_SELF) return (last << 3) | 1;
  const lim = Math.max(end - 4, start);
  for (i--; i >= lim; i--) {
    if ((a[i] & 0xc0) !== 0x80) break;
  }
  if (i < start) i = start;
  const p = decodeRuneArr(a, i, end);
  return i + (p & 7) !== end ? DECODE_ERROR : p;
}

/** utf8.RuneLen: bytes needed to encode r, or -1 if r is not a valid rune. */
export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (SURROGATE_MIN <= r && r <= SURROGATE_MAX) return -1;
  if (r < 0x10000) return 3;
  if (r <= MAX_RUNE) return 4;
  return -1;
}

/** utf8.ValidRune. */
export function validRune(r: number): boolean {
  return (r >= 0 && r < SURROGATE_MIN) || (r > SURROGATE_MAX && r <= MAX_RUNE);
}

/** Appends the bytes of r's encoding to out (utf8.EncodeRune: invalid runes encode as U+FFFD); returns the count. */
export function pushRune(out: number[], r: number): number {
  if (r >= 0 && r < 0x80) {
    out.push(r);
    return 1;
  }
  if (r >= 0x80 && r < 0x800) {
    out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
    return 2;
  }
  if (!validRune(r)) r = RUNE_ERROR;
  if (r < 0x10000) {
    out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
    return 3;
  }
  out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return 4;
}

const asciiStrings: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

/** The byte string of r's encoding (Go's string(r) conversion: invalid runes become U+FFFD). */
export function runeString(r: number): string {
  if (r >= 0 && r < 0x80) return asciiStrings[r];
  if (r >= 0x80 && r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (!validRune(r)) r = RUNE_ERROR;
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** utf8.RuneCountInString(s[i:end]): invalid bytes count one each. */
export function runeCountStr(s: string, i = 0, end = s.length): number {
  let n = 0;
  while (i < end) {
    const c = s.charCodeAt(i);
    i += c < RUNE_SELF ? 1 : decodeRuneStr(s, i, end) & 7;
    n++;
  }
  return n;
}

/** utf8.RuneCount(a[i:end]). */
export function runeCountArr(a: ArrayLike<number>, i: number, end: number): number {
  let n = 0;
  while (i < end) {
    const c = a[i];
    i += c < RUNE_SELF ? 1 : decodeRuneArr(a, i, end) & 7;
    n++;
  }
  return n;
}

/** utf8.ValidString(s[i:end]). */
export function validStr(s: string, i = 0, end = s.length): boolean {
  while (i < end) {
    if (s.charCodeAt(i) < RUNE_SELF) {
      i++;
      continue;
    }
    const p = decodeRuneStr(s, i, end);
    if (p === DECODE_ERROR) return false;
    i += p & 7;
  }
  return true;
}

/** utf8.Valid(a[i:end]). */
export function validArr(a: ArrayLike<number>, i: number, end: number): boolean {
  while (i < end) {
    if (a[i] < RUNE_SELF) {
      i++;
      continue;
    }
    const p = decodeRuneArr(a, i, end);
    if (p === DECODE_ERROR) return false;
    i += p & 7;
  }
  return true;
}

/**
 * utf8.FullRune over the first (up to 4) bytes b (-1 past the end, n bytes
 * present): true unless the bytes are a valid but cut-short prefix.
 */
export function fullRune(n: number, b0: number, b1: number, b2: number): boolean {
  if (n === 0) return false;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 < 0xc2 || b0 > 0xf4) need = 1; // ASCII or never valid: a rune of its own
  else if (b0 < 0xe0) need = 2;
  else if (b0 < 0xf0) {
    need = 3;
    if (b0 === 0xe0) lo = 0xa0;
    else if (b0 === 0xed) hi = 0x9f;
  } else {
    need = 4;
    if (b0 === 0xf0) lo = 0x90;
    else if (b0 === 0xf4) hi = 0x8f;
  }
  if (n >= need) return true;
  // short: complete anyway if what is there is already invalid
  if (n > 1 && (b1 < lo || hi < b1)) return true;
  if (n > 2 && (b2 < 0x80 || 0xbf < b2)) return true;
  return false;
}

/** Byte string of a[i:end] (a []byte's backing array), in chunks to stay clear of argument limits. */
export function bytesToString(a: ArrayLike<number>, i: number, end: number): string {
  const n = end - i;
  if (n <= 0) return '';
  if (n === 1) return String.fromCharCode(a[i]);
  const CHUNK = 8192;
  if (n <= CHUNK && Array.isArray(a)) return String.fromCharCode.apply(null, (a as number[]).slice(i, end));
  let out = '';
  for (let k = i; k < end; k += CHUNK) {
    const stop = Math.min(end, k + CHUNK);
    const part: number[] = new Array(stop - k);
    for (let j = k; j < stop; j++) part[j - k] = a[j];
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}

/** The bytes of a byte string as a fresh number array. */
export function stringToBytes(s: string, i = 0, end = s.length): number[] {
  const out: number[] = new Array(Math.max(0, end - i));
  for (let k = i; k < end; k++) out[k - i] = s.charCodeAt(k);
  return out;
}
