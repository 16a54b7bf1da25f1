// Go tokens as small integers, numbered and named like
// cmd/compile/internal/syntax/tokens.go, so the scanner and parser switch on
// numbers and error messages print exactly what gc prints.

/** Token kinds (syntax.token). */
export enum Token {
  EOF = 1,

  Name,    // identifier
  Literal, // int, float, imaginary, rune or string literal

  Operator, // op (see Op); also `!` and `~`
  AssignOp, // op=
  IncOp,    // ++ or --
  Assign,   // =
  Define,   // :=
  Arrow,    // <-
  Star,     // *

  Lparen,    // (
  Lbrack,    // [
  Lbrace,    // {
  Rparen,    // )
  Rbrack,    // ]
  Rbrace,    // }
  Comma,     // ,
  Semi,      // ; (explicit or automatically inserted)
  Colon,     // :
  Dot,       // .
  DotDotDot, // ...

  // keywords
  Break,
  Case,
  Chan,
  Const,
  Continue,
  Default,
  Defer,
  Else,
  Fallthrough,
  For,
  Func,
  Go,
  Goto,
  If,
  Import,
  Interface,
  Map,
  Package,
  Range,
  Return,
  Select,
  Struct,
  Switch,
  Type,
  Var,
}

export const TOKEN_COUNT = Token.Var + 1;

/** gc's token.String() texts (syntax/token_string.go). */
export const TOKEN_STRINGS: readonly string[] = (() => {
  const s: string[] = new Array(TOKEN_COUNT).fill('');
  s[Token.EOF] = 'EOF';
  s[Token.Name] = 'name';
  s[Token.Literal] = 'literal';
  s[Token.Operator] = 'op';
  s[Token.AssignOp] = 'op=';
  s[Token.IncOp] = 'opop';
  s[Token.Assign] = '=';
  s[Token.Define] = ':=';
  s[Token.Arrow] = '<-';
  s[Token.Star] = '*';
  s[Token.Lparen] = '(';
  s[Token.Lbrack] = '[';
  s[Token.Lbrace] = '{';
  s[Token.Rparen] = ')';
  s[Token.Rbrack] = ']';
  s[Token.Rbrace] = '}';
  s[Token.Comma] = ',';
  s[Token.Semi] = ';';
  s[Token.Colon] = ':';
  s[Token.Dot] = '.';
  s[Token.DotDotDot] = '...';
  for (const [word, tok] of KEYWORD_LIST()) s[tok] = word;
  return s;
})();

function KEYWORD_LIST(): [string, Token][] {
  return [
    ['break', Token.Break], ['case', Token.Case], ['chan', Token.Chan], ['const', Token.Const],
    ['continue', Token.Continue], ['default', Token.Default], ['defer', Token.Defer],
    ['else', Token.Else], ['fallthrough', Token.Fallthrough], ['for', Token.For],
    ['func', Token.Func], ['go', Token.Go], ['goto', Token.Goto], ['if', Token.If],
    ['import', Token.Import], ['interface', Token.Interface], ['map', Token.Map],
    ['package', Token.Package], ['range', Token.Range], ['return', Token.Return],
    ['select', Token.Select], ['struct', Token.Struct], ['switch', Token.Switch],
    ['type', Token.Type], ['var', Token.Var],
  ];
}

/**
 * tokstring from syntax/parser.go: the English word for a few punctuation
 * tokens, used in "expected X" messages.
 */
export function tokstring(tok: Token): string {
  if (tok === Token.Comma) return 'comma';
  if (tok === Token.Semi) return 'semicolon or newline';
  return TOKEN_STRINGS[tok];
}

/** Operators (syntax.Operator), carried by Operator, AssignOp, IncOp and Star tokens. */
export enum Op {
  None = 0,
  Def,   // :
  Not,   // !
  Recv,  // <-
  Tilde, // ~

  OrOr, // ||

  AndAnd, // &&

  Eql, // ==
  Neq, // !=
  Lss, // <
  Leq, // <=
  Gtr, // >
  Geq, // >=

  Add, // +
  Sub, // -
  Or,  // |
  Xor, // ^

  Mul,    // *
  Div,    // /
  Rem,    // %
  And,    // &
  AndNot, // &^
  Shl,    // <<
  Shr,    // >>
}

export const OP_STRINGS: readonly string[] = [
  '', ':', '!', '<-', '~', '||', '&&', '==', '!=', '<', '<=', '>', '>=',
  '+', '-', '|', '^', '*', '/', '%', '&', '&^', '<<', '>>',
];

/** Binary operator precedences (spec: Operator precedence). */
export const PREC_OROR = 1;
export const PREC_ANDAND = 2;
export const PREC_CMP = 3;
export const PREC_ADD = 4;
export const PREC_MUL = 5;

/** Literal kinds, indexes into LIT_KINDS (ast.LitKind). */
export enum LitCode { Int = 0, Float, Imag, Rune, String }
export const LIT_KINDS = ['INT', 'FLOAT', 'IMAG', 'CHAR', 'STRING'] as const;

// Keyword lookup with gc's perfect hash over the first two bytes and the
// length (syntax/scanner.go: hash), so identifiers need no Map lookup.
const KEYWORD_TOKENS = new Int8Array(64);
const KEYWORD_WORDS: string[] = new Array(64).fill('');

function keywordHash(c0: number, c1: number, len: number): number {
  return (((c0 << 4) ^ c1) + len) & 63;
}

for (const [word, tok] of KEYWORD_LIST()) {
  const h = keywordHash(word.charCodeAt(0), word.charCodeAt(1), word.length);
  if (KEYWORD_TOKENS[h] !== 0) throw new Error('imperfect keyword hash');
  KEYWORD_TOKENS[h] = tok;
  KEYWORD_WORDS[h] = word;
}

/** The keyword token spelled by src[start:end], or 0 for an identifier. */
export function keywordAt(src: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 11) return 0;
  const h = keywordHash(src.charCodeAt(start), src.charCodeAt(start + 1), len);
  const tok = KEYWORD_TOKENS[h];
  if (tok === 0) return 0;
  const word = KEYWORD_WORDS[h];
  if (word.length !== len || !src.startsWith(word, start)) return 0;
  return tok;
}
