// The Go type representation, mirroring go/types (type.go, basic.go, pointer.go,
// slice.go, array.go, map.go, chan.go, struct.go, tuple.go, signature.go,
// interface.go, named.go, typeparam.go, union.go, under.go). Types are plain
// class instances discriminated by `tag`; identity lives in predicates.ts, type
// sets in typeset.ts, printing in typestring.ts.

import type { SourceFile } from '../source.js';
import type { Func, TypeName, Var } from './objects.js';
import type { Scope } from './scope.js';
import { computeInterfaceTypeSet, type TypeSet } from './typeset.js';
import { identical } from './predicates.js';

export type Type =
  | Basic | Pointer | Slice | ArrayType | MapType | Chan | Struct | Tuple | Signature
  | Interface | Named | TypeParam | Union;

// ---------------------------------------------------------------- Basic

/** go/types.BasicKind. */
export enum BasicKind {
  Invalid,
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64, Complex64, Complex128, String, UnsafePointer,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}

/** go/types.BasicInfo flags. */
export const IsBoolean = 1;
export const IsInteger = 2;
export const IsUnsigned = 4;
export const IsFloat = 8;
export const IsComplex = 16;
export const IsString = 32;
export const IsUntyped = 64;
export const IsOrdered = IsInteger | IsFloat | IsString;
export const IsNumeric = IsInteger | IsFloat | IsComplex;
export const IsConstType = IsBoolean | IsNumeric | IsString;

export class Basic {
  readonly tag = 'Basic' as const;
  constructor(readonly kind: BasicKind, readonly info: number, readonly name: string) {}
}

/** Typ[kind], as go/types.Typ. `byte` and `rune` are separate Basic objects (aliases). */
export const Typ: Basic[] = [
  new Basic(BasicKind.Invalid, 0, 'invalid type'),
  new Basic(BasicKind.Bool, IsBoolean, 'bool'),
  new Basic(BasicKind.Int, IsInteger, 'int'),
  new Basic(BasicKind.Int8, IsInteger, 'int8'),
  new Basic(BasicKind.Int16, IsInteger, 'int16'),
  new Basic(BasicKind.Int32, IsInteger, 'int32'),
  new Basic(BasicKind.Int64, IsInteger, 'int64'),
  new Basic(BasicKind.Uint, IsInteger | IsUnsigned, 'uint'),
  new Basic(BasicKind.Uint8, IsInteger | IsUnsigned, 'uint8'),
  new Basic(BasicKind.Uint16, IsInteger | IsUnsigned, 'uint16'),
  new Basic(BasicKind.Uint32, IsInteger | IsUnsigned, 'uint32'),
  new Basic(BasicKind.Uint64, IsInteger | IsUnsigned, 'uint64'),
  new Basic(BasicKind.Uintptr, IsInteger | IsUnsigned, 'uintptr'),
  new Basic(BasicKind.Float32, IsFloat, 'float32'),
  new Basic(BasicKind.Float64, IsFloat, 'float64'),
  new Basic(BasicKind.Complex64, IsComplex, 'complex64'),
  new Basic(BasicKind.Complex128, IsComplex, 'complex128'),
  new Basic(BasicKind.String, IsString, 'string'),
  new Basic(BasicKind.UnsafePointer, 0, 'Pointer'),
  new Basic(BasicKind.UntypedBool, IsBoolean | IsUntyped, 'untyped bool'),
  new Basic(BasicKind.UntypedInt, IsInteger | IsUntyped, 'untyped int'),
  new Basic(BasicKind.UntypedRune, IsInteger | IsUntyped, 'untyped rune'),
  new Basic(BasicKind.UntypedFloat, IsFloat | IsUntyped, 'untyped float'),
  new Basic(BasicKind.UntypedComplex, IsComplex | IsUntyped, 'untyped complex'),
  new Basic(BasicKind.UntypedString, IsString | IsUntyped, 'untyped string'),
  new Basic(BasicKind.UntypedNil, IsUntyped, 'untyped nil'),
];
export const ByteType = new Basic(BasicKind.Uint8, IsInteger | IsUnsigned, 'byte');
export const RuneType = new Basic(BasicKind.Int32, IsInteger, 'rune');
export const invalidType = Typ[BasicKind.Invalid];

// ---------------------------------------------------------------- composite types

export class Pointer {
  declare readonly tag: 'Pointer';
  declare readonly base: Type;
  constructor(base: Type) {
    (this as { tag: string }).tag = 'Pointer';
    this.base = base;
  }
}

export class Slice {
  declare readonly tag: 'Slice';
  declare readonly elem: Type;
  constructor(elem: Type) {
    (this as { tag: string }).tag = 'Slice';
    this.elem = elem;
  }
}

/** `len` < 0 means unknown (an error was reported for the length). */
export class ArrayType {
  declare readonly tag: 'Array';
  declare readonly len: number;
  declare readonly elem: Type;
  constructor(len: number, elem: Type) {
    (this as { tag: string }).tag = 'Array';
    this.len = len;
    this.elem = elem;
  }
}

