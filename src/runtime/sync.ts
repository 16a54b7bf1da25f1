// sync.Mutex, RWMutex, WaitGroup and Cond, as the Go 1.19 sync package builds
// them on runtime semaphores (sync/mutex.go, rwmutex.go, waitgroup.go, cond.go
// with runtime/sema.go's notifyList). The algorithms are followed step by step
// because their choices are observable: a woken Mutex waiter must compete with
// a running goroutine that re-locks (normal mode) until it has waited over 1ms
// of virtual time (starvation mode, direct hand-off); WaitGroup wakes waiters
// in queue order, each into runnext.
//
// Memory layout: a Go struct is an array of its fields in declaration order,
// so these primitives work on the arrays the VM allocates for the declarations
// in src/stdlib/api/sync.ts:
//   Mutex     [state int32, sema uint32]
//   RWMutex   [w Mutex, writerSem uint32, readerSem uint32, readerCount int32, readerWait int32]
//   WaitGroup [counter int32, waiters uint32, sema uint32]
//   Cond      [L Locker, notify notifyList] with notifyList [wait uint32, notify uint32]
import type { Continuation } from './blocking.js';
import type { G } from './goroutine.js';
import { GoFatalError, GoRuntimePanic } from './panics.js';
import type { Runtime } from './runtime.js';
import type { SemaCell } from './sema.js';

export const MUTEX_STATE = 0;
export const MUTEX_SEMA = 1;
const LOCKED = 1;
const WOKEN = 2;
const STARVING = 4;
const WAITER_SHIFT = 3;
const WAITER_ONE = 1 << WAITER_SHIFT;
const STARVATION_THRESHOLD_NS = 1e6;

/** Trace ids of sync objects, assigned on first use (a zero sync.Mutex needs no constructor). */
export function syncObjectId(rt: Runtime, obj: object, type: 'mutex' | 'rwmutex' | 'waitgroup' | 'cond' | 'once', g: G | null): number {
  let id = rt.syncIds.get(obj);
  if (id === undefined) {
    id = rt.newObjectId();
    rt.syncIds.set(obj, id);
    rt.tracer.emit(g ? g.id : 0, { kind: 'sync.make', object: id, type, name: rt.nameHint(obj) });
  }
  return id;
}

// ---------------------------------------------------------------- Mutex

/** sync.(*Mutex).Lock; `owner` is the RWMutex when this is its writer lock (for the trace). */
export function mutexLock(rt: Runtime, g: G, m: SemaCell, owner?: object): Continuation | null {
  const id = syncObjectId(rt, owner ?? m, owner ? 'rwmutex' : 'mutex', g);
  const done = (): null => {
    rt.tracer.emit(g.id, { kind: 'mutex.lock', object: id });
    return null;
  };
  if (m[MUTEX_STATE] === 0) {
    m[MUTEX_STATE] = LOCKED;
    return done();
  }
  // sync.(*Mutex).lockSlow. No spinning (runtime_canSpin is false with
  // GOMAXPROCS=1), and no failed CAS (one goroutine runs at a time), so each
  // turn of Go's loop either takes the lock or waits on the semaphore.
  let waitStartTime = -1;
  let starving = false;
  let awoke = false;
  const attempt = (): Continuation | null => {
    const old = m[MUTEX_STATE];
    let next = old;
    if ((old & STARVING) === 0) next |= LOCKED;
    if ((old & (LOCKED | STARVING)) !== 0) next += WAITER_ONE;
    if (starving && (old & LOCKED) !== 0) next |= STARVING;
    if (awoke) next &= ~WOKEN;
    m[MUTEX_STATE] = next;
    if ((old & (LOCKED | STARVING)) === 0) return done();
    const queueLifo = waitStartTime >= 0;
    if (waitStartTime < 0) waitStartTime = rt.now;
    const woken = (): Continuation | null => {
      starving = starving || rt.now - waitStartTime > STARVATION_THRESHOLD_NS;
      const cur = m[MUTEX_STATE];
      if ((cur & STARVING) !== 0) {
        // hand-off in starvation mode: the lock is ours
        let delta = LOCKED - WAITER_ONE;
        if (!starving || cur >> WAITER_SHIFT === 1) delta -= STARVING;
        m[MUTEX_STATE] = cur + delta;
        return done();
      }
      awoke = true;
      return attempt();
    };
    const k = rt.sema.acquire(rt, g, m, MUTEX_SEMA, queueLifo, 'sync.Mutex.Lock', id);
    return k === null ? woken() : chain(k, woken);
  };
  return attempt();
}

/** sync.(*Mutex).TryLock */
export function mutexTryLock(rt: Runtime, g: G, m: SemaCell): boolean {
  const old = m[MUTEX_STATE];
  if ((old & (LOCKED | STARVING)) !== 0) return false;
  m[MUTEX_STATE] = old | LOCKED;
  rt.tracer.emit(g.id, { kind: 'mutex.lock', object: syncObjectId(rt, m, 'mutex', g) });
  return true;
}

