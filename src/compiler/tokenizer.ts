// Python 3.11 tokenizer, following the behaviour of CPython's Parser/tokenizer.c: the same
// token kinds the PEG parser sees (comments and non-logical newlines are dropped), the same
// INDENT/DEDENT rules (tabs to multiples of 8, checked against a tab-size-1 "alternate"
// column to catch inconsistent mixing), and the same error messages and locations.
//
// The whole source is tokenized up front. A tokenizer error stops the stream with an
// ERRORTOKEN and is kept in `TokenStream.error`: CPython reports such errors in preference to
// any parse error (it re-tokenizes the rest of the file before giving up), so the parser only
// needs to know whether one happened.

import { PySyntaxErrorInfo, type SyntaxErrorKind } from "./syntax_error.ts";
import { codePointCount, SourceText } from "./source_text.ts";

export type TokenType =
  | "NAME"
  | "NUMBER"
  | "STRING"
  | "OP"
  | "NEWLINE"
  | "INDENT"
  | "DEDENT"
  | "ENDMARKER"
  | "ERRORTOKEN";

export interface Token {
  readonly type: TokenType;
  /** NAME: the identifier (NFKC-normalised); OP: the operator; NUMBER/STRING: source text. */
  readonly string: string;
  readonly lineno: number;
  /** UTF-8 byte columns, as in the AST. */
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
  /** Bracket nesting depth after this token (CPython's `tok->level`). */
  readonly level: number;
}

export interface TokenStream {
  readonly source: SourceText;
  readonly tokens: Token[];
  /** The first tokenizer error, if any; the stream then ends with an ERRORTOKEN. */
  readonly error: PySyntaxErrorInfo | null;
  /**
   * Indentation and line-continuation errors are only reported when the parser reaches
   * them (CPython's tokenizer returns a bare ERRORTOKEN for those); the others win over any
   * parse error, wherever they are.
   */
  readonly errorIsLazy: boolean;
  /**
   * The innermost open bracket where the input ended, or where a lazy error stopped the
   * tokenizer (its bare ERRORTOKEN inside brackets reads as "'(' was never closed").
   */
  readonly unclosed: OpenBracket | null;
}

export interface OpenBracket {
  readonly char: string;
  readonly lineno: number;
  readonly col_offset: number;
}

const THREE_CHAR_OPS = new Set(["**=", "...", "//=", "<<=", ">>="]);
const TWO_CHAR_OPS = new Set([
  "!=",
  "%=",
  "&=",
  "**",
  "*=",
  "+=",
  "-=",
  "->",
  "//",
  "/=",
  ":=",
  "<<",
  "<=",
  "<>",
  "==",
  ">=",
  ">>",
  "@=",
  "^=",
  "|=",
]);

/** Operator characters that never start a longer operator: no lookahead needed. */
const SINGLE_ONLY = new Set(["(", ")", "[", "]", "{", "}", ",", ";", "~"]);

const CLOSING: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const MAX_INDENT = 100;
/** Keywords that may directly follow a number literal (`1if x else y`), besides if/in/is. */
const NUMBER_FOLLOWERS = ["and", "else", "for", "or", "not"];
/** CPython's MAXLEVEL: bracket nesting depth. */
const MAX_NESTING = 200;
const TAB_SIZE = 8;

