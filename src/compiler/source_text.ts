// Source text with a line index. CPython reports AST columns as UTF-8 byte offsets and
// SyntaxError columns as character offsets, while JS strings index UTF-16 code units; this
// class converts between the three so the tokenizer can work on plain string indices.

/** UTF-8 length of `s[from, to)` (surrogate pairs count 4 bytes, like the encoded text). */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class SourceText {
  readonly text: string;
  /** Code-unit index where each line starts; `lineStarts[0]` is line 1. */
  readonly lineStarts: number[];
  /** True when every character is ASCII, so byte, character and code-unit columns agree. */
  readonly ascii: boolean;

  constructor(text: string) {
    this.text = text;
    this.ascii = isAscii(text);
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(lineno: number): number {
    return this.lineStarts[Math.min(Math.max(lineno, 1), this.lineStarts.length) - 1];
  }

  /** Line `lineno` including its newline (empty past the end), as SyntaxError.text holds it. */
  lineWithNewline(lineno: number): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return "";
    const start = this.lineStarts[lineno - 1];
    const end = lineno < this.lineStarts.length ? this.lineStarts[lineno] : this.text.length;
    return this.text.slice(start, end);
  }

  lineWithoutNewline(lineno: number): string {
    return this.lineWithNewline(lineno).replace(/\n$/, "");
  }

  // The last byteColumn answer: tokens ask in source order, so counting on from it keeps the
  // conversion linear in the line's length instead of quadratic on a long non-ASCII line.
  private cursorLine = -1;
  private cursorIndex = 0;
  private cursorBytes = 0;

  /** UTF-8 byte column of code-unit `index`, which lies on the line starting at `lineStart`. */
  byteColumn(lineStart: number, index: number): number {
    if (this.ascii) return index - lineStart;
    let bytes: number;
    if (lineStart === this.cursorLine && index >= this.cursorIndex) {
      bytes = this.cursorBytes + utf8Length(this.text, this.cursorIndex, index);
    } else if (lineStart === this.cursorLine && this.cursorIndex - index < index - lineStart) {
      bytes = this.cursorBytes - utf8Length(this.text, index, this.cursorIndex);
    } else {
      bytes = utf8Length(this.text, lineStart, index);
    }
    this.cursorLine = lineStart;
    this.cursorIndex = index;
    this.cursorBytes = bytes;
    return bytes;
  }
}

/** True when every character of `s` is ASCII. */
export function isAscii(s: string): boolean {
  return !/[\u0080-\uffff]/.test(s);
}

/** Number of code points in `s[from, to)` (what CPython counts as characters). */
export function codePointCount(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/** 1-based character offset of byte column `col` in `line` (CPython's byte→char conversion). */
export function charOffsetOfByteColumn(line: string, col: number): number {
  if (col < 0) return col;
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < col; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    chars++;
  }
  return chars + 1 + Math.max(0, col - bytes);
}
