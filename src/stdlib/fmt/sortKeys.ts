// The order in which fmt prints map entries (internal/fmtsort): ints, uints,
// strings by value; floats with NaN first; complex by real then imaginary;
// false before true; pointers and channels by address; structs and arrays
// field by field; interfaces nil first, then by dynamic type, then by value.
//
// Go orders distinct dynamic types by the address of their type descriptor,
// which the linker lays out sorted by descriptor size and then (in practice)
// by name; typeRank estimates that size so mixed-type keys such as
// map[any]int{1: 0, "a": 0, true: 0, [2]int{}: 0} print as Go 1.19 does.
import type { AddressBook } from '../../vm/refs.js';
import { Kind, type RType } from '../../vm/rtype.js';
import { Complex, Iface, type Value } from '../../vm/value.js';

/** NaNs first (two NaNs tie here, so the stable sort keeps iteration order, one of the orders Go may print). */
function floatCompare(a: number, b: number): number {
  if (a !== a) return b !== b ? 0 : -1;
  if (b !== b) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Approximate size of reflect's type descriptor for t (rtype + kind data + uncommon). */
function typeRank(t: RType): number {
  let size = 48;
  switch (t.kind) {
    case Kind.Pointer: case Kind.Slice: size += 8; break;
    case Kind.Array: size += 24; break;
    case Kind.Chan: size += 16; break;
    case Kind.Map: size += 40; break;
    case Kind.Func: size += 8 + 8 * ((t.params?.length ?? 0) + (t.results?.length ?? 0)); break;
    case Kind.Interface: size += 32 + 8 * (t.imethods?.length ?? 0); break;
    case Kind.Struct: size += 32 + 24 * (t.fields?.length ?? 0); break;
    default: break;
  }
  const named = t.name !== '' || t.kind <= Kind.String;
  if (named || t.methods.size > 0) size += 16 + 16 * t.methods.size;
  return size;
}

function typeCompare(a: RType, b: RType): number {
  if (a === b) return 0;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.string < b.string ? -1 : a.string > b.string ? 1 : a.id - b.id;
}

/** fmtsort.compare for two values of type t: -1, 0 or 1. */
export function compareValues(t: RType, a: Value, b: Value, addrs: AddressBook): number {
  switch (t.kind) {
    case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
    case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case Kind.String:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case Kind.Float32: case Kind.Float64:
      return floatCompare(a as number, b as number);
    case Kind.Complex64: case Kind.Complex128: {
      const c = floatCompare((a as Complex).re, (b as Complex).re);
      return c !== 0 ? c : floatCompare((a as Complex).im, (b as Complex).im);
    }
    case Kind.Bool:
      return a === b ? 0 : a ? 1 : -1;
    case Kind.Pointer: case Kind.UnsafePointer: case Kind.Chan: {
      if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
      const x = addrs.pointer(a, t);
      const y = addrs.pointer(b, t);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case Kind.Struct: {
      const fs = t.fields ?? [];
      for (let i = 0; i < fs.length; i++) {
        const c = compareValues(fs[i].type, (a as Value[])[i], (b as Value[])[i], addrs);
        if (c !== 0) return c;
      }
      return 0;
    }
    case Kind.Array: {
      const n = t.len ?? 0;
      for (let i = 0; i < n; i++) {
        const c = compareValues(t.elem as RType, (a as Value[])[i], (b as Value[])[i], addrs);
        if (c !== 0) return c;
      }
      return 0;
    }
    case Kind.Interface: {
      if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
      const x = a as Iface;
      const y = b as Iface;
      const c = typeCompare(x.type, y.type);
      if (c !== 0) return c;
      return compareValues(x.type, x.value, y.value, addrs);
    }
    default:
      return 0;
  }
}

/** Map entries sorted for printing (sort.Stable over the given order). */
export function sortedEntries(keyType: RType, keys: Value[], values: Value[], addrs: AddressBook): { keys: Value[]; values: Value[] } {
  const idx = keys.map((_, i) => i);
  idx.sort((i, j) => compareValues(keyType, keys[i], keys[j], addrs) || i - j);
  return { keys: idx.map((i) => keys[i]), values: idx.map((i) => values[i]) };
}
