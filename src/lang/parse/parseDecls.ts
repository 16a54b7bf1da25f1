// Declarations and the source file (spec: Declarations and scope, Source
// file organization): package clause, imports, const/type/var groups,
// function and method declarations. Follows syntax/parser.go's fileOrNil,
// appendGroup and the *Decl functions, including the `type A[N] int` versus
// generic type ambiguity (typeDecl with extractName).

import type * as ast from '../ast.js';
import { Token } from '../token.js';
import { isTypeElem, emptyFieldList, groupParams } from './parseTypes.js';
import { StmtParser } from './parseStmts.js';

const GEN_DECL_TOK: Partial<Record<Token, ast.GenDecl['tok']>> = {
  [Token.Import]: 'import',
  [Token.Const]: 'const',
  [Token.Type]: 'type',
  [Token.Var]: 'var',
};

/**
 * extractName splits x into (name, expr) if syntactically x can be written
 * as `name expr`: P*[]int → P, *[]int; P(E) → P, E; P*E|F → P, *E|F. The
 * split only happens if expr is a type element or force is set.
 */
function extractName(x: ast.Expr, force: boolean): [ast.Ident | undefined, ast.Expr | undefined] {
  switch (x.kind) {
    case 'Ident':
      return [x, undefined];
    case 'BinaryExpr':
      if (x.op === '*') {
        if (x.x.kind === 'Ident' && (force || isTypeElem(x.y))) {
          // x = name *x.y
          return [x.x, { kind: 'StarExpr', pos: x.opPos, end: x.y.end, x: x.y }];
        }
      } else if (x.op === '|') {
        const [name, lhs] = extractName(x.x, force || isTypeElem(x.y));
        if (name && lhs) {
          // x = name lhs|x.y
          return [name, { kind: 'BinaryExpr', pos: lhs.pos, end: x.end, op: '|', opPos: x.opPos, x: lhs, y: x.y }];
        }
      }
      break;
    case 'CallExpr':
      if (x.fun.kind === 'Ident' && x.args.length === 1 && x.ellipsis < 0 && (force || isTypeElem(x.args[0]))) {
        // x = name "(" x.args[0] ")"
        return [x.fun, x.args[0]];
      }
      break;
  }
  return [undefined, x];
}

export class FileParser extends StmtParser {
  /** Set when gc would stop right after the package clause (fileOrNil returning nil). */
  packageClauseFailed = false;

  /** SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
  parseFile(): ast.File {
    const text = this.file.text;
    const pos = this.pos;
    const file: ast.File = {
      kind: 'File', pos, end: text.length, filename: this.file.name, package: -1,
      name: { kind: 'Ident', pos, end: pos, name: '_' }, decls: [], imports: [],
    };

    // PackageClause
    if (!this.got(Token.Package)) {
      this.syntaxError('package statement must be first');
      this.packageClauseFailed = true;
      return file;
    }
    file.package = pos;
    file.name = this.name();
    this.want(Token.Semi);
    // don't bother continuing if package clause has errors
    if (this.errcnt > 0) {
      this.packageClauseFailed = true;
      return file;
    }

    // Accept import declarations anywhere for error tolerance, but complain.
    // { ( ImportDecl | TopLevelDecl ) ";" }
    const decls = file.decls;
    let prev: Token = Token.Import;
    while (this.tok !== Token.EOF) {
      if (this.tok === Token.Import && prev !== Token.Import) {
        this.syntaxError('imports must appear before other declarations');
      }
      prev = this.tok;

      const kwPos = this.pos;
      switch (this.tok) {
        case Token.Import:
        case Token.Const:
        case Token.Type:
        case Token.Var: {
          const tok = this.tok;
          this.next();
          const d = this.genDecl(tok, kwPos);
          decls.push(d);
          if (tok === Token.Import) for (const s of d.specs) file.imports.push(s as ast.ImportSpec);
          break;
        }
        case Token.Func:
          this.next();
          decls.push(this.funcDecl(kwPos));
          break;
        default: {
          const last = decls.length > 0 ? decls[decls.length - 1] : undefined;
          if (this.tok === Token.Lbrace && last && last.kind === 'FuncDecl' && !last.body) {
            // opening { of function declaration on next line
            this.syntaxError('unexpected semicolon or newline before {');
          } else {
            this.syntaxError('non-declaration statement outside function body');
          }
          this.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
          continue;
        }
      }

      if (!this.at(Token.EOF) && !this.got(Token.Semi)) {
        this.syntaxError('after top level declaration');
        this.advance(Token.Import, Token.Const, Token.Type, Token.Var, Token.Func);
      }
    }
    return file;
  }

  /** appendGroup: a single spec, or "(" { spec ";" } ")" (";" optional before ")"). */
  genDecl(keyword: Token, pos: number): ast.GenDecl {
    const tok = GEN_DECL_TOK[keyword] as ast.GenDecl['tok'];
    if (this.tok === Token.Lparen) {
      const lparen = this.pos;
      this.next();
      const specs: ast.Spec[] = [];
      const rparen = this.list('grouped declaration', Token.Semi, Token.Rparen, () => {
        specs.push(this.spec(keyword, specs.length));
        return false;
      });
      return { kind: 'GenDecl', pos, end: this.lastCloseEnd, tok, lparen, specs, rparen };
    }
    const s = this.spec(keyword, 0);
    return { kind: 'GenDecl', pos, end: s.end, tok, lparen: -1, specs: [s], rparen: -1 };
  }

