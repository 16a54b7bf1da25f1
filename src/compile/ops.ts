// Run-time operations the compiled code calls, chosen per kind at compile time
// (spec: Arithmetic operators, Comparison operators, Conversions). Integer
// arithmetic comes from src/vm/intconv.ts; slices, maps, strings and runtime
// errors from their modules in src/vm.
import { GoRuntimePanic } from '../runtime/panics.js';
import { intOps, isIntKind, isSignedInt, convertInt, floatToInt, intToFloat64, intToFloat32 } from '../vm/intconv.js';
import { Kind, type RType } from '../vm/rtype.js';
import { Box, Complex, Iface, type Value } from '../vm/value.js';
import {
  bytesToString, runeToString, runesToString, sliceToArray, sliceToArrayPointer, stringToBytes, stringToRunes,
} from './opsData.js';

type Bin = (a: Value, b: Value) => Value;

// ------------------------------------------------------------ arithmetic

/** `a op b` for operands of kind `k` (not shifts, not comparisons). */
export function binaryOp(k: Kind, op: string): Bin {
  if (isIntKind(k)) {
    const o = intOps(k);
    switch (op) {
      case '+': return o.add as Bin;
      case '-': return o.sub as Bin;
      case '*': return o.mul as Bin;
      case '/': return o.div as Bin;
      case '%': return o.rem as Bin;
      case '&': return o.and as Bin;
      case '|': return o.or as Bin;
      case '^': return o.xor as Bin;
      case '&^': return o.andNot as Bin;
    }
  }
  if (k === Kind.Float64) {
    switch (op) {
      case '+': return (a, b) => (a as number) + (b as number);
      case '-': return (a, b) => (a as number) - (b as number);
      case '*': return (a, b) => (a as number) * (b as number);
      case '/': return (a, b) => (a as number) / (b as number);
    }
  }
  if (k === Kind.Float32) {
    const f = Math.fround;
    switch (op) {
      case '+': return (a, b) => f((a as number) + (b as number));
      case '-': return (a, b) => f((a as number) - (b as number));
      case '*': return (a, b) => f((a as number) * (b as number));
      case '/': return (a, b) => f((a as number) / (b as number));
    }
  }
  if (k === Kind.Complex128 || k === Kind.Complex64) {
    const r = k === Kind.Complex64 ? Math.fround : (x: number) => x;
    const mk = (re: number, im: number) => new Complex(r(re), r(im));
    switch (op) {
      case '+': return (a, b) => mk((a as Complex).re + (b as Complex).re, (a as Complex).im + (b as Complex).im);
      case '-': return (a, b) => mk((a as Complex).re - (b as Complex).re, (a as Complex).im - (b as Complex).im);
      case '*': return (a, b) => {
        const x = a as Complex;
        const y = b as Complex;
        return mk(x.re * y.re - x.im * y.im, x.re * y.im + x.im * y.re);
      };
      case '/': return (a, b) => {
        const q = complexDiv(a as Complex, b as Complex);
        return mk(q.re, q.im);
      };
    }
  }
  if (k === Kind.String && op === '+') return (a, b) => (a as string) + (b as string);
  throw new Error(`chanscope: operator ${op} on kind ${k}`);
}

