// Statement syntax (spec: Statements): simple statements, blocks, if/for/
// switch/select with their headers, labels, branches, go/defer and return.
// Follows syntax/parser.go's stmtOrNil, simpleStmt, header and friends; the
// gc-only shapes (RangeClause, TypeSwitchGuard with a bound name, CallStmt)
// are turned into go/ast's RangeStmt, TypeSwitchStmt and Go/DeferStmt.

import type * as ast from '../ast.js';
import { Token, Op, OP_STRINGS, tokstring } from '../token.js';
import { exprListString, simpleStmtString } from './exprString.js';
import { ExprParser, unparen } from './parseExprs.js';
import { checkBranches } from './branches.js';

/** `[lhs (= | :=)] range x` of a for header, before it becomes a RangeStmt. */
interface RangeClause {
  kind: 'RangeClause';
  pos: number; // `range` keyword
  lhs: ast.Expr[] | undefined;
  def: boolean;
  tokPos: number;
  x: ast.Expr;
}

type SimpleStmt = ast.Stmt | RangeClause;

interface Header {
  init: SimpleStmt | undefined;
  cond: ast.Expr | undefined;
  post: ast.Stmt | undefined;
}

function isTypeSwitchGuard(x: ast.Expr): x is ast.TypeAssertExpr {
  return x.kind === 'TypeAssertExpr' && x.type === undefined;
}

export abstract class StmtParser extends ExprParser {
  /** `v := x.(type)` guards seen in switch headers, by guard expression. */
  private guardNames: Map<ast.TypeAssertExpr, { lhs: ast.Ident; tokPos: number }> | undefined;
  /**
   * Errors gc reports while type-checking (types2) for constructs the AST
   * cannot hold; reported with the checker's errors, not the syntax errors.
   */
  readonly deferred: { offset: number; message: string }[] = [];
  /** Number of branch and labeled statements parsed so far. */
  private branchStmts = 0;

  abstract genDecl(keyword: Token, pos: number): ast.GenDecl;

  funcBody(): ast.BlockStmt {
    this.fnest++;
    const errcnt = this.errcnt;
    const branchStmts = this.branchStmts;
    const body = this.blockStmt('');
    this.fnest--;
    // Don't check branches if there were syntax errors in the function as it
    // may lead to spurious errors (gc: funcBody with CheckBranches). Without
    // any branch or labeled statement there is nothing to check.
    if (this.errcnt === errcnt && this.branchStmts !== branchStmts) {
      checkBranches(body, this.file, (offset, message) => this.diagnostics.push({ file: this.file, offset, message }));
    }
    return body;
  }

  /**
   * SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
   * With keyword For a RangeClause may result.
   */
  private simpleStmt(lhs: ast.Expr[] | undefined, keyword: Token | 0): SimpleStmt {
    if (keyword === Token.For && this.tok === Token.Range) return this.rangeClause(undefined, false, -1);

    if (!lhs) lhs = this.exprList();

    if (lhs.length === 1 && this.tok !== Token.Assign && this.tok !== Token.Define) {
      const x = lhs[0];
      const pos = this.pos;
      switch (this.tok) {
        case Token.AssignOp: {
          // lhs op= rhs
          const tok = (OP_STRINGS[this.op] + '=') as ast.AssignTok;
          this.next();
          const rhs = this.expr();
          return { kind: 'AssignStmt', pos: x.pos, end: rhs.end, lhs, tok, tokPos: pos, rhs: [rhs] };
        }
        case Token.IncOp: {
          // lhs++ or lhs--
          const tok = this.op === Op.Add ? '++' : '--';
          this.next();
          return { kind: 'IncDecStmt', pos: x.pos, end: pos + 2, x, tok, tokPos: pos };
        }
        case Token.Arrow: {
          // lhs <- rhs
          this.next();
          const value = this.expr();
          return { kind: 'SendStmt', pos: x.pos, end: value.end, chan: x, arrow: pos, value };
        }
        default:
          return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
      }
    }

    // expr_list
    if (this.tok === Token.Assign || this.tok === Token.Define) {
      const pos = this.pos;
      const def = this.tok === Token.Define;
      this.next();
      if (keyword === Token.For && this.at(Token.Range)) {
        // expr_list op= range expr
        return this.rangeClause(lhs, def, pos);
      }
      // expr_list op= expr_list
      const rhs = this.exprList();
      const guard = rhs[0];
      if (rhs.length === 1 && isTypeSwitchGuard(guard) && keyword === Token.Switch && def &&
          lhs.length === 1 && lhs[0].kind === 'Ident') {
        // switch … lhs := rhs.(type)
        (this.guardNames ??= new Map()).set(guard, { lhs: lhs[0], tokPos: pos });
        return { kind: 'ExprStmt', pos: guard.pos, end: guard.end, x: guard };
      }
      return {
        kind: 'AssignStmt', pos: lhs[0].pos, end: rhs[rhs.length - 1].end,
        lhs, tok: def ? ':=' : '=', tokPos: pos, rhs,
      };
    }

    this.syntaxError('expected := or = or comma');
    this.advance(Token.Semi, Token.Rbrace);
    // make the best of what we have
    const x = lhs[0];
    return { kind: 'ExprStmt', pos: x.pos, end: x.end, x };
  }

