// The matcher of `_sre` (Modules/_sre/sre_lib.h): opcodes, character predicates and case
// mappings, the match state, `match` and `search`. The Pattern, Match and Scanner objects that
// call it are in ../_sre.ts.
//
// The code is continuation-passing by layout (a BRANCH alternative ends with a JUMP to what
// follows the branch, a repeat body with its UNTIL), so `match(pc, ptr)` means "match everything
// from pc on" and backtracking is returning false. Marks (group boundaries) are saved before a
// choice and restored when it fails.
import * as ops from "../../runtime/ops.ts";
import { currentThread } from "../../runtime/thread_state.ts";

export const MAGIC = 20220615;
export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;

// Opcodes, in re/_constants.py's order.
export const enum Op {
  FAILURE = 0,
  SUCCESS = 1,
  ANY = 2,
  ANY_ALL = 3,
  ASSERT = 4,
  ASSERT_NOT = 5,
  AT = 6,
  BRANCH = 7,
  CATEGORY = 8,
  CHARSET = 9,
  BIGCHARSET = 10,
  GROUPREF = 11,
  GROUPREF_EXISTS = 12,
  IN = 13,
  INFO = 14,
  JUMP = 15,
  LITERAL = 16,
  MARK = 17,
  MAX_UNTIL = 18,
  MIN_UNTIL = 19,
  NOT_LITERAL = 20,
  NEGATE = 21,
  RANGE = 22,
  REPEAT = 23,
  REPEAT_ONE = 24,
  SUBPATTERN = 25,
  MIN_REPEAT_ONE = 26,
  ATOMIC_GROUP = 27,
  POSSESSIVE_REPEAT = 28,
  POSSESSIVE_REPEAT_ONE = 29,
  GROUPREF_IGNORE = 30,
  IN_IGNORE = 31,
  LITERAL_IGNORE = 32,
  NOT_LITERAL_IGNORE = 33,
  GROUPREF_LOC_IGNORE = 34,
  IN_LOC_IGNORE = 35,
  LITERAL_LOC_IGNORE = 36,
  NOT_LITERAL_LOC_IGNORE = 37,
  GROUPREF_UNI_IGNORE = 38,
  IN_UNI_IGNORE = 39,
  LITERAL_UNI_IGNORE = 40,
  NOT_LITERAL_UNI_IGNORE = 41,
  RANGE_UNI_IGNORE = 42,
}

export const enum At {
  BEGINNING = 0,
  BEGINNING_LINE = 1,
  BEGINNING_STRING = 2,
  BOUNDARY = 3,
  NON_BOUNDARY = 4,
  END = 5,
  END_LINE = 6,
  END_STRING = 7,
  LOC_BOUNDARY = 8,
  LOC_NON_BOUNDARY = 9,
  UNI_BOUNDARY = 10,
  UNI_NON_BOUNDARY = 11,
}

export const enum Cat {
  DIGIT = 0,
  NOT_DIGIT = 1,
  SPACE = 2,
  NOT_SPACE = 3,
  WORD = 4,
  NOT_WORD = 5,
  LINEBREAK = 6,
  NOT_LINEBREAK = 7,
  LOC_WORD = 8,
  LOC_NOT_WORD = 9,
  UNI_DIGIT = 10,
  UNI_NOT_DIGIT = 11,
  UNI_SPACE = 12,
  UNI_NOT_SPACE = 13,
  UNI_WORD = 14,
  UNI_NOT_WORD = 15,
  UNI_LINEBREAK = 16,
  UNI_NOT_LINEBREAK = 17,
}

export const FLAG_NAMES: [number, string][] = [
  [1, "re.TEMPLATE"],
  [2, "re.IGNORECASE"],
  [4, "re.LOCALE"],
  [8, "re.MULTILINE"],
  [16, "re.DOTALL"],
  [32, "re.UNICODE"],
  [64, "re.VERBOSE"],
  [128, "re.DEBUG"],
  [256, "re.ASCII"],
];

// ---- character predicates ----------------------------------------------------------------------

