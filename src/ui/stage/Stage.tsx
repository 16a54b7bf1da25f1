// The stage: graph or timeline of the run at the playhead, with the legend and
// the run summary. Both views read the trace and the folded state only.
import type { RunState } from '../../trace/fold.js';
import { Legend } from '../chrome/Legend.js';
import { RunSummary } from '../chrome/RunSummary.js';
import { usePg, usePlayground, useTrace } from '../store/context.js';
import { GraphView } from './graph/GraphView.js';
import { TimelineView } from './timeline/TimelineView.js';

export function Stage({ state }: { state: RunState }) {
  const { store } = usePlayground();
  const trace = useTrace();
  const view = usePg((s) => s.view);
  const cursor = usePg((s) => s.cursor);
  const run = usePg((s) => s.run);
  const hoveredG = usePg((s) => s.hoveredG);
  const selected = usePg((s) => s.selected);
  const theme = usePg((s) => s.theme);
  const a = () => store.getState();
  const finished = run.status !== 'running' && run.status !== 'idle';
  const exit = state.exit;
  return (
    <section className="stage">
      <div className="stage-head">
        <div className="tabs" role="tablist">
          <button role="tab" aria-selected={view === 'graph'} data-testid="tab-graph" onClick={() => a().setView('graph')}>Graph</button>
          <button role="tab" aria-selected={view === 'timeline'} data-testid="tab-timeline" onClick={() => a().setView('timeline')}>Timeline</button>
        </div>
        <Legend />
      </div>
      {exit && exit.reason !== 'main returned' && exit.reason !== 'os.Exit' && (
        <div className="banner" data-testid="banner">
          {exit.reason === 'deadlock' ? 'Deadlock: every goroutine is blocked. Blocked goroutines are outlined in red.' : exit.reason === 'panic' ? 'The program panicked.' : exit.reason === 'limit' ? 'A limit stopped the program.' : `The program ended: ${exit.reason}.`}
        </div>
      )}
      <div className="stage-body">
        {run.status === 'idle' ? (
          <div className="stage-empty">
            <p>Press <kbd>Run</kbd> or <kbd>Ctrl/⌘</kbd>+<kbd>Enter</kbd> to watch the program run.</p>
            <button className="primary" onClick={() => a().runNow()}>▶ Run</button>
          </div>
        ) : run.status === 'compile-error' ? (
          <div className="stage-empty bad" data-testid="stage-compile-error">
            <p>The program does not build. See the errors in the editor and the console.</p>
          </div>
        ) : view === 'graph' ? (
          <GraphView
            events={trace.events}
            eventCount={run.eventCount}
            state={state}
            cursor={cursor}
            finished={finished}
            hoveredG={hoveredG}
            onHoverG={(g) => a().hoverG(g)}
            selected={selected}
            onSelect={(sel) => a().select(sel)}
          />
        ) : (
          <TimelineView
            events={trace.events}
            eventCount={run.eventCount}
            cursor={cursor}
            finished={finished}
            theme={theme}
            hoveredG={hoveredG}
            onHoverG={(g) => a().hoverG(g)}
            onSeek={(n) => { a().setPlaying(false); a().seek(n); }}
          />
        )}
      </div>
      <RunSummary />
    </section>
  );
}
