// strconv.FormatInt/FormatUint/Itoa/AppendInt (itoa.go) over the hybrid
// 64-bit representation: JS's toString(base) is exact for numbers and
// bigints alike and uses Go's lowercase digits.
import { GoRuntimePanic } from '../../runtime/panics.js';
import type { Int64 } from '../../vm/value.js';

/**
 * strconv.FormatInt(i, base) and FormatUint (the value carries its sign).
 * Bases outside 2..36 panic like Go's (a panic with a string value; here a
 * plain-message runtime panic).
 */
export function formatInt(i: Int64, base: number): string {
  if (base < 2 || base > 36) throw new GoRuntimePanic('strconv: illegal AppendInt/FormatInt base', false);
  return i.toString(base);
}

/** strconv.Itoa. */
export function itoa(i: Int64): string {
  return String(i);
}

/** strconv.FormatBool. */
export function formatBool(b: boolean): string {
  return b ? 'true' : 'false';
}
