// Unions and tilde terms in constraints (go/types union.go): `~int | string`,
// with the rules for ~ (underlying types only), interfaces in unions, and
// overlapping terms.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import { Mode } from './package.js';
import { identical, isInterface } from './predicates.js';
import { computeInterfaceTypeSet, maxTermCount } from './typeset.js';
import { typ } from './typexpr.js';
import { type Term, type Type, Union, invalidType, under } from './types.js';
import { universeComparable } from './universe.js';
import { exprString as exprStringOf } from './exprstring.js';

function termString(check: Checker, t: Term): string {
  return (t.tilde ? '~' : '') + check.typeString(t.type!);
}

export function parseUnion(check: Checker, uexpr: ast.Expr): Type {
  const blist: ast.Expr[] = [];
  const tlist: ast.Expr[] = [];
  flattenUnion(blist, tlist, uexpr);
  const terms: Term[] = [];
  let u: Type | undefined;
  for (let i = 0; i < tlist.length; i++) {
    const x = tlist[i];
    const term = parseTilde(check, x);
    if (tlist.length === 1 && !term.tilde) return term.type!;
    if (terms.length >= maxTermCount) {
      if (u !== invalidType) {
        check.error(x, `cannot handle more than ${maxTermCount} union terms (implementation limitation)`);
        u = invalidType;
      }
    } else {
      terms.push(term);
      u = new Union(terms);
    }
    if (i > 0) check.recordTypeAndValue(blist[i - 1], Mode.TypExpr, u!, undefined);
  }
  if (u === invalidType) return u;
  const file = check.file;
  check.later(() => {
    const saved = check.file;
    check.file = file;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      if (t.type === invalidType) continue;
      const ut = under(t.type!);
      const f = ut.tag === 'Interface' ? ut : undefined;
      if (t.tilde) {
        if (f) {
          check.error(tlist[i], `invalid use of ~ (${check.typeString(t.type!)} is an interface)`);
          continue;
        }
        if (!identical(ut, t.type!)) {
          check.error(tlist[i], `invalid use of ~ (underlying type of ${check.typeString(t.type!)} is ${check.typeString(ut)})`);
          continue;
        }
      }
      if (f) {
        const tset = computeInterfaceTypeSet(f);
        if (tset.methods.length !== 0) {
          check.error(tlist[i], `cannot use ${termString(check, t)} in union (${termString(check, t)} contains methods)`);
        } else if (t.type === universeComparable) {
          check.error(tlist[i], 'cannot use comparable in union');
        } else if (tset.comparable) {
          check.error(tlist[i], `cannot use ${termString(check, t)} in union (${termString(check, t)} embeds comparable)`);
        }
        continue;
      }
      const j = overlappingTerm(terms.slice(0, i), t);
      if (j >= 0) {
        check.softError(tlist[i], `overlapping terms ${termString(check, t)} and ${termString(check, terms[j])}`);
      }
    }
    check.file = saved;
  });
  return u!;
}

function parseTilde(check: Checker, tx: ast.Expr): Term {
  let x = tx;
  let tilde = false;
  if (x.kind === 'UnaryExpr' && x.op === '~') {
    x = x.x;
    tilde = true;
  }
  let t = typ(check, x);
  if (t.tag === 'TypeParam') {
    if (tilde) check.error(x, `type in term ${exprStringOf(tx)} cannot be a type parameter`);
    else check.error(x, 'term cannot be a type parameter');
    t = invalidType;
  }
  const term: Term = { tilde, type: t };
  if (tilde) check.recordTypeAndValue(tx, Mode.TypExpr, new Union([term]), undefined);
  return term;
}

function overlappingTerm(terms: Term[], y: Term): number {
  for (let i = 0; i < terms.length; i++) {
    const x = terms[i];
    if (isInterface(x.type!)) continue;
    let ux = x.type!;
    if (y.tilde) ux = under(ux);
    let uy = y.type!;
    if (x.tilde) uy = under(uy);
    if (identical(ux, uy)) return i;
  }
  return -1;
}

function flattenUnion(blist: ast.Expr[], tlist: ast.Expr[], x: ast.Expr): void {
  if (x.kind === 'BinaryExpr' && x.op === '|') {
    flattenUnion(blist, tlist, x.x);
    blist.push(x);
    tlist.push(x.y);
    return;
  }
  tlist.push(x);
}
