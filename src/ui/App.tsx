// The playground page: toolbar; editor and console on the left; the stage and
// playback on the right. The state at the playhead is folded once per frame
// here and handed to every view.
import { useEffect, useMemo } from 'react';
import { ConsolePanel } from './console/ConsolePanel.js';
import { EditorPane } from './EditorPane.js';
import { HelpOverlay } from './chrome/HelpOverlay.js';
import { Toolbar } from './chrome/Toolbar.js';
import { handleShortcut } from './playback/shortcuts.js';
import { Transport } from './playback/Transport.js';
import { Stage } from './stage/Stage.js';
import { usePg, usePlayground, useTrace } from './store/context.js';

/** Pause after the last keystroke before an automatic re-run. */
const AUTO_RUN_DELAY_MS = 700;

function usePlaybackClock(): void {
  const { store } = usePlayground();
  useEffect(() => {
    let raf = 0;
    let last = 0;
    const frame = (ts: number) => {
      const dt = last === 0 ? 0 : Math.min(0.1, (ts - last) / 1000);
      last = ts;
      if (store.getState().playing) store.getState().tick(dt);
      raf = requestAnimationFrame(frame);
    };
    raf = requestAnimationFrame(frame);
    return () => cancelAnimationFrame(raf);
  }, [store]);
}

function useAutoRun(): void {
  const { store } = usePlayground();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsub = store.subscribe((s, prev) => {
      if (s.run.id !== prev.run.id) clearTimeout(timer); // a run started some other way
      if (s.code === prev.code || !s.autoRun || s.exampleId !== null) return;
      clearTimeout(timer);
      timer = setTimeout(() => store.getState().runNow(), AUTO_RUN_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsub();
    };
  }, [store]);
}

function useShortcuts(): void {
  const { store } = usePlayground();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target instanceof HTMLElement ? e.target : null;
      const inText = !!t && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || !!t.closest('.monaco-editor'));
      if (inText && e.key === 'Enter' && (e.ctrlKey || e.metaKey) && t?.closest('.monaco-editor')) return; // Monaco runs it itself
      if (handleShortcut(e, store.getState(), inText)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function App() {
  const trace = useTrace();
  const cursor = usePg((s) => s.cursor);
  const theme = usePg((s) => s.theme);
  const runId = usePg((s) => s.run.id);
  const count = usePg((s) => s.run.eventCount);
  const n = Math.min(Math.floor(cursor), count);
  const state = useMemo(() => trace.stateAt(n), [trace, n, runId, count]);
  usePlaybackClock();
  useAutoRun();
  useShortcuts();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem('chanscope.theme', theme);
    } catch {
      // storage may be unavailable (private mode); the theme still applies
    }
  }, [theme]);
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        <div className="left">
          <EditorPane state={state} />
          <ConsolePanel state={state} />
        </div>
        <div className="right">
          <Stage state={state} />
          <Transport />
        </div>
      </main>
      <HelpOverlay />
    </div>
  );
}
