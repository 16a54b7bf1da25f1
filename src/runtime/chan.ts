// Channels, mirroring Go 1.19's runtime/chan.go: a ring buffer plus FIFO queues
// of waiting receivers and senders. A send to a waiting receiver hands the value
// over directly (the receiver runs next); a receive from a full buffered channel
// takes the head and moves the first waiting sender's value into the tail;
// close wakes every waiter, in Go's order (gList is a stack: the last dequeued
// is readied first, so the first dequeued ends up in runnext).
import { GStatus, type G } from './goroutine.js';
import { GoRuntimePanic } from './panics.js';
import type { Runtime } from './runtime.js';
import { newSudog, WaitQueue, type Sudog } from './waitq.js';

export interface Chan {
  readonly id: number;
  readonly cap: number;
  /** Ring buffer of `cap` slots (runtime.hchan.buf, sendx, recvx, qcount). */
  readonly buf: unknown[];
  sendx: number;
  recvx: number;
  qcount: number;
  closed: boolean;
  readonly recvq: WaitQueue;
  readonly sendq: WaitQueue;
  /** Zero value of the element type (received from a closed channel). */
  readonly zero: () => unknown;
  /** Short rendering of a value for the trace. */
  readonly preview: (v: unknown) => string;
}

export function makechan(
  rt: Runtime, g: G | null, cap: number, zero: () => unknown, preview: (v: unknown) => string,
  elem: string, name?: string,
): Chan {
  if (cap < 0) throw new GoRuntimePanic('makechan: size out of range', false);
  const c: Chan = {
    id: rt.newObjectId(), cap, buf: new Array(cap), sendx: 0, recvx: 0, qcount: 0, closed: false,
    recvq: new WaitQueue(), sendq: new WaitQueue(), zero, preview,
  };
  rt.tracer.emit(g ? g.id : 0, { kind: 'chan.make', chan: c.id, cap, elem, name });
  return c;
}

/**
 * runtime.chansend. Returns true when the value was sent, false when it was not
 * (non-blocking only) or when g parked; a parked g finds the outcome on wake
 * (`g.wakePanic` is set if the channel was closed meanwhile).
 */
export function chansend(rt: Runtime, g: G, c: Chan | null, v: unknown, block: boolean): boolean {
  if (c === null) {
    if (!block) return false;
    rt.park(g, 'chan send (nil chan)', []);
    return false;
  }
  if (!block && !c.closed && isFull(c)) return false;
  if (c.closed) throw new GoRuntimePanic('send on closed channel', false);
  const sg = c.recvq.dequeue();
  if (sg !== null) {
    deliverToReceiver(rt, g, c, sg, v);
    return true;
  }
  if (c.qcount < c.cap) {
    c.buf[c.sendx] = v;
    if (++c.sendx === c.cap) c.sendx = 0;
    c.qcount++;
    rt.tracer.emit(g.id, { kind: 'chan.send', chan: c.id, value: c.preview(v), len: c.qcount });
    return true;
  }
  if (!block) return false;
  const s = newSudog(g, v, c.id);
  c.sendq.enqueue(s);
  g.waiting = s;
  rt.park(g, 'chan send', [c.id]);
  return false;
}

/** runtime.send: hand v straight to a waiting receiver and ready it. */
function deliverToReceiver(rt: Runtime, g: G, c: Chan, sg: Sudog, v: unknown): void {
  sg.elem = v;
  sg.success = true;
  const r = sg.g;
  r.recvValue = v;
  r.recvOk = true;
  if (sg.select) r.selectIndex = sg.caseIndex;
  rt.tracer.emit(g.id, { kind: 'chan.send', chan: c.id, value: c.preview(v), len: c.qcount, peer: r.id });
  rt.tracer.emit(r.id, { kind: 'chan.recv', chan: c.id, value: c.preview(v), ok: true, len: c.qcount, peer: g.id });
  rt.ready(r, g);
}

/**
 * runtime.chanrecv. Returns 'done' with the value in g.recvValue/g.recvOk,
 * 'empty' (non-blocking, nothing there), or 'parked'.
 */
