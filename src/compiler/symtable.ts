// Symbol tables, as CPython 3.11's Python/symtable.c builds them: one pass over the AST records
// how each name is used in each scope (flags), then `analyze` resolves every name to a scope
// (local, cell, free, global explicit/implicit) following the nesting of blocks. The code
// generator asks `scopeOf(name)` to choose between FAST, DEREF, GLOBAL and NAME instructions.

import type * as ast from "./ast.ts";
import { compilationTooDeep, PySyntaxErrorInfo } from "./syntax_error.ts";

// ---- Flags recorded per name (symtable.h DEF_*) ----------------------------------------------
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

const SCOPE_OFFSET = 11;
const SCOPE_MASK = 0xf << SCOPE_OFFSET;

/** The scope a name resolves to in a block. */
export const enum Scope {
  NONE = 0,
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}

export type BlockType = "function" | "class" | "module" | "annotation";
export type ComprehensionKind = "list" | "set" | "dict" | "generator" | null;

/** Something with a source span, used for error locations. */
interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** One scope: module, class body, function, lambda or comprehension. */
export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  /** Parameter names in order (posonly, args, kwonly, *args, **kwargs). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** Where each global/nonlocal (or walrus-implied) declaration of a name happened. */
  readonly directives = new Map<string, Span>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** Some child (or this block) has free variables. */
  free = false;
  childFree = false;
  /** A class body whose methods use `__class__` or `super`: it must create the cell. */
  needsClassClosure = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly node: object | null,
    readonly lineno: number,
    readonly colOffset: number,
  ) {}

  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  scopeOf(name: string): Scope {
    return ((this.symbols.get(name) ?? 0) & SCOPE_MASK) >> SCOPE_OFFSET;
  }
}

/** `__spam` inside class `Ham` is `_Ham__spam` (CPython's _Py_Mangle). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return "_" + stripped + name;
}

/** The interpreter's recursion depth and limit when compilation starts. */
export interface CompileRecursion {
  depth: number;
  limit: number;
}

const COMPILER_STACK_FRAME_SCALE = 3;

export class SymbolTable {
  readonly top: SymbolTableEntry;
  readonly byNode = new Map<object, SymbolTableEntry>();
  private readonly stack: SymbolTableEntry[] = [];
  private cur: SymbolTableEntry;
  private globalSymbols: Map<string, number>;
  private privateName: string | null = null;
  /** `from __future__ import annotations` is in effect. */
  readonly futureAnnotations: boolean;

  /** Nesting of statements and expressions visited, against `depthLimit` (symtable.c). */
  private depth: number;
  private readonly depthLimit: number;

  constructor(
    mod: ast.mod,
    readonly filename: string,
    private readonly lineText: (lineno: number) => string,
    futureAnnotations: boolean,
    recursion: CompileRecursion = { depth: 0, limit: 1000 },
  ) {
    this.futureAnnotations = futureAnnotations;
    // CPython scales the interpreter's recursion depth and limit by COMPILER_STACK_FRAME_SCALE.
    this.depth = recursion.depth * COMPILER_STACK_FRAME_SCALE;
    this.depthLimit = recursion.limit * COMPILER_STACK_FRAME_SCALE;
    this.top = new SymbolTableEntry("top", "module", mod, 0, 0);
    this.byNode.set(mod, this.top);
    this.cur = this.top;
    this.stack.push(this.top);
    this.globalSymbols = this.top.symbols;
    switch (mod._type) {
      case "Module":
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      case "FunctionType":
        break;
    }
    this.stack.pop();
    analyzeBlock(this, this.top, null, new Set(), new Set());
  }

  entry(node: object): SymbolTableEntry {
    const ste = this.byNode.get(node);
    if (ste === undefined) throw new Error("compiler: no symbol table entry for node");
    return ste;
  }

  error(msg: string, at: Span): PySyntaxErrorInfo {
    return new PySyntaxErrorInfo(
      "SyntaxError",
      msg,
      this.filename,
      at.lineno,
      at.col_offset + 1,
      this.lineText(at.lineno),
      at.end_lineno,
      at.end_col_offset + 1,
    );
  }

  // ---- Recording --------------------------------------------------------------------------

