import { describe, expect, it } from 'vitest';
import { Scanner, formatRuneU, invalidSep, quoteRune } from './scanner.js';
import { SourceFile } from './source.js';
import { LIT_KINDS, OP_STRINGS, TOKEN_STRINGS, Token } from './token.js';

/** Tokens as short strings: names `x`, literals `INT:1`, ops `+`, semicolons `;` / `⏎` / `EOF;`. */
function scan(src: string): { toks: string[]; errs: string[] } {
  const file = new SourceFile('x.go', src);
  const errs: string[] = [];
  const sc = new Scanner(src, (offset, msg) => {
    const p = file.position(offset);
    errs.push(`${p.line}:${p.column}: ${msg}`);
  });
  const toks: string[] = [];
  for (let i = 0; i < 10000; i++) {
    sc.next();
    if (sc.tok === Token.EOF) break;
    switch (sc.tok) {
      case Token.Name: toks.push(sc.lit); break;
      case Token.Literal: toks.push(`${LIT_KINDS[sc.kind]}:${sc.lit}${sc.bad ? '!' : ''}`); break;
      case Token.Operator: case Token.Star: toks.push(OP_STRINGS[sc.op]); break;
      case Token.AssignOp: toks.push(OP_STRINGS[sc.op] + '='); break;
      case Token.IncOp: toks.push(OP_STRINGS[sc.op].repeat(2)); break;
      case Token.Semi: toks.push(sc.lit === 'semicolon' ? ';' : sc.lit === 'newline' ? '⏎' : 'EOF;'); break;
      default: toks.push(TOKEN_STRINGS[sc.tok]);
    }
  }
  return { toks, errs };
}

const toks = (src: string) => scan(src).toks.join(' ');

describe('scanner: tokens', () => {
  it('scans every operator and punctuation token', () => {
    const src = '+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :';
    expect(toks(src)).toBe(
      '+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } ; :');
  });

  it('scans every keyword and tells identifiers apart', () => {
    const kws = 'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var';
    expect(scan(kws).toks.slice(0, 25).join(' ')).toBe(kws);
    expect(toks('breaks _x x1 funcs gopher Ïnöx 日本 _')).toBe('breaks _x x1 funcs gopher Ïnöx 日本 _ ⏎'.replace(' ⏎', ' EOF;'));
  });

  it('reports the exact token offsets', () => {
    const sc = new Scanner('a := b[1]', () => {});
    const spans: string[] = [];
    for (sc.next(); sc.tok !== Token.EOF; sc.next()) spans.push(`${sc.pos}-${sc.end}`);
    expect(spans).toEqual(['0-1', '2-4', '5-6', '6-7', '7-8', '8-9', '9-9']);
  });

  it('keeps scanning `..` as two dots and `x.5` as name and float', () => {
    expect(toks('a..b')).toBe('a . . b EOF;');
    expect(toks('x.5')).toBe('x FLOAT:.5 EOF;');
    expect(toks('f(xs...)')).toBe('f ( xs ... ) EOF;');
  });
});

describe('scanner: literals', () => {
  const cases: [string, string][] = [
    ['42', 'INT:42'], ['1_000_000', 'INT:1_000_000'], ['0x_1F', 'INT:0x_1F'], ['0XaBc', 'INT:0XaBc'],
    ['0o17', 'INT:0o17'], ['0O17', 'INT:0O17'], ['0b1010', 'INT:0b1010'], ['0B1', 'INT:0B1'], ['0777', 'INT:0777'],
    ['0', 'INT:0'], ['00', 'INT:00'], ['1.5', 'FLOAT:1.5'], ['1.', 'FLOAT:1.'], ['.25', 'FLOAT:.25'],
    ['1e9', 'FLOAT:1e9'], ['1E-9', 'FLOAT:1E-9'], ['6.02e+23', 'FLOAT:6.02e+23'], ['0x1p-2', 'FLOAT:0x1p-2'],
    ['0x1.8P+1', 'FLOAT:0x1.8P+1'], ['0x.8p0', 'FLOAT:0x.8p0'], ['0778.5', 'FLOAT:0778.5'], ['0777e1', 'FLOAT:0777e1'],
    ['1i', 'IMAG:1i'], ['0x1p2i', 'IMAG:0x1p2i'], ['1.5e3i', 'IMAG:1.5e3i'], ['0i', 'IMAG:0i'], ['0777i', 'IMAG:0777i'],
    ["'a'", "CHAR:'a'"], ["'\\n'", "CHAR:'\\n'"], ["'\\''", "CHAR:'\\''"], ["'\\x7f'", "CHAR:'\\x7f'"],
    ["'\\377'", "CHAR:'\\377'"], ["'\\u00e9'", "CHAR:'\\u00e9'"], ["'\\U0001F600'", "CHAR:'\\U0001F600'"],
    ["'😀'", "CHAR:'😀'"], ["'本'", "CHAR:'本'"],
    ['"a\\tb"', 'STRING:"a\\tb"'], ['"\\a\\b\\f\\n\\r\\t\\v\\\\\\""', 'STRING:"\\a\\b\\f\\n\\r\\t\\v\\\\\\""'],
    ['"日本語"', 'STRING:"日本語"'], ['""', 'STRING:""'],
    ['`raw\\n`', 'STRING:`raw\\n`'], ['`a\r\nb`', 'STRING:`a\r\nb`'],
  ];
  it.each(cases)('%s', (src, want) => {
    const r = scan(src);
    expect(r.errs).toEqual([]);
    expect(r.toks).toEqual([want, 'EOF;']);
  });
});

