// fmt's printer (fmt/print.go's pp): Sprint, Sprintln, Sprintf and Errorf
// over run-time values. Arguments are the elements of `...any`: Iface or null.
// Verbs, flags, argument indexes, Print/Println spacing, the %!verb(...) error
// forms, the String/Error/GoString methods (through a MethodCaller, with
// catchPanic's `%!v(PANIC=String method: ...)`), the reflection-driven
// printing of every kind (printValue), and Errorf's %w wrapping as of Go 1.20
// (several %w allowed); Format methods (fmt.Formatter) get a fmt.State.
// Not supported: reflect.Value arguments.
import { Kind, type RType } from '../../vm/rtype.js';
import type { AddressBook } from '../../vm/refs.js';
import { stringMethod, type MethodCaller } from '../../vm/methodCaller.js';
import type { GoMap } from '../../vm/gomap.js';
import { bytesToString, decodeRunePacked, encodeRune } from '../../vm/utf8.js';
import { Complex, Iface, Slice, type Ref, type Value } from '../../vm/value.js';
import { asUint64, Fmt } from './format.js';
import { sortedEntries } from './sortKeys.js';

/** What the printer needs from the running program. */
export interface FormatContext {
  /** Calls String, Error and GoString methods. */
  methods: MethodCaller;
  /** Fake addresses for %p and pointers below the top level. */
  addresses: AddressBook;
  /** The fmt.State value handed to a Format method (fmt.Formatter), wrapping this printer's state. */
  makeState?: (state: FormatterState) => Value;
}

/** What a Format method can do with its fmt.State: write, and read the verb's flags (fmt.State). */
export interface FormatterState {
  write(bytes: string): void;
  width(): [number, boolean];
  precision(): [number, boolean];
  flag(c: number): boolean;
}

const V = 0x76; // 'v'

const percentBang = '%!';
const missingString = '(MISSING)';
const badIndexString = '(BADINDEX)';
const extraString = '%!(EXTRA ';
const badWidthString = '%!(BADWIDTH)';
const badPrecString = '%!(BADPREC)';
const noVerbString = '%!(NOVERB)';

function isSignedKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Int64;
}

/** Predeclared (unnamed) basic types, which printArg handles without looking for methods. */
function isPredeclaredBasic(t: RType): boolean {
  return t.pkgPath === '' && t.kind >= Kind.Bool && t.kind <= Kind.String;
}

/** The element of type t (Array or Slice) as a byte string when elements are bytes. */
function bytesOf(t: RType, v: Value): string {
  if (t.kind === Kind.Slice) {
    const s = v as Slice | null;
    return s === null ? '' : bytesToString(s.arr as number[], s.off, s.off + s.len);
  }
  return bytesToString(v as number[]);
}

/** *T's target: aggregates are their own pointer; other pointers are Refs. */
function deref(ptr: RType, v: Value): Value {
  const ek = (ptr.elem as RType).kind;
  if (ek === Kind.Array || ek === Kind.Struct) return v;
  return (v as Ref).load();
}

/** Wrapped errors of an Errorf call (Go 1.20: none, one, or several %w). */
export interface ErrorfResult {
  message: string;
  /** 'none': errors.New(message); 'one': &wrapError{message, errs[0]}; 'many': &wrapErrors{message, errs}. */
  wrap: 'none' | 'one' | 'many';
  /** The wrapped errors (for 'one', errs[0] is null when the %w operand was not an error). */
  errs: (Iface | null)[];
}

class Printer {
  readonly f = new Fmt();
  /** p.arg: the operand as an interface value (type null: nil). */
  private argT: RType | null = null;
  private argV: Value = null;
  /** p.value: the value printValue is at (type null: none). */
  private valT: RType | null = null;
  private valV: Value = null;
  private erroring = false;
  private panicking = false;
  wrapErrs = false;
  readonly wrappedErrs: number[] = [];
  reordered = false;
  private goodArgNum = true;

  constructor(private readonly ctx: FormatContext) {}

  // ------------------------------------------------------------------ errors

  private badVerb(verb: number): void {
    const f = this.f;
    this.erroring = true;
    f.buf += percentBang + encodeRune(verb) + '(';
    if (this.argT !== null) {
      f.buf += this.argT.string + '=';
      this.printArg(this.argT, this.argV, V);
    } else if (this.valT !== null) {
      f.buf += this.valT.string + '=';
      this.printValue(this.valT, this.valV, V, 0, true);
    } else {
      f.buf += '<nil>';
    }
    f.buf += ')';
    this.erroring = false;
  }

