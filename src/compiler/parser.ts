// Python 3.11 parser: a hand-written recursive-descent parser shaped after CPython's PEG
// grammar (Grammar/python.gram). Rule methods carry the grammar's rule names; each either
// returns a node and advances, or returns null and leaves the position where it was.
//
// Like CPython it runs in two passes. The first pass parses valid programs. If it fails, a
// second pass re-parses with the grammar's `invalid_*` rules switched on (`this.diagnose`);
// those rules recognise common mistakes and raise the specific messages ("expected ':'",
// "cannot assign to literal", ...). If none fires, the error is a generic "invalid syntax" at
// the furthest token the first pass looked at. Tokenizer errors mostly take precedence over
// parse errors, following CPython's rules (see checkRestOfInput).
//
// Where a PEG would try several alternatives over the same tokens, this parser usually parses
// once and then decides (an assignment statement is parsed as an expression and converted to a
// target when `=` follows; `(` parses one element and then picks tuple, group or generator).

import type * as A from "./ast.ts";
import { concatenateStrings, type FStringHost } from "./fstring.ts";
import {
  CompilerLimitError,
  isStackOverflow,
  PySyntaxErrorInfo,
  type SyntaxErrorKind,
} from "./syntax_error.ts";
import { charOffsetOfByteColumn, SourceText, utf8Length } from "./source_text.ts";
import { type Token, tokenize, type TokenStream } from "./tokenizer.ts";
import { intMaxStrDigits } from "../objects/int.ts";

export type ParseMode = "exec" | "eval" | "single";

/** CPython's parser stack limit (Parser/parser.c MAXSTACK). */
const MAXSTACK = 6000;
const BASE_LEVEL = 33;
// The rule calls CPython makes from an atom's bracket down to the next `factor` inside it.
const PAREN_LEVELS = 28;
const DISPLAY_LEVELS = 29;
const CALL_LEVELS = 24;
/** The grammar's soft keywords (Grammar/python.gram's SOFT_KEYWORD). */
const SOFT_KEYWORDS = ["_", "case", "match"];

/** Parses `source` as CPython's `ast.parse(source, filename, mode)` would. */
export function parse(
  source: string,
  filename: string,
  mode: ParseMode = "exec",
): A.Module | A.Expression | A.Interactive {
  const stream = tokenize(source, filename);
  try {
    return new Parser(stream, filename, null).run(mode);
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw e;
    if (e instanceof CompilerLimitError) throw e;
    // JS stack exhaustion on deeply nested input: CPython's parser, past its own stack
    // limit, fails the same way.
    if (isStackOverflow(e)) throw new CompilerLimitError("MemoryError", "");
    // An internal failure must never escape as a JS error: report it as Python would a bug.
    const err = new PySyntaxErrorInfo(
      "SyntaxError",
      `internal parser error: ${String(e)}`,
      filename,
      1,
      1,
      "",
      1,
      1,
    );
    throw err;
  }
}

const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

const AUGASSIGN: Readonly<Record<string, A.operator>> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "@=": "MatMult",
  "/=": "Div",
  "%=": "Mod",
  "&=": "BitAnd",
  "|=": "BitOr",
  "^=": "BitXor",
  "<<=": "LShift",
  ">>=": "RShift",
  "**=": "Pow",
  "//=": "FloorDiv",
};

const COMPARISON: Readonly<Record<string, A.cmpop>> = {
  "==": "Eq",
  "!=": "NotEq",
  "<=": "LtE",
  "<": "Lt",
  ">=": "GtE",
  ">": "Gt",
  "in": "In",
};

const TERM_OPS: Readonly<Record<string, A.operator>> = {
  "*": "Mult",
  "/": "Div",
  "//": "FloorDiv",
  "%": "Mod",
  "@": "MatMult",
};

/** Call arguments split the way `Call` and `ClassDef` store them. */
interface CallArguments {
  args: A.expr[];
  keywords: A.keyword[];
}

type CallArgument =
  | { kind: "positional"; value: A.expr }
  | { kind: "starred"; value: A.Starred; star: Token }
  | { kind: "keyword"; value: A.keyword }
  | { kind: "generator"; value: A.GeneratorExp };

/** A start position: any token or located node. */
type Start = { readonly lineno: number; readonly col_offset: number };

/** Where an f-string expression's sub-parser sits in the enclosing file (3.11 semantics). */
interface FStringContext {
  readonly startingLine: number;
  readonly startingCol: number;
}

/** Result of parsing a parameter list (def or lambda). */

class Parser implements FStringHost {
  private readonly tokens: Token[];
  private readonly source: SourceText;
  private pos = 0;
  /** One past the furthest token index looked at (CPython's `p->fill`). */
  private fill = 0;
  /** Second pass: the grammar's invalid_* rules are active. */
  private diagnose = false;
  /**
   * Depth of the recursive rules below, counted as CPython's generated parser counts rule
   * calls (`p->level`): past MAXSTACK it gives up with MemoryError. It starts at the calls
   * CPython makes from `file` down to a statement's `factor`, so limits land where CPython's do.
   */
  private level = BASE_LEVEL;
  /** Per-position memo for expensive rules, used in the second pass only. */
  private readonly memo = new Map<string, { node: A.expr | null; end: number }>();

  constructor(
    private readonly stream: TokenStream,
    private readonly filename: string,
    private readonly fstring: FStringContext | null,
  ) {
    this.tokens = stream.tokens;
    this.source = stream.source;
  }

  // ==== driver ====

  /** A bracketed atom, `calls` rule levels deeper (see PAREN_LEVELS). */
  private nested(calls: number, parse: () => A.expr | null): A.expr | null {
    this.enter(calls);
    const e = parse();
    this.level -= calls;
    return e;
  }

  /** Enters `calls` levels of nested rules (CPython's `if (p->level++ == MAXSTACK)`). */
  private enter(calls: number): void {
    this.level += calls;
    if (this.level > MAXSTACK) throw new CompilerLimitError("MemoryError", "");
  }

  run(mode: ParseMode | "fstring"): A.Module | A.Expression | A.Interactive {
    let error: PySyntaxErrorInfo | null = null;
    try {
      const result = this.startRule(mode);
      if (result !== null) return result as A.Module | A.Expression | A.Interactive;
    } catch (e) {
      if (!(e instanceof PySyntaxErrorInfo)) throw e;
      error = e;
    }
    if (error === null) {
      const lastToken = this.tokens[this.fill - 1];
      this.pos = 0;
      this.level = BASE_LEVEL;
      this.diagnose = true;
      try {
        this.startRule(mode);
      } catch (e) {
        if (!(e instanceof PySyntaxErrorInfo)) throw e;
        error = e;
      }
      if (error === null) {
        error = this.genericError(lastToken);
        // CPython reports these two without looking at the rest of the input.
        if (lastToken.type === "INDENT" || lastToken.type === "DEDENT") throw error;
      }
    }
    throw this.checkRestOfInput(error);
  }

  /**
   * `_PyPegen_tokenize_full_source_to_check_for_errors`: a tokenizer error anywhere in the
   * input replaces the parse error, and so does an unclosed bracket when the parser got past
   * its line (compared with the furthest token fetched, not with the error's own line).
   */
  private checkRestOfInput(error: PySyntaxErrorInfo): PySyntaxErrorInfo {
    // The parser reached the tokenizer's error itself: nothing else is looked at.
    if (error === this.stream.error) return error;
    if (this.stream.error !== null && !this.stream.errorIsLazy) return this.stream.error;
    const unclosed = this.stream.unclosed;
    const furthest = this.tokens[Math.max(this.fill - 1, 0)];
    if (unclosed !== null && furthest.lineno > unclosed.lineno) return this.unclosedError();
    return error;
  }

  private startRule(mode: ParseMode | "fstring"): A.mod | A.expr | null {
    this.memo.clear();
    switch (mode) {
      case "exec":
        return this.file();
      case "eval":
        return this.evalInput();
      case "single":
        return this.interactive();
      case "fstring":
        return this.starExpressions();
    }
  }

  private genericError(last: Token): PySyntaxErrorInfo {
    if (last.type === "ERRORTOKEN" && this.stream.unclosed !== null) return this.unclosedError();
    if (last.type === "ENDMARKER") {
      // CPython's ENDMARKER has no column: the reported offsets come out as 0.
      const line = this.source.lineWithNewline(last.lineno);
      return this.makeErrorRaw(
        "SyntaxError",
        "invalid syntax",
        last.lineno,
        0,
        last.lineno,
        0,
        line,
      );
    }
    if (last.type === "INDENT" || last.type === "DEDENT") {
      const line = this.source.lineWithNewline(last.lineno);
      const indent = line.length - line.replace(/^[ \t\f]*/, "").length;
      return this.makeErrorRaw(
        "IndentationError",
        last.type === "INDENT" ? "unexpected indent" : "unexpected unindent",
        last.lineno,
        indent,
        last.lineno,
        -1,
        line,
      );
    }
    return this.errorAt("SyntaxError", "invalid syntax", last, last);
  }

  private unclosedError(): PySyntaxErrorInfo {
    const b = this.stream.unclosed!;
    const line = this.source.lineWithNewline(b.lineno);
    const offset = charOffsetOfByteColumn(line, b.col_offset);
    return this.makeErrorRaw(
      "SyntaxError",
      `'${b.char}' was never closed`,
      b.lineno,
      offset,
      b.lineno,
      0,
      line,
    );
  }

  // ==== errors ====

  /** A SyntaxError spanning `start`..`end` (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  private errorAt(
    kind: SyntaxErrorKind,
    msg: string,
    start: A.Located | Token,
    end: A.Located | Token,
  ): PySyntaxErrorInfo {
    return this.errorAtColumns(
      kind,
      msg,
      start.lineno,
      start.col_offset,
      end.end_lineno,
      end.end_col_offset,
    );
  }

  private errorAtColumns(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
  ): PySyntaxErrorInfo {
    let line: string;
    if (this.fstring !== null) {
      col -= this.fstring.startingCol;
      endCol -= this.fstring.startingCol;
      line = this.source.lineWithNewline(lineno - this.fstring.startingLine + 1);
      msg = "f-string: " + msg;
    } else {
      line = this.source.lineWithNewline(lineno);
    }
    const limit = utf8Length(line) + 1;
    const offset = charOffsetOfByteColumn(line, Math.min(col, limit - 1));
    const endOffset = endCol < 0
      ? endCol + 1
      : charOffsetOfByteColumn(line, Math.min(endCol, limit - 1));
    return this.makeErrorRaw(kind, msg, lineno, offset, endLineno, endOffset, line);
  }

  private makeErrorRaw(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
    text: string,
  ): PySyntaxErrorInfo {
    return new PySyntaxErrorInfo(
      kind,
      msg,
      this.filename,
      lineno,
      offset,
      text,
      endLineno,
      endOffset,
    );
  }

  /** RAISE_SYNTAX_ERROR: located at the last token fetched. */
  raise(msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    const t = this.tokens[Math.max(this.fill - 1, 0)];
    if (
      (t.type === "INDENT" || t.type === "DEDENT" || t.type === "ENDMARKER") &&
      this.fstring === null
    ) {
      // These tokens have no column in CPython; it reports the tokenizer's position (after
      // the indentation, or the end of the input), without the usual +1.
      const line = this.source.lineWithNewline(t.lineno);
      const offset = charOffsetOfByteColumn(line, t.col_offset) - 1;
      const error = this.makeErrorRaw(kind, msg, t.lineno, offset, t.lineno, -1, line);
      error.atEndOfInput = this.tokens.slice(this.fill - 1).every((x) =>
        x.type === "DEDENT" || x.type === "ENDMARKER"
      );
      throw error;
    }
    throw this.errorAt(kind, msg, t, t);
  }

  raiseAt(t: Token, msg: string): never {
    throw this.errorAt("SyntaxError", msg, t, t);
  }

  private raiseRange(start: A.Located | Token, end: A.Located | Token, msg: string): never {
    throw this.errorAt("SyntaxError", msg, start, end);
  }

  private raiseIndentation(msg: string): never {
    this.raise(msg, "IndentationError");
  }

  // ==== tokens ====

  private peek(): Token {
    const i = this.pos;
    if (i >= this.fill) this.fetched(i);
    return this.tokens[i];
  }

  private peekAt(ahead: number): Token {
    const i = Math.min(this.pos + ahead, this.tokens.length - 1);
    if (i >= this.fill) this.fetched(i);
    return this.tokens[i];
  }

  /** Records how far the parser has looked; reaching a tokenizer error raises it, as in CPython. */
  private fetched(i: number): void {
    this.fill = i + 1;
    if (this.tokens[i].type === "ERRORTOKEN" && this.stream.error !== null) throw this.stream.error;
  }

