// Lexical scopes, mirroring go/types/scope.go: a scope maps names to objects and
// links to its parent; lookups walk outwards. Local objects are inserted as their
// declarations are checked, so a lookup never sees a later declaration.

import type { SourceFile } from '../source.js';
import type { Obj } from './objects.js';

export class Scope {
  readonly elems = new Map<string, Obj>();
  readonly children: Scope[] = [];
  /** Function scopes (signature scopes) stop the `declared and not used` walk. */
  isFunc = false;
  constructor(
    public parent: Scope | undefined,
    /** Extent of the scope in `file` (UTF-16 offsets); 0/0 for universe and package scopes. */
    public pos: number,
    public end: number,
    public comment: string,
    public file?: SourceFile,
  ) {
    if (parent && parent !== universeScopeRef.scope) parent.children.push(this);
  }

  lookup(name: string): Obj | undefined {
    return this.elems.get(name);
  }

  /** Innermost scope containing name (starting here), and the object. */
  lookupParent(name: string): [Scope, Obj] | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const obj = s.elems.get(name);
      if (obj !== undefined) return [s, obj];
    }
    return undefined;
  }

  /** Inserts obj unless the name is taken; returns the existing object in that case. */
  insert(obj: Obj): Obj | undefined {
    const name = obj.name;
    const alt = this.elems.get(name);
    if (alt !== undefined) return alt;
    this.elems.set(name, obj);
    if (obj.parent === undefined) obj.parent = this;
    return undefined;
  }

  names(): string[] {
    return [...this.elems.keys()].sort();
  }
}

/** Set by universe.ts so package scopes are not recorded as universe children. */
export const universeScopeRef: { scope: Scope | undefined } = { scope: undefined };
