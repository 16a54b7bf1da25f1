// Expressions as gc prints them in messages (cmd/compile/internal/syntax printer
// in ShortForm): function literal bodies and composite literal contents print
// as `…`, everything else as written (with gofmt-like spacing).

import type * as ast from '../ast.js';

export function exprString(e: ast.Expr): string {
  const w = { out: '' };
  writeExpr(w, e);
  return w.out;
}

interface W { out: string }

function writeExpr(w: W, e: ast.Expr): void {
  switch (e.kind) {
    case 'Ident':
      w.out += e.name;
      return;
    case 'BadExpr':
      w.out += '<bad expr>';
      return;
    case 'BasicLit':
      w.out += e.value;
      return;
    case 'FuncLit':
      writeExpr(w, e.type);
      w.out += e.body.list.length > 0 ? ' {…}' : ' {}';
      return;
    case 'CompositeLit':
      if (e.type) writeExpr(w, e.type);
      w.out += e.elts.length > 0 ? '{…}' : '{}';
      return;
    case 'ParenExpr':
      w.out += '(';
      writeExpr(w, e.x);
      w.out += ')';
      return;
    case 'SelectorExpr':
      writeExpr(w, e.x);
      w.out += '.' + e.sel.name;
      return;
    case 'IndexExpr':
      writeExpr(w, e.x);
      w.out += '[';
      writeList(w, e.indices);
      w.out += ']';
      return;
    case 'SliceExpr':
      writeExpr(w, e.x);
      w.out += '[';
      if (e.low) writeExpr(w, e.low);
      w.out += ':';
      if (e.high) writeExpr(w, e.high);
      if (e.max) {
        w.out += ':';
        writeExpr(w, e.max);
      }
      w.out += ']';
      return;
    case 'TypeAssertExpr':
      writeExpr(w, e.x);
      w.out += '.(';
      if (e.type) writeExpr(w, e.type);
      else w.out += 'type';
      w.out += ')';
      return;
    case 'CallExpr':
      writeExpr(w, e.fun);
      w.out += '(';
      writeList(w, e.args);
      if (e.ellipsis >= 0) w.out += '...';
      w.out += ')';
      return;
    case 'StarExpr':
      w.out += '*';
      writeExpr(w, e.x);
      return;
    case 'UnaryExpr':
      w.out += e.op;
      writeExpr(w, e.x);
      return;
    case 'BinaryExpr':
      writeExpr(w, e.x);
      w.out += ' ' + e.op + ' ';
      writeExpr(w, e.y);
      return;
    case 'KeyValueExpr':
      writeExpr(w, e.key);
      w.out += ': ';
      writeExpr(w, e.value);
      return;
    case 'ArrayType':
      w.out += '[';
      if (e.len) writeExpr(w, e.len);
      w.out += ']';
      writeExpr(w, e.elt);
      return;
    case 'Ellipsis':
      w.out += '...';
      if (e.elt) writeExpr(w, e.elt);
      return;
    case 'StructType':
      w.out += 'struct{';
      writeFields(w, e.fields.list, '; ');
      w.out += '}';
      return;
    case 'FuncType':
      w.out += 'func';
      writeSignature(w, e);
      return;
    case 'InterfaceType': {
      w.out += 'interface{';
      let first = true;
      for (const f of e.methods.list) {
        if (!first) w.out += '; ';
        first = false;
        if (f.names.length > 0 && f.type.kind === 'FuncType') {
          w.out += f.names[0].name;
          writeSignature(w, f.type);
        } else {
          writeExpr(w, f.type);
        }
      }
      w.out += '}';
      return;
    }
    case 'MapType':
      w.out += 'map[';
      writeExpr(w, e.key);
      w.out += ']';
      writeExpr(w, e.value);
      return;
    case 'ChanType':
      if (e.dir === 'recv') w.out += '<-';
      w.out += 'chan';
      if (e.dir === 'send') w.out += '<-';
      w.out += ' ';
      if (e.dir === 'both' && e.value.kind === 'ChanType' && e.value.dir === 'recv') {
        w.out += '(';
        writeExpr(w, e.value);
        w.out += ')';
      } else {
        writeExpr(w, e.value);
      }
      return;
  }
}

function writeList(w: W, list: readonly ast.Expr[]): void {
  for (let i = 0; i < list.length; i++) {
    if (i > 0) w.out += ', ';
    writeExpr(w, list[i]);
  }
}

function writeFields(w: W, fields: readonly ast.Field[], sep: string): void {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (i > 0) w.out += sep;
    if (f.names.length > 0) {
      for (let j = 0; j < f.names.length; j++) {
        if (j > 0) w.out += ', ';
        w.out += f.names[j].name;
      }
      w.out += ' ';
    }
    writeExpr(w, unparen(f.type));
    if (f.tag) w.out += ' ' + f.tag.value;
  }
}

function writeParams(w: W, list: readonly ast.Field[], open: string, close: string): void {
  w.out += open;
  writeFields(w, list, ', ');
  w.out += close;
}

function writeSignature(w: W, t: ast.FuncType): void {
  if (t.typeParams && t.typeParams.list.length) writeParams(w, t.typeParams.list, '[', ']');
  writeParams(w, t.params.list, '(', ')');
  const res = t.results;
  if (res && res.list.length > 0) {
    w.out += ' ';
    if (res.list.length === 1 && res.list[0].names.length === 0) {
      writeExpr(w, res.list[0].type);
    } else {
      writeParams(w, res.list, '(', ')');
    }
  }
}

export function unparen(e: ast.Expr): ast.Expr {
  while (e.kind === 'ParenExpr') e = e.x;
  return e;
}
