// Collecting package-level objects (go/types resolver.go): imports (with
// chanscope's `package X is not available in chanscope` for paths the importer
// does not provide), constants with iota and inherited initializers, variables
// (n:1 declarations share one DeclInfo), types, functions, and methods grouped
// by receiver base type name. packageObjects then type-checks them in source
// order: non-alias types, aliases, then everything else.

import type * as ast from '../ast.js';
import { type Checker, type DeclInfo, newDeclInfo } from './checker.js';
import * as constant from './constvalue.js';
import { stringVal, textFromBytes } from '../constant.js';
import { declare, objDecl } from './decl.js';
import { ErrorBuilder } from './errors.js';
import { exprString as exprStringOf, unparen } from './exprstring.js';
import { Const, Func, type Obj, PkgName, TypeName, Var } from './objects.js';
import { Package } from './package.js';
import { Scope } from './scope.js';
import { Universe } from './universe.js';

/** strconv.Unquote for import paths and struct tags (interpreted or raw strings). */
export function unquoteImportPath(lit: string): string | undefined {
  if (lit.length < 2) return undefined;
  const q = lit[0];
  if (q === '`') return lit[lit.length - 1] === '`' ? lit.slice(1, -1).replace(/\r/g, '') : undefined;
  if (q !== '"' || lit[lit.length - 1] !== '"') return undefined;
  const body = lit.slice(1, -1);
  if (body.indexOf('\\') < 0) return body;
  const v = constant.makeFromLiteral(lit, 'STRING');
  if (constant.kindOf(v) !== constant.Kind.String) return undefined;
  return textFromBytes(stringVal(v));
}

function validatedImportPath(lit: string): { path: string; err?: string } {
  const s = unquoteImportPath(lit);
  if (s === undefined) return { path: '', err: 'invalid syntax' };
  if (s === '') return { path: '', err: 'empty string' };
  const illegal = '!"#$%&\'()*,:;<=>?[\\]^{|}`\uFFFD';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20 || c === 0x7f || (c >= 0x80 && c <= 0xa0) || illegal.includes(ch) || /\s/u.test(ch)) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      // %#U: the quoted character follows when it is printable (strconv.IsPrint)
      const printable = ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch);
      return { path: s, err: `invalid character U+${hex}` + (printable ? ` '${ch}'` : '') };
    }
  }
  return { path: s };
}

