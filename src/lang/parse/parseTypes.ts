// Type syntax (spec: Types): type names and instantiations, array, slice,
// struct, pointer, function, interface (with type-set elements), map and
// channel types, and parameter lists. Follows syntax/parser.go's typeOrNil,
// structType, interfaceType, funcType and paramList, building go/ast-shaped
// nodes.

import type * as ast from '../ast.js';
import { Token, Op, tokstring } from '../token.js';
import { ParserBase } from './parserBase.js';

/** A parameter as gc collects it before names and types are distributed (syntax.Field). */
export interface ParamEntry {
  pos: number;
  name: ast.Ident | undefined;
  type: ast.Expr | undefined;
  /** End offset of the parameter's own text (0 until known). */
  end?: number;
}

/** `[...]` after a name that turned out to be type arguments; the caller supplies X. */
export interface TypeArgs {
  kind: 'TypeArgs';
  lbrack: number;
  indices: ast.Expr[];
  rbrack: number;
  end: number;
}

export function emptyFieldList(pos: number): ast.FieldList {
  return { kind: 'FieldList', pos, end: pos, opening: -1, list: [], closing: -1 };
}

export function newIndexExpr(x: ast.Expr, a: TypeArgs): ast.IndexExpr {
  return { kind: 'IndexExpr', pos: x.pos, end: a.end, x, lbrack: a.lbrack, indices: a.indices, rbrack: a.rbrack };
}

/**
 * isTypeElem reports whether x is a (possibly parenthesized) type element
 * expression; false if x could also be an ordinary value expression.
 */
export function isTypeElem(x: ast.Expr): boolean {
  switch (x.kind) {
    case 'ArrayType':
    case 'StructType':
    case 'FuncType':
    case 'InterfaceType':
    case 'MapType':
    case 'ChanType':
      return true;
    case 'StarExpr':
      return isTypeElem(x.x);
    case 'UnaryExpr':
      return x.op === '~' || isTypeElem(x.x);
    case 'BinaryExpr':
      return isTypeElem(x.x) || isTypeElem(x.y);
    case 'ParenExpr':
      return isTypeElem(x.x);
  }
  return false;
}

export abstract class TypeParser extends ParserBase {
  /** Whether the last typeList call saw a comma. */
  protected typeListComma = false;

  abstract expr(): ast.Expr;

  type_(): ast.Expr {
    const typ = this.typeOrNil();
    if (typ) return typ;
    const b = this.badExpr();
    this.syntaxError('expected type');
    this.advance(Token.Comma, Token.Colon, Token.Semi, Token.Rparen, Token.Rbrack, Token.Rbrace);
    return b;
  }

  /**
   * Type     = TypeName | TypeLit | "(" Type ")" .
   * Returns undefined (without reporting) if there is no type here.
   */
  typeOrNil(): ast.Expr | undefined {
    this.enter();
    const t = this.typeOrNil1();
    this.depth--;
    return t;
  }

  private typeOrNil1(): ast.Expr | undefined {
    const pos = this.pos;
    switch (this.tok) {
      case Token.Star: {
        this.next();
        const x = this.type_();
        return { kind: 'StarExpr', pos, end: this.typeEnd(x), x };
      }
      case Token.Arrow: {
        // recvchantype
        this.next();
        this.want(Token.Chan);
        const value = this.chanElem();
        return { kind: 'ChanType', pos, end: this.typeEnd(value), dir: 'recv', arrow: pos, value };
      }
      case Token.Func:
        this.next();
        return this.funcType('function type', pos).type;
      case Token.Lbrack:
        this.next();
        if (this.got(Token.Rbrack)) return this.sliceType(pos);
        return this.arrayType(pos, undefined);
      case Token.Chan: {
        this.next();
        let dir: ast.ChanDir = 'both';
        let arrow = -1;
        if (this.at(Token.Arrow)) {
          arrow = this.pos;
          this.next();
          dir = 'send';
        }
        const value = this.chanElem();
        return { kind: 'ChanType', pos, end: this.typeEnd(value), dir, arrow, value };
      }
      case Token.Map: {
        this.next();
        this.want(Token.Lbrack);
        const key = this.type_();
        this.want(Token.Rbrack);
        const value = this.type_();
        return { kind: 'MapType', pos, end: this.typeEnd(value), key, value };
      }
      case Token.Struct:
        return this.structType();
      case Token.Interface:
        return this.interfaceType();
      case Token.Name:
        return this.qualifiedName(undefined);
      case Token.Lparen: {
        // gc drops the parentheses around a type
        this.next();
        const t = this.type_();
        this.want(Token.Rparen);
        return t;
      }
    }
    return undefined;
  }

