// fmt against real Go 1.19: testdata/fmt/gen_fmt_cases.go runs thousands of
// Sprintf/Sprint/Sprintln/Errorf calls and records each call's arguments (by
// reflection: types and values) and output in cases.json. Here the arguments
// are rebuilt as chanscope values with TestTypes, the test types' String/
// Error/GoString methods are mirrored in JS, and our output must match byte
// for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoMap } from '../../vm/gomap.js';
import { canon } from '../../vm/int64.js';
import type { MethodCaller } from '../../vm/methodCaller.js';
import { AddressBook } from '../../vm/refs.js';
import { Kind, type RType } from '../../vm/rtype.js';
import { TestTypes, type TestMethodFn } from '../../vm/testTypes.js';
import { Box, Complex, Iface, Slice, type Value } from '../../vm/value.js';
import { formatFloat } from '../strconv/ftoa.js';
import { errorf, sprint, sprintf, sprintln, type FormatContext } from './print.js';

interface TypeDesc {
  kind: string; str: string; pkg: string; name: string; elem: number; key: number; len: number; dir?: 'both' | 'send' | 'recv';
  fields?: { name: string; type: number; exported: boolean; embedded: boolean; tag: string }[];
  methods?: { name: string; ptr: boolean; sig: number }[];
  params?: number[]; results?: number[]; variadic?: boolean;
}
interface ArgDesc { t: number; v: unknown }
interface CaseDesc { fn: string; format: string; args: (ArgDesc | null)[]; out: string; wrap?: string; nwrap?: number }

const data = JSON.parse(readFileSync(new URL('../../../testdata/fmt/cases.json', import.meta.url), 'utf8')) as { types: TypeDesc[]; cases: CaseDesc[] };
const b64 = (s: string) => Buffer.from(s, 'base64').toString('latin1');

/** A Go panic raised by a test method. */
class TestPanic {
  constructor(readonly value: Iface | null) {}
}

const T = new TestTypes();

/** The test types' methods, mirroring gen_fmt_cases.go. */
const methodImpls: Record<string, TestMethodFn> = {
  'main.Celsius.String': (c) => formatFloat(c as number, 'f', 1, 64) + 'C',
  'main.Weekday.String': (d) => ['Sun', 'Mon', 'Tue'][(d as number) % 3],
  'main.MyErr.Error': (p) => {
    if (p === null) throw new TestPanic(new Iface(T.string, 'nil deref'));
    return 'myerr ' + String((p as Value[])[0]);
  },
  'main.ValErr.Error': (e) => 'valerr: ' + ((e as Value[])[0] as string),
  'main.Both.Error': () => 'both-error',
  'main.Both.String': () => 'both-string',
  'main.GoStr.GoString': () => 'GoStr!',
  'main.Panicky.String': () => {
    throw new TestPanic(new Iface(T.string, 'boom'));
  },
  'main.NilSafe.String': (p) => {
    if (p === null) throw new TestPanic(new Iface(T.string, 'nil deref'));
    return 'nilsafe ' + String((p as Value[])[0]);
  },
  'main.Name.String': (n) => 'Name<' + (n as string) + '>',
  'main.PtrStringer.String': () => 'ptr-stringer',
  'errors.errorString.Error': (p) => (p as Value[])[0] as string,
};

const rtypes: RType[] = [];

function rtypeOf(id: number): RType {
  if (rtypes[id]) return rtypes[id];
  const d = data.types[id];
  let u: RType;
  const basic: Record<string, RType> = {
    bool: T.bool, int: T.int, int8: T.int8, int16: T.int16, int32: T.int32, int64: T.int64, uint: T.uint, uint8: T.uint8,
    uint16: T.uint16, uint32: T.uint32, uint64: T.uint64, uintptr: T.uintptr, float32: T.float32, float64: T.float64,
    complex64: T.complex64, complex128: T.complex128, string: T.string,
  };
  switch (d.kind) {
    case 'ptr': u = T.ptr(rtypeOf(d.elem)); break;
    case 'slice': u = T.slice(rtypeOf(d.elem)); break;
    case 'array': u = T.array(d.len, rtypeOf(d.elem)); break;
    case 'map': u = T.map(rtypeOf(d.key), rtypeOf(d.elem)); break;
    case 'chan': u = T.chan(rtypeOf(d.elem), d.dir); break;
    case 'func': u = T.func((d.params ?? []).map(rtypeOf), (d.results ?? []).map(rtypeOf), !!d.variadic); break;
    case 'struct':
      u = T.struct((d.fields ?? []).map((f) => ({ name: f.name, type: rtypeOf(f.type), embedded: f.embedded, tag: f.tag })));
      break;
    case 'interface':
      if (d.str === 'error') u = T.error;
      else u = T.iface((d.methods ?? []).map((m) => ({ name: m.name, sig: rtypeOf(m.sig) })));
      break;
    default:
      u = basic[d.kind];
      if (!u) throw new Error('unknown kind ' + d.kind);
  }
  let t = u;
  if (d.name !== '' && d.pkg !== '') {
    t = T.named(d.pkg.slice(d.pkg.lastIndexOf('/') + 1), d.name, u);
  }
  rtypes[id] = t;
  if (d.kind !== 'interface') {
    for (const m of d.methods ?? []) {
      const owner = d.kind === 'ptr' ? data.types[d.elem] : d;
      const key = `${owner.pkg}.${owner.name}.${m.name}`;
      const impl = methodImpls[key];
      if (!impl) throw new Error('no test implementation of ' + key);
      if (d.kind === 'ptr') {
        if (!t.methods.has(m.name)) t.methods.set(m.name, { name: m.name, fn: impl, ptrRecv: false });
      } else {
        T.addMethod(t, m.name, impl, m.ptr);
      }
    }
  }
  return t;
}