  // ------------------------------------------------------------------ basic kinds

  private fmtBool(v: boolean, verb: number): void {
    if (verb === 0x74 || verb === V) this.f.fmtBoolean(v);
    else this.badVerb(verb);
  }

  private fmtInteger(v: Value, isSigned: boolean, verb: number): void {
    const f = this.f;
    const x = v as number;
    switch (verb) {
      case V:
        if (f.sharpV && !isSigned) f.fmt0x64(x, true);
        else f.fmtInteger(x, 10, isSigned, verb, false);
        break;
      case 0x64: f.fmtInteger(x, 10, isSigned, verb, false); break; // d
      case 0x62: f.fmtInteger(x, 2, isSigned, verb, false); break; // b
      case 0x6f: case 0x4f: f.fmtInteger(x, 8, isSigned, verb, false); break; // o O
      case 0x78: f.fmtInteger(x, 16, isSigned, verb, false); break; // x
      case 0x58: f.fmtInteger(x, 16, isSigned, verb, true); break; // X
      case 0x63: f.fmtC(asUint64(x)); break; // c
      case 0x71: f.fmtQc(asUint64(x)); break; // q
      case 0x55: f.fmtUnicode(asUint64(x)); break; // U
      default: this.badVerb(verb);
    }
  }

  private fmtFloat(v: number, size: number, verb: number): void {
    const f = this.f;
    switch (verb) {
      case V: f.fmtFloat(v, size, 'g', -1); break;
      case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: // b g G x X
        f.fmtFloat(v, size, String.fromCharCode(verb), -1);
        break;
      case 0x66: case 0x65: case 0x45: // f e E
        f.fmtFloat(v, size, String.fromCharCode(verb), 6);
        break;
      case 0x46: f.fmtFloat(v, size, 'f', 6); break; // F
      default: this.badVerb(verb);
    }
  }

  private fmtComplex(v: Complex, size: number, verb: number): void {
    switch (verb) {
      case V: case 0x62: case 0x67: case 0x47: case 0x78: case 0x58: case 0x66: case 0x46: case 0x65: case 0x45: {
        const f = this.f;
        const oldPlus = f.plus;
        f.buf += '(';
        this.fmtFloat(v.re, size / 2, verb);
        f.plus = true; // the imaginary part always has a sign
        this.fmtFloat(v.im, size / 2, verb);
        f.buf += 'i)';
        f.plus = oldPlus;
        break;
      }
      default:
        this.badVerb(verb);
    }
  }

  private fmtString(v: string, verb: number): void {
    const f = this.f;
    switch (verb) {
      case V:
        if (f.sharpV) f.fmtQ(v);
        else f.fmtS(v);
        break;
      case 0x73: f.fmtS(v); break; // s
      case 0x78: f.fmtSbx(v, false); break; // x
      case 0x58: f.fmtSbx(v, true); break; // X
      case 0x71: f.fmtQ(v); break; // q
      default: this.badVerb(verb);
    }
  }

  /** A byte slice or array (bytes as a byte string); `t`/`v` print it reflectively for other verbs. */
  private fmtBytes(bytes: string, isNil: boolean, verb: number, typeString: string, t: RType, v: Value): void {
    const f = this.f;
    switch (verb) {
      case V: case 0x64:
        if (f.sharpV) {
          f.buf += typeString;
          if (isNil) {
            f.buf += '(nil)';
            return;
          }
          f.buf += '{';
          for (let i = 0; i < bytes.length; i++) {
            if (i > 0) f.buf += ', ';
            f.fmt0x64(bytes.charCodeAt(i), true);
          }
          f.buf += '}';
        } else {
          f.buf += '[';
          for (let i = 0; i < bytes.length; i++) {
            if (i > 0) f.buf += ' ';
            f.fmtInteger(bytes.charCodeAt(i), 10, false, verb, false);
          }
          f.buf += ']';
        }
        break;
      case 0x73: f.fmtS(bytes); break;
      case 0x78: f.fmtSbx(bytes, false); break;
      case 0x58: f.fmtSbx(bytes, true); break;
      case 0x71: f.fmtQ(bytes); break;
      default:
        this.printValue(t, v, verb, 0, true);
    }
  }

