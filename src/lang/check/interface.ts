// Interface types (go/types interface.go): methods (with the interface or the
// defined type as receiver), embedded interfaces, and type-set elements
// (`~int | string`); type sets are computed lazily (typeset.ts).

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import { Func, type TypeName, Var } from './objects.js';
import { computeInterfaceTypeSet, methodLess, topTypeSet } from './typeset.js';
import { typ } from './typexpr.js';
import { parseUnion } from './union.js';
import { type Interface, type Type, invalidType } from './types.js';

export function interfaceType(check: Checker, ityp: Interface, iface: ast.InterfaceType, def: TypeName | undefined): void {
  for (const f of iface.methods.list) {
    if (f.names.length === 0) {
      if (!ityp.embedPos) ityp.embedPos = [];
      ityp.embedPos.push(f.type.pos);
      ityp.embeddeds.push(parseUnion(check, f.type));
      continue;
    }
    const name = f.names[0];
    if (name.name === '_') {
      check.error(name, 'methods must have a unique non-blank name');
      continue;
    }
    const t = typ(check, f.type);
    if (t.tag !== 'Signature') {
      if (t !== invalidType) check.error(f.type, `invalid syntax tree: ${check.typeString(t)} is not a method signature`);
      continue;
    }
    const recvTyp: Type = def && def.type ? def.type : ityp;
    t.recv = new Var(name.pos, check.file, check.pkg, '', recvTyp);
    const m = new Func(name.pos, check.file, check.pkg, name.name, t);
    check.recordDef(name, m);
    ityp.methods.push(m);
  }
  ityp.complete = true;
  if (ityp.methods.length === 0 && ityp.embeddeds.length === 0) {
    ityp.tset = topTypeSet;
    return;
  }
  ityp.methods.sort(methodLess);
  check.later(() => {
    computeInterfaceTypeSet(ityp);
  });
}
