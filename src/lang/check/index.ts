// Index and slice expressions (go/types index.go): strings, arrays, pointers
// to arrays, slices, maps and type parameters with a common shape; constant
// indices are checked against known lengths; also indices in composite literals.

import type * as ast from '../ast.js';
import { assignment } from './assignments.js';
import type { Checker } from './checker.js';
import { representableConst } from './const.js';
import * as constant from './constvalue.js';
import { invalidArg, invalidOp } from './errors.js';
import { convertUntyped, expr, exprOrType, exprWithHint, use } from './expr.js';
import { exprString } from './exprstring.js';
import { Mode, Operand } from './operand.js';
import { allInteger, identical, isString, isUntyped, isValid } from './predicates.js';
import { computeInterfaceTypeSet } from './typeset.js';
import { varType } from './typexpr.js';
import { BasicKind, ByteType, Slice, type Type, Typ, coreString, invalidType, under } from './types.js';

/** Returns true if e is a generic function instantiation `f[T]` (x is then the generic function). */
export function indexExpr(check: Checker, x: Operand, e: ast.IndexExpr): boolean {
  exprOrType(check, x, e.x, true);
  switch (x.mode) {
    case Mode.Invalid:
      use(check, ...e.indices);
      return false;
    case Mode.TypExpr:
      x.mode = Mode.Invalid;
      x.type = varType(check, e);
      if (x.type !== invalidType) x.mode = Mode.TypExpr;
      return false;
    case Mode.Value: {
      const u = under(x.type);
      if (u.tag === 'Signature' && u.tparams && u.tparams.length > 0) return true;
    }
  }
  // non-generic (a generic type would be a type expression)
  if (x.type.tag === 'Named' && x.type.orig === x.type && x.type.tparams && x.type.tparams.length > 0) {
    check.error(x.expr!, `cannot use generic type ${exprString(x.expr!)} without instantiation`);
    x.mode = Mode.Invalid;
    return false;
  }
  let valid = false;
  let length = -1;
  const typ = under(x.type);
  switch (typ.tag) {
    case 'Basic':
      if (isString(typ)) {
        valid = true;
        if (x.mode === Mode.Constant) length = constant.stringByteLen(x.val!);
        x.mode = Mode.Value;
        x.type = ByteType;
      }
      break;
    case 'Array':
      valid = true;
      length = typ.len;
      if (x.mode !== Mode.Variable) x.mode = Mode.Value;
      x.type = typ.elem;
      break;
    case 'Pointer': {
      const a = under(typ.base);
      if (a.tag === 'Array') {
        valid = true;
        length = a.len;
        x.mode = Mode.Variable;
        x.type = a.elem;
      }
      break;
    }
    case 'Slice':
      valid = true;
      x.mode = Mode.Variable;
      x.type = typ.elem;
      break;
    case 'Map': {
      const index = singleIndex(check, e);
      if (index === undefined) {
        x.mode = Mode.Invalid;
        return false;
      }
      const key = new Operand();
      expr(check, undefined, key, index);
      assignment(check, key, typ.key, 'map index');
      x.mode = Mode.MapIndex;
      x.type = typ.elem;
      x.expr = e;
      return false;
    }
    case 'Interface': {
      if (x.type.tag !== 'TypeParam') break;
      let key: Type | undefined;
      let elem: Type | undefined;
      let mode = Mode.Variable;
      const ok = computeInterfaceTypeSet(typ).underIs((u) => {
        let l = -1;
        let k: Type | undefined;
        let el: Type | undefined;
        if (u === undefined) return false;
        switch (u.tag) {
          case 'Basic':
            if (isString(u)) {
              el = ByteType;
              mode = Mode.Value;
            }
            break;
          case 'Array':
            l = u.len;
            el = u.elem;
            if (x.mode !== Mode.Variable) mode = Mode.Value;
            break;
          case 'Pointer': {
            const a = under(u.base);
            if (a.tag === 'Array') {
              l = a.len;
              el = a.elem;
            }
            break;
          }
          case 'Slice':
            el = u.elem;
            break;
          case 'Map':
            k = u.key;
            el = u.elem;
            break;
        }
        if (el === undefined) return false;
        if (elem === undefined) {
          length = l;
          key = k;
          elem = el;
          return true;
        }
        if ((key === undefined) !== (k === undefined) || (key && k && !identical(key, k))) return false;
        if (!identical(elem, el)) return false;
        if (l >= 0 && l < length) length = l;
        return true;
      });
      if (ok) {
        if (key !== undefined) {
          const index = singleIndex(check, e);
          if (index === undefined) {
            x.mode = Mode.Invalid;
            return false;
          }
          const k = new Operand();
          expr(check, undefined, k, index);
          assignment(check, k, key, 'map index');
          x.mode = Mode.MapIndex;
          x.type = elem!;
          x.expr = e;
          return false;
        }
        valid = true;
        x.mode = mode;
        x.type = elem!;
      }
      break;
    }
  }
  if (!valid) {
    check.error(e.lbrack, `${invalidOp}cannot index ${check.opString(x)}`);
    use(check, ...e.indices);
    x.mode = Mode.Invalid;
    return false;
  }
  const index = singleIndex(check, e);
  if (index === undefined) {
    x.mode = Mode.Invalid;
    return false;
  }
  checkIndex(check, index, length);
  return false;
}

