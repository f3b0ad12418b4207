// Code objects: the compiler's output and the eval loop's input (CPython's PyCodeObject).
import { objectType, PyObject, PyType, type PyValue, typeType } from "./object.ts";

export const codeType: PyType = new PyType(typeType, "code", [objectType]);
codeType.isFinal = true;

/** co_flags bits, CPython's values. */
export const enum CodeFlag {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,
}

/** Kind bits of each localsplus slot (CPython's CO_FAST_*). A cell argument is LOCAL|CELL. */
export const enum LocalKind {
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}

/**
 * One exception-table entry: instructions [start, end) are covered; on an exception the value
 * stack is popped to `depth`, the instruction index is pushed if `lasti`, then the exception,
 * and execution continues at `target`. Entries are sorted by start and do not overlap (the
 * innermost handler wins, as 3.11's table encodes it).
 */
export interface ExceptionTableEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

export class PyCode extends PyObject {
  constructor(
    /** (opcode, oparg) pairs; see src/compiler/opcodes.ts. */
    readonly co_code: Int32Array,
    readonly co_consts: PyValue[],
    readonly co_names: string[],
    /** Names of all fast slots: locals (args first), then cell-only vars, then free vars. */
    readonly co_localsplusnames: string[],
    /** LocalKind bits per slot. */
    readonly co_localspluskinds: Uint8Array,
    readonly co_argcount: number,
    readonly co_posonlyargcount: number,
    readonly co_kwonlyargcount: number,
    readonly co_flags: number,
    readonly co_stacksize: number,
    readonly co_name: string,
    readonly co_qualname: string,
    public co_filename: string,
    readonly co_firstlineno: number,
    /**
     * Source positions per instruction, 4 words each: lineno, end_lineno, col_offset,
     * end_col_offset (-1 where unknown; col offsets are UTF-8 byte offsets as in CPython).
     */
    readonly co_positions: Int32Array,
    readonly co_exceptiontable: readonly ExceptionTableEntry[],
  ) {
    super(codeType);
    let nlocals = 0, ncells = 0, nfrees = 0;
    for (const kind of co_localspluskinds) {
      if (kind & LocalKind.FREE) nfrees++;
      else if (kind & LocalKind.LOCAL) nlocals++;
      else if (kind & LocalKind.CELL) ncells++;
    }
    this.nlocals = nlocals;
    this.ncellvars = ncells;
    this.nfreevars = nfrees;
    this.nlocalsplus = co_localspluskinds.length;
    this.frameSize = this.nlocalsplus + co_stacksize;
  }

  /** co_nlocals: slots that are plain locals (including cell arguments). */
  readonly nlocals: number;
  /** Slots that are cells but not arguments/locals. */
  readonly ncellvars: number;
  readonly nfreevars: number;
  readonly nlocalsplus: number;
  /** Data-stack words a frame of this code needs: localsplus then the evaluation stack. */
  readonly frameSize: number;
  /**
   * The eval loop's per-instruction inline caches (src/runtime/inline_cache.ts), indexed by
   * instruction, made on first use; null until then. Not visible from Python.
   */
  inlineCache: unknown[] | null = null;

  /** Names of the slots whose kind has any of `bits` (CPython's co_varnames & co.). */
  private namesOfKind(bits: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.co_localsplusnames.length; i++) {
      if (this.co_localspluskinds[i] & bits) out.push(this.co_localsplusnames[i]);
    }
    return out;
  }

  /** Arguments then other plain locals (cell arguments included). */
  get co_varnames(): string[] {
    return this.namesOfKind(LocalKind.LOCAL);
  }

  /** Variables of this scope captured by inner scopes (cell arguments included). */
  get co_cellvars(): string[] {
    return this.namesOfKind(LocalKind.CELL);
  }

  /** Variables of enclosing scopes this code uses (the closure's cells). */
  get co_freevars(): string[] {
    return this.namesOfKind(LocalKind.FREE);
  }

  get co_nlocals(): number {
    return this.nlocals;
  }

  /** Number of instructions. */
  get length(): number {
    return this.co_code.length >> 1;
  }

  /** Line of instruction i (-1 for none, e.g. artificial instructions). */
  lineOf(i: number): number {
    return this.co_positions[4 * i];
  }
}