  private advance(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  private atOp(op: string): boolean {
    const t = this.peek();
    return t.type === "OP" && t.string === op;
  }

  private atKeyword(kw: string): boolean {
    const t = this.peek();
    return t.type === "NAME" && t.string === kw;
  }

  private atType(type: Token["type"]): boolean {
    return this.peek().type === type;
  }

  private eatOp(op: string): Token | null {
    return this.atOp(op) ? this.advance() : null;
  }

  private eatKeyword(kw: string): Token | null {
    return this.atKeyword(kw) ? this.advance() : null;
  }

  private eatType(type: Token["type"]): Token | null {
    return this.atType(type) ? this.advance() : null;
  }

  /** A NAME token that is not a hard keyword. */
  private eatName(): Token | null {
    const t = this.peek();
    return t.type === "NAME" && !KEYWORDS.has(t.string) ? this.advance() : null;
  }

  /** `&&'x'`: a token the grammar insists on, failing with "expected 'x'" right away. */
  private expectForced(op: string): Token {
    const t = this.peek();
    if ((t.type === "OP" || t.type === "NAME") && t.string === op) return this.advance();
    throw this.errorAt("SyntaxError", `expected '${op}'`, t, t);
  }

  private reset(mark: number): null {
    this.pos = mark;
    return null;
  }

  // ==== locations ====

  /** The last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER. */
  private lastToken(): Token {
    for (let i = this.pos - 1; i >= 0; i--) {
      const t = this.tokens[i];
      if (
        t.type !== "NEWLINE" && t.type !== "INDENT" && t.type !== "DEDENT" && t.type !== "ENDMARKER"
      ) return t;
    }
    return this.tokens[0];
  }

  /** Span from `start` to the end of the last consumed token (CPython's EXTRA). */
  private span(start: Start): A.Located {
    const end = this.lastToken();
    return {
      lineno: start.lineno,
      col_offset: start.col_offset,
      end_lineno: end.end_lineno,
      end_col_offset: end.end_col_offset,
    };
  }

  private nameNode(t: Token, ctx: A.expr_context): A.Name {
    return {
      _type: "Name",
      id: t.string,
      ctx,
      lineno: t.lineno,
      col_offset: t.col_offset,
      end_lineno: t.end_lineno,
      end_col_offset: t.end_col_offset,
    };
  }

  // ==== start rules ====

  private file(): A.Module | null {
    const body = this.statements() ?? [];
    if (!this.atType("ENDMARKER")) return null;
    return { _type: "Module", body, type_ignores: [] };
  }

  private evalInput(): A.Expression | null {
    const body = this.expressions();
    if (body === null) return null;
    while (this.eatType("NEWLINE"));
    if (!this.atType("ENDMARKER")) return null;
    return { _type: "Expression", body };
  }

  private interactive(): A.Interactive | null {
    const body = this.statementNewline();
    if (body === null) return null;
    return { _type: "Interactive", body };
  }

  /** statement_newline (the `single` start rule). */
  private statementNewline(): A.stmt[] | null {
    const t = this.peek();
    if (t.type === "NEWLINE") {
      this.advance();
      return [{ _type: "Pass", ...this.span(t) }];
    }
    // Empty input is an error in this mode (`_PyPegen_interactive_exit`).
    if (t.type === "ENDMARKER") return null;
    const mark = this.pos;
    const compound = this.compoundStatement();
    if (compound !== null) {
      // Our tokenizer drops the blank line that ends a compound statement at the prompt.
      if (this.eatType("NEWLINE") || this.atType("ENDMARKER")) return [compound];
      this.reset(mark);
    }
    const simple = this.simpleStatements();
    if (simple !== null && !this.atType("ENDMARKER")) {
      const newline = this.tokens[this.pos - 1];
      this.raiseAt(newline, "multiple statements found while compiling a single statement");
    }
    return simple;
  }

  // ==== statements ====

  private statements(): A.stmt[] | null {
    const body: A.stmt[] = [];
    for (;;) {
      const s = this.statement();
      if (s === null) break;
      for (const x of s) body.push(x);
    }
    return body.length > 0 ? body : null;
  }

  private statement(): A.stmt[] | null {
    const compound = this.compoundStatement();
    if (compound !== null) return [compound];
    return this.simpleStatements();
  }

  private simpleStatements(): A.stmt[] | null {
    const mark = this.pos;
    const body: A.stmt[] = [];
    for (;;) {
      const s = this.simpleStatement();
      if (s === null) {
        if (body.length === 0) return this.reset(mark);
        break;
      }
      body.push(s);
      if (!this.eatOp(";")) break;
      if (this.atType("NEWLINE")) break;
    }
    if (!this.eatType("NEWLINE")) return this.reset(mark);
    return body;
  }

  private simpleStatement(): A.stmt | null {
    const t = this.peek();
    if (t.type === "NAME") {
      switch (t.string) {
        case "return":
          return this.returnStatement();
        case "import":
          return this.importName();
        case "from":
          return this.importFrom();
        case "raise":
          return this.raiseStatement();
        case "pass":
          this.advance();
          return { _type: "Pass", ...this.span(t) };
        case "break":
          this.advance();
          return { _type: "Break", ...this.span(t) };
        case "continue":
          this.advance();
          return { _type: "Continue", ...this.span(t) };
        case "del":
          return this.delStatement();
        case "yield":
          return this.yieldOrInvalidAssignment();
        case "assert":
          return this.assertStatement();
        case "global":
        case "nonlocal":
          return this.globalOrNonlocal();
      }
    }
    return this.assignmentOrExpression();
  }

  /** assignment | star_expressions, parsed once and told apart by what follows. */
  private assignmentOrExpression(): A.stmt | null {
    const start = this.peek();
    const mark = this.pos;
    const first = this.starExpressions();
    if (first === null) {
      if (this.diagnose) this.invalidAssignment(mark);
      return null;
    }
    if (this.atOp(":")) return this.annotatedAssignment(start, first, mark);
    if (this.atOp("=")) return this.assignment(start, first, mark);
    const aug = this.peek();
    if (aug.type === "OP" && AUGASSIGN[aug.string] !== undefined) {
      return this.augmentedAssignment(start, first, mark);
    }
    // invalid_assignment comes before the expression-statement alternative in the grammar.
    if (this.diagnose && !this.atOp(";") && !this.atType("NEWLINE")) this.invalidAssignment(mark);
    return { _type: "Expr", value: first, ...this.span(start) };
  }

  private annotatedAssignment(start: Token, target: A.expr, mark: number): A.stmt | null {
    const parenthesized = start.type === "OP";
    const single = target._type === "Name" || target._type === "Attribute" ||
      target._type === "Subscript";
    if (!single) {
      if (this.diagnose) this.invalidAssignment(mark);
      return this.reset(mark);
    }
    this.advance(); // ':'
    const annotation = this.expression();
    if (annotation === null) return this.reset(mark);
    let value: A.expr | null = null;
    if (this.eatOp("=")) {
      value = this.annotatedRhs();
      if (value === null) return this.reset(mark);
    }
    setContext(target, "Store");
    const simple = target._type === "Name" && !parenthesized ? 1 : 0;
    return { _type: "AnnAssign", target, annotation, value, simple, ...this.span(start) };
  }

  private annotatedRhs(): A.expr | null {
    return this.atKeyword("yield") ? this.yieldExpression() : this.starExpressions();
  }

  private assignment(start: Token, first: A.expr, mark: number): A.stmt | null {
    const targets: A.expr[] = [first];
    let value: A.expr | null = null;
    while (this.eatOp("=")) {
      // `(star_targets '=')+`: what follows an invalid target is never parsed (it may be
      // too deep to parse, or hold a later error that must not win).
      if (!isValidTarget(targets[targets.length - 1], "Store")) {
        if (this.diagnose) this.invalidAssignment(mark);
        return this.reset(mark);
      }
      value = this.annotatedRhs();
      if (value === null) {
        if (this.diagnose) this.invalidAssignment(mark);
        return this.reset(mark);
      }
      if (this.atOp("=")) targets.push(value);
    }
    for (const target of targets) {
      if (!isValidTarget(target, "Store")) {
        if (this.diagnose) this.invalidAssignment(mark);
        return this.reset(mark);
      }
    }
    for (const target of targets) setContext(target, "Store");
    return { _type: "Assign", targets, value: value!, type_comment: null, ...this.span(start) };
  }

  private augmentedAssignment(start: Token, target: A.expr, mark: number): A.stmt | null {
    const single = target._type === "Name" || target._type === "Attribute" ||
      target._type === "Subscript";
    if (!single) {
      if (this.diagnose) this.invalidAssignment(mark);
      return this.reset(mark);
    }
    const op = AUGASSIGN[this.advance().string];
    const value = this.annotatedRhs();
    if (value === null) return this.reset(mark);
    setContext(target, "Store");
    return { _type: "AugAssign", target, op, value, ...this.span(start) };
  }

  private returnStatement(): A.Return {
    const start = this.advance();
    const value = this.starExpressions();
    return { _type: "Return", value, ...this.span(start) };
  }

  private raiseStatement(): A.Raise | null {
    const start = this.advance();
    const exc = this.expression();
    let cause: A.expr | null = null;
    if (exc !== null && this.atKeyword("from")) {
      const mark = this.pos;
      this.advance();
      cause = this.expression();
      if (cause === null) this.reset(mark - 1);
    }
    return { _type: "Raise", exc, cause, ...this.span(start) };
  }

  private globalOrNonlocal(): A.Global | A.Nonlocal | null {
    const mark = this.pos;
    const start = this.advance();
    const names: string[] = [];
    do {
      const n = this.eatName();
      if (n === null) return this.reset(mark);
      names.push(n.string);
    } while (this.eatOp(","));
    const type = start.string === "global" ? "Global" : "Nonlocal";
    return { _type: type, names, ...this.span(start) };
  }

  /** yield_stmt; in the second pass invalid_assignment comes first (`yield = 1`). */
  private yieldOrInvalidAssignment(): A.Expr | null {
    const mark = this.pos;
    const s = this.yieldStatement();
    if (this.diagnose && (s === null || (!this.atOp(";") && !this.atType("NEWLINE")))) {
      this.invalidAssignment(mark);
      if (s !== null) this.reset(mark);
      return s === null ? null : this.yieldStatement();
    }
    return s;
  }

  private yieldStatement(): A.Expr | null {
    const start = this.peek();
    const value = this.yieldExpression();
    if (value === null) return null;
    return { _type: "Expr", value, ...this.span(start) };
  }

  private assertStatement(): A.Assert | null {
    const mark = this.pos;
    const start = this.advance();
    const test = this.expression();
    if (test === null) return this.reset(mark);
    let msg: A.expr | null = null;
    if (this.eatOp(",")) {
      msg = this.expression();
      if (msg === null) return this.reset(mark);
    }
    return { _type: "Assert", test, msg, ...this.span(start) };
  }

  private delStatement(): A.Delete | null {
    const mark = this.pos;
    const start = this.advance();
    const targets = this.delTargets();
    if (targets !== null && (this.atOp(";") || this.atType("NEWLINE"))) {
      return { _type: "Delete", targets, ...this.span(start) };
    }
    if (this.diagnose) {
      this.reset(mark + 1);
      const e = this.starExpressions();
      if (e !== null) this.raiseInvalidTarget(e, "Del");
    }
    return this.reset(mark);
  }

  private delTargets(): A.expr[] | null {
    const targets: A.expr[] = [];
    for (;;) {
      const mark = this.pos;
      const t = this.primary();
      if (t === null || !isValidTarget(t, "Del")) {
        this.reset(mark);
        break;
      }
      setContext(t, "Del");
      targets.push(t);
      if (!this.eatOp(",")) break;
    }
    return targets.length > 0 ? targets : null;
  }

  // ---- imports ----

  private importName(): A.Import | null {
    const mark = this.pos;
    const start = this.advance();
    const names: A.alias[] = [];
    do {
      const a = this.dottedAsName();
      if (a === null) return this.reset(mark);
      names.push(a);
    } while (this.eatOp(","));
    return { _type: "Import", names, ...this.span(start) };
  }

  private dottedAsName(): A.alias | null {
    const start = this.peek();
    const name = this.dottedName();
    if (name === null) return null;
    const asname = this.asName();
    if (asname === undefined) return null;
    return { _type: "alias", name, asname, ...this.span(start) };
  }

  /** `['as' NAME]`: the name, null when absent, undefined when `as` lacks a name. */
  private asName(): string | null | undefined {
    if (!this.atKeyword("as")) return null;
    const mark = this.pos;
    this.advance();
    const n = this.eatName();
    if (n === null) {
      this.reset(mark);
      return undefined;
    }
    return n.string;
  }

  private dottedName(): string | null {
    const first = this.eatName();
    if (first === null) return null;
    let name = first.string;
    while (this.atOp(".")) {
      const next = this.peekAt(1);
      if (next.type !== "NAME" || KEYWORDS.has(next.string)) break;
      this.advance();
      name += "." + this.advance().string;
    }
    return name;
  }

  private importFrom(): A.ImportFrom | null {
    const mark = this.pos;
    const start = this.advance();
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level += 1;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    const module = this.dottedName();
    if (module === null && level === 0) return this.reset(mark);
    if (!this.eatKeyword("import")) return this.reset(mark);
    const names = this.importFromTargets();
    if (names === null) return this.reset(mark);
    return { _type: "ImportFrom", module, names, level, ...this.span(start) };
  }

  private importFromTargets(): A.alias[] | null {
    const mark = this.pos;
    if (this.eatOp("(")) {
      const names = this.importFromAsNames();
      if (names !== null) {
        this.eatOp(",");
        if (this.eatOp(")")) return names;
      }
      return this.reset(mark);
    }
    const star = this.eatOp("*");
    if (star !== null) return [{ _type: "alias", name: "*", asname: null, ...this.span(star) }];
    const names = this.importFromAsNames();
    if (names === null) return null;
    if (this.atOp(",")) {
      if (this.diagnose && this.peekAt(1).type === "NEWLINE") {
        this.advance();
        this.advance();
        this.raise("trailing comma not allowed without surrounding parentheses");
      }
      return this.reset(mark);
    }
    return names;
  }

  private importFromAsNames(): A.alias[] | null {
    const names: A.alias[] = [];
    for (;;) {
      const start = this.eatName();
      if (start === null) break;
      const asname = this.asName();
      if (asname === undefined) return null;
      names.push({ _type: "alias", name: start.string, asname, ...this.span(start) });
      if (!this.atOp(",") || this.peekAt(1).type !== "NAME") break;
      this.advance();
    }
    return names.length > 0 ? names : null;
  }

  // ---- compound statements ----

  private compoundStatement(): A.stmt | null {
    const t = this.peek();
    if (t.type === "OP") return t.string === "@" ? this.decorated() : null;
    if (t.type !== "NAME") return null;
    switch (t.string) {
      case "def":
        return this.functionDef([], null);
      case "if":
        return this.ifStatement();
      case "class":
        return this.classDef([]);
      case "with":
        return this.withStatement(null);
      case "for":
        return this.forStatement(null);
      case "try":
        return this.tryStatement();
      case "while":
        return this.whileStatement();
      case "async":
        return this.asyncStatement();
      case "match":
        return this.matchStatement();
    }
    return null;
  }

  private asyncStatement(): A.stmt | null {
    const mark = this.pos;
    const asyncToken = this.advance();
    const t = this.peek();
    let result: A.stmt | null = null;
    if (t.type === "NAME") {
      if (t.string === "def") result = this.functionDef([], asyncToken);
      else if (t.string === "with") result = this.withStatement(asyncToken);
      else if (t.string === "for") result = this.forStatement(asyncToken);
    }
    return result ?? this.reset(mark);
  }

  private decorated(): A.stmt | null {
    const mark = this.pos;
    const decorators: A.expr[] = [];
    while (this.eatOp("@")) {
      const d = this.namedExpression();
      if (d === null || !this.eatType("NEWLINE")) return this.reset(mark);
      decorators.push(d);
    }
    let result: A.stmt | null = null;
    if (this.atKeyword("def")) result = this.functionDef(decorators, null);
    else if (this.atKeyword("class")) result = this.classDef(decorators);
    else if (this.atKeyword("async") && this.peekAt(1).string === "def") {
      const asyncToken = this.advance();
      result = this.functionDef(decorators, asyncToken);
    }
    return result ?? this.reset(mark);
  }

  /**
   * block: NEWLINE INDENT statements DEDENT | simple_stmts. In the second pass a missing
   * indented block raises the owning statement's IndentationError (`what` names it).
   */
  private block(what: string | null, keyword: Token | null): A.stmt[] | null {
    const mark = this.pos;
    if (this.eatType("NEWLINE")) {
      if (!this.eatType("INDENT")) {
        if (this.diagnose) {
          const where = keyword !== null && what !== null
            ? ` after ${what} on line ${keyword.lineno}`
            : "";
          this.raiseIndentation(`expected an indented block${where}`);
        }
        return this.reset(mark);
      }
      const body = this.statements();
      if (body === null || !this.eatType("DEDENT")) return this.reset(mark);
      return body;
    }
    return this.simpleStatements();
  }

  /** `':'` after a compound statement header; in the second pass a NEWLINE there is "expected ':'". */
  private headerColon(): boolean {
    if (this.eatOp(":")) return true;
    if (this.diagnose && this.atType("NEWLINE")) this.raise("expected ':'");
    return false;
  }

  private functionDef(decorators: A.expr[], asyncToken: Token | null): A.stmt | null {
    const mark = this.pos;
    const defToken = this.advance();
    const name = this.eatName();
    if (name === null) return this.reset(mark);
    this.expectForced("(");
    const args = this.parameters(true) ?? emptyArguments();
    if (!this.eatOp(")")) {
      return this.reset(mark);
    }
    let returns: A.expr | null = null;
    if (this.eatOp("->")) {
      returns = this.expression();
      if (returns === null) return this.reset(mark);
    }
    this.expectForced(":");
    const body = this.block("function definition", defToken);
    if (body === null) return this.reset(mark);
    const start = asyncToken ?? defToken;
    return {
      _type: asyncToken !== null ? "AsyncFunctionDef" : "FunctionDef",
      name: name.string,
      args,
      body,
      decorator_list: decorators,
      returns,
      type_comment: null,
      ...this.span(start),
    };
  }

  private classDef(decorators: A.expr[]): A.ClassDef | null {
    const mark = this.pos;
    const classToken = this.advance();
    const name = this.eatName();
    if (name === null) return this.reset(mark);
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.eatOp("(")) {
      // Class bases are `arguments` only: no bare generator expression as in a call.
      const call = this.callArguments(false);
      if (call === null) return this.reset(mark);
      bases = call.args;
      keywords = call.keywords;
    }
    if (!this.headerColon()) return this.reset(mark);
    const body = this.block("class definition", classToken);
    if (body === null) return this.reset(mark);
    return {
      _type: "ClassDef",
      name: name.string,
      bases,
      keywords,
      body,
      decorator_list: decorators,
      ...this.span(classToken),
    };
  }

