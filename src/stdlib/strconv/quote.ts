// strconv's quoting (quote.go): Quote, QuoteToASCII, QuoteToGraphic,
// QuoteRune*, CanBackquote, UnquoteChar, Unquote, QuotedPrefix. Strings are
// byte strings (src/vm/README.md); invalid UTF-8 bytes quote as \xHH.
import { decodeRunePacked, encodeRune, RuneError, validRune, validString } from '../../vm/utf8.js';
import { isInGraphicList, isPrint } from './isprint.js';

const lowerhex = '0123456789abcdef';

function hex(n: number, digits: number): string {
  let s = '';
  for (let sh = (digits - 1) * 4; sh >= 0; sh -= 4) s += lowerhex[(n >>> sh) & 0xf];
  return s;
}

/** appendEscapedRune: r as it appears inside a literal delimited by `quote`. */
function escapedRune(r: number, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (r === quote || r === 0x5c) return '\\' + String.fromCharCode(r);
  if (asciiOnly) {
    if (r < 0x80 && isPrint(r)) return String.fromCharCode(r);
  } else if (isPrint(r) || (graphicOnly && isInGraphicList(r))) {
    return encodeRune(r);
  }
  switch (r) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return '\\x' + hex(r, 2);
  if (!validRune(r)) r = 0xfffd;
  if (r < 0x10000) return '\\u' + hex(r, 4);
  return '\\U' + hex(r, 8);
}

/** appendQuotedWith. */
function quoteWith(s: string, quote: number, asciiOnly: boolean, graphicOnly: boolean): string {
  const q = String.fromCharCode(quote);
  // fast path: printable ASCII without quote or backslash
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === quote || c === 0x5c) {
      plain = false;
      break;
    }
  }
  if (plain) return q + s + q;
  let out = q;
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += c >= 0x20 && c < 0x7f && c !== quote && c !== 0x5c ? s[i] : escapedRune(c, quote, asciiOnly, graphicOnly);
      i++;
      continue;
    }
    const p = decodeRunePacked(s, i);
    const r = p >>> 3;
    const w = p & 7;
    if (w === 1 && r === RuneError) {
      out += '\\x' + hex(c, 2);
    } else {
      out += escapedRune(r, quote, asciiOnly, graphicOnly);
    }
    i += w;
  }
  return out + q;
}

/** strconv.Quote. */
export function quote(s: string): string {
  return quoteWith(s, 0x22, false, false);
}

/** strconv.QuoteToASCII. */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 0x22, true, false);
}

/** strconv.QuoteToGraphic. */
export function quoteToGraphic(s: string): string {
  return quoteWith(s, 0x22, false, true);
}

function quoteRuneWith(r: number, asciiOnly: boolean, graphicOnly: boolean): string {
  if (!validRune(r)) r = RuneError;
  return "'" + escapedRune(r, 0x27, asciiOnly, graphicOnly) + "'";
}

/** strconv.QuoteRune (r is any int32 value; invalid runes quote as U+FFFD). */
export function quoteRune(r: number): string {
  return quoteRuneWith(r, false, false);
}

export function quoteRuneToASCII(r: number): string {
  return quoteRuneWith(r, true, false);
}

export function quoteRuneToGraphic(r: number): string {
  return quoteRuneWith(r, false, true);
}

/** strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const p = decodeRunePacked(s, i);
    const r = p >>> 3;
    const w = p & 7;
    i += w;
    if (w > 1) {
      if (r === 0xfeff) return false; // BOMs are invisible
      continue;
    }
    if (r === RuneError) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

// ------------------------------------------------------------------ unquoting

/** Result of UnquoteChar; `ok` false is ErrSyntax. */
export interface UnquotedChar {
  ok: boolean;
  value: number;
  multibyte: boolean;
  tail: string;
}

function unhex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

const syntaxErr: UnquotedChar = { ok: false, value: 0, multibyte: false, tail: '' };

