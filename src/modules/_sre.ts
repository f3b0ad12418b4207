// `_sre`: the regular-expression engine under CPython's `re` package (Modules/_sre/). The
// package's Python code (re/_parser.py, re/_compiler.py) turns a pattern into a list of SRE
// opcodes; the matcher in _sre/engine.ts runs that code against a subject. This file has the
// Pattern, Match and Scanner objects and the module's functions (the case-folding helpers the
// compiler calls).
//
// Subjects are arrays of code points (str) or bytes, so positions are Python's indices. Where a
// pattern translates to a JavaScript RegExp (_sre/regexp.ts) it runs as that instead, on the
// str itself (or bytes read as latin-1), its UTF-16 positions mapped to code points.
import { currentThread } from "../runtime/thread_state.ts";
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
import { bytesOf, bytesType, PyByteArray, PyBytes } from "../objects/bytes.ts";
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
  PyGetSetDescriptor,
} from "../objects/builtin_function.ts";
import { PyMappingProxy } from "../objects/type.ts";
import { makeGenericAlias } from "../objects/genericalias.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import { importModuleByName } from "../runtime/import.ts";
import * as ops from "../runtime/ops.ts";
import { processEnv } from "../runtime/permissions.ts";
import {
  asciiLower,
  FLAG_NAMES,
  groupSpan,
  MAGIC,
  match,
  MAXGROUPS,
  MAXREPEAT,
  search,
  State,
  unicodeLower,
  unicodeUpper,
} from "./_sre/engine.ts";
import { translate, type Translation } from "./_sre/regexp.ts";

// ---- subjects ------------------------------------------------------------------------------------

interface Subject {
  text: ArrayLike<number>;
  isBytes: boolean;
  /** The object matched, as given (str, bytes, bytearray, memoryview...). */
  original: PyValue;
  /** A str subject's value. */
  str?: string;
}

let lastString: string | null = null;
let lastCodePoints: Uint32Array | Uint8Array = new Uint32Array(0);
const utf8 = new TextEncoder();

function codePointsOf(s: string): Uint32Array | Uint8Array {
  if (s === lastString) return lastCodePoints;
  lastString = s;
  // An ASCII string's UTF-8 bytes are its code points, and the encoder is native (fast).
  const ascii = utf8.encode(s);
  if (ascii.length === s.length) return lastCodePoints = ascii;
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
  lastCodePoints = n === s.length ? out : out.slice(0, n);
  return lastCodePoints;
}