/** sync.(*Mutex).Unlock */
export function mutexUnlock(rt: Runtime, g: G, m: SemaCell, traceObj?: object): void {
  const id = syncObjectId(rt, traceObj ?? m, traceObj ? 'rwmutex' : 'mutex', g);
  const next = m[MUTEX_STATE] - LOCKED;
  if (((next + LOCKED) & LOCKED) === 0) throw new GoFatalError('sync: unlock of unlocked mutex');
  m[MUTEX_STATE] = next;
  rt.tracer.emit(g.id, { kind: 'mutex.unlock', object: id });
  if (next === 0) return;
  // sync.(*Mutex).unlockSlow
  if ((next & STARVING) === 0) {
    const old = next;
    if (old >> WAITER_SHIFT === 0 || (old & (LOCKED | WOKEN | STARVING)) !== 0) return;
    m[MUTEX_STATE] = (old - WAITER_ONE) | WOKEN;
    rt.sema.release(rt, g, m, MUTEX_SEMA, false);
  } else if (rt.sema.release(rt, g, m, MUTEX_SEMA, true)) {
    rt.yieldLocal(g);
  }
}

// ---------------------------------------------------------------- RWMutex

const RW_W = 0;
const RW_WRITER_SEM = 1;
const RW_READER_SEM = 2;
const RW_READER_COUNT = 3;
const RW_READER_WAIT = 4;
const MAX_READERS = 1 << 30;

type RWCell = [SemaCell, number, number, number, number];

/** sync.(*RWMutex).RLock */
export function rwRLock(rt: Runtime, g: G, rw: RWCell): Continuation | null {
  const id = syncObjectId(rt, rw, 'rwmutex', g);
  const done = (): null => {
    rt.tracer.emit(g.id, { kind: 'mutex.lock', object: id, read: true });
    return null;
  };
  if (++rw[RW_READER_COUNT] < 0) {
    const k = rt.sema.acquire(rt, g, rw as unknown as SemaCell, RW_READER_SEM, false, 'sync.RWMutex.RLock', id);
    return k === null ? done() : chain(k, done);
  }
  return done();
}

/** sync.(*RWMutex).TryRLock */
export function rwTryRLock(rt: Runtime, g: G, rw: RWCell): boolean {
  if (rw[RW_READER_COUNT] < 0) return false;
  rw[RW_READER_COUNT]++;
  rt.tracer.emit(g.id, { kind: 'mutex.lock', object: syncObjectId(rt, rw, 'rwmutex', g), read: true });
  return true;
}

/** sync.(*RWMutex).RUnlock */
export function rwRUnlock(rt: Runtime, g: G, rw: RWCell): void {
  const id = syncObjectId(rt, rw, 'rwmutex', g);
  const r = --rw[RW_READER_COUNT];
  if (r < 0) {
    if (r + 1 === 0 || r + 1 === -MAX_READERS) {
      rw[RW_READER_COUNT]++;
      throw new GoFatalError('sync: RUnlock of unlocked RWMutex');
    }
    if (--rw[RW_READER_WAIT] === 0) rt.sema.release(rt, g, rw as unknown as SemaCell, RW_WRITER_SEM, false);
  }
  rt.tracer.emit(g.id, { kind: 'mutex.unlock', object: id, read: true });
}

/** sync.(*RWMutex).Lock */
export function rwLock(rt: Runtime, g: G, rw: RWCell): Continuation | null {
  const id = syncObjectId(rt, rw, 'rwmutex', g);
  const afterW = (): Continuation | null => {
    rw[RW_READER_COUNT] -= MAX_READERS;
    const r = rw[RW_READER_COUNT] + MAX_READERS;
    if (r !== 0 && (rw[RW_READER_WAIT] += r) !== 0) {
      const k = rt.sema.acquire(rt, g, rw as unknown as SemaCell, RW_WRITER_SEM, false, 'sync.RWMutex.Lock', id);
      if (k !== null) return k;
    }
    return null;
  };
  const k = mutexLock(rt, g, rw[RW_W], rw);
  return k === null ? afterW() : chain(k, afterW);
}

/** sync.(*RWMutex).TryLock */
export function rwTryLock(rt: Runtime, g: G, rw: RWCell): boolean {
  const w = rw[RW_W];
  if ((w[MUTEX_STATE] & (LOCKED | STARVING)) !== 0) return false;
  if (rw[RW_READER_COUNT] !== 0) return false;
  w[MUTEX_STATE] |= LOCKED;
  rw[RW_READER_COUNT] = -MAX_READERS;
  rt.tracer.emit(g.id, { kind: 'mutex.lock', object: syncObjectId(rt, rw, 'rwmutex', g) });
  return true;
}