const UNI_DIGIT = /^\p{Nd}$/u;
const UNI_ALNUM = /^[\p{L}\p{Nl}\p{Nd}\p{No}]$/u;
// deno-lint-ignore no-control-regex
const UNI_SPACE = /^[\s\x1c-\x1f\x85]$/u;

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}
function isUniDigit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return UNI_DIGIT.test(String.fromCodePoint(c));
}
function isUniSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c !== 0xfeff && UNI_SPACE.test(String.fromCodePoint(c));
}
function isUniWord(c: number): boolean {
  if (c < 128) return isAsciiWord(c);
  return UNI_ALNUM.test(String.fromCodePoint(c));
}
function isUniLinebreak(c: number): boolean {
  return c === 10 || c === 11 || c === 12 || c === 13 || (c >= 28 && c <= 30) || c === 0x85 ||
    c === 0x2028 || c === 0x2029;
}

export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
export function asciiUpper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** CPython's _PyUnicode_ToLowercase: as unicodeUpper (U+0130 -> "i"). */
export function unicodeLower(c: number): number {
  if (c < 128) return asciiLower(c);
  return String.fromCodePoint(c).toLowerCase().codePointAt(0)!;
}

/**
 * CPython's _PyUnicode_ToUppercase: the simple mapping, or for a character with a longer full
 * mapping that mapping's first character (U+00DF -> "S", U+FB05 -> "S").
 */
export function unicodeUpper(c: number): number {
  if (c < 128) return asciiUpper(c);
  return String.fromCodePoint(c).toUpperCase().codePointAt(0)!;
}

function category(cat: number, c: number): boolean {
  switch (cat) {
    case Cat.DIGIT:
      return c >= 48 && c <= 57;
    case Cat.NOT_DIGIT:
      return !(c >= 48 && c <= 57);
    case Cat.SPACE:
      return isAsciiSpace(c);
    case Cat.NOT_SPACE:
      return !isAsciiSpace(c);
    case Cat.WORD:
    case Cat.LOC_WORD:
      return isAsciiWord(c);
    case Cat.NOT_WORD:
    case Cat.LOC_NOT_WORD:
      return !isAsciiWord(c);
    case Cat.LINEBREAK:
      return c === 10;
    case Cat.NOT_LINEBREAK:
      return c !== 10;
    case Cat.UNI_DIGIT:
      return isUniDigit(c);
    case Cat.UNI_NOT_DIGIT:
      return !isUniDigit(c);
    case Cat.UNI_SPACE:
      return isUniSpace(c);
    case Cat.UNI_NOT_SPACE:
      return !isUniSpace(c);
    case Cat.UNI_WORD:
      return isUniWord(c);
    case Cat.UNI_NOT_WORD:
      return !isUniWord(c);
    case Cat.UNI_LINEBREAK:
      return isUniLinebreak(c);
    case Cat.UNI_NOT_LINEBREAK:
      return !isUniLinebreak(c);
  }
  return false;
}

/** Whether `c` is in the set coded at `code[pc...]` (ended by FAILURE). */
export function inCharset(code: Uint32Array, pc: number, c: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (c === code[pc]) return ok;
        pc++;
        break;
      case Op.CATEGORY:
        if (category(code[pc], c)) return ok;
        pc++;
        break;
      case Op.CHARSET:
        if (c < 256 && (code[pc + (c >> 5)] & (1 << (c & 31))) !== 0) return ok;
        pc += 8;
        break;
      case Op.RANGE:
        if (code[pc] <= c && c <= code[pc + 1]) return ok;
        pc += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        if (code[pc] <= c && c <= code[pc + 1]) return ok;
        const u = unicodeUpper(c);
        if (code[pc] <= u && u <= code[pc + 1]) return ok;
        pc += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.BIGCHARSET: {
        const count = code[pc++];
        let block = -1;
        if (c < 0x10000) block = (code[pc + ((c >> 8) >> 2)] >>> (((c >> 8) & 3) * 8)) & 255;
        pc += 64;
        if (block >= 0) {
          const bit = block * 256 + (c & 255);
          if ((code[pc + (bit >> 5)] & (1 << (bit & 31))) !== 0) return ok;
        }
        pc += count * 8;
        break;
      }
      default:
        throw ops.runtimeError("internal error in regular expression engine");
    }
  }
}

// ---- the matcher ---------------------------------------------------------------------------------

interface RepeatContext {
  count: number;
  /** Index of the REPEAT's skip operand: code[pc+1] is min, code[pc+2] max, body at pc+3. */
  pc: number;
  lastPtr: number;
  prev: RepeatContext | null;
}

