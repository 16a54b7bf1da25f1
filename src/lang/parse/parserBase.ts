// Token handling and error reporting shared by all parser layers. Mirrors the
// helpers at the top of cmd/compile/internal/syntax/parser.go (got, want,
// advance, list, syntaxErrorAt) so recovery and messages follow gc exactly,
// with Go 1.22's wording ("expected X", where 1.19 said "expecting X").

import type * as ast from '../ast.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import { Scanner } from '../scanner.js';
import { Token, LIT_KINDS, OP_STRINGS, tokstring } from '../token.js';

/** Keywords that start a statement: good places to resume after an error (parser.go: stopset). */
const STOPSET: readonly Token[] = [
  Token.Break, Token.Const, Token.Continue, Token.Defer, Token.Fallthrough, Token.For,
  Token.Go, Token.Goto, Token.If, Token.Return, Token.Select, Token.Switch, Token.Type, Token.Var,
];

/** Thrown (and caught by parseFile) when recursion gets too deep for the JS stack. */
export class NestingTooDeep extends Error {}

/**
 * Thrown (and caught by parseFile) if the parser stops making progress. gc's
 * recovery always advances, and so should this port; the step budget turns
 * a bug into a diagnostic instead of a hung tab.
 */
export class NoProgress extends Error {}

const MAX_DEPTH = 3000;

export abstract class ParserBase extends Scanner {
  readonly file: SourceFile;
  readonly diagnostics: Diagnostic[] = [];
  /** Literals the scanner found malformed (already reported); the checker skips them. */
  readonly badLiterals = new Set<ast.BasicLit>();
  /** Number of errors from the scanner and parser (gc: p.errcnt, and p.first != nil). */
  errcnt = 0;
  /** Function nesting level: the stopset applies only inside functions. */
  fnest = 0;
  /** Expression nesting level; < 0 in control clauses where `T{` is a block (gc: xnest). */
  xnest = 0;
  /**
   * End offset of the node closed by the last closing() or list(): just
   * after the closing token, or at the unexpected token if it is missing.
   */
  lastCloseEnd = 0;
  /** Recursion depth guard for pathological inputs. */
  depth = 0;
  /** Calls of the main recursive productions; bounded by the input size. */
  private steps = 0;
  private readonly maxSteps: number;

  constructor(file: SourceFile) {
    super(file.text, () => {});
    this.file = file;
    this.errh = (offset, msg) => this.errorAt(offset, msg);
    this.maxSteps = 64 * (file.text.length + 64);
  }

  // ------------------------------------------------------------ errors

  errorAt(offset: number, message: string): void {
    this.diagnostics.push({ file: this.file, offset, message });
    this.errcnt++;
  }

  error(message: string): void {
    this.errorAt(this.pos, message);
  }

  /**
   * syntaxErrorAt: messages starting with "in ", "at ", "after " or
   * "expected " are prefixed by "unexpected <current token>"; others are
   * reported as they are. Nothing is reported at EOF after an earlier error.
   */
  syntaxErrorAt(offset: number, msg: string): void {
    if (this.tok === Token.EOF && this.errcnt > 0) return; // avoid meaningless follow-up errors
    if (msg === '') {
      // nothing to add
    } else if (msg.startsWith('in ') || msg.startsWith('at ') || msg.startsWith('after ')) {
      msg = ' ' + msg;
    } else if (msg.startsWith('expected ')) {
      msg = ', ' + msg;
    } else {
      this.errorAt(offset, 'syntax error: ' + msg);
      return;
    }
    let tok: string;
    switch (this.tok) {
      case Token.Name:
      case Token.Semi:
        tok = this.lit;
        break;
      case Token.Literal:
        tok = 'literal ' + this.lit;
        break;
      case Token.Operator:
        tok = OP_STRINGS[this.op];
        break;
      case Token.AssignOp:
        tok = OP_STRINGS[this.op] + '=';
        break;
      case Token.IncOp:
        tok = OP_STRINGS[this.op] + OP_STRINGS[this.op];
        break;
      default:
        tok = tokstring(this.tok);
    }
    this.errorAt(offset, 'syntax error: unexpected ' + tok + msg);
  }

