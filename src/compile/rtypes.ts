// Runtime type descriptors built from the checker's types: one canonical RType
// per distinct type (identical types share it, so the VM compares types by
// reference), with reflect's type strings (what %T prints) and the zero, copy
// and equality functions that value semantics need (src/vm/README.md).
import {
  BasicKind, ChanDir, typeSetOf, under, type Named, type Type, type TypeParam,
} from '../lang/check/types.js';
import { comparable as isComparableType } from '../lang/check/predicates.js';
import { GoRuntimePanic } from '../runtime/panics.js';
import { Kind, type RField, type RMethod, type RType } from '../vm/rtype.js';
import { Complex, Iface, type Value } from '../vm/value.js';

/** Substitution of type parameters when compiling an instantiation of a generic function. */
export type TypeEnv = ReadonlyMap<TypeParam, Type> | undefined;

const basicKinds: Partial<Record<BasicKind, Kind>> = {
  [BasicKind.Bool]: Kind.Bool,
  [BasicKind.Int]: Kind.Int, [BasicKind.Int8]: Kind.Int8, [BasicKind.Int16]: Kind.Int16,
  [BasicKind.Int32]: Kind.Int32, [BasicKind.Int64]: Kind.Int64,
  [BasicKind.Uint]: Kind.Uint, [BasicKind.Uint8]: Kind.Uint8, [BasicKind.Uint16]: Kind.Uint16,
  [BasicKind.Uint32]: Kind.Uint32, [BasicKind.Uint64]: Kind.Uint64, [BasicKind.Uintptr]: Kind.Uintptr,
  [BasicKind.Float32]: Kind.Float32, [BasicKind.Float64]: Kind.Float64,
  [BasicKind.Complex64]: Kind.Complex64, [BasicKind.Complex128]: Kind.Complex128,
  [BasicKind.String]: Kind.String, [BasicKind.UnsafePointer]: Kind.UnsafePointer,
  // untyped values that reach run time get their default types
  [BasicKind.UntypedBool]: Kind.Bool, [BasicKind.UntypedInt]: Kind.Int, [BasicKind.UntypedRune]: Kind.Int32,
  [BasicKind.UntypedFloat]: Kind.Float64, [BasicKind.UntypedComplex]: Kind.Complex128,
  [BasicKind.UntypedString]: Kind.String,
};

const defaultNames: Partial<Record<BasicKind, string>> = {
  [BasicKind.UntypedBool]: 'bool', [BasicKind.UntypedInt]: 'int', [BasicKind.UntypedRune]: 'int32',
  [BasicKind.UntypedFloat]: 'float64', [BasicKind.UntypedComplex]: 'complex128', [BasicKind.UntypedString]: 'string',
};

class RTypeImpl implements RType {
  elem?: RType;
  key?: RType;
  len?: number;
  fields?: RField[];
  chanDir?: 'both' | 'send' | 'recv';
  params?: RType[];
  results?: RType[];
  variadic?: boolean;
  imethods?: string[];
  imethodSigs?: Map<string, RType>;
  methods = new Map<string, RMethod>();
  comparable = true;
  zero: () => Value = () => null;
  equal: (a: Value, b: Value) => boolean = (a, b) => a === b;
  copy: (v: Value) => Value = (v) => v;
  constructor(readonly id: number, readonly kind: Kind, public string: string, readonly pkgPath: string, readonly name: string) {}
}

export class RTypes {
  private readonly byHash = new Map<string, RTypeImpl>();
  private nextId = 1;
  /** Called for each new Named type's RType so the compiler can attach its methods. */
  onNamed: ((rt: RType, t: Named, env: TypeEnv) => void) | undefined;

  /** The RType of `t` (type parameters substituted from `env`). */
  of(t: Type, env?: TypeEnv): RType {
    return this.get(t, env);
  }

  private resolve(t: Type, env: TypeEnv): Type {
    while (t.tag === 'TypeParam') {
      const s = env?.get(t);
      if (!s) throw new Error(`chanscope: unsubstituted type parameter ${t.obj.name}`);
      t = s;
    }
    return t;
  }

