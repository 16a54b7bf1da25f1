// Builds trace events (seq, virtual time, goroutine, position) and hands them to
// the host in order. The engine never formats positions itself: the VM supplies
// the current source position of a goroutine through `positionOf`.
import type { EventBody, SourcePos, TraceEvent } from '../trace/schema.js';

export interface TraceSink {
  (ev: TraceEvent): void;
}

export class Tracer {
  private seq = 0;
  enabled = true;

  constructor(
    private readonly sink: TraceSink,
    private readonly clock: () => number,
    private readonly positionOf: (g: number) => SourcePos | undefined,
  ) {}

  get count(): number {
    return this.seq;
  }

  emit(g: number, body: EventBody, pos?: SourcePos): void {
    if (!this.enabled) return;
    const ev = body as TraceEvent;
    ev.seq = this.seq++;
    ev.t = this.clock();
    ev.g = g;
    const p = pos ?? (g !== 0 ? this.positionOf(g) : undefined);
    if (p) ev.pos = p;
    this.sink(ev);
  }
}