  syntaxError(msg: string): void {
    this.syntaxErrorAt(this.pos, msg);
  }

  // ------------------------------------------------------------ tokens

  /**
   * Whether the current token is tok. Used after next() where TypeScript
   * would otherwise keep a stale narrowing of this.tok.
   */
  at(tok: Token): boolean {
    return this.tok === tok;
  }

  got(tok: Token): boolean {
    if (this.tok === tok) {
      this.next();
      return true;
    }
    return false;
  }

  want(tok: Token): void {
    if (!this.got(tok)) {
      this.syntaxError('expected ' + tokstring(tok));
      this.advance();
    }
  }

  /** Like got(Assign) but also accepts `:=`, complaining (parser.go: gotAssign). */
  gotAssign(): boolean {
    if (this.tok === Token.Define) this.syntaxError('expected =');
    else if (this.tok !== Token.Assign) return false;
    this.next();
    return true;
  }

  /**
   * Skips tokens until one in the follow list (or, inside a function, one that
   * starts a statement). With an empty list exactly one token is consumed.
   */
  advance(...followlist: Token[]): void {
    if (followlist.length === 0) {
      if (this.tok !== Token.EOF) this.next();
      return;
    }
    const stop = this.fnest > 0;
    while (this.tok !== Token.EOF) {
      if (followlist.includes(this.tok)) return;
      if (stop && STOPSET.includes(this.tok)) return;
      this.next();
    }
  }

  /**
   * list = [ f { sep f } [sep] ] close . Calls f for each element until it
   * returns true; returns the offset of the closing token (parser.go: list).
   */
  list(context: string, sep: Token, close: Token, f: () => boolean): number {
    let done = false;
    while (this.tok !== Token.EOF && this.tok !== close && !done) {
      done = f();
      // sep is optional before close
      if (!this.got(sep) && this.tok !== close) {
        this.syntaxError(`in ${context}; possibly missing ${tokstring(sep)} or ${tokstring(close)}`);
        this.advance(Token.Rparen, Token.Rbrack, Token.Rbrace);
        if (this.tok !== close) {
          this.lastCloseEnd = this.pos;
          return this.pos; // position could be better but we had an error
        }
      }
    }
    return this.closing(close);
  }

  /** want(tok) for a closing bracket: returns its offset and sets lastCloseEnd. */
  closing(tok: Token): number {
    const pos = this.pos;
    this.lastCloseEnd = this.tok === tok ? this.end : pos;
    this.want(tok);
    return pos;
  }

  /** Called on entry to the recursive productions: guards depth and progress. */
  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new NestingTooDeep();
    if (++this.steps > this.maxSteps) throw new NoProgress();
  }

  // ------------------------------------------------------------ common productions

  name(): ast.Ident {
    if (this.tok === Token.Name) {
      const pos = this.pos;
      const name = this.lit;
      this.next();
      return { kind: 'Ident', pos, end: pos + name.length, name };
    }
    const pos = this.pos;
    this.syntaxError('expected name');
    this.advance();
    return { kind: 'Ident', pos, end: pos, name: '_' };
  }

  nameList(first: ast.Ident): ast.Ident[] {
    const l = [first];
    while (this.got(Token.Comma)) l.push(this.name());
    return l;
  }

  oliteral(): ast.BasicLit | undefined {
    if (this.tok !== Token.Literal) return undefined;
    const lit: ast.BasicLit = {
      kind: 'BasicLit', pos: this.pos, end: this.end, litKind: LIT_KINDS[this.kind], value: this.lit,
    };
    if (this.bad) this.badLiterals.add(lit);
    this.next();
    return lit;
  }

  badExpr(pos = this.pos): ast.BadExpr {
    return { kind: 'BadExpr', pos, end: pos };
  }
}
