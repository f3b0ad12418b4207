// `_sre`: the regular-expression engine under CPython's `re` package (Modules/_sre/). The
// package's Python code (re/_parser.py, re/_compiler.py) turns a pattern into a list of SRE
// opcodes; this file runs that code against a subject: the matcher (`match`, CPython's
// sre_lib.h SRE(match)), the Pattern, Match and Scanner objects, and the case-folding helpers
// the compiler calls.
//
// The matcher follows sre_lib.h's structure: the code is continuation-passing by layout (a
// BRANCH alternative ends with a JUMP to what follows the branch, a repeat body with its UNTIL),
// so `match(pc, ptr)` means "match everything from pc on" and backtracking is returning false.
// Marks (group boundaries) are saved before a choice and restored when it fails.
//
// Subjects are arrays of code points (str) or bytes, so positions are Python's indices.
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import { bytesOf, PyByteArray, PyBytes } from "../objects/bytes.ts";
import { PyList } from "../objects/list.ts";
import { strValue } from "../objects/str.ts";
import { pyError, PyExc_IndexError, PyExc_OverflowError } from "../objects/exceptions.ts";
import { NotImplemented } from "../objects/object.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import {
  bindArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { PyMappingProxy } from "../objects/type.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import { importModuleByName } from "../runtime/import.ts";
import * as ops from "../runtime/ops.ts";

const MAGIC = 20220615;
const MAXREPEAT = 4294967295;
const MAXGROUPS = 1073741823;

