// Which local variables need a Box (src/vm/README.md): those captured by a
// function literal or whose address is taken (`&x`, or a pointer-method call
// on an addressable x), unless they are arrays or structs, whose storage is
// already a shared JS array that pointers and closures can refer to.
import type * as ast from '../lang/ast.js';
import type { Obj } from '../lang/check/objects.js';
import { SelectionKind, type Info } from '../lang/check/package.js';
import type { Func } from '../lang/check/objects.js';
import { under, type Type } from '../lang/check/types.js';
import type { TypeEnv } from './rtypes.js';

export function analyzeBoxing(decl: ast.FuncDecl | ast.FuncLit, info: Info, env: TypeEnv): Set<Obj> {
  const out = new Set<Obj>();
  const lits: ast.FuncLit[] = [];
  const isLocalVar = (o: Obj | undefined): o is Obj =>
    o !== undefined && o.kind === 'var' && !(o as { isField: boolean }).isField && o.parent !== undefined &&
    o.parent !== o.pkg?.scope;
  const mark = (o: Obj | undefined) => {
    if (!isLocalVar(o)) return;
    const t = resolve(o.type!, env);
    const u = under(t);
    if (u.tag === 'Array' || u.tag === 'Struct') return;
    out.add(o);
  };
  const rootIdent = (e: ast.Expr): ast.Ident | undefined => {
    while (e.kind === 'ParenExpr') e = e.x;
    return e.kind === 'Ident' ? e : undefined;
  };
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as ast.Node;
    switch (node.kind) {
      case 'FuncLit':
        lits.push(node);
        visit(node.body);
        lits.pop();
        return;
      case 'RangeStmt': {
        // range over a function: the body runs as the yield function, a closure
        const t = info.types.get(node.x)?.type;
        if (t && under(resolve(t, env)).tag === 'Signature') {
          visit(node.x);
          lits.push({ pos: node.body.pos, end: node.body.end } as ast.FuncLit);
          visit(node.key);
          visit(node.value);
          visit(node.body);
          lits.pop();
          return;
        }
        break;
      }
      case 'Ident': {
        if (lits.length > 0) {
          const o = info.uses.get(node);
          if (isLocalVar(o)) {
            // captured if declared outside the innermost enclosing literal
            const lit = lits[lits.length - 1];
            if (o.pos < lit.pos || o.pos >= lit.end) mark(o);
          }
        }
        return;
      }
      case 'UnaryExpr':
        if (node.op === '&') {
          const id = rootIdent(node.x);
          if (id) mark(info.uses.get(id));
        }
        break;
      case 'SelectorExpr': {
        const sel = info.selections.get(node);
        if (sel && sel.kind === SelectionKind.MethodVal && (sel.obj as Func).pointerRecv() && sel.index.length === 1) {
          const id = rootIdent(node.x);
          if (id) {
            const o = info.uses.get(id);
            if (o && o.type && under(resolve(o.type, env)).tag !== 'Pointer') mark(o);
          }
        }
        break;
      }
    }
    for (const k in node) {
      if (k === 'pos' || k === 'end' || k === 'kind') continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v && typeof v === 'object') visit(v);
    }
  };
  visit(decl.body);
  return out;
}

function resolve(t: Type, env: TypeEnv): Type {
  while (t.tag === 'TypeParam' && env) {
    const s = env.get(t);
    if (!s) break;
    t = s;
  }
  return t;
}
