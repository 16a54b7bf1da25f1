// Named language entities, mirroring go/types/object.go: Var, Const, TypeName,
// Func, PkgName, Label, Builtin and Nil. Every object knows where it was
// declared (file + UTF-16 offset) so errors can point at it.

import type { SourceFile } from '../source.js';
import type { ConstValue } from './constvalue.js';
import type { Package } from './package.js';
import type { Scope } from './scope.js';
import type { Signature, Type } from './types.js';

export type Obj = Var | Const | TypeName | Func | PkgName | Label | Builtin | Nil;

/** Object colours for cycle detection in decl.ts (go/types color): white, black, or grey + path index. */
export const WHITE = 0;
export const BLACK = 1;
export const GREY = 2;

// Fields are assigned in constructors (not class-field initializers): objects
// are created by the hundred thousand and constructor stores are much cheaper.
abstract class ObjectBase {
  /** Scope in which the object is declared (undefined for fields and methods). */
  declare parent: Scope | undefined;
  /** Package-level declaration order (1-based), 0 for others. */
  declare order: number;
  /** WHITE, BLACK, or GREY + index in the checker's object path. */
  declare color: number;
  /** Start of the object's scope (for local objects), as an offset in `file`. */
  declare scopePos: number;
  /** UTF-16 offset of the declaring identifier in `file` (-1 if none). */
  declare pos: number;
  declare file: SourceFile | undefined;
  declare pkg: Package | undefined;
  declare name: string;
  declare type: Type | undefined;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined) {
    this.parent = undefined;
    this.order = 0;
    this.color = WHITE;
    this.scopePos = 0;
    this.pos = pos;
    this.file = file;
    this.pkg = pkg;
    this.name = name;
    this.type = type;
  }
  exported(): boolean {
    return isExported(this.name);
  }
  /** go/types Object.Id: the name qualified by package path for unexported names. */
  objId(): string {
    return objectId(this.pkg, this.name);
  }
  sameId(pkg: Package | undefined, name: string): boolean {
    if (name !== this.name) return false;
    if (this.exported()) return true;
    return samePkg(this.pkg, pkg);
  }
}

export function samePkg(a: Package | undefined, b: Package | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.path === b.path;
}

export function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = String.fromCodePoint(name.codePointAt(0)!);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function objectId(pkg: Package | undefined, name: string): string {
  if (isExported(name)) return name;
  const path = pkg ? pkg.path : '_';
  return path + '.' + name;
}

export class Var extends ObjectBase {
  declare readonly kind: 'var';
  /** Struct field. */
  declare isField: boolean;
  /** Embedded struct field. */
  declare embedded: boolean;
  /** Set when the variable is used (for `declared and not used`). */
  declare used: boolean;
  /** Parameter or result of a signature (always counted as used). */
  declare isParam: boolean;
  /** For fields and params of instantiated types: the generic original. */
  declare origin: Var | undefined;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined) {
    super(pos, file, pkg, name, type);
    (this as { kind: string }).kind = 'var';
    this.isField = false;
    this.embedded = false;
    this.used = false;
    this.isParam = false;
    this.origin = undefined;
  }
}

export class Const extends ObjectBase {
  declare readonly kind: 'const';
  declare val: ConstValue;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined,
    val: ConstValue) {
    super(pos, file, pkg, name, type);
    (this as { kind: string }).kind = 'const';
    this.val = val;
  }
}

export class TypeName extends ObjectBase {
  declare readonly kind: 'type';
  /** Explicit alias declaration (`type A = B`). */
  declare aliasDecl: boolean;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined) {
    super(pos, file, pkg, name, type);
    (this as { kind: string }).kind = 'type';
    this.aliasDecl = false;
  }
  isAlias(): boolean {
    if (this.aliasDecl) return true;
    const t = this.type;
    if (t === undefined) return false;
    if (t.tag === 'Named') return t.obj !== this;
    if (t.tag === 'TypeParam') return t.obj !== this;
    if (t.tag === 'Basic') {
      // byte and rune are aliases of uint8 and int32 in the universe.
      return this.pkg !== undefined || t.name !== this.name;
    }
    return true;
  }
}

export class Func extends ObjectBase {
  declare readonly kind: 'func';
  /** Only valid for methods not yet type-checked: receiver was declared as pointer. */
  declare hasPtrRecv: boolean;
  /** For methods of instantiated types: the generic method. */
  declare origin: Func | undefined;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined) {
    super(pos, file, pkg, name, type);
    (this as { kind: string }).kind = 'func';
    this.hasPtrRecv = false;
    this.origin = undefined;
  }
  sig(): Signature {
    return this.type as Signature;
  }
  /** Full name: pkg.Name or (T).Name / (*T).Name for methods. */
  fullName(): string {
    return this.name;
  }
  /** True if the method has a pointer receiver. */
  pointerRecv(): boolean {
    const sig = this.type as Signature | undefined;
    if (sig && sig.recv && sig.recv.type) {
      return sig.recv.type.tag === 'Pointer';
    }
    return this.hasPtrRecv;
  }
}

export class PkgName extends ObjectBase {
  declare readonly kind: 'pkgname';
  declare used: boolean;
  declare imported: Package;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, imported: Package) {
    super(pos, file, pkg, name, undefined);
    (this as { kind: string }).kind = 'pkgname';
    this.used = false;
    this.imported = imported;
  }
}

export class Label extends ObjectBase {
  declare readonly kind: 'label';
  declare used: boolean;
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined) {
    super(pos, file, pkg, name, type);
    (this as { kind: string }).kind = 'label';
    this.used = false;
  }
}

/** Built-in function identifiers (go/types builtinId). */
export enum BuiltinId {
  Append, Cap, Clear, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New, Panic,
  Print, Println, Real, Recover,
  // package unsafe
  Add, Alignof, Offsetof, Sizeof, Slice, SliceData, String, StringData,
}

export class Builtin extends ObjectBase {
  declare readonly kind: 'builtin';
  declare id: BuiltinId;
  constructor(name: string, id: BuiltinId) {
    super(-1, undefined, undefined, name, undefined);
    (this as { kind: string }).kind = 'builtin';
    this.id = id;
  }
}

export class Nil extends ObjectBase {
  declare readonly kind: 'nil';
  constructor(pos: number, file: SourceFile | undefined, pkg: Package | undefined, name: string, type: Type | undefined) {
    super(pos, file, pkg, name, type);
    (this as { kind: string }).kind = 'nil';
  }
}