function subjectOf(v: PyValue): Subject {
  const s = strValue(v);
  if (s !== undefined) return { text: codePointsOf(s), isBytes: false, original: v, str: s };
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

/** The subject's slice [start, end): a str, or bytes for any bytes-like (CPython's getslice). */
function sliceOf(sub: Subject, start: number, end: number): PyValue {
  if (!sub.isBytes) {
    // Without astral characters code point indices are UTF-16 indices.
    const s = sub.str!;
    if (sub.text.length === s.length) return s.slice(start, end);
    return fromCodePoints(sub.text, start, end);
  }
  const o = sub.original;
  if (o instanceof PyBytes && typeOf(o) === bytesType && start === 0 && end === o.bytes.length) {
    return o;
  }
  return new PyBytes((sub.text as Uint8Array).slice(start, end));
}

// ---- Pattern objects -----------------------------------------------------------------------------

export const patternType: PyType = new PyType(typeType, "Pattern", [objectType]);
patternType.isFinal = true;
patternType.dict.setStr("__module__", "re");

class PyPattern extends PyObject {
  /** The pattern as a RegExp: undefined until first used, null where it has none. */
  js: Translation | null | undefined = undefined;
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
  let pos = posArg === undefined ? 0 : ssizeArg(posArg);
  let end = endArg === undefined ? n : ssizeArg(endArg);
  if (pos < 0) pos = 0;
  else if (pos > n) pos = n;
  if (end < 0) end = 0;
  else if (end > n) end = n;
  return { pos, end };
}

// ---- finding matches -----------------------------------------------------------------------------

let regexpOn: boolean | undefined;

/**
 * The pattern's RegExp, if it has one (COIL_SRE_REGEXP=0 turns them off: tests compare). A run
 * under a host's limits uses the engine, which checks them: V8 cannot interrupt a RegExp.
 */
function regexpOf(p: PyPattern): Translation | null {
  if (currentThread.limits !== null) return null;
  if (p.js === undefined) {
    regexpOn ??= processEnv("COIL_SRE_REGEXP") !== "0";
    p.js = regexpOn ? translate(p.code, p.groups) : null;
  }
  return p.js;
}

/** A str subject with astral characters: UTF-16 index <-> code point index. */
interface Astral {
  s: string;
  /** The UTF-16 index of each code point index (and of the end). */
  to16: Int32Array;
  /** The code point index of each UTF-16 index (and of the end). */
  toCp: Int32Array;
}

let lastAstral: Astral | null = null;

function astralOf(s: string, text: ArrayLike<number>): Astral {
  if (lastAstral?.s === s) return lastAstral;
  const to16 = new Int32Array(text.length + 1), toCp = new Int32Array(s.length + 1);
  let u = 0;
  for (let i = 0; i < text.length; i++) {
    to16[i] = u;
    toCp[u++] = i;
    if (text[i] > 0xffff) toCp[u++] = i + 1;
  }
  to16[text.length] = u;
  toCp[u] = text.length;
  return lastAstral = { s, to16, toCp };
}

let lastBytes: Uint8Array | null = null, lastLatin1 = "";

/** Bytes as a string of the same length, each byte a character (latin-1). */
function latin1(b: Uint8Array): string {
  if (b === lastBytes) return lastLatin1;
  let s = "";
  for (let i = 0; i < b.length; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  }
  lastBytes = b;
  return lastLatin1 = s;
}

/**
 * Successive matches in one subject's window [pos, end), each starting where the last ended
 * (CPython's state plus its must_advance rule): by the pattern's RegExp where it has one and
 * the subject allows, else by the engine.
 */
class Finder {
  js: Translation | null = null;
  /** The subject as the RegExp sees it, cut at end. */
  jsText = "";
  astral: Astral | null = null;
  st: State | null = null;
  start: number;
  /** The last match was empty: the next may not be empty where it starts. */
  mustAdvance = false;
  /** The last match's span. */
  mstart = 0;
  mend = 0;
  /** Its groups: exec's result when the RegExp found it, else the engine's spans. */
  private jsMatch: RegExpExecArray | null = null;
  private sreRegs: Int32Array | null = null;
  private sreLastindex = -1;
  private mode = "search";
  /** The last match's Match object, once group() made it (bytes subjects). */
  private matchObject: PyMatch | null = null;
  readonly end: number;

  constructor(readonly p: PyPattern, readonly sub: Subject, readonly pos: number, end: number) {
    this.start = pos;
    this.end = Math.max(pos, end);
    const js = regexpOf(p);
    // SRE's \b and \B never match where endpos is 0.
    if (js === null || (js.hasBoundary && this.end === 0)) return;
    const o = sub.original;
    if (sub.str !== undefined) {
      let s = sub.str;
      if (sub.text.length !== s.length) {
        this.astral = astralOf(s, sub.text);
        s = s.slice(0, this.astral.to16[this.end]);
      } else if (this.end < s.length) s = s.slice(0, this.end);
      this.jsText = s;
    } else if (o instanceof PyBytes) {
      // Immutable bytes only: a mutable buffer may change between matches.
      this.jsText = latin1(o.bytes).slice(0, this.end);
    } else return;
    this.js = js;
  }

  /** The next match (mode "search"), or one exactly at start; false when there is none. */
  find(mode: "search" | "match" | "fullmatch"): boolean {
    let ok = false;
    this.matchObject = null;
    if (this.js !== null) {
      try {
        ok = this.findJs(this.js, mode);
      } catch (e) {
        // V8 gives up on a RegExp whose backtracking outgrows its stack, or that compiles too
        // big (SyntaxError at first use): the engine does neither.
        if (!(e instanceof RangeError) && !(e instanceof SyntaxError)) throw e;
        this.js = null;
      }
    }
    if (this.js === null) ok = this.findSre(mode, this.start, this.mustAdvance);
    if (ok) {
      this.mustAdvance = this.mend === this.mstart;
      this.start = this.mend;
    }
    return ok;
  }

  private findSre(mode: string, from: number, mustAdvance: boolean): boolean {
    const st = this.st ??= new State(this.sub.text, this.pos, this.end, this.p.code);
    st.reset();
    st.start = from;
    st.mustAdvance = mustAdvance;
    st.matchAll = mode === "fullmatch";
    if (!(mode === "search" ? search(st) : match(st, 0, from, true))) return false;
    const groups = this.p.groups;
    const regs = new Int32Array(2 * (groups + 1)).fill(-1);
    regs[0] = this.mstart = st.start;
    regs[1] = this.mend = st.ptr;
    for (let g = 1; g <= groups; g++) {
      const span = groupSpan(st, g - 1);
      if (span !== null) {
        regs[2 * g] = span[0];
        regs[2 * g + 1] = span[1];
      }
    }
    this.sreRegs = regs;
    this.sreLastindex = st.lastindex;
    this.jsMatch = null;
    return true;
  }

  private findJs(js: Translation, mode: "search" | "match" | "fullmatch"): boolean {
    let from = this.start;
    if (this.mustAdvance && js.canBeEmpty) {
      // must_advance forbids an empty match only where the search starts: the engine tries
      // there, then the RegExp searches on from the next character.
      if (mode !== "search") return this.findSre(mode, from, true);
      if (this.findSre("match", from, true)) return true;
      if (from >= this.end) return false;
      from++;
    }
    const re = mode === "match" ? js.match : mode === "fullmatch" ? js.fullmatch : js.search;
    this.mode = mode;
    const a = this.astral;
    re.lastIndex = a === null ? from : a.to16[from];
    const m = re.exec(this.jsText);
    if (m === null) return false;
    this.jsMatch = m;
    const e = m.index + m[0].length;
    this.mstart = a === null ? m.index : a.toCp[m.index];
    this.mend = a === null ? e : a.toCp[e];
    return true;
  }

  /** The last match's group 0 (str subjects: exec's string, no slicing). */
  group0(): PyValue {
    const m = this.jsMatch;
    return m !== null && !this.sub.isBytes ? m[0] : sliceOf(this.sub, this.mstart, this.mend);
  }

  /** The last match as a Match object. */
  newMatch(): PyMatch {
    const m = this.jsMatch, p = this.p, groups = p.groups;
    if (m === null) {
      return new PyMatch(p, this.sub, this.sreRegs!, this.pos, this.end, this.sreLastindex);
    }
    if (groups === 0) {
      return new PyMatch(
        p,
        this.sub,
        Int32Array.of(this.mstart, this.mend),
        this.pos,
        this.end,
        -1,
      );
    }
    // With one group set at most, lastindex is that group; else it needs the spans.
    let last = -1;
    for (let g = 1; g <= groups; g++) {
      if (m[g] === undefined) continue;
      last = last < 0 ? g : UNKNOWN;
      if (last === UNKNOWN) break;
    }
    const js = this.js!;
    return new PyMatch(p, this.sub, null, this.pos, this.end, last, {
      m,
      spans: this.mode === "fullmatch" ? js.fullmatchSpans : js.matchSpans,
      text: this.jsText,
      astral: this.astral,
      closeOrder: js.closeOrder,
    });
  }

  /** Group g (g >= 1) of the last match, or `dflt` (findall's and split's). */
  group(g: number, dflt: PyValue): PyValue {
    const m = this.jsMatch;
    if (m !== null && !this.sub.isBytes) return m[g] ?? dflt;
    if (this.matchObject === null) this.matchObject = this.newMatch();
    return groupValue(this.matchObject, g, dflt);
  }
}

// ---- Match objects -------------------------------------------------------------------------------

export const matchType: PyType = new PyType(typeType, "Match", [objectType]);
matchType.isFinal = true;
matchType.dict.setStr("__module__", "re");

/** What a RegExp found: a Match's groups, and where to find their spans when asked for. */
interface JsFound {
  m: RegExpExecArray;
  /** The RegExp that found it, with group indices (`d`), to run again at m.index. */
  spans: RegExp;
  text: string;
  astral: Astral | null;
  closeOrder: Int32Array;
}

/** A Match's lastindex not yet known (it needs the spans). */
const UNKNOWN = -2;

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    /** Start and end of each group, group 0 first; -1 for a group that did not match. */
    private spans: Int32Array | null,
    readonly pos: number,
    readonly endpos: number,
    private last: number,
    readonly found: JsFound | null = null,
  ) {
    super(matchType);
  }

  get regs(): Int32Array {
    if (this.spans === null) this.findSpans();
    return this.spans!;
  }

  get lastindex(): number {
    if (this.last === UNKNOWN) this.findSpans();
    return this.last;
  }

  private findSpans(): void {
    const f = this.found!, a = f.astral;
    f.spans.lastIndex = f.m.index;
    const d = f.spans.exec(f.text)!;
    const groups = this.pattern.groups;
    const regs = this.spans = new Int32Array(2 * (groups + 1));
    // SRE's lastindex is the group whose closing mark ran last: the latest-ending one, and of
    // those, the one that closes last in the code (no group is inside a lookaround).
    let last = -1;
    for (let g = 0; g <= groups; g++) {
      const span = d.indices![g];
      if (span === undefined) {
        regs[2 * g] = regs[2 * g + 1] = -1;
        continue;
      }
      regs[2 * g] = a === null ? span[0] : a.toCp[span[0]];
      const e = regs[2 * g + 1] = a === null ? span[1] : a.toCp[span[1]];
      if (
        g > 0 && (last < 0 || e > regs[2 * last + 1] ||
          (e === regs[2 * last + 1] && f.closeOrder[g] > f.closeOrder[last]))
      ) last = g;
    }
    if (this.last === UNKNOWN) this.last = last;
  }
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
  // A str's groups as the RegExp found them: no spans needed.
  if (m.found !== null && !m.subject.isBytes) return m.found.m[i] ?? dflt;
  const s = m.regs[2 * i], e = m.regs[2 * i + 1];
  if (s < 0 || e < 0) return dflt;
  const o = m.subject.original;
  if (m.subject.isBytes && !(o instanceof PyBytes)) {
    // A mutable buffer is read as it is now, the span clamped to its size (as CPython does).
    const now = bytesOf(o)!;
    return new PyBytes(now.slice(Math.min(s, now.length), Math.min(e, now.length)));
  }
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
  if (end < pos) return None;
  const f = new Finder(p, sub, pos, end);
  return f.find(mode) ? f.newMatch() : None;
}

