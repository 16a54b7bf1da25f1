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

/** A short rendering for the trace (value tokens on the stage). */
export function previewValue(rt: RType, v: Value): string {
  if (v === null || v === undefined) return 'nil';
  switch (rt.kind) {
    case Kind.String:
      return JSON.stringify(decodeUtf8(v as string).slice(0, 40));
    case Kind.Struct:
      return '{…}';
    case Kind.Interface:
      return previewValue((v as Iface).type, (v as Iface).value);
    default:
      return typeof v === 'object' ? rt.string : String(v);
  }
}