  /**
   * The end of a node whose last part is the just parsed type t: gc drops
   * parentheses around types, but the node still ends after the `)`.
   */
  protected typeEnd(t: ast.Expr): number {
    return Math.max(this.prevEnd, t.end);
  }

  /** TypeName [ TypeArgs ], where the first name may already be consumed. */
  qualifiedName(name: ast.Ident | undefined): ast.Expr {
    let x: ast.Expr;
    if (name) {
      x = name;
    } else if (this.tok === Token.Name) {
      x = this.name();
    } else {
      x = { kind: 'Ident', pos: this.pos, end: this.pos, name: '_' };
      this.syntaxError('expected name');
      this.advance(Token.Dot, Token.Semi, Token.Rbrace);
    }
    if (this.tok === Token.Dot) {
      this.next();
      const sel = this.name();
      x = { kind: 'SelectorExpr', pos: x.pos, end: sel.end, x, sel };
    }
    if (this.tok === Token.Lbrack) x = this.typeInstance(x);
    return x;
  }

  private typeInstance(typ: ast.Expr): ast.Expr {
    const lbrack = this.pos;
    this.want(Token.Lbrack);
    let indices: ast.Expr[];
    if (this.tok === Token.Rbrack) {
      this.syntaxError('expected type argument list');
      indices = [this.badExpr()];
    } else {
      indices = this.typeList(true);
    }
    const rbrack = this.closing(Token.Rbrack);
    return { kind: 'IndexExpr', pos: typ.pos, end: this.lastCloseEnd, x: typ, lbrack, indices, rbrack };
  }

  /**
   * typeList = arg { "," arg } [ "," ] . The first element may be any
   * expression unless strict; the others must be types. Sets typeListComma.
   */
  typeList(strict: boolean): ast.Expr[] {
    this.xnest++;
    const list = [strict ? this.type_() : this.expr()];
    let comma = false;
    if (this.got(Token.Comma)) {
      comma = true;
      let t = this.typeOrNil();
      if (t) {
        list.push(t);
        while (this.got(Token.Comma)) {
          t = this.typeOrNil();
          if (!t) break;
          list.push(t);
        }
      }
    }
    this.xnest--;
    this.typeListComma = comma;
    return list;
  }

  /**
   * Signature after `func` (or after a method or function name), with type
   * parameters only where context is "" (gc: funcType). funcPos is the offset
   * of the `func` keyword, or -1.
   */
  funcType(context: string, funcPos: number): { typeParams: ast.FieldList | undefined; type: ast.FuncType } {
    const typPos = this.pos;
    let typeParams: ast.FieldList | undefined;
    if (this.tok === Token.Lbrack) {
      const lbrack = this.pos;
      this.next();
      if (context !== '') this.syntaxErrorAt(typPos, context + ' must have no type parameters');
      if (this.at(Token.Rbrack)) {
        this.syntaxError('empty type parameter list');
        this.next();
      } else {
        typeParams = this.paramList(lbrack, undefined, undefined, Token.Rbrack, true);
      }
    }
    const lparen = this.pos;
    this.want(Token.Lparen);
    const params = this.paramList(lparen, undefined, undefined, Token.Rparen, false);
    const results = this.funcResult();
    const start = funcPos >= 0 ? funcPos : typeParams ? typeParams.pos : params.pos;
    const type: ast.FuncType = {
      kind: 'FuncType', pos: start, end: results ? results.end : params.end,
      func: funcPos, typeParams, params, results,
    };
    return { typeParams, type };
  }

  /** Result = Parameters | Type . */
  private funcResult(): ast.FieldList | undefined {
    if (this.tok === Token.Lparen) {
      const lparen = this.pos;
      this.next();
      return this.paramList(lparen, undefined, undefined, Token.Rparen, false);
    }
    const typ = this.typeOrNil();
    if (!typ) return undefined;
    const f: ast.Field = { kind: 'Field', pos: typ.pos, end: typ.end, names: [], type: typ, tag: undefined };
    return { kind: 'FieldList', pos: typ.pos, end: typ.end, opening: -1, list: [f], closing: -1 };
  }

