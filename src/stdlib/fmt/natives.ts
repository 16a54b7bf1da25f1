// Natives of package fmt: the print functions over the formatting engine
// (print.ts). Operands arrive as a []any Slice of Ifaces. Output goes to the
// program's stdout; Fprint* write to an io.Writer (directly for os.Stdout and
// os.Stderr, otherwise by calling its Write method).
import { GoPanicSignal } from '../../vm/machine.js';
import type { MethodCaller } from '../../vm/methodCaller.js';
import type { NativeCtx, NativeImpl } from '../../vm/native.js';
import { Iface, Slice, type Value } from '../../vm/value.js';
import { bytesFromString } from '../../vm/utf8.js';
import { appendString } from '../../vm/slices.js';
import { errorf, sprint, sprintf, sprintln, type FormatContext, type FormatterState } from './print.js';

function args(v: Value): (Iface | null)[] {
  if (v === null) return [];
  const s = v as Slice;
  return s.arr.slice(s.off, s.off + s.len) as (Iface | null)[];
}

/** Printer states handed to Format methods, by id (a *fmt.state holds the id). */
const states = new Map<number, FormatterState>();
let nextState = 1;

function stateOf(p: Value): FormatterState {
  const s = states.get((p as Value[])[0] as number);
  if (!s) throw new Error('chanscope: fmt.State used after its Format call returned');
  return s;
}

/** The formatting context of a native call: methods are called on the calling goroutine. */
export function formatContext(c: NativeCtx): FormatContext {
  const methods: MethodCaller = {
    call: (t, m, recv, a) => {
      const ids = a.length === 2 && a[0] instanceof Iface && a[0].type.string === '*fmt.state' ? ((a[0].value as Value[])[0] as number) : 0;
      try {
        return c.callMethod(t, m.name, recv, a);
      } finally {
        if (ids) states.delete(ids);
      }
    },
    recoverPanic: (e) => (e instanceof GoPanicSignal ? { value: e.value } : undefined),
  };
  const stateType = c.rtypeNamed('*fmt.state');
  return {
    methods,
    addresses: c.addresses,
    makeState: stateType
      ? (st) => {
        const id = nextState++;
        states.set(id, st);
        return new Iface(stateType, [id]);
      }
      : undefined,
  };
}

/** Writes bytes to an io.Writer value; returns [n, err]. */
function writeTo(c: NativeCtx, w: Value, bytes: string): Value[] {
  const iv = w as Iface | null;
  if (iv !== null && iv.type.string === '*os.File') {
    const fd = (iv.value as Value[])[0];
    if (fd === 1 || fd === 2) {
      c.write(fd === 1 ? 'stdout' : 'stderr', bytes);
      return [bytes.length, null];
    }
  }
  if (iv === null) throw new GoPanicSignal(null);
  return c.callMethod(iv.type, 'Write', iv.value, [bytesFromString(bytes)]);
}

function errorValue(c: NativeCtx, format: string, a: (Iface | null)[]): Value {
  const r = errorf(formatContext(c), format, a);
  if (r.wrap === 'none') {
    const t = c.rtypeNamed('*errors.errorString');
    if (!t) throw new Error('chanscope: package errors is not loaded');
    return new Iface(t, [r.message]);
  }
  if (r.wrap === 'one') {
    const t = c.rtypeNamed('*fmt.wrapError');
    if (!t) throw new Error('chanscope: fmt.wrapError missing');
    return new Iface(t, [r.message, r.errs[0]]);
  }
  const t = c.rtypeNamed('*fmt.wrapErrors');
  if (!t) throw new Error('chanscope: fmt.wrapErrors missing');
  const errs = r.errs;
  return new Iface(t, [r.message, new Slice(errs, 0, errs.length, errs.length)]);
}

/** Appends formatted bytes to a []byte (fmt.Append, Appendln, Appendf: Go 1.19). */
function appendBytes(c: NativeCtx, b: Value, text: string): Value {
  const u8 = c.rtypeNamed('uint8');
  if (!u8) throw new Error('chanscope: no uint8 type');
  return appendString(u8, b as Slice | null, text);
}

function bytesOf(b: Value): string {
  const s = b as Slice | null;
  if (s === null) return '';
  let out = '';
  for (let i = 0; i < s.len; i++) out += String.fromCharCode(s.arr[s.off + i] as number);
  return out;
}

export const fmtNatives = new Map<string, NativeImpl>([
  ['fmt.(*state).Write', { kind: 'pure', fn: (_c, [p, b]) => { const t = bytesOf(b); stateOf(p).write(t); return [t.length, null]; } }],
  ['fmt.(*state).WriteString', { kind: 'pure', fn: (_c, [p, s]) => { stateOf(p).write(s as string); return [(s as string).length, null]; } }],
  ['fmt.(*state).Width', { kind: 'pure', fn: (_c, [p]) => stateOf(p).width() }],
  ['fmt.(*state).Precision', { kind: 'pure', fn: (_c, [p]) => stateOf(p).precision() }],
  ['fmt.(*state).Flag', { kind: 'pure', fn: (_c, [p, ch]) => stateOf(p).flag(Number(ch)) }],
  ['fmt.Append', { kind: 'pure', fn: (c, [b, a]) => appendBytes(c, b, sprint(formatContext(c), args(a))) }],
  ['fmt.Appendln', { kind: 'pure', fn: (c, [b, a]) => appendBytes(c, b, sprintln(formatContext(c), args(a))) }],
  ['fmt.Appendf', { kind: 'pure', fn: (c, [b, f, a]) => appendBytes(c, b, sprintf(formatContext(c), f as string, args(a))) }],
  ['fmt.Print', { kind: 'pure', fn: (c, [a]) => { const s = sprint(formatContext(c), args(a)); c.write('stdout', s); return [s.length, null]; } }],
  ['fmt.Println', { kind: 'pure', fn: (c, [a]) => { const s = sprintln(formatContext(c), args(a)); c.write('stdout', s); return [s.length, null]; } }],
  ['fmt.Printf', { kind: 'pure', fn: (c, [f, a]) => { const s = sprintf(formatContext(c), f as string, args(a)); c.write('stdout', s); return [s.length, null]; } }],
  ['fmt.Sprint', { kind: 'pure', fn: (c, [a]) => sprint(formatContext(c), args(a)) }],
  ['fmt.Sprintln', { kind: 'pure', fn: (c, [a]) => sprintln(formatContext(c), args(a)) }],
  ['fmt.Sprintf', { kind: 'pure', fn: (c, [f, a]) => sprintf(formatContext(c), f as string, args(a)) }],
  ['fmt.Fprint', { kind: 'pure', fn: (c, [w, a]) => writeTo(c, w, sprint(formatContext(c), args(a))) }],
  ['fmt.Fprintln', { kind: 'pure', fn: (c, [w, a]) => writeTo(c, w, sprintln(formatContext(c), args(a))) }],
  ['fmt.Fprintf', { kind: 'pure', fn: (c, [w, f, a]) => writeTo(c, w, sprintf(formatContext(c), f as string, args(a))) }],
  ['fmt.Errorf', { kind: 'pure', fn: (c, [f, a]) => errorValue(c, f as string, args(a)) }],
]);
