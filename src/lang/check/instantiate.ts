// Instantiation of generic types and functions (go/types instantiate.go,
// named.go expansion): instances are canonicalized per checker, their
// underlying types and methods are computed lazily by substitution; type
// arguments must satisfy their constraints (`string does not satisfy Number
// (string missing in int | float64)`), incl. comparable and ~T terms.

import type { Checker } from './checker.js';
import { objDecl } from './decl.js';
import { isInterfacePtr } from './expr.js';
import { missingMethod } from './lookup.js';
import { BLACK, Func, type Obj, TypeName } from './objects.js';
import { comparableType, identical, isValid } from './predicates.js';
import { makeSubstMap, substType, substVar } from './subst.js';
import { computeInterfaceTypeSet, termIncludes } from './typeset.js';
import { typeListHash } from './typestring.js';
import { Named, Pointer, Signature, type Type, type TypeParam, invalidType, under } from './types.js';
import { Tuple } from './types.js';

/** Per-checker cache of instances (go/types Context). */
export class InstanceContext {
  private readonly named = new Map<Named, Map<string, Named>>();
  constructor(readonly check: Checker | undefined) {}
  /** Called for every new origin Named type created by the checker (nothing to do yet). */
  register(n: Named): void {
    void n;
  }
  lookup(orig: Named, targs: readonly Type[]): Named | undefined {
    const m = this.named.get(orig);
    return m ? m.get(typeListHash(targs)) : undefined;
  }
  add(orig: Named, targs: readonly Type[], inst: Named): void {
    let m = this.named.get(orig);
    if (!m) this.named.set(orig, (m = new Map()));
    m.set(typeListHash(targs), inst);
  }
}

const globalContext = new InstanceContext(undefined);

export function instanceContextFor(check: Checker): InstanceContext {
  return new InstanceContext(check);
}

/**
 * Instantiates orig (a generic Named or Signature) with targs; no constraint
 * checks. A new instance gets its own TypeName at the instantiation (pos in
 * the checker's current file), as in go/types, so cycle errors point there.
 */
export function instance(check: Checker | undefined, orig: Named | Signature, targs: readonly Type[], pos?: number): Type {
  if (orig.tag === 'Named') {
    const ctxt = check ? check.ctxt : globalContext;
    const cached = ctxt.lookup(orig, targs);
    if (cached) return cached;
    const o = orig.obj;
    const obj = pos !== undefined && check ? new TypeName(pos, check.file, o.pkg, o.name, undefined) : o;
    const inst = new Named(obj, undefined);
    if (obj !== o) {
      obj.type = inst;
      obj.color = BLACK;
    }
    inst.orig = orig;
    inst.targs = [...targs];
    inst.expander = (n) => expandNamed(check, n);
    inst.methodExpander = (n) => expandMethods(check, n);
    ctxt.add(orig, targs, inst);
    return inst;
  }
  const tparams = orig.tparams ?? [];
  if (tparams.length !== targs.length) return invalidType;
  const smap = makeSubstMap(tparams, targs);
  let sig = substType(check, orig, smap) as Signature;
  if (sig === orig) {
    sig = new Signature(orig.params, orig.results, orig.variadic);
    sig.recv = orig.recv;
  }
  sig.tparams = undefined;
  return sig;
}

/** Computes an instance's underlying type and methods (go/types Named.expandUnderlying / expandMethod). */
function expandNamed(check: Checker | undefined, n: Named): void {
  const orig = n.orig;
  const tparams = orig.tparams ?? [];
  const targs = n.targs ?? [];
  if (tparams.length !== targs.length) {
    n.underlyingT = invalidType;
    return;
  }
  const ou = orig.underlyingT === undefined ? undefined : under(orig);
  if (ou === undefined) {
    // The origin is still being declared; try again later.
    n.expanded = false;
    return;
  }
  const smap = makeSubstMap(tparams, targs);
  n.underlyingT = substType(check, ou, smap);
  n.fromRHS = n.underlyingT;
}

/** Instantiates the origin's methods not yet present on the instance. */
export function expandMethods(check: Checker | undefined, n: Named): void {
  const orig = n.orig;
  for (let i = n.methods.length; i < orig.methods.length; i++) {
    const origm = orig.methods[i];
    if (check && origm.type === undefined) objDecl(check, origm as Obj, undefined);
    // A method whose signature is still being checked is instantiated on a later lookup.
    if (origm.type === undefined) return;
    const origSig = origm.type as Signature | undefined;
    let sig: Signature;
    if (origSig && origSig.rparams && origSig.rparams.length === (n.targs ?? []).length) {
      const smap = makeSubstMap(origSig.rparams, n.targs!);
      sig = substType(check, origSig, smap) as Signature;
      if (sig === origSig) {
        sig = new Signature(origSig.params, origSig.results, origSig.variadic);
      }
    } else if (origSig) {
      sig = new Signature(origSig.params, origSig.results, origSig.variadic);
    } else {
      sig = new Signature(emptyTuple(), emptyTuple(), false);
    }
    sig.rparams = undefined;
    sig.tparams = undefined;
    const rtyp: Type = origm.pointerRecv() ? new Pointer(n) : n;
    if (origSig && origSig.recv) sig.recv = substVar(origSig.recv, rtyp);
    const m = new Func(origm.pos, origm.file, origm.pkg, origm.name, sig);
    m.origin = origm;
    m.hasPtrRecv = origm.pointerRecv();
    n.methods.push(m);
  }
}

