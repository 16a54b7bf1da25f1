// Runs programs for the Web Worker: a run executes in slices of instructions;
// after each slice the new trace events go out as one batch and the host
// yields (via `schedule`), so a stop request is seen promptly and a program
// that never ends keeps streaming until a limit or a stop ends it.
import { Session } from '../engine/session.js';
import type { TraceEvent } from '../trace/schema.js';
import type { FromWorker, RunRequest, ToWorker } from './protocol.js';

export interface HostOptions {
  /** Instructions per slice (one batch of events per slice). */
  sliceSteps?: number;
  /** Most events in one batch (a slice with more sends several). */
  maxBatch?: number;
}

/** Instructions in a run's first slice. */
const FIRST_SLICE_STEPS = 5_000;

export class EngineHost {
  private current: { id: number; session: Session; pending: TraceEvent[]; total: number } | undefined;
  private readonly sliceSteps: number;
  private readonly maxBatch: number;

  constructor(
    private readonly post: (m: FromWorker) => void,
    /** Runs `fn` soon, after pending messages (setTimeout(0) in a worker). */
    private readonly schedule: (fn: () => void) => void,
    opts: HostOptions = {},
  ) {
    this.sliceSteps = opts.sliceSteps ?? 50_000;
    this.maxBatch = opts.maxBatch ?? 5_000;
  }

  handle(msg: ToWorker): void {
    if (msg.type === 'run') this.start(msg);
    else if (this.current && this.current.id === msg.id) this.finish({ kind: 'stopped', reason: 'stopped by the user' });
  }

  private start(req: RunRequest): void {
    const pending: TraceEvent[] = [];
    const session = Session.start(req.files, {
      seed: req.seed,
      preempt: req.preempt,
      limits: req.limits,
      onEvent: (ev) => pending.push(ev),
    });
    if (session.state.kind === 'compile-error') {
      const st = session.state;
      this.post({
        type: 'compile-error',
        id: req.id,
        lines: st.lines,
        diagnostics: st.diagnostics.map((d) => {
          const p = d.file.position(d.offset);
          return { file: p.filename, line: p.line, column: p.column, message: d.message };
        }),
      });
      this.post({ type: 'done', id: req.id, end: { kind: 'compile-error' }, steps: 0, virtualTime: 0, events: 0 });
      this.current = undefined;
      return;
    }
    this.current = { id: req.id, session, pending, total: 0 };
    // a short first slice at once: the stage can start animating without waiting for a full slice
    this.slice(req.id, Math.min(this.sliceSteps, FIRST_SLICE_STEPS));
  }

  private flush(): void {
    const cur = this.current;
    if (!cur) return;
    while (cur.pending.length > 0) {
      const batch = cur.pending.splice(0, this.maxBatch);
      cur.total += batch.length;
      this.post({ type: 'events', id: cur.id, events: batch });
    }
  }

  private slice(id: number, steps = this.sliceSteps): void {
    const cur = this.current;
    if (!cur || cur.id !== id) return; // replaced by a newer run, or stopped
    const st = cur.session.step(steps);
    this.flush();
    if (st.kind === 'running') {
      this.schedule(() => this.slice(id));
      return;
    }
    this.finish(st.kind === 'exited' ? { kind: 'exited', code: st.code } : st.kind === 'stopped' ? { kind: 'stopped', reason: st.reason } : { kind: 'compile-error' });
  }

  private finish(end: { kind: 'exited'; code: number } | { kind: 'stopped'; reason: string } | { kind: 'compile-error' }): void {
    const cur = this.current;
    if (!cur) return;
    this.flush();
    this.post({ type: 'done', id: cur.id, end, steps: cur.session.rt.steps, virtualTime: cur.session.rt.now, events: cur.total });
    this.current = undefined;
  }
}
