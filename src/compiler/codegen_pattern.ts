// `match` statements (CPython 3.11 compile.c, compiler_match and compiler_pattern_*).
//
// While a pattern is tried, the stack holds: the subject (copied per case), then the values
// captured so far (`stores`, bound to names only once the whole pattern matched), then
// `onTop` working items. On failure, a jump goes to the "fail_pop" label for the number of
// items to pop: fail_pop[n] pops one and falls into fail_pop[n-1], ..., fail_pop[0].

import type * as ast from "./ast.ts";
import { CompareOp, Op } from "./opcodes.ts";
import { type Label, type Loc } from "./assemble.ts";
import { constantKey, constantToValue } from "./codegen_const.ts";
import { None, type PyValue } from "../objects/object.ts";
import { makeTuple } from "../objects/tuple.ts";
import type { PySyntaxErrorInfo } from "./syntax_error.ts";
import type { ConstantFolder } from "./codegen_const.ts";

/** What the pattern compiler needs from the code generator. */
export interface PatternContext {
  u: { loc: Loc };
  folder: ConstantFolder;
  emit(op: number, arg?: number): unknown;
  emitJump(op: number, target: Label): unknown;
  newLabel(): Label;
  useLabel(l: Label): void;
  setLoc(n: ast.Located): void;
  loadConst(v: PyValue): void;
  visitExpr(e: ast.expr): void;
  visitStmts(s: ast.stmt[]): void;
  nameOp(name: string, ctx: "Load" | "Store" | "Del"): void;
  jumpIf(e: ast.expr, next: Label, cond: boolean): void;
  error(msg: string): PySyntaxErrorInfo;
  forbiddenName(name: string, ctx: "Load" | "Store" | "Del"): void;
}

interface PatternState {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

function isWildcard(p: ast.pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}
function isStarWildcard(p: ast.pattern): boolean {
  return p._type === "MatchStar" && p.name === null;
}

/** Python repr of a name, for error messages ('x'). */
function reprName(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s}'`;
}

export function compilePattern(c: PatternContext, s: ast.Match): void {
  c.visitExpr(s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1];
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i];
    c.setLoc(m.pattern);
    // Copy the subject unless this is the last case.
    const copySubject = i !== cases - (hasDefault ? 1 : 0) - 1;
    if (copySubject) c.emit(Op.COPY, 1);
    const pc: PatternState = {
      stores: [],
      // Irrefutable cases must be either guarded, last, or both.
      allowIrrefutable: m.guard !== null || i === cases - 1,
      failPop: [],
      onTop: 0,
    };
    pattern(c, m.pattern, pc);
    // A match: bind the captured names (they are on the stack).
    for (const name of pc.stores) c.nameOp(name, "Store");
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      c.jumpIf(m.guard, pc.failPop[0], false);
    }
    if (copySubject) c.emit(Op.POP_TOP);
    c.visitStmts(m.body);
    c.emitJump(Op.JUMP, end);
    // A failed match's cleanup belongs to the pattern's line, not the body's.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` needs no copy of the subject.
    c.setLoc(last.pattern);
    if (cases === 1) c.emit(Op.POP_TOP);
    else c.emit(Op.NOP);
    if (last.guard) c.jumpIf(last.guard, end, false);
    c.visitStmts(last.body);
  }
  c.useLabel(end);
}