function emptyTuple(): Tuple {
  return new Tuple([]);
}

/** go/types validateTArgLen: `not enough type arguments for type Pair: have 1, want 2`. */
export function validateTArgLen(check: Checker, pos: number, name: string, want: number, got: number): boolean {
  let qual: string;
  if (got < want) qual = 'not enough';
  else if (got > want) qual = 'too many';
  else return true;
  check.error(pos, `${qual} type arguments for type ${name}: have ${got}, want ${want}`);
  return false;
}

/** go/types verify: the index of the first type argument that does not satisfy its constraint, and why. */
export function verify(check: Checker, tparams: readonly TypeParam[], targs: readonly Type[]): { index: number; cause: string } | undefined {
  const smap = makeSubstMap(tparams, targs);
  for (let i = 0; i < tparams.length; i++) {
    const tpar = tparams[i];
    tpar.iface();
    const bound = substType(check, tpar.bound, smap);
    const cause = { msg: '' };
    if (!implementsT(check, targs[i], bound, true, cause)) return { index: i, cause: cause.msg };
  }
  return undefined;
}

/**
 * go/types implements: whether V implements T (constraint: satisfies T);
 * cause receives gc's message on failure.
 */
export function implementsT(check: Checker, V: Type, T: Type, constraint: boolean, cause: { msg: string } | undefined): boolean {
  const Vu = under(V);
  const Tu = under(T);
  if (!isValid(Vu) || !isValid(Tu)) return true;
  if (Vu.tag === 'Pointer' && !isValid(under(Vu.base))) return true;
  const verb = constraint ? 'satisfy' : 'implement';
  const ts = (t: Type): string => check.typeString(t);
  if (Tu.tag !== 'Interface') {
    if (cause) {
      const detail = isInterfacePtr(Tu) ? `type ${ts(T)} is pointer to interface, not interface` : `${ts(T)} is not an interface`;
      cause.msg = `${ts(V)} does not ${verb} ${ts(T)} (${detail})`;
    }
    return false;
  }
  const Ti = Tu;
  const Tset = computeInterfaceTypeSet(Ti);
  if (Tset.isAll()) return true;
  const Vi = Vu.tag === 'Interface' ? Vu : undefined;
  if (Vi && computeInterfaceTypeSet(Vi).isEmpty()) return true;
  if (Tset.isEmpty()) {
    if (cause) cause.msg = `cannot ${verb} ${ts(T)} (empty type set)`;
    return false;
  }
  const mcause = { msg: '' };
  if (missingMethod(check, V, T, true, identical, mcause).method !== undefined) {
    if (cause) cause.msg = `${ts(V)} does not ${verb} ${ts(T)} ${mcause.msg}`;
    return false;
  }
  const checkComparability = (): boolean => {
    if (!Tset.comparable) return true;
    if (comparableType(V, false, undefined, undefined)) return true;
    if (constraint && comparableType(V, true, undefined, undefined)) return true;
    if (cause) cause.msg = `${ts(V)} does not ${verb} comparable`;
    return false;
  };
  if (!Tset.hasTerms()) return checkComparability();
  if (Vi) {
    if (!computeInterfaceTypeSet(Vi).subsetOf(Tset)) {
      if (cause) cause.msg = `${ts(V)} does not ${verb} ${ts(T)}`;
      return false;
    }
    return checkComparability();
  }
  let alt: Type | undefined;
  const missing = Tset.is((t) => {
    if (!termIncludes(t!, V)) {
      if (alt === undefined && !t!.tilde && identical(t!.type!, under(t!.type!))) {
        if (termIncludes({ tilde: true, type: t!.type }, V)) alt = t!.type;
      }
      return true;
    }
    return false;
  });
  if (missing) {
    if (cause) {
      let detail: string;
      if (alt) detail = `possibly missing ~ for ${ts(alt)} in ${ts(T)}`;
      else if (mentions(Ti, V)) detail = `${ts(T)} mentions ${ts(V)}, but ${ts(V)} is not in the type set of ${ts(T)}`;
      else detail = `${ts(V)} missing in ${termsString(check, Tset.terms)}`;
      cause.msg = `${ts(V)} does not ${verb} ${ts(T)} (${detail})`;
    }
    return false;
  }
  return checkComparability();
}

function termsString(check: Checker, terms: readonly import('./types.js').Term[]): string {
  return terms.map((t) => (t.tilde ? '~' : '') + check.typeString(t.type!)).join(' | ');
}

/** Whether the interface's syntax mentions t (an embedded or union term identical to t). */
function mentions(T: Type, t: Type): boolean {
  if (T.tag === 'Interface') {
    for (const e of T.embeddeds) if (mentions(e, t)) return true;
    return false;
  }
  if (T.tag === 'Union') {
    for (const term of T.terms) if (mentions(term.type!, t)) return true;
    return false;
  }
  return identical(T, t);
}