/** CPython's SRE_STATE: the subject, the search window and the marks of the current try. */
export class State {
  marks: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: RepeatContext | null = null;
  /** Where the current attempt started; the match's end after success. */
  start = 0;
  ptr = 0;
  matchAll = false;
  mustAdvance = false;
  constructor(
    readonly text: ArrayLike<number>,
    /** The subject's window: [pos, endpos) after clamping. */
    readonly pos: number,
    readonly end: number,
    readonly code: Uint32Array,
  ) {
    this.start = pos;
  }

  reset(): void {
    this.marks.length = 0;
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
  }

  mark(i: number): number {
    return i < this.marks.length && i <= this.lastmark ? this.marks[i] : -1;
  }
}

function atEdge(st: State, ptr: number, at: number): boolean {
  const t = st.text, end = st.end;
  switch (at) {
    case At.BEGINNING:
    case At.BEGINNING_STRING:
      return ptr === 0;
    case At.BEGINNING_LINE:
      return ptr === 0 || t[ptr - 1] === 10;
    case At.END:
      return ptr === end || (ptr + 1 === end && t[ptr] === 10);
    case At.END_LINE:
      return ptr === end || t[ptr] === 10;
    case At.END_STRING:
      return ptr === end;
    // sre_lib.h: no boundary where the string's beginning is the window's end.
    case At.BOUNDARY:
    case At.LOC_BOUNDARY: {
      if (end === 0) return false;
      const that = ptr > 0 && isAsciiWord(t[ptr - 1]);
      const self = ptr < end && isAsciiWord(t[ptr]);
      return self !== that;
    }
    case At.NON_BOUNDARY:
    case At.LOC_NON_BOUNDARY: {
      if (end === 0) return false;
      const that = ptr > 0 && isAsciiWord(t[ptr - 1]);
      const self = ptr < end && isAsciiWord(t[ptr]);
      return self === that;
    }
    case At.UNI_BOUNDARY: {
      if (end === 0) return false;
      const that = ptr > 0 && isUniWord(t[ptr - 1]);
      const self = ptr < end && isUniWord(t[ptr]);
      return self !== that;
    }
    case At.UNI_NON_BOUNDARY: {
      if (end === 0) return false;
      const that = ptr > 0 && isUniWord(t[ptr - 1]);
      const self = ptr < end && isUniWord(t[ptr]);
      return self === that;
    }
  }
  return false;
}

/** Whether the single-character item at `pc` matches the character `c`. */
function matchChar(code: Uint32Array, pc: number, c: number): boolean {
  switch (code[pc]) {
    case Op.ANY:
      return c !== 10;
    case Op.ANY_ALL:
      return true;
    case Op.LITERAL:
      return c === code[pc + 1];
    case Op.NOT_LITERAL:
      return c !== code[pc + 1];
    case Op.LITERAL_IGNORE:
      return asciiLower(c) === code[pc + 1];
    case Op.NOT_LITERAL_IGNORE:
      return asciiLower(c) !== code[pc + 1];
    case Op.LITERAL_UNI_IGNORE:
      return unicodeLower(c) === code[pc + 1];
    case Op.NOT_LITERAL_UNI_IGNORE:
      return unicodeLower(c) !== code[pc + 1];
    case Op.LITERAL_LOC_IGNORE:
      return c === code[pc + 1] || asciiLower(c) === code[pc + 1] ||
        asciiUpper(c) === code[pc + 1];
    case Op.NOT_LITERAL_LOC_IGNORE:
      return !(c === code[pc + 1] || asciiLower(c) === code[pc + 1] ||
        asciiUpper(c) === code[pc + 1]);
    case Op.CATEGORY:
      return category(code[pc + 1], c);
    case Op.IN:
      return inCharset(code, pc + 2, c);
    case Op.IN_IGNORE:
      return inCharset(code, pc + 2, asciiLower(c));
    case Op.IN_UNI_IGNORE:
      return inCharset(code, pc + 2, unicodeLower(c));
    case Op.IN_LOC_IGNORE:
      return inCharset(code, pc + 2, c) || inCharset(code, pc + 2, asciiLower(c)) ||
        inCharset(code, pc + 2, asciiUpper(c));
  }
  return false;
}

