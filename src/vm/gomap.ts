// Go maps keyed by Go equality (spec: Map types, Comparison operators).
//
// Entries live in insertion-ordered parallel arrays (slots) with a JS Map
// from an *encoded key* to the slot. Keys of basic kinds, pointers and
// channels are their own encoding (numbers and bigints are canonical, +0 and
// -0 coincide under SameValueZero, object identity is pointer identity);
// arrays, structs, complex numbers and interfaces encode to a string built by
// an encoder derived from the key type, with an identity number per object
// for pointers inside them, and the dynamic type's id for interfaces (whose
// incomparable dynamic types panic like runtime.typehash). A NaN anywhere in
// a key makes it equal to nothing: every insert is a new entry that lookups
// and deletes never find (runtime/map.go, math.NaN keys).
//
// Iteration (runtime.mapiterinit/mapiternext) starts at a slot chosen by the
// run's PRNG and wraps around; entries deleted before they are reached are
// skipped, entries added during the loop may or may not be produced (both
// are allowed by the spec, For statements with range clause).
import { Kind, type RType } from './rtype.js';
import { nilMapWrite, unhashable } from './runtimeErrors.js';
import { Complex, Iface, type Value } from './value.js';

/** Marks a deleted slot. */
const TOMB: unique symbol = Symbol('deleted');

type KeyEncoder = ((k: Value) => unknown) | null;

/** A key that equals nothing (it contains a NaN): a fresh object each time. */
class NaNKey {}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

/** A stable number per object, for encoding pointers inside composite keys. */
function objectId(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(o, id);
  }
  return id;
}

/** Thrown inside composite encoders when a NaN makes the key unequal to everything. */
const nanSignal = { nan: true };

const encoders = new WeakMap<RType, KeyEncoder>();

/** The encoder of keys of type t: null when keys are their own encoding (except NaN floats). */
function encoderFor(t: RType): KeyEncoder {
  let e = encoders.get(t);
  if (e === undefined) {
    e = buildEncoder(t);
    encoders.set(t, e);
  }
  return e;
}

function buildEncoder(t: RType): KeyEncoder {
  switch (t.kind) {
    case Kind.Array: case Kind.Struct: case Kind.Complex64: case Kind.Complex128: case Kind.Interface: {
      const enc = partEncoder(t);
      return (k) => {
        try {
          return enc(k);
        } catch (x) {
          if (x === nanSignal) return new NaNKey();
          throw x;
        }
      };
    }
    default:
      if (!t.comparable) throw unhashable(t);
      return null;
  }
}

const partEncoders = new WeakMap<RType, (v: Value) => string>();

/** A self-delimiting string encoding of values of type t (throws nanSignal for NaN). */
function partEncoder(t: RType): (v: Value) => string {
  let e = partEncoders.get(t);
  if (e !== undefined) return e;
  // placeholder for recursive types (through interfaces only, resolved at call time)
  e = buildPart(t);
  partEncoders.set(t, e);
  return e;
}

function floatPart(f: number): string {
  if (f !== f) throw nanSignal;
  return String(f); // -0 prints as "0": +0 == -0
}