  private spec(keyword: Token, index: number): ast.Spec {
    switch (keyword) {
      case Token.Import: return this.importSpec();
      case Token.Const: return this.constSpec(index);
      case Token.Type: return this.typeSpec();
      default: return this.varSpec();
    }
  }

  /** ImportSpec = [ "." | PackageName ] ImportPath . */
  private importSpec(): ast.ImportSpec {
    const pos = this.pos;
    let name: ast.Ident | undefined;
    if (this.tok === Token.Name) {
      name = this.name();
    } else if (this.tok === Token.Dot) {
      name = { kind: 'Ident', pos: this.pos, end: this.pos + 1, name: '.' };
      this.next();
    }
    let path = this.oliteral();
    if (!path) {
      // The checker skips imports whose path is a bad literal (gc: Path == nil).
      path = { kind: 'BasicLit', pos: this.pos, end: this.pos, litKind: 'STRING', value: '' };
      this.badLiterals.add(path);
      this.syntaxError('missing import path');
      this.advance(Token.Semi, Token.Rparen);
    } else if (!this.badLiterals.has(path) && path.litKind !== 'STRING') {
      this.syntaxErrorAt(path.pos, 'import path must be a string');
      this.badLiterals.add(path);
    }
    return { kind: 'ImportSpec', pos: name ? name.pos : pos, end: path.end, name, path };
  }