  /** The address a pointer-shaped value prints as. */
  private address(t: RType, v: Value): number {
    return this.ctx.addresses.pointer(v, t);
  }

  private fmtPointer(t: RType, v: Value, verb: number): void {
    switch (t.kind) {
      case Kind.Chan: case Kind.Func: case Kind.Map: case Kind.Pointer: case Kind.Slice: case Kind.UnsafePointer:
        break;
      default:
        this.badVerb(verb);
        return;
    }
    const u = this.address(t, v);
    const f = this.f;
    switch (verb) {
      case V:
        if (f.sharpV) {
          f.buf += '(' + t.string + ')(';
          if (u === 0) f.buf += 'nil';
          else f.fmt0x64(u, true);
          f.buf += ')';
        } else if (u === 0) {
          f.pad('<nil>');
        } else {
          f.fmt0x64(u, !f.sharp);
        }
        break;
      case 0x70: // p
        f.fmt0x64(u, !f.sharp);
        break;
      case 0x62: case 0x6f: case 0x64: case 0x78: case 0x58:
        this.fmtInteger(u, false, verb);
        break;
      default:
        this.badVerb(verb);
    }
  }

  // ------------------------------------------------------------------ methods

  /** Calls a func() string method under catchPanic; undefined when it panicked (the panic is printed). */
  private callString(t: RType, v: Value, method: string, verb: number): string | undefined {
    const m = stringMethod(t, method)!;
    try {
      return this.ctx.methods.call(t, m, v, [])[0] as string;
    } catch (e) {
      const p = this.ctx.methods.recoverPanic ? this.ctx.methods.recoverPanic(e) : undefined;
      if (p === undefined) throw e;
      const f = this.f;
      // a nil pointer receiver most likely: print <nil>
      if (t.kind === Kind.Pointer && v === null) {
        f.buf += '<nil>';
        return undefined;
      }
      if (this.panicking) throw e; // nested panics: the recursion cannot succeed
      const saved = f.saveFlags();
      f.clearflags();
      f.buf += percentBang + encodeRune(verb) + '(PANIC=' + method + ' method: ';
      this.panicking = true;
      const pv = p.value as Iface | null;
      this.printArg(pv === null ? null : pv.type, pv === null ? null : pv.value, V);
      this.panicking = false;
      f.buf += ')';
      f.restoreFlags(saved);
      return undefined;
    }
  }

