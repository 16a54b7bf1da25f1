// What the machine needs from the standard library at run time: the text Go
// prints for a panic value (runtime.printpanics: Error/String methods first,
// then printpanicval's formats), the Go values runtime errors carry (so that
// recover() returns a runtime.Error and %T says runtime.errorString), and the
// short value previews the trace shows.
import type { ProgramCompiler } from '../compile/programCompiler.js';
import { printValue } from '../compile/printBuiltin.js';
import type { RunCtx } from '../compile/runCtx.js';
import { curG } from '../compile/runCtx.js';
import type { Type } from '../lang/check/types.js';
import type { GoRuntimePanic } from '../runtime/panics.js';
import { Kind, type RType } from '../vm/rtype.js';
import { Iface, type Value } from '../vm/value.js';
import { decodeUtf8 } from '../vm/utf8.js';
import { formatFloat } from './strconv/ftoa.js';
import { typeAssertionMessages } from './runtime/natives.js';
import { Slice } from '../vm/value.js';

export interface EngineHooks {
  panicText(v: Value): string;
  runtimeErrorValue(e: GoRuntimePanic): Value;
  preview(rt: RType, v: Value): string;
}

export function engineHooks(pc: ProgramCompiler, ctx: RunCtx): EngineHooks {
  const runtimeType = (name: string): RType | undefined => {
    const rpkg = pc.packages.find((p) => p.pkg.path === 'runtime');
    const obj = rpkg?.pkg.scope.lookup(name);
    return obj && obj.type ? pc.rtypes.of(obj.type as Type) : undefined;
  };
  const errorString = runtimeType('errorString');
  const plainError = runtimeType('plainError');
  const boundsError = runtimeType('boundsError');

  /** Calls a method found in the dynamic type's method set, synchronously. */
  const callMethod = (iv: Iface, name: string): Value => pc.callSync(curG(ctx), pc.boundIfaceMethod(iv, name), [])[0];

  const printpanicval = (v: Value): string => {
    if (v === null) return 'nil';
    const iv = v as Iface;
    const t = iv.type;
    if (t.name === '' || t.pkgPath === '') {
      return t.kind === Kind.String || t.kind <= Kind.Complex128 ? printValue(t, iv.value, ctx.addresses) : `(${t.string}) ${hexAddr(ctx, iv.value, t)}`;
    }
    // printanycustomtype: named basic types print as T(value); strings quoted
    if (t.kind === Kind.String) return `${t.string}("${iv.value as string}")`;
    if (t.kind === Kind.Complex64 || t.kind === Kind.Complex128) return `${t.string}${printValue(t, iv.value, ctx.addresses)}`;
    if (t.kind <= Kind.Complex128) return `${t.string}(${printValue(t, iv.value, ctx.addresses)})`;
    return `(${t.string}) ${hexAddr(ctx, iv.value, t)}`;
  };

  return {
    panicText(v: Value): string {
      if (v instanceof Iface) {
        if (v.type.methods.has('Error') && !v.type.methods.get('Error')!.ptrRecv) return callMethod(v, 'Error') as string;
        if (v.type.methods.has('String') && !v.type.methods.get('String')!.ptrRecv) return callMethod(v, 'String') as string;
      }
      return printpanicval(v);
    },
    runtimeErrorValue(e: GoRuntimePanic): Value {
      if (e.goType === 'boundsError' && boundsError) return new Iface(boundsError, [e.message]);
      if (e.goType === 'TypeAssertionError') {
        const t = pc.rtypeByName('*runtime.TypeAssertionError');
        if (t) {
          const v = ['', '', '', ''];
          typeAssertionMessages.set(v, e.message);
          return new Iface(t, v);
        }
      }
      const t = e.isRuntimeError ? errorString : plainError;
      if (!t) throw new Error('chanscope: package runtime is not loaded');
      return new Iface(t, e.message);
    },
    preview(rt: RType, v: Value): string {
      return previewValue(rt, v);
    },
  };
}

function hexAddr(ctx: RunCtx, v: Value, t: RType): string {
  return '0x' + ctx.addresses.pointer(typeof v === 'object' ? v : [v], t).toString(16);
}

/**
 * A short rendering for the trace (value tokens on the stage): like fmt's %v
 * for plain data (numbers, strings quoted, structs, slices, maps, pointers as
 * &{...}), cut to a few elements, without calling String methods (previews are
 * made inside channel operations, where Go code must not run).
 */
export function previewValue(rt: RType, v: Value, depth = 0): string {
  const s = preview(rt, v, depth);
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}

const MAX_ELEMS = 6;

function preview(rt: RType, v: Value, depth: number): string {
  if (v === null || v === undefined) {
    switch (rt.kind) {
      case Kind.Slice: return '[]';
      case Kind.Map: return 'map[]';
      default: return '<nil>';
    }
  }
  switch (rt.kind) {
    case Kind.Bool:
      return v ? 'true' : 'false';
    case Kind.String:
      return JSON.stringify(decodeUtf8(v as string));
    case Kind.Float32:
      return formatFloat(v as number, 'g', -1, 32);
    case Kind.Float64:
      return formatFloat(v as number, 'g', -1, 64);
    case Kind.Complex64:
    case Kind.Complex128: {
      const c = v as { re: number; im: number };
      const bits = rt.kind === Kind.Complex64 ? 32 : 64;
      const im = formatFloat(c.im, 'g', -1, bits);
      return `(${formatFloat(c.re, 'g', -1, bits)}${im.startsWith('-') || im.startsWith('+') ? '' : '+'}${im}i)`;
    }
    case Kind.Interface:
      return preview((v as Iface).type, (v as Iface).value, depth);
    case Kind.Struct: {
      if (depth > 1) return '{…}';
      const fields = rt.fields ?? [];
      return '{' + fields.map((f, i) => preview(f.type, (v as Value[])[i], depth + 1)).join(' ') + '}';
    }
    case Kind.Array:
    case Kind.Slice: {
      if (depth > 1) return '[…]';
      const elem = rt.elem as RType;
      const items = rt.kind === Kind.Slice
        ? (() => { const sl = v as Slice; return sl.arr.slice(sl.off, sl.off + Math.min(sl.len, MAX_ELEMS + 1)); })()
        : (v as Value[]).slice(0, MAX_ELEMS + 1);
      const shown = items.slice(0, MAX_ELEMS).map((x) => preview(elem, x, depth + 1));
      return '[' + shown.join(' ') + (items.length > MAX_ELEMS ? ' …' : '') + ']';
    }
    case Kind.Map:
      return `map[${(v as { size: number }).size}]`;
    case Kind.Pointer: {
      const elem = rt.elem as RType;
      if (depth === 0 && (elem.kind === Kind.Struct || elem.kind === Kind.Array)) return '&' + preview(elem, v, depth + 1);
      return '0x…';
    }
    case Kind.Chan:
      return `chan ${(rt.elem as RType).string}`;
    case Kind.Func:
      return 'func';
    default:
      return String(v);
  }
}