/** The pieces of sub() joined: a str, or bytes for any bytes-like subject (CPython's join_list). */
function joinPieces(p: PyPattern, pieces: PyValue[]): PyValue {
  if (!p.isBytes) {
    let s = "";
    for (const x of pieces) {
      const v = strValue(x);
      if (v === undefined) {
        throw ops.typeError(
          `sequence item ${pieces.indexOf(x)}: expected str instance, ${abs.typeName(x)} found`,
        );
      }
      s += v;
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
  return new PyBytes(out);
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
  const count = countArg === undefined ? 0 : ssizeArg(countArg);
  const f = new Finder(p, sub, 0, sub.text.length);
  const pieces: PyValue[] = [];
  let n = 0, last = 0;
  while (count === 0 || n < count) {
    if (!f.find("search")) break;
    const b = f.mstart, e = f.mend;
    if (last < b) pieces.push(sliceOf(sub, last, b));
    if (callable) {
      const item = abs.call(filter, [f.newMatch()], null);
      if (item !== None) pieces.push(item);
    } else pieces.push(filter);
    last = e;
    n++;
  }
  if (last < sub.text.length) pieces.push(sliceOf(sub, last, sub.text.length));
  const joined = joinPieces(p, pieces);
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
    const f = new Finder(p, sub, pos, end);
    const out: PyValue[] = [];
    const empty = sliceOf(sub, 0, 0);
    while (f.start <= f.end) {
      if (!f.find("search")) break;
      if (p.groups === 0) out.push(f.group0());
      else if (p.groups === 1) out.push(f.group(1, empty));
      else {
        const items: PyValue[] = [];
        for (let g = 1; g <= p.groups; g++) items.push(f.group(g, empty));
        out.push(makeTuple(items));
      }
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
    const maxsplit = maxArg === undefined ? 0 : ssizeArg(maxArg);
    const f = new Finder(p, sub, 0, sub.text.length);
    const out: PyValue[] = [];
    let n = 0, last = 0;
    while (maxsplit === 0 || n < maxsplit) {
      if (!f.find("search")) break;
      out.push(sliceOf(sub, last, f.mstart));
      for (let g = 1; g <= p.groups; g++) out.push(f.group(g, None));
      n++;
      last = f.mend;
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
// Patterns can be weakly referenced (CPython's tp_weaklistoffset).
patternType.dict.setStr(
  "__weakref__",
  new PyGetSetDescriptor("__weakref__", patternType, () => None, null),
);
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
  constructor(readonly pattern: PyPattern, readonly subject: Subject, readonly finder: Finder) {
    super(scannerType);
  }
}

// A scanner holds its bytearray's buffer, as CPython's does until it is freed, so the bytearray
// cannot be resized under it (BufferError). Without refcounts the buffer is released when the
// scanner is exhausted, or when the garbage collector frees it.
const scannerBuffers = new FinalizationRegistry<PyByteArray>((ba) => ba.exports--);

function releaseBuffer(sc: PyScanner): void {
  const o = sc.subject.original;
  if (o instanceof PyByteArray) {
    o.exports--;
    scannerBuffers.unregister(sc);
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
  const sc = new PyScanner(p, sub, new Finder(p, sub, pos, end));
  if (sub.original instanceof PyByteArray) {
    sub.original.exports++;
    scannerBuffers.register(sc, sub.original, sc);
  }
  return sc;
}

function scannerStep(sc: PyScanner, mode: "match" | "search"): PyValue {
  if (sc.done) return None;
  const f = sc.finder;
  if (!f.find(mode)) {
    sc.done = true;
    releaseBuffer(sc);
    return None;
  }
  return f.newMatch();
}

defineMethods(scannerType, {
  match: (args) => scannerStep(args[0] as PyScanner, "match"),
  search: (args) => scannerStep(args[0] as PyScanner, "search"),
});
defineGetter(scannerType, "pattern", (v) => (v as PyScanner).pattern);

// ---- the module ----------------------------------------------------------------------------------

/** An argument Argument Clinic converts as C `int`: __index__, OverflowError if too big. */
function intArg(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(
      PyExc_OverflowError,
      `Python int too ${n > 0 ? "large" : "small"} to convert to C int`,
    );
  }
  return n;
}

/** A Py_ssize_t argument (pos, endpos, count, maxsplit): OverflowError past 64 bits. */
function ssizeArg(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n !== "bigint") return n;
  if (n >= 2n ** 63n || n < -(2n ** 63n)) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  // Beyond any subject's length: clamped as such anyway.
  return n > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
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
    const c = intArg(a[0]);
    return c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  });
  def("unicode_iscased", (a) => {
    const c = intArg(a[0]);
    return c !== unicodeLower(c) || c !== unicodeUpper(c);
  });
  def("ascii_tolower", (a) => asciiLower(intArg(a[0])));
  def("unicode_tolower", (a) => unicodeLower(intArg(a[0])));
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
      intArg(flags!),
      words,
      intArg(groups!),
      groupindex instanceof PyDict ? groupindex : new PyDict(),
      indexgroup instanceof PyTuple ? indexgroup : makeTuple([]),
      isBytes,
    );
  });
  return m;
}