  private ifStatement(): A.If | null {
    const mark = this.pos;
    const start = this.advance(); // 'if' or 'elif'
    const test = this.namedExpression();
    if (test === null || !this.headerColon()) return this.reset(mark);
    const what = `'${start.string}' statement`;
    const body = this.block(what, start);
    if (body === null) return this.reset(mark);
    let orelse: A.stmt[] = [];
    if (this.atKeyword("elif")) {
      this.enter(1); // elif_stmt: 'elif' ... elif_stmt
      const elif = this.ifStatement();
      this.level -= 1;
      if (elif === null) return this.reset(mark);
      orelse = [elif];
    } else if (this.atKeyword("else")) {
      const e = this.elseBlock();
      if (e === null) return this.reset(mark);
      orelse = e;
    }
    return { _type: "If", test, body, orelse, ...this.span(start) };
  }

  private elseBlock(): A.stmt[] | null {
    const mark = this.pos;
    const elseToken = this.advance();
    this.expectForced(":");
    return this.block("'else' statement", elseToken) ?? this.reset(mark);
  }

  private whileStatement(): A.While | null {
    const mark = this.pos;
    const start = this.advance();
    const test = this.namedExpression();
    if (test === null || !this.headerColon()) return this.reset(mark);
    const body = this.block("'while' statement", start);
    if (body === null) return this.reset(mark);
    let orelse: A.stmt[] = [];
    if (this.atKeyword("else")) {
      const e = this.elseBlock();
      if (e === null) return this.reset(mark);
      orelse = e;
    }
    return { _type: "While", test, body, orelse, ...this.span(start) };
  }

  private forStatement(asyncToken: Token | null): A.For | A.AsyncFor | null {
    const mark = this.pos;
    const forToken = this.advance();
    const target = this.starTargets();
    if (target === null || !this.eatKeyword("in")) {
      if (this.diagnose) this.invalidForTarget(mark + 1);
      return this.reset(mark);
    }
    const iter = this.starExpressions();
    if (iter === null || !this.headerColon()) return this.reset(mark);
    const body = this.block("'for' statement", forToken);
    if (body === null) return this.reset(mark);
    let orelse: A.stmt[] = [];
    if (this.atKeyword("else")) {
      const e = this.elseBlock();
      if (e === null) return this.reset(mark);
      orelse = e;
    }
    const start = asyncToken ?? forToken;
    const type = asyncToken !== null ? "AsyncFor" : "For";
    return { _type: type, target, iter, body, orelse, type_comment: null, ...this.span(start) };
  }

  private withStatement(asyncToken: Token | null): A.With | A.AsyncWith | null {
    const mark = this.pos;
    const withToken = this.advance();
    let items = this.parenthesizedWithItems();
    if (items === null) {
      items = [];
      do {
        const item = this.withItem();
        if (item === null) {
          if (this.diagnose) this.invalidWithStatement(mark + 1);
          return this.reset(mark);
        }
        items.push(item);
      } while (this.eatOp(","));
      if (!this.headerColon()) {
        if (this.diagnose) this.invalidWithStatement(mark + 1);
        return this.reset(mark);
      }
    }
    const body = this.block("'with' statement", withToken);
    if (body === null) return this.reset(mark);
    const start = asyncToken ?? withToken;
    const type = asyncToken !== null ? "AsyncWith" : "With";
    return { _type: type, items, body, type_comment: null, ...this.span(start) };
  }

  /**
   * invalid_with_stmt: the items, bare or parenthesised, then a NEWLINE where the ':' should
   * be. `afterWith` is the position after the `with` keyword.
   */
  private invalidWithStatement(afterWith: number): void {
    const itemsThenNewline = (parenthesized: boolean): boolean => {
      do {
        if ((parenthesized ? this.expressions() : this.expression()) === null) return false;
        if (this.eatKeyword("as") && this.starTarget() === null) return false;
      } while (this.eatOp(",") && !(parenthesized && this.atOp(")")));
      return !parenthesized || this.eatOp(")") !== null;
    };
    this.reset(afterWith);
    if (itemsThenNewline(false) && this.atType("NEWLINE")) this.raise("expected ':'");
    this.reset(afterWith);
    if (this.eatOp("(") && itemsThenNewline(true) && this.atType("NEWLINE")) {
      this.raise("expected ':'");
    }
    this.reset(afterWith);
  }

  /** `'(' ','.with_item+ ','? ')' ':'`, or null (position restored) when that form fails. */
  private parenthesizedWithItems(): A.withitem[] | null {
    const mark = this.pos;
    if (!this.eatOp("(")) return null;
    const items: A.withitem[] = [];
    for (;;) {
      const item = this.withItem();
      if (item === null) break;
      items.push(item);
      if (!this.eatOp(",")) break;
    }
    if (items.length === 0 || !this.eatOp(")") || !this.eatOp(":")) return this.reset(mark);
    return items;
  }

  private withItem(): A.withitem | null {
    const mark = this.pos;
    const contextExpr = this.expression();
    if (contextExpr === null) return null;
    if (this.atKeyword("as")) {
      const asMark = this.pos;
      this.advance();
      const target = this.starTarget();
      if (target !== null && (this.atOp(",") || this.atOp(")") || this.atOp(":"))) {
        return { _type: "withitem", context_expr: contextExpr, optional_vars: target };
      }
      if (this.diagnose) {
        this.reset(asMark + 1);
        const e = this.expression();
        if (e !== null && (this.atOp(",") || this.atOp(")") || this.atOp(":"))) {
          this.raiseInvalidTarget(e, "Store");
        }
      }
      return this.reset(mark);
    }
    return { _type: "withitem", context_expr: contextExpr, optional_vars: null };
  }

