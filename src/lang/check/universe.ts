// The universe scope (go/types/universe.go): every predeclared identifier of
// the Go spec ("Predeclared identifiers"): the basic types with byte and rune,
// error, any, comparable; true, false, iota, nil; and the built-in functions.

import * as constant from './constvalue.js';
import { Builtin, BuiltinId, Const, Func, Nil, TypeName, Var } from './objects.js';
import { universeRuneRef } from './predicates.js';
import { Scope, universeScopeRef } from './scope.js';
import {
  BasicKind, ByteType, Named, RuneType, Signature, Tuple, Typ, emptyTuple,
  universeAnyType, universeComparableIface, Interface,
} from './types.js';

/** Arity and kind of each builtin (go/types predeclaredFuncs). */
export interface BuiltinInfo {
  name: string;
  nargs: number;
  variadic: boolean;
  /** Statement builtins may be used as expression statements. */
  statement: boolean;
}

export const builtinInfos: Record<BuiltinId, BuiltinInfo> = {
  [BuiltinId.Append]: { name: 'append', nargs: 1, variadic: true, statement: false },
  [BuiltinId.Cap]: { name: 'cap', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Clear]: { name: 'clear', nargs: 1, variadic: false, statement: true },
  [BuiltinId.Close]: { name: 'close', nargs: 1, variadic: false, statement: true },
  [BuiltinId.Complex]: { name: 'complex', nargs: 2, variadic: false, statement: false },
  [BuiltinId.Copy]: { name: 'copy', nargs: 2, variadic: false, statement: true },
  [BuiltinId.Delete]: { name: 'delete', nargs: 2, variadic: false, statement: true },
  [BuiltinId.Imag]: { name: 'imag', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Len]: { name: 'len', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Make]: { name: 'make', nargs: 1, variadic: true, statement: false },
  [BuiltinId.Max]: { name: 'max', nargs: 1, variadic: true, statement: false },
  [BuiltinId.Min]: { name: 'min', nargs: 1, variadic: true, statement: false },
  [BuiltinId.New]: { name: 'new', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Panic]: { name: 'panic', nargs: 1, variadic: false, statement: true },
  [BuiltinId.Print]: { name: 'print', nargs: 0, variadic: true, statement: true },
  [BuiltinId.Println]: { name: 'println', nargs: 0, variadic: true, statement: true },
  [BuiltinId.Real]: { name: 'real', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Recover]: { name: 'recover', nargs: 0, variadic: false, statement: true },
  [BuiltinId.Add]: { name: 'Add', nargs: 2, variadic: false, statement: false },
  [BuiltinId.Alignof]: { name: 'Alignof', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Offsetof]: { name: 'Offsetof', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Sizeof]: { name: 'Sizeof', nargs: 1, variadic: false, statement: false },
  [BuiltinId.Slice]: { name: 'Slice', nargs: 2, variadic: false, statement: false },
  [BuiltinId.SliceData]: { name: 'SliceData', nargs: 1, variadic: false, statement: false },
  [BuiltinId.String]: { name: 'String', nargs: 2, variadic: false, statement: false },
  [BuiltinId.StringData]: { name: 'StringData', nargs: 1, variadic: false, statement: false },
};

export const Universe = new Scope(undefined, 0, 0, 'universe');
universeScopeRef.scope = Universe;

function def(obj: TypeName | Const | Nil | Builtin | Func): void {
  Universe.insert(obj);
  obj.parent = Universe;
}

// basic types
for (let k = BasicKind.Bool; k <= BasicKind.String; k++) {
  def(new TypeName(-1, undefined, undefined, Typ[k].name, Typ[k]));
}
def(new TypeName(-1, undefined, undefined, 'byte', ByteType));
def(new TypeName(-1, undefined, undefined, 'rune', RuneType));

// any: an alias for interface{} (printed as "any")
export const universeAny = new TypeName(-1, undefined, undefined, 'any', universeAnyType);
universeAny.aliasDecl = true;
def(universeAny);

// error: type error interface{ Error() string }
export const universeErrorObj = new TypeName(-1, undefined, undefined, 'error', undefined);
export const universeError = new Named(universeErrorObj, undefined);
universeErrorObj.type = universeError;
{
  const iface = new Interface();
  const recv = new Var(-1, undefined, undefined, '', universeError);
  const res = new Var(-1, undefined, undefined, '', Typ[BasicKind.String]);
  res.isParam = true;
  const sig = new Signature(emptyTuple, new Tuple([res]), false);
  sig.recv = recv;
  const m = new Func(-1, undefined, undefined, 'Error', sig);
  iface.methods = [m];
  iface.complete = true;
  universeError.underlyingT = iface;
  universeError.fromRHS = iface;
  def(universeErrorObj);
}

// comparable: type comparable interface{ comparable }
export const universeComparableObj = new TypeName(-1, undefined, undefined, 'comparable', undefined);
export const universeComparable = new Named(universeComparableObj, universeComparableIface);
universeComparable.fromRHS = universeComparableIface;
universeComparableObj.type = universeComparable;
def(universeComparableObj);

// constants
export const universeTrue = new Const(-1, undefined, undefined, 'true', Typ[BasicKind.UntypedBool], constant.makeBool(true));
export const universeFalse = new Const(-1, undefined, undefined, 'false', Typ[BasicKind.UntypedBool], constant.makeBool(false));
export const universeIota = new Const(-1, undefined, undefined, 'iota', Typ[BasicKind.UntypedInt], constant.makeInt64(0));
def(universeTrue);
def(universeFalse);
def(universeIota);

export const universeNil = new Nil(-1, undefined, undefined, 'nil', Typ[BasicKind.UntypedNil]);
def(universeNil);

for (let id = BuiltinId.Append; id <= BuiltinId.Recover; id++) {
  def(new Builtin(builtinInfos[id as BuiltinId].name, id as BuiltinId));
}

export const universeByte = ByteType;
export const universeRune = RuneType;
universeRuneRef.rune = RuneType;