function ensureFailPop(c: PatternContext, pc: PatternState, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

/** Jump with `op` to the fail_pop label that pops the working items and captures. */
function jumpToFailPop(c: PatternContext, pc: PatternState, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emitJump(op, pc.failPop[pops]);
}

function emitAndResetFailPop(c: PatternContext, pc: PatternState): void {
  if (pc.failPop.length === 0) return;
  for (let n = pc.failPop.length - 1; n > 0; n--) {
    c.useLabel(pc.failPop[n]);
    c.emit(Op.POP_TOP);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

/** 3.10's ROT_N with SWAPs: move the top item `count - 1` places down. */
function rotate(c: PatternContext, count: number): void {
  while (count > 1) c.emit(Op.SWAP, count--);
}

function storeName(c: PatternContext, name: string | null, pc: PatternState): void {
  if (name === null) {
    c.emit(Op.POP_TOP);
    return;
  }
  c.forbiddenName(name, "Store");
  if (pc.stores.includes(name)) {
    throw c.error(`multiple assignments to name ${reprName(name)} in pattern`);
  }
  // Keep the value below the working items until the whole pattern has matched.
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function pattern(c: PatternContext, p: ast.pattern, pc: PatternState): void {
  c.setLoc(p);
  switch (p._type) {
    case "MatchValue":
      return patternValue(c, p, pc);
    case "MatchSingleton":
      c.loadConst(constantToValue(p.value));
      c.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      return patternSequence(c, p, pc);
    case "MatchMapping":
      return patternMapping(c, p, pc);
    case "MatchClass":
      return patternClass(c, p, pc);
    case "MatchStar":
      return storeName(c, p.name, pc);
    case "MatchAs":
      return patternAs(c, p, pc);
    case "MatchOr":
      return patternOr(c, p, pc);
  }
}

/** A sub-pattern: irrefutability is fine inside a larger pattern. */
function subpattern(c: PatternContext, p: ast.pattern, pc: PatternState): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternValue(c: PatternContext, p: ast.MatchValue, pc: PatternState): void {
  const value = p.value;
  if (value._type !== "Attribute" && c.folder.fold(value) === undefined) {
    throw c.error("patterns may only match literals and attribute lookups");
  }
  c.visitExpr(value);
  c.emit(Op.COMPARE_OP, CompareOp.EQ);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

function patternAs(c: PatternContext, p: ast.MatchAs, pc: PatternState): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) {
        throw c.error(`name capture ${reprName(p.name)} makes remaining patterns unreachable`);
      }
      throw c.error("wildcard makes remaining patterns unreachable");
    }
    return storeName(c, p.name, pc);
  }
  // Keep a copy to store if the sub-pattern matches.
  pc.onTop++;
  c.emit(Op.COPY, 1);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternSequence(c: PatternContext, p: ast.MatchSequence, pc: PatternState): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === "MatchStar") {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  // The subject stays on top during the type and length checks.
  pc.onTop++;
  c.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, CompareOp.EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1) {
    c.emit(Op.GET_LEN);
    c.loadConst(size - 1);
    c.emit(Op.COMPARE_OP, CompareOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    c.emit(Op.POP_TOP);
  } else if (starWildcard) {
    sequenceSubscr(c, patterns, star, pc);
  } else {
    sequenceUnpack(c, patterns, pc);
  }
}

function sequenceUnpack(c: PatternContext, patterns: ast.pattern[], pc: PatternState): void {
  const n = patterns.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (patterns[i]._type === "MatchStar" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 1 << 23) {
        throw c.error("too many expressions in star-unpacking sequence pattern");
      }
      c.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (patterns[i]._type === "MatchStar") {
      throw c.error("multiple starred expressions in sequence pattern");
    }
  }
  if (!seenStar) c.emit(Op.UNPACK_SEQUENCE, n);
  // The unpacked items stay on the stack while each is matched.
  pc.onTop += n;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
}

/** `[a, *_, b]`: index the subject instead of unpacking it. */
function sequenceSubscr(
  c: PatternContext,
  patterns: ast.pattern[],
  star: number,
  pc: PatternState,
): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (isWildcard(q) || i === star) continue;
    c.emit(Op.COPY, 1);
    if (i < star) {
      c.loadConst(i);
    } else {
      // The subject may not support negative indexing.
      c.emit(Op.GET_LEN);
      c.loadConst(size - i);
      c.emit(Op.BINARY_OP, 10 /* SUBTRACT */);
    }
    c.emit(Op.BINARY_SUBSCR);
    subpattern(c, q, pc);
  }
  pc.onTop--;
  c.emit(Op.POP_TOP);
}

