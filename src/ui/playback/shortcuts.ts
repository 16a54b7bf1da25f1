// Keyboard shortcuts for playback and running, listed in the help overlay.
// One table drives both the handler and the overlay so they never disagree.
import type { PlaygroundActions, PlaygroundState } from '../store/playgroundStore.js';
import { speeds } from '../store/playgroundStore.js';

type S = PlaygroundState & PlaygroundActions;

export interface Shortcut {
  keys: string[];
  label: string;
  match(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean;
  run(s: S): void;
}

const plain = (key: string) => (e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>) =>
  e.key === key && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
const shifted = (key: string) => (e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>) =>
  e.key === key && e.shiftKey && !e.ctrlKey && !e.metaKey;

function nextSpeed(cur: number, dir: 1 | -1): number {
  const i = speeds.indexOf(cur);
  const j = Math.max(0, Math.min(speeds.length - 1, (i < 0 ? speeds.indexOf(1) : i) + dir));
  return speeds[j];
}

export const shortcuts: Shortcut[] = [
  { keys: ['Ctrl/⌘', 'Enter'], label: 'Run the program', match: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey), run: (s) => s.runNow() },
  { keys: ['Esc'], label: 'Stop the run / close this help', match: plain('Escape'), run: (s) => (s.helpOpen ? s.setHelpOpen(false) : s.stop()) },
  { keys: ['Space'], label: 'Play / pause', match: plain(' '), run: (s) => s.togglePlay() },
  { keys: ['→'], label: 'Step one event forward', match: plain('ArrowRight'), run: (s) => s.stepForward() },
  { keys: ['←'], label: 'Step one event back', match: plain('ArrowLeft'), run: (s) => s.stepBack() },
  { keys: ['Shift', '→'], label: 'Next event of the selected goroutine or channel', match: shifted('ArrowRight'), run: (s) => s.jumpSelected(1) },
  { keys: ['Shift', '←'], label: 'Previous event of the selected goroutine or channel', match: shifted('ArrowLeft'), run: (s) => s.jumpSelected(-1) },
  { keys: ['Home'], label: 'Jump to the start', match: plain('Home'), run: (s) => { s.setPlaying(false); s.seek(0); } },
  { keys: ['End'], label: 'Jump to the end', match: plain('End'), run: (s) => { s.setPlaying(false); s.seek(Number.MAX_SAFE_INTEGER); } },
  { keys: ['+'], label: 'Faster (up to 16x)', match: (e) => (e.key === '+' || e.key === '=') && !e.ctrlKey && !e.metaKey, run: (s) => s.setSpeed(nextSpeed(s.speed, 1)) },
  { keys: ['−'], label: 'Slower (down to 0.25x)', match: (e) => (e.key === '-' || e.key === '_') && !e.ctrlKey && !e.metaKey, run: (s) => s.setSpeed(nextSpeed(s.speed, -1)) },
  { keys: ['L'], label: 'Loop playback on / off', match: plain('l'), run: (s) => s.setLoop(!s.loop) },
  { keys: ['G'], label: 'Graph view', match: plain('g'), run: (s) => s.setView('graph') },
  { keys: ['T'], label: 'Timeline view', match: plain('t'), run: (s) => s.setView('timeline') },
  { keys: ['N'], label: 'New seed and run', match: plain('n'), run: (s) => { s.newSeed(); s.runNow(); } },
  { keys: ['D'], label: 'Light / dark theme', match: plain('d'), run: (s) => s.setTheme(s.theme === 'dark' ? 'light' : 'dark') },
  { keys: ['?'], label: 'This help', match: (e) => e.key === '?', run: (s) => s.setHelpOpen(!s.helpOpen) },
];

/** Handles a key press outside text fields; returns whether a shortcut ran. */
export function handleShortcut(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>, s: S, inTextField: boolean): boolean {
  for (const sc of shortcuts) {
    if (!sc.match(e)) continue;
    // inside the editor or an input only Run and Esc apply
    if (inTextField && !(e.key === 'Enter' || e.key === 'Escape')) return false;
    sc.run(s);
    return true;
  }
  return false;
}
