// Package strings against Go 1.19: every expected value comes from the Go
// programs in testdata/ (gen_cases.go -> cases.json, gen_builder.go ->
// builder.json), run with go run. Texts include invalid UTF-8, U+FFFD,
// empty strings and case-mapping oddities (ǅ, ß, İ, Kelvin sign, ᾳ).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Slice, type Value } from '../../vm/value.js';
import { callNative, panicOf } from './nativeTestCtx.js';
import { stringsNatives } from './natives.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8'));

interface GoSlice {
  s: string[];
  cap: number;
}
type Want = string | number | boolean | null | GoSlice | Want[] | { panic: string };

const call = (fn: string, ...args: Value[]) => callNative(stringsNatives, `strings.${fn}`, ...args);

/** A native's result in the JSON form the Go generator writes. */
function norm(v: Value): Want {
  if (v instanceof Slice) return { s: v.arr.slice(v.off, v.off + v.len) as string[], cap: v.cap };
  if (Array.isArray(v)) return v.map(norm);
  return v as Want;
}

/** JSON args to Go values: slices become Slice, `bigint:N` a bigint int. */
function arg(a: unknown): Value {
  if (typeof a === 'string' && a.startsWith('bigint:')) return BigInt(a.slice(7));
  if (a !== null && typeof a === 'object' && 's' in (a as GoSlice)) {
    const g = a as GoSlice;
    return new Slice([...g.s, ...new Array(g.cap - g.s.length).fill('')], 0, g.s.length, g.cap);
  }
  return a as Value;
}

const raw = load('cases.json');
// the generator writes its []string inputs as slices ({s, cap})
for (const k of ['texts', 'subs', 'cutsets', 'splitSubs', 'replaceSubs']) raw[k] = (raw[k] as GoSlice).s;
const cases = raw as {
  texts: string[]; subs: string[]; cutsets: string[]; runes: number[]; bytes: number[];
  splitSubs: string[]; splitNs: number[]; replaceSubs: string[]; replaceNs: number[];
  unary: Record<string, Want[]>; pair: Record<string, Want[][]>; trim: Record<string, Want[][]>;
  rune: Record<string, Want[][]>; byte: Record<string, Want[][]>; splitN: Record<string, Want[][][]>;
  replace: Want[][][]; misc: { fn: string; args: unknown[]; want: Want }[];
};
const { texts } = cases;
const show = (s: string) => JSON.stringify(s);

/** Checks every (case, want) and reports all mismatches at once. */
function expectAll(rows: [string, Want, () => Value][]): void {
  const bad: string[] = [];
  for (const [label, want, f] of rows) {
    let got: Want;
    const p = panicOf(() => {
      got = norm(f());
    });
    if (p !== undefined) got = { panic: p.replace(/^string: /, '') };
    if (JSON.stringify(got!) !== JSON.stringify(want)) bad.push(`${label}: got ${JSON.stringify(got!)}, want ${JSON.stringify(want)}`);
  }
  expect(bad).toEqual([]);
  expect(rows.length).toBeGreaterThan(0);
}

describe('strings, one text', () => {
  const unaryCall: Record<string, (s: string) => Value> = {
    ToUpper: (s) => call('ToUpper', s),
    ToLower: (s) => call('ToLower', s),
    ToTitle: (s) => call('ToTitle', s),
    Title: (s) => call('Title', s),
    TrimSpace: (s) => call('TrimSpace', s),
    Fields: (s) => call('Fields', s),
    ToValidUTF8: (s) => call('ToValidUTF8', s, '?'),
    ToValidUTF8Empty: (s) => call('ToValidUTF8', s, ''),
    Clone: (s) => call('Clone', s),
    Repeat0: (s) => call('Repeat', s, 0),
    Repeat1: (s) => call('Repeat', s, 1),
    Repeat3: (s) => call('Repeat', s, 3),
  };
  for (const [fn, wants] of Object.entries(cases.unary)) {
    it(fn, () => {
      expect(unaryCall[fn]).toBeDefined();
      expectAll(texts.map((s, i) => [`${fn}(${show(s)})`, wants[i], () => unaryCall[fn](s)]));
    });
  }
});

describe('strings, text and substring', () => {
  for (const [fn, rows] of Object.entries(cases.pair)) {
    it(fn, () => {
      const all: [string, Want, () => Value][] = [];
      texts.forEach((s, i) =>
        cases.subs.forEach((sub, j) => {
          const f = fn === 'ReplaceAll' ? () => call(fn, s, sub, '_') : () => call(fn, s, sub);
          all.push([`${fn}(${show(s)}, ${show(sub)})`, rows[i][j], f]);
        }),
      );
      expectAll(all);
    });
  }
});

describe('strings, cutsets, runes and bytes', () => {
  const grid = (table: Record<string, Want[][]>, params: Value[]) => {
    for (const [fn, rows] of Object.entries(table)) {
      it(fn, () => {
        const all: [string, Want, () => Value][] = [];
        texts.forEach((s, i) => params.forEach((p, j) => all.push([`${fn}(${show(s)}, ${String(p)})`, rows[i][j], () => call(fn, s, p)])));
        expectAll(all);
      });
    }
  };
  grid(cases.trim, cases.cutsets);
  grid(cases.rune, cases.runes);
  grid(cases.byte, cases.bytes);
});

