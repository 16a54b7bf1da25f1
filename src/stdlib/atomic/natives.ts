// Natives of package sync/atomic. One goroutine runs at a time on chanscope's
// logical P, so each operation is a plain read-modify-write of the variable
// (a Ref: src/vm/README.md), with the integer kind's wrap-around; each emits an
// `atomic` trace event so the stage can show it.
import { GoRuntimePanic } from '../../runtime/panics.js';
import { intOps } from '../../vm/intconv.js';
import type { NativeCtx, NativeImpl } from '../../vm/native.js';
import { Kind } from '../../vm/rtype.js';
import { Iface, type Ref, type Value } from '../../vm/value.js';

const kinds: [string, Kind][] = [
  ['Int32', Kind.Int32], ['Int64', Kind.Int64], ['Uint32', Kind.Uint32], ['Uint64', Kind.Uint64], ['Uintptr', Kind.Uintptr],
];

function ref(p: Value): Ref {
  if (p === null) throw new GoRuntimePanic('invalid memory address or nil pointer dereference', true);
  return p as Ref;
}

function trace(c: NativeCtx, op: string, v: Value): void {
  c.rt.tracer.emit(c.g.id, { kind: 'atomic', op, value: String(v) });
}

const entries: [string, NativeImpl][] = [];
for (const [name, k] of kinds) {
  const o = intOps(k);
  entries.push(
    [`sync/atomic.Load${name}`, { kind: 'pure', fn: (c, [p]) => { const v = ref(p).load(); trace(c, `Load${name}`, v); return v; } }],
    [`sync/atomic.Store${name}`, { kind: 'pure', fn: (c, [p, v]) => { ref(p).store(v); trace(c, `Store${name}`, v); return null; } }],
    [`sync/atomic.Swap${name}`, { kind: 'pure', fn: (c, [p, v]) => { const r = ref(p); const old = r.load(); r.store(v); trace(c, `Swap${name}`, v); return old; } }],
    [`sync/atomic.CompareAndSwap${name}`, {
      kind: 'pure',
      fn: (c, [p, old, nv]) => {
        const r = ref(p);
        const ok = r.load() === old;
        if (ok) r.store(nv);
        trace(c, `CompareAndSwap${name}`, ok);
        return ok;
      },
    }],
    [`sync/atomic.Add${name}`, { kind: 'pure', fn: (c, [p, d]) => { const r = ref(p); const v = o.add(r.load() as number, d as number); r.store(v); trace(c, `Add${name}`, v); return v; } }],
    [`sync/atomic.And${name}`, { kind: 'pure', fn: (c, [p, m]) => { const r = ref(p); const old = r.load(); r.store(o.and(old as number, m as number)); trace(c, `And${name}`, m); return old; } }],
    [`sync/atomic.Or${name}`, { kind: 'pure', fn: (c, [p, m]) => { const r = ref(p); const old = r.load(); r.store(o.or(old as number, m as number)); trace(c, `Or${name}`, m); return old; } }],
  );
}

/** atomic.Value: [v any]; every stored value must have the first one's dynamic type. */
function valueCell(p: Value): Value[] {
  if (p === null) throw new GoRuntimePanic('invalid memory address or nil pointer dereference', true);
  return p as Value[];
}

function checkStore(cell: Value[], v: Value, what: string): void {
  if (v === null) throw new GoRuntimePanic(`sync/atomic: ${what} of nil value into Value`, false);
  const cur = cell[0] as Iface | null;
  if (cur !== null && cur.type !== (v as Iface).type) {
    throw new GoRuntimePanic(`sync/atomic: ${what} of inconsistently typed value into Value`, false);
  }
}

entries.push(
  ['sync/atomic.(*Value).Load', { kind: 'pure', fn: (_c, [p]) => valueCell(p)[0] }],
  ['sync/atomic.(*Value).Store', { kind: 'pure', fn: (_c, [p, v]) => { const cell = valueCell(p); checkStore(cell, v, 'store'); cell[0] = v; return null; } }],
  ['sync/atomic.(*Value).Swap', { kind: 'pure', fn: (_c, [p, v]) => { const cell = valueCell(p); checkStore(cell, v, 'swap'); const old = cell[0]; cell[0] = v; return old; } }],
  ['sync/atomic.(*Value).CompareAndSwap', {
    kind: 'pure',
    fn: (_c, [p, old, nv]) => {
      const cell = valueCell(p);
      checkStore(cell, nv, 'compare and swap');
      const cur = cell[0] as Iface | null;
      const o = old as Iface | null;
      const eq = cur === null || o === null ? cur === o : cur.type === o.type && cur.type.equal(cur.value, o.value);
      if (!eq) return false;
      cell[0] = nv;
      return true;
    },
  }],
);

export const atomicNatives = new Map<string, NativeImpl>(entries);
