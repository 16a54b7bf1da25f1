// Invalid recursive types (go/types validtype.go): a type may not contain
// itself by value (through arrays, struct fields, or embedded interfaces),
// directly or through instantiated generic types.

import type { Checker } from './checker.js';
import { cycleError } from './decl.js';
import { identical, isValid } from './predicates.js';
import { type Named, type Type, invalidType } from './types.js';

export function validType(check: Checker, typ: Named): void {
  validType0(check, typ, [], []);
}

function validType0(check: Checker, typ: Type, nest: Named[], path: Named[]): boolean {
  switch (typ.tag) {
    case 'Array':
      return validType0(check, typ.elem, nest, path);
    case 'Struct':
      for (const f of typ.fields) if (!validType0(check, f.type!, nest, path)) return false;
      return true;
    case 'Union':
      for (const t of typ.terms) if (!validType0(check, t.type!, nest, path)) return false;
      return true;
    case 'Interface':
      for (const e of typ.embeddeds) if (!validType0(check, e, nest, path)) return false;
      return true;
    case 'Named': {
      const u = typ.rawUnderlying();
      if (u === undefined || !isValid(u)) return false;
      for (const e of nest) {
        if (e === typ || identical(e, typ)) {
          typ.underlyingT = invalidType;
          typ.orig.underlyingT = invalidType;
          for (let start = 0; start < path.length; start++) {
            const p = path[start];
            if (p === typ || identical(p, typ)) {
              cycleError(check, path.slice(start).map((n) => n.obj));
              return false;
            }
          }
          return false;
        }
      }
      const rhs = typ.orig.fromRHS;
      if (rhs === undefined) return true;
      return validType0(check, rhs, [...nest, typ], [...path, typ]);
    }
    case 'TypeParam': {
      const d = nest.length - 1;
      if (d >= 0) {
        const inst = nest[d];
        const tparams = inst.orig.tparams ?? [];
        const targs = inst.targs ?? [];
        for (let i = 0; i < tparams.length; i++) {
          if (typ === tparams[i] && i < targs.length) {
            return validType0(check, targs[i], nest.slice(0, d), path);
          }
        }
      }
      return true;
    }
    default:
      return true;
  }
}
