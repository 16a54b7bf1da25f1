// The starter examples must print exactly what real Go printed (the X.out /
// X.err / X.exit goldens beside each X.go, made with go-fake-run), by the same
// rules as the golden programs in testdata/run, and must trace deterministically.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRun } from '../../engine/golden.js';
import { Session } from '../../engine/session.js';
import type { TraceEvent } from '../../trace/schema.js';
import { readGolden } from '../../../scripts/goldenFiles.js';
import { defaultExampleId, examples } from './index.js';

const ids = ['workerpool', 'pipeline', 'fanin', 'mutex', 'deadlock', 'context'];

interface Run {
  stdout: string;
  stderr: string;
  code: number;
  events: TraceEvent[];
}

function run(code: string, seed = 1): Run {
  let stdout = '';
  let stderr = '';
  let exit = 0;
  const events: TraceEvent[] = [];
  const s = Session.start([{ name: 'prog.go', text: code }], {
    seed,
    onEvent: (e) => events.push(e),
    onOutput: (stream, b) => {
      if (stream === 'stdout') stdout += b;
      else stderr += b;
    },
  });
  const st = s.runToEnd();
  if (st.kind === 'compile-error') {
    stderr += st.lines.join('\n') + '\n';
    exit = 1;
  } else if (st.kind === 'exited') exit = st.code;
  else if (st.kind === 'stopped') {
    stderr += st.reason + '\n';
    exit = 3;
  }
  return { stdout, stderr, code: exit, events };
}

const byId = (id: string) => {
  const ex = examples.find((e) => e.id === id);
  if (!ex) throw new Error(`no example ${id}`);
  return ex;
};

describe('starter examples', () => {
  it('are listed in gallery order with workerpool as the default', () => {
    expect(examples.map((e) => e.id)).toEqual(ids);
    expect(defaultExampleId).toBe('workerpool');
    expect(examples[0].id).toBe(defaultExampleId);
    for (const e of examples) {
      expect(e.title).not.toBe('');
      expect(e.summary).not.toBe('');
    }
  });

  for (const id of ids) {
    const file = join(__dirname, `${id}.go`);

    it(`${id}: code is the .go file`, () => {
      expect(byId(id).code).toBe(readFileSync(file, 'utf8'));
    });

    it(`${id}: prints what real Go printed`, () => {
      const r = run(byId(id).code);
      expect(compareRun(readGolden(file), r.stdout, r.stderr, r.code)).toEqual([]);
    });

    it(`${id}: traces identically across two runs with one seed`, () => {
      const a = run(byId(id).code, 42).events.map((e) => JSON.stringify(e)).join('\n');
      const b = run(byId(id).code, 42).events.map((e) => JSON.stringify(e)).join('\n');
      expect(a.length).toBeGreaterThan(0);
      expect(b).toBe(a);
    });
  }

  it('workerpool: main and exactly 3 workers, and a jobs channel of capacity 2', () => {
    const { events } = run(byId('workerpool').code);
    const created = events.filter((e) => e.kind === 'go.create');
    expect(created).toHaveLength(4);
    expect(created.map((e) => (e.kind === 'go.create' ? e.fn : ''))).toEqual([
      'main.main',
      'main.worker',
      'main.worker',
      'main.worker',
    ]);
    const jobs = events.filter((e) => e.kind === 'chan.make' && e.name === 'jobs');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ kind: 'chan.make', cap: 2, name: 'jobs' });
  });

  it('deadlock: ends in a deadlock with goroutines blocked on channels', () => {
    const { events, code } = run(byId('deadlock').code);
    expect(code).toBe(2);
    const last = events[events.length - 1];
    expect(last).toMatchObject({ kind: 'exit', code: 2, reason: 'deadlock' });
    const blocks = events.filter((e) => e.kind === 'go.block').map((e) => (e.kind === 'go.block' ? e.reason : ''));
    expect(blocks).toContain('chan send');
    expect(blocks).toContain('chan receive');
  });
});
