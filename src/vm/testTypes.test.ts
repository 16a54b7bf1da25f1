// The test type builder: canonical types, reflect strings, zero/equal/copy.
import { describe, expect, it } from 'vitest';
import { GoRuntimePanic } from '../runtime/panics.js';
import { TestTypes } from './testTypes.js';
import { Iface, Slice, type Value } from './value.js';

const T = new TestTypes();

describe('TestTypes', () => {
  it('builds canonical types with reflect strings', () => {
    expect(T.slice(T.int)).toBe(T.slice(T.int));
    expect(T.map(T.string, T.slice(T.any)).string).toBe('map[string][]interface {}');
    expect(T.func([T.int, T.slice(T.string)], [T.bool, T.error], true).string).toBe('func(int, ...string) (bool, error)');
    expect(T.chan(T.chan(T.int, 'recv')).string).toBe('chan (<-chan int)');
    expect(T.chan(T.int, 'send').string).toBe('chan<- int');
    expect(T.struct([{ name: 'X', type: T.int }, { name: 'y', type: T.string, tag: 'json:"y"' }]).string).toBe('struct { X int; y string "json:\\"y\\"" }');
    expect(T.iface([{ name: 'String', sig: T.func([], [T.string]) }]).string).toBe('interface { String() string }');
    const P = T.named('main', 'Point', T.struct([{ name: 'X', type: T.int }]));
    expect([P.string, T.ptr(P).string, T.array(2, P).string]).toEqual(['main.Point', '*main.Point', '[2]main.Point']);
  });
  it('zero, copy and equal follow value semantics', () => {
    const In = T.struct([{ name: 'A', type: T.array(2, T.int) }]);
    const Out = T.struct([{ name: 'I', type: In }, { name: 'S', type: T.string }]);
    const z = Out.zero() as Value[];
    expect(z).toEqual([[[0, 0]], '']);
    const c = Out.copy(z) as Value[];
    ((c[0] as Value[])[0] as Value[])[1] = 5;
    expect(z).toEqual([[[0, 0]], '']);
    expect(Out.equal(z, Out.zero())).toBe(true);
    expect(Out.equal(z, c)).toBe(false);
    expect(T.float64.equal(NaN, NaN)).toBe(false);
  });
  it('interface equality panics for incomparable dynamic types', () => {
    const s = new Iface(T.slice(T.int), new Slice([1], 0, 1, 1));
    expect(T.any.equal(new Iface(T.int, 1), new Iface(T.int, 1))).toBe(true);
    expect(T.any.equal(new Iface(T.int, 1), new Iface(T.int64, 1))).toBe(false);
    expect(() => T.any.equal(s, s)).toThrow(GoRuntimePanic);
  });
  it('methods: pointer receivers are marked in T and callable on *T', () => {
    const N = T.named('main', 'N', T.int);
    T.addMethod(N, 'String', () => 'n', true);
    expect(N.methods.get('String')!.ptrRecv).toBe(true);
    expect(T.ptr(N).methods.get('String')!.ptrRecv).toBe(false);
  });
});
