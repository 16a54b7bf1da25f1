// Expression syntax (spec: Expressions): operands, composite and function
// literals, primary expressions (selectors, index, slice, type assertions,
// calls, instantiations), unary and binary operators by precedence. Follows
// syntax/parser.go's expr, unaryExpr, operand, pexpr and complitexpr,
// including the `T{` composite-literal-versus-block rule via xnest.

import type * as ast from '../ast.js';
import { Token, Op, OP_STRINGS } from '../token.js';
import { exprString } from './exprString.js';
import { TypeParser } from './parseTypes.js';

const UNARY_OPS: (ast.UnaryOp | undefined)[] = [];
UNARY_OPS[Op.Add] = '+';
UNARY_OPS[Op.Sub] = '-';
UNARY_OPS[Op.Not] = '!';
UNARY_OPS[Op.Xor] = '^';
UNARY_OPS[Op.Tilde] = '~';

export function unparen(x: ast.Expr): ast.Expr {
  while (x.kind === 'ParenExpr') x = x.x;
  return x;
}

/** isValue reports whether x syntactically must be a value (and not a type) expression. */
export function isValue(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'BasicLit':
    case 'CompositeLit':
    case 'FuncLit':
    case 'SliceExpr':
    case 'TypeAssertExpr':
    case 'CallExpr':
    case 'UnaryExpr':
    case 'BinaryExpr':
      return true;
    case 'ParenExpr':
      return isValue(x.x);
    case 'IndexExpr':
      return isValue(x.x) || (x.indices.length === 1 && isValue(x.indices[0]));
  }
  return false; // *T may be a type
}

export abstract class ExprParser extends TypeParser {
  abstract funcBody(): ast.BlockStmt;

  expr(): ast.Expr {
    return this.binaryExpr(undefined, 0);
  }

  /** ExpressionList = Expression { "," Expression } . */
  exprList(): ast.Expr[] {
    const list = [this.expr()];
    while (this.got(Token.Comma)) list.push(this.expr());
    return list;
  }

  /** Expression = UnaryExpr | Expression binary_op Expression . */
  binaryExpr(x: ast.Expr | undefined, prec: number): ast.Expr {
    if (!x) x = this.unaryExpr();
    while ((this.tok === Token.Operator || this.tok === Token.Star) && this.prec > prec) {
      const opPos = this.pos;
      const op = OP_STRINGS[this.op] as ast.BinaryOp;
      const tprec = this.prec;
      this.next();
      const y = this.binaryExpr(undefined, tprec);
      x = { kind: 'BinaryExpr', pos: x.pos, end: y.end, op, opPos, x, y };
    }
    return x;
  }

