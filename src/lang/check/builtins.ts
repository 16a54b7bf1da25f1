// Built-in functions (go/types builtins.go, spec "Built-in functions"): append
// cap clear close complex copy delete imag len make max min new panic print
// println real recover, with their constant folding (len of a constant string
// or of an array without calls/receives is constant; min/max/complex/real/imag
// of constants are constant).

import type * as ast from '../ast.js';
import { assignment, exprList } from './assignments.js';
import type { Checker } from './checker.js';
import * as constant from './constvalue.js';
import { invalidArg, invalidOp } from './errors.js';
import { ExprKind, assignableTo, convertUntyped, matchTypes, underIs, updateExprType, use } from './expr.js';
import { exprString } from './exprstring.js';
import { checkIndex } from './index.js';
import { BuiltinId } from './objects.js';
import { Mode, type Operand } from './operand.js';
import { allOrdered, identical, isNumeric, isString, isTyped, isUntyped, isValid } from './predicates.js';
import { computeInterfaceTypeSet } from './typeset.js';
import { varType } from './typexpr.js';
import {
  BasicKind, ByteType, ChanDir, Interface, Pointer, Signature, Slice, Tuple, type Type, Typ, coreString, coreType, under,
  universeAnyType,
} from './types.js';
import { Var } from './objects.js';
import { builtinInfos } from './universe.js';
import { multiExpr } from './assignments.js';

/** Statement builtins may stand alone as expression statements. */
export function builtinKinds(id: BuiltinId): ExprKind {
  return builtinInfos[id].statement ? ExprKind.Statement : ExprKind.Expression;
}

const emptyInterface = universeAnyType;

function makeSig(res: Type | undefined, ...args: Type[]): Signature {
  const params = new Tuple(args.map((t) => new Var(-1, undefined, undefined, '', t)));
  const results = new Tuple(res ? [new Var(-1, undefined, undefined, '', res)] : []);
  return new Signature(params, results, false);
}

function arrayPtrDeref(t: Type): Type {
  if (t.tag === 'Pointer') {
    const a = under(t.base);
    if (a.tag === 'Array') return a;
  }
  return t;
}

/** go/types builtin: returns false (and reports) if the call is invalid. */
export function builtin(check: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId): boolean {
  const bin = builtinInfos[id];
  const argList = call.args;
  if (call.ellipsis >= 0 && id !== BuiltinId.Append) {
    check.error(call, `${invalidOp}invalid use of ... with built-in ${bin.name}`);
    use(check, ...argList);
    return false;
  }
  let savedHasCall: boolean | undefined;
  if (id === BuiltinId.Len || id === BuiltinId.Cap) {
    savedHasCall = check.hasCallOrRecv;
    check.hasCallOrRecv = false;
  }
  try {
    return builtin0(check, x, call, id, bin, argList);
  } finally {
    if (savedHasCall !== undefined) check.hasCallOrRecv = savedHasCall;
  }
}

