// How the UI reaches the engine: only through the worker protocol
// (src/worker/protocol.ts). Every run gets a fresh Web Worker, which keeps
// each run's JIT state clean (closure call sites stay monomorphic) and makes
// Stop absolute: terminate() ends even `for {}`. A spare worker is started
// ahead of time and warmed with a tiny program, so a run does not wait for
// the engine's code to load and compile.
import type { FromWorker, RunRequest } from '../../worker/protocol.js';

export interface EngineClient {
  /** Starts a run; messages for it arrive through `onMessage` until a 'done' message. */
  run(req: Omit<RunRequest, 'type'>, onMessage: (m: FromWorker) => void): void;
  /** Ends the current run at once (no further messages arrive for it). */
  stop(): void;
  /** The current run has finished (a hint: a client may prepare for the next run now). */
  idle?(): void;
}

const WARM_UP = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan int, 1)\n\tgo func() { ch <- 1 }()\n\tfmt.Sprint(<-ch)\n}\n';

export class WorkerEngineClient implements EngineClient {
  private worker: Worker | undefined;
  private spare: Worker | undefined;

  /** `prefetchAfterMs`: start the first spare worker this long after construction (undefined: at the first run). */
  constructor(prefetchAfterMs?: number) {
    if (prefetchAfterMs !== undefined) setTimeout(() => this.ensureSpare(), prefetchAfterMs);
  }

  private spawn(): Worker {
    const w = new Worker(new URL('../../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'chanscope-engine' });
    // warm the front end, compiler and VM (a few compiles get the JIT going); replies (id 0) are dropped below
    for (let i = 0; i < 3; i++) w.postMessage({ type: 'run', id: 0, files: [{ name: 'prog.go', text: WARM_UP }], seed: 1, preempt: false } satisfies RunRequest);
    return w;
  }

  private ensureSpare(): void {
    if (!this.spare) this.spare = this.spawn();
  }

  run(req: Omit<RunRequest, 'type'>, onMessage: (m: FromWorker) => void): void {
    this.stop();
    const w = this.spare ?? this.spawn();
    this.spare = undefined;
    this.worker = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      if (this.worker === w && e.data.id === req.id) onMessage(e.data);
    };
    w.onerror = (e) => {
      if (this.worker !== w) return;
      onMessage({ type: 'done', id: req.id, end: { kind: 'stopped', reason: `chanscope: the engine failed: ${e.message}` }, steps: 0, virtualTime: 0, events: 0 });
    };
    w.postMessage({ type: 'run', ...req } satisfies RunRequest);
  }

  /** The run ended: load the next run's worker once the page is quiet, so it does not compete with this run's first frames. */
  idle(): void {
    setTimeout(() => this.ensureSpare(), 400);
  }

  stop(): void {
    if (this.worker) {
      this.worker.terminate();
      this.worker = undefined;
    }
  }
}
