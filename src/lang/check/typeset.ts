// Type sets of interfaces (go/types typeset.go, typeterm.go, termlist.go): the
// methods of an interface including embedded ones, and its type terms
// (`~int | string`), plus whether it is restricted to comparable types.

import type { SourceFile } from '../source.js';
import type { Func } from './objects.js';
import { comparableType, identical } from './predicates.js';
import { type Interface, type Term, type Type, type Union, under, universeComparableIface } from './types.js';

/** The checker services a type-set computation needs (errors are reported lazily). */
export interface TypeSetChecker {
  reportAt(file: SourceFile | undefined, pos: number, msg: string, extra?: { file: SourceFile | undefined; pos: number; msg: string }[]): void;
  later(f: () => void): void;
}

// ---------------------------------------------------------------- terms

/** 𝓤: the term standing for all types. */
const allTerm: Term = { tilde: false, type: undefined };
export const allTermlist: readonly Term[] = [allTerm];

function termDisjoint(x: Term, y: Term): boolean {
  let ux = x.type!;
  if (y.tilde) ux = under(ux);
  let uy = y.type!;
  if (x.tilde) uy = under(uy);
  return !identical(ux, uy);
}

/** x ∪ y as one or two terms. */
function termUnion(x: Term, y: Term): [Term, Term | undefined] {
  if (x.type === undefined) return [x, undefined];
  if (y.type === undefined) return [y, undefined];
  if (termDisjoint(x, y)) return [x, y];
  if (x.tilde || !y.tilde) return [x, undefined];
  return [y, undefined];
}

/** x ∩ y, or undefined for ∅. */
function termIntersect(x: Term, y: Term): Term | undefined {
  if (x.type === undefined) return y;
  if (y.type === undefined) return x;
  if (termDisjoint(x, y)) return undefined;
  if (!x.tilde || y.tilde) return x;
  return y;
}

export function termIncludes(x: Term, t: Type): boolean {
  if (x.type === undefined) return true;
  const u = x.tilde ? under(t) : t;
  return identical(x.type, u);
}

function termSubsetOf(x: Term, y: Term): boolean {
  if (y.type === undefined) return true;
  if (x.type === undefined) return false;
  if (termDisjoint(x, y)) return false;
  return !x.tilde || y.tilde;
}

export function termlistIsAll(xl: readonly Term[]): boolean {
  for (const x of xl) if (x.type === undefined) return true;
  return false;
}

/** Normal form: no two terms overlap. */
function termlistNorm(xl: readonly Term[]): Term[] {
  const used = new Array<boolean>(xl.length).fill(false);
  const rl: Term[] = [];
  for (let i = 0; i < xl.length; i++) {
    if (used[i]) continue;
    let xi = xl[i];
    for (let j = i + 1; j < xl.length; j++) {
      if (used[j]) continue;
      const [u1, u2] = termUnion(xi, xl[j]);
      if (u2 === undefined) {
        if (u1.type === undefined) return [allTerm];
        xi = u1;
        used[j] = true;
      }
    }
    rl.push(xi);
  }
  return rl;
}

export function termlistUnion(xl: readonly Term[], yl: readonly Term[]): Term[] {
  return termlistNorm([...xl, ...yl]);
}

export function termlistIntersect(xl: readonly Term[], yl: readonly Term[]): Term[] {
  if (xl.length === 0 || yl.length === 0) return [];
  const rl: Term[] = [];
  for (const x of xl) {
    for (const y of yl) {
      const r = termIntersect(x, y);
      if (r) rl.push(r);
    }
  }
  return termlistNorm(rl);
}

export function termlistIncludes(xl: readonly Term[], t: Type): boolean {
  for (const x of xl) if (termIncludes(x, t)) return true;
  return false;
}

function termlistSupersetOf(xl: readonly Term[], y: Term): boolean {
  for (const x of xl) if (termSubsetOf(y, x)) return true;
  return false;
}

export function termlistSubsetOf(xl: readonly Term[], yl: readonly Term[]): boolean {
  if (yl.length === 0) return xl.length === 0;
  for (const x of xl) if (!termlistSupersetOf(yl, x)) return false;
  return true;
}

