// The editor column: Monaco, loaded lazily so the stage appears first; until
// it arrives the code shows read-only. Goroutine line marks come from the
// state at the playhead; compile errors become markers.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { RunState } from '../trace/fold.js';
import type { EditorMark } from './editor/editorTypes.js';
import { goroutineLabel, visualStateOf } from './stage/visualState.js';
import { usePg, usePlayground } from './store/context.js';

const MonacoEditor = lazy(() => import('./editor/MonacoEditor.js'));

/** Each live goroutine's current line in the program (file 0). */
export function marksFor(state: RunState): EditorMark[] {
  const marks: EditorMark[] = [];
  for (const g of state.goroutines.values()) {
    if (g.status === 'exited' || !g.pos || g.pos.file !== 0) continue;
    marks.push({ gid: g.id, line: g.pos.line, label: goroutineLabel(g.fn, g.id), state: visualStateOf(g) });
  }
  return marks;
}

const NO_MARKS: EditorMark[] = [];
/** Editor decorations make Monaco re-measure its lines, so during fast playback they follow the playhead at most this often. */
const MARKS_INTERVAL_MS = 120;

function marksKey(marks: EditorMark[]): string {
  return marks.map((m) => `${m.gid}:${m.line}:${m.state}`).join(',');
}

/** The marks, as the same array while they do not change, and updated at most every MARKS_INTERVAL_MS (the last update always lands). */
function useThrottledMarks(next: EditorMark[]): EditorMark[] {
  const key = marksKey(next);
  const [shown, setShown] = useState<{ key: string; marks: EditorMark[] }>({ key, marks: next });
  const lastAt = useRef(0);
  const latest = useRef({ key, marks: next });
  latest.current = { key, marks: next };
  useEffect(() => {
    if (key === shown.key) return;
    const wait = Math.max(0, lastAt.current + MARKS_INTERVAL_MS - performance.now());
    const timer = setTimeout(() => {
      lastAt.current = performance.now();
      setShown(latest.current);
    }, wait);
    return () => clearTimeout(timer);
  }, [key, shown.key]);
  return shown.marks;
}

export function EditorPane({ state }: { state: RunState }) {
  const { store } = usePlayground();
  const code = usePg((s) => s.code);
  const theme = usePg((s) => s.theme);
  const hoveredG = usePg((s) => s.hoveredG);
  const diags = usePg((s) => s.run.diagnostics);
  const status = usePg((s) => s.run.status);
  const marks = useThrottledMarks(status === 'idle' ? NO_MARKS : marksFor(state));
  const diagnostics = useMemo(() => diags.map((d) => ({ line: d.line, column: d.column, message: d.message })), [diags]);
  return (
    <div className="editor-pane">
      <Suspense fallback={<pre className="editor-fallback" data-testid="editor-fallback">{code}</pre>}>
        <MonacoEditor
          value={code}
          onChange={(c) => store.getState().setCode(c, null)}
          diagnostics={diagnostics}
          marks={marks}
          hoveredG={hoveredG}
          onHoverG={(g) => store.getState().hoverG(g)}
          theme={theme}
          onRun={() => store.getState().runNow()}
        />
      </Suspense>
    </div>
  );
}
