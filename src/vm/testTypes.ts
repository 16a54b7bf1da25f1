// A small builder of runtime types for tests of the value library, fmt and
// strconv, independent of the compiler: canonical RTypes (identical types
// share one object) with reflect's type strings and Go's zero/equal/copy, the
// way src/compile/rtypes.ts builds them from checker types.
import { GoRuntimePanic } from '../runtime/panics.js';
import { Kind, type RField, type RMethod, type RType } from './rtype.js';
import { Complex, Iface, type Value } from './value.js';

class TestRType implements RType {
  elem?: RType;
  key?: RType;
  len?: number;
  fields?: RField[];
  chanDir?: 'both' | 'send' | 'recv';
  params?: RType[];
  results?: RType[];
  variadic?: boolean;
  imethods?: string[];
  methods = new Map<string, RMethod>();
  comparable = true;
  zero: () => Value = () => null;
  equal: (a: Value, b: Value) => boolean = (a, b) => a === b;
  copy: (v: Value) => Value = (v) => v;
  constructor(readonly id: number, readonly kind: Kind, public string: string, readonly pkgPath: string, readonly name: string) {}
}

/** A method implemented in JS for tests: receiver first. */
export type TestMethodFn = (recv: Value, ...args: Value[]) => Value;

export interface FieldSpec {
  name: string;
  type: RType;
  embedded?: boolean;
  tag?: string;
}

const basicNames: [Kind, string][] = [
  [Kind.Bool, 'bool'], [Kind.Int, 'int'], [Kind.Int8, 'int8'], [Kind.Int16, 'int16'], [Kind.Int32, 'int32'],
  [Kind.Int64, 'int64'], [Kind.Uint, 'uint'], [Kind.Uint8, 'uint8'], [Kind.Uint16, 'uint16'], [Kind.Uint32, 'uint32'],
  [Kind.Uint64, 'uint64'], [Kind.Uintptr, 'uintptr'], [Kind.Float32, 'float32'], [Kind.Float64, 'float64'],
  [Kind.Complex64, 'complex64'], [Kind.Complex128, 'complex128'], [Kind.String, 'string'],
];

function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The builder: one instance per test file (types are canonical within it). */
export class TestTypes {
  private nextId = 1;
  private readonly byKey = new Map<string, TestRType>();
  private readonly keys = new WeakMap<RType, string>();
  private readonly ptrs = new WeakMap<RType, RType>();

  readonly bool: RType; readonly int: RType; readonly int8: RType; readonly int16: RType; readonly int32: RType;
  readonly int64: RType; readonly uint: RType; readonly uint8: RType; readonly uint16: RType; readonly uint32: RType;
  readonly uint64: RType; readonly uintptr: RType; readonly float32: RType; readonly float64: RType;
  readonly complex64: RType; readonly complex128: RType; readonly string: RType;
  /** interface {} */
  readonly any: RType;
  /** The predeclared `error` interface. */
  readonly error: RType;

  constructor() {
    const b = new Map<string, RType>();
    for (const [k, n] of basicNames) b.set(n, this.basic(k, n, '', n));
    this.bool = b.get('bool')!; this.int = b.get('int')!; this.int8 = b.get('int8')!; this.int16 = b.get('int16')!;
    this.int32 = b.get('int32')!; this.int64 = b.get('int64')!; this.uint = b.get('uint')!; this.uint8 = b.get('uint8')!;
    this.uint16 = b.get('uint16')!; this.uint32 = b.get('uint32')!; this.uint64 = b.get('uint64')!;
    this.uintptr = b.get('uintptr')!; this.float32 = b.get('float32')!; this.float64 = b.get('float64')!;
    this.complex64 = b.get('complex64')!; this.complex128 = b.get('complex128')!; this.string = b.get('string')!;
    this.any = this.iface([]);
    const errSig = this.func([], [this.string]);
    const err = this.make('named:error', Kind.Interface, 'error', '', 'error');
    err.imethods = ['Error'];
    err.equal = ifaceEqual;
    (err as TestRType & { imethodSigs: Map<string, RType> }).imethodSigs = new Map([['Error', errSig]]);
    this.error = err;
  }

  private make(key: string, kind: Kind, str: string, pkgPath = '', name = ''): TestRType {
    const t = new TestRType(this.nextId++, kind, str, pkgPath, name);
    this.byKey.set(key, t);
    this.keys.set(t, key);
    return t;
  }