  /** `[` has been consumed at pos; len is the already parsed length, if any. */
  arrayType(pos: number, len: ast.Expr | undefined): ast.Expr {
    if (!len) {
      if (this.tok === Token.DotDotDot) {
        len = { kind: 'Ellipsis', pos: this.pos, end: this.end, elt: undefined };
        this.next();
      } else {
        this.xnest++;
        len = this.expr();
        this.xnest--;
      }
    }
    if (this.tok === Token.Comma) {
      // Trailing commas are accepted in type parameter lists but not in
      // array type declarations; accept for better error handling but complain.
      this.syntaxError('unexpected comma; expected ]');
      this.next();
    }
    this.want(Token.Rbrack);
    const elt = this.type_();
    return { kind: 'ArrayType', pos, end: this.typeEnd(elt), len, elt };
  }

  /** `[` and `]` have been consumed, pos is the offset of `[`. */
  sliceType(pos: number): ast.ArrayType {
    const elt = this.type_();
    return { kind: 'ArrayType', pos, end: this.typeEnd(elt), len: undefined, elt };
  }

  private chanElem(): ast.Expr {
    const typ = this.typeOrNil();
    if (typ) return typ;
    const b = this.badExpr();
    this.syntaxError('missing channel element type');
    // assume element type is simply absent - don't advance
    return b;
  }

  /** StructType = "struct" "{" { FieldDecl ";" } "}" . */
  private structType(): ast.StructType {
    const pos = this.pos;
    this.want(Token.Struct);
    const lbrace = this.pos;
    this.want(Token.Lbrace);
    const fields: ast.Field[] = [];
    const rbrace = this.list('struct type', Token.Semi, Token.Rbrace, () => {
      this.fieldDecl(fields);
      return false;
    });
    const end = this.lastCloseEnd;
    return {
      kind: 'StructType', pos, end,
      fields: { kind: 'FieldList', pos: lbrace, end, opening: lbrace, list: fields, closing: rbrace },
    };
  }

  /**
   * FieldDecl      = (IdentifierList Type | EmbeddedField) [ Tag ] .
   * EmbeddedField  = [ "*" ] TypeName [ TypeArgs ] .
   */
  private fieldDecl(fields: ast.Field[]): void {
    const pos = this.pos;
    switch (this.tok) {
      case Token.Name: {
        const name = this.name();
        if (this.at(Token.Dot) || this.at(Token.Literal) || this.at(Token.Semi) || this.at(Token.Rbrace)) {
          // embedded type
          const typ = this.qualifiedName(name);
          this.addField(fields, pos, [], typ, this.oliteral());
          return;
        }
        // name1, name2, ... Type [ tag ]
        const names = this.nameList(name);
        let typ: ast.Expr;
        // Careful dance: we don't know if we have an embedded instantiated
        // type T[P1, P2, ...] or a field T of array/slice type [P]E or []E.
        if (names.length === 1 && this.at(Token.Lbrack)) {
          const r = this.arrayOrTArgs();
          if (r.kind === 'TypeArgs') {
            this.addField(fields, pos, [], newIndexExpr(name, r), this.oliteral());
            return;
          }
          typ = r;
        } else {
          typ = this.type_();
        }
        this.addField(fields, pos, names, typ, this.oliteral());
        return;
      }
      case Token.Star: {
        this.next();
        let typ: ast.Expr;
        if (this.at(Token.Lparen)) {
          // *(T)
          this.syntaxError('cannot parenthesize embedded type');
          this.next();
          typ = this.qualifiedName(undefined);
          this.got(Token.Rparen); // no need to complain if missing
        } else {
          typ = this.qualifiedName(undefined);
        }
        const star: ast.StarExpr = { kind: 'StarExpr', pos, end: typ.end, x: typ };
        this.addField(fields, pos, [], star, this.oliteral());
        return;
      }
      case Token.Lparen: {
        this.syntaxError('cannot parenthesize embedded type');
        this.next();
        let typ: ast.Expr;
        if (this.at(Token.Star)) {
          // (*T)
          const spos = this.pos;
          this.next();
          const x = this.qualifiedName(undefined);
          typ = { kind: 'StarExpr', pos: spos, end: x.end, x };
        } else {
          typ = this.qualifiedName(undefined);
        }
        this.got(Token.Rparen); // no need to complain if missing
        this.addField(fields, pos, [], typ, this.oliteral());
        return;
      }
      default:
        this.syntaxError('expected field name or embedded type');
        this.advance(Token.Semi, Token.Rbrace);
    }
  }