export function termlistEqual(xl: readonly Term[], yl: readonly Term[]): boolean {
  return termlistSubsetOf(xl, yl) && termlistSubsetOf(yl, xl);
}

// ---------------------------------------------------------------- type sets

export class TypeSet {
  constructor(
    /** All methods, sorted by unique name (exported first, then name, then package path). */
    public methods: Func[],
    public terms: readonly Term[],
    /** Invariant: !comparable || terms is 𝓤. */
    public comparable: boolean,
  ) {}
  isEmpty(): boolean { return this.terms.length === 0 }
  isAll(): boolean { return this.isMethodSet() && this.methods.length === 0 }
  isMethodSet(): boolean { return !this.comparable && termlistIsAll(this.terms) }
  hasTerms(): boolean { return this.terms.length > 0 && !termlistIsAll(this.terms) }
  isComparable(seen: Set<Type> | undefined): boolean {
    if (termlistIsAll(this.terms)) return this.comparable;
    return this.is((t) => t !== undefined && comparableType(t.type!, false, seen, undefined));
  }
  subsetOf(s2: TypeSet): boolean { return termlistSubsetOf(this.terms, s2.terms) }
  /** Calls f for each specific term (f(undefined) once if there are none); true if f holds for all. */
  is(f: (t: Term | undefined) => boolean): boolean {
    if (!this.hasTerms()) return f(undefined);
    for (const t of this.terms) if (!f(t)) return false;
    return true;
  }
  /** Like is, but f receives the underlying type of each term. */
  underIs(f: (u: Type | undefined) => boolean): boolean {
    if (!this.hasTerms()) return f(undefined);
    for (const t of this.terms) {
      const u = t.tilde ? t.type! : under(t.type!);
      if (!f(u)) return false;
    }
    return true;
  }
  lookupMethod(pkgPath: string | undefined, name: string, foldCase: boolean): [number, Func | undefined] {
    return lookupMethodIn(this.methods, pkgPath, name, foldCase);
  }
}

/** Index and method with the given name (and package for unexported names), optionally case-folded. */
export function lookupMethodIn(methods: readonly Func[], pkgPath: string | undefined, name: string, foldCase: boolean): [number, Func | undefined] {
  if (name !== '_') {
    for (let i = 0; i < methods.length; i++) {
      const m = methods[i];
      if (m.name === name) {
        if (m.exported() || (m.pkg ? m.pkg.path : undefined) === pkgPath) return [i, m];
      } else if (foldCase && m.name.toLowerCase() === name.toLowerCase()) {
        return [i, m];
      }
    }
  }
  return [-1, undefined];
}

export const topTypeSet = new TypeSet([], allTermlist, false);
const comparableTypeSet = new TypeSet([], allTermlist, true);
const invalidTypeSet = new TypeSet([], [], false);

/** go/types object.less: exported names first, then by name, then by package path. */
export function methodLess(a: Func, b: Func): number {
  const ea = a.exported();
  const eb = b.exported();
  if (ea !== eb) return ea ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (!ea) {
    const pa = a.pkg ? a.pkg.path : '';
    const pb = b.pkg ? b.pkg.path : '';
    if (pa !== pb) return pa < pb ? -1 : 1;
  }
  return 0;
}

/** Maximum number of terms in a union (go/types maxTermCount). */
export const maxTermCount = 100;