describe('scanner: automatic semicolons (spec: Semicolons)', () => {
  const cases: [string, string][] = [
    ['x\ny', 'x ⏎ y EOF;'],
    ['1\n"s"\n\'c\'\n`r`\n', 'INT:1 ⏎ STRING:"s" ⏎ CHAR:\'c\' ⏎ STRING:`r` ⏎'],
    ['break\ncontinue\nfallthrough\nreturn\n', 'break ⏎ continue ⏎ fallthrough ⏎ return ⏎'],
    ['x++\ny--\n', 'x ++ ⏎ y -- ⏎'],
    [')\n]\n}\n', ') ⏎ ] ⏎ } ⏎'],
    // no semicolon after operators, other keywords, opening brackets and commas
    ['x +\ny', 'x + y EOF;'],
    ['if\nfor\nfunc\n', 'if for func'],
    ['f(\na,\nb)', 'f ( a , b ) EOF;'],
    ['{\n', '{'],
    // at EOF after a token that allows one
    ['x', 'x EOF;'],
    ['x // comment', 'x EOF;'],
    ['x /* c */', 'x EOF;'],
    // a comment containing a newline counts as a newline; one without does not
    ['x /* a\nb */ y', 'x ⏎ y EOF;'],
    ['x /* ab */ y', 'x y EOF;'],
    ['x // c\ny', 'x ⏎ y EOF;'],
    ['+ /* a\nb */ y', '+ y EOF;'],
    // explicit semicolons
    ['x; y;', 'x ; y ; '.trim()],
    ['x\r\ny', 'x ⏎ y EOF;'],
  ];
  it.each(cases)('%j', (src, want) => {
    expect(toks(src)).toBe(want);
  });

  it('places the newline token at the newline and the EOF token at the end', () => {
    const sc = new Scanner('x \n', () => {});
    sc.next();
    sc.next();
    expect([sc.tok, sc.lit, sc.pos]).toEqual([Token.Semi, 'newline', 2]);
    const sc2 = new Scanner('return', () => {});
    sc2.next();
    sc2.next();
    expect([sc2.tok, sc2.lit, sc2.pos]).toEqual([Token.Semi, 'EOF', 6]);
    sc2.next();
    expect(sc2.tok).toBe(Token.EOF);
  });
});

