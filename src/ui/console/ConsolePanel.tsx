// The console: the program's stdout/stderr up to the playhead, each write
// stamped with its virtual time; clicking a line moves the playhead there.
// Compile errors print as `go build` prints them; the run's end prints as the
// Go Playground does ("Program exited.").
import { useEffect, useRef } from 'react';
import type { RunState } from '../../trace/fold.js';
import { formatDuration } from '../formatDuration.js';
import { usePg, usePlayground } from '../store/context.js';
import type { RunInfo } from '../store/playgroundStore.js';

function endLine(run: RunInfo, state: RunState, atEnd: boolean): { text: string; error: boolean } | null {
  if (run.status === 'running' || run.status === 'idle' || run.status === 'compile-error') return null;
  if (run.end?.kind === 'stopped') return { text: run.end.reason.startsWith('chanscope') ? run.end.reason : `Program stopped: ${run.end.reason}.`, error: true };
  if (!atEnd) return null;
  const code = state.exit?.code ?? (run.end?.kind === 'exited' ? run.end.code : 0);
  return code === 0 ? { text: 'Program exited.', error: false } : { text: `Program exited: status ${code}.`, error: true };
}

/** The errors as `go build` prints them for a single-file main package. */
export function goBuildLines(lines: string[]): string[] {
  return ['# command-line-arguments', ...lines.map((l) => (/^[^/\s][^:\s]*\.go:/.test(l) ? `./${l}` : l))];
}

export function ConsolePanel({ state }: { state: RunState }) {
  const { store } = usePlayground();
  const run = usePg((s) => s.run);
  const cursor = usePg((s) => s.cursor);
  const box = useRef<HTMLDivElement>(null);
  const atEnd = Math.floor(cursor) >= run.eventCount;
  const end = endLine(run, state, atEnd);
  const lines = state.output;

  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines.length, run.status, end?.text]);

  return (
    <div className="console" data-testid="console" ref={box}>
      {run.status === 'idle' && <div className="console-hint">Press Run (Ctrl/⌘+Enter) to start the program.</div>}
      {run.status === 'compile-error' && (
        <div className="console-compile" data-testid="compile-errors">
          {goBuildLines(run.compileLines).map((l, i) => <div key={i} className="line stderr">{l}</div>)}
          <div className="line stderr end">Go build failed.</div>
        </div>
      )}
      {lines.map((o) => (
        <div
          key={o.seq}
          className={`line ${o.stream}`}
          data-testid="console-line"
          data-stream={o.stream}
          title="Move the playhead here"
          onClick={() => {
            store.getState().setPlaying(false);
            store.getState().seek(o.seq + 1);
          }}
        >
          <span className="stamp">{formatDuration(o.t)}</span>
          <span className="text">{o.text}</span>
        </div>
      ))}
      {end && <div className={`line end ${end.error ? 'stderr' : ''}`} data-testid="console-end">{end.text}</div>}
    </div>
  );
}