export class MapType {
  declare readonly tag: 'Map';
  declare readonly key: Type;
  declare readonly elem: Type;
  constructor(key: Type, elem: Type) {
    (this as { tag: string }).tag = 'Map';
    this.key = key;
    this.elem = elem;
  }
}

export enum ChanDir { SendRecv, SendOnly, RecvOnly }

export class Chan {
  declare readonly tag: 'Chan';
  declare readonly dir: ChanDir;
  declare readonly elem: Type;
  constructor(dir: ChanDir, elem: Type) {
    (this as { tag: string }).tag = 'Chan';
    this.dir = dir;
    this.elem = elem;
  }
}

/** Fields are Vars with isField set; `tags[i]` is the (unquoted) tag of field i. */
export class Struct {
  readonly tag = 'Struct' as const;
  constructor(public fields: Var[], public tags: (string | undefined)[] | undefined) {}
  fieldTag(i: number): string {
    return this.tags && i < this.tags.length ? this.tags[i] ?? '' : '';
  }
}

/** An ordered list of variables: parameter/result lists and multi-value results. */
export class Tuple {
  declare readonly tag: 'Tuple';
  declare readonly vars: Var[];
  constructor(vars: Var[]) {
    (this as { tag: string }).tag = 'Tuple';
    this.vars = vars;
  }
  get length(): number { return this.vars.length }
  at(i: number): Var { return this.vars[i] }
}
export const emptyTuple = new Tuple([]);

export class Signature {
  declare readonly tag: 'Signature';
  /** Function scope (parameters, results); undefined for signatures from other sources. */
  declare scope: Scope | undefined;
  declare recv: Var | undefined;
  /** Receiver type parameters (methods of generic types). */
  declare rparams: TypeParam[] | undefined;
  /** Type parameters of a generic function. */
  declare tparams: TypeParam[] | undefined;
  declare params: Tuple;
  declare results: Tuple;
  declare variadic: boolean;
  constructor(params: Tuple, results: Tuple, variadic: boolean) {
    (this as { tag: string }).tag = 'Signature';
    this.scope = undefined;
    this.recv = undefined;
    this.rparams = undefined;
    this.tparams = undefined;
    this.params = params;
    this.results = results;
    this.variadic = variadic;
  }
}

/**
 * An interface type: explicit methods and embedded elements (types, unions);
 * its type set is computed lazily (typeset.ts). `implicit` marks the interface
 * implied by a constraint literal such as `[T ~int]`.
 */
export class Interface {
  readonly tag = 'Interface' as const;
  methods: Func[] = [];
  embeddeds: Type[] = [];
  /** Embedding positions (file offsets) for errors, parallel to embeddeds. */
  embedPos: number[] | undefined;
  implicit = false;
  /** All embeddeds and methods are set (the type set may be computed). */
  complete = false;
  tset: TypeSet | undefined;
  /** The checker that created this interface, for lazy type-set errors. */
  check: unknown;
  /** The file containing the interface's syntax (for embedPos). */
  file: SourceFile | undefined;
}

/** A term `T` or `~T` of a union; `type` undefined is the set of all types (𝓤). */
export interface Term {
  readonly tilde: boolean;
  readonly type: Type | undefined;
}

export class Union {
  readonly tag = 'Union' as const;
  /** Cached type set (typeset.ts). */
  tset: TypeSet | undefined;
  constructor(readonly terms: Term[]) {}
}

let nextTypeParamId = 1;

export class TypeParam {
  readonly tag = 'TypeParam' as const;
  readonly id = nextTypeParamId++;
  /** Index in its type parameter list. */
  index = -1;
  constructor(public obj: TypeName, public bound: Type) {}
  /**
   * The constraint interface (go/types TypeParam.iface): a non-interface
   * constraint such as `[T []byte]` is wrapped in an implicit interface
   * (which then replaces the bound).
   */
  iface(): Interface {
    const b = this.bound;
    const u = under(b);
    if (u.tag === 'Interface') {
      if (b.tag === 'TypeParam') return emptyIface;
      return u;
    }
    if (u.tag === 'Basic' && u.kind === BasicKind.Invalid) return emptyIface;
    const i = new Interface();
    i.embeddeds = [b];
    i.implicit = true;
    i.complete = true;
    this.bound = i;
    return i;
  }
}

// ---------------------------------------------------------------- Named

/**
 * A defined type. For an instance of a generic type, `orig` is the generic
 * type and `targs` the type arguments; its underlying type and methods are
 * computed lazily by substitution (instantiate.ts registers the expander).
 */
