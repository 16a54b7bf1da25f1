// Property tests: on any input parseFile returns a File without throwing,
// terminates, reports no internal error, and keeps every node and diagnostic
// inside the text. Inputs: random strings, random bytes decoded as UTF-8, and
// token- or character-level mutations of valid Go programs. Fixed seeds keep
// runs reproducible.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as ast from './ast.js';
import { parseText } from './parser.js';
import { Scanner } from './scanner.js';
import { Token } from './token.js';

const PROGRAMS = [
  `package main

import (
	"fmt"
	"sync"
	"time"
)

type Job struct {
	ID   int
	Data []byte \`json:"data"\`
}

func worker(id int, jobs <-chan Job, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j.ID * 2
	}
}

func main() {
	jobs := make(chan Job, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := range 5 {
		jobs <- Job{ID: i}
	}
	close(jobs)
	wg.Wait()
	close(results)
	timeout := time.After(time.Second)
loop:
	for {
		select {
		case r, ok := <-results:
			if !ok {
				break loop
			}
			fmt.Println(r)
		case <-timeout:
			return
		default:
		}
	}
}
`,
  `package p

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type A[N] int

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

var m = map[string][]int{"a": {1, 2}, "b": nil}

func f(x interface{}) string {
	switch v := x.(type) {
	case int, int64:
		return "int"
	case fmt.Stringer:
		return v.String()
	}
	if s, ok := x.(string); ok && len(s) > 0 {
		return s[1:len(s):len(s)]
	} else if x == nil {
		goto end
	}
end:
	return ""
}
`,
  `package q

import "sync"

var (
	mu    sync.Mutex
	count int
	ch    = make(chan chan<- struct{})
)

func g(fn func(int) (int, error)) {
	mu.Lock()
	defer func() { mu.Unlock() }()
	count++
	x := [...]float64{0x1p-2, 1e9, .5, 07, 0o7, 0b1, 1_000, 3i}
	_ = x
	switch {
	case count > 10:
		fallthrough
	case count < 0:
		count = 0
	}
	r := 'x' + '\\n' + '\\u00e9'
	_ = r
	s := \`raw
string\` + "esc\\t\\"q\\""
	_ = s
}
`,
];

const INSERTS = [
  '(', ')', '{', '}', '[', ']', ',', ';', ':', ':=', '=', '.', '...', 'func', 'if', 'else', 'for', 'range',
  'switch', 'case', 'default', 'go', 'defer', 'return', 'var', 'type', 'const', 'import', 'package', 'struct',
  'interface', 'map', 'chan', '<-', '*', '&', '|', '~', '+', '\n', 'x', '1', '"s"', 'select', 'break', 'goto',
  'L:', 'fallthrough', '++', '!', '/*', '*/', '//', '`', "'", '"', '0x', '1e', '\u00b7', '\ufeff', '\u0000',
];

function tokenSpans(src: string): [number, number][] {
  const spans: [number, number][] = [];
  const sc = new Scanner(src, () => {});
  for (sc.next(); sc.tok !== Token.EOF; sc.next()) if (sc.end > sc.pos) spans.push([sc.pos, sc.end]);
  return spans;
}

function mutate(src: string, ops: [number, number, number][]): string {
  let text = src;
  for (const [kind, a, b] of ops) {
    const spans = tokenSpans(text);
    if (spans.length < 2) break;
    const i = a % (spans.length - 1);
    const [s, e] = spans[i];
    const ins = INSERTS[b % INSERTS.length];
    switch (kind % 7) {
      case 0: text = text.slice(0, s) + text.slice(e); break; // delete a token
      case 1: text = text.slice(0, e) + ' ' + text.slice(s, e) + text.slice(e); break; // duplicate it
      case 2: text = text.slice(0, s) + ins + ' ' + text.slice(s); break; // insert a token
      case 3: { // swap with the next token
        const [s2, e2] = spans[i + 1];
        text = text.slice(0, s) + text.slice(s2, e2) + text.slice(e, s2) + text.slice(s, e) + text.slice(e2);
        break;
      }
      case 4: text = text.slice(0, s + (b % (e - s + 1))) + text.slice(s + (b % (e - s + 1)) + 1); break; // delete a char
      case 5: text = text.slice(0, s) + ins + text.slice(s); break; // insert text without a space
      case 6: text = text.slice(0, b % (text.length + 1)) + text.slice(a % (text.length + 1)); break; // cut or repeat a range
    }
  }
  return text;
}

/** Every node and diagnostic lies inside the text, with pos <= end. */
function checkResult(text: string): void {
  const r = parseText(text);
  expect(r.file.kind).toBe('File');
  const internal = r.diagnostics.filter((d) => d.message.startsWith('internal error'));
  expect(internal.map((d) => d.message)).toEqual([]);
  for (const d of [...r.diagnostics, ...r.deferredDiagnostics]) {
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.offset).toBeLessThanOrEqual(text.length);
  }
  const bad: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (typeof v !== 'object' || v === null || !('kind' in v)) return;
    const n = v as ast.Node;
    if (!(n.pos >= 0 && n.pos <= n.end && n.end <= text.length)) bad.push(`${n.kind}@${n.pos}-${n.end}`);
    for (const [k, x] of Object.entries(n)) if (k !== 'kind') visit(x);
  };
  visit(r.file);
  expect(bad).toEqual([]);
}

describe('parser: fuzzing', () => {
  it('parses the seed programs cleanly', () => {
    for (const p of PROGRAMS) expect(parseText(p).diagnostics.map((d) => d.message)).toEqual([]);
  });

  it('survives random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      checkResult(s);
      checkResult('package p\n' + s);
    }), { seed: 1, numRuns: 800 });
  });

  it('survives random Go-ish token soup', () => {
    const tok = fc.constantFrom(...INSERTS, 'x', 'y', '0', '1.5', '"a"', '\t', ' ');
    fc.assert(fc.property(fc.array(tok, { maxLength: 80 }), (toks) => {
      checkResult('package p\n' + toks.join(' '));
      checkResult('package p\nfunc f() {\n' + toks.join('') + '\n}\n');
    }), { seed: 2, numRuns: 800 });
  });

  it('survives random bytes decoded as UTF-8', () => {
    const dec = new TextDecoder('utf-8');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      checkResult(dec.decode(bytes));
      checkResult('package p\nfunc f() {' + dec.decode(bytes));
    }), { seed: 3, numRuns: 600 });
  });

  it('survives mutations of valid programs', () => {
    const op = fc.tuple(fc.nat(), fc.nat(), fc.nat());
    fc.assert(fc.property(fc.nat({ max: PROGRAMS.length - 1 }), fc.array(op, { minLength: 1, maxLength: 4 }), (p, ops) => {
      checkResult(mutate(PROGRAMS[p], ops));
    }), { seed: 4, numRuns: 1500 });
  });

  it('turns pathological nesting into a diagnostic instead of a stack overflow', () => {
    for (const src of [
      'package p\nvar x = ' + '('.repeat(100000) + '1',
      'package p\nvar x = ' + '!'.repeat(100000) + '1',
      'package p\nvar x ' + '*'.repeat(100000) + 'int',
      'package p\nfunc f() {' + '{'.repeat(100000),
      'package p\nvar x = ' + 'func() {'.repeat(20000),
      'package p\nvar x = T' + '{'.repeat(100000),
    ]) {
      const r = parseText(src);
      expect(r.diagnostics.map((d) => d.message)).toContain('syntax error: exceeded max nesting depth');
      expect(r.checkable).toBe(false);
    }
  });
});
