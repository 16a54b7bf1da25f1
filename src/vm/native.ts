// Functions of the standard library implemented in TypeScript ("natives"), as
// the compiler binds them to Go declarations without bodies (src/stdlib/api).
// A native is named like Go's linker names it: `fmt.Println`, `time.Sleep`,
// `sync.(*Mutex).Lock`, `time.Duration.String`.
import type { Continuation } from '../runtime/blocking.js';
import type { G } from '../runtime/goroutine.js';
import type { Runtime } from '../runtime/runtime.js';
import type { Frame } from './func.js';
import type { Machine } from './machine.js';
import type { AddressBook } from './refs.js';
import type { RType } from './rtype.js';
import type { Value } from './value.js';

export interface NativeCtx {
  readonly rt: Runtime;
  readonly m: Machine;
  /** The calling goroutine. */
  readonly g: G;
  write(stream: 'stdout' | 'stderr', bytes: string): void;
  /** Calls a Go function value synchronously (e.g. a String method from fmt); it must not block. */
  callSync(fn: Value, args: Value[]): Value[];
  /** The run-time type of a static type known to the compiler by its reflect string (e.g. `error`). */
  rtypeNamed(name: string): RType | undefined;
  /** Calls method `name` of dynamic type t on `recv` synchronously (String, Error, Write); it must not block. */
  callMethod(t: RType, name: string, recv: Value, args: Value[]): Value[];
  /** Deterministic fake addresses (%p, pointers in fmt). */
  readonly addresses: AddressBook;
  /** A frame calling func value `fn` (compiled or native) with `args`, to start it as a goroutine. */
  frameOf(fn: Value, args: Value[]): Frame;
}

/**
 * A native that never blocks: arguments in order (receiver first for methods);
 * returns the single result, or an array of results when the Go function has
 * two or more.
 */
export type PureNative = (c: NativeCtx, args: Value[]) => Value;

/**
 * A native that may block (time.Sleep, sync.(*Mutex).Lock): returns null when
 * done, or a continuation after parking the goroutine. Results, if any, go to
 * `c.g.recvValue` (an array when there are two or more).
 */
export type BlockingNative = (c: NativeCtx, args: Value[]) => Continuation | null;

export type NativeImpl =
  | { kind: 'pure'; fn: PureNative }
  | { kind: 'blocking'; fn: BlockingNative };

export type NativeRegistry = ReadonlyMap<string, NativeImpl>;