const matchCharOps = new Set<number>([
  Op.ANY,
  Op.ANY_ALL,
  Op.LITERAL,
  Op.NOT_LITERAL,
  Op.LITERAL_IGNORE,
  Op.NOT_LITERAL_IGNORE,
  Op.LITERAL_UNI_IGNORE,
  Op.NOT_LITERAL_UNI_IGNORE,
  Op.LITERAL_LOC_IGNORE,
  Op.NOT_LITERAL_LOC_IGNORE,
  Op.CATEGORY,
  Op.IN,
  Op.IN_IGNORE,
  Op.IN_UNI_IGNORE,
  Op.IN_LOC_IGNORE,
]);

/** How many times (up to `max`) the single-character item at `pc` matches from `ptr`. */
function countRepeats(st: State, pc: number, ptr: number, max: number): number {
  const code = st.code, t = st.text;
  const limit = max === MAXREPEAT ? st.end : Math.min(st.end, ptr + max);
  let i = ptr;
  const op = code[pc];
  if (op === Op.ANY_ALL) return limit - ptr;
  if (op === Op.LITERAL) {
    const want = code[pc + 1];
    while (i < limit && t[i] === want) i++;
    return i - ptr;
  }
  if (op === Op.ANY) {
    while (i < limit && t[i] !== 10) i++;
    return i - ptr;
  }
  if (matchCharOps.has(op)) {
    while (i < limit && matchChar(code, pc, t[i])) i++;
    return i - ptr;
  }
  // A general single-width subpattern: run it (its depth is bounded by the item's nesting).
  while (i < limit) {
    const saved = st.ptr;
    if (!match(st, pc, i, false)) {
      st.ptr = saved;
      break;
    }
    i = st.ptr;
  }
  return i - ptr;
}

interface SavedMarks {
  marks: number[];
  lastmark: number;
  lastindex: number;
}

function saveMarks(st: State): SavedMarks {
  return { marks: st.marks.slice(), lastmark: st.lastmark, lastindex: st.lastindex };
}
function restoreMarks(st: State, saved: SavedMarks): void {
  st.marks = saved.marks.slice();
  st.lastmark = saved.lastmark;
  st.lastindex = saved.lastindex;
}

export function groupSpan(st: State, group: number): [number, number] | null {
  const s = st.mark(2 * group), e = st.mark(2 * group + 1);
  if (s < 0 || e < 0 || e < s) return null;
  return [s, e];
}

// Where a suspended choice point resumes when the submatch it started returns (CPython's
// JUMP_* codes in sre_lib.h).
const enum Resume {
  BRANCH,
  REPEAT_ONE,
  MIN_REPEAT_ONE,
  REPEAT,
  MAX_UNTIL_MIN,
  MAX_UNTIL_BODY,
  MAX_UNTIL_TAIL,
  MIN_UNTIL_MIN,
  MIN_UNTIL_TAIL,
  MIN_UNTIL_BODY,
  POSSESSIVE_MIN,
  POSSESSIVE_MAX,
  ATOMIC,
  ASSERT,
  ASSERT_NOT,
}

/** A suspended choice point: the submatch it started runs above it on the stack. */
interface Frame {
  resume: Resume;
  toplevel: boolean;
  pc: number;
  ptr: number;
  /** Op-specific: a count, an alternative's offset, the repeat's previous lastPtr... */
  n: number;
  /** Op-specific: the literal a REPEAT_ONE tail starts with, a repeat's min or max. */
  k: number;
  saved: SavedMarks | null;
  rp: RepeatContext | null;
  /** The State's ptr before an assertion ran. */
  sptr: number;
}

/**
 * Matches the code from `pc` at `ptr`; on success `st.ptr` is where the match ended.
 *
 * Iterative, as sre_lib.h's SRE(match): a choice point pushes a Frame and starts its submatch;
 * a submatch ends by "returning" true or false to the frame on top, which either tries its next
 * choice or returns in turn. So deep backtracking costs heap, never the JS stack.
 */