  private keyOf(t: RType): string {
    return this.keys.get(t) ?? `#${t.id}`;
  }

  private basic(kind: Kind, str: string, pkgPath: string, name: string): TestRType {
    const t = this.make(`basic:${str}`, kind, str, pkgPath, name);
    setBasic(t);
    return t;
  }

  /** A defined type `pkg.name` with the structure of `underlying` (methods added with addMethod). */
  named(pkg: string, name: string, underlying: RType): RType {
    const key = `named:${pkg}.${name}`;
    const hit = this.byKey.get(key);
    if (hit) return hit;
    const t = this.make(key, underlying.kind, pkg === '' ? name : `${pkg}.${name}`, pkg, name);
    const u = underlying as TestRType;
    t.elem = u.elem; t.key = u.key; t.len = u.len; t.fields = u.fields; t.chanDir = u.chanDir;
    t.params = u.params; t.results = u.results; t.variadic = u.variadic; t.imethods = u.imethods;
    t.comparable = u.comparable; t.zero = u.zero; t.equal = u.equal; t.copy = u.copy;
    const sigs = (u as TestRType & { imethodSigs?: Map<string, RType> }).imethodSigs;
    if (sigs) (t as TestRType & { imethodSigs?: Map<string, RType> }).imethodSigs = sigs;
    return t;
  }

  /**
   * Declares method `name` on defined type t (value receiver, or pointer
   * receiver when ptrRecv): it joins t's method set (marked ptrRecv when it
   * has a pointer receiver) and *t's.
   */
  addMethod(t: RType, name: string, fn: TestMethodFn, ptrRecv = false): void {
    t.methods.set(name, { name, fn, ptrRecv });
    this.ptr(t).methods.set(name, { name, fn, ptrRecv: false });
  }

  ptr(elem: RType): RType {
    const key = `*${this.keyOf(elem)}`;
    const hit = this.byKey.get(key);
    if (hit) return hit;
    const t = this.make(key, Kind.Pointer, '*' + elem.string);
    t.elem = elem;
    for (const [n, m] of elem.methods) t.methods.set(n, { name: n, fn: m.fn, ptrRecv: false });
    this.ptrs.set(elem, t);
    return t;
  }

  slice(elem: RType): RType {
    const key = `[]${this.keyOf(elem)}`;
    const hit = this.byKey.get(key);
    if (hit) return hit;
    const t = this.make(key, Kind.Slice, '[]' + elem.string);
    t.elem = elem;
    t.comparable = false;
    return t;
  }

  array(n: number, elem: RType): RType {
    const key = `[${n}]${this.keyOf(elem)}`;
    const hit = this.byKey.get(key);
    if (hit) return hit;
    const t = this.make(key, Kind.Array, `[${n}]${elem.string}`);
    t.elem = elem;
    t.len = n;
    t.comparable = elem.comparable;
    t.zero = () => {
      const a = new Array(n);
      for (let i = 0; i < n; i++) a[i] = elem.zero();
      return a;
    };
    const deep = elem.kind === Kind.Array || elem.kind === Kind.Struct;
    t.copy = deep ? (v) => (v as Value[]).map((x) => elem.copy(x)) : (v) => (v as Value[]).slice();
    t.equal = (a, b) => {
      const x = a as Value[];
      const y = b as Value[];
      for (let i = 0; i < n; i++) if (!elem.equal(x[i], y[i])) return false;
      return true;
    };
    return t;
  }

  map(key: RType, elem: RType): RType {
    const k = `map[${this.keyOf(key)}]${this.keyOf(elem)}`;
    const hit = this.byKey.get(k);
    if (hit) return hit;
    const t = this.make(k, Kind.Map, `map[${key.string}]${elem.string}`);
    t.key = key;
    t.elem = elem;
    t.comparable = false;
    return t;
  }

  chan(elem: RType, dir: 'both' | 'send' | 'recv' = 'both'): RType {
    const k = `chan${dir}(${this.keyOf(elem)})`;
    const hit = this.byKey.get(k);
    if (hit) return hit;
    let s: string;
    if (dir === 'send') s = 'chan<- ' + elem.string;
    else if (dir === 'recv') s = '<-chan ' + elem.string;
    else s = elem.kind === Kind.Chan && elem.chanDir === 'recv' && elem.name === '' ? `chan (${elem.string})` : 'chan ' + elem.string;
    const t = this.make(k, Kind.Chan, s);
    t.elem = elem;
    t.chanDir = dir;
    return t;
  }

