// Type expressions (go/types typexpr.go): identifiers (also used for value
// identifiers: marking variables used, iota, dot imports), type literals,
// generic type instantiation `List[int]`, and array lengths.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import * as constant from './constvalue.js';
import { objDecl, setDefType } from './decl.js';
import { invalidOp } from './errors.js';
import { expr, use } from './expr.js';
import { exprString } from './exprstring.js';
import { instance, validateTArgLen, verify } from './instantiate.js';
import { interfaceType } from './interface.js';
import type { TypeName } from './objects.js';
import { Mode, Operand } from './operand.js';
import { comparable, isGeneric, isInteger, isUntyped, isValid } from './predicates.js';
import { selector } from './call.js';
import { funcType } from './signature.js';
import { structType } from './struct.js';
import { computeInterfaceTypeSet } from './typeset.js';
import {
  ArrayType, BasicKind, Chan, ChanDir, Interface, MapType, type Named, Pointer, Slice, Struct, type Type, Typ,
  invalidType, under,
} from './types.js';
import { universeIota } from './universe.js';
import { representableConst } from './const.js';
import { validType } from './validtype.js';

/**
 * go/types Checker.ident: resolves an identifier to its object and sets x
 * (mode, type, constant value). Variables of this package are marked used.
 */
export function ident(check: Checker, x: Operand, e: ast.Ident, def: TypeName | undefined, wantType: boolean): void {
  x.mode = Mode.Invalid;
  x.expr = e;
  x.type = invalidType;
  const r = check.scope.lookupParent(e.name);
  if (r === undefined) {
    if (e.name === '_') {
      const tpar = check.recvTParamMap.get(e);
      if (tpar) {
        x.mode = Mode.TypExpr;
        x.type = tpar;
      } else {
        check.error(e, 'cannot use _ as value or type');
      }
    } else {
      check.error(e, `undefined: ${e.name}`);
    }
    return;
  }
  const [scope, obj] = r;
  check.recordUse(e, obj);
  let typ = obj.type;
  if (typ === undefined || (obj.kind === 'type' && wantType)) {
    objDecl(check, obj, def);
    typ = obj.type ?? invalidType;
  }
  const dots = check.dotImportMap.get(scope);
  if (dots) {
    const pkgName = dots.get(obj.name);
    if (pkgName) pkgName.used = true;
  }
  switch (obj.kind) {
    case 'pkgname':
      check.error(e, `use of package ${obj.name} not in selector`);
      return;
    case 'const':
      check.addDeclDep(obj);
      if (!isValid(typ)) return;
      if (obj === universeIota) {
        if (check.iota === undefined) {
          check.error(e, 'cannot use iota outside constant declaration');
          return;
        }
        x.val = check.iota;
      } else {
        x.val = obj.val;
      }
      x.mode = Mode.Constant;
      break;
    case 'type':
      if (check.brokenAliases.has(obj)) {
        check.error(e, `invalid use of type alias ${obj.name} in recursive type (see go.dev/issue/50729)`);
        obj.type = invalidType;
        return;
      }
      x.mode = Mode.TypExpr;
      break;
    case 'var':
      if (obj.pkg === check.pkg) obj.used = true;
      check.addDeclDep(obj);
      if (!isValid(typ)) return;
      x.mode = Mode.Variable;
      break;
    case 'func':
      check.addDeclDep(obj);
      x.mode = Mode.Value;
      break;
    case 'builtin':
      x.id = obj.id;
      x.mode = Mode.Builtin;
      break;
    case 'nil':
      x.mode = Mode.NilValue;
      break;
    case 'label':
      return;
  }
  x.type = typ;
}

/** Type-checks a type expression. */
export function typ(check: Checker, e: ast.Expr): Type {
  return definedType(check, e, undefined);
}

/** Like typ, but also reports interfaces that may only be used as constraints. */
export function varType(check: Checker, e: ast.Expr): Type {
  const t = definedType(check, e, undefined);
  validVarType(check, e, t);
  return t;
}