  private readonly namedIds = new WeakMap<Named, number>();
  private namedCount = 0;

  /** A string equal for identical types (Go's type identity), type parameters substituted. */
  private key(t: Type, env: TypeEnv): string {
    switch (t.tag) {
      case 'Basic':
        return basicName(t.kind, t.name);
      case 'TypeParam':
        return this.key(this.resolve(t, env), env);
      case 'Named': {
        let id = this.namedIds.get(t.orig);
        if (id === undefined) {
          id = ++this.namedCount;
          this.namedIds.set(t.orig, id);
        }
        const args = t.targs && t.targs.length > 0 ? '[' + t.targs.map((a) => this.key(a, env)).join(',') + ']' : '';
        return `N${id}:${t.obj.name}${args}`;
      }
      case 'Pointer':
        return '*' + this.key(t.base, env);
      case 'Slice':
        return '[]' + this.key(t.elem, env);
      case 'Array':
        return `[${t.len}]` + this.key(t.elem, env);
      case 'Map':
        return `map[${this.key(t.key, env)}]` + this.key(t.elem, env);
      case 'Chan':
        return `chan${t.dir}(` + this.key(t.elem, env) + ')';
      case 'Signature':
        return 'func(' + t.params.vars.map((v) => this.key(v.type!, env)).join(',') + (t.variadic ? '...' : '') +
          ')(' + t.results.vars.map((v) => this.key(v.type!, env)).join(',') + ')';
      case 'Struct':
        return 'struct{' + t.fields.map((f, i) =>
          `${f.embedded ? '>' : ''}${f.exported() ? f.name : (f.pkg ? f.pkg.path : '') + '.' + f.name} ${this.key(f.type!, env)} ${JSON.stringify(t.fieldTag(i))}`,
        ).join(';') + '}';
      case 'Interface':
        return 'interface{' + typeSetOf(t).methods.map((m) =>
          `${m.exported() ? m.name : (m.pkg ? m.pkg.path : '') + '.' + m.name}${this.key(m.type!, env)}`,
        ).sort().join(';') + '}';
      case 'Tuple':
        return '(' + t.vars.map((v) => this.key(v.type!, env)).join(',') + ')';
      default:
        return t.tag;
    }
  }

  private get(t0: Type, env: TypeEnv): RTypeImpl {
    const t = this.resolve(t0, env);
    const k = this.key(t, env);
    const hit = this.byHash.get(k);
    if (hit) return hit;
    const rt = this.build(t, env);
    return rt;
  }

  private make(k: string, kind: Kind, str: string, pkgPath = '', name = ''): RTypeImpl {
    const rt = new RTypeImpl(this.nextId++, kind, str, pkgPath, name);
    this.byHash.set(k, rt);
    return rt;
  }

  private build(t: Type, env: TypeEnv): RTypeImpl {
    const k = this.key(t, env);
    switch (t.tag) {
      case 'Basic': {
        const kind = basicKinds[t.kind];
        if (kind === undefined) throw new Error(`chanscope: no runtime type for ${t.name}`);
        const name = basicName(t.kind, t.name);
        const rt = this.make(k, kind, name, '', name);
        setBasic(rt);
        return rt;
      }
      case 'Named': {
        const u = under(t);
        const pkg = t.obj.pkg;
        let str = (pkg ? pkg.name + '.' : '') + t.obj.name;
        if (t.targs && t.targs.length > 0) str += '[' + t.targs.map((a) => this.get(a, env).string).join(',') + ']';
        const rt = this.make(k, kindOf(u), str, pkg ? pkg.path : '', t.obj.name);
        this.fill(rt, u, env);
        if (this.onNamed) this.onNamed(rt, t, env);
        return rt;
      }
      default: {
        const rt = this.make(k, kindOf(t), '');
        this.fill(rt, t, env);
        rt.string = this.structString(t, env);
        return rt;
      }
    }
  }