  private addField(fields: ast.Field[], pos: number, names: ast.Ident[], type: ast.Expr, tag: ast.BasicLit | undefined): void {
    // prevEnd (not type.end) so that a parenthesized type's `)` is included, as in go/ast
    fields.push({ kind: 'Field', pos, end: this.typeEnd(type), names, type, tag });
  }

  /**
   * After a name: `[]E` or `[n]E` (an array or slice type), or `[T1, ...]`
   * (type arguments for that name).
   */
  arrayOrTArgs(): ast.Expr | TypeArgs {
    const pos = this.pos;
    this.want(Token.Lbrack);
    if (this.got(Token.Rbrack)) return this.sliceType(pos);
    // x [n]E or x[n,], x[n1, n2], ...
    const list = this.typeList(false);
    const comma = this.typeListComma;
    const rbrack = this.closing(Token.Rbrack);
    const end = this.lastCloseEnd;
    if (!comma) {
      const elt = this.typeOrNil();
      if (elt) return { kind: 'ArrayType', pos, end: this.typeEnd(elt), len: list[0], elt };
    }
    return { kind: 'TypeArgs', lbrack: pos, indices: list, rbrack, end };
  }

  /** InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" . */
  private interfaceType(): ast.InterfaceType {
    const pos = this.pos;
    this.want(Token.Interface);
    const lbrace = this.pos;
    this.want(Token.Lbrace);
    const methods: ast.Field[] = [];
    const rbrace = this.list('interface type', Token.Semi, Token.Rbrace, () => {
      let f: ParamEntry | undefined;
      if (this.tok === Token.Name) f = this.methodDecl();
      if (!f || !f.name) f = this.embeddedElem(f);
      const type = f.type ?? this.badExpr(f.pos);
      const end = this.typeEnd(type);
      methods.push({ kind: 'Field', pos: f.pos, end, names: f.name ? [f.name] : [], type, tag: undefined });
      return false;
    });
    const end = this.lastCloseEnd;
    return {
      kind: 'InterfaceType', pos, end,
      methods: { kind: 'FieldList', pos: lbrace, end, opening: lbrace, list: methods, closing: rbrace },
    };
  }

  /** MethodSpec = MethodName Signature | InterfaceTypeName . */
  private methodDecl(): ParamEntry {
    const f: ParamEntry = { pos: this.pos, name: undefined, type: undefined };
    const name = this.name();
    const context = 'interface method';
    switch (this.tok) {
      case Token.Lparen:
        f.name = name;
        f.type = this.funcType(context, -1).type;
        break;
      case Token.Lbrack: {
        // Careful dance: we don't know if we have a generic method m[T C](x T)
        // or an embedded instantiated type T[P1, P2] (we accept generic
        // methods for robustness of parsing but complain with an error).
        const pos = this.pos;
        this.next();
        // Empty type parameter or argument lists are not permitted; treat as if [] were absent.
        if (this.at(Token.Rbrack)) {
          const rpos = this.pos;
          this.next();
          if (this.at(Token.Lparen)) {
            this.errorAt(rpos, 'empty type parameter list');
            f.name = name;
            f.type = this.funcType(context, -1).type;
          } else {
            this.errorAt(rpos, 'empty type argument list');
            f.type = name;
          }
          break;
        }
        // A type argument list looks like a parameter list with only types;
        // parse a parameter list and decide afterwards.
        const { list, end, closeEnd } = this.paramListRaw(undefined, undefined, Token.Rbrack, false);
        if (list.length === 0) {
          // The list is not [] but we got nothing due to other errors (reported by paramList).
          if (this.at(Token.Lparen)) {
            f.name = name;
            f.type = this.funcType(context, -1).type;
          } else {
            f.type = name;
          }
          break;
        }
        if (list[0].name) {
          // generic method
          f.name = name;
          f.type = this.funcType(context, -1).type;
          this.errorAt(pos, 'interface method must have no type parameters');
          break;
        }
        // embedded instantiated type
        const indices = list.map((p) => p.type ?? this.badExpr(p.pos));
        f.type = { kind: 'IndexExpr', pos: name.pos, end: closeEnd, x: name, lbrack: pos, indices, rbrack: end };
        break;
      }
      default:
        // embedded type
        f.type = this.qualifiedName(name);
    }
    return f;
  }

