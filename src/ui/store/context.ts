// React's view of the playground store: components select the slices they
// need; the trace buffer is read through `useTrace`.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlaygroundActions, PlaygroundHandle, PlaygroundState } from './playgroundStore.js';
import type { TraceBuffer } from './traceBuffer.js';

export const PlaygroundContext = createContext<PlaygroundHandle | null>(null);

export function usePlayground(): PlaygroundHandle {
  const h = useContext(PlaygroundContext);
  if (!h) throw new Error('chanscope: no PlaygroundContext');
  return h;
}

export function usePg<T>(selector: (s: PlaygroundState & PlaygroundActions) => T): T {
  return useStore(usePlayground().store, selector);
}

/** The current run's trace; components re-render on new events by selecting `run.eventCount`. */
export function useTrace(): TraceBuffer {
  const h = usePlayground();
  usePg((s) => s.run.id);
  usePg((s) => s.run.eventCount);
  return h.trace();
}
