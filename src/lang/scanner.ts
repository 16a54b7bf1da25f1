// The Go scanner: source text to tokens, with automatic semicolon insertion
// (spec: Semicolons). A port of cmd/compile/internal/syntax/scanner.go working
// on UTF-16 offsets: same tokens, same error texts and positions; gc reports a
// lexical error at the offending character or at the token start, and so do we.
// Hot paths use charCodeAt and numeric token kinds only.

import {
  Token, Op, LitCode, keywordAt,
  PREC_OROR, PREC_ANDAND, PREC_CMP, PREC_ADD, PREC_MUL,
} from './token.js';

export type ScanErrorHandler = (offset: number, message: string) => void;

// Character classes for the ASCII fast path: bit 1 = identifier start
// (letter or _), bit 2 = decimal digit.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) ASCII_CLASS[c] = 1;
  else if (c >= 48 && c <= 57) ASCII_CLASS[c] = 2;
}

const LETTER_RE = /^\p{L}$/u;
const DIGIT_RE = /^\p{Nd}$/u;
const PRINT_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsLetter for non-ASCII code points (categories Lu Ll Lt Lm Lo). */
export function isUnicodeLetter(cp: number): boolean {
  return LETTER_RE.test(String.fromCodePoint(cp));
}

/** unicode.IsDigit for non-ASCII code points (category Nd). */
export function isUnicodeDigit(cp: number): boolean {
  return DIGIT_RE.test(String.fromCodePoint(cp));
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. */
export function isPrintRune(cp: number): boolean {
  if (cp === 32) return true;
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return false;
  return PRINT_RE.test(String.fromCodePoint(cp));
}

function hex(cp: number, width: number): string {
  return cp.toString(16).toUpperCase().padStart(width, '0');
}

/** fmt's %#U: `U+0040 '@'`, or just `U+0007` for a non-printable rune. */
export function formatRuneU(cp: number): string {
  const u = 'U+' + hex(cp, 4);
  return isPrintRune(cp) ? `${u} '${String.fromCodePoint(cp)}'` : u;
}

/** fmt's %q of a rune (strconv.QuoteRune): `'a'`, `'\n'`, `'\x00'`, `'\u00a0'`. */
export function quoteRune(cp: number): string {
  return `'${escapeRune(cp, 39)}'`;
}

/** strconv's escaping of one rune inside a literal delimited by `quote`. */
export function escapeRune(cp: number, quote: number): string {
  if (cp === quote || cp === 92) return '\\' + String.fromCharCode(cp);
  if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) cp = 0xfffd;
  if (isPrintRune(cp)) return String.fromCodePoint(cp);
  switch (cp) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (cp < 32 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function baseName(base: number): string {
  switch (base) {
    case 2: return 'binary';
    case 8: return 'octal';
    case 10: return 'decimal';
    default: return 'hexadecimal';
  }
}

/** The index of the first misplaced `_` in a number literal, or -1 (scanner.go: invalidSep). */
export function invalidSep(x: string): number {
  let x1 = 32; // prefix char, we only care if it's 'x'
  let d = 46; // '.' = anything else, '0' = a digit, '_' = separator
  let i = 0;
  if (x.length >= 2 && x.charCodeAt(0) === 48) {
    x1 = x.charCodeAt(1) | 0x20;
    if (x1 === 120 || x1 === 111 || x1 === 98) {
      d = 48; // a prefix counts as a digit
      i = 2;
    }
  }
  for (; i < x.length; i++) {
    const p = d;
    d = x.charCodeAt(i);
    if (d === 95) {
      if (p !== 48) return i;
    } else if ((d >= 48 && d <= 57) || (x1 === 120 && isHexDigit(d))) {
      d = 48;
    } else {
      if (p === 95) return i - 1;
      d = 46;
    }
  }
  return d === 95 ? x.length - 1 : -1;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

/**
 * Scanner state after next(): `tok` at `pos` (UTF-16 offset, token start),
 * ending at `end`; `lit` holds the identifier, the literal's source text, or
 * for Semi one of "semicolon", "newline", "EOF".
 */
// NUL, a byte order mark after the start, and unpaired surrogates (what is
// left of invalid UTF-8): gc's source reader reports and drops these wherever
// they occur, even inside tokens (syntax/source.go: nextch).
const ODD_CHARS = /[\u0000\ufeff\ud800-\udfff]/;

export class Scanner {
  /** The text being scanned: the source, minus characters gc's reader drops. */
  readonly src: string;
  protected errh: ScanErrorHandler;
  /** Original offsets by src offset, when characters were dropped (else undefined). */
  private origin: Int32Array | undefined;
  /** The original text, when characters were dropped. */
  private orig = '';
  /** Errors for dropped characters, reported when the scanner passes them. */
  private dropped: { at: number; offset: number; message: string }[] = [];
  private droppedNext = 0;

  /** Offset of the next unread character. */
  protected rd = 0;
  /** If set, a newline or EOF becomes a Semi token. */
  protected nlsemi = false;

  tok: Token = Token.EOF;
  pos = 0;
  end = 0;
  /** End offset of the token before the current one. */
  prevEnd = 0;
  lit = '';
  kind: LitCode = LitCode.Int;
  /** Set for a malformed literal (an error was reported). */
  bad = false;
  op: Op = Op.None;
  prec = 0;

  constructor(src: string, errh: ScanErrorHandler) {
    this.errh = errh;
    // A byte order mark is permitted only as the very first character.
    const start = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.rd = start;
    if (src.length > start && ODD_CHARS.test(start === 0 ? src : src.slice(start))) {
      src = this.dropOddChars(src, start);
    }
    this.src = src;
  }

  /** Removes the characters gc's reader drops, remembering their errors and the offset mapping. */
  private dropOddChars(src: string, start: number): string {
    const parts: string[] = [];
    const origin = new Int32Array(src.length + 1);
    let k = 0; // offset in the result
    let from = 0;
    for (let i = 0; i < src.length; i++) {
      const c = src.charCodeAt(i);
      let message = '';
      if (c === 0) message = 'invalid NUL character';
      else if (c === 0xfeff && i >= start) message = 'invalid BOM in the middle of the file';
      else if (c >= 0xd800 && c <= 0xdfff) {
        const d = src.charCodeAt(i + 1);
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          origin[k++] = i++;
          origin[k++] = i;
          continue;
        }
        message = 'invalid UTF-8 encoding';
      }
      if (message === '') {
        origin[k++] = i;
        continue;
      }
      parts.push(src.slice(from, i));
      from = i + 1;
      this.dropped.push({ at: k, offset: i, message });
    }
    parts.push(src.slice(from));
    origin[k] = src.length;
    this.origin = origin;
    this.orig = src;
    return parts.join('');
  }

  next(): void {
    this.prevEnd = this.end;
    this.scan();
    const origin = this.origin;
    if (origin !== undefined) {
      const pos = origin[this.pos];
      const end = origin[this.end];
      if (end - pos !== this.end - this.pos) {
        // gc's token text keeps the dropped characters: such a word is never a keyword
        if (this.tok === Token.Name || (this.tok >= Token.Break && this.tok <= Token.Var)) {
          this.tok = Token.Name;
          this.nlsemi = true;
          this.lit = this.orig.slice(pos, end);
        } else if (this.tok === Token.Literal) {
          this.lit = this.orig.slice(pos, end);
        }
      }
      this.pos = pos;
      this.end = end;
      const dropped = this.dropped;
      while (this.droppedNext < dropped.length && dropped[this.droppedNext].at <= this.rd) {
        const d = dropped[this.droppedNext++];
        this.errh(d.offset, d.message);
      }
    }
  }

  /** Reports a lexical error at src offset i. */
  private lexError(i: number, message: string): void {
    this.errh(this.origin !== undefined ? this.origin[i] : i, message);
  }

  private scan(): void {
    const src = this.src;
    const n = src.length;
    const nlsemi = this.nlsemi;
    this.nlsemi = false;
    let i = this.rd;

    for (;;) {
      // skip white space
      let c = i < n ? src.charCodeAt(i) : -1;
      while (c === 32 || c === 9 || c === 13 || (c === 10 && !nlsemi)) {
        i++;
        c = i < n ? src.charCodeAt(i) : -1;
      }
      const start = i;
      this.pos = start;

      if (c >= 0 && c < 128 && ASCII_CLASS[c] === 1) {
        this.ident(start, i + 1);
        return;
      }

      switch (c) {
        case -1:
          if (nlsemi) {
            this.setSemi(start, 'EOF');
            return;
          }
          this.tok = Token.EOF;
          this.end = start;
          this.rd = start;
          return;
        case 10: // \n with nlsemi set
          this.setSemi(start + 1, 'newline');
          return;
        case 48: case 49: case 50: case 51: case 52:
        case 53: case 54: case 55: case 56: case 57:
          this.number(start, start, false);
          return;
        case 34: // "
          this.stdString(start);
          return;
        case 96: // `
          this.rawString(start);
          return;
        case 39: // '
          this.rune(start);
          return;
        case 40: this.punct(Token.Lparen, start, 1, false); return;
        case 91: this.punct(Token.Lbrack, start, 1, false); return;
        case 123: this.punct(Token.Lbrace, start, 1, false); return;
        case 44: this.punct(Token.Comma, start, 1, false); return;
        case 59: this.setSemi(start + 1, 'semicolon'); return;
        case 41: this.punct(Token.Rparen, start, 1, true); return;
        case 93: this.punct(Token.Rbrack, start, 1, true); return;
        case 125: this.punct(Token.Rbrace, start, 1, true); return;
        case 58: // :
          if (src.charCodeAt(i + 1) === 61) this.punct(Token.Define, start, 2, false);
          else this.punct(Token.Colon, start, 1, false);
          return;
        case 46: { // .
          const c1 = src.charCodeAt(i + 1);
          if (c1 >= 48 && c1 <= 57) {
            this.number(start, start + 1, true);
            return;
          }
          if (c1 === 46 && src.charCodeAt(i + 2) === 46) this.punct(Token.DotDotDot, start, 3, false);
          else this.punct(Token.Dot, start, 1, false);
          return;
        }
        case 43: { // +
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 43) this.opTok(Token.IncOp, Op.Add, PREC_ADD, start, 2, true);
          else if (c1 === 61) this.opTok(Token.AssignOp, Op.Add, PREC_ADD, start, 2, false);
          else this.opTok(Token.Operator, Op.Add, PREC_ADD, start, 1, false);
          return;
        }
        case 45: { // -
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 45) this.opTok(Token.IncOp, Op.Sub, PREC_ADD, start, 2, true);
          else if (c1 === 61) this.opTok(Token.AssignOp, Op.Sub, PREC_ADD, start, 2, false);
          else this.opTok(Token.Operator, Op.Sub, PREC_ADD, start, 1, false);
          return;
        }
        case 42: // *
          if (src.charCodeAt(i + 1) === 61) this.opTok(Token.AssignOp, Op.Mul, PREC_MUL, start, 2, false);
          else this.opTok(Token.Star, Op.Mul, PREC_MUL, start, 1, false);
          return;
        case 47: { // /
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 47) {
            i = this.lineComment(i + 2);
            continue; // redo
          }
          if (c1 === 42) {
            const r = this.fullComment(start, i + 2);
            i = r < 0 ? -r : r;
            if (r < 0 && nlsemi) {
              // A multi-line comment acts like a newline.
              this.tok = Token.Semi;
              this.lit = 'newline';
              this.end = start;
              this.rd = i;
              return;
            }
            continue; // redo
          }
          this.assignOp(Op.Div, PREC_MUL, start, c1);
          return;
        }
        case 37: // %
          this.assignOp(Op.Rem, PREC_MUL, start, src.charCodeAt(i + 1));
          return;
        case 38: { // &
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 38) this.opTok(Token.Operator, Op.AndAnd, PREC_ANDAND, start, 2, false);
          else if (c1 === 94) this.assignOp2(Op.AndNot, PREC_MUL, start, 2);
          else this.assignOp(Op.And, PREC_MUL, start, c1);
          return;
        }
        case 124: { // |
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 124) this.opTok(Token.Operator, Op.OrOr, PREC_OROR, start, 2, false);
          else this.assignOp(Op.Or, PREC_ADD, start, c1);
          return;
        }
        case 94: // ^
          this.assignOp(Op.Xor, PREC_ADD, start, src.charCodeAt(i + 1));
          return;
        case 60: { // <
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 61) this.opTok(Token.Operator, Op.Leq, PREC_CMP, start, 2, false);
          else if (c1 === 60) this.assignOp2(Op.Shl, PREC_MUL, start, 2);
          else if (c1 === 45) this.punct(Token.Arrow, start, 2, false);
          else this.opTok(Token.Operator, Op.Lss, PREC_CMP, start, 1, false);
          return;
        }
        case 62: { // >
          const c1 = src.charCodeAt(i + 1);
          if (c1 === 61) this.opTok(Token.Operator, Op.Geq, PREC_CMP, start, 2, false);
          else if (c1 === 62) this.assignOp2(Op.Shr, PREC_MUL, start, 2);
          else this.opTok(Token.Operator, Op.Gtr, PREC_CMP, start, 1, false);
          return;
        }
        case 61: // =
          if (src.charCodeAt(i + 1) === 61) this.opTok(Token.Operator, Op.Eql, PREC_CMP, start, 2, false);
          else this.punct(Token.Assign, start, 1, false);
          return;
        case 33: // !
          if (src.charCodeAt(i + 1) === 61) this.opTok(Token.Operator, Op.Neq, PREC_CMP, start, 2, false);
          else this.opTok(Token.Operator, Op.Not, 0, start, 1, false);
          return;
        case 126: // ~
          this.opTok(Token.Operator, Op.Tilde, 0, start, 1, false);
          return;
      }

      if (c >= 0x80) {
        // Non-ASCII: gc scans any such character as (part of) an identifier,
        // complaining if it is not a letter (scanner.go: atIdentChar).
        const cp = src.codePointAt(i) as number;
        if (!isUnicodeLetter(cp)) {
          if (isUnicodeDigit(cp)) this.lexError(i, `identifier cannot begin with digit ${formatRuneU(cp)}`);
          else this.lexError(i, `invalid character ${formatRuneU(cp)} in identifier`);
        }
        this.ident(start, i + (cp > 0xffff ? 2 : 1));
        return;
      }

      // Any other ASCII character is invalid; report and skip it.
      this.lexError(i, `invalid character ${formatRuneU(c)}`);
      i++;
    }
  }

  private punct(tok: Token, start: number, len: number, nlsemi: boolean): void {
    this.tok = tok;
    this.end = start + len;
    this.rd = start + len;
    this.nlsemi = nlsemi;
  }

  private opTok(tok: Token, op: Op, prec: number, start: number, len: number, nlsemi: boolean): void {
    this.tok = tok;
    this.op = op;
    this.prec = prec;
    this.end = start + len;
    this.rd = start + len;
    this.nlsemi = nlsemi;
  }

  /** A one-character operator that may be followed by `=` (c1 is the next char). */
  private assignOp(op: Op, prec: number, start: number, c1: number): void {
    if (c1 === 61) this.opTok(Token.AssignOp, op, prec, start, 2, false);
    else this.opTok(Token.Operator, op, prec, start, 1, false);
  }

  /** A two-character operator that may be followed by `=`. */
  private assignOp2(op: Op, prec: number, start: number, len: number): void {
    if (this.src.charCodeAt(start + len) === 61) this.opTok(Token.AssignOp, op, prec, start, len + 1, false);
    else this.opTok(Token.Operator, op, prec, start, len, false);
  }

  private setSemi(end: number, lit: string): void {
    this.tok = Token.Semi;
    this.lit = lit;
    this.end = end;
    this.rd = end;
  }

  /** Scans the rest of an identifier or keyword whose first character(s) end before i. */
  private ident(start: number, i: number): void {
    const src = this.src;
    const n = src.length;
    for (;;) {
      while (i < n) {
        const c = src.charCodeAt(i);
        if (c < 128 && ASCII_CLASS[c] !== 0) i++;
        else break;
      }
      if (i >= n || src.charCodeAt(i) < 128) break;
      // general case: a non-ASCII character continues the identifier
      const cp = src.codePointAt(i) as number;
      if (!isUnicodeLetter(cp) && !isUnicodeDigit(cp)) {
        this.lexError(i, `invalid character ${formatRuneU(cp)} in identifier`);
      }
      i += cp > 0xffff ? 2 : 1;
    }
    this.end = i;
    this.rd = i;
    const kw = keywordAt(src, start, i);
    if (kw !== 0) {
      this.tok = kw;
      this.nlsemi = kw === Token.Break || kw === Token.Continue || kw === Token.Fallthrough || kw === Token.Return;
      return;
    }
    this.tok = Token.Name;
    this.lit = src.slice(start, i);
    this.nlsemi = true;
  }

  private setLit(kind: LitCode, start: number, end: number, ok: boolean): void {
    this.tok = Token.Literal;
    this.kind = kind;
    this.lit = this.src.slice(start, end);
    this.bad = !ok;
    this.end = end;
    this.rd = end;
    this.nlsemi = true;
  }

  /**
   * Number literals (spec: Integer/Floating-point/Imaginary literals), with
   * gc's diagnostics. `i` is the offset of the first character after the
   * already consumed '.' when seenPoint is set, else of the first digit.
   */
  private number(start: number, i: number, seenPoint: boolean): void {
    const src = this.src;
    const n = src.length;
    let ok = true;
    let kind = LitCode.Int;
    let base = 10;
    let prefix = 0; // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
    let digsep = 0; // bit 0: digit present, bit 1: '_' present
    let invalid = -1; // index of invalid digit in literal, or < 0
    let c = i < n ? src.charCodeAt(i) : -1;

    if (!seenPoint) {
      if (c === 48) {
        i++;
        c = i < n ? src.charCodeAt(i) : -1;
        switch (c | 0x20) {
          case 120: base = 16; prefix = 120; i++; break;
          case 111: base = 8; prefix = 111; i++; break;
          case 98: base = 2; prefix = 98; i++; break;
          default: base = 8; prefix = 48; digsep = 1; // leading 0
        }
        c = i < n ? src.charCodeAt(i) : -1;
      }
      // digits
      if (base <= 10) {
        const max = 48 + base;
        while ((c >= 48 && c <= 57) || c === 95) {
          if (c === 95) digsep |= 2;
          else {
            digsep |= 1;
            if (c >= max && invalid < 0) invalid = i - start;
          }
          i++;
          c = i < n ? src.charCodeAt(i) : -1;
        }
      } else {
        while (isHexDigit(c) || c === 95) {
          digsep |= c === 95 ? 2 : 1;
          i++;
          c = i < n ? src.charCodeAt(i) : -1;
        }
      }
      if (c === 46) {
        if (prefix === 111 || prefix === 98) {
          this.lexError(i, `invalid radix point in ${baseName(base)} literal`);
          ok = false;
        }
        i++;
        c = i < n ? src.charCodeAt(i) : -1;
        seenPoint = true;
      }
    }

    // fractional part
    if (seenPoint) {
      kind = LitCode.Float;
      if (base <= 10) {
        const max = 48 + base;
        while ((c >= 48 && c <= 57) || c === 95) {
          if (c === 95) digsep |= 2;
          else {
            digsep |= 1;
            if (c >= max && invalid < 0) invalid = i - start;
          }
          i++;
          c = i < n ? src.charCodeAt(i) : -1;
        }
      } else {
        while (isHexDigit(c) || c === 95) {
          digsep |= c === 95 ? 2 : 1;
          i++;
          c = i < n ? src.charCodeAt(i) : -1;
        }
      }
    }

    if ((digsep & 1) === 0 && ok) {
      this.lexError(i, `${baseName(base)} literal has no digits`);
      ok = false;
    }

    // exponent
    const e = c | 0x20;
    if (c >= 0 && (e === 101 || e === 112)) {
      if (ok) {
        if (e === 101 && prefix !== 0 && prefix !== 48) {
          this.lexError(i, `${quoteRune(c)} exponent requires decimal mantissa`);
          ok = false;
        } else if (e === 112 && prefix !== 120) {
          this.lexError(i, `${quoteRune(c)} exponent requires hexadecimal mantissa`);
          ok = false;
        }
      }
      i++;
      c = i < n ? src.charCodeAt(i) : -1;
      kind = LitCode.Float;
      if (c === 43 || c === 45) {
        i++;
        c = i < n ? src.charCodeAt(i) : -1;
      }
      let ds = 0;
      while ((c >= 48 && c <= 57) || c === 95) {
        ds |= c === 95 ? 2 : 1;
        i++;
        c = i < n ? src.charCodeAt(i) : -1;
      }
      digsep = ds | (digsep & 2);
      if ((ds & 1) === 0 && ok) {
        this.lexError(i, 'exponent has no digits');
        ok = false;
      }
    } else if (prefix === 120 && kind === LitCode.Float && ok) {
      this.lexError(i, "hexadecimal mantissa requires a 'p' exponent");
      ok = false;
    }

    // suffix 'i'
    if (c === 105) {
      kind = LitCode.Imag;
      i++;
    }

    this.setLit(kind, start, i, ok);

    if (kind === LitCode.Int && invalid >= 0 && ok) {
      this.lexError(start + invalid, `invalid digit ${quoteRune(this.lit.charCodeAt(invalid))} in ${baseName(base)} literal`);
      ok = false;
    }
    if ((digsep & 2) !== 0 && ok) {
      const j = invalidSep(this.lit);
      if (j >= 0) {
        this.lexError(start + j, "'_' must separate successive digits");
        ok = false;
      }
    }
    this.bad = !ok;
  }

  private rune(start: number): void {
    const src = this.src;
    const len = src.length;
    let ok = true;
    let i = start + 1;
    for (let n = 0; ; n++) {
      const c = i < len ? src.charCodeAt(i) : -1;
      if (c === 39) {
        if (ok) {
          if (n === 0) {
            this.lexError(i, "empty rune literal or unescaped '");
            ok = false;
          } else if (n !== 1) {
            this.lexError(start, 'more than one character in rune literal');
            ok = false;
          }
        }
        i++;
        break;
      }
      if (c === 92) {
        const r = this.escape(i + 1, 39);
        if (r < 0) {
          ok = false;
          i = -r;
        } else i = r;
        continue;
      }
      if (c === 10) {
        if (ok) {
          this.lexError(i, 'newline in rune literal');
          ok = false;
        }
        break;
      }
      if (c < 0) {
        if (ok) {
          this.lexError(start, 'rune literal not terminated');
          ok = false;
        }
        break;
      }
      // a surrogate pair is one character
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    this.setLit(LitCode.Rune, start, i, ok);
  }

  private stdString(start: number): void {
    const src = this.src;
    const n = src.length;
    let ok = true;
    let i = start + 1;
    for (;;) {
      const c = i < n ? src.charCodeAt(i) : -1;
      if (c === 34) {
        i++;
        break;
      }
      if (c === 92) {
        const r = this.escape(i + 1, 34);
        if (r < 0) {
          ok = false;
          i = -r;
        } else i = r;
        continue;
      }
      if (c === 10) {
        this.lexError(i, 'newline in string');
        ok = false;
        break;
      }
      if (c < 0) {
        this.lexError(start, 'string not terminated');
        ok = false;
        break;
      }
      i++;
    }
    this.setLit(LitCode.String, start, i, ok);
  }

  private rawString(start: number): void {
    const src = this.src;
    const n = src.length;
    let ok = true;
    let i = start + 1;
    for (;;) {
      const c = i < n ? src.charCodeAt(i) : -1;
      if (c === 96) {
        i++;
        break;
      }
      if (c < 0) {
        this.lexError(start, 'string not terminated');
        ok = false;
        break;
      }
      // CRs stay in the literal's text; the checker drops them from the value.
      i++;
    }
    this.setLit(LitCode.String, start, i, ok);
  }

  /**
   * Scans an escape sequence starting at i (just after the backslash) inside a
   * literal delimited by `quote`. Returns the offset after it, negated if the
   * escape is invalid (an error was reported). scanner.go: escape.
   */
  private escape(i: number, quote: number): number {
    const src = this.src;
    const len = src.length;
    let c = i < len ? src.charCodeAt(i) : -1;
    let n: number;
    let base: number;
    let max: number;
    switch (c) {
      case quote: case 97: case 98: case 102: case 110: case 114: case 116: case 118: case 92:
        return i + 1;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55:
        n = 3; base = 8; max = 255;
        break;
      case 120: // x
        i++; n = 2; base = 16; max = 255;
        break;
      case 117: // u
        i++; n = 4; base = 16; max = 0x10ffff;
        break;
      case 85: // U
        i++; n = 8; base = 16; max = 0x10ffff;
        break;
      default:
        if (c < 0) return i; // complain in caller about EOF
        this.lexError(i, 'unknown escape');
        return -i;
    }
    let x = 0;
    for (let k = n; k > 0; k--) {
      c = i < len ? src.charCodeAt(i) : -1;
      if (c < 0) return i; // complain in caller about EOF
      let d = base;
      if (c >= 48 && c <= 57) d = c - 48;
      else if ((c | 0x20) >= 97 && (c | 0x20) <= 102) d = (c | 0x20) - 97 + 10;
      if (d >= base) {
        this.lexError(i, `invalid character ${quoteRune(src.codePointAt(i) as number)} in ${baseName(base)} escape`);
        return -i;
      }
      x = x * base + d;
      i++;
    }
    if (x > max && base === 8) {
      this.lexError(i, `octal escape value ${x} > 255`);
      return -i;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
      this.lexError(i, `escape is invalid Unicode code point ${formatRuneU(x)}`);
      return -i;
    }
    return i;
  }

  /** Skips a // comment whose text starts at i; returns the offset of the ending newline or EOF. */
  private lineComment(i: number): number {
    const src = this.src;
    const n = src.length;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 10) break;
      i++;
    }
    return i;
  }

  /**
   * Skips a general comment whose text starts at i; returns the offset after
   * it, negated if the comment contained a newline.
   */
  private fullComment(start: number, i: number): number {
    const src = this.src;
    const n = src.length;
    let newline = false;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 42 && src.charCodeAt(i + 1) === 47) return newline ? -(i + 2) : i + 2;
      if (c === 10) newline = true;
      i++;
    }
    this.lexError(start, 'comment not terminated');
    return newline ? -n : n;
  }
}
