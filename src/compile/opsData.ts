// Slices, strings, maps, pointers and runtime errors for compiled code: thin
// adapters over src/vm (slices.ts, gomap.ts, utf8.ts, refs.ts, runtimeErrors.ts)
// shaped the way the compiler calls them.
import type { Prng } from '../runtime/prng.js';
import { GoMap, MapIter, mapDelete as vmMapDelete, mapGet as vmMapGet, mapSet as vmMapSet } from '../vm/gomap.js';
import { elemRef as vmElemRef } from '../vm/refs.js';
import * as rerr from '../vm/runtimeErrors.js';
import type { RType } from '../vm/rtype.js';
import * as vs from '../vm/slices.js';
import * as utf8 from '../vm/utf8.js';
import { type ElemRef, type Iface, Slice, type Value } from '../vm/value.js';

// ------------------------------------------------------------ len, cap, index errors

export function lenOf(tag: string): (v: Value) => number {
  switch (tag) {
    case 'Basic': return (v) => (v as string).length;
    case 'Slice': return (v) => (v === null ? 0 : (v as Slice).len);
    case 'Array': return (v) => (v === null ? 0 : (v as Value[]).length);
    case 'Map': return (v) => (v === null ? 0 : (v as GoMap).size);
    case 'Chan': return (v) => (v === null ? 0 : (v as { qcount: number }).qcount);
    default: throw new Error(`chanscope: len of ${tag}`);
  }
}

export function capOf(tag: string): (v: Value) => number {
  switch (tag) {
    case 'Slice': return (v) => (v === null ? 0 : (v as Slice).cap);
    case 'Array': return (v) => (v === null ? 0 : (v as Value[]).length);
    case 'Chan': return (v) => (v === null ? 0 : (v as { cap: number }).cap);
    default: throw new Error(`chanscope: cap of ${tag}`);
  }
}

export function indexOutOfRange(i: number, len: number): never {
  throw rerr.indexOutOfRange(i, len);
}

export function elemRef(obj: Value[], index: number): ElemRef {
  return vmElemRef(obj, index);
}

// ------------------------------------------------------------ slices and strings

export function makeSlice(elem: RType, len: Value, cap: Value): Slice {
  return vs.makeSlice(elem, len as number, cap as number);
}

export function append1(s: Slice | null, v: Value, elem: RType): Slice {
  return vs.append1(elem, s, v);
}

export function appendValues(s: Slice | null, vals: Value[], elem: RType): Slice | null {
  return vs.appendValues(elem, s, vals);
}

/** append(s, t...) with t a slice, or a string when s is []byte. */
export function appendSlice(s: Slice | null, t: Value, fromString: boolean, elem: RType): Slice | null {
  return fromString ? vs.appendString(elem, s, t as string) : vs.appendSlice(elem, s, t as Slice | null);
}

export function copySlice(dst: Slice | null, src: Value, fromString: boolean, elem: RType): number {
  return fromString ? vs.copyString(dst, src as string) : vs.copySlice(elem, dst, src as Slice | null);
}

export function clearSlice(s: Slice | null, elem: RType): void {
  vs.clearSlice(elem, s);
}

/** Slice expressions; -1 means an omitted bound. */
export function sliceString(s: string, lo: number, hi: number): string {
  return vs.sliceString(s, lo, hi < 0 ? undefined : hi);
}

export function sliceArray(a: Value[], lo: number, hi: number, max: number): Slice {
  return vs.sliceArray(a, lo, hi < 0 ? undefined : hi, max < 0 ? undefined : max);
}

export function sliceSlice(s: Slice | null, lo: number, hi: number, max: number): Slice | null {
  return vs.sliceSlice(s, lo, hi < 0 ? undefined : hi, max < 0 ? undefined : max);
}

export function sliceToArray(v: Value, n: number): Value[] {
  vs.sliceToArrayCheck(v as Slice | null, n);
  const s = v as Slice | null;
  const out: Value[] = [];
  for (let i = 0; i < n; i++) out.push((s as Slice).arr[(s as Slice).off + i]);
  return out;
}

/** (*[N]T)(s): the array must share storage with the slice, so it is a view only when it starts the backing array. */
export function sliceToArrayPointer(v: Value, n: number): Value {
  vs.sliceToArrayCheck(v as Slice | null, n);
  const s = v as Slice | null;
  if (s === null) return null;
  if (s.off === 0 && s.arr.length === n) return s.arr;
  // a sub-range: re-home the backing array so the pointer and the slice share elements
  const view = s.arr.slice(s.off, s.off + n);
  for (let i = 0; i < n; i++) s.arr[s.off + i] = view[i];
  return view;
}

export function decodeRune(s: string, i: number): [number, number] {
  return utf8.decodeRune(s, i);
}

export function runeToString(v: number | bigint): string {
  return utf8.stringFromRune(v);
}

export function bytesToString(v: Value): string {
  return utf8.stringFromBytes(v as Slice | null);
}

export function runesToString(v: Value): string {
  return utf8.stringFromRunes(v as Slice | null);
}

export function stringToBytes(s: string): Slice {
  return utf8.bytesFromString(s);
}

export function stringToRunes(s: string): Slice {
  return utf8.runesFromString(s);
}

// ------------------------------------------------------------ maps

export function makeMap(mapRt: RType, _hint: Value): GoMap {
  return new GoMap(mapRt.key as RType);
}

export function mapGet(m: Value, k: Value, zeroType: RType): Value {
  return vmMapGet(m as GoMap | null, k, zeroType.zero());
}

/** m[k] for `v, ok := m[k]`: undefined when absent. */
export function mapLookup(m: Value, k: Value): Value | undefined {
  if (m === null) {
    vmMapGet(null, k, null);
    return undefined;
  }
  return (m as GoMap).get(k);
}

export function mapSet(m: Value, k: Value, v: Value): void {
  vmMapSet(m as GoMap | null, k, v);
}

export function mapDelete(m: Value, k: Value): void {
  vmMapDelete(m as GoMap | null, k);
}

export function mapClear(m: Value): void {
  if (m !== null) (m as GoMap).clear();
}

export interface MapIterator {
  next(): [Value, Value] | null;
}

/** A range loop over m, starting at a seeded random entry (Go randomizes map iteration order). */
export function mapIter(m: Value, prng: Prng): MapIterator {
  if (m === null || (m as GoMap).size === 0) return { next: () => null };
  const gm = m as GoMap;
  const it = new MapIter(gm, prng.below(gm.ekeys.length));
  return {
    next: () => (it.next() ? [it.key, it.value] : null),
  };
}

// ------------------------------------------------------------ interfaces

/** A failed `x.(T)`: Go's interface conversion panic. */
export function assertionFailed(src: RType, iv: Iface | null, target: RType, _pc: unknown): never {
  throw rerr.assertionFailed(src, iv === null ? null : iv.type, target);
}
