// The code editor: a thin wrapper around `monaco.editor.create` (no CDN loader).
// Load it lazily, `React.lazy(() => import('./editor/MonacoEditor'))`, so Monaco
// stays out of the first bundle. Props are in editorTypes.ts.
//
// Test hook: once created, the editor and the Monaco API are on
// `window.__chanscopeEditor` / `window.__chanscopeMonaco`, so browser tests can
// read markers (`monaco.editor.getModelMarkers({})`) and set text
// (`editor.setValue(...)`).
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EditorDiagnostic, EditorProps } from './editorTypes.js';
import { gidAtLine, groupMarks, type MarkLine } from './markLabels.js';
import { MODEL_URI, MONO_FONT, THEME_DARK, THEME_LIGHT, monaco } from './monacoSetup.js';
import './editor.css';

export type { EditorDiagnostic, EditorMark, EditorProps, EditorTheme } from './editorTypes.js';

declare global {
  interface Window {
    /** Test hook: the live editor (see MonacoEditor.tsx). */
    __chanscopeEditor?: monaco.editor.IStandaloneCodeEditor;
    /** Test hook: the Monaco API the editor was built with. */
    __chanscopeMonaco?: typeof monaco;
  }
}

const themeName = (t: EditorProps['theme']) => (t === 'dark' ? THEME_DARK : THEME_LIGHT);
const normalizeEol = (s: string) => s.replace(/\r\n?/g, '\n');
const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');

