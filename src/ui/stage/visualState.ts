// One colour per goroutine state, used by every view (graph, timeline, editor
// marks, legend) so a colour means the same thing everywhere. The colours are
// CSS variables defined per theme in ../theme.css.
import type { GoroutineState } from '../../trace/fold.js';
import type { WaitReason } from '../../trace/schema.js';

export type VisualState = 'running' | 'runnable' | 'chan' | 'select' | 'lock' | 'sleep' | 'wg' | 'cond' | 'exited';

export const visualStates: { state: VisualState; label: string }[] = [
  { state: 'running', label: 'running' },
  { state: 'runnable', label: 'runnable' },
  { state: 'chan', label: 'blocked: channel' },
  { state: 'select', label: 'blocked: select' },
  { state: 'lock', label: 'blocked: lock' },
  { state: 'wg', label: 'blocked: WaitGroup' },
  { state: 'cond', label: 'blocked: Cond' },
  { state: 'sleep', label: 'sleeping / timer' },
  { state: 'exited', label: 'exited' },
];

/** The visual state for a wait reason (runtime2.go's waitReason names). */
export function stateOfReason(reason: WaitReason | undefined): VisualState {
  switch (reason) {
    case 'chan receive':
    case 'chan send':
    case 'chan receive (nil chan)':
    case 'chan send (nil chan)':
      return 'chan';
    case 'select':
    case 'select (no cases)':
      return 'select';
    case 'sync.Mutex.Lock':
    case 'sync.RWMutex.RLock':
    case 'sync.RWMutex.Lock':
    case 'semacquire':
      return 'lock';
    case 'sync.WaitGroup.Wait':
      return 'wg';
    case 'sync.Cond.Wait':
      return 'cond';
    case 'sleep':
    case 'wait for timer':
      return 'sleep';
    default:
      return 'lock';
  }
}

export function visualStateOf(g: Pick<GoroutineState, 'status' | 'reason'>): VisualState {
  switch (g.status) {
    case 'running':
      return 'running';
    case 'runnable':
      return 'runnable';
    case 'exited':
      return 'exited';
    default:
      return stateOfReason(g.reason);
  }
}

/** The CSS colour of a state, e.g. `var(--st-chan)`. */
export function stateColor(s: VisualState): string {
  return `var(--st-${s})`;
}

/** A goroutine's label as the views show it: `worker #3`, `main #1`, `main.func1 #6`. */
export function goroutineLabel(fn: string, id: number): string {
  let name = fn.startsWith('main.') ? fn.slice(5) : fn;
  if (name.startsWith('main.func')) name = name.slice(5);
  return `${name} #${id}`;
}
