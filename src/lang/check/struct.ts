// Struct types (go/types struct.go): fields, embedded fields (named by their
// type name), tags, duplicate field names, and the embedded-type rules.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import { ErrorBuilder } from './errors.js';
import { exprString } from './exprstring.js';
import { Var } from './objects.js';
import { unquoteImportPath } from './resolver.js';
import { varType } from './typexpr.js';
import { BasicKind, type Struct, type Type, invalidType, under } from './types.js';

export function structType(check: Checker, styp: Struct, e: ast.StructType): void {
  const fields: Var[] = [];
  let tags: (string | undefined)[] | undefined;
  const fset = new Map<string, Var>();
  let typ: Type = invalidType;
  let tag = '';
  const add = (ident: ast.Ident, embedded: boolean, pos: number): void => {
    if (tag !== '' && tags === undefined) tags = new Array(fields.length).fill(undefined);
    if (tags) tags.push(tag === '' ? undefined : tag);
    const name = ident.name;
    const fld = new Var(pos, check.file, check.pkg, name, typ);
    fld.isField = true;
    fld.embedded = embedded;
    if (name !== '_') {
      const alt = fset.get(fld.objId());
      if (alt) {
        const err = new ErrorBuilder(check);
        err.addf(pos, `${name} redeclared`);
        err.addAltDecl(alt);
        err.report();
        if (tags) tags.pop();
        return;
      }
      fset.set(fld.objId(), fld);
    }
    fields.push(fld);
    check.recordDef(ident, fld);
  };
  for (const f of e.fields.list) {
    typ = varType(check, f.type);
    tag = f.tag ? structTag(check, f.tag) : '';
    if (f.names.length > 0) {
      for (const name of f.names) add(name, false, name.pos);
      continue;
    }
    const pos = f.type.pos;
    const name = embeddedFieldIdent(f.type);
    if (name === undefined) {
      check.error(pos, `invalid embedded field type ${exprString(f.type)}`);
      typ = invalidType;
      tag = '';
      add({ kind: 'Ident', pos, end: pos, name: '_' }, true, pos);
      continue;
    }
    add(name, true, pos);
    const embeddedTyp = typ;
    const file = check.file;
    check.later(() => {
      let t = embeddedTyp;
      let isPtr = false;
      if (t.tag === 'Pointer') {
        t = t.base;
        isPtr = true;
      }
      const saved = check.file;
      check.file = file;
      const u = under(t);
      switch (u.tag) {
        case 'Basic':
          if (t === invalidType) break;
          if (u.kind === BasicKind.UnsafePointer) check.error(pos, 'embedded field type cannot be unsafe.Pointer');
          break;
        case 'Pointer':
          check.error(pos, 'embedded field type cannot be a pointer');
          break;
        case 'Interface':
          if (t.tag === 'TypeParam') {
            check.error(pos, 'embedded field type cannot be a (pointer to a) type parameter');
            break;
          }
          if (isPtr) check.error(pos, 'embedded field type cannot be a pointer to an interface');
          break;
      }
      check.file = saved;
    });
  }
  styp.fields = fields;
  styp.tags = tags;
}

function embeddedFieldIdent(e: ast.Expr): ast.Ident | undefined {
  switch (e.kind) {
    case 'Ident':
      return e;
    case 'StarExpr':
      if (e.x.kind !== 'StarExpr') return embeddedFieldIdent(e.x);
      return undefined;
    case 'SelectorExpr':
      return e.sel;
    case 'IndexExpr':
      return embeddedFieldIdent(e.x);
    case 'ParenExpr':
      return undefined;
  }
  return undefined;
}

function structTag(check: Checker, t: ast.BasicLit): string {
  if (t.litKind === 'STRING') {
    const v = unquoteImportPath(t.value);
    if (v !== undefined) return v;
  }
  check.error(t, `invalid syntax tree: incorrect tag syntax: ${JSON.stringify(t.value)}`);
  return '';
}
