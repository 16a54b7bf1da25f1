// Natives of package sort and slices' sort helpers. The order is computed as a
// stable merge sort of indices, comparing the elements where they stand, and
// then applied to the slice (for sort.Sort through Swap calls). A stable
// result equals Go's whenever no two distinguishable elements compare equal,
// and for up to 12 elements always (Go's pdqsort uses insertion sort there).
// Known difference: with ties among more than 12 elements, Go's unstable sorts
// (Sort, Slice, slices.SortFunc) may order the tied elements differently.
import type { GoFunc } from '../../compile/funcValue.js';
import type { NativeCtx, NativeImpl } from '../../vm/native.js';
import { Kind } from '../../vm/rtype.js';
import { Iface, Slice, type Value } from '../../vm/value.js';

/** Stable merge sort of 0..n-1 with `less(a, b)` on original positions. */
function sortedOrder(n: number, less: (a: number, b: number) => boolean): number[] {
  let a = Array.from({ length: n }, (_, i) => i);
  let tmp = new Array<number>(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) tmp[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
      while (i < mid) tmp[k++] = a[i++];
      while (j < hi) tmp[k++] = a[j++];
    }
    [a, tmp] = [tmp, a];
  }
  return a;
}

/** Rearranges slice s so that position k holds the element that was at order[k]. */
function permute(s: Slice, order: number[]): void {
  const vals = order.map((i) => s.arr[s.off + i]);
  for (let k = 0; k < vals.length; k++) s.arr[s.off + k] = vals[k];
}

function sliceOf(x: Value): Slice | null {
  if (x === null) return null;
  const v = x instanceof Iface ? x.value : x;
  return v as Slice | null;
}

/** Go's < for ordered kinds; floats: NaN sorts first (sort.Float64Slice.Less, cmp.Less). */
function orderedLess(kind: Kind): (a: Value, b: Value) => boolean {
  if (kind === Kind.Float32 || kind === Kind.Float64) {
    return (a, b) => (a as number) < (b as number) || (Number.isNaN(a as number) && !Number.isNaN(b as number));
  }
  return (a, b) => (a as number) < (b as number);
}

function sortSlice(s: Slice | null, less: (a: Value, b: Value) => boolean): void {
  if (s === null || s.len < 2) return;
  permute(s, sortedOrder(s.len, (i, j) => less(s.arr[s.off + i], s.arr[s.off + j])));
}

function byIndex(c: NativeCtx, x: Value, f: Value, asLess: boolean): void {
  const s = sliceOf(x);
  if (s === null || s.len < 2) return;
  const fn = f as GoFunc;
  const less = asLess
    ? (i: number, j: number) => c.callSync(fn, [i, j])[0] as boolean
    : (i: number, j: number) => (c.callSync(fn, [i, j])[0] as number) < 0;
  permute(s, sortedOrder(s.len, less));
}

/** sort.Sort/Stable: order by Less on the untouched data, then apply it with Swap calls. */
function sortInterface(c: NativeCtx, data: Value): void {
  const iv = data as Iface;
  const n = Number(c.callMethod(iv.type, 'Len', iv.value, [])[0]);
  if (n < 2) return;
  const order = sortedOrder(n, (i, j) => c.callMethod(iv.type, 'Less', iv.value, [i, j])[0] as boolean);
  // pos[e] = current position of original element e; apply by swaps
  const pos = Array.from({ length: n }, (_, i) => i);
  const at = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < n; k++) {
    const e = order[k];
    const p = pos[e];
    if (p !== k) {
      c.callMethod(iv.type, 'Swap', iv.value, [k, p]);
      const other = at[k];
      at[p] = other;
      pos[other] = p;
      at[k] = e;
      pos[e] = k;
    }
  }
}

const elemLess = (x: Value): ((a: Value, b: Value) => boolean) => {
  const iv = x as Iface | null;
  const kind = iv ? (iv.type.elem?.kind ?? Kind.Int) : Kind.Int;
  return orderedLess(kind);
};

export const sortNatives = new Map<string, NativeImpl>([
  ['sort.Ints', { kind: 'pure', fn: (_c, [x]) => { sortSlice(x as Slice | null, orderedLess(Kind.Int)); return null; } }],
  ['sort.Strings', { kind: 'pure', fn: (_c, [x]) => { sortSlice(x as Slice | null, orderedLess(Kind.String)); return null; } }],
  ['sort.Float64s', { kind: 'pure', fn: (_c, [x]) => { sortSlice(x as Slice | null, orderedLess(Kind.Float64)); return null; } }],
  ['sort.Sort', { kind: 'pure', fn: (c, [d]) => { sortInterface(c, d); return null; } }],
  ['sort.Stable', { kind: 'pure', fn: (c, [d]) => { sortInterface(c, d); return null; } }],
  ['sort.Slice', { kind: 'pure', fn: (c, [x, f]) => { byIndex(c, x, f, true); return null; } }],
  ['sort.SliceStable', { kind: 'pure', fn: (c, [x, f]) => { byIndex(c, x, f, true); return null; } }],
  ['sort.SliceIsSorted', {
    kind: 'pure',
    fn: (c, [x, f]) => {
      const s = sliceOf(x);
      if (s === null) return true;
      for (let i = s.len - 1; i > 0; i--) if (c.callSync(f, [i, i - 1])[0]) return false;
      return true;
    },
  }],
  ['slices.sortOrdered', { kind: 'pure', fn: (_c, [x]) => { sortSlice(sliceOf(x), elemLess(x)); return null; } }],
  ['slices.sortFunc', { kind: 'pure', fn: (c, [x, f]) => { byIndex(c, x, f, false); return null; } }],
  ['slices.sortStableFunc', { kind: 'pure', fn: (c, [x, f]) => { byIndex(c, x, f, false); return null; } }],
]);
