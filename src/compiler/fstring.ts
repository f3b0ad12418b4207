// Implicit concatenation of adjacent string literals and the Python 3.11 f-string parser.
// 3.11 still parses f-strings after tokenizing: the STRING token's text is scanned for
// `{expression!conversion:format_spec}` parts and each expression is handed back to the
// parser (see Parser.compileFStringExpression) which reparses it as "(expression)". The
// locations follow CPython 3.11 exactly, quirks included: literal parts, FormattedValue and
// JoinedStr nodes all span the whole run of concatenated tokens, and format-spec JoinedStr
// nodes span only their own token.

import type { Constant, expr, FormattedValue, JoinedStr, Located } from "./ast.ts";
import type { Token } from "./tokenizer.ts";
import {
  decodeBytesEscapes,
  decodeStringEscapes,
  isAsciiOnly,
  splitStringToken,
  StringDecodeError,
} from "./strings.ts";

/** What the f-string parser needs from the parser that owns the tokens. */
export interface FStringHost {
  /** Parses `text` (an f-string expression whose `{` is at `braceIndex` in `token`'s text). */
  compileExpression(token: Token, braceIndex: number, text: string): expr;
  /** Raises a SyntaxError at the parser's current error location (RAISE_SYNTAX_ERROR). */
  raise(msg: string): never;
  /** Raises a SyntaxError spanning `token`. */
  raiseAt(token: Token, msg: string): never;
}

function span(first: Token, last: Token): Located {
  return {
    lineno: first.lineno,
    col_offset: first.col_offset,
    end_lineno: last.end_lineno,
    end_col_offset: last.end_col_offset,
  };
}

/** The `strings: STRING+` action (`_PyPegen_concatenate_strings`). */
export function concatenateStrings(tokens: Token[], host: FStringHost): expr {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const parts = tokens.map((t) => splitStringToken(t.string));
  const bytesMode = parts[0].bytes;
  if (parts.some((p) => p.bytes !== bytesMode)) {
    host.raise("cannot mix bytes and nonbytes literals");
  }
  if (bytesMode) return concatenateBytes(tokens, parts, host, span(first, last));

  const builder = new FStringBuilder(host, first, last, parts[0].kindU ? "u" : null);
  for (let i = 0; i < tokens.length; i++) {
    const part = parts[i];
    if (part.fstring) {
      builder.fmode = true;
      const scanner = new FStringScanner(builder, tokens[i], part.body, part.bodyStart, part.raw);
      scanner.parse(0);
    } else {
      builder.addLiteral(decode(host, part.body, part.raw));
    }
  }
  return builder.finish(first, last);
}

function decode(host: FStringHost, body: string, raw: boolean): string {
  if (raw) return body;
  try {
    return decodeStringEscapes(body);
  } catch (e) {
    if (e instanceof StringDecodeError) host.raise(e.message);
    throw e;
  }
}

function concatenateBytes(
  tokens: Token[],
  parts: ReturnType<typeof splitStringToken>[],
  host: FStringHost,
  loc: Located,
): Constant {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isAsciiOnly(parts[i].body)) {
      host.raiseAt(tokens[i], "bytes can only contain ASCII literal characters");
    }
    try {
      chunks.push(decodeBytesEscapes(parts[i].body, parts[i].raw));
    } catch (e) {
      if (e instanceof StringDecodeError) host.raise(e.message);
      throw e;
    }
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const value = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    value.set(c, at);
    at += c.length;
  }
  return { _type: "Constant", value: { kind: "bytes", value }, kind: null, ...loc };
}

/** Collects literal text and expressions (CPython's FstringParser state). */
class FStringBuilder {
  fmode = false;
  private pending = "";
  readonly values: expr[] = [];

  constructor(
    readonly host: FStringHost,
    readonly first: Token,
    readonly last: Token,
    private readonly kind: string | null,
  ) {}

  addLiteral(s: string): void {
    this.pending += s;
  }

  addExpression(e: FormattedValue): void {
    if (this.pending !== "") this.values.push(this.constant(this.first, this.last));
    this.values.push(e);
  }

  constant(first: Token, last: Token): Constant {
    const c: Constant = {
      _type: "Constant",
      value: this.pending,
      kind: this.kind,
      ...span(first, last),
    };
    this.pending = "";
    return c;
  }

  finish(first: Token, last: Token): Constant | JoinedStr {
    if (!this.fmode) return this.constant(first, last);
    if (this.pending !== "") this.values.push(this.constant(first, last));
    return { _type: "JoinedStr", values: this.values, ...span(first, last) };
  }
}

const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
const MAX_NESTING = 200;

/** Scans one f-string token body (fstring_find_literal / fstring_find_expr). */
class FStringScanner {
  private pos = 0;

  constructor(
    private readonly builder: FStringBuilder,
    private readonly token: Token,
    private readonly body: string,
    private readonly bodyStart: number,
    private readonly raw: boolean,
  ) {}

  private get host(): FStringHost {
    return this.builder.host;
  }

  /** Parses literals and `{...}` fields until the end, or a `}` when `depth` > 0. */
  parse(depth: number): void {
    for (;;) {
      const doubled = this.literal(depth);
      if (doubled) continue;
      if (this.pos >= this.body.length || this.body[this.pos] === "}") break;
      this.field(depth);
    }
    if (depth === 0 && this.pos < this.body.length) {
      this.host.raise("f-string: unexpected end of string");
    }
    if (depth !== 0 && this.body[this.pos] !== "}") this.host.raise("f-string: expecting '}'");
  }

