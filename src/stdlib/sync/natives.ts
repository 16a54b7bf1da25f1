// Natives of package sync: the lock and wait-group operations of the runtime
// (src/runtime/sync.ts), bound to the declarations in src/stdlib/api/sync.ts.
// A pointer to a sync struct is the struct's own array (src/vm/README.md).
import {
  syncObjectId, mutexLock, mutexTryLock, mutexUnlock, notifyListAdd, notifyListNotifyAll, notifyListNotifyOne,
  notifyListWait, rwLock, rwRLock, rwRUnlock, rwTryLock, rwTryRLock, rwUnlock, wgAdd, wgWait,
} from '../../runtime/sync.js';
import { GoRuntimePanic } from '../../runtime/panics.js';
import type { NativeImpl } from '../../vm/native.js';
import type { Value } from '../../vm/value.js';

type RW = Parameters<typeof rwLock>[2];

/** A method call on a nil *Mutex (etc.) dereferences nil, as in Go. */
function nilCheck(p: Value): void {
  if (p === null) throw new GoRuntimePanic('invalid memory address or nil pointer dereference', true);
}

export const syncNatives = new Map<string, NativeImpl>([
  ['sync.(*Mutex).Lock', { kind: 'blocking', fn: (c, [m]) => (nilCheck(m), mutexLock(c.rt, c.g, m as number[])) }],
  ['sync.(*Mutex).TryLock', { kind: 'pure', fn: (c, [m]) => mutexTryLock(c.rt, c.g, m as number[]) }],
  ['sync.(*Mutex).Unlock', { kind: 'pure', fn: (c, [m]) => mutexUnlock(c.rt, c.g, m as number[]) }],
  ['sync.(*RWMutex).Lock', { kind: 'blocking', fn: (c, [m]) => (nilCheck(m), rwLock(c.rt, c.g, m as RW)) }],
  ['sync.(*RWMutex).Unlock', { kind: 'pure', fn: (c, [m]) => rwUnlock(c.rt, c.g, m as RW) }],
  ['sync.(*RWMutex).RLock', { kind: 'blocking', fn: (c, [m]) => (nilCheck(m), rwRLock(c.rt, c.g, m as RW)) }],
  ['sync.(*RWMutex).RUnlock', { kind: 'pure', fn: (c, [m]) => rwRUnlock(c.rt, c.g, m as RW) }],
  ['sync.(*RWMutex).TryLock', { kind: 'pure', fn: (c, [m]) => rwTryLock(c.rt, c.g, m as RW) }],
  ['sync.(*RWMutex).TryRLock', { kind: 'pure', fn: (c, [m]) => rwTryRLock(c.rt, c.g, m as RW) }],
  ['sync.(*WaitGroup).Add', { kind: 'pure', fn: (c, [wg, d]) => wgAdd(c.rt, c.g, wg as number[], Number(d)) }],
  ['sync.(*WaitGroup).Done', { kind: 'pure', fn: (c, [wg]) => wgAdd(c.rt, c.g, wg as number[], -1) }],
  ['sync.(*WaitGroup).Wait', { kind: 'blocking', fn: (c, [wg]) => (nilCheck(wg), wgWait(c.rt, c.g, wg as number[])) }],
  ['sync.runtime_onceDo', {
    kind: 'pure',
    fn: (c, [o]) => {
      c.rt.tracer.emit(c.g.id, { kind: 'once.do', object: syncObjectId(c.rt, o as object, 'once', c.g) });
      return null;
    },
  }],
  ['sync.runtime_notifyListAdd', { kind: 'pure', fn: (_c, [nl]) => notifyListAdd(nl as number[]) }],
  ['sync.runtime_notifyListWait', { kind: 'blocking', fn: (c, [nl, t]) => notifyListWait(c.rt, c.g, nl as object, nl as number[], Number(t)) }],
  ['sync.runtime_notifyListNotifyOne', { kind: 'pure', fn: (c, [nl]) => notifyListNotifyOne(c.rt, c.g, nl as object, nl as number[]) }],
  ['sync.runtime_notifyListNotifyAll', { kind: 'pure', fn: (c, [nl]) => notifyListNotifyAll(c.rt, c.g, nl as object, nl as number[]) }],
]);
