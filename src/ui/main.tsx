// The playground's entry: the store with a Web Worker engine, opened on the
// default example, ready to run.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'd3-transition';
import { App } from './App.js';
import { WorkerEngineClient } from './engine/engineClient.js';
import { defaultExampleId, examples } from './examples/index.js';
import { PlaygroundContext } from './store/context.js';
import { createPlayground, type Theme } from './store/playgroundStore.js';
import './theme.css';
import './app.css';

function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem('chanscope.theme');
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // no storage: fall back to the system preference
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const example = examples.find((e) => e.id === defaultExampleId) ?? examples[0];
const theme = initialTheme();
document.documentElement.dataset.theme = theme;
const playground = createPlayground(
  { code: example.code, exampleId: example.id, theme },
  { engine: new WorkerEngineClient(1000), limits: { maxEvents: 1_000_000 } },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PlaygroundContext.Provider value={playground}>
      <App />
    </PlaygroundContext.Provider>
  </StrictMode>,
);
