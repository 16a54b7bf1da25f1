// Field and method lookup (go/types lookup.go): breadth-first search through
// embedded fields by depth, ambiguity at equal depth, pointer receivers and
// addressability, missing methods with gc's causes
// (`(missing method M)`, `(method M has pointer receiver)`,
// `(wrong type for method M)\n\t\thave M(int)\n\t\twant M(string)`).

import type { Checker } from './checker.js';
import { objDecl } from './decl.js';
import { isInterfacePtr } from './expr.js';
import { type Func, type Obj, type Var, isExported, samePkg } from './objects.js';
import type { Package } from './package.js';
import { identical } from './predicates.js';
import { computeInterfaceTypeSet, lookupMethodIn } from './typeset.js';
import { funcString } from './typestring.js';
import { type Named, type Signature, type Type, coreType, under } from './types.js';

interface EmbeddedType {
  typ: Type;
  index: number[];
  indirect: boolean;
  multiples: boolean;
}

export interface LookupResult {
  obj: Var | Func | undefined;
  /** Path to the object; set without obj for ambiguous selectors. */
  index: number[] | undefined;
  /** Pointer indirection on the path; set without obj when a pointer receiver is required. */
  indirect: boolean;
}

function sameIdFold(obj: Obj, pkg: Package | undefined, name: string, foldCase: boolean): boolean {
  if (foldCase && obj.name.toLowerCase() === name.toLowerCase()) return true;
  if (obj.name !== name) return false;
  if (isExported(obj.name)) return true;
  return samePkg(obj.pkg, pkg);
}

function deref(t: Type): [Type, boolean] {
  if (t.tag === 'Pointer') return [t.base, true];
  return [t, false];
}

/** Index of the struct field with the given name (package-qualified if unexported), or -1. */
export function fieldIndex(fields: readonly Var[], pkg: Package | undefined, name: string, foldCase: boolean): number {
  if (name !== '_') {
    for (let i = 0; i < fields.length; i++) if (sameIdFold(fields[i], pkg, name, foldCase)) return i;
  }
  return -1;
}

function namedLookupMethod(n: Named, pkg: Package | undefined, name: string, foldCase: boolean): [number, Func | undefined] {
  const methods = n.methodList();
  for (let i = 0; i < methods.length; i++) {
    if (sameIdFold(methods[i], pkg, name, foldCase)) return [i, methods[i]];
  }
  return [-1, undefined];
}

export function lookupFieldOrMethod(T: Type, addressable: boolean, pkg: Package | undefined, name: string, foldCase: boolean): LookupResult {
  if (name === '_') return { obj: undefined, index: undefined, indirect: false };
  if (T.tag === 'Named') {
    const p = under(T);
    if (p.tag === 'Pointer') {
      const r = lookupImpl(p, false, pkg, name, foldCase);
      if (r.obj && r.obj.kind === 'func') return { obj: undefined, index: undefined, indirect: false };
      return r;
    }
  }
  let r = lookupImpl(T, addressable, pkg, name, foldCase);
  if (r.obj === undefined && T.tag === 'TypeParam') {
    const t = coreType(T);
    if (t) {
      r = lookupImpl(t, addressable, pkg, name, foldCase);
      if (!r.obj || r.obj.kind !== 'var') r = { obj: undefined, index: undefined, indirect: false };
    }
  }
  return r;
}

