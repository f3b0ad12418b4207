// The assembler: turns a code unit's instruction list (with symbolic labels, pseudo
// instructions for exception blocks and names still to be given slots) into a PyCode.
// It follows CPython 3.11's Python/compile.c `assemble`:
//   1. flow analysis from the entry over jump, fall-through and exception-handler edges,
//      computing the stack depth at every instruction (co_stacksize) and the stack of active
//      handlers (label_exception_targets), and finding unreachable code, which is dropped;
//   2. line-number propagation to artificial instructions and duplication of the implicit
//      `return None` per predecessor so each copy carries its predecessor's line;
//   3. removal of NOPs that do not carry a line of their own (SETUP_*/POP_BLOCK become NOPs);
//   4. jump resolution to absolute instruction indices and the exception table.

import { Op, stackEffect } from "./opcodes.ts";
import { type ExceptionTableEntry, LocalKind, PyCode } from "../objects/code.ts";
import type { PyValue } from "../objects/object.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { None, PyFloat } from "../objects/object.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyBytes } from "../objects/bytes.ts";

/**
 * Pseudo instructions, resolved here. SETUP_* push an exception handler (their target) for
 * the instructions that follow until the matching POP_BLOCK, as the block stack of older
 * Pythons did; they become exception-table entries and no code.
 */
export const enum Pseudo {
  /** Handler entered with the exception pushed at the current depth. */
  SETUP_FINALLY = 256,
  /** Handler entered with lasti and the exception pushed at the current depth. */
  SETUP_CLEANUP = 257,
  /** Like SETUP_CLEANUP, one below the current depth (the `with` enter result is dropped). */
  SETUP_WITH = 258,
  POP_BLOCK = 259,
}

/** A source span: 1-based lines, 0-based UTF-8 byte columns; lineno -1 when artificial. */
export interface Loc {
  readonly lineno: number;
  readonly end_lineno: number;
  readonly col: number;
  readonly end_col: number;
}
export const NO_LOC: Loc = { lineno: -1, end_lineno: -1, col: -1, end_col: -1 };

/** A jump target; `pos` is the index of the instruction it precedes once placed. */
export class Label {
  pos = -1;
  /** Order of placement (several labels may share a position; the last placed is current). */
  placed = -1;
  /**
   * Creation order of the basic block this label starts, which CPython's passes over
   * `b_list` visit newest first (it decides which copy of a shared exit a jump gets).
   */
  constructor(readonly seq = 0) {}
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  /** For FAST and DEREF/CLOSURE/MAKE_CELL instructions: the variable, given a slot here. */
  name: string | null;
  /** For LOAD_CONST: the constant (so the assembler can fold tuples of them). */
  constValue?: PyValue;
  /** Creation order of the implicit block this instruction starts (after a jump or exit). */
  blockSeq?: number;
  loc: Loc;
}