  /** EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } . */
  private embeddedElem(f: ParamEntry | undefined): ParamEntry {
    if (!f) f = { pos: this.pos, name: undefined, type: this.embeddedTerm() };
    while (this.tok === Token.Operator && this.op === Op.Or) {
      const opPos = this.pos;
      this.next();
      const x = f.type ?? this.badExpr(f.pos);
      const y = this.embeddedTerm();
      f.type = { kind: 'BinaryExpr', pos: x.pos, end: y.end, op: '|', opPos, x, y };
    }
    return f;
  }

  /** EmbeddedTerm = [ "~" ] Type . */
  private embeddedTerm(): ast.Expr {
    if (this.tok === Token.Operator && this.op === Op.Tilde) {
      const opPos = this.pos;
      this.next();
      const x = this.type_();
      return { kind: 'UnaryExpr', pos: opPos, end: x.end, op: '~', opPos, x };
    }
    const t = this.typeOrNil();
    if (t) return t;
    const b = this.badExpr();
    this.syntaxError('expected ~ term or type');
    this.advance(Token.Operator, Token.Semi, Token.Rparen, Token.Rbrack, Token.Rbrace);
    return b;
  }

  /** ParameterDecl = [ IdentifierList ] [ "..." ] Type . */
  private paramDeclOrNil(name: ast.Ident | undefined, follow: Token): ParamEntry | undefined {
    // type set notation is ok in type parameter lists
    const typeSetsOk = follow === Token.Rbrack;

    let pos = this.pos;
    if (name) {
      pos = name.pos;
    } else if (typeSetsOk && this.tok === Token.Operator && this.op === Op.Tilde) {
      // "~" ...
      return this.embeddedElem(undefined);
    }

    let f: ParamEntry = { pos, name: undefined, type: undefined };

    if (this.tok === Token.Name || name) {
      if (!name) name = this.name();

      if (this.tok === Token.Lbrack) {
        // name "[" ...
        const r = this.arrayOrTArgs();
        if (r.kind === 'TypeArgs') {
          f.type = newIndexExpr(name, r); // name "[" ... "]"
        } else {
          f.type = r; // name "[" n "]" E
          f.name = name;
        }
        if (typeSetsOk && this.at(Token.Operator) && this.op === Op.Or) f = this.embeddedElem(f);
        return f;
      }

      if (this.tok === Token.Dot) {
        // name "." ...
        f.type = this.qualifiedName(name);
        if (typeSetsOk && this.at(Token.Operator) && this.op === Op.Or) f = this.embeddedElem(f);
        return f;
      }

      if (typeSetsOk && this.tok === Token.Operator && this.op === Op.Or) {
        // name "|" ...
        f.type = name;
        return this.embeddedElem(f);
      }

      f.name = name;
    }

    if (this.tok === Token.DotDotDot) {
      // [name] "..." ...
      const dpos = this.pos;
      const dend = this.end;
      this.next();
      let elt = this.typeOrNil();
      if (!elt) {
        elt = this.badExpr();
        this.syntaxError('... is missing type');
      }
      f.type = { kind: 'Ellipsis', pos: dpos, end: elt.kind === 'BadExpr' ? dend : elt.end, elt };
      return f;
    }

    if (typeSetsOk && this.tok === Token.Operator && this.op === Op.Tilde) {
      // [name] "~" ...
      f.type = this.embeddedElem(undefined).type;
      return f;
    }

    f.type = this.typeOrNil();
    if (typeSetsOk && this.tok === Token.Operator && this.op === Op.Or && f.type) {
      // [name] type "|"
      f = this.embeddedElem(f);
    }
    if (f.name || f.type) return f;

    this.syntaxError('expected ' + tokstring(follow));
    this.advance(Token.Comma, follow);
    return undefined;
  }

