// Natives of package os: the standard streams write program output (stdout and
// stderr as the CLI and the playground console show them), Exit ends the
// program at once without running deferred calls, and the environment is the
// Go Playground's (empty, fixed).
import { GoExitSignal } from '../../vm/machine.js';
import type { NativeImpl } from '../../vm/native.js';
import { Slice, type Value } from '../../vm/value.js';

/** Bytes of a []byte Slice as a byte string. */
function bytesOf(b: Value): string {
  if (b === null) return '';
  const s = b as Slice;
  let out = '';
  for (let i = 0; i < s.len; i++) out += String.fromCharCode(s.arr[s.off + i] as number);
  return out;
}

function fdStream(f: Value): 'stdout' | 'stderr' | undefined {
  const fd = (f as Value[] | null)?.[0];
  return fd === 1 ? 'stdout' : fd === 2 ? 'stderr' : undefined;
}

export const osNatives = new Map<string, NativeImpl>([
  ['os.(*File).Write', {
    kind: 'pure',
    fn: (c, [f, b]) => {
      const s = fdStream(f);
      const bytes = bytesOf(b);
      if (s) c.write(s, bytes);
      return [bytes.length, null];
    },
  }],
  ['os.(*File).WriteString', {
    kind: 'pure',
    fn: (c, [f, str]) => {
      const s = fdStream(f);
      if (s) c.write(s, str as string);
      return [(str as string).length, null];
    },
  }],
  ['os.(*File).Close', { kind: 'pure', fn: () => null }],
  ['os.(*File).Sync', { kind: 'pure', fn: () => null }],
  ['os.Exit', { kind: 'pure', fn: (_c, [code]) => { throw new GoExitSignal(Number(code)); } }],
  ['os.Getpid', { kind: 'pure', fn: () => 2 }],
  ['os.Getppid', { kind: 'pure', fn: () => 1 }],
  ['os.Getwd', { kind: 'pure', fn: () => ['/tmp', null] }],
  ['os.Hostname', { kind: 'pure', fn: () => ['chanscope', null] }],
  ['os.Executable', { kind: 'pure', fn: () => ['/tmp/prog', null] }],
  ['os.runtime_args', { kind: 'pure', fn: () => new Slice(['prog'], 0, 1, 1) }],
]);
