// The JS representation of Go values (see README.md for the table). Declared
// once here and used by the compiler, the VM, the natives and fmt.
import type { RType } from './rtype.js';

/** Any Go value. Precise shapes depend on the static type (README.md). */
export type Value = unknown;

/** int/int64/uint/uint64/uintptr: a safe-integer number, or a bigint beyond 2^53-1 (canonical). */
export type Int64 = number | bigint;

/** complex128 / complex64. */
export class Complex {
  constructor(readonly re: number, readonly im: number) {}
}

/** A variable whose address is taken or that a closure captures. */
export interface Ref {
  load(): Value;
  store(v: Value): void;
}

export class Box implements Ref {
  constructor(public v: Value) {}
  load(): Value {
    return this.v;
  }
  store(v: Value): void {
    this.v = v;
  }
}

/** `&s.f` (struct field) or `&a[i]` (array or slice element): canonical per (obj, index) — see refs.ts. */
export class ElemRef implements Ref {
  constructor(readonly obj: Value[], readonly index: number) {}
  load(): Value {
    return this.obj[this.index];
  }
  store(v: Value): void {
    this.obj[this.index] = v;
  }
}

/** A slice header; nil slices are `null`. */
export class Slice {
  constructor(
    public arr: Value[],
    public off: number,
    public len: number,
    public cap: number,
  ) {}
}

/** A non-nil interface value: its dynamic type and value. Nil interfaces are `null`. */
export class Iface {
  constructor(readonly type: RType, readonly value: Value) {}
}