/** Everything the assembler needs from a compiled unit. */
export interface UnitOutput {
  instrs: Instr[];
  consts: PyValue[];
  /** Adds a constant (deduplicated) and returns its index. */
  addConst: (v: PyValue) => number;
  names: string[];
  /** Parameters first, then other fast locals in order of first use. */
  varnames: string[];
  /** Cell variables (sorted; argument cells included) and free variables (sorted). */
  cellvars: string[];
  freevars: string[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
}

const DEREF_OPS: ReadonlySet<number> = new Set([
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_CLOSURE,
  Op.LOAD_CLASSDEREF,
  Op.MAKE_CELL,
]);
const FAST_OPS: ReadonlySet<number> = new Set([Op.LOAD_FAST, Op.STORE_FAST, Op.DELETE_FAST]);

/** Instructions after which control never falls through. */
export function isTerminator(op: number): boolean {
  return op === Op.JUMP || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS ||
    op === Op.RERAISE;
}

function isSetup(op: number): boolean {
  return op === Pseudo.SETUP_FINALLY || op === Pseudo.SETUP_CLEANUP || op === Pseudo.SETUP_WITH;
}

function effect(ins: Instr, jump: boolean): number {
  switch (ins.op) {
    case Pseudo.SETUP_FINALLY:
      return jump ? 1 : 0;
    case Pseudo.SETUP_CLEANUP:
      return jump ? 2 : 0;
    case Pseudo.SETUP_WITH:
      return jump ? 1 : 0;
    case Pseudo.POP_BLOCK:
      return 0;
  }
  return stackEffect(ins.op, ins.arg, jump);
}

/** An exception handler active over an instruction. */
interface Handler {
  readonly label: Label;
  /** Stack depth to unwind to (excluding lasti). */
  readonly depth: number;
  readonly lasti: boolean;
}

interface Block {
  /** Creation order (see Label.seq). */
  seq: number;
  instrs: Instr[];
  /** Handler per instruction, filled by the flow analysis. */
  handlers: (Handler | null)[];
  labels: Label[];
  next: Block | null;
  preds: number;
  depth: number;
  stack: Handler[] | null;
}

export class AssembleError extends Error {}

/** The instruction list split at labels and after terminators (CPython's basic blocks). */
function buildBlocks(instrs: Instr[], labels: readonly Label[]): {
  entry: Block;
  blockOf: Map<Label, Block>;
} {
  const labelsAt = new Map<number, Label[]>();
  for (const l of labels) {
    if (l.pos < 0) continue;
    const list = labelsAt.get(l.pos);
    if (list) list.push(l);
    else labelsAt.set(l.pos, [l]);
  }
  for (const list of labelsAt.values()) list.sort((a, b) => a.placed - b.placed);
  const blockOf = new Map<Label, Block>();
  const newBlock = (): Block => ({
    seq: 0,
    instrs: [],
    handlers: [],
    labels: [],
    next: null,
    preds: 0,
    depth: -1,
    stack: null,
  });
  const entry = newBlock();
  let cur = entry;
  for (let i = 0; i <= instrs.length; i++) {
    const at = labelsAt.get(i);
    if (at !== undefined && cur.instrs.length > 0) {
      const b = newBlock();
      cur.next = b;
      cur = b;
    }
    if (at !== undefined) {
      for (const l of at) {
        cur.labels.push(l);
        blockOf.set(l, cur);
      }
      cur.seq = at[at.length - 1].seq;
    }
    if (i === instrs.length) break;
    if (cur.instrs.length === 0 && at === undefined && instrs[i].blockSeq !== undefined) {
      cur.seq = instrs[i].blockSeq!;
    }
    cur.instrs.push(instrs[i]);
    // As 3.11's compiler_use_new_implicit_block_if_needed: a jump or exit ends its block.
    const ends = isTerminator(instrs[i].op) ||
      (instrs[i].target !== null && !isSetup(instrs[i].op));
    if (ends && !labelsAt.has(i + 1) && i + 1 < instrs.length) {
      const b = newBlock();
      cur.next = b;
      cur = b;
    }
  }
  return { entry, blockOf };
}

/**
 * Drop the NOPs of a block that no line needs (CPython's clean_basic_block): those without a
 * line, those on the line of the instruction before (`prevLine` at the block start), and
 * those whose next instruction is on the same line or has none (which then takes the NOP's
 * line). A NOP ending the block goes if the next non-empty block starts on its line.
 */
function removeRedundantNops(b: Block, prevLine: number): void {
  const instrs: Instr[] = [];
  const handlers: (Handler | null)[] = [];
  for (let i = 0; i < b.instrs.length; i++) {
    const ins = b.instrs[i];
    const line = ins.loc.lineno;
    if (ins.op === Op.NOP) {
      if (line < 0 || line === prevLine) continue;
      if (i < b.instrs.length - 1) {
        const next = b.instrs[i + 1];
        const nextLine = next.loc.lineno;
        if (nextLine < 0 || nextLine === line) {
          if (nextLine < 0) b.instrs[i + 1] = { ...next, loc: { ...next.loc, lineno: line } };
          continue;
        }
      } else {
        let nb = b.next;
        while (nb && nb.instrs.length === 0) nb = nb.next;
        if (nb && nb.instrs[0].loc.lineno === line) continue;
      }
    }
    instrs.push(ins);
    handlers.push(b.handlers[i] ?? null);
    prevLine = line;
  }
  b.instrs = instrs;
  b.handlers = handlers;
}

/** Blocks in CPython's `b_list` order: most recently created first. */
function newestFirst(blocks: Block[]): Block[] {
  return [...blocks].sort((a, b) => b.seq - a.seq);
}

/** Largest exit block copied into a block that jumps to it. */
const MAX_COPY_SIZE = 4;

/** `LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2` becomes `LOAD_CONST (a, b)` (the loads NOPs). */
function foldConstantTuples(b: Block, addConst: (v: PyValue) => number): void {
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    if (ins.op !== Op.BUILD_TUPLE) continue;
    const n = ins.arg;
    if (n > i) continue;
    let ok = true;
    for (let k = i - n; k < i; k++) if (instrs[k].op !== Op.LOAD_CONST) ok = false;
    if (!ok) continue;
    const items = instrs.slice(i - n, i).map((x) => x.constValue!);
    for (let k = i - n; k < i; k++) instrs[k] = { ...instrs[k], op: Op.NOP, arg: 0 };
    const value = makeTuple(items);
    instrs[i] = { ...ins, op: Op.LOAD_CONST, arg: addConst(value), constValue: value };
  }
}

