// `chanscope` command line: the same engine as the playground, headless.
import { readFileSync } from 'node:fs';
import { checkProgram } from '../lang/checkProgram.js';
import { runCommand } from './runCommand.js';

const USAGE = `usage: chanscope <command> [arguments]

commands:
  check FILE.go...                  type-check a program; print Go-style diagnostics (exit 1 if any)
  run [flags] FILE.go...            run a program as \`go run\` would, in virtual time
  trace [flags] FILE.go... [-o F]   run and write the trace (JSON lines) to F or stdout

run/trace flags:
  --seed N          seed for every choice Go leaves open (default 1)
  --preempt         preemptive mode: seeded random switch points (shows data races)
  --max-steps N     stop after N instructions
  --max-goroutines N, --max-output BYTES, --max-time SECONDS, --max-events N, --max-heap BYTES
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Program output: byte strings (char codes 0-255 are the bytes), written unchanged. */
  stdoutBytes: (b: string) => void;
  stderrBytes: (b: string) => void;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdoutBytes: (b) => process.stdout.write(Buffer.from(b, 'latin1')),
  stderrBytes: (b) => process.stderr.write(Buffer.from(b, 'latin1')),
};

function readSources(paths: string[], io: Io): { name: string; text: string }[] | undefined {
  const sources: { name: string; text: string }[] = [];
  for (const p of paths) {
    try {
      sources.push({ name: p, text: readFileSync(p, 'utf8') });
    } catch (e) {
      io.stderr(`chanscope: cannot read ${p}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      return undefined;
    }
  }
  return sources;
}

/** Exit status: 0 clean, 1 diagnostics (as `go build`), 2 usage errors. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'check': {
      const files = rest.filter((a) => !a.startsWith('-'));
      if (files.length === 0) {
        io.stderr('usage: chanscope check FILE.go...\n');
        return 2;
      }
      const sources = readSources(files, io);
      if (!sources) return 1;
      const { lines } = checkProgram(sources);
      if (lines.length === 0) return 0;
      io.stderr(lines.join('\n') + '\n');
      return 1;
    }
    case 'run':
    case 'trace':
      return runCommand(cmd, rest, io);
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      io.stdout(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      io.stderr(`chanscope: unknown command ${JSON.stringify(cmd)}\n${USAGE}`);
      return 2;
  }
}