function lookupImpl(T: Type, addressable: boolean, pkg: Package | undefined, name: string, foldCase: boolean): LookupResult {
  const [typ0, isPtr] = deref(T);
  if (isPtr && under(typ0).tag === 'Interface') return { obj: undefined, index: undefined, indirect: false };
  let current: EmbeddedType[] = [{ typ: typ0, index: [], indirect: isPtr, multiples: false }];
  const seen: Named[] = [];
  let obj: Var | Func | undefined;
  let index: number[] | undefined;
  let indirect = false;
  while (current.length > 0) {
    const next: EmbeddedType[] = [];
    for (const e of current) {
      const typ = e.typ;
      if (typ.tag === 'Named') {
        if (seen.some((s) => s === typ || identical(s, typ))) continue;
        seen.push(typ);
        const [i, m] = namedLookupMethod(typ, pkg, name, foldCase);
        if (m) {
          index = [...e.index, i];
          if (obj !== undefined || e.multiples) return { obj: undefined, index, indirect: false };
          obj = m;
          indirect = e.indirect;
          continue;
        }
      }
      const u = under(typ);
      if (u.tag === 'Struct') {
        for (let i = 0; i < u.fields.length; i++) {
          const f = u.fields[i];
          if (sameIdFold(f, pkg, name, foldCase)) {
            index = [...e.index, i];
            if (obj !== undefined || e.multiples) return { obj: undefined, index, indirect: false };
            obj = f;
            indirect = e.indirect;
            continue;
          }
          if (obj === undefined && f.embedded) {
            const [ft, fptr] = deref(f.type!);
            next.push({ typ: ft, index: [...e.index, i], indirect: e.indirect || fptr, multiples: e.multiples });
          }
        }
      } else if (u.tag === 'Interface') {
        const [i, m] = lookupMethodIn(computeInterfaceTypeSet(u).methods, pkg ? pkg.path : undefined, name, foldCase);
        if (m) {
          index = [...e.index, i];
          if (obj !== undefined || e.multiples) return { obj: undefined, index, indirect: false };
          obj = m;
          indirect = e.indirect;
        }
      }
    }
    if (obj !== undefined) {
      if (obj.kind === 'func' && obj.pointerRecv() && !indirect && !addressable) {
        return { obj: undefined, index: undefined, indirect: true };
      }
      return { obj, index, indirect };
    }
    current = consolidateMultiples(next);
  }
  return { obj: undefined, index: undefined, indirect: false };
}

function consolidateMultiples(list: EmbeddedType[]): EmbeddedType[] {
  if (list.length <= 1) return list;
  const out: EmbeddedType[] = [];
  for (const e of list) {
    const prev = out.find((p) => p.typ === e.typ || identical(p.typ, e.typ));
    if (prev) prev.multiples = true;
    else out.push(e);
  }
  return out;
}

/**
 * go/types missingMethod: the first method of interface T missing from V (or
 * with a different signature); cause receives gc's parenthesized reason.
 * For an interface V with static false, only methods present in V must match.
 */
export function missingMethod(check: Checker | undefined, V: Type, T: Type, isStatic: boolean,
  equivalent: (x: Type, y: Type) => boolean, cause: { msg: string } | undefined): { method: Func | undefined; wrongType: boolean } {
  const methods = computeInterfaceTypeSet(under(T) as import('./types.js').Interface).methods;
  if (methods.length === 0) return { method: undefined, wrongType: false };
  const OK = 0, NOT_FOUND = 1, WRONG_NAME = 2, UNEXPORTED = 3, WRONG_SIG = 4, AMBIG = 5, PTR_RECV = 6, FIELD = 7;
  let state = OK;
  let m: Func | undefined;
  let f: Func | undefined;
  const Vu = under(V);
  if (Vu.tag === 'Interface') {
    const tset = computeInterfaceTypeSet(Vu);
    for (const mm of methods) {
      m = mm;
      f = lookupMethodIn(tset.methods, mm.pkg ? mm.pkg.path : undefined, mm.name, false)[1];
      if (!f) {
        if (!isStatic) continue;
        state = NOT_FOUND;
        break;
      }
      if (!equivalent(f.type!, mm.type!)) {
        state = WRONG_SIG;
        break;
      }
    }
  } else {
    for (const mm of methods) {
      m = mm;
      const r = lookupImpl(V, false, mm.pkg, mm.name, false);
      if (r.obj === undefined) {
        if (r.index !== undefined) state = AMBIG;
        else if (r.indirect) state = PTR_RECV;
        else {
          state = NOT_FOUND;
          const alt = lookupImpl(V, false, mm.pkg, mm.name, true).obj;
          if (alt && alt.kind === 'func') {
            f = alt;
            state = WRONG_NAME;
            if (alt.name === mm.name) state = UNEXPORTED;
          }
        }
        break;
      }
      if (r.obj.kind !== 'func') {
        state = FIELD;
        break;
      }
      f = r.obj;
      if (check) objDecl(check, f, undefined);
      if (!equivalent(f.type!, mm.type!)) {
        state = WRONG_SIG;
        break;
      }
    }
  }
  if (state === OK) return { method: undefined, wrongType: false };
  if (cause && m) {
    if (f && check) objDecl(check, f, undefined);
    const ts = (t: Type): string => (check ? check.typeString(t) : String(t));
    const qf = check ? check.qualifier : undefined;
    switch (state) {
      case NOT_FOUND:
        if (isInterfacePtr(V)) cause.msg = '(' + ifacePtrErr(ts, V) + ')';
        else if (isInterfacePtr(T)) cause.msg = '(' + ifacePtrErr(ts, T) + ')';
        else cause.msg = `(missing method ${m.name})`;
        break;
      case WRONG_NAME: {
        const fs = funcString(f!.name, f!.type as Signature, qf, false);
        const ms = funcString(m.name, m.type as Signature, qf, false);
        cause.msg = `(missing method ${m.name})\n\t\thave ${fs}\n\t\twant ${ms}`;
        break;
      }
      case UNEXPORTED:
        cause.msg = `(unexported method ${m.name})`;
        break;
      case WRONG_SIG: {
        let fs = funcString(f!.name, f!.type as Signature, qf, false);
        let ms = funcString(m.name, m.type as Signature, qf, false);
        if (fs === ms) {
          fs = funcString(f!.name, f!.type as Signature, qf, true);
          ms = funcString(m.name, m.type as Signature, qf, true);
        }
        if (fs === ms) {
          cause.msg = `(wrong type for method ${m.name})`;
          break;
        }
        cause.msg = `(wrong type for method ${m.name})\n\t\thave ${fs}\n\t\twant ${ms}`;
        break;
      }
      case AMBIG:
        cause.msg = `(ambiguous selector ${ts(V)}.${m.name})`;
        break;
      case PTR_RECV:
        cause.msg = `(method ${m.name} has pointer receiver)`;
        break;
      case FIELD:
        cause.msg = `(${ts(V)}.${m.name} is a field, not a method)`;
        break;
    }
  }
  return { method: m, wrongType: state === WRONG_SIG || state === PTR_RECV };
}

