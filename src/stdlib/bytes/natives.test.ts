// Package bytes against Go 1.19: expected values from testdata/gen_cases.go
// and gen_buffer.go (go run). Besides the bytes, each result slice is checked
// for Go's capacity, nil-ness and sharing of the input's array.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Slice, type Value } from '../../vm/value.js';
import { callNative, panicOf } from '../strings/nativeTestCtx.js';
import { bytesNatives } from './natives.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));

interface GoB {
  b: string;
  cap: number;
  nil: boolean;
  alias: number;
}
interface GoBB {
  parts: GoB[];
  cap: number;
  nil: boolean;
}

const cases = load('cases.json') as {
  texts: string[]; subs: string[]; cutsets: string[];
  unary: Record<string, unknown[]>; pair: Record<string, unknown[][]>; trim: Record<string, unknown[][]>;
  split: Record<string, unknown[][][]>; misc: [string, unknown][];
};

/** The input slice for a text, as the generator makes it: len(text), capacity len(text)+3 ("<nil>" is nil). */
function input(text: string): Slice | null {
  if (text === '<nil>') return null;
  const arr: Value[] = Array.from(text, (c) => c.charCodeAt(0));
  arr.push(0, 0, 0);
  return new Slice(arr, 0, text.length, text.length + 3);
}

const bytesStr = (s: Slice) => String.fromCharCode(...(s.arr.slice(s.off, s.off + s.len) as number[]));

/** A []byte result in the generator's form, relative to the input it came from. */
function encB(inp: Slice | null, r: Value): GoB {
  const s = r as Slice | null;
  if (s === null) return { b: '', cap: 0, nil: true, alias: -2 };
  const alias = s.cap === 0 ? -2 : inp !== null && s.arr === inp.arr ? s.off - inp.off : -1;
  return { b: bytesStr(s), cap: s.cap, nil: false, alias };
}

function encBB(inp: Slice | null, r: Value): GoBB {
  const s = r as Slice | null;
  if (s === null) return { parts: [], cap: 0, nil: true };
  return { parts: (s.arr.slice(s.off, s.off + s.len) as Value[]).map((p) => encB(inp, p)), cap: s.cap, nil: false };
}

const call = (fn: string, ...args: Value[]) => callNative(bytesNatives, `bytes.${fn}`, ...args);

