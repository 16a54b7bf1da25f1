// A compact S-expression dump of syntax trees, for tests: `(BinaryExpr + a
// (CallExpr f [x]))`. Identifiers and literals print bare, absent parts as
// `_`, lists as `[...]`. With `positions`, every node gets `@pos-end` and the
// offsets of its tokens (`{lbrace=3 rbrace=9}`), so a test can pin spans too.

import type * as ast from './ast.js';

export interface DumpOptions {
  /** Append `@pos-end` and token offsets to each node. */
  positions?: boolean;
  /** Print ParenExpr nodes (default true); false prints just the inner expression. */
  parens?: boolean;
}

type Part = ast.Node | ast.Node[] | string | number | boolean | undefined;

export function dumpNode(n: ast.Node | undefined, opts: DumpOptions = {}): string {
  const out: string[] = [];
  write(out, n, opts);
  return out.join('');
}

function write(out: string[], n: Part, o: DumpOptions): void {
  if (n === undefined) {
    out.push('_');
    return;
  }
  if (typeof n === 'string' || typeof n === 'number' || typeof n === 'boolean') {
    out.push(String(n));
    return;
  }
  if (Array.isArray(n)) {
    out.push('[');
    n.forEach((x, i) => {
      if (i > 0) out.push(' ');
      write(out, x, o);
    });
    out.push(']');
    return;
  }
  if (n.kind === 'ParenExpr' && o.parens === false) {
    write(out, n.x, o);
    return;
  }
  if (n.kind === 'Ident' || n.kind === 'BasicLit') {
    out.push(n.kind === 'Ident' ? n.name : n.value);
    if (o.positions) out.push(`@${n.pos}-${n.end}`);
    return;
  }
  if (n.kind === 'FieldList') {
    // a FieldList prints as the list of its fields
    write(out, n.list, o);
    if (o.positions) out.push(`@${n.pos}-${n.end}{opening=${n.opening} closing=${n.closing}}`);
    return;
  }
  const [parts, offsets] = fields(n);
  out.push('(', n.kind);
  for (const p of parts) {
    out.push(' ');
    write(out, p, o);
  }
  out.push(')');
  if (o.positions) {
    out.push(`@${n.pos}-${n.end}`);
    const keys = Object.keys(offsets);
    if (keys.length > 0) out.push('{', keys.map((k) => `${k}=${offsets[k]}`).join(' '), '}');
  }
}

/** The printed parts of a node, and its token offsets (for the positions option). */
function fields(n: ast.Node): [Part[], Record<string, number>] {
  switch (n.kind) {
    case 'BadExpr': return [[], {}];
    case 'CompositeLit': return [[n.type, n.elts], { lbrace: n.lbrace, rbrace: n.rbrace }];
    case 'FuncLit': return [[n.type, n.body], {}];
    case 'ParenExpr': return [[n.x], {}];
    case 'SelectorExpr': return [[n.x, n.sel], {}];
    case 'IndexExpr': return [[n.x, n.indices], { lbrack: n.lbrack, rbrack: n.rbrack }];
    case 'SliceExpr': return [[n.x, n.low, n.high, n.max, n.slice3], { lbrack: n.lbrack, rbrack: n.rbrack }];
    case 'TypeAssertExpr': return [[n.x, n.type], { lparen: n.lparen }];
    case 'CallExpr':
      return [n.ellipsis >= 0 ? [n.fun, n.args, '...'] : [n.fun, n.args],
        { lparen: n.lparen, ellipsis: n.ellipsis, rparen: n.rparen }];
    case 'StarExpr': return [[n.x], {}];
    case 'UnaryExpr': return [[n.op, n.x], { opPos: n.opPos }];
    case 'BinaryExpr': return [[n.op, n.x, n.y], { opPos: n.opPos }];
    case 'KeyValueExpr': return [[n.key, n.value], { colon: n.colon }];
    case 'ArrayType': return [[n.len, n.elt], {}];
    case 'Ellipsis': return [[n.elt], {}];
    case 'StructType': return [[n.fields], {}];
    case 'FuncType': return [[n.typeParams, n.params, n.results], { func: n.func }];
    case 'InterfaceType': return [[n.methods], {}];
    case 'MapType': return [[n.key, n.value], {}];
    case 'ChanType': return [[n.dir, n.value], { arrow: n.arrow }];
    case 'Field': return [n.tag ? [n.names, n.type, n.tag] : [n.names, n.type], {}];
    case 'BadStmt': return [[], {}];
    case 'DeclStmt': return [[n.decl], {}];
    case 'EmptyStmt': return [n.implicit ? ['implicit'] : [], {}];
    case 'LabeledStmt': return [[n.label, n.stmt], {}];
    case 'ExprStmt': return [[n.x], {}];
    case 'SendStmt': return [[n.chan, n.value], { arrow: n.arrow }];
    case 'IncDecStmt': return [[n.x, n.tok], { tokPos: n.tokPos }];
    case 'AssignStmt': return [[n.lhs, n.tok, n.rhs], { tokPos: n.tokPos }];
    case 'GoStmt': return [[n.call], {}];
    case 'DeferStmt': return [[n.call], {}];
    case 'ReturnStmt': return [[n.results], {}];
    case 'BranchStmt': return [n.label ? [n.tok, n.label] : [n.tok], {}];
    case 'BlockStmt': return [[n.list], { lbrace: n.lbrace, rbrace: n.rbrace }];
    case 'IfStmt': return [[n.init, n.cond, n.body, n.else], {}];
    case 'CaseClause': return [[n.list, n.body], { colon: n.colon }];
    case 'SwitchStmt': return [[n.init, n.tag, n.clauses], { lbrace: n.lbrace, rbrace: n.rbrace }];
    case 'TypeSwitchStmt': return [[n.init, n.assign, n.clauses], { lbrace: n.lbrace, rbrace: n.rbrace }];
    case 'CommClause': return [[n.comm, n.body], { colon: n.colon }];
    case 'SelectStmt': return [[n.clauses], { lbrace: n.lbrace, rbrace: n.rbrace }];
    case 'ForStmt': return [[n.init, n.cond, n.post, n.body], {}];
    case 'RangeStmt': return [[n.key, n.value, n.tok, n.x, n.body], { tokPos: n.tokPos }];
    case 'ImportSpec': return [[n.name, n.path], {}];
    case 'ValueSpec': return [[n.names, n.type, n.values, n.iota], {}];
    case 'TypeSpec':
      return [n.assign >= 0 ? [n.name, n.typeParams, '=', n.type] : [n.name, n.typeParams, n.type], { assign: n.assign }];
    case 'GenDecl': return [[n.tok, n.specs], { lparen: n.lparen, rparen: n.rparen }];
    case 'FuncDecl': return [[n.recv, n.name, n.type, n.body], {}];
    case 'BadDecl': return [[], {}];
    case 'File': return [[n.name, n.decls], { package: n.package }];
    default: return [[n.kind], {}];
  }
}
