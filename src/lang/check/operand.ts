// Operands: the intermediate values of expression checking (go/types operand.go),
// and their descriptions in messages: `x (variable of type int)`,
// `1 (untyped int constant)`, `f() (value of type int)`, `nil`.

import type * as ast from '../ast.js';
import * as constant from './constvalue.js';
import type { ConstValue } from './constvalue.js';
import { syntaxPos } from './errors.js';
import { exprString } from './exprstring.js';
import { BuiltinId } from './objects.js';
import { Mode } from './package.js';
import { isGeneric, isUntyped } from './predicates.js';
import { hasEmptyTypeset } from './typeset.js';
import { type Qualifier, typeString } from './typestring.js';
import { BasicKind, type Type, Typ, invalidType } from './types.js';
import { builtinInfos } from './universe.js';

export { Mode };

const modeString: Record<Mode, string> = {
  [Mode.Invalid]: 'invalid operand',
  [Mode.NoValue]: 'no value',
  [Mode.Builtin]: 'built-in',
  [Mode.TypExpr]: 'type',
  [Mode.Constant]: 'constant',
  [Mode.Variable]: 'variable',
  [Mode.MapIndex]: 'map index expression',
  [Mode.Value]: 'value',
  [Mode.NilValue]: 'nil',
  [Mode.CommaOk]: 'comma, ok expression',
  [Mode.CommaErr]: 'comma, error expression',
};

export class Operand {
  declare mode: Mode;
  declare expr: ast.Expr | undefined;
  declare type: Type;
  declare val: ConstValue | undefined;
  declare id: BuiltinId;
  constructor() {
    this.mode = Mode.Invalid;
    this.expr = undefined;
    this.type = invalidType;
    this.val = undefined;
    this.id = BuiltinId.Append;
  }

  assign(y: Operand): void {
    this.mode = y.mode;
    this.expr = y.expr;
    this.type = y.type;
    this.val = y.val;
    this.id = y.id;
  }

  clone(): Operand {
    const x = new Operand();
    x.assign(this);
    return x;
  }

  /** Makes x an invalid operand (as at the start of expression checking). */
  reset(): void {
    this.mode = Mode.Invalid;
    this.type = invalidType;
    this.val = undefined;
  }

  invalidate(): void {
    this.mode = Mode.Invalid;
  }

  isNil(): boolean {
    return this.mode === Mode.NilValue || (this.mode === Mode.Value && this.type === Typ[BasicKind.UntypedNil]);
  }

  /** gc's syntax position of the operand's expression (operand.Pos), or -1. */
  pos(): number {
    return this.expr ? syntaxPos(this.expr) : -1;
  }
}

/**
 * go/types operandString:
 *   <expr> (<untyped kind> <mode>)
 *   <expr> (<mode> of type <typ>)
 *   <expr> (<untyped kind> constant <val>)  when the value differs from the expression text
 */
export function operandString(x: Operand, qf: Qualifier | undefined): string {
  if (x.mode === Mode.NilValue) {
    const t = x.type;
    if (t === undefined || t === invalidType) return 'nil (with invalid type)';
    if (t === Typ[BasicKind.UntypedNil]) return 'nil';
    return `nil (of type ${typeString(t, qf)})`;
  }
  let buf = '';
  let expr = '';
  if (x.expr) {
    expr = exprString(x.expr);
  } else {
    switch (x.mode) {
      case Mode.Builtin: expr = builtinInfos[x.id].name; break;
      case Mode.TypExpr: expr = typeString(x.type, qf); break;
      case Mode.Constant: expr = x.val ? constant.toMessageString(x.val) : ''; break;
    }
  }
  if (expr !== '') buf += expr + ' (';
  let hasType = false;
  switch (x.mode) {
    case Mode.Invalid: case Mode.NoValue: case Mode.Builtin: case Mode.TypExpr:
      break;
    default:
      if (x.type !== undefined) {
        if (isUntyped(x.type)) {
          buf += (x.type as { name: string }).name + ' ';
          break;
        }
        hasType = true;
      }
  }
  buf += modeString[x.mode];
  if (x.mode === Mode.Constant && x.val) {
    const s = constant.toMessageString(x.val);
    if (s !== expr) buf += ' ' + s;
  }
  if (hasType) {
    if (x.type !== invalidType) {
      buf += isGeneric(x.type) ? ' of generic type ' : ' of type ';
      buf += typeString(x.type, qf);
      if (x.type.tag === 'TypeParam') {
        buf += ' constrained by ' + typeString(x.type.bound, qf);
        if (hasEmptyTypeset(x.type)) buf += ' with empty type set';
      }
    } else {
      buf += ' with invalid type';
    }
  }
  if (expr !== '') buf += ')';
  return buf;
}
