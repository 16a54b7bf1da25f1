/// <reference types="vite/client" />
// Monaco, loaded once: the core editor, its standard features, Go's syntax
// highlighting, the editor worker, and chanscope's two themes. Only the lazily
// loaded editor chunk imports this module. Never import the `monaco-editor` root:
// that drags in the TS/CSS/HTML/JSON language workers (~9.5 MB).
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import 'monaco-editor/languages/definitions/go/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Without this the built page cannot start Monaco's worker.
self.MonacoEnvironment = { getWorker: () => new EditorWorker({ name: 'monaco-editor' }) };

export { monaco };

export const THEME_LIGHT = 'chanscope-light';
export const THEME_DARK = 'chanscope-dark';

/** The program's model; its URI path is `/prog.go`, matching Go's `prog.go:3:5` positions. */
export const MODEL_URI = 'inmemory://chanscope/prog.go';

/** theme.css's --font-mono. */
export const MONO_FONT = 'ui-monospace, "SF Mono", "Cascadia Code", "JetBrains Mono", Menlo, Consolas, monospace';

/** One theme's colours, following src/ui/theme.css (hex without '#'). */
interface Palette {
  base: 'vs' | 'vs-dark';
  text: string; text2: string; text3: string; bg: string; widget: string; lineHighlight: string;
  border: string; indent: string; indentActive: string; accent: string; danger: string;
  keyword: string; string: string; number: string; selection: string; inactiveSelection: string;
  /** Scrollbar slider colour and its alpha at rest and on hover. */
  slider: string; scrollbar: string; scrollbarHover: string;
}

function defineTheme(name: string, p: Palette): void {
  const c = (hex: string) => `#${hex}`;
  monaco.editor.defineTheme(name, {
    base: p.base,
    inherit: true,
    rules: [
      { token: '', foreground: p.text },
      { token: 'keyword', foreground: p.keyword },
      { token: 'string', foreground: p.string },
      { token: 'string.escape', foreground: p.number },
      { token: 'number', foreground: p.number },
      { token: 'comment', foreground: p.text3, fontStyle: 'italic' },
      { token: 'delimiter', foreground: p.text2 },
      { token: 'annotation', foreground: p.accent },
    ],
    colors: {
      'editor.background': c(p.bg),
      'editor.foreground': c(p.text),
      'editorGutter.background': c(p.bg),
      'editorLineNumber.foreground': c(p.text3),
      'editorLineNumber.activeForeground': c(p.text),
      'editor.lineHighlightBackground': c(p.lineHighlight),
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': c(p.accent + p.selection),
      'editor.inactiveSelectionBackground': c(p.accent + p.inactiveSelection),
      'editorCursor.foreground': c(p.accent),
      'editorWhitespace.foreground': c(p.border),
      'editorIndentGuide.background1': c(p.indent),
      'editorIndentGuide.activeBackground1': c(p.indentActive),
      'editorError.foreground': c(p.danger),
      'editorWidget.background': c(p.widget),
      'editorWidget.border': c(p.border),
      'editorHoverWidget.background': c(p.widget),
      'editorHoverWidget.border': c(p.border),
      'scrollbarSlider.background': c(p.slider + p.scrollbar),
      'scrollbarSlider.hoverBackground': c(p.slider + p.scrollbarHover),
      'focusBorder': c(p.accent + '80'),
    },
  });
}

defineTheme(THEME_LIGHT, {
  base: 'vs', text: '1d2330', text2: '5b6475', text3: '8a93a3', bg: 'ffffff', widget: 'ffffff', lineHighlight: 'f5f7fa',
  border: 'dde1e7', indent: 'eceff3', indentActive: 'dde1e7', accent: '2f6fde', danger: 'c8372d',
  keyword: '7b3fb0', string: '2b7a4b', number: 'b5541b', selection: '33', inactiveSelection: '1f', slider: '8a93a3', scrollbar: '33', scrollbarHover: '55',
});

defineTheme(THEME_DARK, {
  base: 'vs-dark', text: 'e3e7ee', text2: 'a3acbb', text3: '6f7888', bg: '1b1f26', widget: '232831', lineHighlight: '232831',
  border: '323946', indent: '2a303a', indentActive: '3a4250', accent: '6d9ef5', danger: 'f07167',
  keyword: 'c98be6', string: '8fd19e', number: 'f0a04b', selection: '40', inactiveSelection: '26', slider: 'a3acbb', scrollbar: '26', scrollbarHover: '40',
});
