// strconv.NumError as the natives report it: the VM turns a NumErrorInfo
// into a *strconv.NumError whose Err is strconv.ErrSyntax, strconv.ErrRange
// or errors.New(message) (atoi.go: syntaxError, rangeError, baseError,
// bitSizeError).
import { quote } from './quote.js';

export type NumErrorKind =
  | { kind: 'syntax' }
  | { kind: 'range' }
  /** errors.New(message): `invalid base 1`, `invalid bit size 65`. */
  | { kind: 'other'; message: string };

export interface NumErrorInfo {
  /** The function name without the package: `Atoi`, `ParseInt`, `ParseFloat`. */
  func: string;
  /** The input (a byte string). */
  num: string;
  err: NumErrorKind;
}

export const errSyntax: NumErrorKind = { kind: 'syntax' };
export const errRange: NumErrorKind = { kind: 'range' };

/** Err.Error(). */
export function numErrorCause(e: NumErrorKind): string {
  switch (e.kind) {
    case 'syntax': return 'invalid syntax';
    case 'range': return 'value out of range';
    default: return e.message;
  }
}

/** (*NumError).Error(): `strconv.Atoi: parsing "x": invalid syntax`. */
export function numErrorText(e: NumErrorInfo): string {
  return 'strconv.' + e.func + ': parsing ' + quote(e.num) + ': ' + numErrorCause(e.err);
}
