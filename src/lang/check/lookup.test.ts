// Method sets, interface satisfaction and selector lookup (spec "Method sets",
// "Selectors"); messages as gc words them (go1.22).
import { describe, expect, it } from 'vitest';
import { lookupFieldOrMethod, missingMethod } from './lookup.js';
import { identical } from './predicates.js';
import { check } from './testing.js';
import { Pointer } from './types.js';

const src = `package main

type I interface{ M(); N() int }
type V struct{}
func (V) M() {}
func (*V) N() int { return 0 }
type W struct{ V }
type X struct{ *V }
type A struct{ F int }
type B struct{ F int }
type C struct{ A; B }
func main() {}
`;

describe('method sets and lookup', () => {
  const c = check(src);
  const T = (name: string) => c.pkg.scope.lookup(name)!.type!;
  const I = T('I');

  it('value type lacks pointer methods; pointer type has all', () => {
    const cause = { msg: '' };
    expect(missingMethod(undefined, T('V'), I, true, identical, cause).method?.name).toBe('N');
    expect(cause.msg).toBe('(method N has pointer receiver)');
    expect(missingMethod(undefined, new Pointer(T('V')), I, true, identical, undefined).method).toBeUndefined();
  });

  it('promotes methods through embedded values and pointers', () => {
    expect(missingMethod(undefined, T('W'), I, true, identical, undefined).method?.name).toBe('N');
    expect(missingMethod(undefined, T('X'), I, true, identical, undefined).method).toBeUndefined();
    const r = lookupFieldOrMethod(T('W'), true, c.pkg, 'N', false);
    expect(r.obj?.name).toBe('N');
    expect(r.index).toEqual([0, 1]);
  });

  it('reports ambiguous selectors at equal depth', () => {
    const r = lookupFieldOrMethod(T('C'), false, c.pkg, 'F', false);
    expect(r.obj).toBeUndefined();
    expect(r.index).toBeDefined();
  });

  it('gives gc messages for unsatisfied interfaces', () => {
    const e = check(`package main
type I interface{ M(int) }
type T struct{}
func (T) M(string) {}
type U struct{}
func (U) m(int) {}
func main() {
	var _ I = T{}
	var _ I = U{}
}
`);
    expect(e.errors).toEqual([
      '8:12: cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (wrong type for method M)\n\t\thave M(string)\n\t\twant M(int)',
      '9:12: cannot use U{} (value of type U) as I value in variable declaration: U does not implement I (missing method M)\n\t\thave m(int)\n\t\twant M(int)',
    ]);
  });
});