  /** ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
  private constSpec(iota: number): ast.ValueSpec {
    const names = this.nameList(this.name());
    let type: ast.Expr | undefined;
    let values: ast.Expr[] = [];
    if (this.tok !== Token.EOF && this.tok !== Token.Semi && this.tok !== Token.Rparen) {
      type = this.typeOrNil();
      if (this.gotAssign()) values = this.exprList();
    }
    const end = values.length > 0 ? values[values.length - 1].end : type ? this.typeEnd(type) : names[names.length - 1].end;
    return { kind: 'ValueSpec', pos: names[0].pos, end, names, type, values, iota };
  }

  /** TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
  private typeSpec(): ast.TypeSpec {
    const name = this.name();
    let typeParams: ast.FieldList | undefined;
    let assign = -1;
    let type: ast.Expr | undefined;
    if (this.tok === Token.Lbrack) {
      // name "[" ...: array/slice type or type parameter list
      const lbrack = this.pos;
      this.next();
      switch (this.tok as Token) {
        case Token.Name: {
          // We may have an array type or a type parameter list. In either
          // case we expect an expression x (which may just be a name, or a
          // more complex expression) which we can analyze further.
          //
          // A type parameter list may have a type bound starting with a "["
          // as in: P []E. In that case, simply parsing an expression would
          // lead to an error: P[] is invalid. But since index or slice
          // expressions are never constant and thus invalid array length
          // expressions, if the name is followed by "[" it must be the start
          // of an array or slice constraint. Only if we don't see a "[" do we
          // need to parse a full expression.
          let x: ast.Expr = this.name();
          if (this.tok !== Token.Lbrack) {
            this.xnest++;
            x = this.binaryExpr(this.pexpr(x, false), 0);
            this.xnest--;
          }
          // If x splits into a type parameter name, possibly followed by a
          // type parameter type, this is a type parameter list, with some
          // caveats: a single name followed by "]" tilts the decision towards
          // an array declaration; a type parameter type that could also be an
          // ordinary expression but which is followed by a comma tilts the
          // decision towards a type parameter list.
          const [pname, ptype] = extractName(x, this.at(Token.Comma));
          if (pname && (ptype || !this.at(Token.Rbrack))) {
            typeParams = this.paramList(lbrack, pname, ptype, Token.Rbrack, true);
            const apos = this.pos;
            if (this.gotAssign()) assign = apos;
            type = this.typeOrNil();
          } else {
            // name "[" pname "]" ... or name "[" x ...
            type = this.arrayType(lbrack, x);
          }
          break;
        }
        case Token.Rbrack:
          // name "[" "]" ...
          this.next();
          type = this.sliceType(lbrack);
          break;
        default:
          // name "[" ...
          type = this.arrayType(lbrack, undefined);
      }
    } else {
      const apos = this.pos;
      if (this.gotAssign()) assign = apos;
      type = this.typeOrNil();
    }

    if (!type) {
      type = this.badExpr();
      this.syntaxError('in type declaration');
      this.advance(Token.Semi, Token.Rparen);
    }
    return { kind: 'TypeSpec', pos: name.pos, end: this.typeEnd(type), name, typeParams, assign, type };
  }

  /** VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
  private varSpec(): ast.ValueSpec {
    const names = this.nameList(this.name());
    let type: ast.Expr | undefined;
    let values: ast.Expr[] = [];
    if (this.gotAssign()) {
      values = this.exprList();
    } else {
      type = this.type_();
      if (this.gotAssign()) values = this.exprList();
    }
    const end = values.length > 0 ? values[values.length - 1].end : type ? this.typeEnd(type) : names[names.length - 1].end;
    return { kind: 'ValueSpec', pos: names[0].pos, end, names, type, values, iota: 0 };
  }

  /**
   * FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
   * MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
   */
  private funcDecl(pos: number): ast.FuncDecl {
    let recv: ast.FieldList | undefined;
    let context = '';
    if (this.tok === Token.Lparen) {
      context = 'method';
      const lparen = this.pos;
      this.next();
      const { list, end, closeEnd } = this.paramListRaw(undefined, undefined, Token.Rparen, false);
      if (list.length === 0) {
        this.error('method has no receiver');
      } else {
        if (list.length > 1) this.error('method has multiple receivers');
        recv = { kind: 'FieldList', pos: lparen, end: closeEnd, opening: lparen, list: groupParams(list.slice(0, 1)), closing: end };
      }
    }

    let name: ast.Ident;
    let type: ast.FuncType;
    if (this.tok === Token.Name) {
      name = this.name();
      type = this.funcType(context, -1).type;
    } else {
      const p = this.pos;
      name = { kind: 'Ident', pos: p, end: p, name: '_' };
      type = { kind: 'FuncType', pos: p, end: p, func: -1, typeParams: undefined, params: emptyFieldList(p), results: undefined };
      this.syntaxError(context !== '' ? 'expected name' : 'expected name or (');
      this.advance(Token.Lbrace, Token.Semi);
    }

    let body: ast.BlockStmt | undefined;
    if (this.tok === Token.Lbrace) body = this.funcBody();
    return { kind: 'FuncDecl', pos, end: body ? body.end : type.end, recv, name, type, body };
  }
}
