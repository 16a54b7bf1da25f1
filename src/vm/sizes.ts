// Sizes and alignments of Go types on amd64 (unsafe.Sizeof/Alignof, as
// cmd/compile/internal/types/size.go lays them out), and the malloc size
// classes that decide slice capacities after growth (runtime.roundupsize over
// the class table of runtime/sizeclasses.go). Capacities are observable with
// cap(), so append must grow exactly like Go; see slices.ts.
import { Kind, type RType } from './rtype.js';

interface Layout {
  size: number;
  align: number;
  /** Struct field offsets. */
  offsets?: number[];
}

const layouts = new WeakMap<RType, Layout>();

function basicLayout(k: Kind): Layout | undefined {
  switch (k) {
    case Kind.Bool: case Kind.Int8: case Kind.Uint8:
      return { size: 1, align: 1 };
    case Kind.Int16: case Kind.Uint16:
      return { size: 2, align: 2 };
    case Kind.Int32: case Kind.Uint32: case Kind.Float32:
      return { size: 4, align: 4 };
    case Kind.Complex64:
      return { size: 8, align: 4 };
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: case Kind.Float64:
    case Kind.Pointer: case Kind.Map: case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
      return { size: 8, align: 8 };
    case Kind.Complex128: case Kind.String: case Kind.Interface:
      return { size: 16, align: 8 };
    case Kind.Slice:
      return { size: 24, align: 8 };
    default:
      return undefined;
  }
}

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function layout(t: RType): Layout {
  let l = layouts.get(t);
  if (l) return l;
  l = basicLayout(t.kind);
  if (!l) {
    if (t.kind === Kind.Array) {
      const e = layout(t.elem as RType);
      l = { size: e.size * (t.len as number), align: e.align };
    } else if (t.kind === Kind.Struct) {
      let off = 0;
      let align = 1;
      const offsets: number[] = [];
      const fields = t.fields ?? [];
      for (const f of fields) {
        const fl = layout(f.type);
        off = alignUp(off, fl.align);
        offsets.push(off);
        off += fl.size;
        if (fl.align > align) align = fl.align;
      }
      // a non-empty struct ending in a zero-size field gets a byte of padding,
      // so that the address of that field does not point past the object
      if (fields.length > 0 && off > 0 && layout(fields[fields.length - 1].type).size === 0) off++;
      l = { size: alignUp(off, align), align, offsets };
    } else {
      throw new Error(`chanscope: no size for kind ${t.kind}`);
    }
  }
  layouts.set(t, l);
  return l;
}

/** unsafe.Sizeof for a value of type t on amd64. */
export function sizeof(t: RType): number {
  return layout(t).size;
}

/** unsafe.Alignof for a variable of type t on amd64. */
export function alignof(t: RType): number {
  return layout(t).align;
}

/** unsafe.Offsetof of struct field i. */
export function fieldOffset(t: RType, i: number): number {
  return (layout(t).offsets as number[])[i];
}

// ------------------------------------------------------------------ malloc size classes

/** Object sizes of the small size classes (runtime/sizeclasses.go, class 1..67). */
const sizeClasses = [
  8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
  288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024,
  1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
  4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288,
  13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
];
const maxSmallSize = 32768;
const pageSize = 8192;

/** size -> class size, by 8-byte steps up to maxSmallSize (built once). */
const classBySize8 = new Uint16Array(maxSmallSize / 8 + 1);
{
  let c = 0;
  for (let i = 1; i <= maxSmallSize / 8; i++) {
    while (sizeClasses[c] < i * 8) c++;
    classBySize8[i] = sizeClasses[c];
  }
}

/** runtime.roundupsize: the size of the memory block malloc returns for a request of `size` bytes. */
export function roundupsize(size: number): number {
  if (size < maxSmallSize) return classBySize8[Math.ceil(size / 8)];
  return alignUp(size, pageSize);
}