  /** UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
  unaryExpr(): ast.Expr {
    this.enter();
    const x = this.unaryExpr1();
    this.depth--;
    return x;
  }

  private unaryExpr1(): ast.Expr {
    const pos = this.pos;
    switch (this.tok) {
      case Token.Star: {
        this.next();
        const x = this.unaryExpr();
        return { kind: 'StarExpr', pos, end: x.end, x };
      }
      case Token.Operator: {
        const op = this.op;
        if (op === Op.And) {
          this.next();
          // unaryExpr may have returned a parenthesized composite literal
          // (see operand) - remove parentheses if any
          const px = this.unaryExpr();
          return { kind: 'UnaryExpr', pos, end: px.end, op: '&', opPos: pos, x: unparen(px) };
        }
        const u = UNARY_OPS[op];
        if (u !== undefined) {
          this.next();
          const x = this.unaryExpr();
          return { kind: 'UnaryExpr', pos, end: x.end, op: u, opPos: pos, x };
        }
        break;
      }
      case Token.Arrow: {
        // receive op (<-x) or receive-only channel (<-chan E)
        this.next();
        // If the next token is Chan we still don't know if it is a channel
        // (<-chan int) or a receive op (<-chan int(ch)); we only know once we
        // have found the end of the unaryExpr.
        const x = this.unaryExpr();
        if (x.kind === 'ChanType') {
          // x is a channel type => re-associate <-:
          //   <-(chan E)   =>  (<-chan E)
          //   <-(chan<-E)  =>  (<-chan (<-E))
          let dir: ast.ChanDir = 'send';
          let t: ast.Expr = x;
          let arrow = pos;
          while (dir === 'send') {
            if (t.kind !== 'ChanType') break;
            dir = t.dir;
            if (dir === 'recv') {
              // t is type <-chan E but <-<-chan E is not permitted
              // (report same error as for "type _ <-<-chan E")
              this.syntaxError('unexpected <-, expected chan');
            }
            const next = t.arrow;
            t.pos = arrow;
            t.arrow = arrow;
            t.dir = 'recv';
            arrow = next;
            t = t.value;
          }
          if (dir === 'send') {
            // channel dir is <- but channel element E is not a channel
            // (report same error as for "type _ <-chan<-E")
            this.syntaxError(`unexpected ${exprString(t)}, expected chan`);
          }
          return x;
        }
        // x is not a channel type => we have a receive op
        return { kind: 'UnaryExpr', pos, end: x.end, op: '<-', opPos: pos, x };
      }
    }
    return this.pexpr(undefined, true);
  }

  /**
   * Operand = Literal | OperandName | MethodExpr | "(" Expression ")" .
   * Parentheses are kept (as ParenExpr) where gc keeps them: when asked to,
   * and before a `{` (a parenthesized composite literal type).
   */
  private operand(keepParens: boolean): ast.Expr {
    switch (this.tok) {
      case Token.Name:
        return this.name();
      case Token.Literal:
        return this.oliteral() as ast.BasicLit;
      case Token.Lparen: {
        const pos = this.pos;
        this.next();
        this.xnest++;
        const x = this.expr();
        this.xnest--;
        const rparen = this.closing(Token.Rparen);
        const end = this.lastCloseEnd;
        // Parentheses are not permitted around T in a composite literal T{}.
        // If the next token is a {, assume x is a composite literal type T
        // (it may not be, { could be the opening brace of a block).
        if (this.at(Token.Lbrace)) keepParens = true;
        if (keepParens) return { kind: 'ParenExpr', pos, end: Math.max(end, rparen), x };
        return x;
      }
      case Token.Func: {
        const pos = this.pos;
        this.next();
        const ftyp = this.funcType('function type', pos).type;
        if (this.at(Token.Lbrace)) {
          this.xnest++;
          const body = this.funcBody();
          this.xnest--;
          return { kind: 'FuncLit', pos, end: body.end, type: ftyp, body };
        }
        return ftyp;
      }
      case Token.Lbrack:
      case Token.Chan:
      case Token.Map:
      case Token.Struct:
      case Token.Interface:
        return this.type_(); // othertype
    }
    const x = this.badExpr();
    this.syntaxError('expected expression');
    this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
    return x;
  }

