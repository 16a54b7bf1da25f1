// The header: example picker, Run/Stop, seed, preemptive mode, auto-run, theme, help.
import { examples } from '../examples/index.js';
import { usePg, usePlayground } from '../store/context.js';

export function Toolbar() {
  const { store } = usePlayground();
  const status = usePg((s) => s.run.status);
  const exampleId = usePg((s) => s.exampleId);
  const seed = usePg((s) => s.seed);
  const preempt = usePg((s) => s.preempt);
  const autoRun = usePg((s) => s.autoRun);
  const theme = usePg((s) => s.theme);
  const a = () => store.getState();
  const running = status === 'running';
  return (
    <header className="toolbar">
      <div className="brand">
        <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="5" cy="12" r="3.2" fill="var(--st-running)" />
          <rect x="9.5" y="8.5" width="5" height="7" rx="1.5" fill="none" stroke="var(--accent)" strokeWidth="1.6" />
          <circle cx="19" cy="12" r="3.2" fill="var(--st-chan)" />
          <path d="M8.2 12h1.3M14.5 12h1.3" stroke="var(--edge)" strokeWidth="1.6" />
        </svg>
        <span>chanscope</span>
      </div>
      <label className="field">
        <span className="sr">Example</span>
        <select
          aria-label="example"
          data-testid="example-picker"
          value={exampleId ?? ''}
          onChange={(e) => {
            const ex = examples.find((x) => x.id === e.target.value);
            if (ex) {
              a().setCode(ex.code, ex.id);
              a().runNow();
            }
          }}
        >
          {exampleId === null && <option value="">Your program</option>}
          {examples.map((ex) => <option key={ex.id} value={ex.id} title={ex.summary}>{ex.title}</option>)}
        </select>
      </label>
      {running ? (
        <button className="primary stop" data-testid="stop" title="Stop (Esc)" onClick={() => a().stop()}>■ Stop</button>
      ) : (
        <button className="primary" data-testid="run" title="Run (Ctrl/⌘+Enter)" onClick={() => a().runNow()}>▶ Run</button>
      )}
      <div className="spacer" />
      <label className="field seed" title="The scheduler's seed: same code + seed = same run">
        seed
        <input
          type="number"
          data-testid="seed"
          value={seed}
          onChange={(e) => a().setSeed(Number(e.target.value))}
        />
      </label>
      <button data-testid="new-seed" title="New seed and run (N)" onClick={() => { a().newSeed(); a().runNow(); }}>⟳ new seed</button>
      <label className="toggle" title="Switch goroutines at any instruction (shows data races)">
        <input type="checkbox" data-testid="preempt" checked={preempt} onChange={(e) => { a().setPreempt(e.target.checked); a().runNow(); }} /> preemptive
      </label>
      <label className="toggle" title="Run again shortly after each edit">
        <input type="checkbox" data-testid="auto-run" checked={autoRun} onChange={(e) => a().setAutoRun(e.target.checked)} /> auto-run
      </label>
      <button className="icon" data-testid="theme" title="Light / dark (D)" aria-label="toggle theme" onClick={() => a().setTheme(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? '☀' : '☾'}
      </button>
      <button className="icon" title="Keyboard shortcuts (?)" aria-label="help" data-testid="help-button" onClick={() => a().setHelpOpen(true)}>?</button>
    </header>
  );
}