describe('scanner: errors match gc (syntax/scanner.go)', () => {
  // Each expected line was checked against gc's own scanner (Go 1.19's
  // cmd/compile/internal/syntax; its texts are unchanged in Go 1.22), except
  // the last: a JS string carries invalid UTF-8 as an unpaired surrogate.
  const cases: [string, string[]][] = [
    ['x := 1 @ 2', ["1:8: invalid character U+0040 '@'"]],
    ['x := #', ["1:6: invalid character U+0023 '#'"]],
    ['x := \x07', ['1:6: invalid character U+0007']],
    ['s := "abc\n', ['1:10: newline in string']],
    ['s := "abc', ['1:6: string not terminated']],
    ['s := `abc', ['1:6: string not terminated']],
    ["r := 'ab'", ['1:6: more than one character in rune literal']],
    ["r := ''", ["1:7: empty rune literal or unescaped '"]],
    ["r := 'a", ['1:6: rune literal not terminated']],
    ["r := '\n'", ['1:7: newline in rune literal', '2:1: rune literal not terminated']],
    ['x := 0778', ["1:9: invalid digit '8' in octal literal"]],
    ['x := 0b102', ["1:10: invalid digit '2' in binary literal"]],
    ['x := 0o8', ["1:8: invalid digit '8' in octal literal"]],
    ['x := 1__000', ["1:8: '_' must separate successive digits"]],
    ['x := 1_', ["1:7: '_' must separate successive digits"]],
    ['x := 0x_', ['1:9: hexadecimal literal has no digits']],
    ['x := 0x', ['1:8: hexadecimal literal has no digits']],
    ['x := 0x1.5', ["1:11: hexadecimal mantissa requires a 'p' exponent"]],
    ['x := 1e+', ['1:9: exponent has no digits']],
    ['x := 0x1e3p', ['1:12: exponent has no digits']],
    ['x := 0b1.0', ['1:9: invalid radix point in binary literal']],
    ['x := 0o1e3', ["1:9: 'e' exponent requires decimal mantissa"]],
    ['x := 1p3', ["1:7: 'p' exponent requires hexadecimal mantissa"]],
    ['s := "a\\qb"', ['1:9: unknown escape']],
    ['s := "\\400"', ['1:11: octal escape value 256 > 255']],
    ['s := "\\xZZ"', ["1:9: invalid character 'Z' in hexadecimal escape"]],
    ['s := "\\uD800"', ['1:13: escape is invalid Unicode code point U+D800']],
    ['s := "\\U00110000"', ['1:17: escape is invalid Unicode code point U+110000']],
    ["r := '\\x4'", ["1:10: invalid character '\\'' in hexadecimal escape"]],
    ['/* never closed', ['1:1: comment not terminated']],
    ['x := 1 · 2', ["1:8: invalid character U+00B7 '·' in identifier"]],
    ['var ٣x int', ["1:5: identifier cannot begin with digit U+0663 '٣'"]],
    ['x := 1\u0000', ['1:7: invalid NUL character']],
    ['x := 1\ufeff', ['1:7: invalid BOM in the middle of the file']],
    ['x := "\ud800"', ['1:7: invalid UTF-8 encoding']],
  ];
  it.each(cases)('%j', (src, want) => {
    expect(scan(src).errs).toEqual(want);
  });

  it('accepts a byte order mark at the start, counting its 3 bytes in columns like gc', () => {
    const src = '\ufeffpackage @';
    const r = scan(src);
    expect(r.toks[0]).toBe('package');
    expect(r.errs).toEqual(["1:12: invalid character U+0040 '@'"]);
  });

  it('drops NUL inside a token like gc: the word is then no keyword', () => {
    const r = scan('func\u0000 f');
    expect(r.toks).toEqual(['func\u0000', 'f', 'EOF;']);
    expect(r.errs).toEqual(['1:5: invalid NUL character']);
    // and the remaining characters still form one token
    expect(scan(':\u0000=').toks).toEqual([':=']);
  });

  it('marks literals with errors as bad', () => {
    expect(scan('0778').toks[0]).toBe('INT:0778!');
    expect(scan('"\\q"').toks[0]).toBe('STRING:"\\q"!');
    expect(scan('0778').toks[0]).not.toBe('INT:0778');
  });
});

describe('scanner helpers', () => {
  it('formats runes like fmt %#U and %q', () => {
    expect(formatRuneU(0x40)).toBe("U+0040 '@'");
    expect(formatRuneU(7)).toBe('U+0007');
    expect(formatRuneU(0x1f600)).toBe("U+1F600 '😀'");
    expect(quoteRune(0x27)).toBe("'\\''");
    expect(quoteRune(10)).toBe("'\\n'");
    expect(quoteRune(0)).toBe("'\\x00'");
    expect(quoteRune(0xa0)).toBe("'\\u00a0'");
    expect(quoteRune(0x5a)).toBe("'Z'");
  });

  it('finds misplaced digit separators (scanner.go: invalidSep)', () => {
    expect(invalidSep('1_000')).toBe(-1);
    expect(invalidSep('0x_1')).toBe(-1);
    expect(invalidSep('1__0')).toBe(2);
    expect(invalidSep('_1')).toBe(0);
    expect(invalidSep('1_')).toBe(1);
    expect(invalidSep('1_.5')).toBe(1);
    expect(invalidSep('0_7')).toBe(-1);
  });
});