function ifacePtrErr(ts: (t: Type) => string, T: Type): string {
  const p = under(T) as import('./types.js').Pointer;
  if (p.base.tag === 'TypeParam') return `type ${ts(T)} is pointer to type parameter, not type parameter`;
  return `type ${ts(T)} is pointer to interface, not interface`;
}

/** Convenience: missingMethod with identity and a cause; returns the method or undefined. */
export function missingMethodCause(check: Checker, V: Type, T: Type, isStatic: boolean, cause: { msg: string }): Func | undefined {
  return missingMethod(check, V, T, isStatic, identical, cause).method;
}

/** go/types lookupError: the reason a selector was not found, mentioning near misses. */
export function lookupError(check: Checker, typ: Type, sel: string, obj: Obj | undefined, structLit: boolean): string {
  const MISSING = 0, MISSPELLED = 1, UNEXPORTED = 2, INACCESSIBLE = 3;
  let e = MISSING;
  let alt = '';
  if (obj !== undefined) {
    alt = obj.name;
    const tail = (s: string): string => s.slice(1);
    if (obj.pkg === check.pkg) {
      e = MISSPELLED;
    } else if (isExported(sel)) {
      if (isExported(alt)) e = MISSPELLED;
      else if (tail(sel) === tail(alt)) e = UNEXPORTED;
    } else if (isExported(alt)) {
      if (tail(sel) === tail(alt)) e = MISSPELLED;
    } else if (sel === alt) {
      e = INACCESSIBLE;
    }
  }
  const ts = check.typeString(typ);
  if (structLit) {
    switch (e) {
      case MISSING: return `unknown field ${sel} in struct literal of type ${ts}`;
      case MISSPELLED: return `unknown field ${sel} in struct literal of type ${ts}, but does have ${alt}`;
      case UNEXPORTED: return `unknown field ${sel} in struct literal of type ${ts}, but does have unexported ${alt}`;
      default: return `cannot refer to unexported field ${alt} in struct literal of type ${ts}`;
    }
  }
  let what = 'object';
  if (obj && obj.kind === 'var') what = 'field';
  else if (obj && obj.kind === 'func') what = 'method';
  switch (e) {
    case MISSING: return `type ${ts} has no field or method ${sel}`;
    case MISSPELLED: return `type ${ts} has no field or method ${sel}, but does have ${what} ${alt}`;
    case UNEXPORTED: return `type ${ts} has no field or method ${sel}, but does have unexported ${what} ${alt}`;
    default: return `cannot refer to unexported ${what} ${alt}`;
  }
}