/** strconv.UnquoteChar(s, quote). */
export function unquoteChar(s: string, quote: number): UnquotedChar {
  if (s.length === 0) return syntaxErr;
  const c0 = s.charCodeAt(0);
  if (c0 === quote && (quote === 0x27 || quote === 0x22)) return syntaxErr;
  if (c0 >= 0x80) {
    const p = decodeRunePacked(s, 0);
    return { ok: true, value: p >>> 3, multibyte: true, tail: s.substring(p & 7) };
  }
  if (c0 !== 0x5c) return { ok: true, value: c0, multibyte: false, tail: s.substring(1) };
  if (s.length <= 1) return syntaxErr;
  const c = s.charCodeAt(1);
  let rest = s.substring(2);
  let value: number;
  let multibyte = false;
  switch (c) {
    case 0x61: value = 7; break; // a
    case 0x62: value = 8; break; // b
    case 0x66: value = 12; break; // f
    case 0x6e: value = 10; break; // n
    case 0x72: value = 13; break; // r
    case 0x74: value = 9; break; // t
    case 0x76: value = 11; break; // v
    case 0x78: case 0x75: case 0x55: { // x u U
      const n = c === 0x78 ? 2 : c === 0x75 ? 4 : 8;
      if (rest.length < n) return syntaxErr;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const x = unhex(rest.charCodeAt(j));
        if (x < 0) return syntaxErr;
        v = v * 16 + x;
      }
      rest = rest.substring(n);
      if (c !== 0x78) {
        if (!validRune(v)) return syntaxErr;
        multibyte = true;
      }
      value = v;
      break;
    }
    case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35: case 0x36: case 0x37: {
      let v = c - 0x30;
      if (rest.length < 2) return syntaxErr;
      for (let j = 0; j < 2; j++) {
        const x = rest.charCodeAt(j) - 0x30;
        if (x < 0 || x > 7) return syntaxErr;
        v = (v << 3) | x;
      }
      rest = rest.substring(2);
      if (v > 255) return syntaxErr;
      value = v;
      break;
    }
    case 0x5c:
      value = 0x5c;
      break;
    case 0x27: case 0x22:
      if (c !== quote) return syntaxErr;
      value = c;
      break;
    default:
      return syntaxErr;
  }
  return { ok: true, value, multibyte, tail: rest };
}

/** unquote(in, unescape): out, rem, ok. */
function unquoteImpl(input: string, unescape: boolean): { out: string; rem: string; ok: boolean } {
  const fail = { out: '', rem: input, ok: false };
  if (input.length < 2) return fail;
  const q = input.charCodeAt(0);
  let end = input.indexOf(input[0], 1);
  if (end < 0) return fail;
  end += 1; // position after the terminating quote (may be wrong if escapes are present)
  if (q === 0x60) {
    let out: string;
    if (!unescape) out = input.substring(0, end);
    else out = input.substring(1, end - 1).split('\r').join('');
    return { out, rem: input.substring(end), ok: true };
  }
  if (q !== 0x22 && q !== 0x27) return fail;
  const head = input.substring(0, end);
  if (head.indexOf('\\') < 0 && head.indexOf('\n') < 0) {
    let valid: boolean;
    const body = input.substring(1, end - 1);
    if (q === 0x22) {
      valid = validString(body);
    } else {
      const p = body.length === 0 ? RuneError * 8 : decodeRunePacked(body, 0);
      const n = p & 7;
      valid = 2 + n === end && ((p >>> 3) !== RuneError || n !== 1);
    }
    if (valid) return { out: unescape ? body : head, rem: input.substring(end), ok: true };
  }
  let rest = input.substring(1);
  let out = '';
  while (rest.length > 0 && rest.charCodeAt(0) !== q) {
    if (rest.charCodeAt(0) === 0x0a) return fail;
    const u = unquoteChar(rest, q);
    if (!u.ok) return fail;
    rest = u.tail;
    if (unescape) out += u.value < 0x80 || !u.multibyte ? String.fromCharCode(u.value) : encodeRune(u.value);
    if (q === 0x27) break;
  }
  if (!(rest.length > 0 && rest.charCodeAt(0) === q)) return fail;
  rest = rest.substring(1);
  if (unescape) return { out, rem: rest, ok: true };
  return { out: input.substring(0, input.length - rest.length), rem: rest, ok: true };
}

/** strconv.Unquote: the value, or null for ErrSyntax. */
export function unquote(s: string): string | null {
  const u = unquoteImpl(s, true);
  if (!u.ok || u.rem.length > 0) return null;
  return u.out;
}

/** strconv.QuotedPrefix: the quoted prefix of s, or null for ErrSyntax. */
export function quotedPrefix(s: string): string | null {
  const u = unquoteImpl(s, false);
  return u.ok ? u.out : null;
}