class TokenizerError extends Error {
  constructor(readonly info: PySyntaxErrorInfo) {
    super(info.msg);
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
/** CPython's is_potential_identifier_start: ASCII letters, `_`, and every non-ASCII char. */
function isPotentialIdentifierStart(c: number): boolean {
  return isAsciiLetter(c) || c === 0x5f || c >= 0x80;
}
function isPotentialIdentifierChar(c: number): boolean {
  return isPotentialIdentifierStart(c) || isDigit(c);
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Python's str.isprintable() for one character (space is printable). */
export function isPrintable(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

export function tokenize(text: string, filename: string): TokenStream {
  return new Tokenizer(text, filename).run();
}

class Tokenizer {
  private readonly src: SourceText;
  private readonly text: string;
  private readonly filename: string;
  private readonly tokens: Token[] = [];
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atLineStart = true;
  /** Indentation columns (tabs to multiples of 8) and the same with tabs counting 1. */
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly brackets: OpenBracket[] = [];
  private unclosed: OpenBracket | null = null;
  /** The error being raised is one CPython reports only when the parser reaches it. */
  private lazyError = false;

  constructor(text: string, filename: string) {
    // Like CPython's string input: translate newlines, make the last line end. (A BOM in a
    // str is an invalid character, as in compile(); decoding a file strips it beforehand.)
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    if (text.length > 0 && !text.endsWith("\n")) text += "\n";
    this.text = text;
    this.src = new SourceText(text);
    this.filename = filename;
  }

  run(): TokenStream {
    try {
      this.scanAll();
      const unclosed = this.unclosed;
      return { source: this.src, tokens: this.tokens, error: null, errorIsLazy: false, unclosed };
    } catch (e) {
      if (!(e instanceof TokenizerError)) throw e;
      this.push("ERRORTOKEN", "", this.pos, this.pos);
      const lazy = this.lazyError;
      return {
        source: this.src,
        tokens: this.tokens,
        error: e.info,
        errorIsLazy: lazy,
        unclosed: lazy ? this.brackets[this.brackets.length - 1] ?? null : null,
      };
    }
  }

  private scanAll(): void {
    const text = this.text;
    for (;;) {
      if (this.atLineStart) {
        this.atLineStart = false;
        if (this.brackets.length === 0 && this.handleIndentation()) continue;
      }
      const c = this.skipWhitespace();
      if (this.pos >= text.length) {
        this.finish();
        return;
      }
      // A NEWLINE after a comment starts where the comment does (CPython's tok->start).
      const newlineStart = this.pos;
      if (c === 0x23 /* # */) {
        while (this.pos < text.length && text.charCodeAt(this.pos) !== 0x0a) this.pos++;
        if (this.pos >= text.length) continue;
      }
      if (text.charCodeAt(this.pos) === 0x0a) {
        // NEWLINE tokens leave the newline character out (they end where they start).
        if (this.brackets.length === 0) this.push("NEWLINE", "", newlineStart, this.pos);
        this.pos++;
        this.newLine(this.pos);
        this.atLineStart = true;
        continue;
      }
      if (c === 0x5c /* \ */) {
        this.lineContinuation();
        continue;
      }
      if (isPotentialIdentifierStart(c)) this.nameOrString();
      else if (isDigit(c) || (c === 0x2e && isDigit(text.charCodeAt(this.pos + 1)))) {
        this.number();
      } else if (c === 0x22 || c === 0x27) this.string(this.pos, this.pos);
      else this.operator();
    }
  }

  // ---- lines and indentation ----

  private newLine(start: number): void {
    this.lineno++;
    this.lineStart = start;
  }

  private skipWhitespace(): number {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x09 || c === 0x0c) c = text.charCodeAt(++this.pos);
    return c;
  }

  /**
   * Measures the indentation of a new logical line and emits INDENT/DEDENT tokens.
   * Returns true when the line is blank (only whitespace or a comment), which CPython
   * skips without touching the indentation stack.
   */
  private handleIndentation(): boolean {
    const text = this.text;
    let col = 0;
    let altcol = 0;
    // Indentation cannot be split with backslashes: the first one found fixes the level,
    // unless it is at column 0 (CPython's `cont_line_col ? cont_line_col : col`).
    let continuationCol = 0;
    for (;; this.pos++) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x20) {
        col++;
        altcol++;
      } else if (c === 0x09) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altcol++;
      } else if (c === 0x0c) {
        col = altcol = 0;
      } else if (c === 0x5c /* \ */) {
        if (continuationCol === 0) continuationCol = col;
        this.lineContinuation();
        this.pos--;
      } else break;
    }
    if (continuationCol !== 0) col = altcol = continuationCol;
    const c = text.charCodeAt(this.pos);
    if (c === 0x23 || c === 0x0a || this.pos >= text.length) {
      if (c === 0x23) {
        while (this.pos < text.length && text.charCodeAt(this.pos) !== 0x0a) this.pos++;
      }
      if (this.pos < text.length) {
        this.newLine(this.pos + 1);
        this.pos++;
        this.atLineStart = true;
      }
      return this.pos < text.length || this.atLineStart;
    }
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) this.tabError();
    } else if (col > this.indents[top]) {
      if (this.indents.length >= MAX_INDENT) {
        // E_TOODEEP sets no exception: CPython reports it only when the parser gets here.
        this.lazyError = true;
        // _PyPegen_tokenizer_error gives it no columns: offset 1, end offset 0.
        this.fail("IndentationError", "too many levels of indentation", this.lineStart + 1, 0);
      }
      if (altcol <= this.altIndents[top]) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push("INDENT", "", this.pos, this.pos);
    } else {
      // Find the level first: a mismatch is reported before any DEDENT, as CPython does.
      let depth = this.indents.length - 1;
      while (depth > 0 && col < this.indents[depth]) depth--;
      if (col !== this.indents[depth]) {
        // CPython points just past the whole line (tok->cur = tok->inp), with no end.
        this.lazyError = true;
        const line = this.src.lineWithNewline(this.lineno);
        this.fail(
          "IndentationError",
          "unindent does not match any outer indentation level",
          this.lineStart + line.length,
          -1,
          line,
          true,
        );
      }
      if (altcol !== this.altIndents[depth]) this.tabError();
      while (this.indents.length - 1 > depth) {
        this.indents.pop();
        this.altIndents.pop();
        this.push("DEDENT", "", this.pos, this.pos);
      }
    }
    return false;
  }

  private tabError(): never {
    this.lazyError = true;
    const line = this.src.lineWithNewline(this.lineno);
    throw new TokenizerError(
      new PySyntaxErrorInfo(
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        this.filename,
        this.lineno,
        1,
        line,
        this.lineno,
        0,
      ),
    );
  }

  private lineContinuation(): void {
    const text = this.text;
    const next = text.charCodeAt(this.pos + 1);
    this.lazyError = true;
    if (next !== 0x0a) {
      this.fail(
        "SyntaxError",
        "unexpected character after line continuation character",
        this.pos + 2,
        0,
        this.src.lineWithNewline(this.lineno),
      );
    }
    this.pos += 2;
    if (this.pos >= text.length) {
      // Inside brackets the end of input is reported as the unclosed bracket instead.
      if (this.brackets.length > 0) {
        this.lazyError = false;
        return;
      }
      const line = text.slice(this.lineStart, this.pos - 1);
      this.fail("SyntaxError", "unexpected EOF while parsing", this.pos, -1, line, true);
    }
    this.lazyError = false;
    this.newLine(this.pos);
  }

  private finish(): void {
    const at = this.text.length;
    if (this.brackets.length > 0) {
      // CPython returns ERRORTOKEN here; the parser turns it into "'(' was never closed".
      this.unclosed = this.brackets[this.brackets.length - 1];
      this.push("ERRORTOKEN", "", at, at);
      return;
    }
    // CPython places the end-of-input tokens on the last line, at the end of its text
    // (the tokenizer's position there), which is where errors reported on them point.
    if (this.text.length > 0) {
      this.lineno--;
      this.lineStart = this.src.lineStart(this.lineno);
    } else {
      this.lineno = 0; // empty input: CPython has not read a line yet
    }
    const last = this.tokens[this.tokens.length - 1];
    if (
      last !== undefined && last.type !== "NEWLINE" && last.type !== "DEDENT" &&
      last.type !== "INDENT"
    ) {
      this.push("NEWLINE", "", at, at);
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push("DEDENT", "", at, at);
    }
    this.push("ENDMARKER", "", at, at);
  }

  // ---- tokens ----

  private push(
    type: TokenType,
    string: string,
    start: number,
    end: number,
    startLine = this.lineno,
    startLineStart = this.lineStart,
  ): void {
    const src = this.src;
    this.tokens.push({
      type,
      string,
      lineno: startLine,
      col_offset: src.byteColumn(startLineStart, start),
      end_lineno: this.lineno,
      end_col_offset: src.byteColumn(this.lineStart, end),
      level: this.brackets.length,
    });
  }

  private nameOrString(): void {
    const text = this.text;
    const start = this.pos;
    // String prefixes: any order of b/r/u/f that CPython accepts (no ub, no ur, no bf...).
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (let i = start;; i++) {
      const c = text[i];
      if (!(sawB || sawU || sawF) && (c === "b" || c === "B")) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === "u" || c === "U")) sawU = true;
      else if (!(sawR || sawU) && (c === "r" || c === "R")) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === "f" || c === "F")) sawF = true;
      else break;
      const q = text[i + 1];
      if (q === '"' || q === "'") {
        this.string(start, i + 1);
        return;
      }
    }
    let ascii = true;
    let i = start;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isPotentialIdentifierChar(c)) break;
      if (c >= 0x80) ascii = false;
    }
    this.pos = i;
    let name = text.slice(start, i);
    if (!ascii) {
      this.verifyIdentifier(name, start);
      name = name.normalize("NFKC");
    }
    this.push("NAME", name, start, i);
  }

  /** Reports the first character of a non-ASCII name that cannot be part of an identifier. */
  private verifyIdentifier(name: string, start: number): void {
    let first = true;
    let offset = 0;
    for (const ch of name) {
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      first = false;
      offset += ch.length;
      if (ok) continue;
      const code = ch.codePointAt(0)!;
      const hex = code.toString(16).toUpperCase().padStart(4, "0");
      const msg = isPrintable(ch)
        ? `invalid character '${ch}' (U+${hex})`
        : `invalid non-printable character U+${hex}`;
      this.fail("SyntaxError", msg, start + offset, -1);
    }
  }

  private operator(): void {
    const text = this.text;
    const start = this.pos;
    let op = text[start];
    if (!SINGLE_ONLY.has(op)) {
      // Longest match: three-character operators all extend a two-character one, or "..".
      const two = text.substr(start, 2);
      if (TWO_CHAR_OPS.has(two) || two === "..") {
        const three = text.substr(start, 3);
        if (THREE_CHAR_OPS.has(three)) op = three;
        else if (two !== "..") op = two;
      }
    }
    if (op === "(" || op === "[" || op === "{") {
      if (this.brackets.length >= MAX_NESTING) {
        this.fail("SyntaxError", "too many nested parentheses", start + 1, -1);
      }
      this.brackets.push({
        char: op,
        lineno: this.lineno,
        col_offset: this.src.byteColumn(this.lineStart, start),
      });
    } else if (op === ")" || op === "]" || op === "}") {
      this.closeBracket(op, start);
    } else if (op.length === 1 && !isPrintable(op)) {
      // A control character (\v, \x1b, \x7f, ...) is an error here, not an unknown operator.
      const hex = op.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      this.fail("SyntaxError", `invalid non-printable character U+${hex}`, start + 1, -1);
    }
    this.pos = start + op.length;
    this.push("OP", op, start, this.pos);
  }

  private closeBracket(op: string, start: number): void {
    const open = this.brackets.pop();
    if (open === undefined) this.fail("SyntaxError", `unmatched '${op}'`, start + 1, -1);
    if (open.char !== CLOSING[op]) {
      const where = open.lineno !== this.lineno ? ` on line ${open.lineno}` : "";
      this.fail(
        "SyntaxError",
        `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`,
        start + 1,
        -1,
      );
    }
  }

  // ---- numbers (tok_get's number branch, with its error messages) ----

  private number(): void {
    const text = this.text;
    const start = this.pos;
    let c = text.charCodeAt(start);
    this.pos = start + 1;
    if (c === 0x2e) {
      this.fraction();
    } else if (c === 0x30) {
      c = text.charCodeAt(this.pos);
      const lower = c | 0x20;
      if (lower === 0x78) this.radixInteger(isHexDigit, "hexadecimal");
      else if (lower === 0x6f) this.radixInteger((d) => d >= 0x30 && d <= 0x37, "octal");
      else if (lower === 0x62) this.radixInteger((d) => d === 0x30 || d === 0x31, "binary");
      else this.zeroPrefixedDecimal(start);
    } else {
      this.decimalTail();
      this.afterInteger();
    }
    this.push("NUMBER", text.slice(start, this.pos), start, this.pos);
  }

  /** Digits (with single underscores between them) after the first digit was consumed. */
  private decimalTail(): void {
    const text = this.text;
    for (;;) {
      while (isDigit(text.charCodeAt(this.pos))) this.pos++;
      if (text.charCodeAt(this.pos) !== 0x5f) return;
      this.pos++;
      if (!isDigit(text.charCodeAt(this.pos))) this.failHere("invalid decimal literal");
    }
  }

  private radixInteger(isRadixDigit: (c: number) => boolean, kind: string): void {
    const text = this.text;
    this.pos++; // the x/o/b
    let c = text.charCodeAt(this.pos);
    do {
      if (c === 0x5f) c = text.charCodeAt(++this.pos);
      if (!isRadixDigit(c)) {
        if (kind !== "hexadecimal" && isDigit(c)) {
          this.pos++;
          this.failHere(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        }
        this.failHere(`invalid ${kind} literal`);
      }
      do c = text.charCodeAt(++this.pos); while (isRadixDigit(c));
    } while (c === 0x5f);
    if (kind !== "hexadecimal" && isDigit(c)) {
      this.pos++;
      this.failHere(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    }
    this.verifyEndOfNumber(kind);
  }

  private zeroPrefixedDecimal(start: number): void {
    const text = this.text;
    let nonzero = false;
    for (;;) {
      let c = text.charCodeAt(this.pos);
      while (c === 0x30) c = text.charCodeAt(++this.pos);
      if (c !== 0x5f) break;
      this.pos++;
      if (!isDigit(text.charCodeAt(this.pos))) this.failHere("invalid decimal literal");
    }
    const zerosEnd = this.pos;
    if (isDigit(text.charCodeAt(this.pos))) {
      nonzero = true;
      this.decimalTail();
    }
    const c = text.charCodeAt(this.pos);
    if (c === 0x2e || c === 0x65 || c === 0x45 || c === 0x6a || c === 0x4a) {
      this.afterInteger();
    } else if (nonzero) {
      this.fail(
        "SyntaxError",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        start + 1,
        this.src.ascii
          ? zerosEnd - this.lineStart + 1
          : codePointCount(this.text, this.lineStart, zerosEnd) + 1,
        undefined,
        true,
      );
    } else {
      this.verifyEndOfNumber("decimal");
    }
  }

  /** After the integer part: optional fraction, exponent and imaginary suffix. */
  private afterInteger(): void {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x2e) {
      this.pos++;
      this.fraction();
    } else this.exponentAndSuffix();
  }

  /** After the '.': digits, then exponent and suffix. */
  private fraction(): void {
    if (isDigit(this.text.charCodeAt(this.pos))) this.decimalTail();
    this.exponentAndSuffix();
  }

  private exponentAndSuffix(): void {
    const text = this.text;
    let c = text.charCodeAt(this.pos);
    if (c === 0x65 || c === 0x45) {
      const ePos = this.pos;
      this.pos++;
      c = text.charCodeAt(this.pos);
      if (c === 0x2b || c === 0x2d) {
        this.pos++;
        if (!isDigit(text.charCodeAt(this.pos))) this.failHere("invalid decimal literal");
      } else if (!isDigit(c)) {
        // `1else`: the 'e' starts a keyword; the number ends before it.
        this.pos = ePos;
        this.verifyEndOfNumber("decimal");
        return;
      }
      this.decimalTail();
      c = text.charCodeAt(this.pos);
    }
    if (c === 0x6a || c === 0x4a) {
      this.pos++;
      this.verifyEndOfNumber("imaginary");
    } else this.verifyEndOfNumber("decimal");
  }

  /**
   * A number directly followed by a name character is an error, except before the keywords
   * that can legally follow a number (`1if x else y`), which CPython only warns about.
   */
  private verifyEndOfNumber(kind: string): void {
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (c === 0x69 /* i */) {
      // if / in / is: CPython checks one more character only.
      const c2 = text[this.pos + 1];
      if (c2 === "f" || c2 === "n" || c2 === "s") return;
    } else if (this.keywordAt(this.pos, NUMBER_FOLLOWERS)) return;
    // Only ASCII name characters count here: CPython lets `1é` split into 1 and é.
    if (c < 0x80 && isPotentialIdentifierChar(c)) {
      this.failHere(`invalid ${kind} literal`);
    }
  }

  /** One of `words` at `at`, not followed by another name character (tokenizer.c's lookahead). */
  private keywordAt(at: number, words: readonly string[]): boolean {
    const text = this.text;
    return words.some((w) =>
      text.startsWith(w, at) && !isPotentialIdentifierChar(text.charCodeAt(at + w.length))
    );
  }

  // ---- strings ----

  /** Scans a string literal whose prefix starts at `start` and whose quote is at `quotePos`. */
  private string(start: number, quotePos: number): void {
    const text = this.text;
    const quote = text.charCodeAt(quotePos);
    const triple = text.charCodeAt(quotePos + 1) === quote &&
      text.charCodeAt(quotePos + 2) === quote;
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let i = quotePos + (triple ? 3 : 1);
    for (;;) {
      if (i >= text.length) this.unterminatedString(start, startLine, startLineStart, triple, true);
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (!triple) {
          i++;
          break;
        }
        if (text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote) {
          i += 3;
          break;
        }
      } else if (c === 0x0a) {
        if (!triple) this.unterminatedString(start, startLine, startLineStart, false, false);
        this.newLine(i + 1);
      } else if (c === 0x5c) {
        i++;
        if (i >= text.length) continue;
        if (text.charCodeAt(i) === 0x0a) {
          if (!triple && i + 1 >= text.length) {
            this.unterminatedString(start, startLine, startLineStart, false, true);
          }
          this.newLine(i + 1);
        }
      }
      i++;
    }
    this.pos = i;
    this.push("STRING", text.slice(start, i), start, i, startLine, startLineStart);
  }

  private unterminatedString(
    start: number,
    startLine: number,
    startLineStart: number,
    triple: boolean,
    atEof: boolean,
  ): never {
    // At end of input CPython's line counter has moved past the final newline we added.
    const detected = atEof && this.text.length > 0 ? this.src.lineCount - 1 : this.lineno;
    const kind = triple
      ? "unterminated triple-quoted string literal"
      : "unterminated string literal";
    this.lineno = startLine;
    this.lineStart = startLineStart;
    this.fail(
      "SyntaxError",
      `${kind} (detected at line ${Math.max(detected, startLine)})`,
      start + 1,
      -1,
    );
  }

  // ---- errors ----

  /** Error at the current position (CPython's `syntaxerror(tok, ...)` after a backup). */
  private failHere(msg: string): never {
    this.fail("SyntaxError", msg, this.pos, -1);
  }

  /**
   * Raises a tokenizer error on the current line. `at` is a code-unit index whose character
   * count from the line start becomes the 1-based offset (CPython counts the characters
   * before `tok->cur`). `end` is an explicit end offset, or -1 for "same as offset".
   */
  private fail(
    kind: SyntaxErrorKind,
    msg: string,
    at: number,
    end: number,
    text?: string,
    endIsOffset = false,
  ): never {
    const offset = this.src.ascii
      ? at - this.lineStart
      : codePointCount(this.text, this.lineStart, at);
    const endOffset = endIsOffset ? end : end === -1 ? offset : end;
    const line = text ?? this.src.lineWithoutNewline(this.lineno);
    throw new TokenizerError(
      new PySyntaxErrorInfo(
        kind,
        msg,
        this.filename,
        this.lineno,
        offset,
        line,
        this.lineno,
        endOffset,
      ),
    );
  }
}
