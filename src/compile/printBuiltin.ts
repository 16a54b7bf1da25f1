// The builtin print and println (runtime/print.go): their own formats, not
// fmt's — floats as `+1.500000e+000`, complex as `(+1.000000e+000+2.000000e+000i)`,
// pointers, channels, maps and funcs as addresses, slices as `[len/cap]0xaddr`,
// interfaces as `(0xtype,0xdata)`.
import type { AddressBook } from '../vm/refs.js';
import { Kind, type RType } from '../vm/rtype.js';
import { Complex, Slice, type Value } from '../vm/value.js';

/** runtime.printfloat: sign, 7 significant digits, exponent of 3 digits. */
export function printFloat(v: number): string {
  if (v !== v) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  const digits = 7;
  let sign = '+';
  let e = 0;
  let x = v;
  if (x === 0) {
    if (1 / x < 0) sign = '-';
  } else {
    if (x < 0) {
      x = -x;
      sign = '-';
    }
    while (x >= 10) {
      e++;
      x /= 10;
    }
    while (x < 1) {
      e--;
      x *= 10;
    }
    let h = 5.0;
    for (let i = 0; i < digits; i++) h /= 10;
    x += h;
    if (x >= 10) {
      e++;
      x /= 10;
    }
  }
  let ds = '';
  for (let i = 0; i < digits; i++) {
    const d = Math.trunc(x);
    ds += String.fromCharCode(48 + d);
    x -= d;
    x *= 10;
  }
  let es = '+';
  if (e < 0) {
    e = -e;
    es = '-';
  }
  const e3 = String(Math.trunc(e / 100)) + String(Math.trunc(e / 10) % 10) + String(e % 10);
  return `${sign}${ds[0]}.${ds.slice(1)}e${es}${e3}`;
}

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** One operand of print/println, formatted by its static type. */
export function printValue(rt: RType, v: Value, book: AddressBook): string {
  switch (rt.kind) {
    case Kind.Bool:
      return v ? 'true' : 'false';
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return String(v);
    case Kind.Float32: case Kind.Float64:
      return printFloat(v as number);
    case Kind.Complex64: case Kind.Complex128:
      return `(${printFloat((v as Complex).re)}${printFloat((v as Complex).im)}i)`;
    case Kind.String:
      return v as string;
    case Kind.Slice: {
      const s = v as Slice | null;
      return s === null ? '[0/0]0x0' : `[${s.len}/${s.cap}]${hex(book.pointer(s, rt))}`;
    }
    case Kind.Interface: {
      if (v === null) return '(0x0,0x0)';
      const iv = v as { type: RType; value: Value };
      return `(${hex(book.typeAddress(iv.type))},${hex(book.pointer(typeof iv.value === 'object' ? iv.value : [iv.value]))})`;
    }
    default:
      return hex(book.pointer(v, rt));
  }
}