  /**
   * Reads literal text up to an undoubled brace. Returns true after a doubled `{{`/`}}`, whose
   * single brace has been added to the literal.
   */
  private literal(depth: number): boolean {
    const body = this.body;
    const start = this.pos;
    let s = start;
    let doubled = false;
    while (s < body.length) {
      let ch = body[s++];
      if (!this.raw && ch === "\\" && s < body.length) {
        ch = body[s++];
        if (ch === "N") {
          if (s < body.length && body[s++] === "{") {
            while (s < body.length && body[s++] !== "}");
          }
          continue;
        }
      }
      if (ch === "{" || ch === "}") {
        if (depth === 0) {
          if (s < body.length && body[s] === ch) {
            doubled = true;
            this.pos = s + 1;
            break;
          }
          if (ch === "}") {
            this.pos = s - 1;
            this.host.raise("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    // After a doubled brace `s` sits past the first brace, which the literal keeps.
    if (!doubled) this.pos = s;
    if (s > start) {
      const text = body.slice(start, s);
      this.builder.addLiteral(this.raw ? text : decode(this.host, text, false));
    }
    return doubled;
  }

  /** Parses `{expr[=][!c][:spec]}` starting at the `{`. */
  private field(depth: number): void {
    const host = this.host;
    const body = this.body;
    if (depth >= 2) host.raise("f-string: expressions nested too deeply");
    const brace = this.pos;
    const exprStart = brace + 1;
    let s = exprStart;
    let quote = "";
    let tripleQuote = false;
    const brackets: string[] = [];
    for (; s < body.length; s++) {
      const ch = body[s];
      if (ch === "\\") host.raise("f-string expression part cannot include a backslash");
      if (quote !== "") {
        if (ch === quote) {
          if (!tripleQuote) quote = "";
          else if (body[s + 1] === ch && body[s + 2] === ch) {
            s += 2;
            quote = "";
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        tripleQuote = body[s + 1] === ch && body[s + 2] === ch;
        if (tripleQuote) s += 2;
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        if (brackets.length >= MAX_NESTING) host.raise("f-string: too many nested parenthesis");
        brackets.push(ch);
      } else if (ch === "#") {
        host.raise("f-string expression part cannot include '#'");
      } else if (
        brackets.length === 0 &&
        (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")
      ) {
        const next = body[s + 1];
        if (next === "=" && ch !== ":" && ch !== "}") {
          s++;
          continue;
        }
        if (ch === ">" || ch === "<") continue;
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        const open = brackets.pop();
        if (open === undefined) host.raise(`f-string: unmatched '${ch}'`);
        if (open !== CLOSERS[ch]) {
          host.raise(
            `f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`,
          );
        }
      }
    }
    if (quote !== "") host.raise("f-string: unterminated string");
    if (brackets.length > 0) host.raise(`f-string: unmatched '${brackets[brackets.length - 1]}'`);
    if (s >= body.length) host.raise("f-string: expecting '}'");

    const exprText = body.slice(exprStart, s);
    if (/^[ \t\n\r\f\v]*$/.test(exprText)) host.raise("f-string: empty expression not allowed");
    const value = host.compileExpression(this.token, this.bodyStart + brace, exprText);

    let selfDocumenting = false;
    if (body[s] === "=") {
      s++;
      while (s < body.length && /[ \t\n\r\f\v]/.test(body[s])) s++;
      if (s >= body.length) host.raise("f-string: expecting '}'");
      this.builder.addLiteral(body.slice(exprStart, s));
      selfDocumenting = true;
    }
    let conversion = -1;
    if (body[s] === "!") {
      s++;
      if (s >= body.length) host.raise("f-string: expecting '}'");
      const c = body[s++];
      if (c !== "s" && c !== "r" && c !== "a") {
        host.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c.charCodeAt(0);
    }
    let formatSpec: JoinedStr | null = null;
    if (s < body.length && body[s] === ":") {
      s++;
      if (s >= body.length) host.raise("f-string: expecting '}'");
      formatSpec = this.formatSpec(s, depth + 1);
      s = this.pos;
    }
    if (s >= body.length || body[s] !== "}") host.raise("f-string: expecting '}'");
    this.pos = s + 1;
    if (selfDocumenting && formatSpec === null && conversion === -1) conversion = 114; // 'r'
    const { first, last } = this.builder;
    this.builder.addExpression({
      _type: "FormattedValue",
      value,
      conversion,
      format_spec: formatSpec,
      ...span(first, last),
    });
  }

  /** A nested format spec: its own builder, located at this token only (fstring_parse). */
  private formatSpec(start: number, depth: number): JoinedStr {
    const outer = this.builder;
    const inner = new FStringBuilder(outer.host, outer.first, outer.last, null);
    inner.fmode = true;
    const scanner = new FStringScanner(inner, this.token, this.body, this.bodyStart, this.raw);
    scanner.pos = start;
    scanner.parse(depth);
    this.pos = scanner.pos;
    return inner.finish(this.token, this.token) as JoinedStr;
  }
}