  /** Structure, zero/equal/copy from the underlying type. */
  private fill(rt: RTypeImpl, u: Type, env: TypeEnv): void {
    switch (u.tag) {
      case 'Basic':
        setBasic(rt);
        return;
      case 'Pointer':
        rt.elem = this.get(u.base, env);
        return;
      case 'Slice':
        rt.elem = this.get(u.elem, env);
        rt.comparable = false;
        return;
      case 'Map':
        rt.key = this.get(u.key, env);
        rt.elem = this.get(u.elem, env);
        rt.comparable = false;
        return;
      case 'Chan':
        rt.elem = this.get(u.elem, env);
        rt.chanDir = u.dir === ChanDir.SendOnly ? 'send' : u.dir === ChanDir.RecvOnly ? 'recv' : 'both';
        return;
      case 'Signature':
        rt.params = u.params.vars.map((v) => this.get(v.type!, env));
        rt.results = u.results.vars.map((v) => this.get(v.type!, env));
        rt.variadic = u.variadic;
        rt.comparable = false;
        return;
      case 'Interface': {
        const ms = typeSetOf(u).methods;
        rt.imethods = ms.map((m) => m.name).sort();
        // method signatures (without receivers), compared by identity in dynamic interface checks
        const sigs = new Map<string, RType>();
        for (const m of ms) sigs.set(m.name, this.get(m.type!, env));
        rt.imethodSigs = sigs;
        rt.equal = ifaceEqual;
        return;
      }
      case 'Array': {
        const elem = this.get(u.elem, env);
        const n = u.len;
        rt.elem = elem;
        rt.len = n;
        rt.comparable = elem.comparable;
        rt.zero = () => {
          const a = new Array(n);
          for (let i = 0; i < n; i++) a[i] = elem.zero();
          return a;
        };
        const aggregateElem = elem.kind === Kind.Array || elem.kind === Kind.Struct;
        rt.copy = aggregateElem
          ? (v) => (v as Value[]).map((x) => elem.copy(x))
          : (v) => (v as Value[]).slice();
        rt.equal = (a, b) => {
          const x = a as Value[];
          const y = b as Value[];
          for (let i = 0; i < n; i++) if (!elem.equal(x[i], y[i])) return false;
          return true;
        };
        return;
      }
      case 'Struct': {
        const fields: RField[] = u.fields.map((f, i) => ({
          name: f.name,
          type: this.get(f.type!, env),
          embedded: f.embedded,
          exported: f.exported(),
          tag: u.fieldTag(i),
        }));
        rt.fields = fields;
        rt.comparable = fields.every((f) => f.type.comparable);
        const ftypes = fields.map((f) => f.type);
        const n = ftypes.length;
        rt.zero = () => {
          const a = new Array(n);
          for (let i = 0; i < n; i++) a[i] = ftypes[i].zero();
          return a;
        };
        const deep = ftypes.map((f) => f.kind === Kind.Array || f.kind === Kind.Struct);
        rt.copy = deep.some((d) => d)
          ? (v) => {
            const src = v as Value[];
            const a = new Array(n);
            for (let i = 0; i < n; i++) a[i] = deep[i] ? ftypes[i].copy(src[i]) : src[i];
            return a;
          }
          : (v) => (v as Value[]).slice();
        rt.equal = (a, b) => {
          const x = a as Value[];
          const y = b as Value[];
          for (let i = 0; i < n; i++) if (!ftypes[i].equal(x[i], y[i])) return false;
          return true;
        };
        return;
      }
      default:
        throw new Error(`chanscope: no runtime type for ${u.tag}`);
    }
  }

