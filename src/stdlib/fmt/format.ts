// fmt's raw formatter (fmt/format.go's `fmt`): flags, width, precision and
// padding, and the formatting of integers, floats, strings, byte strings,
// runes and quoted text into a byte-string buffer. The printer (print.ts)
// drives it per verb.
import { toUint64 } from '../../vm/intconv.js';
import { decodeRunePacked, encodeRune, MaxRune, RuneError, runeCount } from '../../vm/utf8.js';
import type { Int64 } from '../../vm/value.js';
import { formatFloat } from '../strconv/ftoa.js';
import { isPrint } from '../strconv/isprint.js';
import { canBackquote, quote, quoteRune, quoteRuneToASCII, quoteToASCII } from '../strconv/quote.js';

const ldigits = '0123456789abcdefx';
const udigits = '0123456789ABCDEFX';

export class Fmt {
  /** The output so far (a byte string). */
  buf = '';

  widPresent = false;
  precPresent = false;
  minus = false;
  plus = false;
  sharp = false;
  space = false;
  zero = false;
  /** %+v and %#v: set at the top level, with plus/sharp cleared. */
  plusV = false;
  sharpV = false;

  wid = 0;
  prec = 0;

  /**
   * fmt.clearflags: only the flags; wid and prec keep their last values (read
   * only when widPresent/precPresent, but a Format method sees them through
   * State.Width/Precision, as in Go).
   */
  clearflags(): void {
    this.widPresent = this.precPresent = this.minus = this.plus = this.sharp = this.space = this.zero = false;
    this.plusV = this.sharpV = false;
  }

  /** The flag state, saved around nested printing (catchPanic). */
  saveFlags(): number[] {
    return [+this.widPresent, +this.precPresent, +this.minus, +this.plus, +this.sharp, +this.space, +this.zero, +this.plusV, +this.sharpV, this.wid, this.prec];
  }

  restoreFlags(s: number[]): void {
    [this.widPresent, this.precPresent, this.minus, this.plus, this.sharp, this.space, this.zero, this.plusV, this.sharpV] = s.slice(0, 9).map(Boolean);
    this.wid = s[9];
    this.prec = s[10];
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero ? '0' : ' ').repeat(n);
  }

  /** Appends s padded to the width in runes: on the left, or on the right with the minus flag. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  fmtBoolean(v: boolean): void {
    this.pad(v ? 'true' : 'false');
  }

  /** %U: U+0078, or with the sharp flag U+0078 'x'. u is a uint64 value. */
  fmtUnicode(u: Int64): void {
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    let hex = u.toString(16).toUpperCase();
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    let s = 'U+' + hex;
    if (this.sharp && u <= MaxRune && isPrint(Number(u))) s += " '" + encodeRune(Number(u)) + "'";
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** fmtInteger: x is the value (negative only for signed kinds). */
  fmtInteger(x: Int64, base: number, isSigned: boolean, verb: number, upper: boolean): void {
    const negative = isSigned && x < 0;
    let m: Int64 = x;
    if (negative) m = -x;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      if (prec === 0 && m === 0) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--;
    }
    let s = m.toString(base);
    if (upper) s = s.toUpperCase();
    if (prec > s.length) s = '0'.repeat(prec - s.length) + s;
    if (this.sharp) {
      if (base === 2) s = '0b' + s;
      else if (base === 8) {
        if (s.charCodeAt(0) !== 0x30) s = '0' + s;
      } else if (base === 16) s = (upper ? '0X' : '0x') + s;
    }
    if (verb === 0x4f) s = '0o' + s; // 'O'
    if (negative) s = '-' + s;
    else if (this.plus) s = '+' + s;
    else if (this.space) s = ' ' + s;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** Truncates s to the precision in runes, if present. */
  truncateString(s: string): string {
    if (this.precPresent) {
      let n = this.prec;
      for (let i = 0; i < s.length;) {
        n--;
        if (n < 0) return s.substring(0, i);
        const c = s.charCodeAt(i);
        i += c < 0x80 ? 1 : decodeRunePacked(s, i) & 7;
      }
    }
    return s;
  }

  /** %s of a string or byte slice. */
  fmtS(s: string): void {
    this.pad(this.truncateString(s));
  }

  /** %x / %X of a string or byte slice (flags: space separates bytes, sharp adds 0x). */
  fmtSbx(s: string, upper: boolean): void {
    const digits = upper ? udigits : ldigits;
    let length = s.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = '';
    if (this.sharp) out += '0' + digits[16];
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += '0' + digits[16];
      }
      const c = s.charCodeAt(i);
      out += digits[c >> 4] + digits[c & 0xf];
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  /** %q of a string: a Go literal, backquoted with the sharp flag when possible. */
  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) {
      this.pad('`' + s + '`');
      return;
    }
    this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  /** %c: the rune (c is a uint64 value; beyond MaxRune it is RuneError). */
  fmtC(c: Int64): void {
    const r = c > MaxRune ? RuneError : Number(c);
    this.pad(encodeRune(r));
  }

  /** %q of an integer: a quoted rune literal. */
  fmtQc(c: Int64): void {
    const r = c > MaxRune ? RuneError : Number(c);
    this.pad(this.plus ? quoteRuneToASCII(r) : quoteRune(r));
  }

  /** fmtFloat: verb is strconv's format byte ('g' for %v); prec -1 is shortest. */
  fmtFloat(v: number, size: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = formatFloat(v, verb, prec, size);
    const c0 = num.charCodeAt(0);
    if (c0 !== 0x2d && c0 !== 0x2b) num = '+' + num;
    if (this.space && num[0] === '+' && !this.plus) num = ' ' + num.substring(1);
    const c1 = num.charCodeAt(1);
    if (c1 === 0x49 || c1 === 0x4e) { // Inf or NaN: no zero padding
      const oldZero = this.zero;
      this.zero = false;
      if (c1 === 0x4e && !this.space && !this.plus) num = num.substring(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.sharp && verb !== 'b') {
      let digits = 0;
      if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') {
        digits = prec;
        if (digits === -1) digits = 6;
      }
      let tail = '';
      let hasDecimalPoint = false;
      let sawNonzeroDigit = false;
      for (let i = 1; i < num.length; i++) {
        const ch = num[i];
        if (ch === '.') {
          hasDecimalPoint = true;
        } else if (ch === 'p' || ch === 'P' || ((ch === 'e' || ch === 'E') && verb !== 'x' && verb !== 'X')) {
          tail += num.substring(i);
          num = num.substring(0, i);
        } else {
          if (ch !== '0') sawNonzeroDigit = true;
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        if (num.length === 2 && num[1] === '0') digits--;
        num += '.';
      }
      while (digits > 0) {
        num += '0';
        digits--;
      }
      num += tail;
    }
    if (this.plus || num[0] !== '+') {
      if (this.zero && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.substring(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.substring(1));
  }

  /** fmt0x64: a uint64 in hex with or without 0x (the sharp flag set temporarily). */
  fmt0x64(v: Int64, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 0x76, false);
    this.sharp = sharp;
  }
}

/** uint64(x) for %c, %q, %U of signed values. */
export function asUint64(x: Int64): Int64 {
  return toUint64(x);
}
