// Pure: turns the playhead's goroutine marks into one decoration spec per
// source line (label text, state colour class, hover flag). MonacoEditor turns
// these specs into Monaco decorations; CSS for the classes is in editor.css.
import { visualStates, type VisualState } from '../stage/visualState.js';
import type { EditorMark } from './editorTypes.js';

/** Leads a line's label: `◀ worker #3, worker #4`. */
export const MARK_ARROW = '◀';

export interface MarkLine {
  /** 1-based line. */
  line: number;
  /** Goroutines on the line in input order, duplicates dropped. */
  gids: number[];
  /** Their labels, same order as gids. */
  labels: string[];
  /** The first goroutine's state: the line's colour. */
  state: VisualState;
  /** The after-text label, e.g. `◀ worker #3, worker #4`. */
  text: string;
  /** True when the hovered goroutine is on this line. */
  hovered: boolean;
  /** Whole-line class, e.g. `cs-mark cs-mark-chan cs-mark-hover`. */
  lineClass: string;
  /** Glyph-margin dot class, e.g. `cs-glyph cs-glyph-chan`. */
  glyphClass: string;
  /** After-text class, e.g. `cs-label cs-label-chan cs-label-hover`. */
  labelClass: string;
  /** One line per goroutine, e.g. `worker #3 — blocked: channel`, for the glyph's hover. */
  title: string;
}

const stateLabel = new Map<VisualState, string>(visualStates.map((s) => [s.state, s.label]));

/**
 * Groups marks by line. Lines come out ascending; within a line the marks keep
 * their input order and the first one gives the colour. Marks on lines outside
 * 1..lineCount (stale after an edit) are dropped, as are repeated gids.
 */
export function groupMarks(marks: readonly EditorMark[], hoveredG: number | null = null, lineCount = Infinity): MarkLine[] {
  const byLine = new Map<number, EditorMark[]>();
  const seen = new Set<number>();
  for (const m of marks) {
    if (!Number.isInteger(m.line) || m.line < 1 || m.line > lineCount) continue;
    if (seen.has(m.gid)) continue;
    seen.add(m.gid);
    const list = byLine.get(m.line);
    if (list) list.push(m);
    else byLine.set(m.line, [m]);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  return lines.map((line) => {
    const ms = byLine.get(line)!;
    const state = ms[0].state;
    const hovered = hoveredG !== null && ms.some((m) => m.gid === hoveredG);
    const hover = hovered ? ' cs-mark-hover' : '';
    return {
      line,
      gids: ms.map((m) => m.gid),
      labels: ms.map((m) => m.label),
      state,
      text: `${MARK_ARROW} ${ms.map((m) => m.label).join(', ')}`,
      hovered,
      lineClass: `cs-mark cs-mark-${state}${hover}`,
      glyphClass: `cs-glyph cs-glyph-${state}${hover}`,
      labelClass: `cs-label cs-label-${state}${hovered ? ' cs-label-hover' : ''}`,
      title: ms.map((m) => `${m.label} — ${stateLabel.get(m.state) ?? m.state}`).join('\n'),
    };
  });
}

/** The first goroutine marked on `line`, or null. */
export function gidAtLine(lines: readonly MarkLine[], line: number): number | null {
  for (const l of lines) if (l.line === line) return l.gids[0];
  return null;
}
