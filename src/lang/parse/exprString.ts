// Expressions and simple statements printed the way gc prints them inside
// diagnostics: cmd/compile/internal/syntax.String, i.e. the printer in
// ShortForm (single line, function and composite literal bodies shown as
// `{…}`). types2 formats expressions in its messages the same way, so the
// checker can use this too.

import type * as ast from '../ast.js';

export function exprString(x: ast.Expr): string {
  const out: string[] = [];
  writeExpr(out, x);
  return out.join('');
}

export function exprListString(list: readonly ast.Expr[]): string {
  const out: string[] = [];
  writeList(out, list);
  return out.join('');
}

/** A simple statement as gc prints it, e.g. `x := 0`, `i++`, `ch <- v`. */
export function simpleStmtString(s: ast.Stmt): string {
  const out: string[] = [];
  switch (s.kind) {
    case 'ExprStmt':
      writeExpr(out, s.x);
      break;
    case 'SendStmt':
      writeExpr(out, s.chan);
      out.push(' <- ');
      writeExpr(out, s.value);
      break;
    case 'IncDecStmt':
      writeExpr(out, s.x);
      out.push(s.tok);
      break;
    case 'AssignStmt':
      writeList(out, s.lhs);
      out.push(' ', s.tok, ' ');
      writeList(out, s.rhs);
      break;
    default:
      out.push(s.kind);
  }
  return out.join('');
}

function writeList(out: string[], list: readonly ast.Expr[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) out.push(', ');
    writeExpr(out, list[i]);
  }
}

function writeExpr(out: string[], x: ast.Expr): void {
  switch (x.kind) {
    case 'BadExpr':
      out.push('<bad expr>');
      return;
    case 'Ident':
      out.push(x.name);
      return;
    case 'BasicLit':
      out.push(x.value);
      return;
    case 'FuncLit':
      writeExpr(out, x.type);
      out.push(x.body.list.length > 0 ? ' {…}' : ' {}');
      return;
    case 'CompositeLit':
      if (x.type) writeExpr(out, x.type);
      out.push(x.elts.length > 0 ? '{…}' : '{}');
      return;
    case 'ParenExpr':
      out.push('(');
      writeExpr(out, x.x);
      out.push(')');
      return;
    case 'SelectorExpr':
      writeExpr(out, x.x);
      out.push('.', x.sel.name);
      return;
    case 'IndexExpr':
      writeExpr(out, x.x);
      out.push('[');
      writeList(out, x.indices);
      out.push(']');
      return;
    case 'SliceExpr':
      writeExpr(out, x.x);
      out.push('[');
      if (x.low) writeExpr(out, x.low);
      out.push(':');
      if (x.high) writeExpr(out, x.high);
      if (x.max) {
        out.push(':');
        writeExpr(out, x.max);
      }
      out.push(']');
      return;
    case 'TypeAssertExpr':
      writeExpr(out, x.x);
      out.push('.(');
      if (x.type) writeExpr(out, x.type);
      else out.push('type');
      out.push(')');
      return;
    case 'CallExpr':
      writeExpr(out, x.fun);
      out.push('(');
      writeList(out, x.args);
      if (x.ellipsis >= 0) out.push('...');
      out.push(')');
      return;
    case 'StarExpr':
      out.push('*');
      writeExpr(out, x.x);
      return;
    case 'UnaryExpr':
      out.push(x.op);
      writeExpr(out, x.x);
      return;
    case 'BinaryExpr':
      writeExpr(out, x.x);
      out.push(' ', x.op, ' ');
      writeExpr(out, x.y);
      return;
    case 'KeyValueExpr':
      writeExpr(out, x.key);
      out.push(': ');
      writeExpr(out, x.value);
      return;
    case 'ArrayType':
      out.push('[');
      if (x.len) writeExpr(out, x.len);
      out.push(']');
      writeExpr(out, x.elt);
      return;
    case 'Ellipsis':
      out.push('...');
      if (x.elt) writeExpr(out, x.elt);
      return;
    case 'StructType':
      out.push('struct{');
      writeFields(out, x.fields.list, '; ');
      out.push('}');
      return;
    case 'FuncType':
      out.push('func');
      writeSignature(out, x);
      return;
    case 'InterfaceType':
      out.push('interface{');
      x.methods.list.forEach((m, i) => {
        if (i > 0) out.push('; ');
        if (m.names.length > 0 && m.type.kind === 'FuncType') {
          out.push(m.names[0].name);
          writeSignature(out, m.type);
        } else {
          writeExpr(out, m.type);
        }
      });
      out.push('}');
      return;
    case 'MapType':
      out.push('map[');
      writeExpr(out, x.key);
      out.push(']');
      writeExpr(out, x.value);
      return;
    case 'ChanType':
      out.push(x.dir === 'recv' ? '<-chan ' : x.dir === 'send' ? 'chan<- ' : 'chan ');
      if (x.dir === 'both' && x.value.kind === 'ChanType' && x.value.dir === 'recv') {
        // don't print chan (<-chan T) as chan <-chan T
        out.push('(');
        writeExpr(out, x.value);
        out.push(')');
      } else {
        writeExpr(out, x.value);
      }
      return;
  }
}

function writeFields(out: string[], fields: readonly ast.Field[], sep: string): void {
  fields.forEach((f, i) => {
    if (i > 0) out.push(sep);
    if (f.names.length > 0) {
      f.names.forEach((n, j) => {
        if (j > 0) out.push(', ');
        out.push(n.name);
      });
      out.push(' ');
    }
    writeExpr(out, f.type);
    if (f.tag) out.push(' ', f.tag.value);
  });
}

function writeSignature(out: string[], t: ast.FuncType): void {
  out.push('(');
  writeFields(out, t.params.list, ', ');
  out.push(')');
  const res = t.results;
  if (res && res.list.length > 0) {
    out.push(' ');
    if (res.list.length === 1 && res.list[0].names.length === 0) {
      writeExpr(out, res.list[0].type);
    } else {
      out.push('(');
      writeFields(out, res.list, ', ');
      out.push(')');
    }
  }
}