  private rangeClause(lhs: ast.Expr[] | undefined, def: boolean, tokPos: number): RangeClause {
    const pos = this.pos;
    this.next(); // consume range
    const x = this.expr();
    return { kind: 'RangeClause', pos, lhs, def, tokPos, x };
  }

  /** A `v := x.(type)` guard statement as go/ast represents it. */
  private guardStmt(s: ast.ExprStmt): ast.ExprStmt | ast.AssignStmt {
    const g = this.guardNames?.get(s.x as ast.TypeAssertExpr);
    if (!g) return s;
    return { kind: 'AssignStmt', pos: g.lhs.pos, end: s.end, lhs: [g.lhs], tok: ':=', tokPos: g.tokPos, rhs: [s.x] };
  }

  private labeledStmtOrNil(label: ast.Ident): ast.LabeledStmt | undefined {
    this.branchStmts++;
    const colon = this.pos;
    this.want(Token.Colon);
    if (this.tok === Token.Rbrace) {
      // We expect a statement (incl. an empty statement), which must be
      // terminated by a semicolon. Because semicolons may be omitted before
      // an Rbrace, seeing an Rbrace implies an empty statement.
      const e: ast.EmptyStmt = { kind: 'EmptyStmt', pos: this.pos, end: this.pos, implicit: true };
      return { kind: 'LabeledStmt', pos: label.pos, end: e.end, label, stmt: e };
    }
    const s = this.stmtOrNil();
    if (s) return { kind: 'LabeledStmt', pos: label.pos, end: s.end, label, stmt: s };
    // report error at line of ':' token
    this.syntaxErrorAt(colon, 'missing statement after label');
    // we are already at the end of the labeled statement - no need to advance
    return undefined;
  }

  /** Block = "{" StatementList "}" . context must be set unless we know tok is `{`. */
  blockStmt(context: string): ast.BlockStmt {
    const lbrace = this.pos;
    // people coming from C may forget that braces are mandatory in Go
    if (!this.got(Token.Lbrace)) {
      this.syntaxError('expected { after ' + context);
      this.advance(Token.Name, Token.Rbrace);
      const rbrace = this.pos; // in case we found "}"
      if (this.got(Token.Rbrace)) {
        return { kind: 'BlockStmt', pos: lbrace, end: rbrace + 1, lbrace, list: [], rbrace };
      }
    }
    const list = this.stmtList();
    const rbrace = this.closing(Token.Rbrace);
    return { kind: 'BlockStmt', pos: lbrace, end: this.lastCloseEnd, lbrace, list, rbrace };
  }

  private declStmt(keyword: Token): ast.DeclStmt {
    const pos = this.pos;
    this.next(); // const, type or var
    const decl = this.genDecl(keyword, pos);
    return { kind: 'DeclStmt', pos, end: decl.end, decl };
  }

  private forStmt(): ast.ForStmt | ast.RangeStmt {
    const pos = this.pos;
    const h = this.header(Token.For);
    const body = this.blockStmt('for clause');
    const init = h.init;
    if (init && init.kind === 'RangeClause') {
      const lhs = init.lhs;
      if (lhs && lhs.length > 2) {
        this.deferred.push({ offset: lhs[2].pos, message: 'range clause permits at most two iteration variables' });
      }
      return {
        kind: 'RangeStmt', pos, end: body.end,
        key: lhs ? lhs[0] : undefined, value: lhs && lhs.length > 1 ? lhs[1] : undefined,
        tok: lhs ? (init.def ? ':=' : '=') : undefined, tokPos: lhs ? init.tokPos : -1,
        x: init.x, body,
      };
    }
    return { kind: 'ForStmt', pos, end: body.end, init, cond: h.cond, post: h.post, body };
  }