function buildPart(t: RType): (v: Value) => string {
  switch (t.kind) {
    case Kind.Bool:
      return (v) => (v ? 't' : 'f');
    case Kind.String:
      return (v) => `${(v as string).length}"${v as string}`;
    case Kind.Float32: case Kind.Float64:
      return (v) => floatPart(v as number);
    case Kind.Complex64: case Kind.Complex128:
      return (v) => `(${floatPart((v as Complex).re)},${floatPart((v as Complex).im)})`;
    case Kind.Pointer: case Kind.Chan: case Kind.UnsafePointer:
      return (v) => (v === null ? 'nil' : '@' + objectId(v as object));
    case Kind.Interface:
      return (v) => {
        if (v === null) return 'N';
        const x = v as Iface;
        if (!x.type.comparable) throw unhashable(x.type);
        return `I${x.type.id}{${partEncoder(x.type)(x.value)}}`;
      };
    case Kind.Array: {
      const elem = t.elem as RType;
      if (!elem.comparable) return () => { throw unhashable(t); };
      const pe = partEncoder(elem);
      return (v) => {
        const a = v as Value[];
        let s = '[';
        for (let i = 0; i < a.length; i++) s += pe(a[i]) + ',';
        return s + ']';
      };
    }
    case Kind.Struct: {
      if (!t.comparable) return () => { throw unhashable(t); };
      const pes = (t.fields ?? []).map((f) => partEncoder(f.type));
      return (v) => {
        const a = v as Value[];
        let s = '{';
        for (let i = 0; i < pes.length; i++) s += pes[i](a[i]) + ',';
        return s + '}';
      };
    }
    default:
      if (!t.comparable) return () => { throw unhashable(t); };
      // integers (numbers or bigints: String() tells them apart only by value, which is what == compares)
      return (v) => String(v);
  }
}

/** Whether keys of this kind may be NaN without an encoder. */
function isFloatKind(k: Kind): boolean {
  return k === Kind.Float32 || k === Kind.Float64;
}

export class GoMap {
  // Read by MapIter (same module); not for other modules.
  /** Encoded key -> slot. */
  index = new Map<unknown, number>();
  /** Per slot: encoded key (TOMB when deleted), key, value. */
  ekeys: unknown[] = [];
  ks: Value[] = [];
  vs: Value[] = [];
  private live = 0;
  private dead = 0;
  private readonly enc: KeyEncoder;
  private readonly floatKeys: boolean;
  private readonly aggregateKeys: boolean;

  constructor(readonly keyType: RType) {
    this.enc = encoderFor(keyType);
    this.floatKeys = isFloatKind(keyType.kind);
    this.aggregateKeys = keyType.kind === Kind.Array || keyType.kind === Kind.Struct;
  }

  /** len(m). */
  get size(): number {
    return this.live;
  }

  private encode(k: Value): unknown {
    if (this.enc !== null) return this.enc(k);
    if (this.floatKeys && k !== k) return new NaNKey();
    return k;
  }

  /** m[k], or undefined when absent (Go values are never undefined). */
  get(k: Value): Value | undefined {
    const slot = this.index.get(this.encode(k));
    return slot === undefined ? undefined : this.vs[slot];
  }

  /** v, ok := m[k] without allocating: whether k is present. */
  has(k: Value): boolean {
    return this.index.has(this.encode(k));
  }

  /** m[k] = v. Overwriting keeps the slot but stores the new key (runtime.mapassign's needkeyupdate: +0/-0). */
  set(k: Value, v: Value): void {
    const e = this.encode(k);
    const slot = this.index.get(e);
    if (slot !== undefined) {
      this.vs[slot] = v;
      if (this.floatKeys || this.enc !== null) this.ks[slot] = this.aggregateKeys ? this.keyType.copy(k) : k;
      return;
    }
    this.index.set(e, this.ekeys.length);
    this.ekeys.push(e);
    this.ks.push(this.aggregateKeys ? this.keyType.copy(k) : k);
    this.vs.push(v);
    this.live++;
  }

  /** delete(m, k). */
  delete(k: Value): void {
    const e = this.encode(k);
    const slot = this.index.get(e);
    if (slot === undefined) return;
    this.index.delete(e);
    this.ekeys[slot] = TOMB;
    this.ks[slot] = undefined;
    this.vs[slot] = undefined;
    this.live--;
    this.dead++;
    if (this.dead > 32 && this.dead > this.live) this.compact();
  }

  /** clear(m) (Go 1.21): removes every entry, NaN keys included. */
  clear(): void {
    this.index = new Map();
    this.ekeys = [];
    this.ks = [];
    this.vs = [];
    this.live = 0;
    this.dead = 0;
  }

