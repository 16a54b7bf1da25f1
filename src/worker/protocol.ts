// The messages between the playground UI and the engine's Web Worker. The UI
// depends on the engine only through these and the trace schema.
import type { Limits } from '../engine/limits.js';
import type { TraceEvent } from '../trace/schema.js';

export interface RunRequest {
  type: 'run';
  /** Chosen by the UI; every reply carries it, so replies of an old run can be dropped. */
  id: number;
  files: { name: string; text: string }[];
  seed: number;
  preempt: boolean;
  limits?: Partial<Limits>;
}

export interface StopRequest {
  type: 'stop';
  id: number;
}

export type ToWorker = RunRequest | StopRequest;

export interface WireDiagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type RunEnd =
  | { kind: 'exited'; code: number }
  | { kind: 'stopped'; reason: string }
  | { kind: 'compile-error' };

export type FromWorker =
  | { type: 'compile-error'; id: number; lines: string[]; diagnostics: WireDiagnostic[] }
  /** Trace events in order, in batches, while the program runs. */
  | { type: 'events'; id: number; events: TraceEvent[] }
  | { type: 'done'; id: number; end: RunEnd; steps: number; virtualTime: number; events: number };