  /** The header of an if, for or switch statement, up to the `{`. */
  private header(keyword: Token): Header {
    const h: Header = { init: undefined, cond: undefined, post: undefined };
    this.want(keyword);

    if (this.tok === Token.Lbrace) {
      if (keyword === Token.If) {
        this.syntaxError('missing condition in if statement');
        h.cond = this.badExpr();
      }
      return h;
    }
    // tok !== Lbrace

    const outer = this.xnest;
    this.xnest = -1;

    if (this.tok !== Token.Semi) {
      // accept potential varDecl but complain
      if (this.got(Token.Var)) {
        this.syntaxError(`var declaration not allowed in ${tokstring(keyword)} initializer`);
      }
      h.init = this.simpleStmt(undefined, keyword);
      // If we have a range clause, we are done (can only happen for keyword == For).
      if (h.init.kind === 'RangeClause') {
        this.xnest = outer;
        return h;
      }
    }

    let condStmt: SimpleStmt | undefined;
    let semiPos = -1;
    let semiLit = '';
    done: {
      if (!this.at(Token.Lbrace)) {
        if (this.tok === Token.Semi) {
          semiPos = this.pos;
          semiLit = this.lit;
          this.next();
        } else {
          // asking for a '{' rather than a ';' here leads to a better error message
          this.want(Token.Lbrace);
          if (!this.at(Token.Lbrace)) {
            this.advance(Token.Lbrace, Token.Rbrace); // for better synchronization (e.g., go.dev/issue/22581)
          }
        }
        if (keyword === Token.For) {
          if (this.tok !== Token.Semi) {
            if (this.at(Token.Lbrace)) {
              this.syntaxError('expected for loop condition');
              break done;
            }
            condStmt = this.simpleStmt(undefined, 0 /* range not permitted */);
          }
          this.want(Token.Semi);
          if (!this.at(Token.Lbrace)) {
            const post = this.simpleStmt(undefined, 0 /* range not permitted */) as ast.Stmt;
            if (post.kind === 'AssignStmt' && post.tok === ':=') {
              this.syntaxErrorAt(post.tokPos, 'cannot declare in post statement of for loop');
            }
            h.post = post;
          }
        } else if (!this.at(Token.Lbrace)) {
          condStmt = this.simpleStmt(undefined, keyword);
        }
      } else {
        condStmt = h.init;
        h.init = undefined;
      }
    }

    // unpack condStmt
    if (!condStmt) {
      if (keyword === Token.If && semiPos >= 0) {
        if (semiLit !== 'semicolon') {
          this.syntaxErrorAt(semiPos, `unexpected ${semiLit}, expected { after if clause`);
        } else {
          this.syntaxErrorAt(semiPos, 'missing condition in if statement');
        }
        h.cond = this.badExpr(semiPos);
      }
    } else if (condStmt.kind === 'ExprStmt') {
      h.cond = condStmt.x;
    } else if (condStmt.kind !== 'RangeClause') {
      // A common syntax error is to write '=' instead of '==', which turns an
      // expression into an assignment. Provide a more explicit error message
      // in that case to prevent further confusion.
      let str: string;
      let at: number;
      if (condStmt.kind === 'AssignStmt' && condStmt.tok === '=') {
        // Emphasize complex Lhs and Rhs of assignment with parentheses to highlight '='.
        str = `assignment ${emphasize(condStmt.lhs)} = ${emphasize(condStmt.rhs)}`;
        at = condStmt.tokPos;
      } else {
        str = simpleStmtString(condStmt);
        at = gcStmtPos(condStmt);
      }
      this.syntaxErrorAt(at, `cannot use ${str} as value`);
    }

    if (h.init && h.init.kind === 'ExprStmt') h.init = this.guardStmt(h.init);
    this.xnest = outer;
    return h;
  }

  private ifStmt(): ast.IfStmt {
    const pos = this.pos;
    const h = this.header(Token.If);
    const body = this.blockStmt('if clause');
    let els: ast.IfStmt | ast.BlockStmt | undefined;
    if (this.got(Token.Else)) {
      switch (this.tok) {
        case Token.If:
          els = this.ifStmt();
          break;
        case Token.Lbrace:
          els = this.blockStmt('');
          break;
        default:
          this.syntaxError('else must be followed by if or statement block');
          this.advance(Token.Name, Token.Rbrace);
      }
    }
    const cond = h.cond ?? this.badExpr(body.pos);
    return { kind: 'IfStmt', pos, end: els ? els.end : body.end, init: h.init as ast.Stmt | undefined, cond, body, else: els };
  }