  /** reflect's String() of an unnamed type. */
  private structString(t: Type, env: TypeEnv): string {
    const s = (x: Type) => this.get(x, env).string;
    switch (t.tag) {
      case 'Pointer':
        return '*' + s(t.base);
      case 'Slice':
        return '[]' + s(t.elem);
      case 'Array':
        return `[${t.len}]` + s(t.elem);
      case 'Map':
        return `map[${s(t.key)}]${s(t.elem)}`;
      case 'Chan': {
        const e = this.get(t.elem, env);
        if (t.dir === ChanDir.SendOnly) return 'chan<- ' + e.string;
        if (t.dir === ChanDir.RecvOnly) return '<-chan ' + e.string;
        return e.kind === Kind.Chan && e.chanDir === 'recv' && e.name === '' ? `chan (${e.string})` : 'chan ' + e.string;
      }
      case 'Signature':
        return 'func' + this.sigString(t.params.vars.map((v) => v.type!), t.results.vars.map((v) => v.type!), t.variadic, env);
      case 'Interface': {
        const ms = typeSetOf(t).methods.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        if (ms.length === 0) return 'interface {}';
        return 'interface { ' + ms.map((m) => {
          const sig = m.type as Extract<Type, { tag: 'Signature' }>;
          return m.name + this.sigString(sig.params.vars.map((v) => v.type!), sig.results.vars.map((v) => v.type!), sig.variadic, env);
        }).join('; ') + ' }';
      }
      case 'Struct': {
        if (t.fields.length === 0) return 'struct {}';
        return 'struct { ' + t.fields.map((f, i) => {
          let p = f.embedded ? s(f.type!) : `${f.name} ${s(f.type!)}`;
          const tag = t.fieldTag(i);
          if (tag) p += ' ' + JSON.stringify(tag);
          return p;
        }).join('; ') + ' }';
      }
      case 'Basic':
        return t.name;
      default:
        return t.tag;
    }
  }

  private sigString(params: Type[], results: Type[], variadic: boolean, env: TypeEnv): string {
    const ps = params.map((p, i) => {
      if (variadic && i === params.length - 1) {
        const u = under(this.resolve(p, env));
        if (u.tag === 'Slice') return '...' + this.get(u.elem, env).string;
      }
      return this.get(p, env).string;
    });
    let out = '(' + ps.join(', ') + ')';
    const rs = results.map((r) => this.get(r, env).string);
    if (rs.length === 1) out += ' ' + rs[0];
    else if (rs.length > 1) out += ' (' + rs.join(', ') + ')';
    return out;
  }

  /** Whether `t` supports == (for map keys, switch and ==). */
  static comparable(t: Type): boolean {
    return isComparableType(t);
  }
}

/** reflect's name of a basic type: byte is uint8, rune is int32, untyped values have their default type. */
function basicName(kind: BasicKind, name: string): string {
  if (kind === BasicKind.Uint8) return 'uint8';
  if (kind === BasicKind.Int32) return 'int32';
  return defaultNames[kind] ?? name;
}

function kindOf(u: Type): Kind {
  switch (u.tag) {
    case 'Basic': return basicKinds[u.kind] ?? Kind.Int;
    case 'Pointer': return Kind.Pointer;
    case 'Slice': return Kind.Slice;
    case 'Array': return Kind.Array;
    case 'Map': return Kind.Map;
    case 'Chan': return Kind.Chan;
    case 'Signature': return Kind.Func;
    case 'Interface': return Kind.Interface;
    case 'Struct': return Kind.Struct;
    default: return Kind.Interface;
  }
}

function setBasic(rt: RTypeImpl): void {
  switch (rt.kind) {
    case Kind.Bool:
      rt.zero = () => false;
      break;
    case Kind.String:
      rt.zero = () => '';
      break;
    case Kind.Complex64:
    case Kind.Complex128: {
      const z = new Complex(0, 0);
      rt.zero = () => z;
      rt.equal = (a, b) => (a as Complex).re === (b as Complex).re && (a as Complex).im === (b as Complex).im;
      break;
    }
    case Kind.UnsafePointer:
      rt.zero = () => null;
      break;
    default:
      rt.zero = () => 0;
  }
}

/** Interface equality: same dynamic type and equal values; incomparable dynamic types panic. */
function ifaceEqual(a: Value, b: Value): boolean {
  if (a === null || b === null) return a === b;
  const x = a as Iface;
  const y = b as Iface;
  if (x.type !== y.type) return false;
  if (!x.type.comparable) throw new GoRuntimePanic(`comparing uncomparable type ${x.type.string}`, true);
  return x.type.equal(x.value, y.value);
}
