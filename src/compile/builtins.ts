// Calls of Go's builtin functions (spec: Built-in functions). Pure builtins
// compile inline; close, panic, recover and print touch the runtime or the
// machine and become instructions.
import type * as ast from '../lang/ast.js';
import { BuiltinId, type Builtin } from '../lang/check/objects.js';
import { closechan, makechan, type Chan } from '../runtime/chan.js';
import { Machine, GoPanicSignal } from '../vm/machine.js';
import { Kind } from '../vm/rtype.js';
import { Complex, Slice } from '../vm/value.js';
import { compileAssignable, compileExpr } from './exprs.js';
import type { Ev, FuncCompiler } from './funcCompiler.js';
import * as ops from './ops.js';
import { curG } from './runCtx.js';

export function compileBuiltin(fc: FuncCompiler, e: ast.CallExpr): Ev[] {
  let fun = e.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' ? fun.sel : undefined;
  const obj = id ? (fc.info.uses.get(id) as Builtin | undefined) : undefined;
  if (!obj || obj.kind !== 'builtin') throw new Error('chanscope: unknown builtin');
  const args = e.args;
  const ctx = fc.ctx;
  switch (obj.id) {
    case BuiltinId.Len:
    case BuiltinId.Cap: {
      const x = compileExpr(fc, args[0]);
      const t = fc.core(fc.typeOf(args[0]));
      const f = obj.id === BuiltinId.Len ? ops.lenOf(t.tag === 'Pointer' ? 'Array' : t.tag) : ops.capOf(t.tag === 'Pointer' ? 'Array' : t.tag);
      return [(r) => f(x(r))];
    }
    case BuiltinId.Append: {
      const s = compileExpr(fc, args[0]);
      const st = fc.core(fc.typeOf(args[0]));
      const elemT = st.tag === 'Slice' ? st.elem : fc.typeOf(args[0]);
      const elemRt = fc.rtype(elemT);
      if (e.ellipsis >= 0) {
        const t = compileExpr(fc, args[1]);
        const fromString = fc.core(fc.typeOf(args[1])).tag === 'Basic';
        return [(r) => ops.appendSlice(s(r) as Slice | null, t(r), fromString, elemRt)];
      }
      const vals = args.slice(1).map((a) => compileAssignable(fc, a, elemT));
      if (vals.length === 1) {
        const v = vals[0];
        return [(r) => ops.append1(s(r) as Slice | null, v(r), elemRt)];
      }
      return [(r) => ops.appendValues(s(r) as Slice | null, vals.map((v) => v(r)), elemRt)];
    }
    case BuiltinId.Make: {
      const t = fc.resolve(fc.typeOf(args[0]));
      const u = fc.core(t);
      const n = args[1] ? compileExpr(fc, args[1]) : undefined;
      const m = args[2] ? compileExpr(fc, args[2]) : undefined;
      if (u.tag === 'Slice') {
        const elem = fc.rtype(u.elem);
        return [(r) => ops.makeSlice(elem, n!(r), m ? m(r) : n!(r))];
      }
      if (u.tag === 'Map') {
        const mapRt = fc.rtype(t);
        return [(r) => ops.makeMap(mapRt, n ? n(r) : 0)];
      }
      if (u.tag === 'Chan') {
        const elem = fc.rtype(u.elem);
        const name = fc.pc.nameHintFor(e);
        const preview = fc.pc.previewer(elem);
        const elemStr = elem.string;
        fc.b.tracePoint();
        return [(r) => {
          const size = n ? ops.toIndex(n(r)) : 0;
          if (size < 0 || size > 1e9) ops.runtimePanicPlain('makechan: size out of range');
          return makechan(ctx.rt, curG(ctx), size, elem.zero, preview, elemStr, name);
        }];
      }
      throw new Error('chanscope: bad make');
    }
    case BuiltinId.New: {
      const rt = fc.rtype(fc.typeOf(args[0]));
      const agg = rt.kind === Kind.Array || rt.kind === Kind.Struct;
      return [agg ? () => rt.zero() : () => ops.newBox(rt.zero())];
    }
    case BuiltinId.Copy: {
      const dst = compileExpr(fc, args[0]);
      const src = compileExpr(fc, args[1]);
      const fromString = fc.core(fc.typeOf(args[1])).tag === 'Basic';
      const elemT = fc.core(fc.typeOf(args[0]));
      const elemRt = fc.rtype(elemT.tag === 'Slice' ? elemT.elem : elemT);
      return [fc.spill((r) => ops.copySlice(dst(r) as Slice | null, src(r), fromString, elemRt), e.pos)];
    }
    case BuiltinId.Delete: {
      const m = compileExpr(fc, args[0]);
      const mt = fc.core(fc.typeOf(args[0]));
      const k = compileAssignable(fc, args[1], mt.tag === 'Map' ? mt.key : fc.typeOf(args[1]));
      fc.exec(e.pos, (r) => ops.mapDelete(m(r), k(r)));
      return [];
    }
    case BuiltinId.Clear: {
      const x = compileExpr(fc, args[0]);
      const t = fc.core(fc.typeOf(args[0]));
      if (t.tag === 'Map') fc.exec(e.pos, (r) => ops.mapClear(x(r)));
      else {
        const elemRt = fc.rtype(t.tag === 'Slice' ? t.elem : t);
        fc.exec(e.pos, (r) => ops.clearSlice(x(r) as Slice | null, elemRt));
      }
      return [];
    }
    case BuiltinId.Close: {
      const ch = compileExpr(fc, args[0]);
      fc.b.tracePoint();
      fc.exec(e.pos, (r) => closechan(ctx.rt, curG(ctx), ch(r) as Chan | null));
      return [];
    }
    case BuiltinId.Panic: {
      const v = compileAssignable(fc, args[0], fc.pc.emptyInterface());
      fc.b.at(e.pos);
      fc.b.emit(() => (fr) => {
        const val = v(fr.r);
        throw new GoPanicSignal(val === null ? fc.pc.nilPanicValue() : val);
      });
      return [];
    }
    case BuiltinId.Recover: {
      // recover needs the frame (only a deferred call's own frame may recover)
      const t = fc.b.reg();
      fc.b.at(e.pos);
      fc.b.emit((pc) => {
        const next = pc + 1;
        return (fr) => {
          fr.r[t] = Machine.recover(curG(ctx), fr);
          return next;
        };
      });
      return [(r) => r[t]];
    }
    case BuiltinId.Print:
    case BuiltinId.Println: {
      const evs = args.map((a) => compileExpr(fc, a));
      const kinds = args.map((a) => fc.rtype(fc.typeOf(a)));
      const ln = obj.id === BuiltinId.Println;
      fc.exec(e.pos, (r) => {
        const parts = evs.map((ev, i) => ops.printValue(kinds[i], ev(r), ctx.addresses));
        ctx.write('stderr', ln ? parts.join(' ') + '\n' : parts.join(''));
      });
      return [];
    }
    case BuiltinId.Min:
    case BuiltinId.Max: {
      const evs = args.map((a) => compileExpr(fc, a));
      const kind = fc.rtype(fc.typeOf(e)).kind;
      const f = ops.minMax(kind, obj.id === BuiltinId.Min);
      return [(r) => {
        let acc = evs[0](r);
        for (let i = 1; i < evs.length; i++) acc = f(acc, evs[i](r));
        return acc;
      }];
    }
    case BuiltinId.Complex: {
      const re = compileExpr(fc, args[0]);
      const im = compileExpr(fc, args[1]);
      const f32 = fc.rtype(fc.typeOf(e)).kind === Kind.Complex64;
      return [(r) => (f32 ? new Complex(Math.fround(re(r) as number), Math.fround(im(r) as number)) : new Complex(re(r) as number, im(r) as number))];
    }
    case BuiltinId.Real: {
      const c = compileExpr(fc, args[0]);
      return [(r) => (c(r) as Complex).re];
    }
    case BuiltinId.Imag: {
      const c = compileExpr(fc, args[0]);
      return [(r) => (c(r) as Complex).im];
    }
    default:
      throw new Error(`chanscope: builtin ${obj.name} is not supported`);
  }
}
