// The editor's public props. Kept apart from MonacoEditor.tsx so the rest of the
// UI can import these types without pulling Monaco into the first bundle.
import type { VisualState } from '../stage/visualState.js';

/** One goroutine's position at the playhead: a coloured line mark and a label. */
export interface EditorMark {
  /** Goroutine id. */
  gid: number;
  /** 1-based source line in the program shown in the editor. */
  line: number;
  /** The goroutine as the views name it, e.g. `worker #3` (see goroutineLabel). */
  label: string;
  /** Colours the mark (`var(--st-<state>)`). */
  state: VisualState;
}

/** A Go compile error; line and column are 1-based (column 0 or less means "the line"). */
export interface EditorDiagnostic {
  line: number;
  column: number;
  message: string;
}

export type EditorTheme = 'light' | 'dark';

export interface EditorProps {
  value: string;
  /** Called on user edits only (not when `value` is pushed in from outside). */
  onChange(code: string): void;
  /** Shown as Monaco error markers (owner 'go'). */
  diagnostics: EditorDiagnostic[];
  /**
   * Each goroutine's current line at the playhead. Several on one line share one
   * label (`◀ worker #3, worker #4`) in the colour of the first listed, so list
   * them in the priority order wanted (e.g. by gid).
   */
  marks: EditorMark[];
  /** That goroutine's line is highlighted strongly. */
  hoveredG: number | null;
  /** The mouse moved onto / off a marked line (the first goroutine on it), or null. */
  onHoverG(g: number | null): void;
  theme: EditorTheme;
  /** Ctrl+Enter / Cmd+Enter inside the editor. */
  onRun(): void;
  readOnly?: boolean;
}