function builtin0(check: Checker, x: Operand, call: ast.CallExpr, id: BuiltinId, bin: typeof builtinInfos[BuiltinId], argList: ast.Expr[]): boolean {
  let args: Operand[] = [];
  let nargs: number;
  if (id === BuiltinId.Make || id === BuiltinId.New) {
    nargs = argList.length;
  } else {
    args = exprList1(check, argList);
    nargs = args.length;
    for (const a of args) if (a.mode === Mode.Invalid) return false;
    if (nargs > 0) x.assign(args[0]);
  }
  let msg = '';
  if (nargs < bin.nargs) msg = 'not enough';
  else if (!bin.variadic && nargs > bin.nargs) msg = 'too many';
  if (msg !== '') {
    check.error(call, `${invalidOp}${msg} arguments for ${exprString(call)} (expected ${bin.nargs}, found ${nargs})`);
    return false;
  }
  switch (id) {
    case BuiltinId.Append: {
      const S = x.type;
      const cs = coreType(S);
      let T: Type;
      if (cs && cs.tag === 'Slice') {
        T = cs.elem;
      } else {
        let cause: string;
        if (x.isNil()) cause = 'have untyped nil';
        else if (S.tag === 'TypeParam') {
          const u = coreType(S);
          cause = u ? `${check.opString(x)} has core type ${check.typeString(u)}` : `${check.opString(x)} has no core type`;
        } else cause = `have ${check.opString(x)}`;
        check.error(x, `first argument to append must be a slice; ${cause}`);
        return false;
      }
      if (nargs === 2 && call.ellipsis >= 0) {
        if (assignableTo(check, x, new Slice(ByteType), undefined)) {
          const y = args[1];
          const t = coreString(y.type);
          if (t && isString(t)) {
            const sig = makeSig(S, S, y.type);
            sig.variadic = true;
            check.recordBuiltinType(call.fun, sig);
            x.mode = Mode.Value;
            x.type = S;
            break;
          }
        }
      }
      const sig = makeSig(S, S, new Slice(T));
      sig.variadic = true;
      appendArguments(check, call, sig, args);
      x.mode = Mode.Value;
      x.type = S;
      check.recordBuiltinType(call.fun, sig);
      break;
    }
    case BuiltinId.Cap:
    case BuiltinId.Len: {
      let mode = Mode.Invalid;
      let val: constant.ConstValue | undefined;
      const t = arrayPtrDeref(under(x.type));
      switch (t.tag) {
        case 'Basic':
          if (isString(t) && id === BuiltinId.Len) {
            if (x.mode === Mode.Constant) {
              mode = Mode.Constant;
              val = constant.makeInt64(constant.stringByteLen(x.val!));
            } else {
              mode = Mode.Value;
            }
          }
          break;
        case 'Array':
          mode = Mode.Value;
          if (!check.hasCallOrRecv) {
            mode = Mode.Constant;
            val = t.len >= 0 ? constant.makeInt64(t.len) : constant.makeUnknown();
          }
          break;
        case 'Slice': case 'Chan':
          mode = Mode.Value;
          break;
        case 'Map':
          if (id === BuiltinId.Len) mode = Mode.Value;
          break;
        case 'Interface':
          if (x.type.tag !== 'TypeParam') break;
          if (computeInterfaceTypeSet(t).underIs((u) => {
            if (u === undefined) return false;
            const v = arrayPtrDeref(u);
            switch (v.tag) {
              case 'Basic': return isString(v) && id === BuiltinId.Len;
              case 'Array': case 'Slice': case 'Chan': return true;
              case 'Map': return id === BuiltinId.Len;
            }
            return false;
          })) mode = Mode.Value;
          break;
      }
      if (mode === Mode.Invalid) {
        if (isValid(under(x.type))) check.error(x, `${invalidArg}${check.opString(x)} for built-in ${bin.name}`);
        return false;
      }
      if (mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Int], x.type));
      x.mode = mode;
      x.type = Typ[BasicKind.Int];
      x.val = val;
      break;
    }
    case BuiltinId.Clear: {
      if (!underIs(x.type, (u) => {
        if (u && (u.tag === 'Map' || u.tag === 'Slice')) return true;
        check.error(x, `${invalidArg}cannot clear ${check.opString(x)}: argument must be (or constrained by) map or slice`);
        return false;
      })) return false;
      x.mode = Mode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(undefined, x.type));
      break;
    }
    case BuiltinId.Close: {
      if (!underIs(x.type, (u) => {
        if (!u || u.tag !== 'Chan') {
          check.error(x, `${invalidOp}cannot close non-channel ${check.opString(x)}`);
          return false;
        }
        if (u.dir === ChanDir.RecvOnly) {
          check.error(x, `${invalidOp}cannot close receive-only channel ${check.opString(x)}`);
          return false;
        }
        return true;
      })) return false;
      x.mode = Mode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(undefined, x.type));
      break;
    }
    case BuiltinId.Complex: {
      const y = args[1];
      let d = 0;
      if (isUntyped(x.type)) d |= 1;
      if (isUntyped(y.type)) d |= 2;
      switch (d) {
        case 1: convertUntyped(check, x, y.type); break;
        case 2: convertUntyped(check, y, x.type); break;
        case 3:
          if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
            const toFloat = (o: Operand): void => {
              if (isNumeric(o.type) && constant.sign(constant.imag(o.val!)) === 0) o.type = Typ[BasicKind.UntypedFloat];
            };
            toFloat(x);
            toFloat(y);
          } else {
            convertUntyped(check, x, Typ[BasicKind.Float64]);
            convertUntyped(check, y, Typ[BasicKind.Float64]);
          }
      }
      if (x.mode === Mode.Invalid || y.mode === Mode.Invalid) return false;
      if (!identical(x.type, y.type)) {
        check.error(x, `${invalidOp}${exprString(call)} (mismatched types ${check.typeString(x.type)} and ${check.typeString(y.type)})`);
        return false;
      }
      const f = (t: Type): Type | undefined => {
        const u = under(t);
        if (u.tag === 'Basic') {
          switch (u.kind) {
            case BasicKind.Float32: return Typ[BasicKind.Complex64];
            case BasicKind.Float64: return Typ[BasicKind.Complex128];
            case BasicKind.UntypedFloat: return Typ[BasicKind.UntypedComplex];
          }
        }
        return undefined;
      };
      const resTyp = applyTypeFunc(f, x.type);
      if (!resTyp) {
        check.error(x, `${invalidArg}arguments have type ${check.typeString(x.type)}, expected floating-point`);
        return false;
      }
      if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
        x.val = constant.binaryOp(constant.toFloat(x.val!), '+', constant.makeImag(constant.toFloat(y.val!)));
      } else {
        x.mode = Mode.Value;
      }
      if (x.mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(resTyp, x.type, x.type));
      x.type = resTyp;
      break;
    }
    case BuiltinId.Copy: {
      const dst0 = coreType(x.type);
      const dst = dst0 && dst0.tag === 'Slice' ? dst0 : undefined;
      const y = args[1];
      let src0 = coreString(y.type);
      if (src0 && isString(src0)) src0 = new Slice(ByteType);
      const src = src0 && src0.tag === 'Slice' ? src0 : undefined;
      if (!dst || !src) {
        check.error(x, `${invalidArg}copy expects slice arguments; found ${check.opString(x)} and ${check.opString(y)}`);
        return false;
      }
      if (!identical(dst.elem, src.elem)) {
        check.error(x, `${invalidArg}arguments to copy ${check.opString(x)} and ${check.opString(y)} have different element types ${check.typeString(dst.elem)} and ${check.typeString(src.elem)}`);
        return false;
      }
      check.recordBuiltinType(call.fun, makeSig(Typ[BasicKind.Int], x.type, y.type));
      x.mode = Mode.Value;
      x.type = Typ[BasicKind.Int];
      break;
    }
    case BuiltinId.Delete: {
      const map = x.type;
      let key: Type | undefined;
      if (!underIs(map, (u) => {
        if (!u || u.tag !== 'Map') {
          check.error(x, `${invalidArg}${check.opString(x)} is not a map`);
          return false;
        }
        if (key !== undefined && !identical(u.key, key)) {
          check.error(x, `${invalidArg}maps of ${check.opString(x)} must have identical key types`);
          return false;
        }
        key = u.key;
        return true;
      })) return false;
      x.assign(args[1]);
      assignment(check, x, key!, 'argument to delete');
      if (x.mode === Mode.Invalid) return false;
      x.mode = Mode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(undefined, map, key!));
      break;
    }
    case BuiltinId.Imag:
    case BuiltinId.Real: {
      if (isUntyped(x.type)) {
        if (x.mode === Mode.Constant) {
          if (isNumeric(x.type)) x.type = Typ[BasicKind.UntypedComplex];
        } else {
          convertUntyped(check, x, Typ[BasicKind.Complex128]);
          if (x.mode === Mode.Invalid) return false;
        }
      }
      const f = (t: Type): Type | undefined => {
        const u = under(t);
        if (u.tag === 'Basic') {
          switch (u.kind) {
            case BasicKind.Complex64: return Typ[BasicKind.Float32];
            case BasicKind.Complex128: return Typ[BasicKind.Float64];
            case BasicKind.UntypedComplex: return Typ[BasicKind.UntypedFloat];
          }
        }
        return undefined;
      };
      const resTyp = applyTypeFunc(f, x.type);
      if (!resTyp) {
        check.error(x, `${invalidArg}argument has type ${check.typeString(x.type)}, expected complex type`);
        return false;
      }
      if (x.mode === Mode.Constant) {
        x.val = id === BuiltinId.Real ? constant.real(x.val!) : constant.imag(x.val!);
      } else {
        x.mode = Mode.Value;
      }
      if (x.mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(resTyp, x.type));
      x.type = resTyp;
      break;
    }
    case BuiltinId.Make: {
      const arg0 = argList[0];
      const T = varType(check, arg0);
      if (!isValid(T)) return false;
      let min: number;
      const ct = coreType(T);
      if (ct === undefined) {
        check.error(arg0, `${invalidArg}cannot make ${exprString(arg0)}: no core type`);
        return false;
      }
      if (ct.tag === 'Slice') min = 2;
      else if (ct.tag === 'Map' || ct.tag === 'Chan') min = 1;
      else {
        check.error(arg0, `${invalidArg}cannot make ${exprString(arg0)}; type must be slice, map, or channel`);
        return false;
      }
      if (nargs < min || min + 1 < nargs) {
        check.error(call, `${invalidOp}${exprString(call)} expects ${min} or ${min + 1} arguments; found ${nargs}`);
        return false;
      }
      const types: Type[] = [T];
      const sizes: number[] = [];
      for (const a of argList.slice(1)) {
        const r = checkIndex(check, a, -1);
        types.push(r.type);
        if (r.val >= 0) sizes.push(r.val);
      }
      if (sizes.length === 2 && sizes[0] > sizes[1]) {
        check.error(argList[1], `${invalidArg}length and capacity swapped`);
      }
      x.mode = Mode.Value;
      x.type = T;
      check.recordBuiltinType(call.fun, makeSig(T, ...types));
      break;
    }
    case BuiltinId.Max:
    case BuiltinId.Min: {
      const op = id === BuiltinId.Max ? '>' : '<';
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a.mode === Mode.Invalid) return false;
        if (!allOrdered(a.type)) {
          check.error(a, `${invalidArg}${check.opString(a)} cannot be ordered`);
          return false;
        }
        if (i === 0) {
          x.assign(a);
          continue;
        }
        matchTypes(check, x, a);
        if (x.mode === Mode.Invalid) return false;
        if (!identical(x.type, a.type)) {
          check.error(a, `${invalidArg}mismatched types ${check.typeString(x.type)} (previous argument) and ${check.typeString(a.type)} (type of ${exprString(a.expr!)})`);
          return false;
        }
        if (x.mode === Mode.Constant && a.mode === Mode.Constant) {
          if (constant.compare(a.val!, op, x.val!)) x.assign(a);
        } else {
          x.mode = Mode.Value;
        }
      }
      if (x.mode !== Mode.Constant) {
        x.mode = Mode.Value;
        assignment(check, x, emptyInterface, `argument to built-in ${bin.name}`);
        if ((x.mode as Mode) === Mode.Invalid) return false;
      }
      for (const a of args) updateExprType(check, a.expr!, x.type, true);
      if (x.mode !== Mode.Constant) check.recordBuiltinType(call.fun, makeSig(x.type, ...args.map(() => x.type)));
      break;
    }
    case BuiltinId.New: {
      const T = varType(check, argList[0]);
      if (!isValid(T)) return false;
      x.mode = Mode.Value;
      x.type = new Pointer(T);
      check.recordBuiltinType(call.fun, makeSig(x.type, T));
      break;
    }
    case BuiltinId.Panic: {
      if (check.sig && check.sig.results.vars.length > 0) {
        if (!check.isPanic) check.isPanic = new Set();
        check.isPanic.add(call);
      }
      assignment(check, x, emptyInterface, 'argument to panic');
      if (x.mode === Mode.Invalid) return false;
      x.mode = Mode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(undefined, emptyInterface));
      break;
    }
    case BuiltinId.Print:
    case BuiltinId.Println: {
      const params: Type[] = [];
      for (const a of args) {
        assignment(check, a, undefined, `argument to built-in ${bin.name}`);
        if (a.mode === Mode.Invalid) return false;
        params.push(a.type);
      }
      x.mode = Mode.NoValue;
      check.recordBuiltinType(call.fun, makeSig(undefined, ...params));
      break;
    }
    case BuiltinId.Recover:
      x.mode = Mode.Value;
      x.type = emptyInterface;
      check.recordBuiltinType(call.fun, makeSig(emptyInterface));
      break;
    default:
      check.error(call, `invalid syntax tree: unknown builtin ${bin.name}`);
      return false;
  }
  return true;
}