  /** handleMethods: %w, Format (fmt.Formatter), GoString for %#v, Error and String for string-like verbs. */
  private handleMethods(t: RType, v: Value, verb: number): boolean {
    if (this.erroring) return false;
    if (verb === 0x77) { // w
      if (!this.wrapErrs || stringMethod(t, 'Error') === undefined) {
        this.badVerb(verb);
        return true;
      }
      verb = V;
    }
    const f = this.f;
    const format = t.methods.get('Format');
    // fmt.Formatter is Format(State, rune) with no results (time.Time.Format(string) string is not one)
    const fsig = format?.sig;
    if (format && !format.ptrRecv && this.ctx.makeState && fsig && (fsig.params ?? []).length === 2 &&
      (fsig.results ?? []).length === 0 && fsig.params![1].kind === Kind.Int32) {
      const state: FormatterState = {
        write: (bytes) => {
          f.buf += bytes;
        },
        width: () => [f.wid, f.widPresent],
        precision: () => [f.prec, f.precPresent],
        flag: (c) => {
          switch (c) {
            case 0x2d: return f.minus;
            case 0x2b: return f.plus || f.plusV;
            case 0x23: return f.sharp || f.sharpV;
            case 0x20: return f.space;
            case 0x30: return f.zero;
          }
          return false;
        },
      };
      this.ctx.methods.call(t, format, v, [this.ctx.makeState(state), verb]);
      return true;
    }
    if (f.sharpV) {
      if (stringMethod(t, 'GoString') !== undefined) {
        const s = this.callString(t, v, 'GoString', verb);
        if (s !== undefined) f.fmtS(s);
        return true;
      }
      return false;
    }
    switch (verb) {
      case V: case 0x73: case 0x78: case 0x58: case 0x71: {
        const name = stringMethod(t, 'Error') !== undefined ? 'Error' : stringMethod(t, 'String') !== undefined ? 'String' : '';
        if (name === '') return false;
        const s = this.callString(t, v, name, verb);
        if (s !== undefined) this.fmtString(s, verb);
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ operands

  printArg(t: RType | null, v: Value, verb: number): void {
    this.argT = t;
    this.argV = v;
    this.valT = null;
    const f = this.f;
    if (t === null) {
      if (verb === 0x54 || verb === V) f.pad('<nil>');
      else this.badVerb(verb);
      return;
    }
    if (verb === 0x54) { // T
      f.fmtS(t.string);
      return;
    }
    if (verb === 0x70) { // p
      this.fmtPointer(t, v, verb);
      return;
    }
    if (isPredeclaredBasic(t)) {
      this.printBasic(t.kind, v, verb);
      return;
    }
    if (t.kind === Kind.Slice && t.pkgPath === '' && (t.elem as RType).kind === Kind.Uint8 && (t.elem as RType).pkgPath === '') {
      // []byte
      this.fmtBytes(bytesOf(t, v), v === null, verb, '[]byte', t, v);
      return;
    }
    if (!this.handleMethods(t, v, verb)) this.printValue(t, v, verb, 0, true);
  }

  private printBasic(k: Kind, v: Value, verb: number): void {
    switch (k) {
      case Kind.Bool: this.fmtBool(v as boolean, verb); break;
      case Kind.Float32: this.fmtFloat(v as number, 32, verb); break;
      case Kind.Float64: this.fmtFloat(v as number, 64, verb); break;
      case Kind.Complex64: this.fmtComplex(v as Complex, 64, verb); break;
      case Kind.Complex128: this.fmtComplex(v as Complex, 128, verb); break;
      case Kind.String: this.fmtString(v as string, verb); break;
      default: this.fmtInteger(v, isSignedKind(k), verb);
    }
  }

  /** printValue: `canIface` is false below unexported struct fields (reflect's CanInterface). */
  printValue(t: RType, v: Value, verb: number, depth: number, canIface: boolean): void {
    if (depth > 0 && canIface) {
      let dt: RType | null = t;
      let dv = v;
      if (t.kind === Kind.Interface) {
        dt = v === null ? null : (v as Iface).type;
        dv = v === null ? null : (v as Iface).value;
      }
      this.argT = dt;
      this.argV = dv;
      if (dt !== null && this.handleMethods(dt, dv, verb)) return;
    }
    this.argT = null;
    this.valT = t;
    this.valV = v;
    const f = this.f;
    switch (t.kind) {
      case Kind.Bool: case Kind.Float32: case Kind.Float64: case Kind.Complex64: case Kind.Complex128: case Kind.String:
      case Kind.Int: case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Int64:
      case Kind.Uint: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32: case Kind.Uint64: case Kind.Uintptr:
        this.printBasic(t.kind, v, verb);
        return;
      case Kind.Map: {
        const m = v as GoMap | null;
        if (f.sharpV) {
          f.buf += t.string;
          if (m === null) {
            f.buf += '(nil)';
            return;
          }
          f.buf += '{';
        } else {
          f.buf += 'map[';
        }
        if (m !== null) {
          const e = m.entries();
          const sorted = sortedEntries(t.key as RType, e.keys, e.values, this.ctx.addresses);
          for (let i = 0; i < sorted.keys.length; i++) {
            if (i > 0) f.buf += f.sharpV ? ', ' : ' ';
            this.printValue(t.key as RType, sorted.keys[i], verb, depth + 1, canIface);
            f.buf += ':';
            this.printValue(t.elem as RType, sorted.values[i], verb, depth + 1, canIface);
          }
        }
        f.buf += f.sharpV ? '}' : ']';
        return;
      }
      case Kind.Struct: {
        if (f.sharpV) f.buf += t.string;
        f.buf += '{';
        const fields = t.fields ?? [];
        const a = v as Value[];
        for (let i = 0; i < fields.length; i++) {
          const fld = fields[i];
          if (i > 0) f.buf += f.sharpV ? ', ' : ' ';
          if ((f.plusV || f.sharpV) && fld.name !== '') f.buf += fld.name + ':';
          let ft = fld.type;
          let fv = a[i];
          // getField: a non-nil interface field prints as its dynamic value
          if (ft.kind === Kind.Interface && fv !== null) {
            ft = (fv as Iface).type;
            fv = (fv as Iface).value;
          }
          this.printValue(ft, fv, verb, depth + 1, canIface && fld.exported);
        }
        f.buf += '}';
        return;
      }
      case Kind.Interface: {
        if (v === null) {
          if (f.sharpV) f.buf += t.string + '(nil)';
          else f.buf += '<nil>';
        } else {
          this.printValue((v as Iface).type, (v as Iface).value, verb, depth + 1, canIface);
        }
        return;
      }
      case Kind.Array: case Kind.Slice: {
        const elem = t.elem as RType;
        if ((verb === 0x73 || verb === 0x71 || verb === 0x78 || verb === 0x58) && elem.kind === Kind.Uint8) {
          this.fmtBytes(bytesOf(t, v), false, verb, t.string, t, v);
          return;
        }
        let arr: Value[];
        let off = 0;
        let n: number;
        if (t.kind === Kind.Slice) {
          const s = v as Slice | null;
          if (f.sharpV && s === null) {
            f.buf += t.string + '(nil)';
            return;
          }
          arr = s === null ? [] : s.arr;
          off = s === null ? 0 : s.off;
          n = s === null ? 0 : s.len;
        } else {
          arr = v as Value[];
          n = arr.length;
        }
        if (f.sharpV) {
          f.buf += t.string + '{';
          for (let i = 0; i < n; i++) {
            if (i > 0) f.buf += ', ';
            this.printValue(elem, arr[off + i], verb, depth + 1, canIface);
          }
          f.buf += '}';
        } else {
          f.buf += '[';
          for (let i = 0; i < n; i++) {
            if (i > 0) f.buf += ' ';
            this.printValue(elem, arr[off + i], verb, depth + 1, canIface);
          }
          f.buf += ']';
        }
        return;
      }
      case Kind.Pointer:
        // a pointer to an array, slice, struct or map prints as &{...} at the top level only (avoids loops)
        if (depth === 0 && v !== null) {
          const ek = (t.elem as RType).kind;
          if (ek === Kind.Array || ek === Kind.Slice || ek === Kind.Struct || ek === Kind.Map) {
            f.buf += '&';
            this.printValue(t.elem as RType, deref(t, v), verb, depth + 1, canIface);
            return;
          }
        }
        this.fmtPointer(t, v, verb);
        return;
      case Kind.Chan: case Kind.Func: case Kind.UnsafePointer:
        this.fmtPointer(t, v, verb);
        return;
      default:
        f.buf += '?' + t.string + '?';
    }
  }

  // ------------------------------------------------------------------ Printf

  /** intFromArg: the operand as a width or precision. */
  private intFromArg(a: (Iface | null)[], argNum: number): { num: number; isInt: boolean; newArgNum: number } {
    let num = 0;
    let isInt = false;
    let newArgNum = argNum;
    if (argNum < a.length) {
      const x = a[argNum];
      if (x !== null) {
        const k = x.type.kind;
        if (k >= Kind.Int && k <= Kind.Uintptr && typeof x.value === 'number') {
          num = x.value;
          isInt = true;
        }
      }
      newArgNum = argNum + 1;
      if (num > 1e6 || num < -1e6) {
        num = 0;
        isInt = false;
      }
    }
    return { num, isInt, newArgNum };
  }

  /** argNumber: an explicit [n] index at format[i], if any. */
  private argNumber(argNum: number, format: string, i: number, numArgs: number): { argNum: number; i: number; found: boolean } {
    if (format.length <= i || format.charCodeAt(i) !== 0x5b) return { argNum, i, found: false };
    this.reordered = true;
    // parseArgNumber: at least 3 bytes [n]
    let index = 0;
    let wid = 1;
    let ok = false;
    if (format.length - i >= 3) {
      for (let j = i + 1; j < format.length; j++) {
        if (format.charCodeAt(j) === 0x5d) {
          const pn = parsenum(format, i + 1, j);
          if (!pn.isnum || pn.newi !== j) {
            index = 0;
            wid = j - i + 1;
            ok = false;
          } else {
            index = pn.num - 1;
            wid = j - i + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && index >= 0 && index < numArgs) return { argNum: index, i: i + wid, found: true };
    this.goodArgNum = false;
    return { argNum, i: i + wid, found: ok };
  }

  doPrintf(format: string, a: (Iface | null)[]): void {
    const f = this.f;
    const end = format.length;
    let argNum = 0;
    let afterIndex = false;
    this.reordered = false;
    formatLoop: for (let i = 0; i < end;) {
      this.goodArgNum = true;
      const lasti = i;
      while (i < end && format.charCodeAt(i) !== 0x25) i++;
      if (i > lasti) f.buf += format.substring(lasti, i);
      if (i >= end) break;
      i++; // skip %
      f.clearflags();
      simpleFormat: for (; i < end; i++) {
        const c = format.charCodeAt(i);
        switch (c) {
          case 0x23: f.sharp = true; break; // #
          case 0x30: f.zero = !f.minus; break; // 0: only pad with zeros on the left
          case 0x2b: f.plus = true; break; // +
          case 0x2d: f.minus = true; f.zero = false; break; // -
          case 0x20: f.space = true; break;
          default:
            // fast path: a lowercase ASCII verb without width, precision or index
            if (c >= 0x61 && c <= 0x7a && argNum < a.length) {
              if (c === V) {
                f.sharpV = f.sharp;
                f.sharp = false;
                f.plusV = f.plus;
                f.plus = false;
              }
              if (c === 0x77) this.wrappedErrs.push(argNum);
              const x = a[argNum];
              this.printArg(x === null ? null : x.type, x === null ? null : x.value, c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
        }
      }
      let r = this.argNumber(argNum, format, i, a.length);
      argNum = r.argNum;
      i = r.i;
      afterIndex = r.found;
      // width
      if (i < end && format.charCodeAt(i) === 0x2a) {
        i++;
        const w = this.intFromArg(a, argNum);
        f.wid = w.num;
        f.widPresent = w.isInt;
        argNum = w.newArgNum;
        if (!f.widPresent) f.buf += badWidthString;
        if (f.wid < 0) {
          f.wid = -f.wid;
          f.minus = true;
          f.zero = false;
        }
        afterIndex = false;
      } else {
        const pn = parsenum(format, i, end);
        f.wid = pn.num;
        f.widPresent = pn.isnum;
        i = pn.newi;
        if (afterIndex && f.widPresent) this.goodArgNum = false; // "%[3]2d"
      }
      // precision
      if (i + 1 < end && format.charCodeAt(i) === 0x2e) {
        i++;
        if (afterIndex) this.goodArgNum = false; // "%[3].2d"
        r = this.argNumber(argNum, format, i, a.length);
        argNum = r.argNum;
        i = r.i;
        afterIndex = r.found;
        if (i < end && format.charCodeAt(i) === 0x2a) {
          i++;
          const p = this.intFromArg(a, argNum);
          f.prec = p.num;
          f.precPresent = p.isInt;
          argNum = p.newArgNum;
          if (f.prec < 0) {
            f.prec = 0;
            f.precPresent = false;
          }
          if (!f.precPresent) f.buf += badPrecString;
          afterIndex = false;
        } else {
          const pn = parsenum(format, i, end);
          f.prec = pn.num;
          f.precPresent = pn.isnum;
          i = pn.newi;
          if (!f.precPresent) {
            f.prec = 0;
            f.precPresent = true;
          }
        }
      }
      if (!afterIndex) {
        r = this.argNumber(argNum, format, i, a.length);
        argNum = r.argNum;
        i = r.i;
        afterIndex = r.found;
      }
      if (i >= end) {
        f.buf += noVerbString;
        break;
      }
      let verb = format.charCodeAt(i);
      let size = 1;
      if (verb >= 0x80) {
        const p = decodeRunePacked(format, i);
        verb = p >>> 3;
        size = p & 7;
      }
      i += size;
      if (verb === 0x25) {
        f.buf += '%'; // %% absorbs no operand and ignores width and precision
      } else if (!this.goodArgNum) {
        f.buf += percentBang + encodeRune(verb) + badIndexString;
      } else if (argNum >= a.length) {
        f.buf += percentBang + encodeRune(verb) + missingString;
      } else {
        if (verb === 0x77) this.wrappedErrs.push(argNum);
        if (verb === V) {
          f.sharpV = f.sharp;
          f.sharp = false;
          f.plusV = f.plus;
          f.plus = false;
        }
        const x = a[argNum];
        this.printArg(x === null ? null : x.type, x === null ? null : x.value, verb);
        argNum++;
      }
    }
    // extra operands, unless they were accessed out of order
    if (!this.reordered && argNum < a.length) {
      f.clearflags();
      f.buf += extraString;
      for (let j = argNum; j < a.length; j++) {
        if (j > argNum) f.buf += ', ';
        const x = a[j];
        if (x === null) {
          f.buf += '<nil>';
        } else {
          f.buf += x.type.string + '=';
          this.printArg(x.type, x.value, V);
        }
      }
      f.buf += ')';
    }
  }

  doPrint(a: (Iface | null)[]): void {
    let prevString = false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const isString = x !== null && x.type.kind === Kind.String;
      if (i > 0 && !isString && !prevString) this.f.buf += ' ';
      this.printOperand(x);
      prevString = isString;
    }
  }

  doPrintln(a: (Iface | null)[]): void {
    for (let i = 0; i < a.length; i++) {
      if (i > 0) this.f.buf += ' ';
      this.printOperand(a[i]);
    }
    this.f.buf += '\n';
  }

  /** printArg(x, 'v') with fast paths for plain ints and strings (no flags are set in Print/Println). */
  private printOperand(x: Iface | null): void {
    if (x !== null && x.type.pkgPath === '') {
      const k = x.type.kind;
      if (k === Kind.String) {
        this.f.buf += x.value as string;
        return;
      }
      if (k === Kind.Int || k === Kind.Int64 || k === Kind.Int32 || k === Kind.Uint8 || k === Kind.Uint || k === Kind.Uint64) {
        this.f.buf += String(x.value);
        return;
      }
    }
    this.printArg(x === null ? null : x.type, x === null ? null : x.value, V);
  }
}

/** parsenum: a decimal number in s[start:end]; num 0 and isnum false if none (or absurdly large). */
function parsenum(s: string, start: number, end: number): { num: number; isnum: boolean; newi: number } {
  if (start >= end) return { num: 0, isnum: false, newi: end };
  let num = 0;
  let isnum = false;
  let newi = start;
  for (; newi < end; newi++) {
    const c = s.charCodeAt(newi);
    if (c < 0x30 || c > 0x39) break;
    if (num > 1e6 || num < -1e6) return { num: 0, isnum: false, newi: end };
    num = num * 10 + (c - 0x30);
    isnum = true;
  }
  return { num, isnum, newi };
}

/** fmt.Sprint: operands formatted with %v, spaces between operands when neither is a string. */
export function sprint(ctx: FormatContext, a: (Iface | null)[]): string {
  const p = new Printer(ctx);
  p.doPrint(a);
  return p.f.buf;
}

/** fmt.Sprintln: operands formatted with %v, always space-separated, and a newline. */
export function sprintln(ctx: FormatContext, a: (Iface | null)[]): string {
  const p = new Printer(ctx);
  p.doPrintln(a);
  return p.f.buf;
}

/** fmt.Sprintf. */
export function sprintf(ctx: FormatContext, format: string, a: (Iface | null)[]): string {
  const p = new Printer(ctx);
  p.doPrintf(format, a);
  return p.f.buf;
}

/** fmt.Errorf: the message and the errors its %w verbs wrap (Go 1.20 rules). */
export function errorf(ctx: FormatContext, format: string, a: (Iface | null)[]): ErrorfResult {
  const p = new Printer(ctx);
  p.wrapErrs = true;
  p.doPrintf(format, a);
  const message = p.f.buf;
  const w = p.wrappedErrs;
  const asError = (x: Iface | null): Iface | null => (x !== null && stringMethod(x.type, 'Error') !== undefined ? x : null);
  if (w.length === 0) return { message, wrap: 'none', errs: [] };
  if (w.length === 1) return { message, wrap: 'one', errs: [asError(a[w[0]])] };
  const order = p.reordered ? w.slice().sort((x, y) => x - y) : w;
  const errs: Iface[] = [];
  for (let i = 0; i < order.length; i++) {
    if (i > 0 && order[i - 1] === order[i]) continue;
    const e = asError(a[order[i]]);
    if (e !== null) errs.push(e);
  }
  return { message, wrap: 'many', errs };
}