/** Block `b`, or the first non-empty block after it (empty blocks fall through). */
function nonEmpty(b: Block | null): Block | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}

const NOP_INSTR: Instr = { op: Op.NOP, arg: 0, target: null, name: null, loc: NO_LOC };

/**
 * The peephole rewrites of 3.11's optimize_basic_block that shape the code `dis` shows:
 * `LOAD_CONST None; IS_OP; POP_JUMP_IF_*` to POP_JUMP_IF_[NOT_]NONE, `a, b = b, a` to a SWAP,
 * runs of SWAPs minimized (swaptimize) and applied statically to stores, and jumps to
 * unconditional jumps on the same line threaded through.
 */
function peephole(
  b: Block,
  blockAt: (l: Label) => Block | null,
  labelFor: (b: Block) => Label,
): void {
  const targetOf = (l: Label): Instr | null => {
    const tb = blockAt(l);
    return tb === null ? null : tb.instrs[0];
  };
  const instrs = b.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    const next = i + 1 < instrs.length ? instrs[i + 1] : NOP_INSTR;
    switch (ins.op) {
      case Op.LOAD_CONST: {
        if (next.op === Op.POP_JUMP_IF_FALSE || next.op === Op.POP_JUMP_IF_TRUE) {
          // A constant test: an unconditional jump or nothing (the NOP keeps the line).
          const truth = constantTruth(ins.constValue!);
          if (truth === undefined) break;
          instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
          if (truth === (next.op === Op.POP_JUMP_IF_TRUE)) next.op = Op.JUMP;
          else instrs[i + 1] = { ...next, op: Op.NOP, arg: 0, target: null };
          break;
        }
        if (next.op === Op.JUMP_IF_FALSE_OR_POP || next.op === Op.JUMP_IF_TRUE_OR_POP) {
          // `True and x`: the constant decides; keep it (and jump) or drop both.
          const truth = constantTruth(ins.constValue!);
          if (truth === undefined) break;
          if (truth === (next.op === Op.JUMP_IF_TRUE_OR_POP)) next.op = Op.JUMP;
          else {
            instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
            instrs[i + 1] = { ...next, op: Op.NOP, arg: 0, target: null };
          }
          break;
        }
        if (next.op !== Op.IS_OP || ins.constValue !== None) break;
        const jump = i + 2 < instrs.length ? instrs[i + 2] : NOP_INSTR;
        if (jump.op !== Op.POP_JUMP_IF_FALSE && jump.op !== Op.POP_JUMP_IF_TRUE) break;
        const invert = next.arg ^ (jump.op === Op.POP_JUMP_IF_FALSE ? 1 : 0);
        instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
        instrs[i + 1] = { ...next, op: Op.NOP, arg: 0 };
        jump.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
        break;
      }
      case Op.PUSH_NULL:
        // LOAD_GLOBAL pushes the NULL itself.
        if (next.op === Op.LOAD_GLOBAL && (next.arg & 1) === 0) {
          instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
          instrs[i + 1] = { ...next, arg: next.arg | 1 };
        }
        break;
      case Op.BUILD_TUPLE:
        if (next.op === Op.UNPACK_SEQUENCE && next.arg === ins.arg) {
          if (ins.arg === 1) {
            instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
            instrs[i + 1] = { ...next, op: Op.NOP, arg: 0 };
          } else if (ins.arg === 2 || ins.arg === 3) {
            instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
            instrs[i + 1] = { ...next, op: Op.SWAP };
          }
        }
        break;
      case Op.SWAP:
        if (ins.arg === 1) {
          instrs[i] = { ...ins, op: Op.NOP, arg: 0 };
          break;
        }
        i = swaptimize(instrs, i);
        applyStaticSwaps(instrs, i);
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP: {
        // Thread through unconditional jumps on the same line (bpo-45773: not onto itself).
        for (let guard = 0; guard < 100; guard++) {
          const t = targetOf(ins.target!);
          if (
            t === null || t.op !== Op.JUMP || t.loc.lineno !== ins.loc.lineno ||
            t.target === ins.target
          ) break;
          ins.target = t.target;
        }
        break;
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        // `a and b or c`: a test whose target repeats or decides the test skips ahead.
        for (let guard = 0; guard < 100; guard++) {
          const t = targetOf(ins.target!);
          if (t === null || t.target === null) break;
          const isFalse = ins.op === Op.JUMP_IF_FALSE_OR_POP;
          const same = isFalse ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
          const popSame = isFalse ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
          const opposite = isFalse ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
          const popOpposite = isFalse ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
          if (t.loc.lineno !== ins.loc.lineno || t.target === ins.target) break;
          if (t.op === popSame) {
            ins.op = popSame;
            ins.target = t.target;
          } else if (t.op === Op.JUMP || t.op === same) {
            ins.target = t.target;
          } else if (t.op === opposite || t.op === popOpposite) {
            // The opposite test fails for sure: pop and continue after it (a jump ends its
            // block, so "after it" is the next block).
            const after = blockAt(ins.target!)!.next;
            if (after === null) break;
            ins.op = popSame;
            ins.target = labelFor(after);
            break;
          } else break;
        }
        break;
      }
    }
  }
}