/** Arguments are evaluated like go/types exprList: one multi-value call may supply several. */
function exprList1(check: Checker, argList: ast.Expr[]): Operand[] {
  if (argList.length === 1) {
    return multiExprValues(check, argList[0]);
  }
  return exprList(check, argList);
}

function multiExprValues(check: Checker, e: ast.Expr): Operand[] {
  return multiExpr(check, e, false).list;
}

/** append's variadic arguments, checked like an ordinary call to func(S, ...T) S. */
function appendArguments(check: Checker, call: ast.CallExpr, sig: Signature, args: Operand[]): void {
  const nargs = args.length;
  const ddd = call.ellipsis >= 0;
  let params: Type[];
  const S = sig.params.vars[0].type!;
  const sliceT = sig.params.vars[1].type as Slice;
  if (ddd) {
    if (call.args.length === 1 && nargs > 1) {
      check.error(call, `cannot use ... with ${nargs}-valued ${exprString(call.args[0])}`);
      return;
    }
    params = [S, sliceT];
    if (nargs !== 2) {
      const at: ast.Node | Operand = nargs > 2 ? args[2] : nargs > 0 ? args[nargs - 1] : call;
      const q = nargs > 2 ? 'too many' : 'not enough';
      check.error(at, `${q} arguments in call to ${exprString(call.fun)}\n\thave ${summary(check, args.map((a) => a.type))}\n\twant (${check.typeString(S)}, ...${check.typeString(sliceT.elem)})`);
      return;
    }
  } else {
    params = [S];
    for (let i = 1; i < nargs; i++) params.push(sliceT.elem);
  }
  const context = `argument to ${exprString(call.fun)}`;
  for (let i = 0; i < nargs; i++) assignment(check, args[i], params[i], context);
}

function summary(check: Checker, list: Type[]): string {
  const parts = list.map((t) => (isTyped(t) ? check.typeString(t) : isNumeric(t) ? 'number' : (t as { name: string }).name.replace('untyped ', '')));
  return '(' + parts.join(', ') + ')';
}

/** go/types applyTypeFunc (no type parameter support beyond the simple case). */
function applyTypeFunc(f: (t: Type) => Type | undefined, t: Type): Type | undefined {
  if (t.tag === 'TypeParam') {
    let res: Type | undefined;
    let ok = true;
    computeInterfaceTypeSet(t.iface()).underIs((u) => {
      const r = u ? f(u) : undefined;
      if (!r) { ok = false; return false; }
      if (res && !identical(res, r)) { ok = false; return false; }
      res = r;
      return true;
    });
    return ok ? res : undefined;
  }
  return f(t);
}

export { Interface };