  private switchStmt(): ast.SwitchStmt | ast.TypeSwitchStmt {
    const pos = this.pos;
    const h = this.header(Token.Switch);
    const lbrace = this.pos;
    if (!this.got(Token.Lbrace)) {
      this.syntaxError('missing { after switch clause');
      this.advance(Token.Case, Token.Default, Token.Rbrace);
    }
    const clauses: ast.CaseClause[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace) clauses.push(this.caseClause());
    const rbrace = this.closing(Token.Rbrace);
    const end = this.lastCloseEnd;
    const init = h.init as ast.Stmt | undefined;
    const tag = h.cond;
    if (tag && isTypeSwitchGuard(tag)) {
      const assign = this.guardStmt({ kind: 'ExprStmt', pos: tag.pos, end: tag.end, x: tag });
      return { kind: 'TypeSwitchStmt', pos, end, init, assign, lbrace, clauses, rbrace };
    }
    return { kind: 'SwitchStmt', pos, end, init, tag, lbrace, clauses, rbrace };
  }

  private selectStmt(): ast.SelectStmt {
    const pos = this.pos;
    this.want(Token.Select);
    const lbrace = this.pos;
    if (!this.got(Token.Lbrace)) {
      this.syntaxError('missing { after select clause');
      this.advance(Token.Case, Token.Default, Token.Rbrace);
    }
    const clauses: ast.CommClause[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace) clauses.push(this.commClause());
    const rbrace = this.closing(Token.Rbrace);
    return { kind: 'SelectStmt', pos, end: this.lastCloseEnd, lbrace, clauses, rbrace };
  }

  private caseClause(): ast.CaseClause {
    const pos = this.pos;
    let list: ast.Expr[] | undefined;
    switch (this.tok) {
      case Token.Case:
        this.next();
        list = this.exprList();
        break;
      case Token.Default:
        this.next();
        break;
      default:
        this.syntaxError('expected case or default or }');
        this.advance(Token.Colon, Token.Case, Token.Default, Token.Rbrace);
    }
    const colon = this.closing(Token.Colon);
    const colonEnd = this.lastCloseEnd;
    const body = this.stmtList();
    const end = body.length > 0 ? body[body.length - 1].end : colonEnd;
    return { kind: 'CaseClause', pos, end, list, colon, body };
  }

  private commClause(): ast.CommClause {
    const pos = this.pos;
    let comm: ast.SendStmt | ast.ExprStmt | ast.AssignStmt | undefined;
    switch (this.tok) {
      case Token.Case: {
        this.next();
        // The syntax restricts the possible simple statements here to:
        //     lhs <- x (send statement)
        //     <-x
        //     lhs = <-x
        //     lhs := <-x
        // All these (and more) are recognized by simpleStmt and invalid
        // syntax trees are flagged later, during type checking.
        const s = this.simpleStmt(undefined, 0) as ast.Stmt;
        if (s.kind === 'SendStmt' || s.kind === 'ExprStmt' || s.kind === 'AssignStmt') comm = s;
        else if (s.kind === 'IncDecStmt') {
          // Not a valid select case; as an ExprStmt of its operand the checker
          // reports it just as types2 does (select case must be receive, ...).
          comm = { kind: 'ExprStmt', pos: s.x.pos, end: s.end, x: s.x };
        }
        break;
      }
      case Token.Default:
        this.next();
        break;
      default:
        this.syntaxError('expected case or default or }');
        this.advance(Token.Colon, Token.Case, Token.Default, Token.Rbrace);
    }
    const colon = this.closing(Token.Colon);
    const colonEnd = this.lastCloseEnd;
    const body = this.stmtList();
    const end = body.length > 0 ? body[body.length - 1].end : colonEnd;
    return { kind: 'CommClause', pos, end, comm, colon, body };
  }

  private callStmt(): ast.GoStmt | ast.DeferStmt {
    const pos = this.pos;
    const isGo = this.tok === Token.Go;
    const kw = isGo ? 'go' : 'defer';
    this.next();
    let x = this.pexpr(undefined, this.tok === Token.Lparen); // keep parens so we can report an error below
    const t = unparen(x);
    if (t !== x) {
      this.errorAt(x.pos, `expression in ${kw} must not be parenthesized`);
      // already progressed, no need to advance
      x = t;
    }
    let call: ast.CallExpr;
    if (x.kind === 'CallExpr') {
      call = x;
    } else {
      // gc's type checker reports this; keep the operand in a call node
      // marked by lparen -1 so the checker still visits it.
      this.deferred.push({ offset: x.pos, message: `expression in ${kw} must be function call` });
      call = { kind: 'CallExpr', pos: x.pos, end: x.end, fun: x, lparen: -1, args: [], ellipsis: -1, rparen: -1 };
    }
    if (isGo) return { kind: 'GoStmt', pos, end: call.end, call };
    return { kind: 'DeferStmt', pos, end: call.end, call };
  }