export function match(st: State, pc: number, ptr: number, toplevel: boolean): boolean {
  const code = st.code, t = st.text, end = st.end;
  const stack: Frame[] = [];
  const push = (resume: Resume, n: number, k: number, saved: SavedMarks | null) => {
    stack.push({
      resume,
      toplevel,
      pc,
      ptr,
      n,
      k,
      saved,
      rp: st.repeat,
      sptr: st.ptr,
    });
  };
  let ret = false;
  // `exec`: run ops from pc; otherwise hand `ret` to the frame on top.
  let exec = true;
  let steps = 0;
  for (;;) {
    // A catastrophic backtrack never returns to the eval loop: a host's limits are checked here.
    if ((++steps & 0xffff) === 0 && currentThread.limits !== null) currentThread.limits.check();
    if (!exec) {
      const f = stack.pop();
      if (f === undefined) return ret;
      toplevel = f.toplevel;
      if (ret) {
        // A submatch that succeeded: the choice points that continue after it.
        switch (f.resume) {
          case Resume.REPEAT:
            st.repeat = f.rp!.prev;
            continue;
          case Resume.MAX_UNTIL_BODY:
            f.rp!.lastPtr = f.n;
            continue;
          case Resume.MIN_UNTIL_BODY:
            f.rp!.lastPtr = f.k;
            continue;
          case Resume.POSSESSIVE_MIN:
          case Resume.POSSESSIVE_MAX: {
            const rp = f.rp!;
            if (f.resume === Resume.POSSESSIVE_MAX && st.ptr === f.ptr) {
              // An empty iteration ends the repeat.
              st.repeat = rp;
              pc = f.pc + 2 + code[f.pc + 1];
              ptr = f.ptr;
              exec = true;
              break;
            }
            const count = f.n + 1;
            ptr = st.ptr;
            pc = f.pc;
            const min = code[pc + 2], max = code[pc + 3];
            if (count < min) {
              push(Resume.POSSESSIVE_MIN, count, 0, null);
              stack[stack.length - 1].rp = rp;
              st.repeat = null;
              toplevel = false;
              pc += 4;
            } else if (count < max || max === MAXREPEAT) {
              push(Resume.POSSESSIVE_MAX, count, 0, saveMarks(st));
              stack[stack.length - 1].rp = rp;
              st.repeat = null;
              toplevel = false;
              pc += 4;
            } else {
              st.repeat = rp;
              pc += 2 + code[pc + 1];
            }
            exec = true;
            break;
          }
          case Resume.ATOMIC:
            st.repeat = f.rp;
            ptr = st.ptr;
            pc = f.pc + 1 + code[f.pc + 1];
            exec = true;
            break;
          case Resume.ASSERT:
            st.ptr = f.sptr;
            ptr = f.ptr;
            pc = f.pc + 1 + code[f.pc + 1];
            exec = true;
            break;
          case Resume.ASSERT_NOT:
            restoreMarks(st, f.saved!);
            st.ptr = f.sptr;
            ret = false;
            continue;
          default:
            // The whole rest of the pattern matched.
            continue;
        }
      } else {
        // The submatch failed: try the frame's next choice.
        pc = f.pc;
        ptr = f.ptr;
        switch (f.resume) {
          case Resume.BRANCH: {
            restoreMarks(st, f.saved!);
            let alt = f.n + code[f.n];
            while (code[alt] !== 0) {
              if (!(code[alt + 1] === Op.LITERAL && (ptr >= end || t[ptr] !== code[alt + 2]))) {
                break;
              }
              alt += code[alt];
            }
            if (code[alt] === 0) continue;
            stack.push({ ...f, n: alt, saved: f.saved });
            pc = alt + 1;
            exec = true;
            break;
          }
          case Resume.REPEAT_ONE: {
            // Give back one more character (to where the tail's literal is, if it has one).
            restoreMarks(st, f.saved!);
            const min = code[pc + 2], tail = pc + 1 + code[pc + 1];
            let count = f.n - 1;
            let p = ptr - 1;
            if (f.k >= 0) {
              while (count >= min && (p >= end || t[p] !== f.k)) {
                p--;
                count--;
              }
            }
            if (count < min) continue;
            stack.push({ ...f, n: count, ptr: p });
            pc = tail;
            ptr = p;
            exec = true;
            break;
          }
          case Resume.MIN_REPEAT_ONE: {
            // Take one more character.
            restoreMarks(st, f.saved!);
            const max = code[pc + 3], tail = pc + 1 + code[pc + 1];
            const count = f.n;
            if (count >= max && max !== MAXREPEAT) continue;
            if (countRepeats(st, pc + 4, ptr, 1) === 0) continue;
            stack.push({ ...f, n: count + 1, ptr: ptr + 1 });
            pc = tail;
            ptr = ptr + 1;
            exec = true;
            break;
          }
          case Resume.REPEAT:
            st.repeat = f.rp!.prev;
            continue;
          case Resume.MAX_UNTIL_MIN:
          case Resume.MIN_UNTIL_BODY:
            if (f.resume === Resume.MIN_UNTIL_BODY) f.rp!.lastPtr = f.k;
            f.rp!.count = f.n - 1;
            continue;
          case Resume.MAX_UNTIL_BODY: {
            const rp = f.rp!;
            rp.lastPtr = f.n;
            restoreMarks(st, f.saved!);
            rp.count = f.k - 1;
            // The tail, outside this repeat.
            st.repeat = rp.prev;
            stack.push({ ...f, resume: Resume.MAX_UNTIL_TAIL, rp });
            pc += 1;
            exec = true;
            break;
          }
          case Resume.MAX_UNTIL_TAIL:
            st.repeat = f.rp;
            continue;
          case Resume.MIN_UNTIL_TAIL: {
            const rp = f.rp!;
            st.repeat = rp;
            restoreMarks(st, f.saved!);
            const count = f.n, max = code[rp.pc + 2];
            if ((count >= max && max !== MAXREPEAT) || ptr === rp.lastPtr) continue;
            rp.count = count;
            stack.push({ ...f, resume: Resume.MIN_UNTIL_BODY, k: rp.lastPtr });
            rp.lastPtr = ptr;
            pc = rp.pc + 3;
            exec = true;
            break;
          }
          case Resume.POSSESSIVE_MIN:
            st.repeat = f.rp;
            continue;
          case Resume.POSSESSIVE_MAX:
            // The body failed: the repeat ends with what it has.
            restoreMarks(st, f.saved!);
            st.repeat = f.rp;
            pc = pc + 2 + code[pc + 1];
            exec = true;
            break;
          case Resume.ATOMIC:
            st.repeat = f.rp;
            continue;
          case Resume.ASSERT:
            continue;
          case Resume.ASSERT_NOT:
            restoreMarks(st, f.saved!);
            st.ptr = f.sptr;
            pc = pc + 1 + code[pc + 1];
            exec = true;
            break;
        }
      }
      if (!exec) continue;
    }

    // Run ops from pc at ptr until the pattern succeeds, fails, or a choice point starts a
    // submatch (then the loop runs that submatch's ops).
    run: for (;;) {
      const op = code[pc];
      switch (op) {
        case Op.FAILURE:
          ret = false;
          break run;
        case Op.SUCCESS:
          if (
            toplevel &&
            ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start))
          ) {
            ret = false;
            break run;
          }
          st.ptr = ptr;
          ret = true;
          break run;
        case Op.AT:
          if (!atEdge(st, ptr, code[pc + 1])) {
            ret = false;
            break run;
          }
          pc += 2;
          break;
        case Op.CATEGORY:
        case Op.LITERAL:
        case Op.NOT_LITERAL:
        case Op.LITERAL_IGNORE:
        case Op.NOT_LITERAL_IGNORE:
        case Op.LITERAL_UNI_IGNORE:
        case Op.NOT_LITERAL_UNI_IGNORE:
        case Op.LITERAL_LOC_IGNORE:
        case Op.NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || !matchChar(code, pc, t[ptr])) {
            ret = false;
            break run;
          }
          ptr++;
          pc += 2;
          break;
        case Op.ANY:
          if (ptr >= end || t[ptr] === 10) {
            ret = false;
            break run;
          }
          ptr++;
          pc++;
          break;
        case Op.ANY_ALL:
          if (ptr >= end) {
            ret = false;
            break run;
          }
          ptr++;
          pc++;
          break;
        case Op.IN:
        case Op.IN_IGNORE:
        case Op.IN_UNI_IGNORE:
        case Op.IN_LOC_IGNORE:
          if (ptr >= end || !matchChar(code, pc, t[ptr])) {
            ret = false;
            break run;
          }
          ptr++;
          pc += code[pc + 1] + 1;
          break;
        case Op.INFO:
          // INFO skip flags min max ...: a pattern longer than the text left cannot match.
          if (code[pc + 3] !== 0 && end - ptr < code[pc + 3]) {
            ret = false;
            break run;
          }
          pc += code[pc + 1] + 1;
          break;
        case Op.JUMP:
          pc += code[pc + 1] + 1;
          break;
        case Op.MARK: {
          const i = code[pc + 1];
          if (i & 1) st.lastindex = (i >> 1) + 1;
          if (i > st.lastmark) {
            for (let j = st.lastmark + 1; j < i; j++) st.marks[j] = -1;
            st.lastmark = i;
          }
          st.marks[i] = ptr;
          pc += 2;
          break;
        }
        case Op.BRANCH: {
          // BRANCH <skip> alt JUMP ... <skip> alt JUMP ... FAILURE
          let alt = pc + 1;
          while (
            code[alt] !== 0 &&
            code[alt + 1] === Op.LITERAL && (ptr >= end || t[ptr] !== code[alt + 2])
          ) alt += code[alt];
          if (code[alt] === 0) {
            ret = false;
            break run;
          }
          push(Resume.BRANCH, alt, 0, saveMarks(st));
          pc = alt + 1;
          break;
        }
        case Op.REPEAT_ONE:
        case Op.POSSESSIVE_REPEAT_ONE: {
          // <op> <skip> <min> <max> item SUCCESS tail
          const min = code[pc + 2], max = code[pc + 3];
          if (ptr + min > end) {
            ret = false;
            break run;
          }
          const tail = pc + 1 + code[pc + 1];
          let count = countRepeats(st, pc + 4, ptr, max);
          if (count < min) {
            ret = false;
            break run;
          }
          if (op === Op.POSSESSIVE_REPEAT_ONE) {
            ptr += count;
            pc = tail;
            break;
          }
          if (
            code[tail] === Op.SUCCESS &&
            !(toplevel &&
              ((st.matchAll && ptr + count !== end) ||
                (st.mustAdvance && ptr + count === st.start)))
          ) {
            st.ptr = ptr + count;
            ret = true;
            break run;
          }
          // The tail starts with a literal: only try where that character is.
          const lit = code[tail] === Op.LITERAL ? code[tail + 1] : -1;
          let p = ptr + count;
          if (lit >= 0) {
            while (count >= min && (p >= end || t[p] !== lit)) {
              p--;
              count--;
            }
            if (count < min) {
              ret = false;
              break run;
            }
          }
          push(Resume.REPEAT_ONE, count, lit, saveMarks(st));
          stack[stack.length - 1].ptr = p;
          pc = tail;
          ptr = p;
          break;
        }
        case Op.MIN_REPEAT_ONE: {
          const min = code[pc + 2];
          if (ptr + min > end) {
            ret = false;
            break run;
          }
          const tail = pc + 1 + code[pc + 1];
          let count = 0;
          if (min > 0) {
            count = countRepeats(st, pc + 4, ptr, min);
            if (count < min) {
              ret = false;
              break run;
            }
          }
          if (
            code[tail] === Op.SUCCESS &&
            !(toplevel &&
              ((st.matchAll && ptr + count !== end) ||
                (st.mustAdvance && ptr + count === st.start)))
          ) {
            st.ptr = ptr + count;
            ret = true;
            break run;
          }
          ptr += count;
          push(Resume.MIN_REPEAT_ONE, count, 0, saveMarks(st));
          pc = tail;
          break;
        }
        case Op.REPEAT: {
          // REPEAT <skip> <min> <max> body MAX_UNTIL|MIN_UNTIL tail
          const rp: RepeatContext = { count: -1, pc: pc + 1, lastPtr: -1, prev: st.repeat };
          st.repeat = rp;
          push(Resume.REPEAT, 0, 0, null);
          stack[stack.length - 1].rp = rp;
          pc = pc + 1 + code[pc + 1];
          break;
        }
        case Op.MAX_UNTIL: {
          const rp = st.repeat;
          if (rp === null) throw ops.runtimeError("internal error in regular expression engine");
          const count = rp.count + 1;
          const min = code[rp.pc + 1], max = code[rp.pc + 2];
          if (count < min) {
            rp.count = count;
            push(Resume.MAX_UNTIL_MIN, count, 0, null);
            pc = rp.pc + 3;
            break;
          }
          if ((count < max || max === MAXREPEAT) && ptr !== rp.lastPtr) {
            rp.count = count;
            push(Resume.MAX_UNTIL_BODY, rp.lastPtr, count, saveMarks(st));
            rp.lastPtr = ptr;
            pc = rp.pc + 3;
            break;
          }
          // The tail, outside this repeat.
          st.repeat = rp.prev;
          push(Resume.MAX_UNTIL_TAIL, 0, 0, null);
          stack[stack.length - 1].rp = rp;
          pc += 1;
          break;
        }
        case Op.MIN_UNTIL: {
          const rp = st.repeat;
          if (rp === null) throw ops.runtimeError("internal error in regular expression engine");
          const count = rp.count + 1;
          const min = code[rp.pc + 1];
          if (count < min) {
            rp.count = count;
            push(Resume.MIN_UNTIL_MIN, count, rp.lastPtr, null);
            pc = rp.pc + 3;
            break;
          }
          // The tail first; one more iteration if it fails.
          push(Resume.MIN_UNTIL_TAIL, count, 0, saveMarks(st));
          st.repeat = rp.prev;
          pc += 1;
          break;
        }
        case Op.POSSESSIVE_REPEAT: {
          // POSSESSIVE_REPEAT <skip> <min> <max> body SUCCESS tail: the body runs as its own
          // match each time, so nothing inside it is backtracked into.
          const min = code[pc + 2], max = code[pc + 3];
          if (min > 0) push(Resume.POSSESSIVE_MIN, 0, 0, null);
          else if (max > 0) push(Resume.POSSESSIVE_MAX, 0, 0, saveMarks(st));
          else {
            pc += 2 + code[pc + 1];
            break;
          }
          st.repeat = null;
          toplevel = false;
          pc += 4;
          break;
        }
        case Op.ATOMIC_GROUP: {
          // ATOMIC_GROUP <skip> body SUCCESS tail
          push(Resume.ATOMIC, 0, 0, null);
          st.repeat = null;
          toplevel = false;
          pc += 2;
          break;
        }
        case Op.ASSERT: {
          // ASSERT <skip> <back> pattern SUCCESS
          const back = code[pc + 2];
          if (ptr - back < 0) {
            ret = false;
            break run;
          }
          push(Resume.ASSERT, 0, 0, null);
          toplevel = false;
          ptr -= back;
          pc += 3;
          break;
        }
        case Op.ASSERT_NOT: {
          const back = code[pc + 2];
          if (ptr - back < 0) {
            pc = pc + 1 + code[pc + 1];
            break;
          }
          push(Resume.ASSERT_NOT, 0, 0, saveMarks(st));
          toplevel = false;
          ptr -= back;
          pc += 3;
          break;
        }
        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE: {
          const span = groupSpan(st, code[pc + 1]);
          if (span === null || ptr + (span[1] - span[0]) > end) {
            ret = false;
            break run;
          }
          let ok = true;
          for (let k = span[0]; k < span[1]; k++, ptr++) {
            const a = t[k], b = t[ptr];
            if (a === b) continue;
            if (
              op === Op.GROUPREF ||
              (op === Op.GROUPREF_UNI_IGNORE
                ? unicodeLower(a) !== unicodeLower(b)
                : asciiLower(a) !== asciiLower(b))
            ) {
              ok = false;
              break;
            }
          }
          if (!ok) {
            ret = false;
            break run;
          }
          pc += 2;
          break;
        }
        case Op.GROUPREF_EXISTS:
          // GROUPREF_EXISTS <group> <skip> yes [JUMP <skip> no]
          if (groupSpan(st, code[pc + 1]) !== null) pc += 3;
          else pc = pc + 1 + code[pc + 2];
          break;
        default:
          throw ops.runtimeError("internal error in regular expression engine");
      }
    }
    exec = false;
  }
}

/** CPython's sre_search: the first position from st.start where the pattern matches. */
export function search(st: State): boolean {
  const code = st.code;
  let prefixChar = -1;
  let body = 0;
  if (code[0] === Op.INFO) {
    // SRE_INFO_PREFIX: a literal prefix; its first character must be where a match starts.
    if (code[2] & 1) prefixChar = code[7];
    body = code[1] + 1;
  }
  // A pattern that starts with \A, or ^ without MULTILINE, can only match at 0.
  if (
    code[body] === Op.AT &&
    (code[body + 1] === At.BEGINNING || code[body + 1] === At.BEGINNING_STRING)
  ) {
    if (st.start !== 0) return false;
    st.reset();
    return match(st, 0, 0, true);
  }
  const t = st.text;
  for (let start = st.start; start <= st.end; start++) {
    if (prefixChar >= 0) {
      while (start < st.end && t[start] !== prefixChar) start++;
      if (start >= st.end) return false;
    }
    st.reset();
    st.start = start;
    if (match(st, 0, start, true)) return true;
    // must_advance only forbids an empty match where the search began.
    st.mustAdvance = false;
  }
  return false;
}
