// The Web Worker entry: the engine runs here so the page never freezes; the UI
// talks to it only through ./protocol.ts. Stop = the UI terminates the worker
// (hard) or sends a stop request (the run ends at the next slice).
import { EngineHost } from './engineHost.js';
import type { FromWorker, ToWorker } from './protocol.js';

const scope = self as unknown as {
  postMessage(m: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};

const host = new EngineHost((m) => scope.postMessage(m), (fn) => setTimeout(fn, 0));
scope.onmessage = (e) => host.handle(e.data);
