// Run-time panic texts against Go 1.19 (testdata/values/gen_errors.go ->
// errors_expected.txt: the recovered error's text and whether it is a
// runtime.Error).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoRuntimePanic } from '../runtime/panics.js';
import { divideByZero } from './int64.js';
import {
  assertionFailed, convertSliceToArray, makechanSize, makesliceCap, makesliceLen, missingMethod, negativeShift, nilDeref,
  nilMapWrite, typeAssertion, uncomparable, unhashable,
} from './runtimeErrors.js';
import { TestTypes } from './testTypes.js';

const expected = new Map(readFileSync(new URL('../../testdata/values/errors_expected.txt', import.meta.url), 'latin1').trim().split('\n').map((l) => {
  const i = l.indexOf(': ');
  return [l.slice(0, i), l.slice(i + 2)] as [string, string];
}));

/** Go's recovered text: the error string, with the `runtime error: ` prefix when the panic carries it. */
function text(e: GoRuntimePanic): string {
  return (e.isRuntimeError ? 'runtime error: ' : '') + e.message;
}

function want(name: string): string {
  const line = expected.get(name);
  if (line === undefined) throw new Error('no expectation ' + name);
  return JSON.parse(line.replace(/ runtimeError=.*$/, '')) as string;
}

const T = new TestTypes();
const sig = T.func([], []);
const I = T.named('main', 'I', T.iface([{ name: 'M', sig }]));
const J = T.named('main', 'J', T.iface([{ name: 'M', sig }, { name: 'N', sig }]));
const Tt = T.named('main', 'T', T.struct([{ name: 'X', type: T.int }]));
T.addMethod(Tt, 'M', () => null);
const errString = T.named('errors', 'errorString', T.struct([{ name: 's', type: T.string }]));
T.addMethod(errString, 'Error', (p) => p, true);

describe('type assertion failures (runtime.TypeAssertionError)', () => {
  const cases: [string, () => GoRuntimePanic][] = [
    ['assert1', () => assertionFailed(T.any, T.string, T.int)],
    ['assert2', () => assertionFailed(T.any, null, T.int)],
    ['assert3', () => assertionFailed(T.any, null, I)],
    ['assert4', () => assertionFailed(T.any, T.int, I)],
    ['assert5', () => assertionFailed(I, Tt, J)],
    ['assert6', () => assertionFailed(I, Tt, T.ptr(Tt))],
    ['assert7', () => assertionFailed(I, null, Tt)],
    ['assert8', () => assertionFailed(I, null, J)],
    ['assert9', () => assertionFailed(T.error, T.ptr(errString), I)],
  ];
  for (const [name, f] of cases) {
    it(name, () => {
      expect(text(f())).toBe(want(name));
    });
  }
  it('same type string from different packages or scopes', () => {
    const a = T.named('p1', 'X', T.int);
    expect(typeAssertion(T.any, a, a).message).toBe('interface conversion: interface {} is p1.X, not p1.X (types from different scopes)');
    expect(missingMethod(T.ptr(Tt), J)).toBe('N');
    expect(missingMethod(Tt, I)).toBe('');
  });
});

describe('other run-time errors', () => {
  it('texts and runtime-error prefixes match Go', () => {
    expect(text(nilMapWrite())).toBe(want('nilmap'));
    expect(text(makesliceLen())).toBe(want('makeslice'));
    expect(text(makesliceCap())).toBe(want('makeslicecap'));
    expect(text(makechanSize())).toBe(want('makechan'));
    // Go 1.20 reworded this panic (slice-to-array conversions arrived then); we print the
    // newer text, as the hand-marked goldens in testdata/run/errors do. Go 1.19 printed:
    expect(want('conv')).toBe('runtime error: cannot convert slice with length 3 to pointer to array with length 5');
    expect(text(convertSliceToArray(5, 3))).toBe('runtime error: cannot convert slice with length 3 to array or pointer to array with length 5');
    expect(text(unhashable(T.slice(T.int)))).toBe(want('hash'));
    expect(text(unhashable(T.map(T.int, T.int)))).toBe(want('hash2'));
    expect(text(uncomparable(T.slice(T.int)))).toBe(want('cmp'));
    expect(text(divideByZero())).toBe(want('div'));
    expect(text(negativeShift())).toBe(want('shift'));
    expect(text(nilDeref())).toBe(want('nil deref'));
  });
});
