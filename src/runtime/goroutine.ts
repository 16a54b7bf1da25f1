// A goroutine as the runtime sees it: a plain object with an id, a status, what
// it waits on, and the slots through which a blocking operation hands back its
// result (mirrors the fields of runtime.g / runtime.sudog that matter here).
// The VM keeps the goroutine's frames in `machine`; the runtime never reads them.
import type { WaitReason } from '../trace/schema.js';

export const enum GStatus {
  Runnable = 1,
  Running = 2,
  Waiting = 3,
  Dead = 4,
}

export interface G {
  readonly id: number;
  status: GStatus;
  /** Set while Waiting. */
  waitReason: WaitReason | undefined;
  /** Virtual time at which the goroutine parked (goroutine dumps print `[chan receive, 2 minutes]`). */
  waitSince: number;
  /** Result slots written by whoever wakes a blocked operation (runtime.sudog.elem / success). */
  recvValue: unknown;
  recvOk: boolean;
  /** Index of the select case that fired (-1 = default). */
  selectIndex: number;
  /** A panic message to raise when the goroutine resumes (e.g. woken sender of a closed channel). */
  wakePanic: string | undefined;
  /** The select or semaphore wait this goroutine is parked in, if any (for cleanup and dumps). */
  waiting: unknown;
  /** Object ids the goroutine blocks on, for the trace. */
  blockedOn: number[];
  /** runtime.g.timer: the goroutine's own timer, reused by every time.Sleep. */
  sleepTimer: unknown;
  /** The VM's execution state (frames, registers); opaque to the runtime. */
  machine: unknown;
}

/** Shared by goroutines that block on nothing traceable (never mutated). */
const noObjects: number[] = [];

export function newG(id: number, machine: unknown): G {
  return {
    id,
    status: GStatus.Runnable,
    waitReason: undefined,
    waitSince: 0,
    recvValue: undefined,
    recvOk: false,
    selectIndex: -1,
    wakePanic: undefined,
    waiting: undefined,
    blockedOn: noObjects,
    sleepTimer: undefined,
    machine,
  };
}