  func(params: RType[], results: RType[], variadic = false): RType {
    const k = `func(${params.map((p) => this.keyOf(p)).join(',')}${variadic ? '...' : ''})(${results.map((r) => this.keyOf(r)).join(',')})`;
    const hit = this.byKey.get(k);
    if (hit) return hit;
    const t = this.make(k, Kind.Func, 'func' + sigString(params, results, variadic));
    t.params = params;
    t.results = results;
    t.variadic = variadic;
    t.comparable = false;
    return t;
  }

  /** An interface type with the given methods (name and func type). */
  iface(methods: { name: string; sig: RType }[]): RType {
    const ms = methods.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const k = `interface{${ms.map((m) => m.name + this.keyOf(m.sig)).join(';')}}`;
    const hit = this.byKey.get(k);
    if (hit) return hit;
    const s = ms.length === 0
      ? 'interface {}'
      : 'interface { ' + ms.map((m) => m.name + sigString(m.sig.params ?? [], m.sig.results ?? [], !!m.sig.variadic)).join('; ') + ' }';
    const t = this.make(k, Kind.Interface, s);
    t.imethods = ms.map((m) => m.name);
    t.equal = ifaceEqual;
    (t as TestRType & { imethodSigs: Map<string, RType> }).imethodSigs = new Map(ms.map((m) => [m.name, m.sig]));
    return t;
  }

  struct(fields: FieldSpec[]): RType {
    const k = `struct{${fields.map((f) => `${f.embedded ? '>' : ''}${f.name} ${this.keyOf(f.type)} ${JSON.stringify(f.tag ?? '')}`).join(';')}}`;
    const hit = this.byKey.get(k);
    if (hit) return hit;
    const s = fields.length === 0
      ? 'struct {}'
      : 'struct { ' + fields.map((f) => {
        let p = f.embedded ? f.type.string : `${f.name} ${f.type.string}`;
        if (f.tag) p += ' ' + JSON.stringify(f.tag);
        return p;
      }).join('; ') + ' }';
    const t = this.make(k, Kind.Struct, s);
    const rf: RField[] = fields.map((f) => ({ name: f.name, type: f.type, embedded: !!f.embedded, exported: isExported(f.name), tag: f.tag ?? '' }));
    t.fields = rf;
    t.comparable = rf.every((f) => f.type.comparable);
    const ft = rf.map((f) => f.type);
    const n = ft.length;
    t.zero = () => {
      const a = new Array(n);
      for (let i = 0; i < n; i++) a[i] = ft[i].zero();
      return a;
    };
    const deep = ft.map((f) => f.kind === Kind.Array || f.kind === Kind.Struct);
    t.copy = (v) => {
      const src = v as Value[];
      const a = new Array(n);
      for (let i = 0; i < n; i++) a[i] = deep[i] ? ft[i].copy(src[i]) : src[i];
      return a;
    };
    t.equal = (a, b) => {
      const x = a as Value[];
      const y = b as Value[];
      for (let i = 0; i < n; i++) if (!ft[i].equal(x[i], y[i])) return false;
      return true;
    };
    return t;
  }

  /** An interface value holding v of dynamic type t. */
  box(t: RType, v: Value): Iface {
    return new Iface(t, v);
  }
}

function sigString(params: RType[], results: RType[], variadic: boolean): string {
  const ps = params.map((p, i) => (variadic && i === params.length - 1 && p.elem ? '...' + p.elem.string : p.string));
  let out = '(' + ps.join(', ') + ')';
  if (results.length === 1) out += ' ' + results[0].string;
  else if (results.length > 1) out += ' (' + results.map((r) => r.string).join(', ') + ')';
  return out;
}

function setBasic(t: TestRType): void {
  switch (t.kind) {
    case Kind.Bool:
      t.zero = () => false;
      break;
    case Kind.String:
      t.zero = () => '';
      break;
    case Kind.Complex64:
    case Kind.Complex128: {
      const z = new Complex(0, 0);
      t.zero = () => z;
      t.equal = (a, b) => (a as Complex).re === (b as Complex).re && (a as Complex).im === (b as Complex).im;
      break;
    }
    default:
      t.zero = () => 0;
  }
}

function ifaceEqual(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  const x = a as Iface;
  const y = b as Iface;
  if (x.type !== y.type) return false;
  if (!x.type.comparable) throw new GoRuntimePanic(`comparing uncomparable type ${x.type.string}`, true);
  return x.type.equal(x.value, y.value);
}