/** go/types computeInterfaceTypeSet. */
export function computeInterfaceTypeSet(ityp: Interface): TypeSet {
  if (ityp.tset) return ityp.tset;
  if (ityp === universeComparableIface) return (ityp.tset = comparableTypeSet);
  if (!ityp.complete) return topTypeSet;
  const check = ityp.check as TypeSetChecker | undefined;
  const file = ityp.file;

  // Guard against cycles (type T interface{ T }): those were reported elsewhere.
  const tset = new TypeSet([], allTermlist, false);
  ityp.tset = tset;

  const seen = new Map<string, Func>();
  const allMethods: Func[] = [];
  const mpos = new Map<Func, { file: SourceFile | undefined; pos: number }>();
  const addMethod = (pos: { file: SourceFile | undefined; pos: number }, m: Func, explicit: boolean): void => {
    const id = m.objId();
    const other = seen.get(id);
    if (other === undefined) {
      seen.set(id, m);
      allMethods.push(m);
      mpos.set(m, pos);
      return;
    }
    if (!check) return;
    const op = mpos.get(other)!;
    if (explicit) {
      check.reportAt(pos.file, pos.pos, `duplicate method ${m.name}`, [{ file: op.file, pos: op.pos, msg: `other declaration of ${m.name}` }]);
    } else {
      check.later(() => {
        if (!identical(m.type!, other.type!)) {
          check.reportAt(pos.file, pos.pos, `duplicate method ${m.name}`, [{ file: op.file, pos: op.pos, msg: `other declaration of ${m.name}` }]);
        }
      });
    }
  };

  for (const m of ityp.methods) addMethod({ file: m.file, pos: m.pos }, m, true);

  let allTerms: readonly Term[] = allTermlist;
  let allComparable = false;
  for (let i = 0; i < ityp.embeddeds.length; i++) {
    const typ = ityp.embeddeds[i];
    const pos = { file, pos: ityp.embedPos ? ityp.embedPos[i] : -1 };
    let comparable = false;
    let terms: readonly Term[];
    const u = under(typ);
    if (u.tag === 'Interface') {
      const ts = computeInterfaceTypeSet(u);
      comparable = ts.comparable;
      for (const m of ts.methods) addMethod(pos, m, false);
      terms = ts.terms;
    } else if (u.tag === 'Union') {
      const ts = computeUnionTypeSet(check, pos, u);
      if (ts === invalidTypeSet) continue;
      terms = ts.terms;
    } else {
      if (u.tag === 'Basic' && u.kind === 0) continue; // invalid
      terms = [{ tilde: false, type: typ }];
    }
    [allTerms, allComparable] = intersectTermLists(allTerms, allComparable, terms, comparable);
  }

  tset.comparable = allComparable;
  if (allMethods.length) {
    allMethods.sort(methodLess);
    tset.methods = allMethods;
  }
  tset.terms = allTerms;
  return tset;
}

function intersectTermLists(xterms: readonly Term[], xcomp: boolean, yterms: readonly Term[], ycomp: boolean): [readonly Term[], boolean] {
  let terms = termlistIntersect(xterms, yterms);
  let comp = xcomp || ycomp;
  if (comp && !termlistIsAll(terms)) {
    terms = terms.filter((t) => comparableType(t.type!, true, undefined, undefined));
    if (!termlistIsAll(terms)) comp = false;
  }
  return [terms, comp];
}

/** go/types computeUnionTypeSet (cached on the union). */
export function computeUnionTypeSet(check: TypeSetChecker | undefined, pos: { file: SourceFile | undefined; pos: number }, utyp: Union): TypeSet {
  if (utyp.tset) return utyp.tset;
  const tset = new TypeSet([], [], false);
  utyp.tset = tset;
  let allTerms: Term[] = [];
  for (const t of utyp.terms) {
    let terms: readonly Term[];
    const u = under(t.type!);
    if (u.tag === 'Interface') {
      terms = computeInterfaceTypeSet(u).terms;
    } else if (u.tag === 'Basic' && u.kind === 0) {
      continue;
    } else {
      if (t.tilde && !identical(t.type!, u)) terms = []; // ∅ term
      else terms = [t];
    }
    allTerms = termlistUnion(allTerms, terms);
    if (allTerms.length > maxTermCount) {
      if (check) check.reportAt(pos.file, pos.pos, `cannot handle more than ${maxTermCount} union terms (implementation limitation)`);
      utyp.tset = invalidTypeSet;
      return invalidTypeSet;
    }
  }
  tset.terms = allTerms;
  return tset;
}

/** Reports whether the type set of t is empty (a type parameter with an impossible constraint). */
export function hasEmptyTypeset(t: Type): boolean {
  if (t.tag === 'TypeParam') {
    const u = under(t.bound);
    if (u.tag === 'Interface') return computeInterfaceTypeSet(u).isEmpty();
  }
  return false;
}