export function sliceExpr(check: Checker, x: Operand, e: ast.SliceExpr): void {
  expr(check, undefined, x, e.x);
  const idx = [e.low, e.high, e.max];
  if (x.mode === Mode.Invalid) {
    use(check, ...(idx.filter((i) => i !== undefined) as ast.Expr[]));
    return;
  }
  let valid = false;
  let length = -1;
  const u = coreString(x.type);
  if (u === undefined) {
    check.error(x, `${invalidOp}cannot slice ${check.opString(x)}: ${check.typeString(x.type)} has no core type`);
    x.mode = Mode.Invalid;
    return;
  }
  switch (u.tag) {
    case 'Basic':
      if (isString(u)) {
        if (e.slice3) {
          const at = e.max ?? e;
          check.error(at, `${invalidOp}3-index slice of string`);
          x.mode = Mode.Invalid;
          return;
        }
        valid = true;
        if (x.mode === Mode.Constant) length = constant.stringByteLen(x.val!);
        if (isUntyped(x.type)) x.type = Typ[BasicKind.String];
      }
      break;
    case 'Array':
      valid = true;
      length = u.len;
      if (x.mode !== Mode.Variable) {
        check.error(x, `${invalidOp}${check.opString(x)} (slice of unaddressable value)`);
        x.mode = Mode.Invalid;
        return;
      }
      x.type = new Slice(u.elem);
      break;
    case 'Pointer': {
      const a = under(u.base);
      if (a.tag === 'Array') {
        valid = true;
        length = a.len;
        x.type = new Slice(a.elem);
      }
      break;
    }
    case 'Slice':
      valid = true;
      break;
  }
  if (!valid) {
    check.error(x, `${invalidOp}cannot slice ${check.opString(x)}`);
    x.mode = Mode.Invalid;
    return;
  }
  x.mode = Mode.Value;
  if (e.slice3 && (e.high === undefined || e.max === undefined)) {
    check.error(e, 'invalid syntax tree: 2nd and 3rd index required in 3-index slice');
    x.mode = Mode.Invalid;
    return;
  }
  const ind = [-1, -1, -1];
  for (let i = 0; i < 3; i++) {
    const ex = idx[i];
    let v = -1;
    if (ex !== undefined) {
      let max = -1;
      if (length >= 0) max = length + 1;
      const r = checkIndex(check, ex, max);
      if (r.val >= 0) v = r.val;
    } else if (i === 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  outer: for (let i = 0; i < 2; i++) {
    const a = ind[i];
    if (a > 0) {
      for (let j = i + 1; j < 3; j++) {
        const b = ind[j];
        if (b >= 0 && b < a) {
          check.error(idx[j]!, `invalid slice indices: ${b} < ${a}`);
          break outer;
        }
      }
    }
  }
}

function singleIndex(check: Checker, e: ast.IndexExpr): ast.Expr | undefined {
  if (e.indices.length === 0) {
    check.error(e, `invalid syntax tree: missing index for ${exprString(e.x)}`);
    return undefined;
  }
  if (e.indices.length > 1) {
    check.error(e.indices[1], `${invalidOp}more than one index`);
  }
  return e.indices[0];
}

/**
 * go/types index: checks an index expression; returns its type and constant
 * value (-1 if not constant), checking 0 <= v < max when max >= 0.
 */
export function checkIndex(check: Checker, index: ast.Expr, max: number): { type: Type; val: number } {
  const x = new Operand();
  expr(check, undefined, x, index);
  if (!isValidIndex(check, x, 'index', false)) return { type: invalidType, val: -1 };
  if (x.mode !== Mode.Constant) return { type: x.type, val: -1 };
  if (constant.kindOf(x.val!) === constant.Kind.Unknown) return { type: invalidType, val: -1 };
  const v = constant.int64Val(x.val!);
  const n = v === undefined ? Number.MAX_SAFE_INTEGER : Number(v);
  if (max >= 0 && n >= max) {
    check.error(x, `${invalidArg}index ${constant.toMessageString(x.val!)} out of bounds [0:${max}]`);
    return { type: invalidType, val: -1 };
  }
  return { type: x.type, val: n };
}

/** go/types isValidIndex: an integer (converted from untyped to int), non-negative if constant. */
export function isValidIndex(check: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === Mode.Invalid) return false;
  convertUntyped(check, x, Typ[BasicKind.Int]);
  if ((x.mode as Mode) === Mode.Invalid) return false;
  if (!allInteger(x.type)) {
    check.error(x, `${invalidArg}${what} ${check.opString(x)} must be integer`);
    return false;
  }
  if (x.mode === Mode.Constant) {
    if (!allowNegative && constant.sign(x.val!) < 0) {
      check.error(x, `${invalidArg}${what} ${check.opString(x)} must not be negative`);
      return false;
    }
    const r = { val: x.val! };
    const ok = representableConst(x.val!, Typ[BasicKind.Int], r);
    x.val = r.val;
    if (!ok) {
      check.error(x, `${invalidArg}${what} ${check.opString(x)} overflows int`);
      return false;
    }
  }
  return true;
}

/** Elements of array/slice literals, with optional constant indices; returns the literal's length. */
export function indexedElts(check: Checker, elts: ast.Expr[], typ: Type, length: number): number {
  const visited = new Set<number>();
  let index = 0;
  let max = 0;
  for (const e of elts) {
    let validIndex = false;
    let ev = e;
    if (e.kind === 'KeyValueExpr') {
      const r = checkIndex(check, e.key, length);
      if (isValid(r.type)) {
        if (r.val >= 0) {
          index = r.val;
          validIndex = true;
        } else {
          check.error(e, `index ${exprString(e.key)} must be integer constant`);
        }
      }
      ev = e.value;
    } else if (length >= 0 && index >= length) {
      check.error(e, `index ${index} is out of bounds (>= ${length})`);
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.has(index)) check.error(e, `duplicate index ${index} in array or slice literal`);
      visited.add(index);
    }
    index++;
    if (index > max) max = index;
    const x = new Operand();
    exprWithHint(check, x, ev, typ);
    assignment(check, x, typ, 'array or slice literal');
  }
  return max;
}