/** Truth value of a constant (undefined for objects whose truth needs Python code). */
function constantTruth(v: PyValue): boolean | undefined {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "string":
      return v.length > 0;
  }
  if (v === None) return false;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  return true; // Ellipsis, code objects
}

/** Replace a run of SWAPs by the fewest SWAPs with the same effect; returns the run's end. */
function swaptimize(instrs: Instr[], start: number): number {
  let len = 0, depth = 0, swaps = 0;
  while (start + len < instrs.length) {
    const op = instrs[start + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[start + len].arg);
      swaps++;
    } else if (op !== Op.NOP) break;
    len++;
  }
  if (swaps < 2) return start + len - 1;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    const ins = instrs[start + i];
    if (ins.op === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[ins.arg - 1];
      stack[ins.arg - 1] = top;
    }
  }
  // Un-shuffle cycle by cycle, writing the swaps from the end of the run backwards.
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instrs[start + current] = { ...instrs[start + current], op: Op.SWAP, arg: j + 1 };
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) {
    instrs[start + current] = { ...instrs[start + current], op: Op.NOP, arg: 0 };
    current--;
  }
  return start + len - 1;
}

function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.POP_TOP;
}

function nextSwappable(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i];
    // Reordering across a line change would be visible to line tracing.
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    return swappable(ins.op) ? i : -1;
  }
  return -1;
}

/** `SWAP 2; POP_TOP; STORE_FAST x` becomes `STORE_FAST x; POP_TOP`: swap the instructions. */
function applyStaticSwaps(instrs: Instr[], i: number): void {
  for (; i >= 0; i--) {
    const swap = instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappable(instrs, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappable(instrs, k, lineno);
      if (k < 0) return;
    }
    instrs[i] = { ...swap, op: Op.NOP, arg: 0 };
    const temp = instrs[j];
    instrs[j] = instrs[k];
    instrs[k] = temp;
  }
}

function lastOf(b: Block): Instr | null {
  return b.instrs.length > 0 ? b.instrs[b.instrs.length - 1] : null;
}

function hasFallthrough(b: Block): boolean {
  const last = lastOf(b);
  return last === null || !isTerminator(last.op);
}