const bitsToFloat = (b: string) => new Float64Array(new BigUint64Array([BigInt(b)]).buffer)[0];

function valueOf(t: RType, v: unknown): Value {
  switch (t.kind) {
    case Kind.Bool: return v as boolean;
    case Kind.Int: case Kind.Int64: case Kind.Uint: case Kind.Uint64: case Kind.Uintptr:
      return canon(BigInt(v as string));
    case Kind.Int8: case Kind.Int16: case Kind.Int32: case Kind.Uint8: case Kind.Uint16: case Kind.Uint32:
      return Number(v as string);
    case Kind.Float32: case Kind.Float64: return bitsToFloat(v as string);
    case Kind.Complex64: case Kind.Complex128: {
      const [re, im] = v as [string, string];
      return new Complex(bitsToFloat(re), bitsToFloat(im));
    }
    case Kind.String: return b64(v as string);
    case Kind.Array: return (v as unknown[]).map((x) => valueOf(t.elem as RType, x));
    case Kind.Struct: return (v as unknown[]).map((x, i) => valueOf((t.fields as { type: RType }[])[i].type, x));
    case Kind.Slice: {
      if (v === null) return null;
      const arr = (v as { elems: unknown[] }).elems.map((x) => valueOf(t.elem as RType, x));
      return new Slice(arr, 0, arr.length, arr.length);
    }
    case Kind.Pointer: {
      if (v === null) return null;
      const target = valueOf(t.elem as RType, (v as { to: unknown }).to);
      const ek = (t.elem as RType).kind;
      return ek === Kind.Array || ek === Kind.Struct ? target : new Box(target);
    }
    case Kind.Interface: {
      if (v === null) return null;
      const a = v as ArgDesc;
      const dt = rtypeOf(a.t);
      return new Iface(dt, valueOf(dt, a.v));
    }
    case Kind.Map: {
      if (v === null) return null;
      const m = new GoMap(t.key as RType);
      for (const [k, x] of (v as { entries: [unknown, unknown][] }).entries) m.set(valueOf(t.key as RType, k), valueOf(t.elem as RType, x));
      return m;
    }
    case Kind.Chan: case Kind.Func:
      return v === null ? null : {};
    default:
      throw new Error('cannot rebuild kind ' + t.kind);
  }
}

function argsOf(c: CaseDesc): (Iface | null)[] {
  return c.args.map((a) => {
    if (a === null) return null;
    const t = rtypeOf(a.t);
    return new Iface(t, valueOf(t, a.v));
  });
}

const methods: MethodCaller = {
  call(_t, m, recv) {
    return [(m.fn as TestMethodFn)(recv)];
  },
  recoverPanic(e) {
    return e instanceof TestPanic ? { value: e.value } : undefined;
  },
};

function ctx(): FormatContext {
  return { methods, addresses: new AddressBook() };
}

function run(c: CaseDesc): string {
  const args = argsOf(c);
  const format = b64(c.format);
  switch (c.fn) {
    case 'Sprintf': return sprintf(ctx(), format, args);
    case 'Sprint': return sprint(ctx(), args);
    case 'Sprintln': return sprintln(ctx(), args);
    default: return errorf(ctx(), format, args).message;
  }
}

describe('fmt matches Go 1.19 byte for byte', () => {
  it('has a large table', () => {
    expect(data.cases.length).toBeGreaterThan(3000);
  });
  for (const fn of ['Sprintf', 'Sprint', 'Sprintln', 'Errorf']) {
    it(fn, () => {
      const bad: string[] = [];
      let n = 0;
      for (const c of data.cases.filter((x) => x.fn === fn)) {
        n++;
        const want = b64(c.out);
        let got: string;
        try {
          got = run(c);
        } catch (e) {
          got = 'THROWN ' + String(e);
        }
        if (got !== want) bad.push(`${JSON.stringify(b64(c.format))} ${c.args.map((a) => (a === null ? 'nil' : data.types[a.t].str)).join(',')}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      expect(n).toBeGreaterThan(0);
      expect(bad.slice(0, 30)).toEqual([]);
    });
  }
  it('Errorf wraps %w operands', () => {
    for (const c of data.cases.filter((x) => x.fn === 'Errorf')) {
      const r = errorf(ctx(), b64(c.format), argsOf(c));
      // Go 1.19 returns errors.New for a %w operand that is not an error; Go 1.20 (implemented) a wrapError with a nil error
      const wrapsSomething = r.wrap !== 'none' && r.errs.some((e) => e !== null);
      expect(wrapsSomething, b64(c.format)).toBe((c.nwrap ?? 0) > 0);
    }
  });
  it('Errorf with several %w (Go 1.20)', () => {
    const e1 = new Iface(rtypeOf(data.cases.find((c) => b64(c.format) === 'wrap: %w')!.args[0]!.t), ['inner']);
    const r = errorf(ctx(), '%w and %[1]w and %v', [e1, new Iface(T.int, 3)]);
    expect(r.wrap).toBe('many');
    expect(r.errs).toEqual([e1]);
    expect(r.message).toBe('inner and inner and 3');
  });
});