export function validVarType(check: Checker, e: ast.Expr, t: Type): void {
  // Only interfaces (possibly behind a defined type) can be constraint-only.
  if (t.tag !== 'Interface' && t.tag !== 'Named') return;
  if (t.tag === 'Named') {
    const u = t.rawUnderlying();
    if (u !== undefined && u.tag !== 'Interface' && u.tag !== 'Named') return;
  }
  const file = check.file;
  check.later(() => {
    const u = under(t);
    if (u.tag !== 'Interface') return;
    const tset = computeInterfaceTypeSet(u);
    if (!tset.isMethodSet()) {
      const saved = check.file;
      check.file = file;
      if (tset.comparable) {
        check.softError(e.pos, `cannot use type ${check.typeString(t)} outside a type constraint: interface is (or embeds) comparable`);
      } else {
        check.softError(e.pos, `cannot use type ${check.typeString(t)} outside a type constraint: interface contains type constraints`);
      }
      check.file = saved;
    }
  });
}

/** Type-checks a type expression that may define the type of def (go/types definedType). */
export function definedType(check: Checker, e: ast.Expr, def: TypeName | undefined): Type {
  let t = typInternal(check, e, def);
  if (isGeneric(t)) {
    check.error(e, `cannot use generic type ${check.typeString(t)} without instantiation`);
    t = invalidType;
  }
  check.recordTypeAndValue(e, Mode.TypExpr, t, undefined);
  return t;
}

/** A generic (uninstantiated) type; cause receives the reason if e is not one. */
function genericType(check: Checker, e: ast.Expr, cause: { msg: string } | undefined): Type {
  let t = typInternal(check, e, undefined);
  if (t !== invalidType && !isGeneric(t)) {
    if (cause) cause.msg = `${check.typeString(t)} is not a generic type`;
    t = invalidType;
  }
  check.recordTypeAndValue(e, Mode.TypExpr, t, undefined);
  return t;
}

function typInternal(check: Checker, e0: ast.Expr, def: TypeName | undefined): Type {
  const e = e0;
  switch (e.kind) {
    case 'BadExpr':
      break;
    case 'Ident': {
      const x = new Operand();
      ident(check, x, e, def, true);
      switch (x.mode) {
        case Mode.TypExpr:
          setDefType(def, x.type);
          return x.type;
        case Mode.Invalid:
          break;
        case Mode.NoValue:
          check.error(x, `${check.opString(x)} used as type`);
          break;
        default:
          check.error(x, `${check.opString(x)} is not a type`);
      }
      break;
    }
    case 'SelectorExpr': {
      const x = new Operand();
      selector(check, x, e, def, true);
      switch (x.mode) {
        case Mode.TypExpr:
          setDefType(def, x.type);
          return x.type;
        case Mode.Invalid:
          break;
        case Mode.NoValue:
          check.error(x, `${check.opString(x)} used as type`);
          break;
        default:
          check.error(x, `${check.opString(x)} is not a type`);
      }
      break;
    }
    case 'IndexExpr':
      return instantiatedType(check, e.x, e.indices, def);
    case 'ParenExpr':
      return definedType(check, e.x, def);
    case 'ArrayType': {
      if (e.len === undefined) {
        const t = new Slice(invalidType);
        setDefType(def, t);
        (t as { elem: Type }).elem = varType(check, e.elt);
        return t;
      }
      if (e.len.kind === 'Ellipsis' && e.len.elt === undefined) {
        check.error(e, 'invalid use of [...] array (outside a composite literal)');
        varType(check, e.elt);
        break;
      }
      const t = new ArrayType(-1, invalidType);
      setDefType(def, t);
      (t as { len: number }).len = arrayLength(check, e.len);
      (t as { elem: Type }).elem = varType(check, e.elt);
      if (t.len >= 0) return t;
      break;
    }
    case 'Ellipsis':
      check.error(e, "invalid use of '...'");
      if (e.elt) use(check, e.elt);
      break;
    case 'StructType': {
      const t = new Struct([], undefined);
      setDefType(def, t);
      structType(check, t, e);
      return t;
    }
    case 'StarExpr': {
      const t = new Pointer(invalidType);
      setDefType(def, t);
      const base = varType(check, e.x);
      (t as { base: Type }).base = base;
      if (base === invalidType) return invalidType;
      return t;
    }
    case 'FuncType': {
      const sig = funcType(check, undefined, e.typeParams, e, undefined);
      setDefType(def, sig);
      return sig;
    }
    case 'InterfaceType': {
      const t = new Interface();
      t.check = check;
      t.file = check.file;
      setDefType(def, t);
      interfaceType(check, t, e, def);
      return t;
    }
    case 'MapType': {
      const t = new MapType(invalidType, invalidType);
      setDefType(def, t);
      (t as { key: Type }).key = varType(check, e.key);
      (t as { elem: Type }).elem = varType(check, e.value);
      const file = check.file;
      check.later(() => {
        if (!comparable(t.key)) {
          const why = t.key.tag === 'TypeParam' ? ' (missing comparable constraint)' : '';
          const saved = check.file;
          check.file = file;
          check.error(e.key, `invalid map key type ${check.typeString(t.key)}${why}`);
          check.file = saved;
        }
      });
      return t;
    }
    case 'ChanType': {
      const dir = e.dir === 'send' ? ChanDir.SendOnly : e.dir === 'recv' ? ChanDir.RecvOnly : ChanDir.SendRecv;
      const t = new Chan(dir, invalidType);
      setDefType(def, t);
      (t as { elem: Type }).elem = varType(check, e.value);
      return t;
    }
    default:
      check.error(e0, `${exprString(e0)} is not a type`);
      use(check, e0);
  }
  setDefType(def, invalidType);
  return invalidType;
}

