// Natives of package strconv over the conversions in this folder. Functions
// that return an error report it as a code (1 syntax, 2 range, 3 other with a
// message) to Go wrappers in src/stdlib/api/strconv.ts, which build the
// *NumError with strconv.ErrSyntax / ErrRange as Go's code does.
import type { NativeImpl } from '../../vm/native.js';
import { appendString } from '../../vm/slices.js';
import { Slice, type Value } from '../../vm/value.js';
import { parseFloat } from './atof.js';
import { atoi, parseInt64, parseUint } from './atoi.js';
import { formatComplex, formatFloat } from './ftoa.js';
import { isGraphic, isPrint } from './isprint.js';
import { formatBool, formatInt, itoa } from './itoa.js';
import type { NumErrorInfo } from './numError.js';
import { canBackquote, quote, quoteRune, quoteRuneToASCII, quoteRuneToGraphic, quoteToASCII, quoteToGraphic, unquote, unquoteChar } from './quote.js';
import type { RType } from '../../vm/rtype.js';

function code(err: NumErrorInfo | null): [number, string] {
  if (err === null) return [0, ''];
  return err.err.kind === 'syntax' ? [1, ''] : err.err.kind === 'range' ? [2, ''] : [3, err.err.message];
}

/** The []byte element type, for appends (taken from the destination slice's type by the caller). */
let byteType: RType | undefined;

function appendTo(c: { rtypeNamed(n: string): RType | undefined }, dst: Value, s: string): Value {
  byteType ??= c.rtypeNamed('uint8');
  return appendString(byteType as RType, dst as Slice | null, s);
}

const pure = (fn: NativeImpl['fn']): NativeImpl => ({ kind: 'pure', fn: fn as never });

export const strconvNatives = new Map<string, NativeImpl>([
  ['strconv.atoi', pure((_c, [s]) => { const r = atoi(s as string); return [r.value, ...code(r.err)]; })],
  ['strconv.parseInt', pure((_c, [s, b, bs]) => { const r = parseInt64(s as string, Number(b), Number(bs)); return [r.value, ...code(r.err)]; })],
  ['strconv.parseUint', pure((_c, [s, b, bs]) => { const r = parseUint(s as string, Number(b), Number(bs)); return [r.value, ...code(r.err)]; })],
  ['strconv.parseFloat', pure((_c, [s, bs]) => { const r = parseFloat(s as string, Number(bs)); return [r.value, ...code(r.err)]; })],
  ['strconv.unquote', pure((_c, [s]) => { const r = unquote(s as string); return r === null ? ['', false] : [r, true]; })],
  ['strconv.unquoteChar', pure((_c, [s, q]) => { const r = unquoteChar(s as string, q as number); return [r.value, r.multibyte, r.tail, r.ok]; })],
  ['strconv.Itoa', pure((_c, [i]) => itoa(i as number))],
  ['strconv.FormatInt', pure((_c, [i, b]) => formatInt(i as number, Number(b)))],
  ['strconv.FormatUint', pure((_c, [i, b]) => formatInt(i as number, Number(b)))],
  ['strconv.FormatBool', pure((_c, [b]) => formatBool(b as boolean))],
  ['strconv.FormatFloat', pure((_c, [f, fmt, p, bs]) => formatFloat(f as number, String.fromCharCode(fmt as number), Number(p), Number(bs)))],
  ['strconv.FormatComplex', pure((_c, [x, fmt, p, bs]) => formatComplex((x as { re: number }).re, (x as { im: number }).im, String.fromCharCode(fmt as number), Number(p), Number(bs)))],
  ['strconv.Quote', pure((_c, [s]) => quote(s as string))],
  ['strconv.QuoteToASCII', pure((_c, [s]) => quoteToASCII(s as string))],
  ['strconv.QuoteToGraphic', pure((_c, [s]) => quoteToGraphic(s as string))],
  ['strconv.QuoteRune', pure((_c, [r]) => quoteRune(r as number))],
  ['strconv.QuoteRuneToASCII', pure((_c, [r]) => quoteRuneToASCII(r as number))],
  ['strconv.QuoteRuneToGraphic', pure((_c, [r]) => quoteRuneToGraphic(r as number))],
  ['strconv.CanBackquote', pure((_c, [s]) => canBackquote(s as string))],
  ['strconv.IsPrint', pure((_c, [r]) => isPrint(r as number))],
  ['strconv.IsGraphic', pure((_c, [r]) => isGraphic(r as number))],
  ['strconv.AppendInt', pure((c, [d, i, b]) => appendTo(c, d, formatInt(i as number, Number(b))))],
  ['strconv.AppendUint', pure((c, [d, i, b]) => appendTo(c, d, formatInt(i as number, Number(b))))],
  ['strconv.AppendBool', pure((c, [d, b]) => appendTo(c, d, formatBool(b as boolean)))],
  ['strconv.AppendFloat', pure((c, [d, f, fmt, p, bs]) => appendTo(c, d, formatFloat(f as number, String.fromCharCode(fmt as number), Number(p), Number(bs))))],
  ['strconv.AppendQuote', pure((c, [d, s]) => appendTo(c, d, quote(s as string)))],
  ['strconv.AppendQuoteToASCII', pure((c, [d, s]) => appendTo(c, d, quoteToASCII(s as string)))],
  ['strconv.AppendQuoteRune', pure((c, [d, r]) => appendTo(c, d, quoteRune(r as number)))],
  ['strconv.AppendQuoteToGraphic', pure((c, [d, s]) => appendTo(c, d, quoteToGraphic(s as string)))],
  ['strconv.AppendQuoteRuneToASCII', pure((c, [d, r]) => appendTo(c, d, quoteRuneToASCII(r as number)))],
  ['strconv.AppendQuoteRuneToGraphic', pure((c, [d, r]) => appendTo(c, d, quoteRuneToGraphic(r as number)))],
]);