/** sync.(*RWMutex).Unlock */
export function rwUnlock(rt: Runtime, g: G, rw: RWCell): void {
  const r = (rw[RW_READER_COUNT] += MAX_READERS);
  if (r >= MAX_READERS) {
    rw[RW_READER_COUNT] -= MAX_READERS;
    throw new GoFatalError('sync: Unlock of unlocked RWMutex');
  }
  for (let i = 0; i < r; i++) rt.sema.release(rt, g, rw as unknown as SemaCell, RW_READER_SEM, false);
  mutexUnlock(rt, g, rw[RW_W], rw);
}

// ---------------------------------------------------------------- WaitGroup

const WG_COUNTER = 0;
const WG_WAITERS = 1;
const WG_SEMA = 2;

/** sync.(*WaitGroup).Add (Done is Add(-1)) */
export function wgAdd(rt: Runtime, g: G, wg: SemaCell, delta: number): void {
  const id = syncObjectId(rt, wg, 'waitgroup', g);
  const v = (wg[WG_COUNTER] = (wg[WG_COUNTER] + delta) | 0);
  const w = wg[WG_WAITERS];
  rt.tracer.emit(g.id, { kind: 'wg.add', object: id, delta, counter: v });
  if (v < 0) throw new GoRuntimePanic('sync: negative WaitGroup counter', false);
  if (w !== 0 && delta > 0 && v === delta) throw new GoRuntimePanic('sync: WaitGroup misuse: Add called concurrently with Wait', false);
  if (v > 0 || w === 0) return;
  wg[WG_WAITERS] = 0;
  for (let i = w; i > 0; i--) rt.sema.release(rt, g, wg, WG_SEMA, false);
}

/** sync.(*WaitGroup).Wait */
export function wgWait(rt: Runtime, g: G, wg: SemaCell): Continuation | null {
  const id = syncObjectId(rt, wg, 'waitgroup', g);
  rt.tracer.emit(g.id, { kind: 'wg.wait', object: id });
  if (wg[WG_COUNTER] === 0) return null;
  wg[WG_WAITERS]++;
  const after = (): null => {
    if (wg[WG_COUNTER] !== 0 || wg[WG_WAITERS] !== 0) {
      throw new GoRuntimePanic('sync: WaitGroup is reused before previous Wait has returned', false);
    }
    return null;
  };
  const k = rt.sema.acquire(rt, g, wg, WG_SEMA, false, 'sync.WaitGroup.Wait', id);
  return k === null ? after() : chain(k, after);
}

// ---------------------------------------------------------------- Cond (runtime notifyList)

const NL_WAIT = 0;
const NL_NOTIFY = 1;

/** runtime.notifyListAdd: take a ticket before unlocking c.L. */
export function notifyListAdd(nl: number[]): number {
  return (nl[NL_WAIT]++) >>> 0;
}

/** runtime.notifyListWait: park unless the ticket was already notified. */
export function notifyListWait(rt: Runtime, g: G, cond: object, nl: number[], ticket: number): Continuation | null {
  if (lessTicket(ticket, nl[NL_NOTIFY])) return null;
  const id = syncObjectId(rt, cond, 'cond', g);
  let list = rt.notifyLists.get(nl);
  if (!list) {
    list = [];
    rt.notifyLists.set(nl, list);
  }
  list.push({ g, ticket });
  rt.park(g, 'sync.Cond.Wait', [id]);
  return () => null;
}

/** runtime.notifyListNotifyOne (Cond.Signal) */
export function notifyListNotifyOne(rt: Runtime, g: G, cond: object, nl: number[]): void {
  rt.tracer.emit(g.id, { kind: 'cond.signal', object: syncObjectId(rt, cond, 'cond', g), broadcast: false });
  if (nl[NL_WAIT] === nl[NL_NOTIFY]) return;
  const t = nl[NL_NOTIFY];
  nl[NL_NOTIFY] = (t + 1) >>> 0;
  const list = rt.notifyLists.get(nl);
  if (!list) return;
  const i = list.findIndex((w) => w.ticket === t);
  if (i < 0) return;
  const [w] = list.splice(i, 1);
  rt.ready(w.g, g);
}

/** runtime.notifyListNotifyAll (Cond.Broadcast): ready every waiter in list order. */
export function notifyListNotifyAll(rt: Runtime, g: G, cond: object, nl: number[]): void {
  rt.tracer.emit(g.id, { kind: 'cond.signal', object: syncObjectId(rt, cond, 'cond', g), broadcast: true });
  if (nl[NL_WAIT] === nl[NL_NOTIFY]) return;
  const list = rt.notifyLists.get(nl) ?? [];
  rt.notifyLists.delete(nl);
  nl[NL_NOTIFY] = nl[NL_WAIT];
  for (const w of list) rt.ready(w.g, g);
}

function lessTicket(a: number, b: number): boolean {
  return ((a - b) | 0) < 0;
}

/** Run continuation `k` to completion, then `then`. */
function chain(k: Continuation, then: () => Continuation | null): Continuation {
  return () => {
    const next = k();
    return next === null ? then() : chain(next, then);
  };
}