  /**
   * Parameters = "(" [ ParameterList [ "," ] ] ")" (or a type parameter list
   * in brackets); the opening token has been consumed. If name is set it is
   * the first name; if typ is set too, (name, typ) is the first parameter.
   * Returns the parameters with names and types distributed as gc does,
   * and the offset of the closing token.
   */
  paramListRaw(
    name: ast.Ident | undefined, typ: ast.Expr | undefined, close: Token, requireNames: boolean,
  ): { list: ParamEntry[]; end: number; closeEnd: number } {
    // list won't invoke its function argument if we're at the end of the
    // parameter list; if we have a complete field, handle this case here.
    if (name && typ && this.tok === close) {
      const par: ParamEntry = { pos: name.pos, name, type: typ, end: typ.end };
      const end = this.pos;
      this.next();
      return { list: [par], end, closeEnd: end + 1 };
    }

    const list: ParamEntry[] = [];
    let named = 0; // number of parameters that have an explicit name and type
    let typed = 0; // number of parameters that have an explicit type
    const end = this.list('parameter list', Token.Comma, close, () => {
      let par: ParamEntry | undefined;
      if (typ && name) {
        par = { pos: name.pos, name, type: typ, end: typ.end };
      } else {
        par = this.paramDeclOrNil(name, close);
        if (par) par.end = this.prevEnd;
      }
      name = undefined; // 1st name was consumed if present
      typ = undefined; // 1st type was consumed if present
      if (par) {
        if (par.name && par.type) named++;
        if (par.type) typed++;
        list.push(par);
      }
      return false;
    });
    const closeEnd = this.lastCloseEnd;

    if (list.length === 0) return { list, end, closeEnd };

    // distribute parameter types
    if (named === 0 && !requireNames) {
      // all unnamed => found names are named types
      for (const par of list) {
        if (par.name) {
          par.type = par.name;
          par.name = undefined;
        }
      }
    } else if (named !== list.length) {
      // some named or we're in a type parameter list => all must be named
      let errPos = -1; // left-most error position (or unknown)
      let t: ast.Expr | undefined; // current type (from right to left)
      for (let i = list.length - 1; i >= 0; i--) {
        const par = list[i];
        if (par.type) {
          t = par.type;
          if (!par.name) {
            errPos = t.pos;
            par.name = { kind: 'Ident', pos: errPos, end: errPos, name: '_' };
          }
        } else if (t) {
          par.type = t;
        } else {
          // par.type === undefined && t === undefined => we only have a par.name
          errPos = (par.name as ast.Ident).pos;
          par.type = this.badExpr(errPos);
        }
      }
      if (errPos >= 0) {
        let msg: string;
        if (requireNames) {
          // Not all parameters are named. If named == typed we must have
          // parameters that have no types, at the end of the list: since we
          // are in a type parameter list, the missing types are constraints.
          if (named === typed) {
            errPos = end; // position error at closing ]
            msg = 'missing type constraint';
          } else {
            msg = 'missing type parameter name';
            if (list.length === 1) msg += ' or invalid array length';
          }
        } else {
          msg = 'mixed named and unnamed parameters';
        }
        this.syntaxErrorAt(errPos, msg);
      }
    }
    return { list, end, closeEnd };
  }

  /** paramListRaw as a FieldList; consecutive names sharing one type form one Field. */
  paramList(
    opening: number, name: ast.Ident | undefined, typ: ast.Expr | undefined, close: Token, requireNames: boolean,
  ): ast.FieldList {
    const { list, end, closeEnd } = this.paramListRaw(name, typ, close, requireNames);
    return { kind: 'FieldList', pos: opening, end: closeEnd, opening, list: groupParams(list), closing: end };
  }
}

/** Groups gc's one-entry-per-name parameters into go/ast Fields (`a, b int`). */
export function groupParams(list: readonly ParamEntry[]): ast.Field[] {
  const fields: ast.Field[] = [];
  let lastType: ast.Expr | undefined;
  for (const par of list) {
    const type = par.type as ast.Expr;
    const last = fields.length > 0 ? fields[fields.length - 1] : undefined;
    const end = Math.max(par.end ?? 0, type.end);
    if (par.name) {
      if (last && last.names.length > 0 && lastType === type) {
        last.names.push(par.name);
        last.end = end;
      } else {
        fields.push({ kind: 'Field', pos: par.name.pos, end, names: [par.name], type, tag: undefined });
      }
    } else {
      fields.push({ kind: 'Field', pos: Math.min(par.pos, type.pos), end, names: [], type, tag: undefined });
    }
    lastType = type;
  }
  return fields;
}