function patternMapping(c: PatternContext, p: ast.MatchMapping, pc: PatternState): void {
  const keys = p.keys;
  const size = keys.length;
  const star = p.rest;
  pc.onTop++;
  c.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !star) {
    // `{}`: done; pop the subject.
    pc.onTop--;
    c.emit(Op.POP_TOP);
    return;
  }
  if (size) {
    c.emit(Op.GET_LEN);
    c.loadConst(size);
    c.emit(Op.COMPARE_OP, CompareOp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (const key of keys) {
    const v = key._type === "Attribute" ? undefined : c.folder.fold(key);
    if (v !== undefined) {
      const k = constantKey(v) ?? "";
      if (seen.has(k)) {
        throw c.error(`mapping pattern checks duplicate key (${reprConst(v)})`);
      }
      seen.add(k);
    } else if (key._type !== "Attribute") {
      throw c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    c.visitExpr(key);
  }
  c.emit(Op.BUILD_TUPLE, size);
  c.emit(Op.MATCH_KEYS);
  // [subject, keys, values]
  pc.onTop += 2;
  c.emit(Op.COPY, 1);
  c.loadConst(None);
  c.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const q of p.patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (star) {
    // rest = dict(subject); del rest[key] for each key
    c.emit(Op.BUILD_MAP, 0); // [subject, keys, empty]
    c.emit(Op.SWAP, 3); // [empty, keys, subject]
    c.emit(Op.DICT_UPDATE, 2); // [copy, keys]
    c.emit(Op.UNPACK_SEQUENCE, size); // [copy, keys...]
    for (let n = size; n > 0; n--) {
      c.emit(Op.COPY, 1 + n); // [copy, keys..., copy]
      c.emit(Op.SWAP, 2); // [copy, keys..., copy, key]
      c.emit(Op.DELETE_SUBSCR); // [copy, keys...]
    }
    storeName(c, star, pc);
  } else {
    c.emit(Op.POP_TOP); // keys
    c.emit(Op.POP_TOP); // subject
  }
}

function reprConst(v: PyValue): string {
  if (typeof v === "string") return reprName(v);
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === None) return "None";
  return String(v);
}

function patternClass(c: PatternContext, p: ast.MatchClass, pc: PatternState): void {
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  for (let i = 0; i < nattrs; i++) {
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[i] === p.kwd_attrs[j]) {
        c.setLoc(p.kwd_patterns[j]);
        throw c.error(`attribute name repeated in class pattern: ${p.kwd_attrs[i]}`);
      }
    }
  }
  c.setLoc(p);
  c.visitExpr(p.cls);
  c.loadConst(makeTuple(p.kwd_attrs));
  c.emit(Op.MATCH_CLASS, nargs);
  c.emit(Op.COPY, 1);
  c.loadConst(None);
  c.emit(Op.IS_OP, 1);
  // The attributes tuple (or None) is on top.
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  c.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(q)) {
      c.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function patternOr(c: PatternContext, p: ast.MatchOr, pc: PatternState): void {
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { ...pc, stores: pc.stores };
  // Names bound by the first alternative: the others must bind the same, in its order.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    // An irrefutable alternative must be last, if allowed at all.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.emit(Op.COPY, 1);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error("alternative patterns bind different names");
    } else if (nstores) {
      // Reorder the captured values on the stack to match the control order.
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, icontrol + 1);
        }
      }
    }
    c.emitJump(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the subject copy and fail.
  c.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  // Move each new capture below the other stores, the subject copy and the working items.
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) {
      throw c.error(`multiple assignments to name ${reprName(name)} in pattern`);
    }
    pc.stores.push(name);
  }
  c.emit(Op.POP_TOP); // the subject copy
}
