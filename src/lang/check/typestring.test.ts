// Types print as gc prints them in messages (go/types typestring.go).
import { describe, expect, it } from 'vitest';
import { check } from './testing.js';
import { typeString } from './typestring.js';

const src = `package main

import "time"

type List[T any] struct{ next *List[T]; val T }
type Num interface{ ~int | ~float64 }
type P interface{ comparable; M() }
type S struct {
	x int
	Y string ` + '`json:"y"`' + `
	time.Duration
}

var (
	a []int
	b map[string]int
	c func(x int) string
	d chan<- int
	e <-chan int
	f chan (<-chan int)
	g struct{ x int }
	h interface{ M() }
	i any
	j interface{}
	k List[int]
	l time.Duration
	m *[3]byte
	n func(...int) (int, error)
	o S
	q func(a, b string, c ...rune)
	r error
)

func main() {}
`;

const want: Record<string, string> = {
  a: '[]int',
  b: 'map[string]int',
  c: 'func(x int) string',
  d: 'chan<- int',
  e: '<-chan int',
  f: 'chan (<-chan int)',
  g: 'struct{x int}',
  h: 'interface{M()}',
  i: 'any',
  j: 'interface{}',
  k: 'List[int]',
  l: 'time.Duration',
  m: '*[3]byte',
  n: 'func(...int) (int, error)',
  o: 'S',
  q: 'func(a string, b string, c ...rune)',
  r: 'error',
};

describe('type strings', () => {
  const c = check(src);
  const qf = (p: { name: string }): string => (p === c.pkg ? '' : p.name);
  for (const [name, s] of Object.entries(want)) {
    it(`${name}: ${s}`, () => {
      expect(c.errors).toEqual([]);
      expect(typeString(c.pkg.scope.lookup(name)!.type!, qf)).toBe(s);
    });
  }

  it('prints underlying struct types with tags and embedded fields', () => {
    const t = c.pkg.scope.lookup('S')!.type!;
    expect(t.tag === 'Named' && typeString(t.rawUnderlying()!, qf)).toBe('struct{x int; Y string "json:\\"y\\""; time.Duration}');
  });

  it('prints constraint interfaces', () => {
    const u = (n: string) => { const t = c.pkg.scope.lookup(n)!.type!; return t.tag === 'Named' ? typeString(t.rawUnderlying()!, qf) : '?'; };
    expect(u('Num')).toBe('interface{~int|~float64}');
    expect(u('P')).toBe('interface{M(); comparable}');
  });

  it('prints generic types with their type parameter lists', () => {
    expect(typeString(c.pkg.scope.lookup('List')!.type!, qf)).toBe('List[T any]');
  });
});
