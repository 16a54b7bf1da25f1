import { describe, expect, it } from 'vitest';
import type { EditorMark } from './editorTypes.js';
import { gidAtLine, groupMarks, MARK_ARROW } from './markLabels.js';

const m = (gid: number, line: number, state: EditorMark['state'], label = `g #${gid}`): EditorMark => ({ gid, line, label, state });

describe('groupMarks', () => {
  it('gives one spec per line with its state classes', () => {
    const [l] = groupMarks([m(3, 7, 'chan', 'worker #3')]);
    expect(l).toMatchObject({
      line: 7,
      gids: [3],
      labels: ['worker #3'],
      state: 'chan',
      text: '◀ worker #3',
      hovered: false,
      lineClass: 'cs-mark cs-mark-chan',
      glyphClass: 'cs-glyph cs-glyph-chan',
      labelClass: 'cs-label cs-label-chan',
      title: 'worker #3 — blocked: channel',
    });
    expect(l.text.startsWith(MARK_ARROW)).toBe(true);
  });

  it('joins goroutines on one line into one label in the colour of the first', () => {
    const lines = groupMarks([m(3, 12, 'chan', 'worker #3'), m(1, 20, 'running', 'main #1'), m(4, 12, 'running', 'worker #4')]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      line: 12,
      gids: [3, 4],
      text: '◀ worker #3, worker #4',
      state: 'chan',
      lineClass: 'cs-mark cs-mark-chan',
      title: 'worker #3 — blocked: channel\nworker #4 — running',
    });
    expect(lines[1]).toMatchObject({ line: 20, gids: [1], state: 'running', lineClass: 'cs-mark cs-mark-running' });
  });

  it('orders lines ascending and keeps input order within a line', () => {
    const lines = groupMarks([m(9, 30, 'sleep'), m(5, 4, 'lock'), m(2, 30, 'wg'), m(7, 15, 'select')]);
    expect(lines.map((l) => l.line)).toEqual([4, 15, 30]);
    expect(lines[2].gids).toEqual([9, 2]);
    expect(lines[2].state).toBe('sleep');
  });

  it('flags the hovered goroutine’s line, even when it is not the first on it', () => {
    const lines = groupMarks([m(3, 12, 'chan'), m(4, 12, 'cond'), m(5, 13, 'runnable')], 4);
    expect(lines[0]).toMatchObject({
      hovered: true,
      lineClass: 'cs-mark cs-mark-chan cs-mark-hover',
      glyphClass: 'cs-glyph cs-glyph-chan cs-mark-hover',
      labelClass: 'cs-label cs-label-chan cs-label-hover',
    });
    expect(lines[1].hovered).toBe(false);
    expect(lines[1].lineClass).toBe('cs-mark cs-mark-runnable');
  });

  it('drops lines outside the model and repeated goroutines', () => {
    const lines = groupMarks([m(1, 0, 'running'), m(2, 11, 'chan'), m(3, 10, 'exited'), m(3, 2, 'chan'), m(4, 1.5, 'chan')], null, 10);
    expect(lines.map((l) => [l.line, l.gids])).toEqual([[10, [3]]]);
    expect(lines[0].lineClass).toBe('cs-mark cs-mark-exited');
  });

  it('is empty for no marks', () => {
    expect(groupMarks([])).toEqual([]);
  });
});

describe('gidAtLine', () => {
  it('gives the first goroutine on a marked line, else null', () => {
    const lines = groupMarks([m(6, 3, 'chan'), m(2, 3, 'running'), m(8, 9, 'lock')]);
    expect(gidAtLine(lines, 3)).toBe(6);
    expect(gidAtLine(lines, 9)).toBe(8);
    expect(gidAtLine(lines, 4)).toBeNull();
  });
});
