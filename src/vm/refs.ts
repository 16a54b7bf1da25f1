// Pointer identity. `&a[i]` and `&s.f` (for non-aggregate elements) are
// ElemRefs, canonical per (object, index) so that `&a[i] == &a[i]` is `===`
// (spec: Comparison operators — pointers are equal if they point to the same
// variable). And the fake, deterministic addresses that %p, %v of deep
// pointers, println(p) and panic printing show where Go shows heap addresses.
import { Kind, type RType } from './rtype.js';
import { sizeof } from './sizes.js';
import { ElemRef, Iface, Slice, type Value } from './value.js';

/** Per object: its element refs by index (sparse). */
const elemRefs = new WeakMap<Value[], (ElemRef | undefined)[]>();

/** The canonical pointer to element/field `index` of array or struct `obj`. */
export function elemRef(obj: Value[], index: number): ElemRef {
  let refs = elemRefs.get(obj);
  if (refs === undefined) {
    refs = [];
    elemRefs.set(obj, refs);
  }
  let r = refs[index];
  if (r === undefined) {
    r = new ElemRef(obj, index);
    refs[index] = r;
  }
  return r;
}

/** The canonical pointer to element i of slice s (bounds checked by the caller). */
export function sliceElemRef(s: Slice, i: number): ElemRef {
  return elemRef(s.arr, s.off + i);
}

// ------------------------------------------------------------------ fake addresses

/** First fake heap address: Go's heap arenas on amd64 start at 0xc000000000. */
const heapBase = 0xc000010000;
/** Fake addresses of type descriptors (println of an interface prints its type word). */
const typeBase = 0x4a0000;

/**
 * Deterministic addresses for objects, assigned on first request in a run
 * (one book per run): blocks are laid out consecutively like a bump
 * allocator, each rounded to 8 bytes. An ElemRef's address is its object's
 * plus the element's offset, so `&a[1]` prints after `&a[0]`.
 */
export class AddressBook {
  private next = heapBase;
  private readonly addrs = new WeakMap<object, number>();

  /** The address of the block holding `obj` (`size` bytes when first seen). */
  addressOf(obj: object, size = 8): number {
    let a = this.addrs.get(obj);
    if (a === undefined) {
      a = this.next;
      this.next += Math.max(8, Math.ceil(size / 8) * 8);
      this.addrs.set(obj, a);
    }
    return a;
  }

  /**
   * The address a pointer-shaped value shows: pointers (Box, ElemRef, an
   * aggregate), maps, channels, funcs; slices give their first element's.
   * `t` is the value's type when known (sizes the block and the element step).
   */
  pointer(v: Value, t?: RType): number {
    if (v === null || v === undefined) return 0;
    if (v instanceof ElemRef) {
      const step = t && t.kind === Kind.Pointer && t.elem ? sizeof(t.elem) : 8;
      return this.addressOf(v.obj, v.obj.length * step) + v.index * step;
    }
    if (v instanceof Slice) {
      const step = t && t.elem ? sizeof(t.elem) : 8;
      return this.addressOf(v.arr, v.arr.length * step) + v.off * step;
    }
    if (typeof v === 'object' || typeof v === 'function') {
      const size = t && t.kind === Kind.Pointer && t.elem ? sizeof(t.elem) : 8;
      return this.addressOf(v as object, size);
    }
    return 0;
  }

  /** The fake address of a type descriptor. */
  typeAddress(t: RType): number {
    return typeBase + t.id * 0x40;
  }

  /** The data word of a non-nil interface as println shows it. */
  ifaceData(v: Iface): number {
    const x = v.value;
    if (typeof x === 'object' && x !== null) return this.pointer(x, v.type.kind === Kind.Pointer ? v.type : undefined);
    // a boxed scalar: one address per interface value
    return this.addressOf(v, 8);
  }
}