  private tryStatement(): A.Try | A.TryStar | null {
    const mark = this.pos;
    const tryToken = this.advance();
    this.expectForced(":");
    const body = this.block("'try' statement", tryToken);
    if (body === null) return this.reset(mark);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.atKeyword("except")) {
      const isStar = this.peekAt(1).type === "OP" && this.peekAt(1).string === "*";
      if (star !== null && isStar !== star) {
        if (this.diagnose) {
          const exceptToken = this.peek();
          this.raiseRange(
            exceptToken,
            isStar ? this.peekAt(1) : exceptToken,
            "cannot have both 'except' and 'except*' on the same 'try'",
          );
        }
        return this.reset(mark);
      }
      star = isStar;
      const handler = this.exceptBlock(isStar);
      if (handler === null) return this.reset(mark);
      handlers.push(handler);
    }
    let orelse: A.stmt[] = [];
    let finalbody: A.stmt[] = [];
    if (handlers.length > 0 && this.atKeyword("else")) {
      const e = this.elseBlock();
      if (e === null) return this.reset(mark);
      orelse = e;
    }
    if (this.atKeyword("finally")) {
      const finallyToken = this.advance();
      this.expectForced(":");
      const f = this.block("'finally' statement", finallyToken);
      if (f === null) return this.reset(mark);
      finalbody = f;
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      if (this.diagnose) this.raise("expected 'except' or 'finally' block");
      return this.reset(mark);
    }
    const type = star ? "TryStar" : "Try";
    return { _type: type, body, handlers, orelse, finalbody, ...this.span(tryToken) };
  }

  private exceptBlock(star: boolean): A.ExceptHandler | null {
    const mark = this.pos;
    const exceptToken = this.advance();
    if (star) this.advance();
    let type: A.expr | null = null;
    let name: string | null = null;
    if (!this.atOp(":")) {
      type = this.expression();
      if (type === null) {
        if (this.diagnose && star && (this.atOp(":") || this.atType("NEWLINE"))) {
          this.raise("expected one or more exception types");
        }
        return this.reset(mark);
      }
      if (this.atKeyword("as")) {
        this.advance();
        const n = this.eatName();
        if (n === null) return this.reset(mark);
        name = n.string;
      }
    } else if (star) {
      if (this.diagnose) this.raise("expected one or more exception types");
      return this.reset(mark);
    }
    if (!this.eatOp(":")) {
      if (this.diagnose) this.invalidExceptStatement(mark, type);
      return this.reset(mark);
    }
    const what = star ? "'except*' statement" : "'except' statement";
    const body = this.block(what, exceptToken);
    if (body === null) return this.reset(mark);
    return { _type: "ExceptHandler", type, name, body, ...this.span(exceptToken) };
  }

  private invalidExceptStatement(mark: number, type: A.expr | null): void {
    if (type !== null && this.atOp(",")) {
      // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
      const typesEnd = ((): Token | null => {
        this.advance();
        if (this.expressions() === null) return null;
        if (this.eatKeyword("as") && this.eatName() === null) return null;
        return this.atOp(":") ? this.lastToken() : null;
      })();
      if (typesEnd !== null) {
        this.raiseRange(type, typesEnd, "multiple exception types must be parenthesized");
      }
    }
    if (this.atType("NEWLINE")) this.raise("expected ':'");
    this.reset(mark);
  }

  // ---- match statement ----

  private matchStatement(): A.Match | null {
    const mark = this.pos;
    const matchToken = this.advance();
    const subject = this.subjectExpression();
    if (subject === null) return this.reset(mark);
    if (!this.eatOp(":")) {
      if (this.diagnose && this.atType("NEWLINE")) this.raise("expected ':'");
      return this.reset(mark);
    }
    if (!this.eatType("NEWLINE")) return this.reset(mark);
    if (!this.eatType("INDENT")) {
      if (this.diagnose) {
        this.raiseIndentation(
          `expected an indented block after 'match' statement on line ${matchToken.lineno}`,
        );
      }
      return this.reset(mark);
    }
    const cases: A.match_case[] = [];
    for (;;) {
      const c = this.caseBlock();
      if (c === null) break;
      cases.push(c);
    }
    if (cases.length === 0 || !this.eatType("DEDENT")) return this.reset(mark);
    return { _type: "Match", subject, cases, ...this.span(matchToken) };
  }

  private subjectExpression(): A.expr | null {
    const start = this.peek();
    const mark = this.pos;
    const first = this.starNamedExpression();
    if (first === null) return null;
    if (this.atOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        const e = this.starNamedExpression();
        if (e === null) break;
        elts.push(e);
      }
      return { _type: "Tuple", elts, ctx: "Load", ...this.span(start) };
    }
    if (first._type === "Starred") return this.reset(mark);
    return first;
  }

  private caseBlock(): A.match_case | null {
    const t = this.peek();
    if (t.type !== "NAME" || t.string !== "case") return null;
    const mark = this.pos;
    this.advance();
    const pattern = this.patterns();
    if (pattern === null) return this.reset(mark);
    let guard: A.expr | null = null;
    if (this.eatKeyword("if")) {
      guard = this.namedExpression();
      if (guard === null) return this.reset(mark);
    }
    if (!this.headerColon()) return this.reset(mark);
    const body = this.block("'case' statement", t);
    if (body === null) return this.reset(mark);
    return { _type: "match_case", pattern, guard, body };
  }

  private patterns(): A.pattern | null {
    const start = this.peek();
    const mark = this.pos;
    const first = this.maybeStarPattern();
    if (first === null) return null;
    if (!this.atOp(",")) {
      if (first._type === "MatchStar") return this.reset(mark);
      return first;
    }
    const patterns = [first];
    while (this.eatOp(",")) {
      const p = this.maybeStarPattern();
      if (p === null) break;
      patterns.push(p);
    }
    return { _type: "MatchSequence", patterns, ...this.span(start) };
  }

  private maybeStarPattern(): A.pattern | null {
    return this.atOp("*") ? this.starPattern() : this.pattern();
  }

  private starPattern(): A.MatchStar | null {
    const mark = this.pos;
    const star = this.advance();
    const n = this.eatName();
    if (n === null) return this.reset(mark);
    return { _type: "MatchStar", name: n.string === "_" ? null : n.string, ...this.span(star) };
  }

  private pattern(): A.pattern | null {
    const start = this.peek();
    const mark = this.pos;
    const or = this.orPattern();
    if (or === null) return null;
    if (!this.atKeyword("as")) return or;
    this.advance();
    const target = this.patternCaptureTarget();
    if (target === null) {
      if (this.diagnose) {
        if (this.atKeyword("_") || (this.peek().type === "NAME" && this.peek().string === "_")) {
          this.raiseAt(this.peek(), "cannot use '_' as a target");
        }
        const e = this.peek().type !== "NAME" ? this.expression() : null;
        if (e !== null) this.raiseRange(e, e, "invalid pattern target");
      }
      return this.reset(mark);
    }
    return { _type: "MatchAs", pattern: or, name: target, ...this.span(start) };
  }

  private orPattern(): A.pattern | null {
    const start = this.peek();
    const first = this.closedPattern();
    if (first === null) return null;
    if (!this.atOp("|")) return first;
    const patterns = [first];
    while (this.atOp("|")) {
      const mark = this.pos;
      this.advance();
      const p = this.closedPattern();
      if (p === null) {
        this.reset(mark);
        break;
      }
      patterns.push(p);
    }
    return { _type: "MatchOr", patterns, ...this.span(start) };
  }

  /** `!"_" NAME !('.' | '(' | '=')` */
  private patternCaptureTarget(): string | null {
    const t = this.peek();
    if (t.type !== "NAME" || KEYWORDS.has(t.string) || t.string === "_") return null;
    const next = this.peekAt(1);
    if (next.type === "OP" && (next.string === "." || next.string === "(" || next.string === "=")) {
      return null;
    }
    this.advance();
    return t.string;
  }

  private closedPattern(): A.pattern | null {
    const t = this.peek();
    if (t.type === "NUMBER" || t.type === "STRING" || (t.type === "OP" && t.string === "-")) {
      const value = this.literalExpression();
      if (value === null) return null;
      return { _type: "MatchValue", value, ...this.span(t) };
    }
    if (t.type === "NAME") {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.advance();
        const value = t.string === "None" ? null : t.string === "True";
        return { _type: "MatchSingleton", value, ...this.span(t) };
      }
      if (KEYWORDS.has(t.string)) return null;
      const capture = this.patternCaptureTarget();
      if (capture !== null) {
        return { _type: "MatchAs", pattern: null, name: capture, ...this.span(t) };
      }
      if (t.string === "_" && !this.isNameTrailer(this.peekAt(1))) {
        this.advance();
        return { _type: "MatchAs", pattern: null, name: null, ...this.span(t) };
      }
      return this.valueOrClassPattern();
    }
    if (t.type !== "OP") return null;
    if (t.string === "(") return this.groupOrSequencePattern();
    if (t.string === "[") return this.sequencePattern();
    if (t.string === "{") return this.mappingPattern();
    return null;
  }

  private isNameTrailer(t: Token): boolean {
    return t.type === "OP" && (t.string === "." || t.string === "(" || t.string === "=");
  }

  /** name_or_attr, then a class pattern if `(` follows, else a value pattern (dotted only). */
  private valueOrClassPattern(): A.pattern | null {
    const start = this.peek();
    const mark = this.pos;
    const first = this.eatName();
    if (first === null) return null;
    let cls: A.expr = this.nameNode(first, "Load");
    while (this.atOp(".")) {
      const attrMark = this.pos;
      this.advance();
      const n = this.eatName();
      if (n === null) {
        this.reset(attrMark);
        break;
      }
      cls = { _type: "Attribute", value: cls, attr: n.string, ctx: "Load", ...this.span(start) };
    }
    if (this.atOp("(")) return this.classPattern(start, cls, mark);
    if (cls._type !== "Attribute" || this.atOp("=")) return this.reset(mark);
    return { _type: "MatchValue", value: cls, ...this.span(start) };
  }

  private classPattern(start: Token, cls: A.expr, mark: number): A.MatchClass | null {
    this.advance(); // '('
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    while (!this.atOp(")")) {
      const t = this.peek();
      const isKeyword = t.type === "NAME" && this.peekAt(1).type === "OP" &&
        this.peekAt(1).string === "=";
      if (isKeyword) {
        this.advance();
        this.advance();
        const p = this.pattern();
        if (p === null) return this.reset(mark);
        kwdAttrs.push(t.string);
        kwdPatterns.push(p);
      } else {
        const p = this.pattern();
        if (p === null) return this.reset(mark);
        if (kwdAttrs.length > 0) {
          if (this.diagnose) {
            const last = this.restOfPositionalPatterns(p);
            this.raiseRange(p, last, "positional patterns follow keyword patterns");
          }
          return this.reset(mark);
        }
        patterns.push(p);
      }
      if (!this.eatOp(",")) break;
    }
    if (!this.eatOp(")")) return this.reset(mark);
    return {
      _type: "MatchClass",
      cls,
      patterns,
      kwd_attrs: kwdAttrs,
      kwd_patterns: kwdPatterns,
      ...this.span(start),
    };
  }

  private restOfPositionalPatterns(first: A.pattern): A.pattern {
    let last = first;
    while (this.atOp(",")) {
      const mark = this.pos;
      this.advance();
      const p = this.pattern();
      if (p === null) {
        this.reset(mark);
        break;
      }
      last = p;
    }
    return last;
  }

  private groupOrSequencePattern(): A.pattern | null {
    const start = this.peek();
    const mark = this.pos;
    this.advance();
    if (this.eatOp(")")) return { _type: "MatchSequence", patterns: [], ...this.span(start) };
    const first = this.maybeStarPattern();
    if (first === null) return this.reset(mark);
    if (this.eatOp(")")) {
      if (first._type === "MatchStar") return this.reset(mark);
      return first; // group_pattern
    }
    if (!this.eatOp(",")) return this.reset(mark);
    const patterns = [first];
    while (!this.atOp(")")) {
      const p = this.maybeStarPattern();
      if (p === null) return this.reset(mark);
      patterns.push(p);
      if (!this.eatOp(",")) break;
    }
    if (!this.eatOp(")")) return this.reset(mark);
    return { _type: "MatchSequence", patterns, ...this.span(start) };
  }

  private sequencePattern(): A.MatchSequence | null {
    const start = this.peek();
    const mark = this.pos;
    this.advance();
    const patterns: A.pattern[] = [];
    while (!this.atOp("]")) {
      const p = this.maybeStarPattern();
      if (p === null) return this.reset(mark);
      patterns.push(p);
      if (!this.eatOp(",")) break;
    }
    if (!this.eatOp("]")) return this.reset(mark);
    return { _type: "MatchSequence", patterns, ...this.span(start) };
  }

  private mappingPattern(): A.MatchMapping | null {
    const start = this.peek();
    const mark = this.pos;
    this.advance();
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.atOp("}")) {
      if (this.eatOp("**")) {
        rest = this.patternCaptureTarget();
        if (rest === null) return this.reset(mark);
        this.eatOp(",");
        break;
      }
      const key = this.mappingKey();
      if (key === null || !this.eatOp(":")) return this.reset(mark);
      const p = this.pattern();
      if (p === null) return this.reset(mark);
      keys.push(key);
      patterns.push(p);
      if (!this.eatOp(",")) break;
    }
    if (!this.eatOp("}")) return this.reset(mark);
    return { _type: "MatchMapping", keys, patterns, rest, ...this.span(start) };
  }

  /** key=(literal_expr | attr) */
  private mappingKey(): A.expr | null {
    const t = this.peek();
    if (t.type === "NAME") {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.advance();
        const value = t.string === "None" ? null : t.string === "True";
        return { _type: "Constant", value, kind: null, ...this.span(t) };
      }
      const mark = this.pos;
      const first = this.eatName();
      if (first === null) return null;
      let e: A.expr = this.nameNode(first, "Load");
      while (this.eatOp(".")) {
        const n = this.eatName();
        if (n === null) return this.reset(mark);
        e = { _type: "Attribute", value: e, attr: n.string, ctx: "Load", ...this.span(t) };
      }
      return e._type === "Attribute" ? e : this.reset(mark);
    }
    return this.literalExpression();
  }

  /** signed_number !('+'|'-') | complex_number | strings */
  private literalExpression(): A.expr | null {
    const t = this.peek();
    if (t.type === "STRING") return this.strings();
    const mark = this.pos;
    const real = this.signedNumber();
    if (real === null) return null;
    if (this.atOp("+") || this.atOp("-")) {
      const op = this.advance().string === "+" ? "Add" : "Sub";
      const imag = this.atType("NUMBER") ? this.number(this.advance()) : null;
      if (imag === null || !isImaginary(imag) || isImaginary(real.operand ?? real.node)) {
        return this.reset(mark);
      }
      return { _type: "BinOp", left: real.node, op, right: imag, ...this.span(t) };
    }
    return real.node;
  }

  private signedNumber(): { node: A.expr; operand: A.Constant | null } | null {
    const t = this.peek();
    if (t.type === "NUMBER") {
      const n = this.number(this.advance());
      return { node: n, operand: null };
    }
    if (t.type === "OP" && t.string === "-" && this.peekAt(1).type === "NUMBER") {
      this.advance();
      const operand = this.number(this.advance());
      return { node: { _type: "UnaryOp", op: "USub", operand, ...this.span(t) }, operand };
    }
    return null;
  }

  // ==== expressions ====

  /** expressions (the `eval` start rule's body) */
  private expressions(): A.expr | null {
    return this.tupleOrSingle(() => this.expression());
  }

  private starExpressions(): A.expr | null {
    return this.tupleOrSingle(() => this.starExpression());
  }

  /** `item (',' item)* [',']`: the lone item when no comma follows it, else a Tuple. */
  private tupleOrSingle(item: () => A.expr | null): A.expr | null {
    const start = this.peek();
    const first = item();
    if (first === null) return null;
    if (!this.atOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      const e = item();
      if (e === null) break;
      elts.push(e);
    }
    return { _type: "Tuple", elts, ctx: "Load", ...this.span(start) };
  }

  private starExpression(): A.expr | null {
    const t = this.peek();
    if (t.type === "OP" && t.string === "*") {
      const mark = this.pos;
      this.advance();
      const value = this.bitwiseOr();
      if (value === null) return this.reset(mark);
      return { _type: "Starred", value, ctx: "Load", ...this.span(t) };
    }
    return this.expression();
  }

  private starNamedExpression(): A.expr | null {
    const t = this.peek();
    if (t.type === "OP" && t.string === "*") {
      const mark = this.pos;
      this.advance();
      const value = this.bitwiseOr();
      if (value === null) return this.reset(mark);
      return { _type: "Starred", value, ctx: "Load", ...this.span(t) };
    }
    return this.namedExpression();
  }

  /** assignment_expression | expression !':=' */
  private namedExpression(): A.expr | null {
    const t = this.peek();
    if (t.type === "NAME" && !KEYWORDS.has(t.string)) {
      const next = this.peekAt(1);
      if (next.type === "OP" && next.string === ":=") {
        const mark = this.pos;
        this.advance();
        this.advance();
        const value = this.expression();
        if (value === null) return this.reset(mark);
        return { _type: "NamedExpr", target: this.nameNode(t, "Store"), value, ...this.span(t) };
      }
    }
    if (this.diagnose) this.invalidNamedExpression();
    const mark = this.pos;
    const e = this.expression();
    if (e === null) return null;
    if (this.atOp(":=")) return this.reset(mark);
    return e;
  }

  private expression(): A.expr | null {
    if (this.diagnose) {
      const key = "expression:" + this.pos;
      const memo = this.memo.get(key);
      if (memo !== undefined) {
        this.pos = memo.end;
        return memo.node;
      }
      const start = this.pos;
      this.invalidExpression();
      this.invalidLegacyExpression();
      const node = this.expressionWithoutInvalid();
      this.memo.set(key, { node, end: this.pos });
      if (node === null) this.pos = start;
      return node;
    }
    return this.expressionWithoutInvalid();
  }

  private expressionWithoutInvalid(): A.expr | null {
    const t = this.peek();
    if (t.type === "NAME" && t.string === "lambda") return this.lambdef();
    const body = this.disjunction();
    if (body === null) return null;
    if (!this.atKeyword("if")) return body;
    const mark = this.pos;
    this.advance();
    const test = this.disjunction();
    if (test === null || !this.eatKeyword("else")) {
      this.reset(mark);
      return body;
    }
    this.enter(1); // expression: disjunction 'if' disjunction 'else' expression
    const orelse = this.expression();
    this.level -= 1;
    if (orelse === null) {
      this.reset(mark);
      return body;
    }
    return { _type: "IfExp", test, body, orelse, ...this.span(t) };
  }

  private yieldExpression(): A.expr | null {
    const mark = this.pos;
    const start = this.advance(); // 'yield'
    if (this.eatKeyword("from")) {
      const value = this.expression();
      if (value === null) return this.reset(mark);
      return { _type: "YieldFrom", value, ...this.span(start) };
    }
    const value = this.starExpressions();
    return { _type: "Yield", value, ...this.span(start) };
  }

  private disjunction(): A.expr | null {
    if (this.diagnose) return this.memoized("disjunction", () => this.boolOp("or"));
    return this.boolOp("or");
  }

  private memoized(rule: string, parse: () => A.expr | null): A.expr | null {
    const key = rule + ":" + this.pos;
    const memo = this.memo.get(key);
    if (memo !== undefined) {
      this.pos = memo.end;
      return memo.node;
    }
    const node = parse();
    this.memo.set(key, { node, end: this.pos });
    return node;
  }

  /** disjunction ('or') and conjunction ('and'). */
  private boolOp(kw: "or" | "and"): A.expr | null {
    const start = this.peek();
    const first = kw === "or" ? this.boolOp("and") : this.inversion();
    if (first === null) return null;
    if (!this.atKeyword(kw)) return first;
    const values = [first];
    while (this.atKeyword(kw)) {
      const mark = this.pos;
      this.advance();
      const next = kw === "or" ? this.boolOp("and") : this.inversion();
      if (next === null) {
        this.reset(mark);
        break;
      }
      values.push(next);
    }
    if (values.length === 1) return first;
    return { _type: "BoolOp", op: kw === "or" ? "Or" : "And", values, ...this.span(start) };
  }

  private inversion(): A.expr | null {
    const t = this.peek();
    if (t.type === "NAME" && t.string === "not") {
      const mark = this.pos;
      this.advance();
      this.enter(1); // inversion: 'not' inversion
      const operand = this.inversion();
      this.level -= 1;
      if (operand === null) return this.reset(mark);
      return { _type: "UnaryOp", op: "Not", operand, ...this.span(t) };
    }
    return this.comparison();
  }

  private comparison(): A.expr | null {
    const start = this.peek();
    const left = this.bitwiseOr();
    if (left === null) return null;
    const ops: A.cmpop[] = [];
    const comparators: A.expr[] = [];
    for (;;) {
      const mark = this.pos;
      const op = this.comparisonOperator();
      if (op === null) break;
      const right = this.bitwiseOr();
      if (right === null) {
        this.reset(mark);
        break;
      }
      ops.push(op);
      comparators.push(right);
    }
    if (ops.length === 0) return left;
    return { _type: "Compare", left, ops, comparators, ...this.span(start) };
  }

  private comparisonOperator(): A.cmpop | null {
    const t = this.peek();
    if (t.type === "OP") {
      const op = COMPARISON[t.string];
      if (op === undefined || t.string === "in") return null;
      this.advance();
      return op;
    }
    if (t.type !== "NAME") return null;
    if (t.string === "in") {
      this.advance();
      return "In";
    }
    if (t.string === "not") {
      if (this.peekAt(1).type !== "NAME" || this.peekAt(1).string !== "in") return null;
      this.advance();
      this.advance();
      return "NotIn";
    }
    if (t.string === "is") {
      this.advance();
      if (this.eatKeyword("not")) return "IsNot";
      return "Is";
    }
    return null;
  }

  private bitwiseOr(): A.expr | null {
    if (this.diagnose) return this.memoized("bitwise_or", () => this.binaryLevel(0));
    return this.binaryLevel(0);
  }

  /**
   * The left-associative binary levels: bitwise_or, bitwise_xor, bitwise_and, shift_expr,
   * sum and term, written as loops (the grammar's left recursion).
   */
  private binaryLevel(level: number): A.expr | null {
    if (level === 5) return this.term();
    const start = this.peek();
    let left = this.binaryLevel(level + 1);
    if (left === null) return null;
    for (;;) {
      const t = this.peek();
      if (t.type !== "OP") break;
      const op = binaryOperatorAt(level, t.string);
      if (op === null) break;
      const mark = this.pos;
      this.advance();
      const right = this.binaryLevel(level + 1);
      if (right === null) {
        this.reset(mark);
        break;
      }
      left = { _type: "BinOp", left, op, right, ...this.span(start) };
    }
    return left;
  }

  private term(): A.expr | null {
    const start = this.peek();
    let left = this.factor();
    if (left === null) return null;
    for (;;) {
      const t = this.peek();
      if (t.type !== "OP") break;
      const op = TERM_OPS[t.string];
      if (op === undefined) break;
      const mark = this.pos;
      this.advance();
      const right = this.factor();
      if (right === null) {
        this.reset(mark);
        break;
      }
      left = { _type: "BinOp", left, op, right, ...this.span(start) };
    }
    return left;
  }

  private factor(): A.expr | null {
    const t = this.peek();
    if (t.type === "OP" && (t.string === "+" || t.string === "-" || t.string === "~")) {
      const mark = this.pos;
      this.advance();
      this.enter(1); // factor: '-' factor
      const operand = this.factor();
      this.level -= 1;
      if (operand === null) return this.reset(mark);
      const op = t.string === "+" ? "UAdd" : t.string === "-" ? "USub" : "Invert";
      return { _type: "UnaryOp", op, operand, ...this.span(t) };
    }
    return this.power();
  }

  private power(): A.expr | null {
    const start = this.peek();
    const left = this.awaitPrimary();
    if (left === null) return null;
    if (!this.atOp("**")) return left;
    const mark = this.pos;
    this.advance();
    this.enter(2); // power: await_primary '**' factor, factor: power
    const right = this.factor();
    this.level -= 2;
    if (right === null) {
      this.reset(mark);
      return left;
    }
    return { _type: "BinOp", left, op: "Pow", right, ...this.span(start) };
  }

  private awaitPrimary(): A.expr | null {
    const t = this.peek();
    if (t.type === "NAME" && t.string === "await") {
      const mark = this.pos;
      this.advance();
      const value = this.primary();
      if (value === null) return this.reset(mark);
      return { _type: "Await", value, ...this.span(t) };
    }
    return this.primary();
  }

  private primary(): A.expr | null {
    const start = this.peek();
    let e = this.atom();
    if (e === null) return null;
    for (;;) {
      const next = this.primaryTrailer(e, start);
      if (next === null) return e;
      e = next;
    }
  }

  /** One `.name`, `(args)`, genexp call or `[slices]` applied to `e`; null if none follows. */
  private primaryTrailer(e: A.expr, start: Token): A.expr | null {
    const t = this.peek();
    if (t.type !== "OP") return null;
    const mark = this.pos;
    if (t.string === ".") {
      this.advance();
      const n = this.eatName();
      if (n === null) return this.reset(mark);
      return { _type: "Attribute", value: e, attr: n.string, ctx: "Load", ...this.span(start) };
    }
    if (t.string === "(") {
      this.advance();
      this.enter(CALL_LEVELS);
      const call = this.callArguments();
      this.level -= CALL_LEVELS;
      if (call === null) return this.reset(mark);
      return {
        _type: "Call",
        func: e,
        args: call.args,
        keywords: call.keywords,
        ...this.span(start),
      };
    }
    if (t.string === "[") {
      this.advance();
      const slice = this.slices();
      if (slice === null || !this.eatOp("]")) return this.reset(mark);
      return { _type: "Subscript", value: e, slice, ctx: "Load", ...this.span(start) };
    }
    return null;
  }

  private slices(): A.expr | null {
    const start = this.peek();
    const mark = this.pos;
    const first = this.sliceOrStarred();
    if (first === null) return null;
    if (!this.atOp(",") && first._type !== "Starred") return first;
    const elts = [first];
    while (this.eatOp(",")) {
      const e = this.sliceOrStarred();
      if (e === null) break;
      elts.push(e);
    }
    if (elts.length === 0) return this.reset(mark);
    return { _type: "Tuple", elts, ctx: "Load", ...this.span(start) };
  }

  private sliceOrStarred(): A.expr | null {
    const t = this.peek();
    if (t.type === "OP" && t.string === "*") return this.starredExpression();
    return this.slice();
  }

  /** [expression] ':' [expression] [':' [expression]] | named_expression */
  private slice(): A.expr | null {
    const start = this.peek();
    let lower: A.expr | null = null;
    if (!this.atOp(":")) {
      lower = this.namedExpression();
      if (lower === null) return null;
      if (!this.atOp(":") || lower._type === "NamedExpr") return lower;
    }
    this.advance(); // ':'
    const upper = this.expression();
    let step: A.expr | null = null;
    if (this.eatOp(":")) step = this.expression();
    return { _type: "Slice", lower, upper, step, ...this.span(start) };
  }

  private atom(): A.expr | null {
    const t = this.peek();
    switch (t.type) {
      case "NAME":
        if (!KEYWORDS.has(t.string)) {
          this.advance();
          return this.nameNode(t, "Load");
        }
        if (t.string === "True" || t.string === "False" || t.string === "None") {
          this.advance();
          const value = t.string === "None" ? null : t.string === "True";
          return { _type: "Constant", value, kind: null, ...this.span(t) };
        }
        return null;
      case "NUMBER":
        this.advance();
        return this.number(t);
      case "STRING":
        return this.strings();
      case "OP":
        switch (t.string) {
          case "(":
            return this.nested(PAREN_LEVELS, () => this.parenthesized());
          case "[":
            return this.nested(DISPLAY_LEVELS, () => this.listDisplay());
          case "{":
            return this.nested(DISPLAY_LEVELS, () => this.braceDisplay());
          case "...":
            this.advance();
            return { _type: "Constant", value: { kind: "ellipsis" }, kind: null, ...this.span(t) };
        }
    }
    return null;
  }

  private number(t: Token): A.Constant {
    this.checkDigitLimit(t);
    return { _type: "Constant", value: parseNumber(t.string), kind: null, ...this.span(t) };
  }

  /**
   * A decimal int literal longer than sys.get_int_max_str_digits() fails as int(str) would;
   * _PyPegen_number_token turns that ValueError into a SyntaxError without columns.
   */
  private checkDigitLimit(t: Token): void {
    const limit = intMaxStrDigits.limit;
    const s = t.string;
    if (limit <= 0 || s.length <= limit || s[0] === "0" || /[.eEjJ]/.test(s)) return;
    const digits = s.length - (s.match(/_/g)?.length ?? 0);
    if (digits <= limit) return;
    throw this.makeErrorRaw(
      "SyntaxError",
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} ` +
        "digits; use sys.set_int_max_str_digits() to increase the limit - Consider " +
        "hexadecimal for huge integer literals to avoid decimal conversion limits.",
      t.lineno,
      0,
      t.end_lineno,
      0,
      this.source.lineWithNewline(t.lineno),
    );
  }

  private strings(): A.expr {
    const tokens: Token[] = [];
    while (this.atType("STRING")) tokens.push(this.advance());
    return concatenateStrings(tokens, this);
  }

  /** tuple | group | genexp, decided after the first element. */
  private parenthesized(): A.expr | null {
    const open = this.peek();
    const mark = this.pos;
    this.advance();
    if (this.eatOp(")")) return { _type: "Tuple", elts: [], ctx: "Load", ...this.span(open) };
    if (this.atKeyword("yield")) {
      const y = this.yieldExpression();
      if (y === null || !this.eatOp(")")) return this.reset(mark);
      return y;
    }
    const first = this.starNamedExpression();
    if (first === null) {
      if (this.diagnose && this.atOp("**")) this.invalidDoubleStarredGroup();
      return this.reset(mark);
    }
    if (this.atKeyword("for") || this.atKeyword("async")) {
      if (first._type === "Starred") {
        if (this.diagnose) this.raiseIterableUnpackingInComprehension(first);
        return this.reset(mark);
      }
      const generators = this.forIfClauses();
      if (generators === null || !this.eatOp(")")) return this.reset(mark);
      return { _type: "GeneratorExp", elt: first, generators, ...this.span(open) };
    }
    if (this.eatOp(")")) {
      if (first._type === "Starred") {
        if (this.diagnose) this.raiseRange(first, first, "cannot use starred expression here");
        return this.reset(mark);
      }
      return first;
    }
    if (!this.eatOp(",")) return this.reset(mark);
    const elts = [first];
    while (!this.atOp(")")) {
      const e = this.starNamedExpression();
      if (e === null) return this.reset(mark);
      elts.push(e);
      if (!this.eatOp(",")) break;
    }
    if (!this.eatOp(")")) return this.reset(mark);
    return { _type: "Tuple", elts, ctx: "Load", ...this.span(open) };
  }

  private invalidDoubleStarredGroup(): void {
    const star = this.advance();
    const e = this.expression();
    if (e !== null && this.atOp(")")) {
      this.raiseAt(star, "cannot use double starred expression here");
    }
  }

  private raiseIterableUnpackingInComprehension(e: A.expr): never {
    this.raiseRange(e, e, "iterable unpacking cannot be used in comprehension");
  }

  /** list | listcomp */
  private listDisplay(): A.expr | null {
    const open = this.peek();
    const mark = this.pos;
    this.advance();
    if (this.eatOp("]")) return { _type: "List", elts: [], ctx: "Load", ...this.span(open) };
    const first = this.starNamedExpression();
    if (first === null) return this.reset(mark);
    const rest = this.displayRest(first, "]");
    if (rest === null) return this.reset(mark);
    return "generators" in rest
      ? { _type: "ListComp", elt: first, generators: rest.generators, ...this.span(open) }
      : { _type: "List", elts: rest.elts, ctx: "Load", ...this.span(open) };
  }

  /**
   * What follows the first element of a list or set display, through `close`: `for` clauses
   * (a comprehension) or more comma-separated elements. Null when it is neither; the caller
   * resets.
   */
  private displayRest(
    first: A.expr,
    close: "]" | "}",
  ): { generators: A.comprehension[] } | { elts: A.expr[] } | null {
    if (this.atKeyword("for") || this.atKeyword("async")) {
      if (first._type === "Starred") {
        if (this.diagnose) this.raiseIterableUnpackingInComprehension(first);
        return null;
      }
      const generators = this.forIfClauses();
      if (generators === null || !this.eatOp(close)) return null;
      return { generators };
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.atOp(close)) break;
      const e = this.starNamedExpression();
      if (e === null) return null;
      elts.push(e);
    }
    if (!this.eatOp(close)) {
      if (this.diagnose && (this.atKeyword("for") || this.atKeyword("async"))) {
        this.raiseComprehensionTarget(elts);
      }
      return null;
    }
    return { elts };
  }

  private raiseComprehensionTarget(elts: A.expr[]): never {
    const lastToken = this.lastToken();
    const last = elts.length > 1 ? elts[elts.length - 1] : lastToken;
    this.raiseRange(elts[0], last, "did you forget parentheses around the comprehension target?");
  }

  /** dict | set | dictcomp | setcomp */
  private braceDisplay(): A.expr | null {
    const open = this.peek();
    const mark = this.pos;
    this.advance();
    if (this.eatOp("}")) return { _type: "Dict", keys: [], values: [], ...this.span(open) };
    if (this.atOp("**")) return this.dictDisplay(open, mark, null);
    const firstToken = this.peek();
    const first = this.starNamedExpression();
    if (first === null) return this.reset(mark);
    // A dict key is an `expression`: a walrus only when parenthesised.
    const bareWalrus = first._type === "NamedExpr" && firstToken.type === "NAME";
    if (this.atOp(":") && first._type !== "Starred" && !bareWalrus) {
      return this.dictDisplay(open, mark, first);
    }
    const rest = this.displayRest(first, "}");
    if (rest === null) return this.reset(mark);
    return "generators" in rest
      ? { _type: "SetComp", elt: first, generators: rest.generators, ...this.span(open) }
      : { _type: "Set", elts: rest.elts, ...this.span(open) };
  }

  /** The dict display or comprehension after `{`; `firstKey` is already parsed (or null). */
  private dictDisplay(open: Token, mark: number, firstKey: A.expr | null): A.expr | null {
    const keys: (A.expr | null)[] = [];
    const values: A.expr[] = [];
    let key = firstKey;
    for (let first = true;; first = false) {
      if (key === null) {
        if (this.atOp("**")) {
          const star = this.advance();
          const value = this.bitwiseOr();
          if (value === null) return this.reset(mark);
          if (first && this.diagnose && (this.atKeyword("for") || this.atKeyword("async"))) {
            this.raiseAt(star, "dict unpacking cannot be used in dict comprehension");
          }
          keys.push(null);
          values.push(value);
        } else {
          key = this.expression();
          if (key === null) return this.reset(mark);
        }
      }
      if (key !== null) {
        if (!this.eatOp(":")) {
          // invalid_kvpair only follows earlier pairs (`{a: 1, b}`).
          if (this.diagnose && !first) this.invalidKvpair(key);
          return this.reset(mark);
        }
        if (this.diagnose) this.invalidDictValue();
        const value = this.expression();
        if (value === null) return this.reset(mark);
        if (first && (this.atKeyword("for") || this.atKeyword("async"))) {
          const generators = this.forIfClauses();
          if (generators === null || !this.eatOp("}")) return this.reset(mark);
          return { _type: "DictComp", key, value, generators, ...this.span(open) };
        }
        keys.push(key);
        values.push(value);
        key = null;
      }
      if (!this.eatOp(",") || this.atOp("}")) break;
    }
    if (!this.eatOp("}")) return this.reset(mark);
    return { _type: "Dict", keys, values, ...this.span(open) };
  }

  private invalidKvpair(key: A.expr): never {
    throw this.errorAtColumns(
      "SyntaxError",
      "':' expected after dictionary key",
      key.lineno,
      key.end_col_offset - 1,
      key.end_lineno,
      -2,
    );
  }

  private invalidDictValue(): void {
    const t = this.peek();
    if (t.type === "OP" && (t.string === "}" || t.string === ",")) {
      this.raiseAt(this.tokens[this.pos - 1], "expression expected after dictionary key and ':'");
    }
    if (t.type === "OP" && t.string === "*") {
      // expression ':' a='*' bitwise_or: reported from the star to the current position.
      const mark = this.pos;
      this.advance();
      if (this.bitwiseOr() !== null) {
        this.raiseRange(
          t,
          this.lastToken(),
          "cannot use a starred expression in a dictionary value",
        );
      }
      this.reset(mark);
    }
  }

  private forIfClauses(): A.comprehension[] | null {
    const generators: A.comprehension[] = [];
    for (;;) {
      const mark = this.pos;
      let isAsync = 0;
      if (this.atKeyword("async") && this.peekAt(1).string === "for") {
        this.advance();
        isAsync = 1;
      }
      if (!this.eatKeyword("for")) {
        this.reset(mark);
        break;
      }
      const targetMark = this.pos;
      const target = this.starTargets();
      if (target === null || !this.eatKeyword("in")) {
        if (this.diagnose) this.invalidForTarget(targetMark);
        return this.reset(mark);
      }
      const iter = this.disjunction();
      if (iter === null) return this.reset(mark);
      const ifs: A.expr[] = [];
      while (this.atKeyword("if")) {
        const ifMark = this.pos;
        this.advance();
        const cond = this.disjunction();
        if (cond === null) {
          this.reset(ifMark);
          break;
        }
        ifs.push(cond);
      }
      generators.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return generators.length > 0 ? generators : null;
  }

  private lambdef(): A.Lambda | null {
    const mark = this.pos;
    const start = this.advance();
    const args = this.parameters(false) ?? emptyArguments();
    if (!this.eatOp(":")) return this.reset(mark);
    this.enter(2); // lambdef: 'lambda' ... expression, expression: lambdef
    const body = this.expression();
    this.level -= 2;
    if (body === null) return this.reset(mark);
    return { _type: "Lambda", args, body, ...this.span(start) };
  }

  private starredExpression(): A.Starred | null {
    const mark = this.pos;
    const star = this.advance();
    const value = this.expression();
    if (value === null) return this.reset(mark);
    return { _type: "Starred", value, ctx: "Load", ...this.span(star) };
  }

  // ---- call arguments ----

  /**
   * The arguments of a call or class bases after `(`, through the closing `)`: CPython's
   * `args` with its ordering rules (plain positional arguments may not follow keywords, and
   * nothing positional may follow `**x`), or a lone generator expression.
   */
  private callArguments(genexpOk = true): CallArguments | null {
    const mark = this.pos;
    const open = this.tokens[this.pos - 1];
    const result: CallArguments = { args: [], keywords: [] };
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.atOp(")")) {
      // After a keyword, `kwargs` takes only `name=`, `*x` (until a `**`) and `**x`: the first
      // pass does not even parse anything else, so the furthest token stays before it.
      if (
        !this.diagnose && (sawKeyword || sawDoubleStar) && !this.isKeywordArgument() &&
        !this.atOp("**") && (sawDoubleStar || !this.atOp("*"))
      ) {
        return this.reset(mark);
      }
      const arg = this.callArgument(genexpOk);
      if (arg === null) return this.reset(mark);
      switch (arg.kind) {
        case "generator":
          if (
            !genexpOk || result.args.length > 0 || result.keywords.length > 0 ||
            !this.eatOp(")")
          ) {
            // invalid_arguments: a generator with other arguments before or after it.
            const others = result.args.length > 0 || result.keywords.length > 0;
            if (this.diagnose && (others || this.atOp(","))) {
              this.raiseUnparenthesizedGenerator(arg.value);
            }
            return this.reset(mark);
          }
          return { args: [this.spanningCallParentheses(arg.value, open)], keywords: [] };
        case "keyword":
          if (arg.value.arg === null) sawDoubleStar = true;
          else sawKeyword = true;
          result.keywords.push(arg.value);
          break;
        case "starred":
          if (sawDoubleStar) {
            if (this.diagnose) {
              this.raiseAt(
                arg.star,
                "iterable argument unpacking follows keyword argument unpacking",
              );
            }
            return this.reset(mark);
          }
          result.args.push(arg.value);
          break;
        case "positional":
          if (sawKeyword || sawDoubleStar) {
            if (this.diagnose) {
              // CPython's `a=args ',' args` parses the rest of the list before raising at
              // the last token it fetched.
              while (this.eatOp(",") && this.callArgument() !== null) continue;
              this.raise(
                sawDoubleStar
                  ? "positional argument follows keyword argument unpacking"
                  : "positional argument follows keyword argument",
              );
            }
            return this.reset(mark);
          }
          result.args.push(arg.value);
      }
      if (!this.eatOp(",")) break;
    }
    if (!this.eatOp(")")) return this.reset(mark);
    return result;
  }

  /** One call argument: `*x`, `**x`, `name=x`, `x`, or `x for ...` (a generator argument). */
  private callArgument(genexpOk = true): CallArgument | null {
    const t = this.peek();
    if (t.type === "OP" && t.string === "*") {
      const value = this.starredExpression();
      return value === null ? null : { kind: "starred", value, star: t };
    }
    if (t.type === "OP" && t.string === "**") {
      this.advance();
      const value = this.expression();
      if (value === null) return null;
      return { kind: "keyword", value: { _type: "keyword", arg: null, value, ...this.span(t) } };
    }
    if (this.diagnose) this.invalidKwarg();
    if (this.isKeywordArgument()) {
      this.advance();
      const eq = this.advance();
      const value = this.expression();
      if (value === null) return null;
      if (this.diagnose && (this.atKeyword("for") || this.atKeyword("async"))) {
        this.raiseRange(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      return {
        kind: "keyword",
        value: { _type: "keyword", arg: t.string, value, ...this.span(t) },
      };
    }
    // (assignment_expression | expression !':='): not named_expression, so no
    // invalid_named_expression diagnostics inside call arguments.
    const value = this.isWalrus() ? this.namedExpression() : this.expression();
    if (value === null || this.atOp(":=")) return null;
    if (!this.atKeyword("for") && !this.atKeyword("async")) return { kind: "positional", value };
    // Only the diagnostics pass looks past `for` where no generator argument may stand.
    if (!genexpOk && !this.diagnose) return null;
    const generators = this.forIfClauses();
    if (generators === null) return null;
    return {
      kind: "generator",
      value: { _type: "GeneratorExp", elt: value, generators, ...this.span(t) },
    };
  }

  /** A call's only argument is a generator expression spanning the call's parentheses. */
  private spanningCallParentheses(genexp: A.GeneratorExp, open: Token): A.GeneratorExp {
    const close = this.tokens[this.pos - 1];
    genexp.lineno = open.lineno;
    genexp.col_offset = open.col_offset;
    genexp.end_lineno = close.end_lineno;
    genexp.end_col_offset = close.end_col_offset;
    return genexp;
  }

  private raiseUnparenthesizedGenerator(genexp: A.GeneratorExp): never {
    const last = genexp.generators[genexp.generators.length - 1];
    this.raiseRange(
      genexp.elt,
      lastComprehensionItem(last),
      "Generator expression must be parenthesized",
    );
  }

  /** NAME ':=' ahead. */
  private isWalrus(): boolean {
    const t = this.peek();
    if (t.type !== "NAME" || KEYWORDS.has(t.string)) return false;
    const next = this.peekAt(1);
    return next.type === "OP" && next.string === ":=";
  }

  private isKeywordArgument(): boolean {
    const t = this.peek();
    if (t.type !== "NAME" || KEYWORDS.has(t.string)) return false;
    const next = this.peekAt(1);
    return next.type === "OP" && next.string === "=";
  }

  /** invalid_kwarg: `True=1`, `f(x)=1` and friends inside call arguments. */
  private invalidKwarg(): void {
    const t = this.peek();
    if (t.type === "NAME" && (t.string === "True" || t.string === "False" || t.string === "None")) {
      const next = this.peekAt(1);
      if (next.type === "OP" && next.string === "=") {
        this.raiseRange(t, next, `cannot assign to ${t.string}`);
      }
    }
    if (t.type === "NAME" && !KEYWORDS.has(t.string)) {
      const next = this.peekAt(1);
      if (next.type === "OP" && next.string === "=") return;
    }
    const mark = this.pos;
    const e = this.expression();
    if (e !== null && this.atOp("=")) {
      const eq = this.peek();
      if (this.peekAt(1).type !== "OP" || this.peekAt(1).string !== "=") {
        this.raiseRange(e, eq, 'expression cannot contain assignment, perhaps you meant "=="?');
      }
    }
    this.reset(mark);
  }

  // ---- parameters ----

  /**
   * parameters / lambda_parameters as one loop: plain parameters, `/`, `*` or `*args`,
   * keyword-only parameters, `**kwargs`. Returns null (position restored) when the list is
   * malformed; the second pass names the problem.
   */
  private parameters(annotations: boolean): A.arguments | null {
    const mark = this.pos;
    const closer = annotations ? ")" : ":";
    const posonlyargs: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: A.expr[] = [];
    const kwonlyargs: A.arg[] = [];
    const kwDefaults: (A.expr | null)[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    let sawSlash = false;
    let sawStar = false;
    const fail = (): null => {
      if (this.diagnose) {
        this.reset(mark);
        this.invalidParameters(annotations);
      }
      return this.reset(mark);
    };
    if (this.atOp(closer)) return null;
    while (!this.atOp(closer)) {
      const t = this.peek();
      if (kwarg !== null) return fail();
      if (t.type === "OP" && t.string === "/") {
        if (sawSlash || sawStar || args.length === 0) return fail();
        this.advance();
        sawSlash = true;
        posonlyargs.push(...args.splice(0));
      } else if (t.type === "OP" && t.string === "*") {
        if (sawStar) return fail();
        this.advance();
        sawStar = true;
        if (!this.atOp(",")) {
          vararg = this.parameter(annotations, true);
          if (vararg === null) return fail();
        } else if (
          this.peekAt(1).type === "OP" &&
          (this.peekAt(1).string === closer || this.peekAt(1).string === "**")
        ) {
          return fail();
        }
      } else if (t.type === "OP" && t.string === "**") {
        this.advance();
        kwarg = this.parameter(annotations, false);
        if (kwarg === null) return fail();
      } else {
        const a = this.parameter(annotations, false);
        if (a === null) return fail();
        let value: A.expr | null = null;
        if (this.eatOp("=")) {
          value = this.expression();
          if (value === null) return fail();
        }
        if (sawStar) {
          kwonlyargs.push(a);
          kwDefaults.push(value);
        } else {
          if (value === null && defaults.length > 0) return fail();
          args.push(a);
          if (value !== null) defaults.push(value);
        }
      }
      if (!this.eatOp(",")) break;
    }
    if (!this.atOp(closer)) return fail();
    if (sawStar && vararg === null && kwonlyargs.length === 0) return fail();
    return {
      _type: "arguments",
      posonlyargs,
      args,
      vararg,
      kwonlyargs,
      kw_defaults: kwDefaults,
      kwarg,
      defaults,
    };
  }

  private parameter(annotations: boolean, starAnnotation: boolean): A.arg | null {
    const name = this.eatName();
    if (name === null) return null;
    let annotation: A.expr | null = null;
    if (annotations && this.eatOp(":")) {
      annotation = starAnnotation ? this.starExpression() : this.expression();
      if (annotation === null) return null;
    }
    return { _type: "arg", arg: name.string, annotation, type_comment: null, ...this.span(name) };
  }

  /** The invalid_parameters / invalid_lambda_parameters diagnostics, re-scanning the list. */
  private invalidParameters(annotations: boolean): void {
    const closer = annotations ? ")" : ":";
    let sawDefault = false;
    let sawSlash = false;
    let sawStar = false;
    let sawKwarg = false;
    let first = true;
    while (!this.atOp(closer) && !this.atType("NEWLINE") && !this.atType("ENDMARKER")) {
      const t = this.peek();
      if (t.type === "OP" && t.string === "(" && !sawStar) {
        const close = this.parenthesizedParameterNames(annotations);
        if (close === null) return;
        const what = annotations ? "Function parameters" : "Lambda expression parameters";
        this.raiseRange(t, close, `${what} cannot be parenthesized`);
      }
      if (sawKwarg) {
        if (
          t.type === "NAME" ||
          (t.type === "OP" && (t.string === "*" || t.string === "**" || t.string === "/"))
        ) {
          this.raiseAt(t, "arguments cannot follow var-keyword argument");
        }
        return;
      }
      if (t.type === "OP" && t.string === "/") {
        if (first) this.raiseAt(t, "at least one argument must precede /");
        if (sawStar) this.raiseAt(t, "/ must be ahead of *");
        if (sawSlash) this.raiseAt(t, "/ may appear only once");
        sawSlash = true;
        this.advance();
        // param_maybe_default+ '/' a='*': a star right after the slash, comma missing.
        if (this.atOp("*")) this.raiseAt(this.peek(), "expected comma between / and *");
      } else if (t.type === "OP" && t.string === "*") {
        if (sawStar) {
          const next = this.peekAt(1);
          const paramOrComma = (next.type === "NAME" && !KEYWORDS.has(next.string)) ||
            (next.type === "OP" && next.string === ",");
          if (paramOrComma) this.raiseAt(t, "* argument may appear only once");
          return;
        }
        sawStar = true;
        this.advance();
        const next = this.peek();
        if (
          next.type === "OP" &&
          (next.string === closer ||
            (next.string === "," &&
              (this.peekAt(1).string === closer || this.peekAt(1).string === "**")))
        ) {
          if (annotations) this.raiseAt(t, "named arguments must follow bare *");
          this.raise("named arguments must follow bare *");
        }
        if (this.eatName() !== null) {
          if (annotations && this.eatOp(":")) this.expression();
          if (this.atOp("=")) {
            this.raiseAt(this.peek(), "var-positional argument cannot have default value");
          }
        }
      } else if (t.type === "OP" && t.string === "**") {
        this.advance();
        if (this.eatName() === null) return;
        if (annotations && this.eatOp(":")) this.expression();
        if (this.atOp("=")) {
          this.raiseAt(this.peek(), "var-keyword argument cannot have default value");
        }
        sawKwarg = true;
      } else if (t.type === "NAME" && !KEYWORDS.has(t.string)) {
        const name = this.advance();
        if (annotations && this.eatOp(":")) {
          if (this.expression() === null) return;
        }
        if (this.atOp("=")) {
          const eq = this.advance();
          if (this.atOp(",") || this.atOp(")")) {
            this.raiseAt(eq, "expected default value expression");
          }
          if (this.expression() === null) return;
          sawDefault = true;
        } else if (sawDefault && !sawStar && (this.atOp(",") || this.atOp(closer))) {
          // Only a whole param_no_default (followed by ',' or the closer) counts.
          this.raiseRange(name, this.lastToken(), "non-default argument follows default argument");
        }
      } else {
        return;
      }
      first = false;
      if (!this.eatOp(",")) return;
    }
  }

  /** `'(' ','.param+ ','? ')'` (annotated for def): returns the `)` token, or null. */
  private parenthesizedParameterNames(annotations: boolean): Token | null {
    this.advance(); // '('
    do {
      if (this.atOp(")")) break;
      if (this.parameter(annotations, false) === null) return null;
    } while (this.eatOp(","));
    return this.eatOp(")");
  }

  // ---- targets ----

  /** star_targets: comma-separated star_target, a Tuple (Store) when there is a comma. */
  private starTargets(): A.expr | null {
    const start = this.peek();
    const first = this.starTarget();
    if (first === null) return null;
    if (!this.atOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      const mark = this.pos;
      const e = this.starTarget();
      if (e === null) {
        this.reset(mark);
        break;
      }
      elts.push(e);
    }
    return { _type: "Tuple", elts, ctx: "Store", ...this.span(start) };
  }

  /** star_target: '*' star_target | target_with_star_atom (converted to Store context). */
  private starTarget(): A.expr | null {
    const t = this.peek();
    const mark = this.pos;
    if (t.type === "OP" && t.string === "*") {
      this.advance();
      if (this.atOp("*")) return this.reset(mark);
      const inner = this.starTarget();
      if (inner === null) return this.reset(mark);
      return { _type: "Starred", value: inner, ctx: "Store", ...this.span(t) };
    }
    const e = this.primary();
    if (e === null || !isValidTarget(e, "Store")) return this.reset(mark);
    setContext(e, "Store");
    return e;
  }

  // ==== second-pass diagnostics (the grammar's invalid_* rules) ====

  /** invalid_expression: two expressions side by side inside brackets, or `a if b` without else. */
  private invalidExpression(): void {
    const mark = this.pos;
    const t = this.peek();
    const isName = t.type === "NAME" && !KEYWORDS.has(t.string);
    // CPython's SOFT_KEYWORD test compares only the token's length (strncmp), so any prefix
    // of a soft keyword counts as one: `(m u)` gets no "forgot a comma" hint.
    const softKeyword = isName && SOFT_KEYWORDS.some((k) => k.startsWith(t.string));
    // Only a NAME makes the grammar look at the following token.
    const nameString = isName && this.peekAt(1).type === "STRING";
    if (!softKeyword && !nameString) {
      const a = this.disjunction();
      if (a !== null) {
        const b = this.withoutInvalidRules(() => this.expressionWithoutInvalid());
        if (b !== null) {
          const legacy = a._type === "Name" && (a.id === "print" || a.id === "exec");
          if (!legacy && this.tokens[this.pos - 1].level !== 0) {
            this.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
          }
        }
      }
      this.reset(mark);
    }
    const a = this.disjunction();
    if (a !== null && this.atKeyword("if")) {
      this.advance();
      const b = this.disjunction();
      if (b !== null && !this.atKeyword("else") && !this.atOp(":")) {
        this.raiseRange(a, b, "expected 'else' after 'if' expression");
      }
    }
    this.reset(mark);
  }

  /** Rules named `*_without_invalid` run with the invalid_* rules switched off (pegen does this). */
  private withoutInvalidRules<T>(f: () => T): T {
    const saved = this.diagnose;
    this.diagnose = false;
    try {
      return f();
    } finally {
      this.diagnose = saved;
    }
  }

  /** invalid_legacy_expression: `print x` / `exec x`. */
  private invalidLegacyExpression(): void {
    // a=NAME !'(' b=star_expressions, parsed for any name (with its side effects: nested
    // diagnostics, tokens fetched); only print and exec then raise.
    const t = this.peek();
    if (t.type !== "NAME" || KEYWORDS.has(t.string)) return;
    const next = this.peekAt(1);
    if (next.type === "OP" && next.string === "(") return;
    const mark = this.pos;
    this.advance();
    const b = this.starExpressions();
    if (b !== null && (t.string === "print" || t.string === "exec")) {
      this.raiseRange(
        t,
        b,
        `Missing parentheses in call to '${t.string}'. Did you mean ${t.string}(...)?`,
      );
    }
    this.reset(mark);
  }

  /** invalid_named_expression */
  private invalidNamedExpression(): void {
    const mark = this.pos;
    // invalid_named_expression is memoized in CPython: without that, each level of nested
    // displays re-runs the `!(list|tuple|...)` lookahead over everything inside it.
    const key = "invalid_named_expression:" + mark;
    if (this.memo.has(key)) return;
    this.memo.set(key, { node: null, end: mark });
    const a = this.expression();
    if (a !== null && this.atOp(":=")) {
      this.advance();
      if (this.expression() !== null) {
        this.raiseRange(a, a, `cannot use assignment expressions with ${exprName(a)}`);
      }
    }
    this.reset(mark);
    const t = this.peek();
    if (
      t.type === "NAME" && !KEYWORDS.has(t.string) && this.peekAt(1).string === "=" &&
      this.peekAt(1).type === "OP"
    ) {
      this.advance();
      this.advance();
      const b = this.bitwiseOr();
      if (b !== null && !this.atOp("=") && !this.atOp(":=")) {
        this.raiseRange(t, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      this.reset(mark);
      return;
    }
    if (!this.atListTupleGenexpOrSingleton()) {
      const left = this.bitwiseOr();
      if (left !== null && this.atOp("=")) {
        this.advance();
        const right = this.bitwiseOr();
        if (right !== null && !this.atOp("=") && !this.atOp(":=")) {
          const what = exprName(left);
          this.raiseRange(
            left,
            left,
            `cannot assign to ${what} here. Maybe you meant '==' instead of '='?`,
          );
        }
      }
    }
    this.reset(mark);
  }

  /** The lookahead `!(list|tuple|genexp|'True'|'None'|'False')` of invalid_named_expression. */
  private atListTupleGenexpOrSingleton(): boolean {
    const t = this.peek();
    if (t.type === "NAME") {
      return t.string === "True" || t.string === "None" || t.string === "False";
    }
    if (t.type !== "OP" || (t.string !== "[" && t.string !== "(")) return false;
    const mark = this.pos;
    const atom = this.atom();
    this.reset(mark);
    if (atom === null) return false;
    // `((a, b))` is a group around a tuple, which the `tuple` rule does not match.
    const startsHere = atom.lineno === t.lineno && atom.col_offset === t.col_offset;
    return startsHere &&
      (atom._type === "List" || atom._type === "Tuple" || atom._type === "GeneratorExp");
  }

  /** invalid_assignment, tried at the start of an expression statement. */
  private invalidAssignment(mark: number): void {
    this.reset(mark);
    // invalid_ann_assign_target ':' expression
    // Parsed with diagnostics on: invalid_named_expression may fire inside (`f() = 1`).
    const first = this.starNamedExpression();
    if (first !== null) {
      if (this.atOp(":")) {
        this.advance();
        if (this.expression() !== null) {
          const what = first._type === "Tuple" ? "tuple" : first._type === "List" ? "list" : null;
          if (what !== null && this.tokens[mark].type === "OP") {
            this.raiseRange(first, first, `only single target (not ${what}) can be annotated`);
          }
          this.raiseRange(first, first, "illegal target for annotation");
        }
      } else if (this.eatOp(",")) {
        // `',' star_named_expressions*`: the repetition also takes expressions with no comma
        // between them (`t, 0 d s(...)` parses on through `s(...)`).
        while (this.starNamedExpression() !== null) this.eatOp(",");
        if (this.atOp(":")) {
          this.advance();
          if (this.expression() !== null) {
            this.raiseRange(first, first, "only single target (not tuple) can be annotated");
          }
        }
      }
    }
    // (star_targets '=')* a=star_expressions '='  /  a=yield_expr '='
    this.reset(mark);
    for (;;) {
      const targetMark = this.pos;
      const target = this.starTargets();
      if (target !== null && this.eatOp("=")) continue;
      this.reset(targetMark);
      break;
    }
    if (this.atKeyword("yield")) {
      const y = this.yieldExpression();
      if (y !== null && this.atOp("=")) {
        this.raiseRange(y, y, "assignment to yield expression not possible");
      }
    } else {
      const a = this.starExpressions();
      if (a !== null && this.atOp("=")) this.raiseInvalidTarget(a, "Store");
    }
    // a=star_expressions augassign (yield_expr | star_expressions)
    this.reset(mark);
    const a = this.starExpressions();
    const aug = this.peek();
    if (a !== null && aug.type === "OP" && AUGASSIGN[aug.string] !== undefined) {
      this.advance();
      const rhs = this.annotatedRhs();
      if (rhs !== null) {
        this.raiseRange(a, a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
      }
    }
    this.reset(mark);
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: names the first part of `e` that cannot be a target. */
  private raiseInvalidTarget(e: A.expr, ctx: "Store" | "Del" | "For"): void {
    const bad = invalidTarget(e, ctx);
    if (bad === null) return;
    const verb = ctx === "Del" ? "delete" : "assign to";
    this.raiseRange(bad, bad, `cannot ${verb} ${exprName(bad)}`);
  }

  /** invalid_for_target: `for` followed by something that is not a target. */
  private invalidForTarget(mark: number): void {
    this.reset(mark);
    const e = this.starExpressions();
    if (e === null) return;
    const bad = invalidTarget(e, "For");
    if (bad !== null) this.raiseRange(bad, bad, `cannot assign to ${exprName(bad)}`);
  }

  // ==== f-string expressions (FStringHost) ====

  compileExpression(token: Token, braceIndex: number, text: string): A.expr {
    const tokenText = token.string;
    let lines = 0;
    for (let i = 0; i < braceIndex; i++) if (tokenText.charCodeAt(i) === 10) lines++;
    let cols = 0;
    if (!/^[ \t\f]*(\n|}|$)/.test(tokenText.slice(braceIndex + 1))) {
      let start = braceIndex;
      while (start > 0 && tokenText[start] !== "\n") start--;
      cols = utf8Length(tokenText, start, braceIndex);
      if (tokenText[start] === "\n") cols -= 1;
    }
    const startingLine = token.lineno + lines;
    // On the token's first line the expression is offset by the token's own column too.
    const startingCol = lines === 0 ? token.col_offset + cols : cols;
    const sub = tokenize("(" + text + ")", this.filename);
    if (sub.error !== null) {
      // The sub-tokenizer counts lines from the f-string expression's own line.
      sub.error.lineno += startingLine - 1;
      sub.error.end_lineno += startingLine - 1;
    }
    const shifted = sub.tokens.map((t): Token => ({
      ...t,
      lineno: t.lineno + startingLine - 1,
      col_offset: t.lineno === 1 ? t.col_offset + startingCol : t.col_offset,
      end_lineno: t.end_lineno + startingLine - 1,
      end_col_offset: t.end_lineno === 1 ? t.end_col_offset + startingCol : t.end_col_offset,
    }));
    const stream: TokenStream = { ...sub, tokens: shifted };
    const parser = new Parser(stream, this.filename, { startingLine, startingCol });
    return parser.run("fstring") as unknown as A.expr;
  }
}

// ==== helpers ====

/** `_PyPegen_get_last_comprehension_item`: the last `if` condition, else the iterable. */
function lastComprehensionItem(c: A.comprehension): A.expr {
  return c.ifs.length > 0 ? c.ifs[c.ifs.length - 1] : c.iter;
}

function emptyArguments(): A.arguments {
  return {
    _type: "arguments",
    posonlyargs: [],
    args: [],
    vararg: null,
    kwonlyargs: [],
    kw_defaults: [],
    kwarg: null,
    defaults: [],
  };
}

function binaryOperatorAt(level: number, op: string): A.operator | null {
  switch (level) {
    case 0:
      return op === "|" ? "BitOr" : null;
    case 1:
      return op === "^" ? "BitXor" : null;
    case 2:
      return op === "&" ? "BitAnd" : null;
    case 3:
      return op === "<<" ? "LShift" : op === ">>" ? "RShift" : null;
    case 4:
      return op === "+" ? "Add" : op === "-" ? "Sub" : null;
  }
  return null;
}

function isImaginary(e: A.expr): boolean {
  return e._type === "Constant" && typeof e.value === "object" && e.value !== null &&
    "kind" in e.value &&
    e.value.kind === "complex";
}

/** The NUMBER token's value: int (bigint), float or imaginary. */
export function parseNumber(text: string): A.ConstantValue {
  const s = text.includes("_") ? text.replaceAll("_", "") : text;
  const last = s[s.length - 1];
  if (last === "j" || last === "J") return { kind: "complex", imag: Number(s.slice(0, -1)) };
  if (s.length > 1 && s[0] === "0") {
    const radix = s[1].toLowerCase();
    if (radix === "x" || radix === "o" || radix === "b") return BigInt("0" + radix + s.slice(2));
  }
  if (/[.eE]/.test(s)) return { kind: "float", value: Number(s) };
  return BigInt(s);
}

/** Whether `e` can be an assignment (Store) or `del` (Del) target. */
function isValidTarget(e: A.expr, ctx: "Store" | "Del"): boolean {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      return true;
    case "Tuple":
    case "List":
      return e.elts.every((x) => isValidTarget(x, ctx));
    case "Starred":
      return ctx === "Store" && isValidTarget(e.value, ctx) && e.value._type !== "Starred";
    default:
      return false;
  }
}

function setContext(e: A.expr, ctx: A.expr_context): void {
  switch (e._type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      return;
    case "Tuple":
    case "List":
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
  }
}

/** `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target. */
function invalidTarget(e: A.expr, ctx: "Store" | "Del" | "For"): A.expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, ctx);
        if (bad !== null) return bad;
      }
      return null;
    case "Starred":
      if (ctx === "Del") return e;
      return invalidTarget(e.value, ctx);
    case "Compare":
      // `for x in y` parsed as a comparison: only the left side is the target.
      if (ctx === "For") {
        if (e.ops[0] === "In") return invalidTarget(e.left, ctx);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** `_PyPegen_get_expr_name`: how error messages name an expression kind. */
function exprName(e: A.expr): string {
  switch (e._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (typeof v === "object" && v.kind === "ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
  }
}