export default function MonacoEditor(props: EditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  /** The latest props, for Monaco's event handlers. */
  const propsRef = useRef(props);
  /** True while `value` is being pushed into the model (not a user edit). */
  const applyingRef = useRef(false);
  /**
   * Values reported through onChange since `value` was last pushed in. The parent
   * may render (and so run the sync effect) with one of these after the model has
   * moved on by more keystrokes: such an echo must not overwrite the model.
   */
  const emittedRef = useRef<string[]>([]);
  const linesRef = useRef<MarkLine[]>([]);
  /** Line under the mouse (null: outside the editor) and the goroutine last reported for it. */
  const mouseLineRef = useRef<number | null>(null);
  const reportedGRef = useRef<number | null>(null);

  useLayoutEffect(() => {
    propsRef.current = props;
  });

  const reportHover = () => {
    const line = mouseLineRef.current;
    const g = line === null ? null : gidAtLine(linesRef.current, line);
    if (g !== reportedGRef.current) {
      reportedGRef.current = g;
      propsRef.current.onHoverG(g);
    }
  };

  // Create once (declared first so the sync effects below see the editor).
  useEffect(() => {
    const host = hostRef.current!;
    const p = propsRef.current;
    const uri = monaco.Uri.parse(MODEL_URI);
    monaco.editor.getModel(uri)?.dispose();
    const model = monaco.editor.createModel(normalizeEol(p.value), 'go', uri);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    model.updateOptions({ tabSize: 4, indentSize: 4, insertSpaces: false });
    const editor = monaco.editor.create(host, {
      model,
      theme: themeName(p.theme),
      readOnly: !!p.readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      fontFamily: MONO_FONT,
      fontLigatures: false,
      tabSize: 4,
      insertSpaces: false,
      detectIndentation: false,
      scrollBeyondLastLine: false,
      glyphMargin: true,
      lineNumbersMinChars: 3,
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      padding: { top: 6, bottom: 6 },
      scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, alwaysConsumeMouseWheel: false },
      overviewRulerLanes: 2,
      bracketPairColorization: { enabled: false },
    });
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();

    const subs: monaco.IDisposable[] = [
      model.onDidChangeContent(() => {
        if (applyingRef.current) return;
        const code = model.getValue();
        const emitted = emittedRef.current;
        emitted.push(code);
        if (emitted.length > 64) emitted.shift();
        propsRef.current.onChange(code);
      }),
      editor.onMouseMove((e) => {
        mouseLineRef.current = e.target.position?.lineNumber ?? null;
        reportHover();
      }),
      editor.onMouseLeave(() => {
        mouseLineRef.current = null;
        reportHover();
      }),
      editor.addAction({
        id: 'chanscope.run',
        label: 'Run program',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: () => propsRef.current.onRun(),
      }),
    ];

    window.__chanscopeEditor = editor;
    window.__chanscopeMonaco = monaco;

    return () => {
      for (const s of subs) s.dispose();
      if (window.__chanscopeEditor === editor) {
        delete window.__chanscopeEditor;
        delete window.__chanscopeMonaco;
      }
      decorationsRef.current = null;
      editorRef.current = null;
      linesRef.current = [];
      emittedRef.current = [];
      mouseLineRef.current = null;
      reportedGRef.current = null;
      editor.dispose();
      model.dispose();
    };
  }, []);

  // Push `value` in only when it differs and is not an echo of our own onChange,
  // as one undoable edit (the cursor is kept where it can be).
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const value = normalizeEol(props.value);
    if (model.getValue() === value || emittedRef.current.includes(value)) return;
    emittedRef.current = [];
    applyingRef.current = true;
    try {
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
      model.pushStackElement();
    } finally {
      applyingRef.current = false;
    }
  }, [props.value]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, 'go', props.diagnostics.map((d) => toMarker(model, d)));
  }, [props.diagnostics]);

  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || !decorationsRef.current) return;
    const lines = groupMarks(props.marks, props.hoveredG, model.getLineCount());
    linesRef.current = lines;
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    for (const l of lines) {
      decorations.push({
        range: new monaco.Range(l.line, 1, l.line, 1),
        options: {
          isWholeLine: true,
          className: l.lineClass,
          glyphMarginClassName: l.glyphClass,
          glyphMarginHoverMessage: { value: l.title.split('\n').map(escapeMarkdown).join('  \n') },
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          zIndex: l.hovered ? 2 : 1,
        },
      });
      const end = model.getLineMaxColumn(l.line);
      decorations.push({
        range: new monaco.Range(l.line, end, l.line, end),
        options: {
          showIfCollapsed: true,
          after: { content: l.text, inlineClassName: l.labelClass, cursorStops: monaco.editor.InjectedTextCursorStops.None },
          // Text typed at the line's end goes before the label.
          stickiness: monaco.editor.TrackedRangeStickiness.GrowsOnlyWhenTypingAfter,
        },
      });
    }
    decorationsRef.current.set(decorations);
    reportHover(); // the marks under a still mouse may have changed
    // props.value: the line count bounds the marks
  }, [props.marks, props.hoveredG, props.value]);

  useEffect(() => {
    if (editorRef.current) monaco.editor.setTheme(themeName(props.theme));
  }, [props.theme]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly: !!props.readOnly });
  }, [props.readOnly]);

  return <div ref={hostRef} className="cs-editor" data-testid="editor" />;
}

/** A Go error as a marker spanning the word at its position (or one character). */
function toMarker(model: monaco.editor.ITextModel, d: EditorDiagnostic): monaco.editor.IMarkerData {
  const line = Math.min(Math.max(1, Math.floor(d.line) || 1), model.getLineCount());
  const maxCol = model.getLineMaxColumn(line);
  if (!(d.column >= 1)) {
    // No column: the line's text.
    const first = model.getLineFirstNonWhitespaceColumn(line) || 1;
    return { severity: monaco.MarkerSeverity.Error, message: d.message, source: 'go', startLineNumber: line, startColumn: first, endLineNumber: line, endColumn: Math.max(first, maxCol) };
  }
  const col = Math.min(Math.floor(d.column), maxCol);
  const word = model.getWordAtPosition({ lineNumber: line, column: col });
  const [start, end] = word && word.endColumn > col ? [col, word.endColumn] : [col, Math.min(col + 1, maxCol)];
  return { severity: monaco.MarkerSeverity.Error, message: d.message, source: 'go', startLineNumber: line, startColumn: start, endLineNumber: line, endColumn: end };
}
