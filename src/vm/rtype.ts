// Runtime type descriptors: one canonical object per distinct Go type, built by
// the compiler from the checker's types. Type assertions and switches compare
// them by reference; fmt, maps and the VM read their structure.
import type { Value } from './value.js';

export const enum Kind {
  Bool = 1,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128,
  String,
  Array, Slice, Struct, Pointer, Map, Chan, Func, Interface,
  UnsafePointer,
}

export interface RField {
  name: string;
  type: RType;
  embedded: boolean;
  exported: boolean;
  tag: string;
}

/** A method callable on values of a type (for interface dispatch and fmt's String/Error). */
export interface RMethod {
  name: string;
  /** The compiled function (VM-specific; receiver first). */
  fn: unknown;
  /** True when the method has a pointer receiver (not in the value type's method set). */
  ptrRecv: boolean;
  /** The method's signature without receiver (canonical: compare by reference). */
  sig?: RType;
}

export interface RType {
  readonly id: number;
  readonly kind: Kind;
  /** reflect.Type.String(): `int`, `main.Point`, `[]interface {}`, `map[string]int`, `struct { X int; y string }`, `func(int) string`, `chan<- int`, `*main.T`, `error`. */
  readonly string: string;
  /** Defined (named) types: package path ('main', 'time', ...) and name; '' for unnamed. */
  readonly pkgPath: string;
  readonly name: string;
  /** Array, Slice, Pointer, Map (value), Chan: element type. */
  elem?: RType;
  /** Map key type. */
  key?: RType;
  /** Array length. */
  len?: number;
  /** Struct fields in order. */
  fields?: RField[];
  /** Chan direction. */
  chanDir?: 'both' | 'send' | 'recv';
  /** Func signature. */
  params?: RType[];
  results?: RType[];
  variadic?: boolean;
  /** Interface: method names (sorted) it requires. */
  imethods?: string[];
  /** Interface: each required method's signature (canonical RTypes). */
  imethodSigs?: Map<string, RType>;
  /** Methods of this type's method set by name, incl. promoted ones; pointer-receiver ones marked. */
  methods: Map<string, RMethod>;
  /** Zero value (a fresh object for arrays and structs). */
  zero(): Value;
  /** Go's == for comparable types; throws a runtime panic for incomparable dynamic types. */
  equal(a: Value, b: Value): boolean;
  /** Copy for value semantics (arrays and structs deep-copy their value-type parts); identity otherwise. */
  copy(v: Value): Value;
  /** Whether == is defined (reflect.Type.Comparable). */
  comparable: boolean;
}
