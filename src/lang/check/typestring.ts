// Type printing as gc prints types in messages (go/types typestring.go):
// `[]int`, `map[string]int`, `func(x int) string`, `chan<- int`,
// `struct{x int}`, `interface{M()}`, `any`, `List[int]`, `time.Duration`,
// `untyped int`. Also a hashing form used to canonicalize generic instances.

import type { Package } from './package.js';
import type { Obj } from './objects.js';
import {
  BasicKind, ChanDir, type Named, type Signature, type Tuple, type Type, type TypeParam,
  universeAnyType, universeComparableIface,
} from './types.js';

/** Returns the name to qualify an object of package pkg with ("" for none). */
export type Qualifier = (pkg: Package) => string;

let nextNamedId = 1;
const namedIds = new WeakMap<Named, number>();
function namedId(n: Named): number {
  let id = namedIds.get(n);
  if (id === undefined) {
    id = nextNamedId++;
    namedIds.set(n, id);
  }
  return id;
}

class TypeWriter {
  out = '';
  private seen = new Set<Type>();
  /** Print parameter names in signatures. */
  paramNames = true;
  /** Qualify with package paths (to disambiguate equal strings). */
  pkgInfo = false;
  /** Type parameters currently being hashed (printed as $index). */
  private tparams: TypeParam[] | undefined;
  constructor(readonly qf: Qualifier | undefined, readonly hashing: boolean) {}

  private byte(c: string): void {
    if (this.hashing) {
      this.out += c === ' ' ? '#' : c;
      return;
    }
    this.out += c;
    if (c === ',' || c === ';') this.out += ' ';
  }

  typ(t: Type): void {
    if (this.seen.has(t)) {
      this.out += '<cycle>';
      return;
    }
    this.seen.add(t);
    try {
      this.typ0(t);
    } finally {
      this.seen.delete(t);
    }
  }

  private typ0(t: Type): void {
    switch (t.tag) {
      case 'Basic':
        if (t.kind === BasicKind.UnsafePointer) {
          this.out += 'unsafe.Pointer';
          return;
        }
        this.out += t.name;
        return;
      case 'Array':
        this.byte('[');
        this.out += String(t.len);
        this.byte(']');
        this.typ(t.elem);
        return;
      case 'Slice':
        this.out += '[]';
        this.typ(t.elem);
        return;
      case 'Struct':
        this.out += 'struct{';
        for (let i = 0; i < t.fields.length; i++) {
          const f = t.fields[i];
          if (i > 0) this.byte(';');
          if (!f.embedded) {
            this.out += f.name;
            this.byte(' ');
          }
          this.typ(f.type!);
          const tag = t.fieldTag(i);
          if (tag !== '') {
            this.byte(' ');
            this.out += goQuote(tag);
          }
        }
        this.byte('}');
        return;
      case 'Pointer':
        this.byte('*');
        this.typ(t.base);
        return;
      case 'Tuple':
        this.tuple(t, false);
        return;
      case 'Signature':
        this.out += 'func';
        this.signature(t);
        return;
      case 'Union':
        for (let i = 0; i < t.terms.length; i++) {
          if (i > 0) this.byte('|');
          const term = t.terms[i];
          if (term.tilde) this.byte('~');
          this.typ(term.type!);
        }
        return;
      case 'Interface': {
        if (!this.hashing) {
          if (t === universeAnyType) {
            this.out += 'any';
            return;
          }
          if (t === universeComparableIface) {
            this.out += 'interface{comparable}';
            return;
          }
        }
        if (t.implicit) {
          if (t.methods.length === 0 && t.embeddeds.length === 1) {
            this.typ(t.embeddeds[0]);
            return;
          }
          this.out += '/* implicit */ ';
        }
        this.out += 'interface{';
        let first = true;
        for (const m of t.methods) {
          if (!first) this.byte(';');
          first = false;
          this.out += m.name;
          this.signature(m.type as Signature);
        }
        for (const e of t.embeddeds) {
          if (!first) this.byte(';');
          first = false;
          this.typ(e);
        }
        this.byte('}');
        return;
      }
      case 'Map':
        this.out += 'map[';
        this.typ(t.key);
        this.byte(']');
        this.typ(t.elem);
        return;
      case 'Chan': {
        let parens = false;
        if (t.dir === ChanDir.SendRecv) {
          this.out += 'chan ';
          if (t.elem.tag === 'Chan' && t.elem.dir === ChanDir.RecvOnly) parens = true;
        } else if (t.dir === ChanDir.SendOnly) {
          this.out += 'chan<- ';
        } else {
          this.out += '<-chan ';
        }
        if (this.hashing) this.out = this.out.replace(/ $/, '#');
        if (parens) this.byte('(');
        this.typ(t.elem);
        if (parens) this.byte(')');
        return;
      }
      case 'Named':
        if (this.hashing) this.out += String(namedId(t.orig));
        this.typeName(t.obj.pkg, t.obj.name);
        if (t.targs) this.typeList(t.targs);
        else if (!this.hashing && t.tparams && t.tparams.length) this.tParamList(t.tparams);
        return;
      case 'TypeParam': {
        const i = this.tparams ? this.tparams.indexOf(t) : -1;
        if (i >= 0) {
          this.out += '$' + i;
          return;
        }
        this.out += t.obj.name;
        if (this.hashing) this.out += '#' + t.id;
        return;
      }
    }
  }

  typeList(list: readonly Type[]): void {
    this.byte('[');
    for (let i = 0; i < list.length; i++) {
      if (i > 0) this.byte(',');
      this.typ(list[i]);
    }
    this.byte(']');
  }