// Opcodes, in re/_constants.py's order.
const enum Op {
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

const enum At {
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

const enum Cat {
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

const FLAG_NAMES: [number, string][] = [
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

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
function asciiUpper(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

/** Python's simple (one code point) lowercase mapping. */
export function unicodeLower(c: number): number {
  if (c < 128) return asciiLower(c);
  const s = String.fromCodePoint(c).toLowerCase();
  const l = s.codePointAt(0)!;
  // A longer full mapping (U+0130 -> "i\u0307") starts with the simple mapping's character.
  return l;
}

/** Python's simple (one code point) uppercase mapping. */
function unicodeUpper(c: number): number {
  if (c < 128) return asciiUpper(c);
  const s = String.fromCodePoint(c).toUpperCase();
  const u = s.codePointAt(0)!;
  // A multi-character full mapping (U+00DF -> "SS") has no simple mapping.
  return s.length > (u > 0xffff ? 2 : 1) ? c : u;
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
function inCharset(code: Uint32Array, pc: number, c: number): boolean {
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
class State {
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
    case At.BOUNDARY:
    case At.LOC_BOUNDARY: {
      if (st.pos === end) return false;
      const that = ptr > 0 && isAsciiWord(t[ptr - 1]);
      const self = ptr < end && isAsciiWord(t[ptr]);
      return self !== that;
    }
    case At.NON_BOUNDARY:
    case At.LOC_NON_BOUNDARY: {
      if (st.pos === end) return false;
      const that = ptr > 0 && isAsciiWord(t[ptr - 1]);
      const self = ptr < end && isAsciiWord(t[ptr]);
      return self === that;
    }
    case At.UNI_BOUNDARY: {
      if (st.pos === end) return false;
      const that = ptr > 0 && isUniWord(t[ptr - 1]);
      const self = ptr < end && isUniWord(t[ptr]);
      return self !== that;
    }
    case At.UNI_NON_BOUNDARY: {
      if (st.pos === end) return false;
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
  // A general single-width subpattern (e.g. a group of one character): run it.
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

function saveMarks(st: State): { marks: number[]; lastmark: number; lastindex: number } {
  return { marks: st.marks.slice(), lastmark: st.lastmark, lastindex: st.lastindex };
}
function restoreMarks(
  st: State,
  saved: { marks: number[]; lastmark: number; lastindex: number },
): void {
  st.marks = saved.marks;
  st.lastmark = saved.lastmark;
  st.lastindex = saved.lastindex;
}

function groupSpan(st: State, group: number): [number, number] | null {
  const s = st.mark(2 * group), e = st.mark(2 * group + 1);
  if (s < 0 || e < 0 || e < s) return null;
  return [s, e];
}

/** Matches the code from `pc` at `ptr`; on success `st.ptr` is where the match ended. */
function match(st: State, pc: number, ptr: number, toplevel: boolean): boolean {
  const code = st.code, t = st.text, end = st.end;
  if (code[pc] === Op.INFO) {
    // INFO skip flags min max ...: a pattern shorter than the text left cannot match.
    if (code[pc + 3] !== 0 && end - ptr < code[pc + 3]) return false;
    pc += code[pc + 1] + 1;
  }
  for (;;) {
    const op = code[pc];
    switch (op) {
      case Op.FAILURE:
        return false;
      case Op.SUCCESS:
        if (toplevel) {
          if (st.matchAll && ptr !== end) return false;
          if (st.mustAdvance && ptr === st.start) return false;
        }
        st.ptr = ptr;
        return true;
      case Op.AT:
        if (!atEdge(st, ptr, code[pc + 1])) return false;
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
        if (ptr >= end || !matchChar(code, pc, t[ptr])) return false;
        ptr++;
        pc += 2;
        break;
      case Op.ANY:
        if (ptr >= end || t[ptr] === 10) return false;
        ptr++;
        pc++;
        break;
      case Op.ANY_ALL:
        if (ptr >= end) return false;
        ptr++;
        pc++;
        break;
      case Op.IN:
      case Op.IN_IGNORE:
      case Op.IN_UNI_IGNORE:
      case Op.IN_LOC_IGNORE:
        if (ptr >= end || !matchChar(code, pc, t[ptr])) return false;
        ptr++;
        pc += code[pc + 1] + 1;
        break;
      case Op.INFO:
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
        while (code[alt] !== 0) {
          const first = code[alt + 1];
          if (
            !(first === Op.LITERAL && (ptr >= end || t[ptr] !== code[alt + 2]))
          ) {
            const saved = saveMarks(st);
            if (match(st, alt + 1, ptr, toplevel)) return true;
            restoreMarks(st, saved);
          }
          alt += code[alt];
        }
        return false;
      }
      case Op.REPEAT_ONE:
      case Op.MIN_REPEAT_ONE:
      case Op.POSSESSIVE_REPEAT_ONE: {
        // <op> <skip> <min> <max> item SUCCESS tail
        const min = code[pc + 2], max = code[pc + 3];
        if (ptr + min > end) return false;
        const tail = pc + 1 + code[pc + 1];
        if (op === Op.MIN_REPEAT_ONE) return minRepeatOne(st, pc, ptr, min, max, tail, toplevel);
        let count = countRepeats(st, pc + 4, ptr, max);
        if (count < min) return false;
        ptr += count;
        if (op === Op.POSSESSIVE_REPEAT_ONE) {
          pc = tail;
          break;
        }
        if (
          code[tail] === Op.SUCCESS &&
          !(toplevel && ((st.matchAll && ptr !== end) || (st.mustAdvance && ptr === st.start)))
        ) {
          st.ptr = ptr;
          return true;
        }
        const saved = saveMarks(st);
        if (code[tail] === Op.LITERAL) {
          // The tail starts with a literal: only try where that character is.
          const c = code[tail + 1];
          for (;;) {
            while (count >= min && (ptr >= end || t[ptr] !== c)) {
              ptr--;
              count--;
            }
            if (count < min) return false;
            if (match(st, tail, ptr, toplevel)) return true;
            restoreMarks(st, saved);
            ptr--;
            count--;
          }
        }
        while (count >= min) {
          if (match(st, tail, ptr, toplevel)) return true;
          restoreMarks(st, saved);
          ptr--;
          count--;
        }
        return false;
      }
      case Op.REPEAT: {
        // REPEAT <skip> <min> <max> body MAX_UNTIL|MIN_UNTIL tail
        const rp: RepeatContext = { count: -1, pc: pc + 1, lastPtr: -1, prev: st.repeat };
        st.repeat = rp;
        const ok = match(st, pc + 1 + code[pc + 1], ptr, toplevel);
        st.repeat = rp.prev;
        return ok;
      }
      case Op.MAX_UNTIL: {
        const rp = st.repeat;
        if (rp === null) throw ops.runtimeError("internal error in regular expression engine");
        const count = rp.count + 1;
        const min = code[rp.pc + 1], max = code[rp.pc + 2];
        if (count < min) {
          rp.count = count;
          if (match(st, rp.pc + 3, ptr, toplevel)) return true;
          rp.count = count - 1;
          return false;
        }
        if ((count < max || max === MAXREPEAT) && ptr !== rp.lastPtr) {
          rp.count = count;
          const saved = saveMarks(st);
          const savedLast = rp.lastPtr;
          rp.lastPtr = ptr;
          const ok = match(st, rp.pc + 3, ptr, toplevel);
          rp.lastPtr = savedLast;
          if (ok) return true;
          restoreMarks(st, saved);
          rp.count = count - 1;
        }
        // The tail, outside this repeat.
        st.repeat = rp.prev;
        if (match(st, pc + 1, ptr, toplevel)) return true;
        st.repeat = rp;
        return false;
      }
      case Op.MIN_UNTIL: {
        const rp = st.repeat;
        if (rp === null) throw ops.runtimeError("internal error in regular expression engine");
        const count = rp.count + 1;
        const min = code[rp.pc + 1], max = code[rp.pc + 2];
        if (count < min) {
          rp.count = count;
          if (match(st, rp.pc + 3, ptr, toplevel)) return true;
          rp.count = count - 1;
          return false;
        }
        const saved = saveMarks(st);
        st.repeat = rp.prev;
        if (match(st, pc + 1, ptr, toplevel)) return true;
        st.repeat = rp;
        restoreMarks(st, saved);
        if ((count >= max && max !== MAXREPEAT) || ptr === rp.lastPtr) return false;
        rp.count = count;
        const savedLast = rp.lastPtr;
        rp.lastPtr = ptr;
        const ok = match(st, rp.pc + 3, ptr, toplevel);
        rp.lastPtr = savedLast;
        if (ok) return true;
        rp.count = count - 1;
        return false;
      }
      case Op.POSSESSIVE_REPEAT: {
        // POSSESSIVE_REPEAT <skip> <min> <max> body SUCCESS tail
        const min = code[pc + 2], max = code[pc + 3];
        const body = pc + 4;
        const outer = st.repeat;
        st.repeat = null;
        let count = 0;
        while (count < min) {
          if (!match(st, body, ptr, false)) {
            st.repeat = outer;
            return false;
          }
          ptr = st.ptr;
          count++;
        }
        while (count < max || max === MAXREPEAT) {
          const saved = saveMarks(st);
          if (!match(st, body, ptr, false)) {
            restoreMarks(st, saved);
            break;
          }
          if (st.ptr === ptr) break;
          ptr = st.ptr;
          count++;
        }
        st.repeat = outer;
        pc = pc + 1 + code[pc + 1];
        break;
      }
      case Op.ATOMIC_GROUP: {
        // ATOMIC_GROUP <skip> body SUCCESS tail
        const outer = st.repeat;
        st.repeat = null;
        const ok = match(st, pc + 2, ptr, false);
        st.repeat = outer;
        if (!ok) return false;
        ptr = st.ptr;
        pc = pc + 1 + code[pc + 1];
        break;
      }
      case Op.ASSERT: {
        // ASSERT <skip> <back> pattern SUCCESS
        const back = code[pc + 2];
        if (ptr - back < 0) return false;
        const savedPtr = st.ptr;
        if (!match(st, pc + 3, ptr - back, false)) return false;
        st.ptr = savedPtr;
        pc = pc + 1 + code[pc + 1];
        break;
      }
      case Op.ASSERT_NOT: {
        const back = code[pc + 2];
        if (ptr - back >= 0) {
          const saved = saveMarks(st);
          const savedPtr = st.ptr;
          const ok = match(st, pc + 3, ptr - back, false);
          restoreMarks(st, saved);
          st.ptr = savedPtr;
          if (ok) return false;
        }
        pc = pc + 1 + code[pc + 1];
        break;
      }
      case Op.GROUPREF:
      case Op.GROUPREF_IGNORE:
      case Op.GROUPREF_UNI_IGNORE:
      case Op.GROUPREF_LOC_IGNORE: {
        const span = groupSpan(st, code[pc + 1]);
        if (span === null) return false;
        const [s, e] = span;
        if (ptr + (e - s) > end) return false;
        for (let k = s; k < e; k++, ptr++) {
          const a = t[k], b = t[ptr];
          if (a === b) continue;
          if (op === Op.GROUPREF) return false;
          if (op === Op.GROUPREF_UNI_IGNORE) {
            if (unicodeLower(a) !== unicodeLower(b)) return false;
          } else if (asciiLower(a) !== asciiLower(b)) return false;
        }
        pc += 2;
        break;
      }
      case Op.GROUPREF_EXISTS: {
        // GROUPREF_EXISTS <group> <skip> yes [JUMP <skip> no]
        if (groupSpan(st, code[pc + 1]) !== null) pc += 3;
        else pc = pc + 1 + code[pc + 2];
        break;
      }
      default:
        throw ops.runtimeError("internal error in regular expression engine");
    }
  }
}

function minRepeatOne(
  st: State,
  pc: number,
  ptr: number,
  min: number,
  max: number,
  tail: number,
  toplevel: boolean,
): boolean {
  const code = st.code;
  let count = 0;
  if (min > 0) {
    count = countRepeats(st, pc + 4, ptr, min);
    if (count < min) return false;
    ptr += count;
  }
  if (
    code[tail] === Op.SUCCESS &&
    !(toplevel && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start)))
  ) {
    st.ptr = ptr;
    return true;
  }
  const saved = saveMarks(st);
  while (max === MAXREPEAT || count <= max) {
    if (match(st, tail, ptr, toplevel)) return true;
    restoreMarks(st, saved);
    if (count >= max && max !== MAXREPEAT) break;
    if (countRepeats(st, pc + 4, ptr, 1) === 0) break;
    ptr++;
    count++;
  }
  return false;
}

/** CPython's sre_search: the first position from st.start where the pattern matches. */
function search(st: State): boolean {
  const code = st.code;
  let pc = 0;
  let prefixChar = -1;
  if (code[0] === Op.INFO) {
    const flags = code[2];
    // SRE_INFO_PREFIX: a literal prefix; its first character must be where a match starts.
    if (flags & 1) prefixChar = code[7];
    pc = 0;
  }
  const t = st.text;
  for (let start = st.start; start <= st.end; start++) {
    if (prefixChar >= 0) {
      while (start < st.end && t[start] !== prefixChar) start++;
      if (start >= st.end) return false;
    }
    st.reset();
    st.start = start;
    if (match(st, pc, start, true)) return true;
    // must_advance only forbids an empty match where the search began.
    st.mustAdvance = false;
  }
  return false;
}

// ---- subjects ------------------------------------------------------------------------------------

interface Subject {
  text: ArrayLike<number>;
  isBytes: boolean;
  /** The object matched, as given (str, bytes, bytearray, memoryview...). */
  original: PyValue;
}

let lastString: string | null = null;
let lastCodePoints: Uint32Array = new Uint32Array(0);

function codePointsOf(s: string): Uint32Array {
  if (s === lastString) return lastCodePoints;
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  lastString = s;
  lastCodePoints = n === s.length ? out : out.slice(0, n);
  return lastCodePoints;
}

function subjectOf(v: PyValue): Subject {
  const s = strValue(v);
  if (s !== undefined) return { text: codePointsOf(s), isBytes: false, original: v };
  const b = bytesOf(v);
  if (b !== undefined) return { text: b, isBytes: true, original: v };
  throw ops.typeError(`expected string or bytes-like object, got '${abs.typeName(v)}'`);
}

function fromCodePoints(text: ArrayLike<number>, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i += 4096) {
    s += String.fromCodePoint(...Array.prototype.slice.call(text, i, Math.min(end, i + 4096)));
  }
  return s;
}

/** The subject's slice [start, end), of the subject's type (CPython's getslice). */
function sliceOf(sub: Subject, start: number, end: number): PyValue {
  if (!sub.isBytes) return fromCodePoints(sub.text, start, end);
  const o = sub.original;
  if (o instanceof PyBytes && typeOf(o).name === "bytes") {
    return new PyBytes((sub.text as Uint8Array).slice(start, end));
  }
  if (o instanceof PyByteArray) return new PyByteArray(o.data.slice(start, end));
  return abs.getItem(o, abs.call(ops.builtin("slice"), [start, end], null));
}

// ---- Pattern objects -----------------------------------------------------------------------------

export const patternType: PyType = new PyType(typeType, "Pattern", [objectType]);
patternType.isFinal = true;
patternType.dict.setStr("__module__", "re");

class PyPattern extends PyObject {
  constructor(
    readonly pattern: PyValue,
    readonly flags: number,
    readonly code: Uint32Array,
    readonly groups: number,
    readonly groupindex: PyDict,
    readonly indexgroup: PyTuple,
    readonly isBytes: boolean,
  ) {
    super(patternType);
  }
}

function patternOf(v: PyValue): PyPattern {
  if (!(v instanceof PyPattern)) throw ops.typeError("descriptor requires a 're.Pattern' object");
  return v;
}

function checkSubject(p: PyPattern, v: PyValue): Subject {
  const sub = subjectOf(v);
  if (p.isBytes && !sub.isBytes) {
    throw ops.typeError("cannot use a bytes pattern on a string-like object");
  }
  if (!p.isBytes && sub.isBytes) {
    throw ops.typeError("cannot use a string pattern on a bytes-like object");
  }
  return sub;
}

function window(sub: Subject, posArg: PyValue | undefined, endArg: PyValue | undefined) {
  const n = sub.text.length;
  let pos = posArg === undefined ? 0 : abs.asSize(posArg);
  let end = endArg === undefined ? n : abs.asSize(endArg);
  if (pos < 0) pos = 0;
  else if (pos > n) pos = n;
  if (end < 0) end = 0;
  else if (end > n) end = n;
  return { pos, end };
}

function newState(p: PyPattern, sub: Subject, pos: number, end: number): State {
  return new State(sub.text, pos, Math.max(pos, end), p.code);
}

// ---- Match objects -------------------------------------------------------------------------------

export const matchType: PyType = new PyType(typeType, "Match", [objectType]);
matchType.isFinal = true;
matchType.dict.setStr("__module__", "re");

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    /** Start and end of each group, group 0 first; -1 for a group that did not match. */
    readonly regs: Int32Array,
    readonly pos: number,
    readonly endpos: number,
    readonly lastindex: number,
  ) {
    super(matchType);
  }
}

function newMatch(p: PyPattern, sub: Subject, st: State): PyMatch {
  const regs = new Int32Array(2 * (p.groups + 1)).fill(-1);
  regs[0] = st.start;
  regs[1] = st.ptr;
  for (let g = 1; g <= p.groups; g++) {
    const span = groupSpan(st, g - 1);
    if (span !== null) {
      regs[2 * g] = span[0];
      regs[2 * g + 1] = span[1];
    }
  }
  return new PyMatch(p, sub, regs, st.pos, st.end, st.lastindex);
}

function matchOf(v: PyValue): PyMatch {
  if (!(v instanceof PyMatch)) throw ops.typeError("descriptor requires a 're.Match' object");
  return v;
}

function groupIndex(m: PyMatch, g: PyValue): number {
  let i = -1;
  if (typeof g === "number" || typeof g === "boolean" || typeof g === "bigint") {
    const n = abs.asIndex(g);
    i = typeof n === "bigint" ? -1 : n;
  } else if (typeof g !== "string" && abs.lookupSpecial(g, "__index__") !== undefined) {
    const n = abs.asIndex(g);
    i = typeof n === "bigint" ? -1 : n;
  } else {
    const v = m.pattern.groupindex.get(g);
    if (typeof v === "number") i = v;
  }
  if (i < 0 || i > m.pattern.groups) throw pyError(PyExc_IndexError, "no such group");
  return i;
}

function groupValue(m: PyMatch, i: number, dflt: PyValue): PyValue {
  const s = m.regs[2 * i], e = m.regs[2 * i + 1];
  if (s < 0 || e < 0) return dflt;
  return sliceOf(m.subject, s, e);
}

function reprMatch(m: PyMatch): string {
  const g0 = groupValue(m, 0, None);
  let r = abs.repr(g0);
  if (r.length > 50) r = [...r].slice(0, 50).join("");
  return `<re.Match object; span=(${m.regs[0]}, ${m.regs[1]}), match=${r}>`;
}

// ---- pattern operations --------------------------------------------------------------------------

function doMatch(
  p: PyPattern,
  args: PyValue[],
  kw: readonly string[] | null,
  fname: string,
  mode: "match" | "fullmatch" | "search",
): PyValue {
  const [string, posArg, endArg] = bindArgs(fname, args, kw, ["string", "pos", "endpos"], 1);
  const sub = checkSubject(p, string!);
  const { pos, end } = window(sub, posArg, endArg);
  const st = newState(p, sub, pos, end);
  if (end < pos) return None;
  let ok: boolean;
  if (mode === "search") ok = search(st);
  else {
    st.matchAll = mode === "fullmatch";
    ok = match(st, 0, pos, true);
  }
  return ok ? newMatch(p, sub, st) : None;
}

function joinPieces(p: PyPattern, sub: Subject, pieces: PyValue[]): PyValue {
  if (!p.isBytes) {
    let s = "";
    for (const x of pieces) {
      if (typeof x !== "string") {
        throw ops.typeError(
          `sequence item ${pieces.indexOf(x)}: expected str instance, ${abs.typeName(x)} found`,
        );
      }
      s += x;
    }
    return s;
  }
  const parts: Uint8Array[] = [];
  let n = 0;
  for (const x of pieces) {
    const b = bytesOf(x);
    if (b === undefined) {
      throw ops.typeError(
        `sequence item ${pieces.indexOf(x)}: expected a bytes-like object, ${
          abs.typeName(x)
        } found`,
      );
    }
    parts.push(b);
    n += b.length;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const b of parts) {
    out.set(b, at);
    at += b.length;
  }
  return sub.original instanceof PyByteArray ? new PyByteArray(Array.from(out)) : new PyBytes(out);
}

function subx(
  p: PyPattern,
  repl: PyValue,
  string: PyValue,
  countArg: PyValue | undefined,
  subn: boolean,
): PyValue {
  let filter: PyValue = repl;
  let callable = abs.isCallable(repl);
  if (!callable) {
    const literal = p.isBytes ? bytesOf(repl) : typeof repl === "string" ? repl : undefined;
    const hasBackslash = literal === undefined
      ? true
      : typeof literal === "string"
      ? literal.includes("\\")
      : literal.includes(92);
    if (hasBackslash) {
      const re = importModuleByName("re");
      filter = abs.call(abs.getAttr(re, "_subx"), [p, repl], null);
      callable = abs.isCallable(filter);
    }
  }
  const sub = checkSubject(p, string);
  const count = countArg === undefined ? 0 : abs.asSize(countArg);
  const st = newState(p, sub, 0, sub.text.length);
  const pieces: PyValue[] = [];
  let n = 0, last = 0;
  while (count === 0 || n < count) {
    st.reset();
    if (!search(st)) break;
    const b = st.start, e = st.ptr;
    if (last < b) pieces.push(sliceOf(sub, last, b));
    if (callable) {
      const item = abs.call(filter, [newMatch(p, sub, st)], null);
      if (item !== None) pieces.push(item);
    } else pieces.push(filter);
    last = e;
    n++;
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  if (last < sub.text.length) pieces.push(sliceOf(sub, last, sub.text.length));
  const joined = joinPieces(p, sub, pieces);
  return subn ? makeTuple([joined, n]) : joined;
}

defineMethods(patternType, {
  match: (args, kw) => doMatch(patternOf(args[0]), args.slice(1), kw, "match", "match"),
  fullmatch: (args, kw) => doMatch(patternOf(args[0]), args.slice(1), kw, "fullmatch", "fullmatch"),
  search: (args, kw) => doMatch(patternOf(args[0]), args.slice(1), kw, "search", "search"),
  findall(args, kw) {
    const p = patternOf(args[0]);
    const [string, posArg, endArg] = bindArgs(
      "findall",
      args.slice(1),
      kw,
      ["string", "pos", "endpos"],
      1,
    );
    const sub = checkSubject(p, string!);
    const { pos, end } = window(sub, posArg, endArg);
    const st = newState(p, sub, pos, end);
    const out: PyValue[] = [];
    const empty = sliceOf(sub, 0, 0);
    while (st.start <= st.end) {
      st.reset();
      if (!search(st)) break;
      if (p.groups === 0) out.push(sliceOf(sub, st.start, st.ptr));
      else {
        const m = newMatch(p, sub, st);
        if (p.groups === 1) out.push(groupValue(m, 1, empty));
        else {
          const items: PyValue[] = [];
          for (let g = 1; g <= p.groups; g++) items.push(groupValue(m, g, empty));
          out.push(makeTuple(items));
        }
      }
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    return new PyList(out);
  },
  finditer(args, kw) {
    const p = patternOf(args[0]);
    const scanner = makeScanner(p, args.slice(1), kw, "finditer");
    return abs.call(ops.builtin("iter"), [abs.getAttr(scanner, "search"), None], null);
  },
  scanner: (args, kw) => makeScanner(patternOf(args[0]), args.slice(1), kw, "scanner"),
  split(args, kw) {
    const p = patternOf(args[0]);
    const [string, maxArg] = bindArgs("split", args.slice(1), kw, ["string", "maxsplit"], 1);
    const sub = checkSubject(p, string!);
    const maxsplit = maxArg === undefined ? 0 : abs.asSize(maxArg);
    const st = newState(p, sub, 0, sub.text.length);
    const out: PyValue[] = [];
    let n = 0, last = 0;
    while (maxsplit === 0 || n < maxsplit) {
      st.reset();
      if (!search(st)) break;
      out.push(sliceOf(sub, last, st.start));
      const m = newMatch(p, sub, st);
      for (let g = 1; g <= p.groups; g++) out.push(groupValue(m, g, None));
      n++;
      st.mustAdvance = st.ptr === st.start;
      last = st.start = st.ptr;
    }
    out.push(sliceOf(sub, last, sub.text.length));
    return new PyList(out);
  },
  sub(args, kw) {
    const p = patternOf(args[0]);
    const [repl, string, count] = bindArgs(
      "sub",
      args.slice(1),
      kw,
      ["repl", "string", "count"],
      2,
    );
    return subx(p, repl!, string!, count, false);
  },
  subn(args, kw) {
    const p = patternOf(args[0]);
    const [repl, string, count] = bindArgs(
      "subn",
      args.slice(1),
      kw,
      ["repl", "string", "count"],
      2,
    );
    return subx(p, repl!, string!, count, true);
  },
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
  __repr__(args) {
    const p = patternOf(args[0]);
    let flags = p.flags;
    // A str pattern's default UNICODE flag is not shown.
    if (!p.isBytes && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
    const names: string[] = [];
    for (const [bit, name] of FLAG_NAMES) {
      if (flags & bit) {
        names.push(name);
        flags &= ~bit;
      }
    }
    if (flags) names.push(`0x${flags.toString(16)}`);
    let r = abs.repr(p.pattern);
    if (r.length > 200) r = [...r].slice(0, 200).join("");
    return names.length > 0 ? `re.compile(${r}, ${names.join("|")})` : `re.compile(${r})`;
  },
  __eq__(args) {
    const a = args[0], b = args[1];
    if (!(a instanceof PyPattern) || !(b instanceof PyPattern)) return NotImplemented;
    if (a === b) return true;
    return a.flags === b.flags && a.isBytes === b.isBytes &&
      a.code.length === b.code.length && a.code.every((x, i) => x === b.code[i]) &&
      abs.equals(a.pattern, b.pattern);
  },
  __hash__(args) {
    const p = patternOf(args[0]);
    let h = abs.hash(p.pattern) ^ p.flags;
    for (let i = 0; i < p.code.length; i++) h = (Math.imul(h, 31) + p.code[i]) | 0;
    return h === -1 ? -2 : h;
  },
  __reduce__(args) {
    const p = patternOf(args[0]);
    const re = importModuleByName("re");
    return makeTuple([abs.getAttr(re, "_compile"), makeTuple([p.pattern, p.flags])]);
  },
});
defineClassMethod(patternType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
defineGetter(patternType, "pattern", (v) => patternOf(v).pattern);
defineGetter(patternType, "flags", (v) => patternOf(v).flags);
defineGetter(patternType, "groups", (v) => patternOf(v).groups);
defineGetter(patternType, "groupindex", (v) => new PyMappingProxy(patternOf(v).groupindex));

// ---- Match methods -------------------------------------------------------------------------------

defineMethods(matchType, {
  group(args) {
    const m = matchOf(args[0]);
    if (args.length <= 1) return groupValue(m, 0, None);
    if (args.length === 2) return groupValue(m, groupIndex(m, args[1]), None);
    return makeTuple(args.slice(1).map((g) => groupValue(m, groupIndex(m, g), None)));
  },
  __getitem__(args) {
    const m = matchOf(args[0]);
    return groupValue(m, groupIndex(m, args[1]), None);
  },
  groups(args, kw) {
    const m = matchOf(args[0]);
    const [dflt] = bindArgs("groups", args.slice(1), kw, ["default"], 0);
    const out: PyValue[] = [];
    for (let g = 1; g <= m.pattern.groups; g++) out.push(groupValue(m, g, dflt ?? None));
    return makeTuple(out);
  },
  groupdict(args, kw) {
    const m = matchOf(args[0]);
    const [dflt] = bindArgs("groupdict", args.slice(1), kw, ["default"], 0);
    const d = new PyDict();
    for (const e of m.pattern.groupindex.entries()) {
      d.set(e.key, groupValue(m, groupIndex(m, e.value), dflt ?? None));
    }
    return d;
  },
  start(args) {
    const m = matchOf(args[0]);
    return m.regs[2 * (args.length > 1 ? groupIndex(m, args[1]) : 0)];
  },
  end(args) {
    const m = matchOf(args[0]);
    return m.regs[2 * (args.length > 1 ? groupIndex(m, args[1]) : 0) + 1];
  },
  span(args) {
    const m = matchOf(args[0]);
    const g = args.length > 1 ? groupIndex(m, args[1]) : 0;
    return makeTuple([m.regs[2 * g], m.regs[2 * g + 1]]);
  },
  expand(args, kw) {
    const m = matchOf(args[0]);
    const [template] = bindArgs("expand", args.slice(1), kw, ["template"], 1);
    const re = importModuleByName("re");
    return abs.call(abs.getAttr(re, "_expand"), [m.pattern, m, template!], null);
  },
  __copy__: (args) => args[0],
  __deepcopy__: (args) => args[0],
  __repr__: (args) => reprMatch(matchOf(args[0])),
});
defineClassMethod(matchType, "__class_getitem__", (args) => makeGenericAlias(args[0], args[1]));
defineGetter(matchType, "string", (v) => matchOf(v).subject.original);
defineGetter(matchType, "re", (v) => matchOf(v).pattern);
defineGetter(matchType, "pos", (v) => matchOf(v).pos);
defineGetter(matchType, "endpos", (v) => matchOf(v).endpos);
defineGetter(matchType, "lastindex", (v) => {
  const m = matchOf(v);
  return m.lastindex >= 0 ? m.lastindex : None;
});
defineGetter(matchType, "lastgroup", (v) => {
  const m = matchOf(v);
  if (m.lastindex < 0) return None;
  const name = m.pattern.indexgroup.items[m.lastindex];
  return name === undefined ? None : name;
});
defineGetter(matchType, "regs", (v) => {
  const m = matchOf(v);
  const out: PyValue[] = [];
  for (let g = 0; g <= m.pattern.groups; g++) {
    out.push(makeTuple([m.regs[2 * g], m.regs[2 * g + 1]]));
  }
  return makeTuple(out);
});

// ---- Scanner objects -----------------------------------------------------------------------------

export const scannerType: PyType = new PyType(typeType, "SRE_Scanner", [objectType]);
scannerType.isFinal = true;
scannerType.dict.setStr("__module__", "_sre");

class PyScanner extends PyObject {
  done = false;
  constructor(readonly pattern: PyPattern, readonly subject: Subject, readonly state: State) {
    super(scannerType);
  }
}

function makeScanner(
  p: PyPattern,
  args: PyValue[],
  kw: readonly string[] | null,
  fname: string,
): PyScanner {
  const [string, posArg, endArg] = bindArgs(fname, args, kw, ["string", "pos", "endpos"], 1);
  const sub = checkSubject(p, string!);
  const { pos, end } = window(sub, posArg, endArg);
  return new PyScanner(p, sub, newState(p, sub, pos, end));
}

function scannerStep(sc: PyScanner, mode: "match" | "search"): PyValue {
  if (sc.done) return None;
  const st = sc.state;
  st.reset();
  const ok = mode === "search" ? search(st) : match(st, 0, st.start, true);
  if (!ok) {
    sc.done = true;
    return None;
  }
  const m = newMatch(sc.pattern, sc.subject, st);
  st.mustAdvance = st.ptr === st.start;
  st.start = st.ptr;
  return m;
}

defineMethods(scannerType, {
  match: (args) => scannerStep(args[0] as PyScanner, "match"),
  search: (args) => scannerStep(args[0] as PyScanner, "search"),
});
defineGetter(scannerType, "pattern", (v) => (v as PyScanner).pattern);

// ---- the module ----------------------------------------------------------------------------------

function intArg(v: PyValue, fname: string): number {
  if (typeof v !== "number") {
    throw ops.typeError(`${fname}() argument must be int, not ${abs.typeName(v)}`);
  }
  return v;
}

export function createModule(): PyModule {
  const m = new PyModule("_sre");
  const d = m.dict;
  const def = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    d.setStr(name, new PyBuiltinFunction(name, f, undefined, name, "_sre"));
  d.setStr("MAGIC", MAGIC);
  d.setStr("CODESIZE", 4);
  d.setStr("MAXREPEAT", MAXREPEAT);
  d.setStr("MAXGROUPS", MAXGROUPS);
  d.setStr("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  def("getcodesize", () => 4);
  def("ascii_iscased", (a) => {
    const c = intArg(a[0], "ascii_iscased");
    return c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  });
  def("unicode_iscased", (a) => {
    const c = intArg(a[0], "unicode_iscased");
    return c !== unicodeLower(c) || c !== unicodeUpper(c);
  });
  def("ascii_tolower", (a) => asciiLower(intArg(a[0], "ascii_tolower")));
  def("unicode_tolower", (a) => unicodeLower(intArg(a[0], "unicode_tolower")));
  def("compile", (args, kw) => {
    const [pattern, flags, code, groups, groupindex, indexgroup] = bindArgs("compile", args, kw, [
      "pattern",
      "flags",
      "code",
      "groups",
      "groupindex",
      "indexgroup",
    ], 6);
    const items = abs.iterateToArray(code!);
    const words = new Uint32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const w = abs.asIndex(items[i]);
      if (typeof w === "bigint" || w < 0 || w > 0xffffffff) {
        throw pyError(PyExc_OverflowError, "regular expression code size limit exceeded");
      }
      words[i] = w;
    }
    const isBytes = pattern !== None && typeof pattern !== "string" &&
      bytesOf(pattern!) !== undefined;
    return new PyPattern(
      pattern!,
      intArg(flags!, "compile"),
      words,
      intArg(groups!, "compile"),
      groupindex instanceof PyDict ? groupindex : new PyDict(),
      indexgroup instanceof PyTuple ? indexgroup : makeTuple([]),
      isBytes,
    );
  });
  return m;
}
