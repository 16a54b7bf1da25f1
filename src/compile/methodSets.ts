// Method sets with promotion through embedded fields (spec: Method sets,
// Selectors): for a type T, the methods callable on a T value (value
// receivers) or a *T (all), including those promoted from embedded fields at
// the shallowest depth where the name is unique. Each entry says how to get
// from the outer value to the receiver: a path of embedded field indices.
import type { Func } from '../lang/check/objects.js';
import { under, type Named, type Type } from '../lang/check/types.js';

export interface MethodEntry {
  method: Func;
  /** Embedded field indices from the outer value to the receiver's type. */
  path: number[];
  /** The type that declares the method (a Named, or a pointer to it through the path). */
  recvType: Type;
}

function namedOf(t: Type): { named: Named | undefined; ptr: boolean } {
  if (t.tag === 'Pointer') return { named: t.base.tag === 'Named' ? t.base : undefined, ptr: true };
  return { named: t.tag === 'Named' ? t : undefined, ptr: false };
}

/**
 * The method set of `t` (a named type or a pointer to one). `subst` resolves
 * type parameters (not needed for instantiated Named types, whose methods the
 * checker expands).
 */
export function methodSet(t: Type, resolve: (t: Type) => Type): Map<string, MethodEntry> {
  const result = new Map<string, MethodEntry>();
  const seenNames = new Set<string>(); // names decided at a shallower depth (methods or fields)
  const top = namedOf(t);
  const allMethods = top.ptr; // *T: pointer and value receivers; T: value receivers (addressability aside)
  interface Item { type: Type; path: number[]; viaPtr: boolean }
  let level: Item[] = [{ type: t.tag === 'Pointer' ? t.base : t, path: [], viaPtr: top.ptr }];
  const visited = new Set<Named>();
  while (level.length > 0) {
    const found = new Map<string, { entry: MethodEntry | undefined; count: number }>();
    const next: Item[] = [];
    for (const it of level) {
      const rt = resolve(it.type);
      const named = rt.tag === 'Named' ? rt : undefined;
      if (named) {
        if (visited.has(named.orig)) continue;
        visited.add(named.orig);
        for (const m of named.methodList()) {
          if (seenNames.has(m.name)) continue;
          const ptrRecv = m.pointerRecv();
          // a pointer-receiver method is in the set only if the receiver is reachable through a pointer
          const ok = !ptrRecv || it.viaPtr || (it.path.length === 0 ? allMethods : false);
          const f = found.get(m.name);
          if (f) f.count++;
          else found.set(m.name, { entry: ok ? { method: m, path: it.path, recvType: named } : undefined, count: 1 });
        }
      }
      const u = under(rt);
      if (u.tag === 'Struct') {
        u.fields.forEach((fld, i) => {
          if (!seenNames.has(fld.name) && !found.has(fld.name)) found.set(fld.name, { entry: undefined, count: 1 });
          else if (found.has(fld.name) && !seenNames.has(fld.name)) found.get(fld.name)!.count++;
          if (!fld.embedded) return;
          let ft = resolve(fld.type!);
          let viaPtr = it.viaPtr;
          if (ft.tag === 'Pointer') {
            ft = resolve(ft.base);
            viaPtr = true;
          }
          next.push({ type: ft, path: [...it.path, i], viaPtr });
        });
      } else if (u.tag === 'Interface' && it.path.length > 0) {
        // an embedded interface's methods are promoted too
        for (const m of (u as { methods: Func[] }).methods) {
          if (seenNames.has(m.name)) continue;
          const f = found.get(m.name);
          if (f) f.count++;
          else found.set(m.name, { entry: { method: m, path: it.path, recvType: rt }, count: 1 });
        }
      }
    }
    for (const [name, f] of found) {
      seenNames.add(name);
      if (f.count === 1 && f.entry) result.set(name, f.entry);
    }
    level = next;
  }
  return result;
}
