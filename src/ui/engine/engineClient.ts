// How the UI reaches the engine: only through the worker protocol
// (src/worker/protocol.ts). The browser client starts a fresh Web Worker per
// run, which keeps each run's JIT state clean (closure call sites stay
// monomorphic) and makes Stop absolute: terminate() ends even `for {}`.
import type { FromWorker, RunRequest } from '../../worker/protocol.js';

export interface EngineClient {
  /** Starts a run; messages for it arrive through `onMessage` until a 'done' message. */
  run(req: Omit<RunRequest, 'type'>, onMessage: (m: FromWorker) => void): void;
  /** Ends the current run at once (no further messages arrive for it). */
  stop(): void;
}

export class WorkerEngineClient implements EngineClient {
  private worker: Worker | undefined;

  run(req: Omit<RunRequest, 'type'>, onMessage: (m: FromWorker) => void): void {
    this.stop();
    const w = new Worker(new URL('../../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'chanscope-engine' });
    this.worker = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      if (this.worker === w) onMessage(e.data);
    };
    w.onerror = (e) => {
      if (this.worker !== w) return;
      onMessage({ type: 'done', id: req.id, end: { kind: 'stopped', reason: `chanscope: the engine failed: ${e.message}` }, steps: 0, virtualTime: 0, events: 0 });
    };
    w.postMessage({ type: 'run', ...req } satisfies RunRequest);
  }

  stop(): void {
    if (this.worker) {
      this.worker.terminate();
      this.worker = undefined;
    }
  }
}
