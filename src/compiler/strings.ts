// Decoding of string and bytes literal bodies: prefixes, escape sequences, and the error
// messages CPython's unicode-escape / bytes-escape decoders produce.

import { isAscii, utf8Length } from "./source_text.ts";
import { lookupUnicodeName } from "./unicode_names.ts";

/** A STRING token taken apart: its prefix flags and the text between the quotes. */
export interface StringParts {
  readonly bytes: boolean;
  readonly raw: boolean;
  readonly fstring: boolean;
  /** The token starts with a lowercase `u` (CPython then sets Constant.kind = 'u'). */
  readonly kindU: boolean;
  readonly body: string;
  /** Code-unit index of `body` within the token text. */
  readonly bodyStart: number;
}

export function splitStringToken(text: string): StringParts {
  let i = 0;
  let bytes = false, raw = false, fstring = false;
  for (;; i++) {
    const c = text[i];
    if (c === "b" || c === "B") bytes = true;
    else if (c === "r" || c === "R") raw = true;
    else if (c === "f" || c === "F") fstring = true;
    else if (c !== "u" && c !== "U") break;
  }
  const quote = text[i];
  const quoteLen = text.startsWith(quote.repeat(3), i) && text.length - i >= 6 ? 3 : 1;
  const bodyStart = i + quoteLen;
  return {
    bytes,
    raw,
    fstring,
    kindU: text[0] === "u",
    body: text.slice(bodyStart, text.length - quoteLen),
    bodyStart,
  };
}

/** A literal the decoder rejects; `message` is CPython's full SyntaxError message. */
export class StringDecodeError extends Error {}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\n": "",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

function isOctal(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "7";
}
function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

function unicodeError(body: string, start: number, end: number, reason: string): StringDecodeError {
  const from = utf8Length(body, 0, start);
  const to = utf8Length(body, 0, end) - 1;
  const where = to > from ? `bytes in position ${from}-${to}` : `byte 0x5c in position ${from}`;
  return new StringDecodeError(
    `(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`,
  );
}

/** Decodes a non-raw str literal body (Python's unicode-escape rules). */
export function decodeStringEscapes(body: string): string {
  if (!body.includes("\\")) return body;
  let out = "";
  let i = 0;
  while (i < body.length) {
    const bs = body.indexOf("\\", i);
    if (bs === -1) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, bs);
    const c = body[bs + 1];
    if (c === undefined) {
      // Only reachable from f-string literal chunks such as the `\` of f"\{x}".
      out += "\\";
      break;
    }
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
      i = bs + 2;
    } else if (isOctal(c)) {
      let j = bs + 1;
      let value = 0;
      while (j < bs + 4 && isOctal(body[j])) value = value * 8 + (body.charCodeAt(j++) - 48);
      out += String.fromCodePoint(value);
      i = j;
    } else if (c === "x" || c === "u" || c === "U") {
      const digits = c === "x" ? 2 : c === "u" ? 4 : 8;
      let j = bs + 2;
      while (j < bs + 2 + digits && isHex(body[j])) j++;
      if (j < bs + 2 + digits) {
        throw unicodeError(body, bs, j, `truncated \\${c}${"X".repeat(digits)} escape`);
      }
      const value = parseInt(body.slice(bs + 2, j), 16);
      if (value > 0x10ffff) throw unicodeError(body, bs, j, "illegal Unicode character");
      out += String.fromCodePoint(value);
      i = j;
    } else if (c === "N") {
      const close = body[bs + 2] === "{" ? body.indexOf("}", bs + 3) : -1;
      const name = close === -1 ? "" : body.slice(bs + 3, close);
      const code = name === "" ? undefined : lookupUnicodeName(name);
      if (code === undefined) {
        const end = close === -1 ? bs + 2 : close + 1;
        throw unicodeError(
          body,
          bs,
          end,
          close === -1 ? "malformed \\N character escape" : "unknown Unicode character name",
        );
      }
      out += String.fromCodePoint(code);
      i = close + 1;
    } else {
      // Unknown escapes stay as written (CPython only warns).
      out += "\\";
      i = bs + 1;
    }
  }
  return out;
}

/** Decodes a bytes literal body; non-ASCII characters are rejected by the caller. */
export function decodeBytesEscapes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (raw || ch !== "\\") {
      out.push(body.charCodeAt(i));
      continue;
    }
    const c = body[i + 1];
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple !== "") out.push(simple.charCodeAt(0));
      i++;
    } else if (isOctal(c)) {
      let j = i + 1;
      let value = 0;
      while (j < i + 4 && isOctal(body[j])) value = value * 8 + (body.charCodeAt(j++) - 48);
      out.push(value & 0xff);
      i = j - 1;
    } else if (c === "x") {
      if (!isHex(body[i + 2]) || !isHex(body[i + 3])) {
        throw new StringDecodeError(`(value error) invalid \\x escape at position ${i}`);
      }
      out.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 3;
    } else {
      out.push(0x5c);
    }
  }
  return new Uint8Array(out);
}

/** True when every character of a bytes literal body is ASCII, as the grammar requires. */
export function isAsciiOnly(s: string): boolean {
  return isAscii(s);
}
