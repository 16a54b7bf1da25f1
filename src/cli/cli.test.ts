// The `chanscope` command as a user runs it (through the bin launcher).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(__dirname, '../../bin/chanscope.mjs');
const dir = mkdtempSync(join(tmpdir(), 'chanscope-cli-'));

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'latin1' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('chanscope check', () => {
  it('prints Go-style diagnostics and exits 1', () => {
    const p = write('bad.go', 'package main\n\nimport "os"\n\nfunc main() {\n\tx := 1\n\tfmt.Println(y)\n}\n');
    const r = run(['check', p]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `${p}:3:8: "os" imported and not used`,
      `${p}:6:2: declared and not used: x`,
      `${p}:7:2: undefined: fmt`,
      `${p}:7:14: undefined: y`,
    ]);
  });

  it('prints nothing and exits 0 for a valid program', () => {
    const p = write('ok.go', 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n');
    const r = run(['check', p]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('chanscope run', () => {
  it("prints the program's output and exits with Go's status", () => {
    const p = write('dl.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("héllo")\n\tch := make(chan int)\n\t<-ch\n}\n');
    const r = run(['run', p]);
    expect(r.code).toBe(2);
    expect(Buffer.from(r.stdout, 'latin1').toString('utf8')).toBe('héllo\n');
    expect(r.stderr.split('\n')[0]).toBe('fatal error: all goroutines are asleep - deadlock!');
  });

  it('exits with the code given to os.Exit and with 1 for compile errors', () => {
    const p = write('exit.go', 'package main\n\nimport "os"\n\nfunc main() { defer println("not run"); os.Exit(3) }\n');
    expect(run(['run', p])).toEqual({ code: 3, stdout: '', stderr: '' });
    const q = write('ce.go', 'package main\n\nfunc main() { undefinedThing() }\n');
    const r = run(['run', q]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('ce.go:3:15: undefined: undefinedThing\n');
  });

  it('stops runaway programs at a limit with a message and its partial output', () => {
    const p = write('grow.go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\tfor i := 0; ; i++ {\n\t\tkeep = append(keep, make([]byte, 1<<16))\n\t\tif i == 0 {\n\t\t\tfmt.Println("started")\n\t\t}\n\t}\n}\n');
    const r = run(['run', '--max-heap', '50000000', p]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('started\n');
    expect(r.stderr).toBe('chanscope: program stopped: it allocated more than 50000000 bytes (limit --max-heap)\n');
    const q = write('spin.go', 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n');
    const s = run(['run', '--max-steps', '100000', q]);
    expect(s.code).toBe(3);
    expect(s.stderr).toBe('chanscope: program stopped after 100000 steps (limit --max-steps)\n');
  });

  it('writes the trace as JSON lines', () => {
    const p = write('tr.go', 'package main\n\nfunc main() {\n\tch := make(chan int, 1)\n\tch <- 1\n\t<-ch\n}\n');
    const out = execFileSync(process.execPath, [bin, 'trace', p], { encoding: 'utf8' });
    const events = out.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; name?: string });
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['go.create', 'chan.make', 'chan.send', 'chan.recv', 'exit']));
    expect(events.find((e) => e.kind === 'chan.make')?.name).toBe('ch');
  });
});