  private enterBlock(name: string, type: BlockType, node: object, at: Span): void {
    const ste = new SymbolTableEntry(name, type, node, at.lineno, at.col_offset);
    const prev = this.cur;
    if (prev.nested || prev.type === "function") ste.nested = true;
    prev.children.push(ste);
    this.byNode.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
  }

  private exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  private addDef(name: string, flag: number, at: Span, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, at);
      }
      val |= flag;
    } else val = flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          at,
        );
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      this.globalSymbols.set(mangled, flag | (this.globalSymbols.get(mangled) ?? 0));
    }
  }

  private lookup(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  private recordDirective(name: string, at: Span): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, at);
  }

  // ---- Statements -------------------------------------------------------------------------

  private visitStmts(body: ast.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitStmt(s: ast.stmt): void {
    if (++this.depth > this.depthLimit) throw compilationTooDeep();
    this.visitStmtKind(s);
    this.depth--;
  }

  private visitStmtKind(s: ast.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        for (const d of s.args.kw_defaults) if (d) this.visitExpr(d);
        this.visitAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "function", s, s);
        if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enterBlock(s.name, "class", s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = saved;
        this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        if (s.target._type === "Name") {
          const name = s.target.id;
          const cur = this.lookup(name);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            const what = cur & DEF_GLOBAL ? "global" : "nonlocal";
            throw this.error(`annotated name '${name}' can't be ${what}`, s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation);
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.visitExpr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        const kw = isGlobal ? "global" : "nonlocal";
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
            else msg = `name '${name}' is assigned to before ${kw} declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
    }
  }

  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    if (name === "*") {
      if (this.cur.type !== "module") throw this.error("import * only allowed at module level", a);
      return;
    }
    const dot = name.indexOf(".");
    this.addDef(dot === -1 ? name : name.slice(0, dot), DEF_IMPORT, a);
  }

  private visitParams(args: ast.arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.varargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private visitAnnotations(args: ast.arguments, returns: ast.expr | null): void {
    for (const a of args.posonlyargs) if (a.annotation) this.visitAnnotation(a.annotation);
    for (const a of args.args) if (a.annotation) this.visitAnnotation(a.annotation);
    if (args.vararg?.annotation) this.visitAnnotation(args.vararg.annotation);
    if (args.kwarg?.annotation) this.visitAnnotation(args.kwarg.annotation);
    for (const a of args.kwonlyargs) if (a.annotation) this.visitAnnotation(a.annotation);
    if (returns) this.visitAnnotation(returns);
  }

  private visitAnnotation(e: ast.expr): void {
    // Under `from __future__ import annotations` annotations become strings, but their names
    // are still checked in an annotation block (so e.g. `yield` in one is an error).
    if (this.futureAnnotations) {
      this.enterBlock("_annotation", "annotation", e, e);
      this.visitExpr(e);
      this.exitBlock();
    } else {
      this.visitExpr(e);
    }
  }

  // ---- Expressions ------------------------------------------------------------------------

  private visitExprs(es: ast.expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  private raiseIfAnnotationBlock(what: string, e: Span): void {
    if (this.cur.type === "annotation") {
      throw this.error(`${what} cannot be used within an annotation`, e);
    }
  }

  private raiseIfComprehensionBlock(e: Span): never {
    const kind = this.cur.comprehension;
    const msg = kind === "list"
      ? "'yield' inside list comprehension"
      : kind === "set"
      ? "'yield' inside set comprehension"
      : kind === "dict"
      ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression";
    throw this.error(msg, e);
  }

  private visitExpr(e: ast.expr): void {
    if (++this.depth > this.depthLimit) throw compilationTooDeep();
    this.visitExprKind(e);
    this.depth--;
  }

  private visitExprKind(e: ast.expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        this.handleNamedExpr(e);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda": {
        this.raiseIfAnnotationBlock("lambda expression", e);
        this.visitExprs(e.args.defaults);
        for (const d of e.args.kw_defaults) if (d) this.visitExpr(d);
        this.enterBlock("lambda", "function", e, e);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      }
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        for (const k of e.keys) if (k) this.visitExpr(k);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, e);
        // Zero-argument super() needs the __class__ cell.
        if (e.ctx === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
    }
  }

  private handleNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      throw this.error(
        "assignment expression cannot be used in a comprehension iterable expression",
        e,
      );
    }
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.flagsOf(name) & DEF_COMP_ITER) {
          throw this.error(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            target,
          );
        }
        continue;
      }
      if (ste.type === "function") {
        this.addDef(name, ste.flagsOf(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === "class") {
        throw this.error(
          "assignment expression within a comprehension cannot be used in a class body",
          target,
        );
      }
    }
  }

  private handleComprehension(
    e: ast.GeneratorExp | ast.ListComp | ast.SetComp | ast.DictComp,
    scopeName: string,
    generators: ast.comprehension[],
    elt: ast.expr,
    value: ast.expr | null,
  ): void {
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope and passed as argument `.0`.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, "function", e, e);
    this.cur.comprehension = e._type === "ListComp"
      ? "list"
      : e._type === "SetComp"
      ? "set"
      : e._type === "DictComp"
      ? "dict"
      : "generator";
    if (outermost.is_async) this.cur.coroutine = true;
    this.addDef(".0", DEF_PARAM, e);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i];
      this.cur.compIterTarget = true;
      this.visitExpr(lc.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(lc.iter);
      this.cur.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    // An async list/set/dict comprehension makes the enclosing function a coroutine user.
    if (isAsync) this.cur.coroutine = true;
  }

  // ---- Patterns ---------------------------------------------------------------------------

  private visitPattern(p: ast.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }
}

// ---- Analysis (symtable.c analyze_block and friends) ------------------------------------------

function analyzeName(
  st: SymbolTable,
  ste: SymbolTableEntry,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) {
      throw st.error(`name '${name}' is nonlocal and global`, ste.directives.get(name)!);
    }
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) {
      throw st.error(
        "nonlocal declaration not allowed at module level",
        ste.directives.get(name)!,
      );
    }
    if (!bound.has(name)) {
      throw st.error(`no binding for nonlocal '${name}' found`, ste.directives.get(name)!);
    }
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    return;
  }
  // Bound in an enclosing function: free here (a non-null bound means the block is nested).
  if (bound !== null && bound.has(name)) {
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) {
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
    return;
  }
  if (ste.nested) ste.free = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

function analyzeBlock(
  st: SymbolTable,
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  // Class bindings are not visible in methods: pass down what the class itself sees.
  if (ste.type === "class") {
    for (const n of global) newGlobal.add(n);
    if (bound) { for (const n of bound) newBound.add(n); }
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(st, ste, scopes, name, flags, bound, local, free, global);
  }
  if (ste.type !== "class") {
    if (ste.type === "function") { for (const n of local) newBound.add(n); }
    if (bound) { for (const n of bound) newBound.add(n); }
    for (const n of global) newGlobal.add(n);
  } else {
    newBound.add("__class__");
  }

  const allFree = new Set<string>();
  for (const child of ste.children) {
    const childFree = new Set(newFree);
    analyzeBlock(st, child, new Set(newBound), childFree, new Set(newGlobal));
    for (const n of childFree) allFree.add(n);
    if (child.free || child.childFree) ste.childFree = true;
  }
  for (const n of allFree) newFree.add(n);

  if (ste.type === "function") {
    // Locals that children capture become cells.
    for (const [name, scope] of scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (ste.type === "class") {
    if (newFree.delete("__class__")) ste.needsClassClosure = true;
  }

  // Record the scopes.
  for (const [name, flags] of ste.symbols) {
    ste.symbols.set(name, (flags & ~SCOPE_MASK) | ((scopes.get(name) ?? 0) << SCOPE_OFFSET));
  }
  // Free variables of children not resolved here pass through this block.
  for (const name of newFree) {
    const v = ste.symbols.get(name);
    if (v !== undefined) {
      // A method's free variable named like a class-level binding: the class must also
      // carry it as a free variable (LOAD_CLASSDEREF).
      if (ste.type === "class" && v & (DEF_BOUND | DEF_GLOBAL)) {
        ste.symbols.set(name, v | DEF_FREE_CLASS);
      }
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    ste.symbols.set(name, Scope.FREE << SCOPE_OFFSET);
  }
  for (const n of newFree) free.add(n);
}