function isExit(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RERAISE || op === Op.RAISE_VARARGS;
}

function isExitWithoutLineno(b: Block): boolean {
  const last = lastOf(b);
  if (last === null || !isExit(last.op)) return false;
  return b.instrs.every((ins) => ins.loc.lineno < 0);
}

export function assemble(u: UnitOutput, labels: readonly Label[]): PyCode {
  const { entry, blockOf } = buildBlocks(u.instrs, labels);
  const labelFor = (b: Block): Label => {
    if (b.labels.length > 0) return b.labels[0];
    const l = new Label();
    b.labels.push(l);
    blockOf.set(l, b);
    return l;
  };
  const target = (ins: Instr): Block => {
    const b = blockOf.get(ins.target!);
    if (b === undefined) throw new AssembleError(`unplaced label in ${u.qualname}`);
    return b;
  };

  // ---- 0. Block-local optimizations of 3.11's optimize_basic_block / extend_block ----------
  for (let b: Block | null = entry; b !== null; b = b.next) {
    foldConstantTuples(b, u.addConst);
    peephole(b, (l) => nonEmpty(blockOf.get(l)!), labelFor);
  }
  // A jump to a small exit block (e.g. the implicit `return None`) gets a copy of it. Later
  // blocks first, so a jump to a jump to an exit is copied through both.
  const layout: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) layout.push(b);
  for (const b of newestFirst(layout)) {
    const last = lastOf(b);
    if (last === null || last.op !== Op.JUMP) continue;
    const t = target(last);
    const tl = lastOf(t);
    // Only blocks without line numbers (like an implicit `return None`) are copied.
    if (
      tl !== null && isExit(tl.op) && t.instrs.length <= MAX_COPY_SIZE &&
      t.instrs.every((x) => x.loc.lineno < 0)
    ) {
      b.instrs[b.instrs.length - 1] = { ...last, op: Op.NOP, target: null };
      for (const ins of t.instrs) b.instrs.push({ ...ins });
    }
  }

  // ---- 1. Flow analysis: stack depth, handlers, reachability -----------------------------
  let maxDepth = 0;
  const work: Block[] = [];
  const reach = (b: Block, depth: number, stack: Handler[]) => {
    if (b.depth === -1) {
      b.depth = depth;
      b.stack = stack;
      work.push(b);
    } else if (b.depth !== depth) {
      throw new AssembleError(
        `inconsistent stack depth (${b.depth} vs ${depth}) in ${u.qualname}`,
      );
    }
  };
  reach(entry, 0, []);
  while (work.length > 0) {
    const b = work.pop()!;
    let depth = b.depth;
    let stack = b.stack!;
    b.handlers = [];
    for (const ins of b.instrs) {
      // SETUP_*/POP_BLOCK (NOPs from now on) belong to no handler (label_exception_targets).
      const pseudo = ins.op >= 256;
      b.handlers.push(!pseudo && stack.length > 0 ? stack[stack.length - 1] : null);
      if (isSetup(ins.op)) {
        const hdepth = depth + effect(ins, true);
        if (hdepth > maxDepth) maxDepth = hdepth;
        reach(target(ins), hdepth, stack);
        const lasti = ins.op !== Pseudo.SETUP_FINALLY;
        stack = [...stack, { label: ins.target!, depth: hdepth - 1 - (lasti ? 1 : 0), lasti }];
      } else if (ins.op === Pseudo.POP_BLOCK) {
        if (stack.length === 0) throw new AssembleError(`POP_BLOCK without block in ${u.qualname}`);
        stack = stack.slice(0, -1);
      } else if (ins.target !== null) {
        const jd = depth + effect(ins, true);
        if (jd > maxDepth) maxDepth = jd;
        reach(target(ins), jd, stack);
      }
      depth += effect(ins, false);
      if (depth < 0) throw new AssembleError(`stack underflow in ${u.qualname}`);
      if (depth > maxDepth) maxDepth = depth;
    }
    if (hasFallthrough(b) && b.next !== null) reach(b.next, depth, stack);
  }

  // Unreachable blocks go; count predecessors of the rest.
  const live: Block[] = [];
  for (let b: Block | null = entry; b !== null; b = b.next) if (b.depth !== -1) live.push(b);
  for (let i = 0; i < live.length; i++) live[i].next = i + 1 < live.length ? live[i + 1] : null;
  const countPreds = () => {
    for (const b of live) b.preds = 0;
    for (const b of live) {
      for (const ins of b.instrs) if (ins.target !== null) target(ins).preds++;
      if (hasFallthrough(b) && b.next) b.next.preds++;
    }
  };
  // NOPs that carry no line of their own go before locations are propagated (the first
  // clean_basic_block of CPython's optimize_cfg, which sees across fall-through edges).
  for (let i = 0; i < live.length; i++) {
    const prev = i > 0 && hasFallthrough(live[i - 1]) ? lastOf(live[i - 1]) : null;
    removeRedundantNops(live[i], prev === null ? -1 : prev.loc.lineno);
  }

  // A jump to the next block is redundant (it stays as a NOP if it carries a line).
  for (let i = 0; i < live.length - 1; i++) {
    const last = lastOf(live[i]);
    if (last === null || last.op !== Op.JUMP) continue;
    if (nonEmpty(target(last)) === nonEmpty(live[i + 1])) {
      live[i].instrs[live[i].instrs.length - 1] = { ...last, op: Op.NOP, target: null };
    }
  }
  countPreds();

  // Trailing constants no instruction uses any more go (index 0, a docstring, always stays).
  let maxConst = 0;
  for (const b of live) {
    for (const ins of b.instrs) {
      if ((ins.op === Op.LOAD_CONST || ins.op === Op.KW_NAMES) && ins.arg > maxConst) {
        maxConst = ins.arg;
      }
    }
  }
  if (maxConst + 1 < u.consts.length) u.consts.length = maxConst + 1;

  // ---- 2. Line numbers ----------------------------------------------------------------------
  let maxSeq = 0;
  for (const b of live) maxSeq = Math.max(maxSeq, b.seq);
  // An implicit `return None` reached by several jumps is copied per jump, each copy taking the
  // jumping instruction's line (CPython's duplicate_exits_without_lineno).
  // (CPython walks blocks newest first: that decides which jump keeps the original.)
  for (const b of newestFirst(live)) {
    const last = lastOf(b);
    if (last === null || last.target === null || isSetup(last.op)) continue;
    const t = target(last);
    if (!isExitWithoutLineno(t) || t.preds <= 1) continue;
    const label = new Label(++maxSeq);
    const copy: Block = {
      seq: label.seq,
      instrs: t.instrs.map((ins) => ({ ...ins })),
      handlers: [...t.handlers],
      labels: [label],
      next: t.next,
      preds: 1,
      depth: t.depth,
      stack: t.stack,
    };
    copy.instrs[0].loc = last.loc;
    blockOf.set(label, copy);
    last.target = label;
    t.preds--;
    t.next = copy;
    live.splice(live.indexOf(t) + 1, 0, copy);
  }
  for (let i = 0; i < live.length; i++) live[i].next = i + 1 < live.length ? live[i + 1] : null;
  for (const b of live) {
    if (hasFallthrough(b) && b.next && b.next.preds === 1 && isExitWithoutLineno(b.next)) {
      const last = lastOf(b);
      if (last) b.next.instrs[0].loc = last.loc;
    }
  }
  // Artificial instructions take the location of the one before them in their block; a
  // block with a single predecessor starts from that predecessor's (propagate_line_numbers).
  for (const b of live) {
    let prev: Loc = NO_LOC;
    for (const ins of b.instrs) {
      if (ins.loc.lineno < 0) ins.loc = prev;
      else prev = ins.loc;
    }
    const last = lastOf(b);
    if (hasFallthrough(b) && b.next && b.next.preds === 1 && b.next.instrs.length > 0) {
      if (b.next.instrs[0].loc.lineno < 0) b.next.instrs[0].loc = prev;
    }
    if (last !== null && last.target !== null && !isSetup(last.op)) {
      const t = target(last);
      if (t.preds === 1 && t.instrs.length > 0 && t.instrs[0].loc.lineno < 0) {
        t.instrs[0].loc = last.loc;
      }
    }
  }
  // Return blocks still without a line take the line of the block before them.
  let lineno = u.firstlineno;
  for (const b of live) {
    const last = lastOf(b);
    if (last === null) continue;
    if (last.loc.lineno < 0) {
      if (last.op === Op.RETURN_VALUE) {
        for (const ins of b.instrs) ins.loc = { ...ins.loc, lineno };
      }
    } else lineno = last.loc.lineno;
  }

  // ---- 3. Pseudo instructions become NOPs; NOPs not needed for a line go ------------------
  for (const b of live) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (ins.op >= 256) b.instrs[i] = { ...ins, op: Op.NOP, arg: 0, target: null };
    }
  }
  for (const b of live) removeRedundantNops(b, -1);

  // ---- 4. Linearize: block offsets, slots, jumps -------------------------------------------
  const startOf = new Map<Block, number>();
  let total = 0;
  for (const b of live) {
    startOf.set(b, total);
    total += b.instrs.length;
  }
  // A label on a block emptied by NOP removal resolves to the next non-empty block.
  const indexOfLabel = (l: Label): number => {
    let b: Block | null = blockOf.get(l)!;
    while (b !== null && b.instrs.length === 0) b = b.next;
    return b === null ? total : startOf.get(b)!;
  };

  const localsplusnames: string[] = [...u.varnames];
  const kinds: number[] = u.varnames.map(() => LocalKind.LOCAL);
  const derefSlot = new Map<string, number>();
  const fastSlot = new Map<string, number>();
  u.varnames.forEach((name, i) => fastSlot.set(name, i));
  for (const name of u.cellvars) {
    const argSlot = fastSlot.get(name);
    if (argSlot !== undefined) {
      kinds[argSlot] |= LocalKind.CELL;
      derefSlot.set(name, argSlot);
    } else {
      derefSlot.set(name, localsplusnames.length);
      localsplusnames.push(name);
      kinds.push(LocalKind.CELL);
    }
  }
  for (const name of u.freevars) {
    derefSlot.set(name, localsplusnames.length);
    localsplusnames.push(name);
    kinds.push(LocalKind.FREE);
  }

  const code = new Int32Array(total * 2);
  const positions = new Int32Array(total * 4);
  const handlerAt: (Handler | null)[] = [];
  let i = 0;
  for (const b of live) {
    for (let k = 0; k < b.instrs.length; k++, i++) {
      const ins = b.instrs[k];
      handlerAt.push(b.handlers[k]);
      let arg = ins.arg;
      if (ins.target !== null) arg = indexOfLabel(ins.target);
      else if (ins.name !== null) {
        const slot = DEREF_OPS.has(ins.op)
          ? derefSlot.get(ins.name)
          : FAST_OPS.has(ins.op)
          ? fastSlot.get(ins.name)
          : undefined;
        if (slot === undefined) {
          throw new AssembleError(`no slot for '${ins.name}' in ${u.qualname}`);
        }
        arg = slot;
      }
      code[2 * i] = ins.op;
      code[2 * i + 1] = arg;
      positions[4 * i] = ins.loc.lineno;
      positions[4 * i + 1] = ins.loc.end_lineno;
      positions[4 * i + 2] = ins.loc.col;
      positions[4 * i + 3] = ins.loc.end_col;
    }
  }

  // ---- 5. Exception table: maximal runs of instructions sharing a handler -----------------
  const table: ExceptionTableEntry[] = [];
  let runStart = 0;
  let run: Handler | null = null;
  for (let j = 0; j <= total; j++) {
    const h = j < total ? handlerAt[j] : null;
    const same = h !== null && run !== null && h.label === run.label && h.depth === run.depth &&
      h.lasti === run.lasti;
    if (same) continue;
    if (run !== null && j > runStart) {
      table.push({
        start: runStart,
        end: j,
        target: indexOfLabel(run.label),
        depth: run.depth,
        lasti: run.lasti,
      });
    }
    runStart = j;
    run = h;
  }

  return new PyCode(
    code,
    u.consts,
    u.names,
    localsplusnames,
    Uint8Array.from(kinds),
    u.argcount,
    u.posonlyargcount,
    u.kwonlyargcount,
    u.flags,
    maxDepth,
    u.name,
    u.qualname,
    u.filename,
    u.firstlineno,
    positions,
    table,
  );
}