export class Named {
  readonly tag = 'Named' as const;
  orig: Named;
  /** The type of the declaration's right-hand side (may be Named). */
  fromRHS: Type | undefined;
  /** Resolved underlying type; may transiently be Named while resolving chains. */
  underlyingT: Type | undefined;
  tparams: TypeParam[] | undefined;
  targs: Type[] | undefined;
  /** Declared methods (origin) or lazily expanded ones (instances). */
  methods: Func[] = [];
  /** For instances: whether underlying/methods have been expanded. */
  expanded = false;
  /** Per-checker context for lazy expansion of instances (underlying type). */
  expander: ((n: Named) => void) | undefined;
  /** Lazy instantiation of the origin's methods (instances only). */
  methodExpander: ((n: Named) => void) | undefined;
  constructor(public obj: TypeName, underlying: Type | undefined, methods?: Func[]) {
    this.orig = this;
    this.underlyingT = underlying;
    if (methods) this.methods = methods;
  }
  /** Resolves an instance (substitution of the origin's underlying type). */
  resolve(): Named {
    if (!this.expanded && this.orig !== this) {
      this.expanded = true;
      if (this.expander) this.expander(this);
    }
    return this;
  }
  /** Underlying type without following chains of named types. */
  rawUnderlying(): Type | undefined {
    this.resolve();
    return this.underlyingT;
  }
  methodList(): Func[] {
    if (this.methodExpander !== undefined && this.methods.length < this.orig.methods.length) this.methodExpander(this);
    return this.methods;
  }
  typeParams(): TypeParam[] | undefined {
    return this.orig.tparams;
  }
}

/** Hook used by Named chain resolution to report `invalid recursive type` cycles. */
export let reportNamedCycle: ((cycle: Named[]) => void) | undefined;
export function setNamedCycleReporter(f: ((cycle: Named[]) => void) | undefined): void {
  reportNamedCycle = f;
}

/** Follows the chain of named types (type A B; type B C; ...) to the first non-named type. */
function namedUnder(n0: Named): Type {
  const u0 = n0.rawUnderlying();
  if (u0 === undefined) return invalidType;
  if (u0.tag !== 'Named') return u0;
  const seen = new Map<Named, number>([[n0, 0]]);
  const path: Named[] = [n0];
  let n1: Named = u0;
  let u: Type;
  for (;;) {
    const i = seen.get(n1);
    if (i !== undefined) {
      if (reportNamedCycle) reportNamedCycle(path.slice(i));
      u = invalidType;
      break;
    }
    const next = n1.rawUnderlying();
    if (next === undefined) { u = invalidType; break; }
    if (next.tag !== 'Named') { u = next; break; }
    seen.set(n1, path.length);
    path.push(n1);
    n1 = next;
  }
  for (const n of seen.keys()) n.underlyingT = u;
  return u;
}

// ---------------------------------------------------------------- under / core types

/** go/types.under: the underlying type; for a type parameter, its constraint interface. */
export function under(t: Type): Type {
  switch (t.tag) {
    case 'Named': {
      const u = t.rawUnderlying();
      if (u !== undefined && u.tag !== 'Named') return u;
      return namedUnder(t);
    }
    case 'TypeParam':
      return t.iface();
    default:
      return t;
  }
}

export function asNamed(t: Type | undefined): Named | undefined {
  return t && t.tag === 'Named' ? t : undefined;
}

export function isTypeParam(t: Type): t is TypeParam {
  return t.tag === 'TypeParam';
}

/** go/types.match: x if identical to y, or the directional channel of two otherwise equal channels. */
function matchCore(x: Type, y: Type): Type | undefined {
  if (identical(x, y)) return x;
  if (x.tag === 'Chan' && y.tag === 'Chan' && identical(x.elem, y.elem)) {
    if (x.dir === ChanDir.SendRecv) return y;
    if (y.dir === ChanDir.SendRecv) return x;
  }
  return undefined;
}

/**
 * go/types.coreType: the single underlying type of all types in t's type set
 * (or t's underlying type if t is not a type parameter); undefined if none.
 */
export function coreType(t: Type): Type | undefined {
  if (t.tag !== 'TypeParam') return under(t);
  let su: Type | undefined;
  const ok = typeSetOf(t.iface()).underIs((u) => {
    if (u === undefined) return false;
    if (su !== undefined) {
      const m = matchCore(su, u);
      if (m === undefined) return false;
      u = m;
    }
    su = u;
    return true;
  });
  return ok ? su : undefined;
}

/**
 * go/types.coreString: like coreType, but a type set of byte slices and strings
 * has core type `[]byte`/`string` as appropriate (for append/copy/slicing).
 */
export function coreString(t: Type): Type | undefined {
  if (t.tag !== 'TypeParam') return under(t);
  let su: Type | undefined;
  let hasString = false;
  const ok = typeSetOf(t.iface()).underIs((u) => {
    if (u === undefined) return false;
    if (u.tag === 'Basic' && (u.info & IsString) !== 0) {
      u = new Slice(ByteType);
      hasString = true;
    }
    if (su !== undefined) {
      const m = matchCore(su, u);
      if (m === undefined) return false;
      u = m;
    }
    su = u;
    return true;
  });
  if (!ok) return undefined;
  if (hasString) return Typ[BasicKind.String];
  return su;
}

export function typeSetOf(i: Interface): TypeSet {
  return computeInterfaceTypeSet(i);
}

// ---------------------------------------------------------------- universe types

const emptyIface = new Interface();
emptyIface.complete = true;

/** The `any` interface: printed as "any" when pointer-identical (typestring.ts). */
export const universeAnyType = new Interface();
universeAnyType.complete = true;
/** The underlying interface of `comparable` (its type set is marked comparable). */
export const universeComparableIface = new Interface();
universeComparableIface.complete = true;