describe('strings, counted splits and replacements', () => {
  for (const [fn, rows] of Object.entries(cases.splitN)) {
    it(fn, () => {
      const all: [string, Want, () => Value][] = [];
      texts.forEach((s, i) =>
        cases.splitSubs.forEach((sep, j) =>
          cases.splitNs.forEach((n, k) => all.push([`${fn}(${show(s)}, ${show(sep)}, ${n})`, rows[i][j][k], () => call(fn, s, sep, n)])),
        ),
      );
      expectAll(all);
    });
  }
  it('Replace', () => {
    const all: [string, Want, () => Value][] = [];
    texts.forEach((s, i) =>
      cases.replaceSubs.forEach((old, j) =>
        cases.replaceNs.forEach((n, k) => all.push([`Replace(${show(s)}, ${show(old)}, "<>", ${n})`, cases.replace[i][j][k], () => call('Replace', s, old, '<>', n)])),
      ),
    );
    expectAll(all);
  });
  it('Repeat (panics, overflow, huge counts), Join, bigint counts', () => {
    expectAll(cases.misc.map((m) => [`${m.fn}(${JSON.stringify(m.args)})`, m.want, () => call(m.fn, ...m.args.map(arg))]));
  });
});

// ---------------------------------------------------------------- Builder and Replacer

const bj = load('builder.json') as {
  builder: { op: [string, (string | number)?]; ret: Value[] | null; len: number; cap: number; string: string; panic?: string }[][];
  copies: Record<string, string>;
  replacer: { oldnew: string[]; s: string; want: string }[];
};

const bcall = (m: string, ...args: Value[]) => callNative(stringsNatives, `strings.(*Builder).${m}`, ...args);
const bytesOf = (s: string) => {
  const a = Array.from(s, (ch) => ch.charCodeAt(0));
  return new Slice(a, 0, a.length, a.length);
};

describe('strings.Builder', () => {
  bj.builder.forEach((seq, k) => {
    it(`sequence ${k}: ${seq.map((s) => s.op[0]).join(' ')}`, () => {
      const b: Value[] = [null, null];
      const got = seq.map(({ op: [m, a] }) => {
        let ret: Value = null;
        const p = panicOf(() => {
          const x = m === 'Write' ? bytesOf(a as string) : a;
          ret = m === 'Reset' ? bcall(m, b) : bcall(m, b, x as Value);
        });
        const r = m === 'WriteByte' ? [ret === null] : Array.isArray(ret) ? [ret[0], ret[1] === null] : null;
        return { ret: m === 'Grow' || m === 'Reset' || p !== undefined ? null : r, len: bcall('Len', b), cap: bcall('Cap', b), string: bcall('String', b), panic: p?.replace(/^string: /, '') };
      });
      expect(got).toEqual(seq.map((s) => ({ ret: s.ret, len: s.len, cap: s.cap, string: s.string, panic: s.panic })));
    });
  });

  it('copies: zero ones are fine, written ones panic on write but not on read', () => {
    const copy = (b: Value[]) => [b[0], b[1]];
    const zero: Value[] = [null, null];
    const c0 = copy(zero);
    bcall('WriteString', c0, 'ok');
    const a: Value[] = [null, null];
    bcall('WriteString', a, 'x');
    const c1 = copy(a);
    const a2: Value[] = [null, null];
    bcall('WriteString', a2, 'x');
    const c2 = copy(a2);
    const a3: Value[] = [null, null];
    bcall('WriteString', a3, 'xyz');
    const c3 = copy(a3);
    const read = `${bcall('String', c3)}${bcall('Len', c3)} ${bcall('Cap', c3)}`;
    bcall('Reset', c3);
    bcall('WriteString', c3, 'fresh');
    expect({
      zeroCopyWrite: bcall('String', c0),
      usedCopyWrite: 'panic: ' + panicOf(() => bcall('WriteString', c1, 'y'))?.replace(/^string: /, ''),
      usedCopyGrow: 'panic: ' + panicOf(() => bcall('Grow', c2, 1))?.replace(/^string: /, ''),
      usedCopyRead: read,
      usedCopyResetWrite: `${bcall('String', c3)}|${bcall('String', a3)}`,
    }).toEqual(bj.copies);
  });

  it('String after each write stays right while the buffer is shared with earlier results', () => {
    const b: Value[] = [null, null];
    let want = '';
    for (let i = 0; i < 200; i++) {
      const piece = String.fromCharCode(0x61 + (i % 26)).repeat(i % 7);
      bcall('WriteString', b, piece);
      want += piece;
      expect(bcall('String', b)).toBe(want);
    }
  });

  it('a nil *Builder dereferences nil', () => {
    expect(panicOf(() => bcall('WriteString', null, 'x'))).toBe('runtime error: invalid memory address or nil pointer dereference');
  });
});

describe('strings.Replacer', () => {
  it(`Replace over ${bj.replacer.length} (oldnew, s) pairs`, () => {
    expectAll(
      bj.replacer.map((c) => [
        `NewReplacer(${JSON.stringify(c.oldnew)}).Replace(${show(c.s)})`,
        c.want,
        () => callNative(stringsNatives, 'strings.(*Replacer).Replace', [new Slice([...c.oldnew], 0, c.oldnew.length, c.oldnew.length)], c.s),
      ]),
    );
  });
});