function expectAll(rows: [string, unknown, () => unknown][]): void {
  const bad: string[] = [];
  for (const [label, want, f] of rows) {
    let got: unknown;
    const p = panicOf(() => {
      got = f();
    });
    if (p !== undefined) got = { panic: p.replace(/^string: /, '') };
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${label}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  expect(bad).toEqual([]);
  expect(rows.length).toBeGreaterThan(0);
}

const show = (s: string) => JSON.stringify(s);
const { texts, subs, cutsets } = cases;
const sl = (...xs: (Slice | null)[]) => new Slice(xs, 0, xs.length, xs.length);

describe('bytes, one slice', () => {
  const unary: Record<string, (s: Slice | null) => unknown> = {
    ToUpper: (s) => encB(s, call('ToUpper', s)),
    ToLower: (s) => encB(s, call('ToLower', s)),
    ToTitle: (s) => encB(s, call('ToTitle', s)),
    Title: (s) => encB(s, call('Title', s)),
    TrimSpace: (s) => encB(s, call('TrimSpace', s)),
    Fields: (s) => encBB(s, call('Fields', s)),
    ToValidUTF8: (s) => encB(s, call('ToValidUTF8', s, input('<?>'))),
    ToValidUTF8Empty: (s) => encB(s, call('ToValidUTF8', s, null)),
    Runes: (s) => {
      const r = call('Runes', s) as Slice;
      return [r.arr.slice(r.off, r.off + r.len), r.cap];
    },
    Repeat0: (s) => encB(s, call('Repeat', s, 0)),
    Repeat2: (s) => encB(s, call('Repeat', s, 2)),
    Join1: (s) => encB(s, call('Join', sl(s), input(','))),
    Join3: (s) => encB(s, call('Join', sl(s, s, null), input('--'))),
    Equal: (s) => call('Equal', s, input('abc')),
  };
  for (const [fn, wants] of Object.entries(cases.unary)) {
    it(fn, () => {
      expect(unary[fn]).toBeDefined();
      expectAll(texts.map((t, i) => [`${fn}(${show(t)})`, wants[i], () => unary[fn](input(t))]));
    });
  }
});

describe('bytes, slice and separator', () => {
  const runes = [0x61, 0xe9, 0xfffd, -1, 0x65e5, 0x20, 0x212a, 0x110000, 0x2c, 0];
  const pair: Record<string, (s: Slice | null, sep: Slice | null, sub: string, j: number) => unknown> = {
    Index: (s, sep) => call('Index', s, sep),
    LastIndex: (s, sep) => call('LastIndex', s, sep),
    Contains: (s, sep) => call('Contains', s, sep),
    Count: (s, sep) => call('Count', s, sep),
    IndexAny: (s, _sep, sub) => call('IndexAny', s, sub),
    LastIndexAny: (s, _sep, sub) => call('LastIndexAny', s, sub),
    ContainsAny: (s, _sep, sub) => call('ContainsAny', s, sub),
    HasPrefix: (s, sep) => call('HasPrefix', s, sep),
    HasSuffix: (s, sep) => call('HasSuffix', s, sep),
    Compare: (s, sep) => call('Compare', s, sep),
    Equal: (s, sep) => call('Equal', s, sep),
    EqualFold: (s, sep) => call('EqualFold', s, sep),
    Cut: (s, sep) => {
      const [b, a, f] = call('Cut', s, sep) as Value[];
      return [encB(s, b), encB(s, a), f];
    },
    CutPrefix: (s, sep) => {
      const [a, f] = call('CutPrefix', s, sep) as Value[];
      return [encB(s, a), f];
    },
    CutSuffix: (s, sep) => {
      const [a, f] = call('CutSuffix', s, sep) as Value[];
      return [encB(s, a), f];
    },
    TrimPrefix: (s, sep) => encB(s, call('TrimPrefix', s, sep)),
    TrimSuffix: (s, sep) => encB(s, call('TrimSuffix', s, sep)),
    Split: (s, sep) => encBB(s, call('Split', s, sep)),
    SplitAfter: (s, sep) => encBB(s, call('SplitAfter', s, sep)),
    SplitN2: (s, sep) => encBB(s, call('SplitN', s, sep, 2)),
    SplitAfterN3: (s, sep) => encBB(s, call('SplitAfterN', s, sep, 3)),
    SplitN0: (s, sep) => encBB(s, call('SplitN', s, sep, 0)),
    SplitN100: (s, sep) => encBB(s, call('SplitN', s, sep, 100)),
    Replace: (s, sep) => encB(s, call('Replace', s, sep, input('<>'), -1)),
    Replace1: (s, sep) => encB(s, call('Replace', s, sep, input('<>'), 1)),
    Replace0: (s, sep) => encB(s, call('Replace', s, sep, input('<>'), 0)),
    ReplaceAll: (s, sep) => encB(s, call('ReplaceAll', s, sep, null)),
    IndexRune: (s, _sep, _sub, j) => call('IndexRune', s, runes[j]),
  };
  for (const [fn, rows] of Object.entries(cases.pair)) {
    it(fn, () => {
      expect(pair[fn]).toBeDefined();
      const all: [string, unknown, () => unknown][] = [];
      texts.forEach((t, i) => subs.forEach((sub, j) => all.push([`${fn}(${show(t)}, ${show(sub)})`, rows[i][j], () => pair[fn](input(t), input(sub), sub, j)])));
      expectAll(all);
    });
  }
});

describe('bytes, trimming and counted splits', () => {
  for (const [fn, rows] of Object.entries(cases.trim)) {
    it(fn, () => {
      const all: [string, unknown, () => unknown][] = [];
      texts.forEach((t, i) =>
        cutsets.forEach((cs, j) =>
          all.push([`${fn}(${show(t)}, ${show(cs)})`, rows[i][j], () => {
            const s = input(t);
            return encB(s, call(fn, s, cs));
          }]),
        ),
      );
      expectAll(all);
    });
  }
  it('SplitN over empty and "," separators', () => {
    const all: [string, unknown, () => unknown][] = [];
    texts.forEach((t, i) =>
      ['', ','].forEach((sep, j) =>
        [-1, 1, 2, 3, 50].forEach((n, k) =>
          all.push([`SplitN(${show(t)}, ${show(sep)}, ${n})`, cases.split.SplitN[i][j][k], () => {
            const s = input(t);
            return encBB(s, call('SplitN', s, input(sep), n));
          }]),
        ),
      ),
    );
    expectAll(all);
  });
  it('Repeat panics, Join and Clone corner cases', () => {
    const misc: Record<string, () => unknown> = {
      RepeatNeg: () => call('Repeat', input('ab'), -1),
      RepeatOverflow: () => call('Repeat', input('ab'), 1n << 62n),
      JoinNil: () => encB(null, call('Join', null, input(','))),
      JoinOneEmpty: () => encB(null, call('Join', sl(new Slice([], 0, 0, 0)), input(','))),
      CloneNil: () => encB(null, call('Clone', null)),
      CloneEmpty: () => encB(null, call('Clone', new Slice([], 0, 0, 0))),
    };
    expectAll(
      cases.misc.map(([name, want]) => {
        if (name.startsWith('Clone ')) {
          const s = input(name.slice(6));
          return [name, want, () => encB(s, call('Clone', s))];
        }
        return [name, want, misc[name]];
      }),
    );
  });
});

// ---------------------------------------------------------------- Buffer

const seqs = load('buffer.json') as { op: [string, (string | number)?]; ret: unknown; len: number; cap: number; bytes: string; panic?: string }[][];

describe('bytes.Buffer', () => {
  const bcall = (m: string, ...args: Value[]) => callNative(bytesNatives, `bytes.(*Buffer).${m}`, ...args);
  seqs.forEach((seq, k) => {
    it(`sequence ${k}: ${seq.map((s) => s.op[0]).join(' ')}`, () => {
      const b: Value[] = [null, 0, 0];
      const got = seq.map(({ op: [m, a] }) => {
        let ret: unknown = null;
        const p = panicOf(() => {
          if (m === 'Reset') bcall(m, b);
          else if (m === 'Write') ret = (bcall(m, b, input(a as string)) as Value[])[0];
          else if (m === 'WriteString' || m === 'WriteRune') ret = (bcall(m, b, a as Value) as Value[])[0];
          else if (m === 'Next') ret = bytesStr((bcall(m, b, a as number) as Slice | null) ?? new Slice([], 0, 0, 0));
          else bcall(m, b, a as Value);
        });
        const buf = b[0] as Slice | null;
        const off = b[1] as number;
        const contents = buf === null ? '' : String.fromCharCode(...(buf.arr.slice(buf.off + off, buf.off + buf.len) as number[]));
        return { ret: p !== undefined ? null : ret, len: (buf?.len ?? 0) - off, cap: buf?.cap ?? 0, bytes: contents, panic: p?.replace(/^string: /, '') };
      });
      expect(got).toEqual(seq.map((s) => ({ ret: s.ret, len: s.len, cap: s.cap, bytes: s.bytes, panic: s.panic })));
    });
  });
});