export function chanrecv(rt: Runtime, g: G, c: Chan | null, block: boolean): 'done' | 'empty' | 'parked' {
  if (c === null) {
    if (!block) return 'empty';
    rt.park(g, 'chan receive (nil chan)', []);
    return 'parked';
  }
  if (!block && isEmpty(c) && !c.closed) return 'empty';
  if (c.closed && c.qcount === 0) {
    g.recvValue = c.zero();
    g.recvOk = false;
    rt.tracer.emit(g.id, { kind: 'chan.recv', chan: c.id, value: c.preview(g.recvValue), ok: false, len: 0 });
    return 'done';
  }
  const sg = c.sendq.dequeue();
  if (sg !== null) {
    takeFromSender(rt, g, c, sg);
    return 'done';
  }
  if (c.qcount > 0) {
    g.recvValue = bufTake(c);
    g.recvOk = true;
    rt.tracer.emit(g.id, { kind: 'chan.recv', chan: c.id, value: c.preview(g.recvValue), ok: true, len: c.qcount });
    return 'done';
  }
  if (!block) return 'empty';
  const s = newSudog(g, undefined, c.id);
  c.recvq.enqueue(s);
  g.waiting = s;
  rt.park(g, 'chan receive', [c.id]);
  return 'parked';
}

/** runtime.recv: from a waiting sender (directly if unbuffered, else via the buffer's head). */
function takeFromSender(rt: Runtime, g: G, c: Chan, sg: Sudog): void {
  const s = sg.g;
  g.recvOk = true;
  if (c.cap === 0) {
    g.recvValue = sg.elem;
    rt.tracer.emit(s.id, { kind: 'chan.send', chan: c.id, value: c.preview(sg.elem), len: 0, peer: g.id });
    rt.tracer.emit(g.id, { kind: 'chan.recv', chan: c.id, value: c.preview(g.recvValue), ok: true, len: 0, peer: s.id });
  } else {
    // buffer is full: take the head, the sender's value goes to the tail
    g.recvValue = c.buf[c.recvx];
    c.buf[c.recvx] = sg.elem;
    if (++c.recvx === c.cap) c.recvx = 0;
    c.sendx = c.recvx;
    // traced in that order, so the buffer never shows more than cap values
    rt.tracer.emit(g.id, { kind: 'chan.recv', chan: c.id, value: c.preview(g.recvValue), ok: true, len: c.qcount - 1 });
    rt.tracer.emit(s.id, { kind: 'chan.send', chan: c.id, value: c.preview(sg.elem), len: c.qcount });
  }
  sg.success = true;
  if (sg.select) s.selectIndex = sg.caseIndex;
  rt.ready(s, g);
}

function bufTake(c: Chan): unknown {
  const v = c.buf[c.recvx];
  c.buf[c.recvx] = undefined;
  if (++c.recvx === c.cap) c.recvx = 0;
  c.qcount--;
  return v;
}

/** runtime.empty: nothing to receive without blocking (unbuffered: no waiting sender). */
function isEmpty(c: Chan): boolean {
  return c.cap === 0 ? c.sendq.isEmpty() : c.qcount === 0;
}

function isFull(c: Chan): boolean {
  return c.cap === 0 ? c.recvq.isEmpty() : c.qcount === c.cap;
}

/** runtime.closechan */
export function closechan(rt: Runtime, g: G | null, c: Chan | null): void {
  if (c === null) throw new GoRuntimePanic('close of nil channel', false);
  if (c.closed) throw new GoRuntimePanic('close of closed channel', false);
  c.closed = true;
  rt.tracer.emit(g ? g.id : 0, { kind: 'chan.close', chan: c.id });
  const glist: G[] = [];
  for (let sg = c.recvq.dequeue(); sg !== null; sg = c.recvq.dequeue()) {
    const r = sg.g;
    sg.success = false;
    r.recvValue = c.zero();
    r.recvOk = false;
    if (sg.select) r.selectIndex = sg.caseIndex;
    rt.tracer.emit(r.id, { kind: 'chan.recv', chan: c.id, value: c.preview(r.recvValue), ok: false, len: 0 });
    glist.push(r);
  }
  for (let sg = c.sendq.dequeue(); sg !== null; sg = c.sendq.dequeue()) {
    const s = sg.g;
    sg.success = false;
    if (sg.select) s.selectIndex = sg.caseIndex;
    s.wakePanic = 'send on closed channel';
    glist.push(s);
  }
  // gList is LIFO: the last goroutine dequeued is readied first.
  for (let i = glist.length - 1; i >= 0; i--) {
    if (glist[i].status === GStatus.Waiting) rt.ready(glist[i], g);
  }
}

export function chanlen(c: Chan | null): number {
  return c === null ? 0 : c.qcount;
}

export function chancap(c: Chan | null): number {
  return c === null ? 0 : c.cap;
}