function lastPathElem(path: string): string {
  let name = path;
  if (name.endsWith('/')) name = name.slice(0, -1);
  const i = name.lastIndexOf('/');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** Imports path (cached per checker); unavailable packages become fake ones (errors reported once per spec). */
function importPackage(check: Checker, pathLit: ast.BasicLit, path: string): Package {
  const cached = check.impMap.get(path);
  if (cached) {
    if (cached.fake) check.error(pathLit, `package ${path} is not available in chanscope`);
    return cached;
  }
  let imp = check.opts.importer.importPackage(path);
  if (imp === undefined) {
    check.error(pathLit, `package ${path} is not available in chanscope`);
    imp = new Package(path, lastPathElem(path), Universe);
    imp.fake = true;
  }
  check.impMap.set(path, imp);
  return imp;
}

/** go/types Checker.arity: const/var specs need matching name and value counts. */
function arity(check: Checker, specPos: number, names: ast.Ident[], inits: ast.Expr[], constDecl: boolean, inherited: boolean): void {
  const l = names.length;
  const r = inits.length;
  if (l < r) {
    const n = inits[l];
    if (inherited) {
      const p = check.file.position(n.pos);
      check.error(specPos, `extra init expr at ${p.filename}:${p.line}:${p.column}`);
    } else {
      check.error(n, `extra init expr ${exprStringOf(n)}`);
    }
  } else if (l > r && (constDecl || r !== 1)) {
    const n = names[r];
    check.error(n, `missing init expr for ${n.name}`);
  }
}

export { arity };

export function collectObjects(check: Checker): void {
  const pkg = check.pkg;
  const pkgImports = new Set<Package>(pkg.imports);
  const methods: { obj: Func; ptr: boolean; recv: ast.Ident }[] = [];

  for (const { source, file } of check.files) {
    check.file = source;
    check.recordDef(file.name, undefined);
    const fileScope = new Scope(pkg.scope, file.pos, file.end, source.name, source);
    check.fileScopes.push(fileScope);
    check.recordScope(file, fileScope);
    check.scope = fileScope;

    for (const decl of file.decls) {
      if (decl.kind === 'FuncDecl') {
        collectFunc(check, decl, source, fileScope, methods);
        continue;
      }
      if (decl.kind !== 'GenDecl') continue;
      switch (decl.tok) {
        case 'import':
          for (const s of decl.specs) {
            if (s.kind !== 'ImportSpec') continue;
            collectImport(check, s, fileScope, pkgImports);
          }
          break;
        case 'const': {
          let lastType: ast.Expr | undefined;
          let lastValues: ast.Expr[] | undefined;
          for (const s of decl.specs) {
            if (s.kind !== 'ValueSpec') continue;
            let inherited = true;
            if (s.type !== undefined || s.values.length > 0) {
              lastType = s.type;
              lastValues = s.values;
              inherited = false;
            } else if (lastValues === undefined) {
              lastType = undefined;
              lastValues = [];
              inherited = false;
            }
            const values = lastValues!;
            for (let i = 0; i < s.names.length; i++) {
              const name = s.names[i];
              const obj = new Const(name.pos, source, pkg, name.name, undefined, constant.makeInt64(s.iota));
              const d = newDeclInfo(source, fileScope);
              d.vtyp = lastType;
              d.init = i < values.length ? values[i] : undefined;
              d.inherited = inherited;
              declarePkgObj(check, name, obj, d);
            }
            arity(check, s.pos, s.names, values, true, inherited);
          }
          break;
        }
        case 'var':
          for (const s of decl.specs) {
            if (s.kind !== 'ValueSpec') continue;
            const lhs: Var[] = [];
            let d1: DeclInfo | undefined;
            if (s.values.length === 1) {
              d1 = newDeclInfo(source, fileScope);
              d1.lhs = lhs;
              d1.vtyp = s.type;
              d1.init = s.values[0];
            }
            for (let i = 0; i < s.names.length; i++) {
              const name = s.names[i];
              const obj = new Var(name.pos, source, pkg, name.name, undefined);
              lhs.push(obj);
              let d = d1;
              if (!d) {
                d = newDeclInfo(source, fileScope);
                d.vtyp = s.type;
                d.init = i < s.values.length ? s.values[i] : undefined;
              }
              declarePkgObj(check, name, obj, d);
            }
            if (s.type === undefined || s.values.length > 0) {
              arity(check, s.pos, s.names, s.values, false, false);
            }
          }
          break;
        case 'type':
          for (const s of decl.specs) {
            if (s.kind !== 'TypeSpec') continue;
            const obj = new TypeName(s.name.pos, source, pkg, s.name.name, undefined);
            const d = newDeclInfo(source, fileScope);
            d.tdecl = s;
            declarePkgObj(check, s.name, obj, d);
          }
          break;
      }
    }
  }

  // Objects in package and file scopes must have different names.
  for (const scope of check.fileScopes) {
    for (const [name, obj] of scope.elems) {
      const alt = pkg.scope.lookup(name);
      if (alt === undefined) continue;
      const err = new ErrorBuilder(check);
      if (obj.kind === 'pkgname') {
        err.addf(alt, `${alt.name} already declared through import of package ${obj.imported.name} (${JSON.stringify(obj.imported.path)})`);
        err.addAltDecl(obj);
      } else {
        const p = obj.pkg!;
        err.addf(alt, `${alt.name} already declared through dot-import of package ${p.name} (${JSON.stringify(p.path)})`);
        err.addAltDecl(obj);
      }
      err.report();
    }
  }

  // Associate methods with their receiver base type names.
  for (const m of methods) {
    const r = resolveBaseTypeName(check, m.ptr, m.recv);
    if (r) {
      m.obj.hasPtrRecv = r.ptr;
      let list = check.methods.get(r.base);
      if (!list) check.methods.set(r.base, (list = []));
      list.push(m.obj);
    }
  }
}

function collectImport(check: Checker, s: ast.ImportSpec, fileScope: Scope, pkgImports: Set<Package>): void {
  const pkg = check.pkg;
  const { path, err } = validatedImportPath(s.path.value);
  if (err !== undefined) {
    check.error(s.path, `invalid import path (${err})`);
    return;
  }
  const imp = importPackage(check, s.path, path);
  if (!pkgImports.has(imp)) {
    pkgImports.add(imp);
    pkg.imports.push(imp);
  }
  let name = imp.name;
  if (s.name) {
    name = s.name.name;
    if (name === 'init') {
      check.error(s.name, 'cannot import package as init - init must be a func');
      return;
    }
  }
  const obj = new PkgName(s.pos, check.file, pkg, name, imp);
  if (s.name) check.recordDef(s.name, obj);
  else check.recordImplicit(s, obj);
  if (imp.fake) obj.used = true;
  check.imports.push(obj);
  if (name === '.') {
    let dots = check.dotImportMap.get(fileScope);
    if (!dots) check.dotImportMap.set(fileScope, (dots = new Map()));
    for (const [n, o] of imp.scope.elems) {
      if (!o.exported()) continue;
      const alt = fileScope.lookup(n);
      if (alt) {
        const e = new ErrorBuilder(check);
        e.addf(s.name!, `${alt.name} redeclared in this block`);
        e.addAltDecl(alt);
        e.report();
      } else {
        fileScope.elems.set(n, o);
        dots.set(n, obj);
      }
    }
  } else {
    declare(check, fileScope, undefined, obj, 0);
  }
}

function collectFunc(check: Checker, d: ast.FuncDecl, source: typeof check.file, fileScope: Scope,
  methods: { obj: Func; ptr: boolean; recv: ast.Ident }[]): void {
  const pkg = check.pkg;
  const name = d.name.name;
  const obj = new Func(d.name.pos, source, pkg, name, undefined);
  const tparams = d.type.typeParams;
  if (d.recv === undefined) {
    if (name === 'init' || (name === 'main' && pkg.name === 'main')) {
      if (tparams && tparams.list.length > 0) {
        check.softError(tparams.list[0], `func ${name} must have no type parameters`);
      }
      const t = d.type;
      if (t.params.list.length !== 0 || (t.results && t.results.list.length !== 0)) {
        check.softError(d.name, `func ${name} must have no arguments and no return values`);
      }
    }
    if (name === 'init') {
      obj.parent = pkg.scope;
      check.recordDef(d.name, obj);
      if (d.body === undefined) check.softError(obj.pos, 'missing function body');
    } else {
      declare(check, pkg.scope, d.name, obj, 0);
    }
  } else {
    const { ptr, rname } = unpackRecv(d.recv.list.length ? d.recv.list[0].type : undefined);
    if (rname && name !== '_') methods.push({ obj, ptr, recv: rname });
    check.recordDef(d.name, obj);
  }
  const info = newDeclInfo(source, fileScope);
  info.fdecl = d;
  check.objMap.set(obj, info);
  obj.order = check.objMap.size;
  check.info.funcDecls.set(d, obj);
  if (d.body === undefined && !check.opts.isApiPackage && name !== 'init') check.bodyless.push(d);
}

/** Unpacks a receiver type expression: pointer-ness, base type name, and the type parameter expressions. */
export function unpackRecv(rtyp: ast.Expr | undefined): { ptr: boolean; rname: ast.Ident | undefined; tparams: ast.Expr[] | undefined } {
  let ptr = false;
  let t = rtyp;
  while (t) {
    if (t.kind === 'ParenExpr') t = t.x;
    else if (t.kind === 'StarExpr') {
      ptr = true;
      t = t.x;
    } else break;
  }
  let tparams: ast.Expr[] | undefined;
  if (t && t.kind === 'IndexExpr') {
    tparams = t.indices;
    t = t.x;
  }
  return { ptr, rname: t && t.kind === 'Ident' ? t : undefined, tparams };
}

/**
 * go/types resolveBaseTypeName: follows aliases to a non-alias package-level type
 * name, with at most one pointer indirection; undefined if there is none.
 */
function resolveBaseTypeName(check: Checker, seenPtr: boolean, name0: ast.Expr): { ptr: boolean; base: TypeName } | undefined {
  let ptr = seenPtr;
  let typ = name0;
  const seen = new Set<TypeName>();
  for (;;) {
    typ = unparen(typ);
    if (typ.kind === 'StarExpr') {
      if (ptr) return undefined;
      ptr = true;
      typ = unparen(typ.x);
    }
    if (typ.kind !== 'Ident') return undefined;
    const obj = check.pkg.scope.lookup(typ.name);
    if (!obj || obj.kind !== 'type') return undefined;
    if (seen.has(obj)) return undefined;
    const d = check.objMap.get(obj);
    if (!d || !d.tdecl) return undefined;
    if (d.tdecl.assign < 0) return { ptr, base: obj };
    typ = d.tdecl.type;
    seen.add(obj);
  }
}

function declarePkgObj(check: Checker, ident: ast.Ident, obj: Const | Var | TypeName, d: DeclInfo): void {
  if (ident.name === 'init') {
    check.error(ident, 'cannot declare init - must be func');
    return;
  }
  if (ident.name === 'main' && check.pkg.name === 'main') {
    check.error(ident, 'cannot declare main - must be func');
    return;
  }
  declare(check, check.pkg.scope, ident, obj, 0);
  check.objMap.set(obj, d);
  obj.order = check.objMap.size;
}

/** Type-checks all package-level objects (not function bodies), in source order. */
export function packageObjects(check: Checker): void {
  const objList: Obj[] = [...check.objMap.keys()].sort((a, b) => a.order - b.order);
  const aliasList: TypeName[] = [];
  const others: Obj[] = [];
  for (const obj of objList) {
    if (obj.kind === 'type') {
      if (check.objMap.get(obj)!.tdecl!.assign >= 0) aliasList.push(obj);
      else objDecl(check, obj, undefined);
    } else {
      others.push(obj);
    }
  }
  for (const obj of aliasList) objDecl(check, obj, undefined);
  for (const obj of others) objDecl(check, obj, undefined);
  check.methods = new Map();
}