/** `G[T1, T2]` in type position (go/types instantiatedType). */
function instantiatedType(check: Checker, x: ast.Expr, xlist: ast.Expr[], def: TypeName | undefined): Type {
  const cause = { msg: '' };
  const gtyp = genericType(check, x, cause);
  if (cause.msg !== '') {
    check.error(x, `${invalidOp}${exprString(x)}[${xlist.map(exprString).join(', ')}] (${cause.msg})`);
  }
  if (gtyp === invalidType) return gtyp;
  const orig = gtyp as Named;
  const targs = typeList(check, xlist);
  if (targs === undefined) {
    setDefType(def, invalidType);
    return invalidType;
  }
  const inst = instance(check, orig, targs, x.kind === 'SelectorExpr' ? x.sel.pos - 1 : x.pos) as Named;
  setDefType(def, inst);
  const file = check.file;
  check.later(() => {
    const saved = check.file;
    check.file = file;
    check.recordInstance(x, inst.targs!, inst);
    const tparams = orig.tparams ?? [];
    if (validateTArgLen(check, x.pos, orig.obj.name, tparams.length, inst.targs!.length)) {
      const r = verify(check, tparams, inst.targs!);
      if (r) {
        const pos = r.index < xlist.length ? xlist[r.index].pos : x.pos;
        check.softError(pos, r.cause);
      }
    }
    validType(check, inst);
    check.file = saved;
  });
  return inst;
}

/** Type-checks a list of type arguments; undefined if any is invalid. */
export function typeList(check: Checker, list: ast.Expr[]): Type[] | undefined {
  const res: Type[] = [];
  let ok = true;
  for (const x of list) {
    const t = varType(check, x);
    if (t === invalidType) ok = false;
    res.push(t);
  }
  return ok ? res : undefined;
}

/** go/types arrayLength: a non-negative constant representable as int, or -1. */
export function arrayLength(check: Checker, e: ast.Expr): number {
  if (e.kind === 'Ident') {
    const obj = check.lookup(e.name);
    if (obj === undefined) {
      check.error(e, `undefined array length ${e.name} or missing type constraint`);
      return -1;
    }
    if (obj.kind !== 'const') {
      check.error(e, `invalid array length ${e.name}`);
      return -1;
    }
  }
  const x = new Operand();
  expr(check, undefined, x, e);
  if (x.mode !== Mode.Constant) {
    if (x.mode !== Mode.Invalid) check.error(x, `array length ${check.opString(x)} must be constant`);
    return -1;
  }
  if (isUntyped(x.type) || isInteger(x.type)) {
    const val = constant.toInt(x.val!);
    if (constant.kindOf(val) === constant.Kind.Int) {
      if (representableConst(val, Typ[BasicKind.Int], undefined)) {
        const n = constant.int64Val(val);
        if (n !== undefined && n >= 0n && n <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(n);
      }
    }
  }
  if (isInteger(x.type)) check.error(x, `invalid array length ${check.opString(x)}`);
  else check.error(x, `array length ${check.opString(x)} must be integer`);
  return -1;
}

export { validType };
