// Canonical element pointers and fake addresses.
import { describe, expect, it } from 'vitest';
import { AddressBook, elemRef, sliceElemRef } from './refs.js';
import { TestTypes } from './testTypes.js';
import { Box, ElemRef, Iface, Slice } from './value.js';

const T = new TestTypes();

describe('elemRef', () => {
  it('is canonical per (object, index), so &a[i] == &a[i] is ===', () => {
    const a = [1, 2, 3];
    expect(elemRef(a, 1)).toBe(elemRef(a, 1));
    expect(elemRef(a, 1)).not.toBe(elemRef(a, 2));
    expect(elemRef([1, 2, 3], 1)).not.toBe(elemRef(a, 1));
    const s = new Slice(a, 1, 2, 2);
    expect(sliceElemRef(s, 0)).toBe(elemRef(a, 1));
  });
  it('loads and stores through the object', () => {
    const a = [1, 2, 3];
    const r = elemRef(a, 2);
    r.store(30);
    expect(a[2]).toBe(30);
    a[2] = 31;
    expect(r.load()).toBe(31);
    expect(r).toBeInstanceOf(ElemRef);
  });
});

describe('AddressBook', () => {
  it('assigns deterministic heap-like addresses on first use', () => {
    const book = new AddressBook();
    const b1 = new Box(1);
    const b2 = new Box(2);
    const a1 = book.pointer(b1, T.ptr(T.int));
    const a2 = book.pointer(b2, T.ptr(T.int));
    expect(a1.toString(16)).toBe('c000010000');
    expect(a2 - a1).toBe(8);
    expect(book.pointer(b1, T.ptr(T.int))).toBe(a1);
    expect(book.pointer(null)).toBe(0);
    const again = new AddressBook();
    expect(again.pointer(b2, T.ptr(T.int))).toBe(a1); // per run, in order of first use
  });
  it('element pointers and slices are offsets into their array', () => {
    const book = new AddressBook();
    const arr = [0, 0, 0, 0];
    const p0 = book.pointer(elemRef(arr, 0), T.ptr(T.int32));
    const p2 = book.pointer(elemRef(arr, 2), T.ptr(T.int32));
    expect(p2 - p0).toBe(8);
    expect(book.pointer(new Slice(arr, 1, 3, 3), T.slice(T.int32))).toBe(p0 + 4);
    // the next object is laid out after the whole array
    expect(book.pointer(new Box(0)) - p0).toBe(16);
  });
  it('struct pointers size their block; types and interfaces have stable words', () => {
    const book = new AddressBook();
    const S = T.struct([{ name: 'a', type: T.string }, { name: 'b', type: T.int }]);
    const s1 = book.pointer(S.zero(), T.ptr(S));
    const s2 = book.pointer(S.zero(), T.ptr(S));
    expect(s2 - s1).toBe(24);
    expect(book.typeAddress(T.int)).toBe(book.typeAddress(T.int));
    expect(book.typeAddress(T.int)).not.toBe(book.typeAddress(T.string));
    const iv = new Iface(T.int, 5);
    expect(book.ifaceData(iv)).toBe(book.ifaceData(iv));
  });
});
