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

// Colours follow src/ui/theme.css (light: --panel/--text…, dark likewise).
monaco.editor.defineTheme(THEME_LIGHT, {
  base: 'vs',
  inherit: true,
  rules: [
    { token: '', foreground: '1d2330' },
    { token: 'keyword', foreground: '7b3fb0' },
    { token: 'string', foreground: '2b7a4b' },
    { token: 'string.escape', foreground: 'b5541b' },
    { token: 'number', foreground: 'b5541b' },
    { token: 'comment', foreground: '8a93a3', fontStyle: 'italic' },
    { token: 'delimiter', foreground: '5b6475' },
    { token: 'annotation', foreground: '2f6fde' },
  ],
  colors: {
    'editor.background': '#ffffff',
    'editor.foreground': '#1d2330',
    'editorGutter.background': '#ffffff',
    'editorLineNumber.foreground': '#8a93a3',
    'editorLineNumber.activeForeground': '#1d2330',
    'editor.lineHighlightBackground': '#f5f7fa',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#2f6fde33',
    'editor.inactiveSelectionBackground': '#2f6fde1f',
    'editorCursor.foreground': '#2f6fde',
    'editorWhitespace.foreground': '#dde1e7',
    'editorIndentGuide.background1': '#eceff3',
    'editorIndentGuide.activeBackground1': '#dde1e7',
    'editorError.foreground': '#c8372d',
    'editorWidget.background': '#ffffff',
    'editorWidget.border': '#dde1e7',
    'editorHoverWidget.background': '#ffffff',
    'editorHoverWidget.border': '#dde1e7',
    'scrollbarSlider.background': '#8a93a333',
    'scrollbarSlider.hoverBackground': '#8a93a355',
    'focusBorder': '#2f6fde80',
  },
});

monaco.editor.defineTheme(THEME_DARK, {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: '', foreground: 'e3e7ee' },
    { token: 'keyword', foreground: 'c98be6' },
    { token: 'string', foreground: '8fd19e' },
    { token: 'string.escape', foreground: 'f0a04b' },
    { token: 'number', foreground: 'f0a04b' },
    { token: 'comment', foreground: '6f7888', fontStyle: 'italic' },
    { token: 'delimiter', foreground: 'a3acbb' },
    { token: 'annotation', foreground: '6d9ef5' },
  ],
  colors: {
    'editor.background': '#1b1f26',
    'editor.foreground': '#e3e7ee',
    'editorGutter.background': '#1b1f26',
    'editorLineNumber.foreground': '#6f7888',
    'editorLineNumber.activeForeground': '#e3e7ee',
    'editor.lineHighlightBackground': '#232831',
    'editor.lineHighlightBorder': '#00000000',
    'editor.selectionBackground': '#6d9ef540',
    'editor.inactiveSelectionBackground': '#6d9ef526',
    'editorCursor.foreground': '#6d9ef5',
    'editorWhitespace.foreground': '#323946',
    'editorIndentGuide.background1': '#2a303a',
    'editorIndentGuide.activeBackground1': '#3a4250',
    'editorError.foreground': '#f07167',
    'editorWidget.background': '#232831',
    'editorWidget.border': '#323946',
    'editorHoverWidget.background': '#232831',
    'editorHoverWidget.border': '#323946',
    'scrollbarSlider.background': '#a3acbb26',
    'scrollbarSlider.hoverBackground': '#a3acbb40',
    'focusBorder': '#6d9ef580',
  },
});