  tParamList(list: readonly TypeParam[]): void {
    this.byte('[');
    let prev: Type | undefined;
    for (let i = 0; i < list.length; i++) {
      const tpar = list[i];
      if (i > 0) {
        if (tpar.bound !== prev) {
          this.byte(' ');
          this.typ(prev!);
        }
        this.byte(',');
      }
      prev = tpar.bound;
      this.typ(tpar);
    }
    if (prev !== undefined) {
      this.byte(' ');
      this.typ(prev);
    }
    this.byte(']');
  }

  typeName(pkg: Package | undefined, name: string): void {
    if (pkg) this.writePackage(pkg);
    this.out += name;
  }

  private writePackage(pkg: Package): void {
    let s: string;
    if (this.qf && !this.pkgInfo) s = this.qf(pkg);
    else s = this.pkgInfo ? pkg.path : pkg.path;
    if (this.hashing) s = pkg.path;
    if (s !== '') this.out += s + '.';
  }

  tuple(tup: Tuple, variadic: boolean): void {
    this.byte('(');
    const vars = tup.vars;
    for (let i = 0; i < vars.length; i++) {
      const v = vars[i];
      if (i > 0) this.byte(',');
      if (!this.hashing && this.paramNames && v.name !== '') {
        this.out += v.name;
        this.byte(' ');
      }
      let typ = v.type!;
      if (variadic && i === vars.length - 1) {
        if (typ.tag === 'Slice') {
          this.out += '...';
          typ = typ.elem;
        } else {
          // append(s, "foo"...) gives signature func([]byte, string...)
          this.typ(typ);
          this.out += '...';
          continue;
        }
      }
      this.typ(typ);
    }
    this.byte(')');
  }

  signature(sig: Signature): void {
    if (sig.tparams && sig.tparams.length) {
      if (this.hashing) this.tparams = sig.tparams;
      this.tParamList(sig.tparams);
    }
    this.tuple(sig.params, sig.variadic);
    const n = sig.results.vars.length;
    if (n === 0) return;
    this.byte(' ');
    if (n === 1 && (this.hashing || !this.paramNames || sig.results.vars[0].name === '')) {
      this.typ(sig.results.vars[0].type!);
      return;
    }
    this.tuple(sig.results, false);
  }
}

export function typeString(t: Type, qf?: Qualifier): string {
  const w = new TypeWriter(qf, false);
  w.typ(t);
  return w.out;
}

/** name + signature without parameter names, as in `have M(int)` (go/types funcString). */
export function funcString(name: string, sig: Signature, qf: Qualifier | undefined, pkgInfo: boolean): string {
  const w = new TypeWriter(pkgInfo ? undefined : qf, false);
  w.pkgInfo = pkgInfo;
  w.paramNames = false;
  w.out = name;
  w.signature(sig);
  return w.out;
}

export function signatureString(sig: Signature, qf?: Qualifier): string {
  const w = new TypeWriter(qf, false);
  w.signature(sig);
  return w.out;
}

/** A string that is equal for identical types (up to the pointer identity of Named origins). */
export function typeHash(t: Type): string {
  const w = new TypeWriter(undefined, true);
  w.typ(t);
  return w.out;
}

export function typeListHash(list: readonly Type[]): string {
  const w = new TypeWriter(undefined, true);
  w.typeList(list);
  return w.out;
}

/** go/types ObjectString: "var x int", "func f()", "const c untyped int", "type T struct{...}". */
export function objectString(obj: Obj, qf?: Qualifier): string {
  let s = '';
  const typ = obj.type;
  switch (obj.kind) {
    case 'pkgname':
      return `package ${obj.name} (${JSON.stringify(obj.imported.path)})`;
    case 'const': s = 'const'; break;
    case 'type': s = 'type'; break;
    case 'var': s = obj.isField ? 'field' : 'var'; break;
    case 'func': {
      s = 'func ';
      const sig = typ as Signature | undefined;
      if (sig && sig.recv) {
        s += '(' + typeString(sig.recv.type!, qf) + ') ';
      } else if (obj.pkg) {
        const q = qf ? qf(obj.pkg) : obj.pkg.path;
        if (q) s += q + '.';
      }
      s += obj.name;
      if (sig) {
        const w = new TypeWriter(qf, false);
        w.signature(sig);
        s += w.out;
      }
      return s;
    }
    case 'label': return 'label ' + obj.name;
    case 'builtin': return 'builtin ' + obj.name;
    case 'nil': return 'nil';
  }
  s += ' ';
  if (obj.pkg && obj.parent === obj.pkg.scope) {
    const q = qf ? qf(obj.pkg) : obj.pkg.path;
    if (q) s += q + '.';
  }
  s += obj.name;
  if (!typ) return s;
  if (obj.kind === 'type') {
    if (obj.isAlias()) s += ' =';
    else if (typ.tag === 'Named' && typ.obj === obj) {
      const u = typ.rawUnderlying();
      if (u) s += ' ' + typeString(u, qf);
      return s;
    }
  }
  return s + ' ' + typeString(typ, qf);
}

/** strconv.Quote for tags and strings in messages. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\n': out += '\\n'; continue;
      case '\t': out += '\\t'; continue;
      case '\r': out += '\\r'; continue;
      case '\x07': out += '\\a'; continue;
      case '\b': out += '\\b'; continue;
      case '\f': out += '\\f'; continue;
      case '\v': out += '\\v'; continue;
    }
    if (c < 0x20 || c === 0x7f) {
      out += '\\x' + c.toString(16).padStart(2, '0');
    } else if (c === 0xfffd && ch !== '\ufffd') {
      out += '\\ufffd';
    } else {
      out += ch;
    }
  }
  return out + '"';
}
