// strconv against real Go 1.19 (testdata/strconv/gen_strconv.go writes the
// tables read here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFloat } from './atof.js';
import { atoi, parseBool, parseInt64, parseUint } from './atoi.js';
import { formatComplex, formatFloat } from './ftoa.js';
import { isGraphic, isPrint } from './isprint.js';
import { formatInt } from './itoa.js';
import { numErrorText, type NumErrorInfo } from './numError.js';
import { canBackquote, quote, quotedPrefix, quoteRune, quoteRuneToASCII, quoteRuneToGraphic, quoteToASCII, quoteToGraphic, unquote, unquoteChar } from './quote.js';

function table(name: string): string[][] {
  return readFileSync(new URL(`../../../testdata/strconv/${name}`, import.meta.url), 'latin1').trimEnd().split('\n').map((l) => l.split('\t'));
}

/** A Go-quoted string from the tables, as a byte string (our own Unquote is what is tested elsewhere, so use a tiny JSON-based decoder). */
function goString(q: string): string {
  // strconv.Quote output: printable runes as UTF-8, escapes \a \b \f \n \r \t \v \\ \" \xHH \uHHHH \UHHHHHHHH
  let out = '';
  for (let i = 1; i < q.length - 1; i++) {
    const c = q[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = q[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (e in simple) out += simple[e];
    else if (e === 'x') {
      out += String.fromCharCode(parseInt(q.substr(i + 1, 2), 16));
      i += 2;
    } else if (e === 'u' || e === 'U') {
      const n = e === 'u' ? 4 : 8;
      const r = parseInt(q.substr(i + 1, n), 16);
      i += n;
      out += Buffer.from(String.fromCodePoint(r), 'utf8').toString('latin1');
    } else throw new Error('bad escape ' + e);
  }
  return out;
}

const bitsToFloat = (b: string) => new Float64Array(new BigUint64Array([BigInt(b)]).buffer)[0];
const floatToBits = (f: number) => new BigUint64Array(new Float64Array([f]).buffer)[0].toString();
const errText = (e: NumErrorInfo | null) => (e === null ? '-' : numErrorText(e));

describe('FormatFloat', () => {
  it('matches Go for every format, precision and bit size', () => {
    const rows = table('ftoa.txt');
    expect(rows.length).toBeGreaterThan(20000);
    const bad: string[] = [];
    for (const [bits, fmt, prec, bitSize, want] of rows) {
      const f = bitsToFloat(bits);
      const got = formatFloat(f, fmt, Number(prec), Number(bitSize));
      if (got !== want) bad.push(`${f} ${fmt} ${prec} ${bitSize}: got ${got}, want ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('FormatComplex', () => {
  it('matches Go (strconv.FormatComplex outputs)', () => {
    expect(formatComplex(1, -2, 'g', -1, 128)).toBe('(1-2i)');
    expect(formatComplex(Math.fround(0.1), Math.fround(0.2), 'g', -1, 64)).toBe('(0.1+0.2i)');
    expect(formatComplex(Infinity, NaN, 'f', 2, 128)).toBe('(+Inf+NaNi)');
    expect(formatComplex(1.5, 0, 'e', 3, 128)).toBe('(1.500e+00+0.000e+00i)');
  });
});

describe('ParseFloat', () => {
  it('matches Go for syntax, rounding (float32 midpoints) and range errors', () => {
    const rows = table('atof.txt');
    expect(rows.length).toBeGreaterThan(2000);
    const bad: string[] = [];
    for (const [qin, bitSize, bits, qerr] of rows) {
      const s = goString(qin);
      const r = parseFloat(s, Number(bitSize));
      const gotBits = floatToBits(r.value);
      const want = bitsToFloat(bits);
      // NaN payloads differ between Go and JS; compare NaN-ness
      const same = Number.isNaN(want) ? Number.isNaN(r.value) : gotBits === bits;
      if (!same || errText(r.err) !== goString(qerr)) bad.push(`${qin}/${bitSize}: got ${r.value} ${errText(r.err)}, want ${want} ${goString(qerr)}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('ParseInt, ParseUint, Atoi, ParseBool, FormatInt', () => {
  it('match Go', () => {
    const rows = table('atoi.txt');
    const bad: string[] = [];
    for (const row of rows) {
      switch (row[1]) {
        case 'atoi': {
          const r = atoi(goString(row[0]));
          if (String(r.value) !== row[2] || errText(r.err) !== goString(row[3])) bad.push(`Atoi(${row[0]}): ${r.value} ${errText(r.err)}`);
          break;
        }
        case 'bool': {
          const r = parseBool(goString(row[0]));
          if (String(r.value) !== row[2] || errText(r.err) !== goString(row[3])) bad.push(`ParseBool(${row[0]}): ${r.value} ${errText(r.err)}`);
          break;
        }
        case 'fmtint': case 'fmtuint': {
          const got = formatInt(BigInt(row[0]) >= -9007199254740991n && BigInt(row[0]) <= 9007199254740991n ? Number(row[0]) : BigInt(row[0]), Number(row[2]));
          if (got !== row[3]) bad.push(`FormatInt(${row[0]}, ${row[2]}): ${got}, want ${row[3]}`);
          break;
        }
        default: {
          const [qs, base, bs, v, qe, u, que] = row;
          const s = goString(qs);
          const r = parseInt64(s, Number(base), Number(bs));
          const ru = parseUint(s, Number(base), Number(bs));
          if (String(r.value) !== v || errText(r.err) !== goString(qe)) bad.push(`ParseInt(${qs}, ${base}, ${bs}): ${r.value} ${errText(r.err)}, want ${v} ${goString(qe)}`);
          if (String(ru.value) !== u || errText(ru.err) !== goString(que)) bad.push(`ParseUint(${qs}, ${base}, ${bs}): ${ru.value} ${errText(ru.err)}, want ${u} ${goString(que)}`);
        }
      }
    }
    expect(rows.length).toBeGreaterThan(2500);
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('quoting', () => {
  const rows = table('quote.txt');
  it('Quote, QuoteToASCII, QuoteToGraphic, CanBackquote', () => {
    const qs = rows.filter((r) => r[0] === 'q');
    expect(qs.length).toBeGreaterThan(20);
    for (const [, qin, q, qa, qg, cb] of qs) {
      const s = goString(qin);
      expect(quote(s), qin).toBe(goString(q));
      expect(quoteToASCII(s), qin).toBe(goString(qa));
      expect(quoteToGraphic(s), qin).toBe(goString(qg));
      expect(String(canBackquote(s)), qin).toBe(cb);
    }
  });
  it('QuoteRune variants', () => {
    for (const [, r, q, qa, qg] of rows.filter((x) => x[0] === 'r')) {
      expect(quoteRune(Number(r)), r).toBe(goString(q));
      expect(quoteRuneToASCII(Number(r)), r).toBe(goString(qa));
      expect(quoteRuneToGraphic(Number(r)), r).toBe(goString(qg));
    }
  });
  it('Unquote and QuotedPrefix', () => {
    for (const [, qin, v, e, p, pe] of rows.filter((x) => x[0] === 'u')) {
      const s = goString(qin);
      const u = unquote(s);
      expect(u === null ? ['', 'invalid syntax'] : [u, '-'], qin).toEqual([goString(v), goString(e)]);
      const qp = quotedPrefix(s + 'tail');
      expect(qp === null ? ['', 'invalid syntax'] : [qp, '-'], qin).toEqual([goString(p), goString(pe)]);
    }
  });
  it('UnquoteChar', () => {
    for (const [, qin, q, v, mb, tail, e] of rows.filter((x) => x[0] === 'c')) {
      const r = unquoteChar(goString(qin), q.charCodeAt(0));
      const got = r.ok ? [String(r.value), String(r.multibyte), r.tail, '-'] : ['0', 'false', '', 'invalid syntax'];
      expect(got, `${qin} ${q}`).toEqual([v, mb, goString(tail), goString(e)]);
    }
  });
  it('IsPrint and IsGraphic agree with Go for every rune (count and checksum)', () => {
    const [, np, sp, ng, sg] = rows.find((x) => x[0] === 'p')!;
    let cp = 0;
    let cg = 0;
    let hp = 0n;
    let hg = 0n;
    const mask = (1n << 64n) - 1n;
    for (let r = 0; r <= 0x10ffff; r++) {
      if (isPrint(r)) {
        cp++;
        hp = (hp * 31n + BigInt(r)) & mask;
      }
      if (isGraphic(r)) {
        cg++;
        hg = (hg * 31n + BigInt(r)) & mask;
      }
    }
    expect([cp, hp.toString(), cg, hg.toString()]).toEqual([Number(np), sp, Number(ng), sg]);
    expect(isPrint(-1)).toBe(false);
  });
});