  /** Moves live entries to fresh arrays (iterators over the old ones keep working). */
  private compact(): void {
    const ekeys: unknown[] = [];
    const ks: Value[] = [];
    const vs: Value[] = [];
    for (let i = 0; i < this.ekeys.length; i++) {
      const e = this.ekeys[i];
      if (e === TOMB) continue;
      this.index.set(e, ekeys.length);
      ekeys.push(e);
      ks.push(this.ks[i]);
      vs.push(this.vs[i]);
    }
    this.ekeys = ekeys;
    this.ks = ks;
    this.vs = vs;
    this.dead = 0;
  }

  /** A `for k, v := range m` iterator starting at a slot chosen by rand (returns [0, n)). */
  iterate(rand: (n: number) => number): MapIter {
    return new MapIter(this, this.ekeys.length === 0 ? 0 : rand(this.ekeys.length));
  }

  /** Keys and values of all entries in slot order (fmt sorts them). */
  entries(): { keys: Value[]; values: Value[] } {
    const keys: Value[] = [];
    const values: Value[] = [];
    for (let i = 0; i < this.ekeys.length; i++) {
      if (this.ekeys[i] === TOMB) continue;
      keys.push(this.ks[i]);
      values.push(this.vs[i]);
    }
    return { keys, values };
  }
}

/** The state of one range loop over a map (runtime.hiter). */
export class MapIter {
  key: Value = undefined;
  value: Value = undefined;
  private ekeys: unknown[];
  private ks: Value[];
  private i: number;
  /** 0: from start to the end; 1: from 0 to start; 2: done. */
  private phase = 0;

  constructor(private readonly m: GoMap, private readonly start: number) {
    this.ekeys = m.ekeys;
    this.ks = m.ks;
    this.i = start;
  }

  /** Advances to the next entry; false when done. Sets `key` and `value`. */
  next(): boolean {
    const cur = this.m;
    const same = cur.ekeys === this.ekeys;
    for (;;) {
      const limit = this.phase === 0 ? this.ekeys.length : this.phase === 1 ? this.start : -1;
      if (this.phase === 2) return false;
      if (this.i >= limit) {
        if (this.phase === 0 && this.start > 0) {
          this.phase = 1;
          this.i = 0;
        } else {
          this.phase = 2;
        }
        continue;
      }
      const slot = this.i++;
      const e = this.ekeys[slot];
      if (e === TOMB) continue;
      if (same) {
        this.key = this.ks[slot];
        this.value = cur.vs[slot];
        return true;
      }
      // the map was compacted or cleared since the loop began: follow the entry
      const now = cur.index.get(e);
      if (now === undefined) continue;
      this.key = cur.ks[now];
      this.value = cur.vs[now];
      return true;
    }
  }
}

// ------------------------------------------------------------------ nil-map-aware operations

/** len(m). */
export function mapLen(m: GoMap | null): number {
  return m === null ? 0 : m.size;
}

/** m[k] with the zero value for absent keys (nil maps read as empty). */
export function mapGet(m: GoMap | null, k: Value, zero: Value): Value {
  if (m === null) {
    checkHashable(k);
    return zero;
  }
  const v = m.get(k);
  return v === undefined ? zero : v;
}

/** m[k] = v; panics `assignment to entry in nil map`. */
export function mapSet(m: GoMap | null, k: Value, v: Value): void {
  if (m === null) throw nilMapWrite();
  m.set(k, v);
}

/** delete(m, k); a no-op on nil maps. */
export function mapDelete(m: GoMap | null, k: Value): void {
  if (m !== null) m.delete(k);
  else checkHashable(k);
}

/** runtime.mapaccess/mapdelete hash the key even for nil maps when hashing might panic (golang.org/issue/23734). */
function checkHashable(k: Value): void {
  if (k instanceof Iface && !k.type.comparable) throw unhashable(k.type);
}
