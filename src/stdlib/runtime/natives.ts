// Natives of package runtime as a Go program sees it on chanscope's single
// logical P: GOMAXPROCS is 1 (as the Go Playground and our oracle run), the
// goroutine count is the runtime's, Gosched yields to the global queue.
import { GoPanicSignal } from '../../vm/machine.js';
import type { NativeImpl } from '../../vm/native.js';
import { Slice } from '../../vm/value.js';
import { wrapUint64 } from '../../vm/int64.js';

/** The messages of recovered *runtime.TypeAssertionError values, by their struct. */
export const typeAssertionMessages = new WeakMap<object, string>();

export const runtimeNatives = new Map<string, NativeImpl>([
  ['runtime.(*TypeAssertionError).Error', { kind: 'pure', fn: (_c, [e]) => typeAssertionMessages.get(e as object) ?? 'interface conversion' }],
  // math/rand/v2's top-level source: 64 bits from the run's seeded generator
  ['math/rand/v2.runtime_rand', { kind: 'pure', fn: (c) => wrapUint64((BigInt(c.rt.prng.next32()) << 32n) | BigInt(c.rt.prng.next32())) }],
  ['runtime.NumGoroutine', { kind: 'pure', fn: (c) => c.rt.numGoroutine }],
  ['runtime.Gosched', {
    kind: 'blocking',
    fn: (c) => {
      c.rt.gosched(c.g);
      return () => null;
    },
  }],
  ['runtime.Goexit', { kind: 'pure', fn: () => { throw new GoPanicSignal(null, true); } }],
  ['runtime.NumCPU', { kind: 'pure', fn: () => 1 }],
  ['runtime.GOMAXPROCS', { kind: 'pure', fn: () => 1 }],
  ['runtime.GC', { kind: 'pure', fn: () => null }],
  ['runtime.Version', { kind: 'pure', fn: () => 'go1.19.8' }],
  ['runtime.GOROOT', { kind: 'pure', fn: () => '/usr/lib/go-1.19' }],
  ['runtime.SetFinalizer', { kind: 'pure', fn: () => null }],
  ['runtime.LockOSThread', { kind: 'pure', fn: () => null }],
  ['runtime.UnlockOSThread', { kind: 'pure', fn: () => null }],
  ['runtime.NumCgoCall', { kind: 'pure', fn: () => 0 }],
  ['runtime.Stack', { kind: 'pure', fn: (_c, [buf]) => (buf === null ? 0 : Math.min(0, (buf as Slice).len)) }],
]);