  /**
   * PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
   *               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
   * Composite literals are parsed here too, since their type may be a
   * qualified or instantiated name.
   */
  pexpr(x: ast.Expr | undefined, keepParens: boolean): ast.Expr {
    if (!x) x = this.operand(keepParens);
    for (;;) {
      const pos = this.pos;
      switch (this.tok) {
        case Token.Dot: {
          this.next();
          if (this.at(Token.Name)) {
            const sel = this.name();
            x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
          } else if (this.at(Token.Lparen)) {
            const lparen = this.pos;
            this.next();
            let type: ast.Expr | undefined;
            if (!this.got(Token.Type)) type = this.type_();
            this.closing(Token.Rparen);
            x = { kind: 'TypeAssertExpr', pos: x.pos, end: this.lastCloseEnd, x, type, lparen };
          } else {
            this.syntaxError('expected name or (');
            this.advance(Token.Semi, Token.Rparen);
          }
          continue;
        }
        case Token.Lbrack: {
          this.next();
          let i: ast.Expr | undefined;
          if (!this.at(Token.Colon)) {
            let list: ast.Expr[];
            let comma = false;
            if (this.at(Token.Rbrack)) {
              // invalid empty instance, slice or index expression; accept but complain
              this.syntaxError('expected operand');
              list = [this.badExpr()];
            } else {
              list = this.typeList(false);
              comma = this.typeListComma;
            }
            if (comma || this.at(Token.Rbrack)) {
              const rbrack = this.closing(Token.Rbrack);
              // x[], x[i,] or x[i, j, ...]
              x = { kind: 'IndexExpr', pos: x.pos, end: this.lastCloseEnd, x, lbrack: pos, indices: list, rbrack };
              continue;
            }
            i = list[0];
          }
          // x[i:...
          // For a better error message, don't simply use want(Colon) here (go.dev/issue/47704).
          if (!this.got(Token.Colon)) {
            this.syntaxError('expected comma, : or ]');
            this.advance(Token.Comma, Token.Colon, Token.Rbrack);
          }
          this.xnest++;
          let high: ast.Expr | undefined;
          let max: ast.Expr | undefined;
          let slice3 = false;
          if (!this.at(Token.Colon) && !this.at(Token.Rbrack)) {
            // x[i:j...
            high = this.expr();
          }
          if (this.at(Token.Colon)) {
            slice3 = true;
            // x[i:j:...]
            if (!high) {
              this.error('middle index required in 3-index slice');
              high = this.badExpr();
            }
            this.next();
            if (!this.at(Token.Rbrack)) {
              // x[i:j:k...
              max = this.expr();
            } else {
              this.error('final index required in 3-index slice');
              max = this.badExpr();
            }
          }
          this.xnest--;
          const rbrack = this.closing(Token.Rbrack);
          x = { kind: 'SliceExpr', pos: x.pos, end: this.lastCloseEnd, x, lbrack: pos, low: i, high, max, slice3, rbrack };
          continue;
        }
        case Token.Lparen: {
          this.next();
          this.xnest++;
          const args: ast.Expr[] = [];
          let ellipsis = -1;
          const rparen = this.list('argument list', Token.Comma, Token.Rparen, () => {
            args.push(this.expr());
            if (this.tok === Token.DotDotDot) {
              ellipsis = this.pos;
              this.next();
              return true;
            }
            return false;
          });
          this.xnest--;
          x = { kind: 'CallExpr', pos: x.pos, end: this.lastCloseEnd, fun: x, lparen: pos, args, ellipsis, rparen };
          continue;
        }
        case Token.Lbrace: {
          // operand may have returned a parenthesized complit type;
          // accept it but complain if we have a complit
          const t = unparen(x);
          // determine if '{' belongs to a composite literal or a block statement
          let complitOk = false;
          switch (t.kind) {
            case 'Ident':
            case 'SelectorExpr':
              complitOk = this.xnest >= 0; // x is possibly a composite literal type
              break;
            case 'IndexExpr':
              complitOk = this.xnest >= 0 && !isValue(t);
              break;
            case 'ArrayType':
            case 'StructType':
            case 'MapType':
              complitOk = true; // x is a comptype
              break;
          }
          if (!complitOk) return x;
          if (t !== x) this.syntaxError('cannot parenthesize type in composite literal');
          x = this.complitexpr(x);
          continue;
        }
      }
      return x;
    }
  }

  /** Element = Expression | LiteralValue . */
  private bareComplitexpr(): ast.Expr {
    if (this.tok === Token.Lbrace) return this.complitexpr(undefined); // elided type
    return this.expr();
  }

  /** LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
  private complitexpr(type: ast.Expr | undefined): ast.CompositeLit {
    this.enter();
    const lbrace = this.pos;
    this.xnest++;
    this.want(Token.Lbrace);
    const elts: ast.Expr[] = [];
    const rbrace = this.list('composite literal', Token.Comma, Token.Rbrace, () => {
      let e = this.bareComplitexpr();
      if (this.tok === Token.Colon) {
        // key ':' value
        const colon = this.pos;
        this.next();
        const value = this.bareComplitexpr();
        e = { kind: 'KeyValueExpr', pos: e.pos, end: value.end, key: e, colon, value };
      }
      elts.push(e);
      return false;
    });
    const end = this.lastCloseEnd;
    this.xnest--;
    this.depth--;
    return { kind: 'CompositeLit', pos: type ? type.pos : lbrace, end, type, lbrace, elts, rbrace };
  }
}
