// `chanscope run` and `chanscope trace`: run a program headless on the same
// engine as the playground; stdout and stderr carry exactly what the Go program
// prints (bytes, not re-encoded); the exit status is Go's (0, 1 for compile
// errors, 2 for panics and deadlocks, n for os.Exit(n)).
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from '../engine/session.js';
import type { Limits } from '../engine/limits.js';
import type { TraceEvent } from '../trace/schema.js';
import type { Io } from './main.js';

interface Flags {
  seed: number;
  preempt: boolean;
  limits: Partial<Limits>;
  out: string | undefined;
  files: string[];
}

function parseFlags(args: string[]): Flags | string {
  const f: Flags = { seed: 1, preempt: false, limits: {}, out: undefined, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const num = (): number => {
      const v = Number(args[++i]);
      if (!Number.isFinite(v)) throw new Error(`flag ${a} needs a number`);
      return v;
    };
    try {
      switch (a) {
        case '--seed': f.seed = num(); break;
        case '--preempt': f.preempt = true; break;
        case '--max-steps': f.limits.maxSteps = num(); break;
        case '--max-goroutines': f.limits.maxGoroutines = num(); break;
        case '--max-output': f.limits.maxOutputBytes = num(); break;
        case '--max-time': f.limits.maxVirtualTime = num() * 1e9; break;
        case '--max-events': f.limits.maxEvents = num(); break;
        case '--max-heap': f.limits.maxHeapBytes = num(); break;
        case '-o': case '--trace': f.out = args[++i]; break;
        default:
          if (a.startsWith('-')) return `unknown flag ${a}`;
          f.files.push(a);
      }
    } catch (e) {
      return (e as Error).message;
    }
  }
  return f;
}

export async function runCommand(cmd: 'run' | 'trace', args: string[], io: Io): Promise<number> {
  const flags = parseFlags(args);
  if (typeof flags === 'string') {
    io.stderr(`chanscope ${cmd}: ${flags}\n`);
    return 2;
  }
  if (flags.files.length === 0) {
    io.stderr(`usage: chanscope ${cmd} [flags] FILE.go...\n`);
    return 2;
  }
  const sources = [];
  for (const p of flags.files) {
    try {
      sources.push({ name: p.replace(/^.*\//, ''), text: readFileSync(p, 'utf8') });
    } catch (e) {
      io.stderr(`chanscope: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return 1;
    }
  }
  const events: TraceEvent[] = [];
  const wantTrace = cmd === 'trace' || flags.out !== undefined;
  const s = Session.start(sources, {
    seed: flags.seed,
    preempt: flags.preempt,
    limits: flags.limits,
    onEvent: wantTrace ? (ev) => events.push(ev) : undefined,
    onOutput: (stream, bytes) => (stream === 'stdout' ? io.stdoutBytes : io.stderrBytes)(bytes),
  });
  const st = s.runToEnd();
  let code: number;
  if (st.kind === 'compile-error') {
    io.stderr(st.lines.join('\n') + '\n');
    code = 1;
  } else if (st.kind === 'exited') {
    code = st.code;
  } else if (st.kind === 'stopped') {
    io.stderr(st.reason + '\n');
    code = 3;
  } else {
    code = 0;
  }
  if (wantTrace) {
    const text = events.map((e) => JSON.stringify(e)).join('\n') + '\n';
    if (flags.out) writeFileSync(flags.out, text);
    else if (cmd === 'trace') io.stdout(text);
  }
  return code;
}