  /** A statement if one is present (gc: stmtOrNil); the `;` after it is left for stmtList. */
  stmtOrNil(): ast.Stmt | undefined {
    this.enter();
    const s = this.stmtOrNil1();
    this.depth--;
    return s;
  }

  private stmtOrNil1(): ast.Stmt | undefined {
    // Most statements (assignments) start with an identifier;
    // look for it first before doing anything more expensive.
    if (this.tok === Token.Name) {
      const lhs = this.exprList();
      const label = lhs[0];
      if (lhs.length === 1 && label.kind === 'Ident' && this.at(Token.Colon)) {
        return this.labeledStmtOrNil(label);
      }
      return this.simpleStmt(lhs, 0) as ast.Stmt;
    }

    const pos = this.pos;
    switch (this.tok) {
      case Token.Var:
      case Token.Const:
      case Token.Type:
        return this.declStmt(this.tok);
      case Token.Lbrace:
        return this.blockStmt('');
      case Token.Operator:
      case Token.Star:
        switch (this.op) {
          case Op.Add: case Op.Sub: case Op.Mul: case Op.And: case Op.Xor: case Op.Not:
            return this.simpleStmt(undefined, 0) as ast.Stmt; // unary operators
        }
        return undefined;
      case Token.Literal: case Token.Func: case Token.Lparen: // operands
      case Token.Lbrack: case Token.Struct: case Token.Map: case Token.Chan: case Token.Interface: // composite types
      case Token.Arrow: // receive operator
        return this.simpleStmt(undefined, 0) as ast.Stmt;
      case Token.For:
        return this.forStmt();
      case Token.Switch:
        return this.switchStmt();
      case Token.Select:
        return this.selectStmt();
      case Token.If:
        return this.ifStmt();
      case Token.Fallthrough:
        this.branchStmts++;
        this.next();
        return { kind: 'BranchStmt', pos, end: pos + 11, tok: 'fallthrough', label: undefined };
      case Token.Break:
      case Token.Continue: {
        this.branchStmts++;
        const tok = this.tok === Token.Break ? 'break' : 'continue';
        this.next();
        const label = this.at(Token.Name) ? this.name() : undefined;
        return { kind: 'BranchStmt', pos, end: label ? label.end : pos + tok.length, tok, label };
      }
      case Token.Go:
      case Token.Defer:
        return this.callStmt();
      case Token.Goto: {
        this.branchStmts++;
        this.next();
        const label = this.name();
        return { kind: 'BranchStmt', pos, end: label.end, tok: 'goto', label };
      }
      case Token.Return: {
        this.next();
        let results: ast.Expr[] = [];
        if (!this.at(Token.Semi) && !this.at(Token.Rbrace)) results = this.exprList();
        const end = results.length > 0 ? results[results.length - 1].end : pos + 6;
        return { kind: 'ReturnStmt', pos, end, results };
      }
      case Token.Semi:
        return {
          kind: 'EmptyStmt', pos, end: this.lit === 'semicolon' ? pos + 1 : pos, implicit: this.lit !== 'semicolon',
        };
    }
    return undefined;
  }

  /** StatementList = { Statement ";" } . */
  stmtList(): ast.Stmt[] {
    const list: ast.Stmt[] = [];
    while (this.tok !== Token.EOF && this.tok !== Token.Rbrace && this.tok !== Token.Case && this.tok !== Token.Default) {
      const s = this.stmtOrNil();
      if (!s) break;
      list.push(s);
      // ";" is optional before "}"
      if (!this.got(Token.Semi) && !this.at(Token.Rbrace)) {
        this.syntaxError('at end of statement');
        this.advance(Token.Semi, Token.Rbrace, Token.Case, Token.Default);
        this.got(Token.Semi); // avoid spurious empty statement
      }
    }
    return list;
  }
}

/** emphasize: a single binary expression is parenthesized to highlight the `=`. */
function emphasize(list: readonly ast.Expr[]): string {
  const s = exprListString(list);
  if (list.length === 1 && list[0].kind === 'BinaryExpr') return `(${s})`;
  return s;
}

/** The position gc gives a simple statement: its operator, or the expression's start. */
function gcStmtPos(s: ast.Stmt): number {
  switch (s.kind) {
    case 'AssignStmt':
    case 'IncDecStmt':
      return s.tokPos;
    case 'SendStmt':
      return s.arrow;
  }
  return s.pos;
}
