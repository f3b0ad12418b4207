// The code generator: AST + symbol table -> one PyCode per scope, shaped like the code CPython
// 3.11's Python/compile.c emits (same instruction sequences, same line/column positions, same
// co_* attributes), so `dis` output reads alike and line numbers, tracebacks and frame
// introspection behave the same. Statements and expressions are here; `match` patterns are in
// codegen_pattern.ts; constants and folding in codegen_const.ts; assembly in assemble.ts.

import type * as ast from "./ast.ts";
import { BinaryOp, CompareOp, MakeFunctionFlag, Op } from "./opcodes.ts";
import {
  DEF_FREE_CLASS,
  DEF_IMPORT,
  mangle,
  Scope,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.ts";
import { assemble, type Instr, isTerminator, Label, type Loc, NO_LOC, Pseudo } from "./assemble.ts";
import { ConstantFolder, constantKey } from "./codegen_const.ts";
import { PySyntaxErrorInfo } from "./syntax_error.ts";
import { CodeFlag, type PyCode } from "../objects/code.ts";
import { None, type PyValue } from "../objects/object.ts";
import { makeTuple } from "../objects/tuple.ts";
import { makeFrozenSet } from "../objects/set.ts";
import { compilePattern, type PatternContext } from "./codegen_pattern.ts";

/** co_flags bit of `from __future__ import annotations` (CO_FUTURE_ANNOTATIONS). */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** Beyond this many stack items, displays and calls are built incrementally (as CPython). */
const STACK_USE_GUIDELINE = 30;

export const enum ScopeType {
  MODULE,
  CLASS,
  FUNCTION,
  ASYNC_FUNCTION,
  LAMBDA,
  COMPREHENSION,
}

const enum FBlockType {
  WHILE_LOOP,
  FOR_LOOP,
  TRY_EXCEPT,
  FINALLY_TRY,
  FINALLY_END,
  WITH,
  ASYNC_WITH,
  HANDLER_CLEANUP,
  POP_VALUE,
  EXCEPTION_HANDLER,
  EXCEPTION_GROUP_HANDLER,
  ASYNC_COMPREHENSION_GENERATOR,
}

/** A "frame block": what must be undone when `return`/`break`/`continue` leaves it. */
interface FBlock {
  type: FBlockType;
  /** Loop start (the `continue` target). */
  block: Label | null;
  /** Loop end (the `break` target). */
  exit: Label | null;
  /** FINALLY_TRY: the finally body; WITH: the statement; HANDLER_CLEANUP: the bound name. */
  datum: ast.stmt[] | ast.stmt | string | null;
}

type NameCtx = "Load" | "Store" | "Del";

const BINOPS: Record<ast.operator, BinaryOp> = {
  Add: BinaryOp.ADD,
  Sub: BinaryOp.SUBTRACT,
  Mult: BinaryOp.MULTIPLY,
  MatMult: BinaryOp.MATRIX_MULTIPLY,
  Div: BinaryOp.TRUE_DIVIDE,
  Mod: BinaryOp.REMAINDER,
  Pow: BinaryOp.POWER,
  LShift: BinaryOp.LSHIFT,
  RShift: BinaryOp.RSHIFT,
  BitOr: BinaryOp.OR,
  BitXor: BinaryOp.XOR,
  BitAnd: BinaryOp.AND,
  FloorDiv: BinaryOp.FLOOR_DIVIDE,
};
const INPLACE: Record<ast.operator, BinaryOp> = {
  Add: BinaryOp.INPLACE_ADD,
  Sub: BinaryOp.INPLACE_SUBTRACT,
  Mult: BinaryOp.INPLACE_MULTIPLY,
  MatMult: BinaryOp.INPLACE_MATRIX_MULTIPLY,
  Div: BinaryOp.INPLACE_TRUE_DIVIDE,
  Mod: BinaryOp.INPLACE_REMAINDER,
  Pow: BinaryOp.INPLACE_POWER,
  LShift: BinaryOp.INPLACE_LSHIFT,
  RShift: BinaryOp.INPLACE_RSHIFT,
  BitOr: BinaryOp.INPLACE_OR,
  BitXor: BinaryOp.INPLACE_XOR,
  BitAnd: BinaryOp.INPLACE_AND,
  FloorDiv: BinaryOp.INPLACE_FLOOR_DIVIDE,
};

const INVERSE_CMP: Partial<Record<ast.cmpop, ast.cmpop>> = {
  In: "NotIn",
  NotIn: "In",
  Is: "IsNot",
  IsNot: "Is",
};

function locOf(n: ast.Located): Loc {
  return {
    lineno: n.lineno,
    end_lineno: n.end_lineno,
    col: n.col_offset,
    end_col: n.end_col_offset,
  };
}

/** The code being generated for one scope (CPython's compiler_unit). */
export class Unit {
  readonly instrs: Instr[] = [];
  readonly labels: Label[] = [];
  readonly consts: PyValue[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIndex = new Set<string>();
  readonly cellvars: string[];
  readonly freevars: string[];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  /** Counters for block creation and label placement order (see Label). */
  blockSeq = 0;
  placements = 0;
  lastLabelPos = -1;
  loc: Loc;
  qualname: string;
  privateName: string | null;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
    privateName: string | null,
  ) {
    this.qualname = name;
    this.privateName = privateName;
    this.loc = { lineno: firstlineno, end_lineno: firstlineno, col: 0, end_col: 0 };
    for (const p of ste.varnames) this.addVarname(p);
    const cells: string[] = [];
    const frees: string[] = [];
    for (const [name, flags] of ste.symbols) {
      const scope = ste.scopeOf(name);
      if (scope === Scope.CELL) cells.push(name);
      if (scope === Scope.FREE || flags & DEF_FREE_CLASS) frees.push(name);
    }
    if (ste.needsClassClosure) cells.push("__class__");
    const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    this.cellvars = cells.sort(byCodeUnit);
    this.freevars = frees.sort(byCodeUnit);
  }

  addConst(v: PyValue): number {
    const key = constantKey(v);
    if (key !== null) {
      const i = this.constIndex.get(key);
      if (i !== undefined) return i;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    const i = this.nameIndex.get(name);
    if (i !== undefined) return i;
    this.nameIndex.set(name, this.names.length);
    this.names.push(name);
    return this.names.length - 1;
  }

  addVarname(name: string): void {
    if (!this.varIndex.has(name)) {
      this.varIndex.add(name);
      this.varnames.push(name);
    }
  }
}

export interface CompilerOptions {
  filename: string;
  /** The source line `lineno` (for SyntaxError.text), "" if unknown. */
  lineText: (lineno: number) => string;
  /** co_flags bits inherited by every code object (future features). */
  futureFlags: number;
  /** Line of the last leading `from __future__ import`. */
  futureLineno: number;
  interactive: boolean;
}

export class Compiler implements PatternContext {
  u!: Unit;
  private readonly stack: Unit[] = [];
  readonly folder = new ConstantFolder();

  constructor(readonly st: SymbolTable, readonly opts: CompilerOptions) {}

  // ---- Errors -------------------------------------------------------------------------------

  error(msg: string, at: Loc = this.u.loc): PySyntaxErrorInfo {
    return new PySyntaxErrorInfo(
      "SyntaxError",
      msg,
      this.opts.filename,
      at.lineno,
      at.col + 1,
      this.opts.lineText(at.lineno),
      at.end_lineno,
      at.end_col + 1,
    );
  }

  // ---- Emission -----------------------------------------------------------------------------

  emit(op: number, arg = 0): Instr {
    const ins: Instr = { op, arg, target: null, name: null, loc: this.u.loc };
    const instrs = this.u.instrs;
    const prev = instrs[instrs.length - 1];
    // After a jump or exit, CPython starts a new (implicit) block; record its creation order.
    if (prev && (prev.target !== null && prev.op < 256 || isTerminator(prev.op))) {
      if (this.u.lastLabelPos !== instrs.length) ins.blockSeq = ++this.u.blockSeq;
    }
    instrs.push(ins);
    return ins;
  }

  /** An artificial instruction: no line, whatever the current one (ADDOP_NOLINE). */
  emitNoLine(op: number, arg = 0): Instr {
    const ins = this.emit(op, arg);
    ins.loc = { ...ins.loc, lineno: -1 };
    return ins;
  }

  emitJump(op: number, target: Label): Instr {
    const ins = this.emit(op, 0);
    ins.target = target;
    return ins;
  }

  emitJumpNoLine(op: number, target: Label): Instr {
    const ins = this.emitJump(op, target);
    ins.loc = { ...ins.loc, lineno: -1 };
    return ins;
  }

  /** An instruction whose slot is given to the variable `name` at assembly. */
  emitVar(op: number, name: string): void {
    this.emit(op).name = name;
  }

  loadConst(v: PyValue): void {
    this.emit(Op.LOAD_CONST, this.u.addConst(v)).constValue = v;
  }

  emitName(op: number, name: string): void {
    this.emit(op, this.u.addName(mangle(this.u.privateName, name)));
  }

  newLabel(): Label {
    const l = new Label(++this.u.blockSeq);
    this.u.labels.push(l);
    return l;
  }

  useLabel(l: Label): void {
    l.pos = this.u.lastLabelPos = this.u.instrs.length;
    l.placed = ++this.u.placements;
  }

  /** Start a new basic block (after return/raise, code is unreachable until a label). */
  nextBlock(): void {
    this.useLabel(this.newLabel());
  }

  /**
   * For `a.b` spanning lines, the instruction that loads `b` starts at `b` on the last line,
   * so tracebacks point at the attribute (update_start_location_to_match_attr).
   */
  private matchAttrStart(attr: ast.Attribute): void {
    const loc = this.u.loc;
    if (loc.lineno === attr.end_lineno) return;
    const len = Array.from(attr.attr).length;
    let col = loc.col, endCol = loc.end_col;
    if (len <= attr.end_col_offset) col = attr.end_col_offset - len;
    else col = endCol = -1;
    const endLine = Math.max(attr.end_lineno, loc.end_lineno);
    if (attr.end_lineno === endLine) endCol = Math.max(col, endCol);
    this.u.loc = { lineno: attr.end_lineno, end_lineno: endLine, col, end_col: endCol };
  }

  setLoc(n: ast.Located): void {
    this.u.loc = locOf(n);
  }

  /**
   * Following instructions are artificial: they take their line from their neighbours. Only
   * the line is cleared, as CPython's UNSET_LOC does (the columns can survive when a line is
   * later given back).
   */
  unsetLoc(): void {
    this.u.loc = { ...this.u.loc, lineno: -1 };
  }

  // ---- Scopes -------------------------------------------------------------------------------

  enterScope(name: string, scopeType: ScopeType, node: object, lineno: number): void {
    const ste = this.st.entry(node);
    const privateName = this.u ? this.u.privateName : null;
    const u = new Unit(ste, name, scopeType, lineno, privateName);
    if (this.u) this.stack.push(this.u);
    this.u = u;
    if (scopeType === ScopeType.MODULE) {
      u.loc = { lineno: 0, end_lineno: 1, col: 0, end_col: 0 };
    } else {
      this.setQualname();
    }
    // Prefix: closure cells copied in, cells made, generator created (insert_prefix_instructions).
    if (u.freevars.length > 0) this.emit(Op.COPY_FREE_VARS, u.freevars.length).loc = NO_LOC;
    const cellsInSlotOrder = [
      ...u.cellvars.filter((n) => ste.varnames.includes(n)).sort((a, b) =>
        ste.varnames.indexOf(a) - ste.varnames.indexOf(b)
      ),
      ...u.cellvars.filter((n) => !ste.varnames.includes(n)),
    ];
    for (const c of cellsInSlotOrder) {
      const ins = this.emit(Op.MAKE_CELL);
      ins.name = c;
      ins.loc = NO_LOC;
    }
    if (ste.generator || ste.coroutine) {
      if (ste.type === "function") {
        const loc = { lineno: lineno, end_lineno: lineno, col: -1, end_col: -1 };
        this.emit(Op.RETURN_GENERATOR).loc = loc;
        this.emit(Op.POP_TOP).loc = loc;
      }
    }
    this.emit(Op.RESUME, 0);
    if (scopeType === ScopeType.MODULE) u.loc = NO_LOC;
  }

  private setQualname(): void {
    const u = this.u;
    const parent = this.stack.length > 1 ? this.stack[this.stack.length - 1] : null;
    let base: string | null = null;
    if (parent !== null) {
      let forceGlobal = false;
      if (
        u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION ||
        u.scopeType === ScopeType.CLASS
      ) {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.scopeOf(mangled) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (
          parent.scopeType === ScopeType.FUNCTION ||
          parent.scopeType === ScopeType.ASYNC_FUNCTION ||
          parent.scopeType === ScopeType.LAMBDA
        ) {
          base = parent.qualname + ".<locals>";
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? base + "." + u.name : u.name;
  }

  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.type === "function") {
      flags |= CodeFlag.NEWLOCALS | CodeFlag.OPTIMIZED;
      if (ste.nested) flags |= CodeFlag.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CodeFlag.GENERATOR;
      if (!ste.generator && ste.coroutine) flags |= CodeFlag.COROUTINE;
      if (ste.generator && ste.coroutine) flags |= CodeFlag.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CodeFlag.VARARGS;
      if (ste.varkeywords) flags |= CodeFlag.VARKEYWORDS;
    }
    return flags | this.opts.futureFlags;
  }

  /** Finish the current unit: implicit return, assembly; returns to the enclosing unit. */
  exitScope(addNone: boolean): PyCode {
    const u = this.u;
    const last = u.instrs[u.instrs.length - 1];
    // Every path that falls off the end returns None.
    if (!last || last.op !== Op.RETURN_VALUE || this.labelAtEnd()) {
      this.unsetLoc();
      if (addNone) this.loadConst(None);
      this.emit(Op.RETURN_VALUE);
    }
    const code = assemble({
      instrs: u.instrs,
      consts: u.consts,
      addConst: (v) => u.addConst(v),
      names: u.names,
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags: this.codeFlags(),
      name: u.name,
      qualname: u.qualname,
      filename: this.opts.filename,
      firstlineno: u.firstlineno,
    }, u.labels);
    this.u = this.stack.pop()!;
    return code;
  }

  private labelAtEnd(): boolean {
    return this.u.lastLabelPos === this.u.instrs.length;
  }

  // ---- Modules ------------------------------------------------------------------------------

  compileModule(mod: ast.mod): PyCode {
    this.enterScope("<module>", ScopeType.MODULE, mod, 1);
    let addNone = true;
    switch (mod._type) {
      case "Module":
        this.body(mod.body);
        break;
      case "Interactive":
        if (findAnnotations(mod.body)) this.emit(Op.SETUP_ANNOTATIONS);
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        addNone = false;
        break;
      case "FunctionType":
        throw this.error("compiling a FunctionType AST is not supported");
    }
    return this.exitScope(addNone);
  }

  /** Module and class bodies: annotations dict, docstring into __doc__, statements. */
  private body(stmts: ast.stmt[]): void {
    if (this.u.scopeType === ScopeType.MODULE && stmts.length > 0) this.setLoc(stmts[0]);
    if (findAnnotations(stmts)) this.emit(Op.SETUP_ANNOTATIONS);
    if (stmts.length === 0) return;
    let i = 0;
    const doc = docstring(stmts);
    if (doc !== null) {
      i = 1;
      const st = stmts[0] as ast.Expr;
      this.setLoc(st);
      this.visitExpr(st.value);
      this.unsetLoc();
      this.nameOp("__doc__", "Store");
    }
    for (; i < stmts.length; i++) this.visitStmt(stmts[i]);
  }

  // ---- Names --------------------------------------------------------------------------------

  /** CPython's forbidden_name: `__debug__` is a constant, never a binding. */
  forbiddenName(name: string, ctx: NameCtx): void {
    if (name !== "__debug__" || ctx === "Load") return;
    throw this.error(ctx === "Del" ? "cannot delete __debug__" : "cannot assign to __debug__");
  }

  /** compiler_check_debug_args: no parameter may be named `__debug__`. */
  private checkDebugArgs(a: ast.arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      if (arg) this.forbiddenName(arg.arg, "Store");
    }
  }

  nameOp(name: string, ctx: NameCtx): void {
    this.forbiddenName(name, ctx);
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    const isFunction = u.ste.type === "function";
    let kind: "deref" | "fast" | "global" | "name" = "name";
    switch (scope) {
      case Scope.FREE:
      case Scope.CELL:
        kind = "deref";
        break;
      case Scope.LOCAL:
        if (isFunction) kind = "fast";
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (isFunction) kind = "global";
        break;
      case Scope.GLOBAL_EXPLICIT:
        kind = "global";
        break;
    }
    switch (kind) {
      case "deref": {
        const op = ctx === "Load"
          ? (u.ste.type === "class" ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF)
          : ctx === "Store"
          ? Op.STORE_DEREF
          : Op.DELETE_DEREF;
        this.emitVar(op, mangled);
        return;
      }
      case "fast": {
        u.addVarname(mangled);
        const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
        this.emitVar(op, mangled);
        return;
      }
      case "global": {
        const i = u.addName(mangled);
        if (ctx === "Load") this.emit(Op.LOAD_GLOBAL, i << 1);
        else this.emit(ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, i);
        return;
      }
      case "name": {
        const i = u.addName(mangled);
        this.emit(
          ctx === "Load" ? Op.LOAD_NAME : ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME,
          i,
        );
        return;
      }
    }
  }

  /** Whether loading `name` compiles to LOAD_GLOBAL (so a call can fold PUSH_NULL into it). */
  private isGlobalLoad(name: string): boolean {
    const u = this.u;
    const mangled = mangle(u.privateName, name);
    const scope = u.ste.scopeOf(mangled);
    return scope === Scope.GLOBAL_EXPLICIT ||
      (scope === Scope.GLOBAL_IMPLICIT && u.ste.type === "function");
  }

  // ---- Frame blocks -------------------------------------------------------------------------

  private pushFBlock(
    type: FBlockType,
    block: Label | null,
    exit: Label | null,
    datum: FBlock["datum"],
  ): void {
    // CPython's CO_MAXBLOCKS.
    if (this.u.fblocks.length >= 20) throw this.error("too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, datum });
  }

  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  /** Emit what leaving `info` requires (compiler_unwind_fblock). */
  private unwindFBlock(info: FBlock, preserveTos: boolean): void {
    switch (info.type) {
      case FBlockType.WHILE_LOOP:
      case FBlockType.EXCEPTION_HANDLER:
      case FBlockType.EXCEPTION_GROUP_HANDLER:
      case FBlockType.ASYNC_COMPREHENSION_GENERATOR:
        return;
      case FBlockType.FOR_LOOP:
        // Pop the iterator.
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case FBlockType.TRY_EXCEPT:
        this.emit(Pseudo.POP_BLOCK);
        return;
      case FBlockType.FINALLY_TRY: {
        // This POP_BLOCK gets the line number of the unwinding statement.
        this.emit(Pseudo.POP_BLOCK);
        if (preserveTos) this.pushFBlock(FBlockType.POP_VALUE, null, null, null);
        this.visitStmts(info.datum as ast.stmt[]);
        if (preserveTos) this.popFBlock();
        // The finally body should appear to run after the statement causing the unwinding.
        this.unsetLoc();
        return;
      }
      case FBlockType.FINALLY_END:
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP); // exc_value
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        return;
      case FBlockType.WITH:
      case FBlockType.ASYNC_WITH:
        this.setLoc(info.datum as ast.stmt);
        this.emit(Pseudo.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (info.type === FBlockType.ASYNC_WITH) {
          this.emit(Op.GET_AWAITABLE, 2);
          this.loadConst(None);
          this.yieldFrom(true);
        }
        this.emit(Op.POP_TOP);
        this.unsetLoc();
        return;
      case FBlockType.HANDLER_CLEANUP: {
        const name = info.datum as string | null;
        if (name !== null) this.emit(Pseudo.POP_BLOCK);
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        if (name !== null) {
          this.loadConst(None);
          this.nameOp(name, "Store");
          this.nameOp(name, "Del");
        }
        return;
      }
      case FBlockType.POP_VALUE:
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  /**
   * Unwind the frame-block stack for return/break/continue; with `stopAtLoop`, stop at the
   * innermost loop and return it.
   */
  private unwindFBlockStack(preserveTos: boolean, stopAtLoop: boolean): FBlock | null {
    const fblocks = this.u.fblocks;
    if (fblocks.length === 0) return null;
    const top = fblocks[fblocks.length - 1];
    if (top.type === FBlockType.EXCEPTION_GROUP_HANDLER) {
      throw this.error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type === FBlockType.WHILE_LOOP || top.type === FBlockType.FOR_LOOP)) {
      return top;
    }
    fblocks.pop();
    this.unwindFBlock(top, preserveTos);
    const loop = this.unwindFBlockStack(preserveTos, stopAtLoop);
    fblocks.push(top);
    return loop;
  }

  // ---- Statements ---------------------------------------------------------------------------

  visitStmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  visitStmt(s: ast.stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        return this.functionDef(s);
      case "ClassDef":
        return this.classDef(s);
      case "Return":
        return this.returnStmt(s);
      case "Delete":
        for (const t of s.targets) this.visitExpr(t);
        return;
      case "Assign": {
        this.visitExpr(s.value);
        const n = s.targets.length;
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.emit(Op.COPY, 1);
          this.visitExpr(s.targets[i]);
        }
        return;
      }
      case "AugAssign":
        return this.augAssign(s);
      case "AnnAssign":
        return this.annAssign(s);
      case "For":
        return this.forStmt(s);
      case "AsyncFor":
        return this.asyncFor(s);
      case "While":
        return this.whileStmt(s);
      case "If":
        return this.ifStmt(s);
      case "With":
        return this.withStmt(s, 0);
      case "AsyncWith":
        return this.asyncWith(s, 0);
      case "Match":
        return this.matchStmt(s);
      case "Raise": {
        let n = 0;
        if (s.exc) {
          this.visitExpr(s.exc);
          n++;
          if (s.cause) {
            this.visitExpr(s.cause);
            n++;
          }
        }
        this.emit(Op.RAISE_VARARGS, n);
        this.nextBlock();
        return;
      }
      case "Try":
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryExcept(s);
      case "TryStar":
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryStarExcept(s);
      case "Assert":
        return this.assertStmt(s);
      case "Import":
        return this.importStmt(s);
      case "ImportFrom":
        return this.importFrom(s);
      case "Global":
      case "Nonlocal":
        return;
      case "Expr":
        return this.exprStmt(s);
      case "Pass":
        this.emit(Op.NOP);
        return;
      case "Break":
        return this.breakStmt();
      case "Continue":
        return this.continueStmt();
    }
  }

  private exprStmt(s: ast.Expr): void {
    const value = s.value;
    if (this.opts.interactive && this.stack.length <= 0) {
      this.visitExpr(value);
      this.emit(Op.PRINT_EXPR);
      return;
    }
    if (this.folder.fold(value) !== undefined) {
      // A constant statement (e.g. a string used as a comment) only marks its line.
      this.emit(Op.NOP);
      return;
    }
    this.visitExpr(value);
    this.unsetLoc();
    this.emit(Op.POP_TOP);
  }

  private returnStmt(s: ast.Return): void {
    const value = s.value;
    const preserveTos = value !== null && value._type !== "Constant" &&
      this.folder.fold(value) === undefined;
    if (this.u.ste.type !== "function") throw this.error("'return' outside function");
    if (value !== null && this.u.ste.coroutine && this.u.ste.generator) {
      throw this.error("'return' with value in async generator");
    }
    if (preserveTos) {
      this.visitExpr(value!);
    } else if (value !== null) {
      // An instruction carrying the value's line.
      this.setLoc(value);
      this.emit(Op.NOP);
    }
    if (value === null || value.lineno !== s.lineno) {
      this.setLoc(s);
      this.emit(Op.NOP);
    }
    this.unwindFBlockStack(preserveTos, false);
    if (value === null) this.loadConst(None);
    else if (!preserveTos) this.loadConst(this.folder.fold(value)!);
    // No new block here: a body ending in `return` gets no implicit `return None` (nor its
    // None constant), as in CPython where the current block then ends with a return.
    this.emit(Op.RETURN_VALUE);
  }

  private breakStmt(): void {
    const here = this.u.loc;
    this.emit(Op.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) throw this.error("'break' outside loop", here);
    this.unwindFBlock(loop, false);
    this.emitJump(Op.JUMP, loop.exit!);
    this.nextBlock();
  }

  private continueStmt(): void {
    const here = this.u.loc;
    this.emit(Op.NOP);
    const loop = this.unwindFBlockStack(false, true);
    if (loop === null) throw this.error("'continue' not properly in loop", here);
    this.emitJump(Op.JUMP, loop.block!);
    this.nextBlock();
  }

  private ifStmt(s: ast.If): void {
    const end = this.newLabel();
    const next = s.orelse.length > 0 ? this.newLabel() : end;
    this.jumpIf(s.test, next, false);
    this.visitStmts(s.body);
    if (s.orelse.length > 0) {
      this.emitJumpNoLine(Op.JUMP, end);
      this.useLabel(next);
      this.visitStmts(s.orelse);
    }
    this.useLabel(end);
  }

  private forStmt(s: ast.For): void {
    const start = this.newLabel();
    const body = this.newLabel();
    const cleanup = this.newLabel();
    const end = this.newLabel();
    this.pushFBlock(FBlockType.FOR_LOOP, start, end, null);
    this.visitIterable(s.iter);
    this.emit(Op.GET_ITER);
    this.useLabel(start);
    this.emitJump(Op.FOR_ITER, cleanup);
    this.useLabel(body);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    // The back-edge is artificial: it takes the line of the last body instruction.
    this.unsetLoc();
    this.emitJump(Op.JUMP, start);
    this.useLabel(cleanup);
    this.popFBlock();
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  /**
   * An expression that is only iterated (`for` and comprehension iterables, the right side of
   * `in`): a list display is built as a tuple, and a display of constants is a constant tuple
   * or frozenset (the AST optimizer's fold_iter).
   */
  visitIterable(e: ast.expr): void {
    const folded = this.folder.foldIter(e);
    if (folded !== undefined) {
      const saved = this.u.loc;
      this.setLoc(e);
      this.loadConst(folded);
      this.u.loc = saved;
    } else if (e._type === "List" && !e.elts.some((x) => x._type === "Starred")) {
      this.visitExpr({ ...e, _type: "Tuple" } as ast.Tuple);
    } else {
      this.visitExpr(e);
    }
  }

  private asyncFor(s: ast.AsyncFor): void {
    this.checkAsync("'async for' outside async function");
    const start = this.newLabel();
    const except = this.newLabel();
    const end = this.newLabel();
    this.visitExpr(s.iter);
    this.emit(Op.GET_AITER);
    this.useLabel(start);
    this.pushFBlock(FBlockType.FOR_LOOP, start, end, null);
    // SETUP_FINALLY guards the __anext__ call.
    this.emitJump(Pseudo.SETUP_FINALLY, except);
    this.emit(Op.GET_ANEXT);
    this.loadConst(None);
    this.yieldFrom(true);
    this.emit(Pseudo.POP_BLOCK);
    this.visitExpr(s.target);
    this.visitStmts(s.body);
    this.unsetLoc();
    this.emitJump(Op.JUMP, start);
    this.popFBlock();
    this.useLabel(except);
    // END_ASYNC_FOR follows the `for`, not the body: it takes the iterable's line.
    this.setLoc(s.iter);
    this.emit(Op.END_ASYNC_FOR);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  private checkAsync(msg: string): void {
    if (this.u.scopeType !== ScopeType.ASYNC_FUNCTION) throw this.error(msg);
  }

  private whileStmt(s: ast.While): void {
    const loop = this.newLabel();
    const body = this.newLabel();
    const anchor = this.newLabel();
    const end = this.newLabel();
    this.useLabel(loop);
    this.pushFBlock(FBlockType.WHILE_LOOP, loop, end, null);
    this.jumpIf(s.test, anchor, false);
    this.useLabel(body);
    this.visitStmts(s.body);
    // The test is repeated at the bottom of the loop (3.11 "loop inversion").
    this.setLoc(s);
    this.jumpIf(s.test, body, true);
    this.popFBlock();
    this.useLabel(anchor);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  // ---- try / except / finally ---------------------------------------------------------------

  private tryFinally(s: ast.Try | ast.TryStar): void {
    const body = this.newLabel();
    const end = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    // `try` block
    this.emitJump(Pseudo.SETUP_FINALLY, end);
    this.useLabel(body);
    this.pushFBlock(FBlockType.FINALLY_TRY, body, end, s.finalbody);
    if (s.handlers.length > 0) {
      if (s._type === "TryStar") this.tryStarExcept(s);
      else this.tryExcept(s);
    } else {
      this.visitStmts(s.body);
    }
    this.emitNoLine(Pseudo.POP_BLOCK);
    this.popFBlock();
    this.visitStmts(s.finalbody);
    this.emitJumpNoLine(Op.JUMP, exit);
    // `finally` block, entered with the exception on the stack
    this.useLabel(end);
    this.unsetLoc();
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.FINALLY_END, end, null, null);
    this.visitStmts(s.finalbody);
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
  }

  /** (prev_exc lasti exc -- ): restore the previously handled exception and re-raise. */
  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
  }

  private tryExcept(s: ast.Try | ast.TryStar): void {
    const body = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    let except = this.newLabel();
    this.emitJump(Pseudo.SETUP_FINALLY, except);
    this.useLabel(body);
    this.pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.emitNoLine(Pseudo.POP_BLOCK);
    this.visitStmts(s.orelse);
    this.emitJumpNoLine(Op.JUMP, end);
    const n = s.handlers.length;
    this.useLabel(except);
    this.unsetLoc();
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    // The runtime pushed the handled exception: account for it.
    this.pushFBlock(FBlockType.EXCEPTION_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i];
      this.setLoc(handler);
      if (!handler.type && i < n - 1) throw this.error("default 'except:' must be last");
      except = this.newLabel();
      if (handler.type) {
        this.visitExpr(handler.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.emitJump(Op.POP_JUMP_IF_FALSE, except);
      }
      if (handler.name) {
        const cleanupEnd = this.newLabel();
        const cleanupBody = this.newLabel();
        this.nameOp(handler.name, "Store");
        // try: body finally: name = None; del name  (in case the body deleted it)
        this.emitJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
        this.useLabel(cleanupBody);
        this.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.unsetLoc();
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.loadConst(None);
        this.nameOp(handler.name, "Store");
        this.nameOp(handler.name, "Del");
        this.emitJump(Op.JUMP, end);
        // except: (the handler body raised)
        this.useLabel(cleanupEnd);
        this.unsetLoc();
        this.loadConst(None);
        this.nameOp(handler.name, "Store");
        this.nameOp(handler.name, "Del");
        this.emit(Op.RERAISE, 1);
      } else {
        const cleanupBody = this.newLabel();
        this.emit(Op.POP_TOP); // exc_value
        this.useLabel(cleanupBody);
        this.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
        this.visitStmts(handler.body);
        this.popFBlock();
        this.unsetLoc();
        this.emit(Pseudo.POP_BLOCK);
        this.emit(Op.POP_EXCEPT);
        this.emitJump(Op.JUMP, end);
      }
      this.useLabel(except);
    }
    this.unsetLoc();
    this.popFBlock();
    this.emit(Op.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(end);
  }

  /*
   * except* (compiler_try_star_except). The handler runs each clause on the part of the
   * exception group that matches, collecting what the clauses raise (or re-raise) in a list:
   *
   *   [orig, list, rest] at each clause; CHECK_EG_MATCH splits rest into (rest, match).
   *   PREP_RERAISE_STAR(orig, list) combines them into the exception to re-raise (or None).
   */
  private tryStarExcept(s: ast.TryStar | ast.Try): void {
    const body = this.newLabel();
    const except = this.newLabel();
    const orelse = this.newLabel();
    const end = this.newLabel();
    const cleanup = this.newLabel();
    const reraiseStar = this.newLabel();
    this.emitJump(Pseudo.SETUP_FINALLY, except);
    this.useLabel(body);
    this.pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
    this.visitStmts(s.body);
    this.popFBlock();
    this.emitNoLine(Pseudo.POP_BLOCK);
    this.emitJumpNoLine(Op.JUMP, orelse);
    const n = s.handlers.length;
    this.useLabel(except);
    this.unsetLoc();
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, null);
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i];
      this.setLoc(handler);
      const next = this.newLabel();
      const exceptWithError = this.newLabel();
      const noMatch = this.newLabel();
      if (i === 0) {
        // Stack: [exc] -> [orig, list, rest]
        this.emit(Op.COPY, 1);
        this.emit(Op.BUILD_LIST, 0);
        this.emit(Op.SWAP, 2);
      }
      if (handler.type) {
        this.visitExpr(handler.type);
        this.emit(Op.CHECK_EG_MATCH);
        this.emit(Op.COPY, 1);
        this.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
      } else {
        throw this.error("expected 'except*' with an exception type");
      }
      const cleanupEnd = this.newLabel();
      const cleanupBody = this.newLabel();
      if (handler.name) this.nameOp(handler.name, "Store");
      else this.emit(Op.POP_TOP); // match
      this.emitJump(Pseudo.SETUP_CLEANUP, cleanupEnd);
      this.useLabel(cleanupBody);
      this.pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, handler.name);
      this.visitStmts(handler.body);
      this.popFBlock();
      this.emit(Pseudo.POP_BLOCK);
      if (handler.name) {
        this.loadConst(None);
        this.nameOp(handler.name, "Store");
        this.nameOp(handler.name, "Del");
      }
      this.emitJump(Op.JUMP, next);
      // The clause raised: [orig, list, rest, lasti, exc]
      this.useLabel(cleanupEnd);
      this.unsetLoc();
      if (handler.name) {
        this.loadConst(None);
        this.nameOp(handler.name, "Store");
        this.nameOp(handler.name, "Del");
      }
      this.emit(Op.LIST_APPEND, 3); // collect exc
      this.emit(Op.POP_TOP); // lasti
      this.emitJump(Op.JUMP, exceptWithError);
      this.useLabel(next);
      this.emit(Op.NOP); // takes the location propagated from the jump here
      this.emitJump(Op.JUMP, exceptWithError);
      this.useLabel(noMatch);
      this.emit(Op.POP_TOP); // match (None)
      this.useLabel(exceptWithError);
      if (i === n - 1) {
        // [orig, list, rest]: the unhandled rest is re-raised too.
        this.emit(Op.LIST_APPEND, 1);
        this.emitJump(Op.JUMP, reraiseStar);
      }
    }
    this.popFBlock();
    this.unsetLoc();
    const reraise = this.newLabel();
    this.useLabel(reraiseStar);
    this.emit(Op.PREP_RERAISE_STAR);
    this.emit(Op.COPY, 1);
    this.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
    // Nothing to re-raise.
    this.emit(Op.POP_TOP);
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emitJump(Op.JUMP, end);
    this.useLabel(reraise);
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(orelse);
    this.visitStmts(s.orelse);
    this.useLabel(end);
  }

  // ---- with ---------------------------------------------------------------------------------

  /** exit(None, None, None): [exit] -> [result], via CALL's (callable self args) form. */
  private callExitWithNones(): void {
    this.loadConst(None);
    this.loadConst(None);
    this.loadConst(None);
    this.emit(Op.CALL, 2);
  }

  /*
   * Stack layout of `with` (as 3.11): BEFORE_WITH turns [mgr] into [exit, enter_result];
   * SETUP_WITH's handler unwinds to [exit] and pushes lasti and the exception; the body
   * runs with [exit] below it. Exceptional exit: [exit, lasti, prev_exc, exc] then
   * WITH_EXCEPT_START pushes exit(type, exc, tb); a true result swallows the exception.
   */
  private withStmt(s: ast.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    this.emit(Op.BEFORE_WITH);
    this.emitJump(Pseudo.SETUP_WITH, final);
    this.useLabel(block);
    this.pushFBlock(FBlockType.WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(Op.POP_TOP); // the __enter__ result
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.withStmt(s, pos + 1);
    this.unsetLoc();
    this.emit(Pseudo.POP_BLOCK);
    this.popFBlock();
    // Normal exit: exit(None, None, None).
    this.setLoc(s);
    this.callExitWithNones();
    this.emit(Op.POP_TOP);
    this.emitJump(Op.JUMP, exit);
    // Exceptional exit.
    this.useLabel(final);
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private asyncWith(s: ast.AsyncWith, pos: number): void {
    this.checkAsync("'async with' outside async function");
    const item = s.items[pos];
    const block = this.newLabel();
    const final = this.newLabel();
    const exit = this.newLabel();
    const cleanup = this.newLabel();
    this.visitExpr(item.context_expr);
    this.emit(Op.BEFORE_ASYNC_WITH);
    this.emit(Op.GET_AWAITABLE, 1);
    this.loadConst(None);
    this.yieldFrom(true);
    this.emitJump(Pseudo.SETUP_WITH, final);
    this.useLabel(block);
    this.pushFBlock(FBlockType.ASYNC_WITH, block, final, s);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.visitStmts(s.body);
    else this.asyncWith(s, pos + 1);
    this.popFBlock();
    this.emit(Pseudo.POP_BLOCK);
    this.setLoc(s);
    this.callExitWithNones();
    this.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(None);
    this.yieldFrom(true);
    this.emit(Op.POP_TOP);
    this.emitJump(Op.JUMP, exit);
    this.useLabel(final);
    this.emitJump(Pseudo.SETUP_CLEANUP, cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(None);
    this.yieldFrom(true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  /** [exit, lasti, prev_exc, exc, result]: swallow the exception if result is true. */
  private withExceptFinish(cleanup: Label): void {
    this.unsetLoc();
    const exit = this.newLabel();
    this.emitJump(Op.POP_JUMP_IF_TRUE, exit);
    this.emit(Op.RERAISE, 2);
    this.useLabel(cleanup);
    this.popExceptAndReraise();
    this.useLabel(exit);
    this.emit(Op.POP_TOP); // exc_value
    this.emit(Pseudo.POP_BLOCK);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP); // lasti
    this.emit(Op.POP_TOP); // exit
  }

  // ---- Other statements ---------------------------------------------------------------------

  private assertStmt(s: ast.Assert): void {
    const end = this.newLabel();
    this.jumpIf(s.test, end, true);
    this.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.visitExpr(s.msg);
      this.emit(Op.CALL, 0);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.useLabel(end);
  }

  private importStmt(s: ast.Import): void {
    for (const alias of s.names) {
      this.loadConst(0);
      this.loadConst(None);
      this.emitName(Op.IMPORT_NAME, alias.name);
      if (alias.asname) {
        this.importAs(alias.name, alias.asname);
      } else {
        const dot = alias.name.indexOf(".");
        this.nameOp(dot === -1 ? alias.name : alias.name.slice(0, dot), "Store");
      }
    }
  }

  /** `import a.b.c as d`: IMPORT_NAME gave `a`; walk to `a.b.c` with IMPORT_FROM. */
  private importAs(name: string, asname: string): void {
    const parts = name.split(".");
    if (parts.length > 1) {
      for (let i = 1; i < parts.length; i++) {
        this.emit(Op.IMPORT_FROM, this.u.addName(parts[i]));
        if (i === parts.length - 1) break;
        this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
      }
      this.nameOp(asname, "Store");
      this.emit(Op.POP_TOP);
      return;
    }
    this.nameOp(asname, "Store");
  }

  private importFrom(s: ast.ImportFrom): void {
    if (s.module === "__future__" && s.lineno > this.opts.futureLineno) {
      throw this.error("from __future__ imports must occur at the beginning of the file");
    }
    this.loadConst(s.level ?? 0);
    this.loadConst(makeTuple(s.names.map((a) => a.name)));
    this.emitName(Op.IMPORT_NAME, s.module ?? "");
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name === "*") {
        this.emit(Op.IMPORT_STAR);
        return;
      }
      this.emitName(Op.IMPORT_FROM, alias.name);
      this.nameOp(alias.asname ?? alias.name, "Store");
    }
    this.emit(Op.POP_TOP); // the module
  }

  private augAssign(s: ast.AugAssign): void {
    const e = s.target;
    this.setLoc(e);
    switch (e._type) {
      case "Attribute":
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1);
        this.matchAttrStart(e);
        this.emitName(Op.LOAD_ATTR, e.attr);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.emit(Op.COPY, 2);
        this.emit(Op.COPY, 2);
        this.emit(Op.BINARY_SUBSCR);
        break;
      case "Name":
        this.nameOp(e.id, "Load");
        break;
      default:
        throw this.error(`invalid augmented assignment target ${e._type}`);
    }
    this.setLoc(s);
    this.visitExpr(s.value);
    this.emit(Op.BINARY_OP, INPLACE[s.op]);
    this.setLoc(e);
    switch (e._type) {
      case "Attribute":
        this.matchAttrStart(e);
        this.emit(Op.SWAP, 2);
        this.emitName(Op.STORE_ATTR, e.attr);
        break;
      case "Subscript":
        this.emit(Op.SWAP, 3);
        this.emit(Op.SWAP, 2);
        this.emit(Op.STORE_SUBSCR);
        break;
      case "Name":
        this.nameOp(e.id, "Store");
        break;
    }
  }

  private annAssign(s: ast.AnnAssign): void {
    const targ = s.target;
    // The assignment happens first.
    if (s.value) {
      this.visitExpr(s.value);
      this.visitExpr(targ);
    }
    const moduleOrClass = this.u.scopeType === ScopeType.MODULE ||
      this.u.scopeType === ScopeType.CLASS;
    const future = (this.opts.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
    switch (targ._type) {
      case "Name":
        this.forbiddenName(targ.id, "Store");
        // A simple name in a module or class: record the annotation in __annotations__.
        if (s.simple && moduleOrClass) {
          this.visitAnnotation(s.annotation);
          this.emit(Op.LOAD_NAME, this.u.addName("__annotations__"));
          this.loadConst(mangle(this.u.privateName, targ.id));
          this.emit(Op.STORE_SUBSCR);
        }
        break;
      case "Attribute":
        this.forbiddenName(targ.attr, "Store");
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case "Subscript":
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
      default:
        throw this.error(`invalid annotated assignment target ${targ._type}`);
    }
    // Annotations of complex targets are evaluated (and dropped) in modules and classes.
    if (!s.simple && !future && moduleOrClass) this.checkAnnExpr(s.annotation);
  }

  private checkAnnExpr(e: ast.expr): void {
    this.visitExpr(e);
    this.emit(Op.POP_TOP);
  }

  private checkAnnSubscr(e: ast.expr): void {
    if (e._type === "Slice") {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e._type === "Tuple") {
      for (const elt of e.elts) this.checkAnnSubscr(elt);
    } else {
      this.checkAnnExpr(e);
    }
  }

  /** An annotation's value: the expression, or its source text under `from __future__`. */
  private visitAnnotation(e: ast.expr): void {
    if (this.opts.futureFlags & CO_FUTURE_ANNOTATIONS) {
      // (At the statement's location: the string is not an evaluated expression.)
      this.loadConst(unparse(e));
    } else {
      this.visitExpr(e);
    }
  }

  // ---- Functions and classes ----------------------------------------------------------------

  private decorators(decos: ast.expr[]): void {
    for (const d of decos) this.visitExpr(d);
  }

  /** Each decorator was pushed below the function: CALL 0 calls it with the function. */
  private applyDecorators(decos: ast.expr[]): void {
    for (let i = decos.length - 1; i >= 0; i--) {
      this.setLoc(decos[i]);
      this.emit(Op.CALL, 0);
    }
  }

  /** Push defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags. */
  private defaultArguments(args: ast.arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.visitExpr(d);
      this.buildTuple(args.defaults.length);
      flags |= MakeFunctionFlag.DEFAULTS;
    }
    const keys: string[] = [];
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (d) {
        keys.push(mangle(this.u.privateName, args.kwonlyargs[i].arg));
        this.visitExpr(d);
      }
    }
    if (keys.length > 0) {
      this.loadConst(makeTuple(keys));
      this.emit(Op.BUILD_CONST_KEY_MAP, keys.length);
      flags |= MakeFunctionFlag.KWDEFAULTS;
    }
    return flags;
  }

  /** BUILD_TUPLE (the assembler folds it into LOAD_CONST when all items are constants). */
  private buildTuple(n: number): void {
    this.emit(Op.BUILD_TUPLE, n);
  }

  /** Annotations as a flat tuple of (name, value) pairs; returns whether one was pushed. */
  private annotations(args: ast.arguments, returns: ast.expr | null): boolean {
    let count = 0;
    const one = (id: string, ann: ast.expr | null) => {
      if (!ann) return;
      this.loadConst(mangle(this.u.privateName, id));
      if (this.opts.futureFlags & CO_FUTURE_ANNOTATIONS) {
        this.visitAnnotation(ann);
      } else if (ann._type === "Starred") {
        // *args: *Ts  ->  [value] = [*Ts]
        this.visitExpr(ann.value);
        this.emit(Op.UNPACK_SEQUENCE, 1);
      } else {
        this.visitExpr(ann);
      }
      count += 2;
    };
    for (const a of args.args) one(a.arg, a.annotation);
    for (const a of args.posonlyargs) one(a.arg, a.annotation);
    if (args.vararg) one(args.vararg.arg, args.vararg.annotation);
    for (const a of args.kwonlyargs) one(a.arg, a.annotation);
    if (args.kwarg) one(args.kwarg.arg, args.kwarg.annotation);
    one("return", returns);
    if (count > 0) {
      this.buildTuple(count);
      return true;
    }
    return false;
  }

  private setArgCounts(args: ast.arguments): void {
    this.u.argcount = args.posonlyargs.length + args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    const isAsync = s._type === "AsyncFunctionDef";
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    this.checkDebugArgs(s.args);
    this.decorators(s.decorator_list);
    let flags = this.defaultArguments(s.args);
    if (this.annotations(s.args, s.returns)) flags |= MakeFunctionFlag.ANNOTATIONS;
    this.enterScope(
      s.name,
      isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION,
      s,
      firstlineno,
    );
    const doc = docstring(s.body);
    this.u.addConst(doc ?? None);
    this.setArgCounts(s.args);
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.visitStmt(s.body[i]);
    const code = this.exitScope(true);
    this.setLoc(s);
    this.makeClosure(code, flags);
    this.applyDecorators(s.decorator_list);
    this.setLoc(s);
    this.nameOp(s.name, "Store");
  }

  /** Push the function for `code`: closure cells, then MAKE_FUNCTION. */
  makeClosure(code: PyCode, flags: number): void {
    const frees = code.co_localsplusnames.slice(code.co_localsplusnames.length - code.nfreevars);
    if (frees.length > 0) {
      for (const name of frees) this.emitVar(Op.LOAD_CLOSURE, name);
      flags |= MakeFunctionFlag.CLOSURE;
      this.emit(Op.BUILD_TUPLE, frees.length);
    }
    this.loadConst(code);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private classDef(s: ast.ClassDef): void {
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0].lineno : s.lineno;
    this.decorators(s.decorator_list);
    // 1. The class body as a function.
    this.enterScope(s.name, ScopeType.CLASS, s, firstlineno);
    this.u.privateName = s.name;
    // (These take the scope's first line: the first decorator's, if any.)
    this.nameOp("__name__", "Load");
    this.nameOp("__module__", "Store");
    this.loadConst(this.u.qualname);
    this.nameOp("__qualname__", "Store");
    this.body(s.body);
    this.unsetLoc();
    // Return the __class__ cell (stored as __classcell__ for type.__new__), or None.
    if (this.u.ste.needsClassClosure) {
      this.emitVar(Op.LOAD_CLOSURE, "__class__");
      this.emit(Op.COPY, 1);
      this.nameOp("__classcell__", "Store");
    } else {
      this.loadConst(None);
    }
    this.emit(Op.RETURN_VALUE);
    const code = this.exitScope(true);
    this.setLoc(s);
    // 2. __build_class__(func, name, *bases, **keywords)
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(code, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list);
    this.setLoc(s);
    this.nameOp(s.name, "Store");
  }

  private lambda(e: ast.Lambda): void {
    this.checkDebugArgs(e.args);
    const flags = this.defaultArguments(e.args);
    this.enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno);
    // None first, so a lambda never has a docstring.
    this.u.addConst(None);
    this.setArgCounts(e.args);
    // (The final RETURN_VALUE keeps the scope's initial location, as in CPython.)
    this.visitExpr(e.body);
    let code: PyCode;
    if (this.u.ste.generator) {
      code = this.exitScope(false);
    } else {
      this.emit(Op.RETURN_VALUE);
      code = this.exitScope(true);
    }
    this.makeClosure(code, flags);
  }

  // ---- Conditional jumps --------------------------------------------------------------------

  /** Jump to `next` if `e` is true (cond) or false (!cond); fall through otherwise. */
  jumpIf(e: ast.expr, next: Label, cond: boolean): void {
    switch (e._type) {
      case "UnaryOp":
        if (e.op === "Not") {
          // `not a in b` was folded to `a not in b` by the AST optimizer.
          const operand = e.operand;
          if (operand._type === "Compare" && operand.ops.length === 1) {
            const inverse = INVERSE_CMP[operand.ops[0]];
            if (inverse !== undefined) {
              return this.jumpIf({ ...operand, ops: [inverse] }, next, cond);
            }
          }
          return this.jumpIf(operand, next, !cond);
        }
        break;
      case "BoolOp": {
        const values = e.values;
        const n = values.length - 1;
        const cond2 = e.op === "Or";
        let next2 = next;
        if (cond2 !== cond) next2 = this.newLabel();
        for (let i = 0; i < n; i++) this.jumpIf(values[i], next2, cond2);
        this.jumpIf(values[n], next, cond);
        if (next2 !== next) this.useLabel(next2);
        return;
      }
      case "IfExp": {
        const end = this.newLabel();
        const next2 = this.newLabel();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, next, cond);
        this.emitJumpNoLine(Op.JUMP, end);
        this.useLabel(next2);
        this.jumpIf(e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case "Compare": {
        // The test's instructions and the jump take the comparison's location (and it stays
        // current afterwards, as in 3.11).
        this.setLoc(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          const cleanup = this.newLabel();
          this.visitExpr(e.left);
          for (let i = 0; i < n; i++) {
            this.visitExpr(e.comparators[i]);
            this.emit(Op.SWAP, 2);
            this.emit(Op.COPY, 2);
            this.compareOp(e.ops[i]);
            this.emitJump(Op.POP_JUMP_IF_FALSE, cleanup);
          }
          this.visitCompareOperand(e.comparators[n], e.ops[n]);
          this.compareOp(e.ops[n]);
          this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
          const end = this.newLabel();
          this.emitJumpNoLine(Op.JUMP, end);
          this.useLabel(cleanup);
          this.emit(Op.POP_TOP);
          if (!cond) this.emitJumpNoLine(Op.JUMP, next);
          this.useLabel(end);
          return;
        }
        break;
      }
    }
    // (A constant test becomes a JUMP or nothing in the assembler's peephole pass.)
    this.visitExpr(e);
    this.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next);
  }

  // ---- Expressions --------------------------------------------------------------------------

  visitExpr(e: ast.expr): void {
    const saved = this.u.loc;
    this.setLoc(e);
    this.visitExprInner(e);
    this.u.loc = saved;
  }

  private visitExprInner(e: ast.expr): void {
    if (e._type !== "Constant") {
      const folded = this.folder.fold(e);
      if (folded !== undefined) {
        this.loadConst(folded);
        return;
      }
    }
    switch (e._type) {
      case "NamedExpr":
        this.visitExpr(e.value);
        this.emit(Op.COPY, 1);
        this.visitExpr(e.target);
        return;
      case "BoolOp":
        return this.boolOp(e);
      case "BinOp": {
        const formatted = this.optimizeFormat(e);
        if (formatted !== null) return this.joinedStr(formatted);
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        this.emit(Op.BINARY_OP, BINOPS[e.op]);
        return;
      }
      case "UnaryOp":
        // `not a in b` is `a not in b` (and likewise for `is`), as the AST optimizer folds it.
        if (e.op === "Not" && e.operand._type === "Compare" && e.operand.ops.length === 1) {
          const inverse = INVERSE_CMP[e.operand.ops[0]];
          if (inverse !== undefined) {
            // (The folded node has the comparison's location.)
            return this.visitExpr({ ...e.operand, ops: [inverse] });
          }
        }
        this.visitExpr(e.operand);
        this.emit(
          e.op === "Not"
            ? Op.UNARY_NOT
            : e.op === "USub"
            ? Op.UNARY_NEGATIVE
            : e.op === "UAdd"
            ? Op.UNARY_POSITIVE
            : Op.UNARY_INVERT,
        );
        return;
      case "Lambda":
        return this.lambda(e);
      case "IfExp": {
        const end = this.newLabel();
        const next = this.newLabel();
        this.jumpIf(e.test, next, false);
        this.visitExpr(e.body);
        this.emitJumpNoLine(Op.JUMP, end);
        this.useLabel(next);
        this.visitExpr(e.orelse);
        this.useLabel(end);
        return;
      }
      case "Dict":
        return this.dict(e);
      case "Set":
        return this.starUnpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case "GeneratorExp":
        return this.comprehension(e, "<genexpr>", e.generators, e.elt, null);
      case "ListComp":
        return this.comprehension(e, "<listcomp>", e.generators, e.elt, null);
      case "SetComp":
        return this.comprehension(e, "<setcomp>", e.generators, e.elt, null);
      case "DictComp":
        return this.comprehension(e, "<dictcomp>", e.generators, e.key, e.value);
      case "Yield":
        if (this.u.ste.type !== "function") throw this.error("'yield' outside function");
        if (e.value) this.visitExpr(e.value);
        else this.loadConst(None);
        this.emitYield();
        return;
      case "YieldFrom":
        if (this.u.ste.type !== "function") throw this.error("'yield' outside function");
        if (this.u.scopeType === ScopeType.ASYNC_FUNCTION) {
          throw this.error("'yield from' inside async function");
        }
        this.visitExpr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(None);
        this.yieldFrom(false);
        return;
      case "Await":
        if (this.u.ste.type !== "function") throw this.error("'await' outside function");
        if (
          this.u.scopeType !== ScopeType.ASYNC_FUNCTION &&
          this.u.scopeType !== ScopeType.COMPREHENSION
        ) {
          throw this.error("'await' outside async function");
        }
        this.visitExpr(e.value);
        this.emit(Op.GET_AWAITABLE, 0);
        this.loadConst(None);
        this.yieldFrom(true);
        return;
      case "Compare":
        return this.compare(e);
      case "Call":
        return this.call(e);
      case "FormattedValue":
        return this.formattedValue(e);
      case "JoinedStr":
        return this.joinedStr(e);
      case "Constant":
        this.loadConst(this.folder.fold(e)!);
        return;
      case "Attribute":
        this.visitExpr(e.value);
        if (e.ctx === "Load") {
          this.matchAttrStart(e);
          this.emitName(Op.LOAD_ATTR, e.attr);
        } else if (e.ctx === "Store") {
          this.matchAttrStart(e);
          this.forbiddenName(e.attr, "Store");
          this.emitName(Op.STORE_ATTR, e.attr);
        } else {
          this.emitName(Op.DELETE_ATTR, e.attr);
        }
        return;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        this.emit(
          e.ctx === "Load"
            ? Op.BINARY_SUBSCR
            : e.ctx === "Store"
            ? Op.STORE_SUBSCR
            : Op.DELETE_SUBSCR,
        );
        return;
      case "Starred":
        if (e.ctx === "Store") {
          throw this.error("starred assignment target must be in a list or tuple");
        }
        throw this.error("can't use starred expression here");
      case "Slice": {
        let n = 2;
        if (e.lower) this.visitExpr(e.lower);
        else this.loadConst(None);
        if (e.upper) this.visitExpr(e.upper);
        else this.loadConst(None);
        if (e.step) {
          n++;
          this.visitExpr(e.step);
        }
        this.emit(Op.BUILD_SLICE, n);
        return;
      }
      case "Name":
        this.nameOp(e.id, e.ctx);
        return;
      case "List":
        if (e.ctx === "Store") return this.assignmentHelper(e.elts);
        if (e.ctx === "Del") {
          for (const elt of e.elts) this.visitExpr(elt);
          return;
        }
        return this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      case "Tuple":
        if (e.ctx === "Store") return this.assignmentHelper(e.elts);
        if (e.ctx === "Del") {
          for (const elt of e.elts) this.visitExpr(elt);
          return;
        }
        return this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
  }

  private boolOp(e: ast.BoolOp): void {
    const jump = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
    const end = this.newLabel();
    const n = e.values.length - 1;
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.values[i]);
      this.emitJump(jump, end);
      this.nextBlock();
    }
    this.visitExpr(e.values[n]);
    this.useLabel(end);
  }

  private compareOp(op: ast.cmpop): void {
    switch (op) {
      case "Eq":
        this.emit(Op.COMPARE_OP, CompareOp.EQ);
        return;
      case "NotEq":
        this.emit(Op.COMPARE_OP, CompareOp.NE);
        return;
      case "Lt":
        this.emit(Op.COMPARE_OP, CompareOp.LT);
        return;
      case "LtE":
        this.emit(Op.COMPARE_OP, CompareOp.LE);
        return;
      case "Gt":
        this.emit(Op.COMPARE_OP, CompareOp.GT);
        return;
      case "GtE":
        this.emit(Op.COMPARE_OP, CompareOp.GE);
        return;
      case "Is":
        this.emit(Op.IS_OP, 0);
        return;
      case "IsNot":
        this.emit(Op.IS_OP, 1);
        return;
      case "In":
        this.emit(Op.CONTAINS_OP, 0);
        return;
      case "NotIn":
        this.emit(Op.CONTAINS_OP, 1);
        return;
    }
  }

  /** The last right operand of `in`/`not in` is iterated only: see visitIterable. */
  private visitCompareOperand(e: ast.expr, op: ast.cmpop): void {
    if (op === "In" || op === "NotIn") this.visitIterable(e);
    else this.visitExpr(e);
  }

  private compare(e: ast.Compare): void {
    this.visitExpr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.visitCompareOperand(e.comparators[0], e.ops[0]);
      this.compareOp(e.ops[0]);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.visitExpr(e.comparators[i]);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]);
      this.emitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.visitCompareOperand(e.comparators[n], e.ops[n]);
    this.compareOp(e.ops[n]);
    const end = this.newLabel();
    this.emitJumpNoLine(Op.JUMP, end);
    this.useLabel(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.useLabel(end);
  }

  // ---- Displays ------------------------------------------------------------------------------

  /**
   * List/tuple/set displays and positional call arguments with possible `*x` items
   * (starunpack_helper). `pushed` items are already on the stack.
   */
  private starUnpack(
    elts: ast.expr[],
    pushed: number,
    build: Op,
    add: Op,
    extend: Op,
    tuple: boolean,
  ): void {
    const n = elts.length;
    if (n > 2 && elts.every((e) => e._type !== "Starred" && this.folder.fold(e) !== undefined)) {
      const items = elts.map((e) => this.folder.fold(e)!);
      const folded = add === Op.SET_ADD ? makeFrozenSet(items) : makeTuple(items);
      if (tuple && pushed === 0) {
        this.loadConst(folded);
      } else {
        this.emit(build, pushed);
        this.loadConst(folded);
        this.emit(extend, 1);
        if (tuple) this.emit(Op.LIST_TO_TUPLE);
      }
      return;
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((e) => e._type === "Starred");
    if (!seenStar && !big) {
      for (const elt of elts) this.visitExpr(elt);
      if (tuple) this.emit(Op.BUILD_TUPLE, n + pushed);
      else this.emit(build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.emit(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._type === "Starred") {
        if (!built) {
          this.emit(build, i + pushed);
          built = true;
        }
        this.visitExpr(elt.value);
        this.emit(extend, 1);
      } else {
        this.visitExpr(elt);
        if (built) this.emit(add, 1);
      }
    }
    if (tuple) this.emit(Op.LIST_TO_TUPLE);
  }

  /** Unpack the value on the stack into the targets `elts`. */
  private assignmentHelper(elts: ast.expr[]): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const elt = elts[i];
      if (elt._type === "Starred" && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 1 << 23) {
          throw this.error("too many expressions in star-unpacking assignment");
        }
        this.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (elt._type === "Starred") {
        throw this.error("multiple starred expressions in assignment");
      }
    }
    if (!seenStar) this.emit(Op.UNPACK_SEQUENCE, n);
    for (const elt of elts) this.visitExpr(elt._type === "Starred" ? elt.value : elt);
  }

  private subdict(e: ast.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const keys = e.keys.slice(begin, end) as ast.expr[];
    if (n > 1 && !big && keys.every((k) => this.folder.fold(k) !== undefined)) {
      for (let i = begin; i < end; i++) this.visitExpr(e.values[i]);
      this.loadConst(makeTuple(keys.map((k) => this.folder.fold(k)!)));
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emit(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.visitExpr(e.keys[i]!);
      this.visitExpr(e.values[i]);
      if (big) this.emit(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  private dict(e: ast.Dict): void {
    const n = e.values.length;
    let haveDict = false;
    let elements = 0;
    for (let i = 0; i < n; i++) {
      const isUnpacking = e.keys[i] === null;
      if (isUnpacking) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.visitExpr(e.values[i]);
        this.emit(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0);
  }

  // ---- Calls --------------------------------------------------------------------------------

  private call(e: ast.Call): void {
    if (this.maybeMethodCall(e)) return;
    const func = e.func;
    if (func._type === "Name" && func.ctx === "Load" && this.isGlobalLoad(func.id)) {
      // LOAD_GLOBAL pushes the NULL itself.
      this.setLoc(func);
      const i = this.u.addName(mangle(this.u.privateName, func.id));
      this.emit(Op.LOAD_GLOBAL, (i << 1) | 1);
      this.setLoc(e);
    } else {
      this.setLoc(func);
      this.emit(Op.PUSH_NULL);
      this.setLoc(e);
      this.visitExpr(func);
    }
    this.callHelper(0, e.args, e.keywords);
  }

  /** `o.m(args)` without * or **: LOAD_METHOD/CALL avoids creating a bound method. */
  private maybeMethodCall(e: ast.Call): boolean {
    const meth = e.func;
    if (meth._type !== "Attribute" || meth.ctx !== "Load") return false;
    // Attributes of imported modules are plain function calls.
    if (
      meth.value._type === "Name" && this.st.top.flagsOf(meth.value.id) & DEF_IMPORT
    ) return false;
    const argsl = e.args.length, kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === "Starred")) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    this.visitExpr(meth.value);
    this.setLoc(meth);
    this.matchAttrStart(meth);
    this.emitName(Op.LOAD_METHOD, meth.attr);
    for (const a of e.args) this.visitExpr(a);
    if (kwdsl) {
      this.validateKeywords(e.keywords);
      for (const k of e.keywords) this.visitExpr(k.value);
      this.kwNames(e.keywords);
    }
    this.setLoc(e);
    this.matchAttrStart(meth);
    this.emit(Op.CALL, argsl + kwdsl);
    return true;
  }

  private kwNames(keywords: ast.keyword[]): void {
    this.emit(Op.KW_NAMES, this.u.addConst(makeTuple(keywords.map((k) => k.arg!))));
  }

  private validateKeywords(keywords: ast.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const key = keywords[i].arg;
      if (key === null) continue;
      this.forbiddenName(key, "Store");
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === key) {
          throw this.error(`keyword argument repeated: ${key}`, locOf(keywords[j]));
        }
      }
    }
  }

  /** Arguments and the call; `n` arguments are already pushed (class name and body). */
  callHelper(n: number, args: ast.expr[], keywords: ast.keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length, nkwelts = keywords.length;
    const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE ||
      args.some((a) => a._type === "Starred") || keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.visitExpr(a);
      if (nkwelts) {
        for (const k of keywords) this.visitExpr(k.value);
        this.kwNames(keywords);
      }
      this.emit(Op.CALL, n + nelts + nkwelts);
      return;
    }
    // CALL_FUNCTION_EX: positional arguments as a tuple, keywords as a dict.
    if (n === 0 && nelts === 1 && args[0]._type === "Starred") {
      this.visitExpr((args[0] as ast.Starred).value);
    } else {
      this.starUnpack(args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false;
      let nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(keywords, i - nseen, i);
            if (haveDict) this.emit(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.emit(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.visitExpr(kw.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.emit(Op.DICT_MERGE, 1);
      }
    }
    this.emit(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
  }

  private subkwargs(keywords: ast.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (n > 1 && !big) {
      for (let i = begin; i < end; i++) this.visitExpr(keywords[i].value);
      this.loadConst(makeTuple(keywords.slice(begin, end).map((k) => k.arg!)));
      this.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
    if (big) this.emitNoLine(Op.BUILD_MAP, 0);
    for (let i = begin; i < end; i++) {
      this.loadConst(keywords[i].arg!);
      this.visitExpr(keywords[i].value);
      if (big) this.emitNoLine(Op.MAP_ADD, 1);
    }
    if (!big) this.emit(Op.BUILD_MAP, n);
  }

  // ---- f-strings ----------------------------------------------------------------------------

  /**
   * `"%s: %r" % (a, b)` compiles as the f-string `f"{a!s}: {b!r}"` when every format unit is a
   * plain %s/%r/%a (ast_opt.c's optimize_format); null when the format is not that simple.
   */
  private optimizeFormat(e: ast.BinOp): ast.JoinedStr | null {
    if (e.op !== "Mod" || e.right._type !== "Tuple") return null;
    const fmt = this.folder.fold(e.left);
    if (typeof fmt !== "string") return null;
    const elts = e.right.elts;
    if (elts.some((x) => x._type === "Starred") || this.folder.fold(e.right) !== undefined) {
      return null;
    }
    const noLoc = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };
    const values: ast.expr[] = [];
    const chars = Array.from(fmt);
    let pos = 0, count = 0;
    for (;;) {
      // A literal run, with %% meaning %.
      let lit = "";
      while (pos < chars.length) {
        if (chars[pos] !== "%") lit += chars[pos++];
        else if (pos + 1 < chars.length && chars[pos + 1] === "%") {
          lit += "%";
          pos += 2;
        } else break;
      }
      if (lit) values.push({ _type: "Constant", value: lit, kind: null, ...noLoc });
      if (pos >= chars.length) break;
      if (count >= elts.length) return null; // more format units than items
      pos++; // the %
      const arg = elts[count++];
      // Flags, width, precision, conversion (simple_format_arg_parse).
      let ljust = false;
      let ch = chars[pos++];
      while (ch !== undefined && "-+ #0".includes(ch)) {
        if (ch === "-") ljust = true;
        ch = chars[pos++];
      }
      let width = -1, prec = -1;
      if (ch !== undefined && ch >= "0" && ch <= "9") {
        width = 0;
        while (ch !== undefined && ch >= "0" && ch <= "9") {
          width = width * 10 + Number(ch);
          ch = chars[pos++];
          if (width > 99) return null;
        }
      }
      if (ch === ".") {
        ch = chars[pos++];
        prec = 0;
        while (ch !== undefined && ch >= "0" && ch <= "9") {
          prec = prec * 10 + Number(ch);
          ch = chars[pos++];
          if (prec > 99) return null;
        }
      }
      if (ch !== "s" && ch !== "r" && ch !== "a") return null;
      let spec = "";
      if (!ljust && width > 0) spec += ">";
      if (width >= 0) spec += String(width);
      if (prec >= 0) spec += "." + prec;
      values.push({
        _type: "FormattedValue",
        value: arg,
        conversion: ch.charCodeAt(0),
        format_spec: spec ? { _type: "Constant", value: spec, kind: null, ...noLoc } : null,
        lineno: arg.lineno,
        col_offset: arg.col_offset,
        end_lineno: arg.end_lineno,
        end_col_offset: arg.end_col_offset,
      });
    }
    if (count < elts.length) return null; // more items than format units
    return {
      _type: "JoinedStr",
      values,
      lineno: e.lineno,
      col_offset: e.col_offset,
      end_lineno: e.end_lineno,
      end_col_offset: e.end_col_offset,
    };
  }

  private joinedStr(e: ast.JoinedStr): void {
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadConst("");
      this.emitName(Op.LOAD_METHOD, "join");
      this.emit(Op.BUILD_LIST, 0);
      for (const v of e.values) {
        this.visitExpr(v);
        this.emit(Op.LIST_APPEND, 1);
      }
      this.emit(Op.CALL, 1);
      return;
    }
    for (const v of e.values) this.visitExpr(v);
    if (n !== 1) this.emit(Op.BUILD_STRING, n);
  }

  private formattedValue(e: ast.FormattedValue): void {
    this.visitExpr(e.value);
    let arg: number;
    switch (e.conversion) {
      case 115: // 's'
        arg = 1;
        break;
      case 114: // 'r'
        arg = 2;
        break;
      case 97: // 'a'
        arg = 3;
        break;
      default:
        arg = 0;
    }
    if (e.format_spec) {
      this.visitExpr(e.format_spec);
      arg |= 4;
    }
    this.emit(Op.FORMAT_VALUE, arg);
  }

  // ---- Generators ---------------------------------------------------------------------------

  /** YIELD_VALUE (wrapped for async generators) and the resume point after it. */
  private emitYield(): void {
    if (this.u.ste.generator && this.u.ste.coroutine) this.emit(Op.ASYNC_GEN_WRAP);
    this.emit(Op.YIELD_VALUE);
    this.emit(Op.RESUME, 1);
  }

  /**
   * The delegation loop of `yield from` / `await` (stack: [receiver, None]):
   *   start: SEND exit; YIELD_VALUE; RESUME 2|3; JUMP start; exit: (result on the stack)
   */
  yieldFrom(isAwait: boolean): void {
    const start = this.newLabel();
    const exit = this.newLabel();
    this.useLabel(start);
    this.emitJump(Op.SEND, exit);
    this.nextBlock();
    this.emit(Op.YIELD_VALUE);
    this.emit(Op.RESUME, isAwait ? 3 : 2);
    this.emitJump(Op.JUMP, start);
    this.useLabel(exit);
  }

  // ---- Comprehensions -----------------------------------------------------------------------

  private comprehension(
    e: ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp,
    name: string,
    generators: ast.comprehension[],
    elt: ast.expr,
    val: ast.expr | null,
  ): void {
    const outerScope = this.u.scopeType;
    const outermost = generators[0];
    this.enterScope(name, ScopeType.COMPREHENSION, e, e.lineno);
    this.setLoc(e);
    const isAsyncGenerator = this.u.ste.coroutine;
    const isGenexp = e._type === "GeneratorExp";
    if (
      isAsyncGenerator && !isGenexp && outerScope !== ScopeType.ASYNC_FUNCTION &&
      outerScope !== ScopeType.COMPREHENSION
    ) {
      throw this.error("asynchronous comprehension outside of an asynchronous function");
    }
    if (!isGenexp) {
      this.emit(
        e._type === "ListComp"
          ? Op.BUILD_LIST
          : e._type === "SetComp"
          ? Op.BUILD_SET
          : Op.BUILD_MAP,
        0,
      );
    }
    this.comprehensionGenerator(e, generators, 0, 0, elt, val);
    if (!isGenexp) this.emit(Op.RETURN_VALUE);
    const code = this.exitScope(true);
    this.makeClosure(code, 0);
    this.visitIterable(outermost.iter);
    this.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 0);
    if (isAsyncGenerator && !isGenexp) {
      this.emit(Op.GET_AWAITABLE, 0);
      this.loadConst(None);
      this.yieldFrom(true);
    }
  }

  private comprehensionGenerator(
    e: ast.expr,
    generators: ast.comprehension[],
    index: number,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
  ): void {
    if (generators[index].is_async) {
      this.asyncComprehensionGenerator(e, generators, index, depth, elt, val);
    } else {
      this.syncComprehensionGenerator(e, generators, index, depth, elt, val);
    }
  }

  private syncComprehensionGenerator(
    e: ast.expr,
    generators: ast.comprehension[],
    index: number,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
  ): void {
    let start: Label | null = this.newLabel();
    const ifCleanup = this.newLabel();
    const anchor = this.newLabel();
    const gen = generators[index];
    if (index === 0) {
      // The outermost iterator is the implicit argument `.0`.
      this.u.argcount = 1;
      this.emitVar(Op.LOAD_FAST, ".0");
    } else {
      // `for y in [f(x)]`: a one-item display is just an assignment.
      const elts = gen.iter._type === "List" || gen.iter._type === "Tuple" ? gen.iter.elts : null;
      const constant = this.folder.fold(gen.iter) !== undefined ||
        this.folder.foldIter(gen.iter) !== undefined;
      if (elts !== null && elts.length === 1 && elts[0]._type !== "Starred" && !constant) {
        this.visitExpr(elts[0]);
        start = null;
      }
      if (start !== null) {
        this.visitIterable(gen.iter);
        this.emit(Op.GET_ITER);
      }
    }
    if (start !== null) {
      depth++;
      this.useLabel(start);
      this.emitJump(Op.FOR_ITER, anchor);
    }
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(e, generators, index + 1, depth, elt, val);
    } else {
      this.comprehensionElement(e, depth, elt, val);
    }
    this.useLabel(ifCleanup);
    if (start !== null) {
      this.emitJump(Op.JUMP, start);
      this.useLabel(anchor);
    }
  }

  private asyncComprehensionGenerator(
    e: ast.expr,
    generators: ast.comprehension[],
    index: number,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
  ): void {
    const start = this.newLabel();
    const except = this.newLabel();
    const ifCleanup = this.newLabel();
    const gen = generators[index];
    if (index === 0) {
      this.u.argcount = 1;
      this.emitVar(Op.LOAD_FAST, ".0");
    } else {
      this.visitIterable(gen.iter);
      this.emit(Op.GET_AITER);
    }
    this.useLabel(start);
    this.pushFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
    this.emitJump(Pseudo.SETUP_FINALLY, except);
    this.emit(Op.GET_ANEXT);
    this.loadConst(None);
    this.yieldFrom(true);
    this.emit(Pseudo.POP_BLOCK);
    this.visitExpr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    if (index + 1 < generators.length) {
      this.comprehensionGenerator(e, generators, index + 1, depth, elt, val);
    } else {
      this.comprehensionElement(e, depth, elt, val);
    }
    this.useLabel(ifCleanup);
    this.emitJump(Op.JUMP, start);
    this.popFBlock();
    this.useLabel(except);
    this.emit(Op.END_ASYNC_FOR);
  }

  private comprehensionElement(
    e: ast.expr,
    depth: number,
    elt: ast.expr,
    val: ast.expr | null,
  ): void {
    switch (e._type) {
      case "GeneratorExp":
        this.visitExpr(elt);
        this.emitYield();
        this.emit(Op.POP_TOP);
        return;
      case "ListComp":
        this.visitExpr(elt);
        this.emit(Op.LIST_APPEND, depth + 1);
        return;
      case "SetComp":
        this.visitExpr(elt);
        this.emit(Op.SET_ADD, depth + 1);
        return;
      case "DictComp":
        this.visitExpr(elt);
        this.visitExpr(val!);
        this.emit(Op.MAP_ADD, depth + 1);
        return;
    }
  }

  // ---- match --------------------------------------------------------------------------------

  private matchStmt(s: ast.Match): void {
    compilePattern(this, s);
  }
}

// ---- Helpers ------------------------------------------------------------------------------------

/** The docstring of a body: its first statement when that is a string constant. */
export function docstring(body: ast.stmt[]): string | null {
  if (body.length === 0) return null;
  const st = body[0];
  if (st._type !== "Expr") return null;
  const v = st.value;
  if (v._type === "Constant" && typeof v.value === "string") return v.value;
  return null;
}

/** Whether a body (not looking into nested functions or classes) has annotated assignments. */
export function findAnnotations(stmts: ast.stmt[]): boolean {
  for (const s of stmts) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnnotations(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) {
          return true;
        }
        break;
      case "Match":
        for (const c of s.cases) if (findAnnotations(c.body)) return true;
        break;
    }
  }
  return false;
}

import { unparse } from "./unparse.ts";