/** Go's complex division (runtime/complex.go complex128div): handles zeros, infinities and NaNs. */
export function complexDiv(n: Complex, m: Complex): Complex {
  let e: number;
  let f: number;
  if (Math.abs(m.re) >= Math.abs(m.im)) {
    const ratio = m.im / m.re;
    const denom = m.re + ratio * m.im;
    e = (n.re + n.im * ratio) / denom;
    f = (n.im - n.re * ratio) / denom;
  } else {
    const ratio = m.re / m.im;
    const denom = m.im + ratio * m.re;
    e = (n.re * ratio + n.im) / denom;
    f = (n.im * ratio - n.re) / denom;
  }
  if (Number.isNaN(e) && Number.isNaN(f)) {
    // correct final result to infinities and zeros if applicable (C99 Annex G)
    let a = n.re;
    let b = n.im;
    let c = m.re;
    let d = m.im;
    if ((c === 0 && d === 0) && (!Number.isNaN(a) || !Number.isNaN(b))) {
      e = copysign(Infinity, c) * a;
      f = copysign(Infinity, c) * b;
    } else if ((!Number.isFinite(a) || !Number.isFinite(b)) && Number.isFinite(c) && Number.isFinite(d)) {
      a = copysign(Number.isFinite(a) ? 0 : 1, a);
      b = copysign(Number.isFinite(b) ? 0 : 1, b);
      e = Infinity * (a * c + b * d);
      f = Infinity * (b * c - a * d);
    } else if ((!Number.isFinite(c) || !Number.isFinite(d)) && Number.isFinite(a) && Number.isFinite(b)) {
      c = copysign(Number.isFinite(c) ? 0 : 1, c);
      d = copysign(Number.isFinite(d) ? 0 : 1, d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  return new Complex(e, f);
}

function copysign(x: number, sign: number): number {
  const neg = sign < 0 || Object.is(sign, -0);
  return neg ? -Math.abs(x) : Math.abs(x);
}

export function unaryOp(k: Kind, op: string): (a: Value) => Value {
  if (op === '+') return (a) => a;
  if (op === '!') return (a) => !(a as boolean);
  if (isIntKind(k)) {
    const o = intOps(k);
    if (op === '-') return o.neg as (a: Value) => Value;
    if (op === '^') return o.not as (a: Value) => Value;
  }
  if (op === '-') {
    if (k === Kind.Float64 || k === Kind.Float32) return (a) => -(a as number);
    if (k === Kind.Complex128 || k === Kind.Complex64) return (a) => new Complex(-(a as Complex).re, -(a as Complex).im);
  }
  throw new Error(`chanscope: unary ${op} on kind ${k}`);
}

export function shiftOp(k: Kind, op: string, _countKind: Kind): Bin {
  const o = intOps(k);
  return (op === '<<' ? o.shl : o.shr) as Bin;
}

/** Ordered comparison; numbers and bigints compare exactly with each other, strings bytewise. */
export function compareOp(_k: Kind, op: string): (a: Value, b: Value) => boolean {
  switch (op) {
    case '<': return (a, b) => (a as number) < (b as number);
    case '<=': return (a, b) => (a as number) <= (b as number);
    case '>': return (a, b) => (a as number) > (b as number);
    case '>=': return (a, b) => (a as number) >= (b as number);
  }
  throw new Error(`chanscope: comparison ${op}`);
}

export function one(k: Kind): Value {
  if (k === Kind.Complex128 || k === Kind.Complex64) return new Complex(1, 0);
  return 1;
}

/** min/max (Go 1.21): for floats, NaN wins and -0 < +0; strings bytewise. */
export function minMax(k: Kind, isMin: boolean): Bin {
  if (k === Kind.Float64 || k === Kind.Float32) {
    return isMin
      ? (a, b) => {
        const x = a as number;
        const y = b as number;
        if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
        if (x === 0 && y === 0) return Object.is(x, -0) || Object.is(y, -0) ? -0 : 0;
        return x < y ? x : y;
      }
      : (a, b) => {
        const x = a as number;
        const y = b as number;
        if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
        if (x === 0 && y === 0) return Object.is(x, 0) || Object.is(y, 0) ? 0 : -0;
        return x > y ? x : y;
      };
  }
  return isMin ? (a, b) => ((b as number) < (a as number) ? b : a) : (a, b) => ((b as number) > (a as number) ? b : a);
}

// ------------------------------------------------------------ conversions

/**
 * The conversion from `from` to `to` (spec: Conversions), or null when the
 * representation does not change (named types, pointers, channels...).
 */
export function convert(from: RType, to: RType): ((v: Value) => Value) | null {
  const fk = from.kind;
  const tk = to.kind;
  if (isIntKind(tk)) {
    if (isIntKind(fk)) return fk === tk ? null : (v) => convertInt(v as number | bigint, tk);
    if (fk === Kind.Float32 || fk === Kind.Float64) return (v) => floatToInt(v as number, tk);
  }
  if (tk === Kind.Float64) {
    if (isIntKind(fk)) return (v) => intToFloat64(v as number | bigint);
    if (fk === Kind.Float32) return null;
    if (fk === Kind.Float64) return null;
  }
  if (tk === Kind.Float32) {
    if (isIntKind(fk)) return (v) => intToFloat32(v as number | bigint);
    if (fk === Kind.Float64) return (v) => Math.fround(v as number);
    if (fk === Kind.Float32) return null;
  }
  if (tk === Kind.Complex64 && fk === Kind.Complex128) return (v) => new Complex(Math.fround((v as Complex).re), Math.fround((v as Complex).im));
  if (tk === Kind.String) {
    if (isIntKind(fk)) return (v) => runeToString(v as number | bigint);
    if (fk === Kind.Slice) {
      const ek = from.elem!.kind;
      if (ek === Kind.Uint8) return (v) => bytesToString(v);
      if (ek === Kind.Int32) return (v) => runesToString(v);
    }
    return null;
  }
  if (tk === Kind.Slice && fk === Kind.String) {
    const ek = to.elem!.kind;
    if (ek === Kind.Uint8) return (v) => stringToBytes(v as string);
    if (ek === Kind.Int32) return (v) => stringToRunes(v as string);
  }
  if (tk === Kind.Array && fk === Kind.Slice) {
    const n = to.len!;
    return (v) => sliceToArray(v, n);
  }
  if (tk === Kind.Pointer && fk === Kind.Slice) {
    const n = to.elem!.len!;
    return (v) => sliceToArrayPointer(v, n);
  }
  if ((tk === Kind.Struct || tk === Kind.Array) && fk === tk) return (v) => to.copy(v);
  return null;
}

// ------------------------------------------------------------ pointers and boxes

export function newBox(v: Value): Box {
  return new Box(v);
}

/** How to read through a pointer to a value of type rt (aggregates are their own pointers). */
export function loaderFor(rt: RType): (p: Value) => Value {
  if (rt.kind === Kind.Array || rt.kind === Kind.Struct) return (p) => p;
  return (p) => (p as { load(): Value }).load();
}

export function nilDeref(): never {
  throw new GoRuntimePanic('invalid memory address or nil pointer dereference', true);
}

export function runtimeError(msg: string): never {
  throw new GoRuntimePanic(msg, true);
}

export function runtimePanicPlain(msg: string): never {
  throw new GoRuntimePanic(msg, false);
}

/** An index value as a JS number (huge values stay out of range). */
export function toIndex(v: Value): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? (v > 0n ? Number.MAX_SAFE_INTEGER : -1) : Number(v);
}

// ------------------------------------------------------------ interfaces

export function ifaceEq(a: Iface | null, b: Iface | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.type !== b.type) return false;
  if (!a.type.comparable) throw new GoRuntimePanic(`comparing uncomparable type ${a.type.string}`, true);
  return a.type.equal(a.value, b.value);
}

export { isSignedInt };
export * from './opsData.js';
export { printValue } from './printBuiltin.js';
