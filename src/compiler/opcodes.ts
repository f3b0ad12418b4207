// Coil's instruction set: CPython 3.11's base (unspecialized) instructions, each defined once
// here with its stack effect. The compiler emits them, the disassembler prints them and the eval
// loop (src/runtime/eval.ts) executes them; all three read this table.
//
// Encoding: a code object's `co_code` is an Int32Array of (opcode, oparg) pairs, so instruction
// i lives at words 2*i and 2*i+1. Opargs are full 32-bit: there is no EXTENDED_ARG. Jump targets
// are absolute instruction indices (not byte offsets, not relative), which keeps the eval loop's
// jumps a single assignment. `dis` prints byte offsets as 2*i to read like CPython's.
//
// Stack notation: `(before -- after)`, top of stack rightmost. NULL is the absent value
// (`undefined` in a stack slot), pushed by PUSH_NULL / LOAD_GLOBAL / LOAD_METHOD before a call.

export const enum Op {
  /** ( -- ) */
  NOP = 0,
  /** (value -- ) */
  POP_TOP,
  /** ( -- NULL) */
  PUSH_NULL,
  /** (a_n ... a_1 -- a_n ... a_1 a_n): push a copy of the n-th item (1 is top). */
  COPY,
  /** Swap top with the n-th item. */
  SWAP,

  // ---- Loads and stores -----------------------------------------------------------------
  /** ( -- co_consts[arg]) */
  LOAD_CONST,
  /** ( -- localsplus[arg]); UnboundLocalError if unbound. */
  LOAD_FAST,
  /** (value -- ): localsplus[arg] = value */
  STORE_FAST,
  /** ( -- ): unbind localsplus[arg]; UnboundLocalError if already unbound. */
  DELETE_FAST,
  /** ( -- value): locals mapping, then globals, then builtins (module and class bodies). */
  LOAD_NAME,
  /** (value -- ): locals mapping[co_names[arg]] = value */
  STORE_NAME,
  /** ( -- ) */
  DELETE_NAME,
  /** ( -- [NULL] value): globals then builtins of co_names[arg >> 1]; if arg & 1, push NULL first. */
  LOAD_GLOBAL,
  /** (value -- ) */
  STORE_GLOBAL,
  /** ( -- ) */
  DELETE_GLOBAL,
  /** ( -- cell contents): localsplus[arg] is a cell; NameError/UnboundLocalError if empty. */
  LOAD_DEREF,
  /** (value -- ): set contents of the cell in localsplus[arg]. */
  STORE_DEREF,
  /** ( -- ): empty the cell in localsplus[arg]. */
  DELETE_DEREF,
  /** ( -- cell): push the cell object itself in localsplus[arg] (for building closures). */
  LOAD_CLOSURE,
  /** ( -- value): class bodies: locals mapping first, then the cell in localsplus[arg]. */
  LOAD_CLASSDEREF,
  /** ( -- ): replace localsplus[arg] by a new cell holding its current value (or empty). */
  MAKE_CELL,
  /** ( -- ): copy the function's n = arg closure cells into the last n localsplus slots. */
  COPY_FREE_VARS,

  // ---- Attributes and items -------------------------------------------------------------
  /** (owner -- owner.attr) co_names[arg] */
  LOAD_ATTR,
  /** (value owner -- ): owner.attr = value */
  STORE_ATTR,
  /** (owner -- ) */
  DELETE_ATTR,
  /** (owner -- meth self | NULL attr): unbound method and self when attr is a plain method. */
  LOAD_METHOD,
  /** (container key -- container[key]) */
  BINARY_SUBSCR,
  /** (value container key -- ): container[key] = value */
  STORE_SUBSCR,
  /** (container key -- ) */
  DELETE_SUBSCR,

  // ---- Operators ------------------------------------------------------------------------
  /** (lhs rhs -- result); arg is a BinaryOp (in-place forms included). */
  BINARY_OP,
  /** (value -- -value) */
  UNARY_NEGATIVE,
  /** (value -- +value) */
  UNARY_POSITIVE,
  /** (value -- not value) */
  UNARY_NOT,
  /** (value -- ~value) */
  UNARY_INVERT,
  /** (lhs rhs -- result); arg is a CompareOp. */
  COMPARE_OP,
  /** (lhs rhs -- bool): `is`, or `is not` when arg is 1. */
  IS_OP,
  /** (lhs rhs -- bool): `lhs in rhs`, or `not in` when arg is 1. */
  CONTAINS_OP,

  // ---- Building values ------------------------------------------------------------------
  /** (items[arg] -- tuple) */
  BUILD_TUPLE,
  /** (items[arg] -- list) */
  BUILD_LIST,
  /** (items[arg] -- set) */
  BUILD_SET,
  /** (k1 v1 ... k_arg v_arg -- dict) */
  BUILD_MAP,
  /** (values[arg] keys_tuple -- dict) */
  BUILD_CONST_KEY_MAP,
  /** (strs[arg] -- str): concatenate. */
  BUILD_STRING,
  /** (start stop -- slice) if arg == 2; (start stop step -- slice) if arg == 3. */
  BUILD_SLICE,
  /** (list x_{arg-1} ... x_1 v -- list x ...): append v to the list arg items down (1 = just below v). */
  LIST_APPEND,
  /** Like LIST_APPEND for a set. */
  SET_ADD,
  /** (dict ... key value -- dict ...): dict at depth arg (below key and value). */
  MAP_ADD,
  /** (list ... iterable -- list ...): list at depth arg extends by iterable. */
  LIST_EXTEND,
  /** (set ... iterable -- set ...) */
  SET_UPDATE,
  /** (dict ... mapping -- dict ...): dict.update; TypeError "'X' object is not a mapping". */
  DICT_UPDATE,
  /** (callable ... dict ... mapping -- ...): like DICT_UPDATE but duplicate keys raise TypeError (f(**a, **b)). */
  DICT_MERGE,
  /** (list -- tuple) */
  LIST_TO_TUPLE,
  /** (value [spec] -- str): arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); arg & 4: spec on stack. */
  FORMAT_VALUE,

  // ---- Unpacking ------------------------------------------------------------------------
  /** (seq -- item_{arg-1} ... item_0): item 0 ends on top. */
  UNPACK_SEQUENCE,
  /** (seq -- after... list before...): arg = before | (after << 8), for `a, *b, c = seq`. */
  UNPACK_EX,

  // ---- Control flow ---------------------------------------------------------------------
  /** Jump to instruction arg (forward or backward; backward jumps are loop back-edges). */
  JUMP,
  /** (cond -- ): jump to arg if false. */
  POP_JUMP_IF_FALSE,
  /** (cond -- ): jump to arg if true. */
  POP_JUMP_IF_TRUE,
  /** (value -- ): jump to arg if value is None. */
  POP_JUMP_IF_NONE,
  /** (value -- ): jump to arg if value is not None. */
  POP_JUMP_IF_NOT_NONE,
  /** (cond -- cond) and jump to arg if false, else (cond -- ). */
  JUMP_IF_FALSE_OR_POP,
  /** (cond -- cond) and jump to arg if true, else (cond -- ). */
  JUMP_IF_TRUE_OR_POP,
  /** (iterable -- iterator) */
  GET_ITER,
  /** (iter -- iter next) or, when exhausted, (iter -- ) and jump to arg. */
  FOR_ITER,

  // ---- Calls and functions --------------------------------------------------------------
  /** ( -- ): the next CALL's last len(co_consts[arg]) arguments are keywords with those names. */
  KW_NAMES,
  /** (NULL callable args[arg] -- result) or (method self args[arg] -- result). */
  CALL,
  /** (NULL callable args_tuple [kwargs_dict] -- result); kwargs present if arg & 1. */
  CALL_FUNCTION_EX,
  /**
   * ([defaults_tuple] [kwdefaults_dict] [annotations_tuple] [closure_tuple] code -- function);
   * arg flags: 0x01 defaults, 0x02 kwdefaults, 0x04 annotations, 0x08 closure.
   */
  MAKE_FUNCTION,
  /** (value -- ): return value to the caller and pop the frame. */
  RETURN_VALUE,
  /**
   * ( -- sent): create the generator/coroutine that owns this frame and return it to the
   * caller. Its first resumption pushes the sent value (None), which the POP_TOP the compiler
   * emits right after this instruction discards — so for stack depth it pushes one value.
   */
  RETURN_GENERATOR,
  /** (value -- sent): suspend, yielding value; resumes with the sent value on the stack. */
  YIELD_VALUE,
  /** ( -- ): frame entry and resume point (arg: 0 start, 1 after yield, 2 after yield from, 3 after await). */
  RESUME,
  /**
   * (receiver value -- receiver result): send value into receiver; when it yields, result is the
   * yielded value and execution continues (a YIELD_VALUE follows); when it returns, pop receiver,
   * push its return value and jump to arg.
   */
  SEND,
  /** (iterable -- iterator): iter(), but generators and coroutines (from a coroutine) pass through. */
  GET_YIELD_FROM_ITER,
  /** (iterable -- awaitable iterator); arg: 1 after __aenter__, 2 after __aexit__ (for errors). */
  GET_AWAITABLE,
  /** (aiterable -- aiterator) */
  GET_AITER,
  /** (aiterator -- aiterator awaitable) */
  GET_ANEXT,
  /** (aiterator exc -- ): swallow StopAsyncIteration, else re-raise. */
  END_ASYNC_FOR,
  /** (value -- wrapped): mark a value yielded by an async generator. */
  ASYNC_GEN_WRAP,

  // ---- Exceptions -----------------------------------------------------------------------
  /** (args[arg] -- ): 0 re-raise active, 1 raise exc, 2 raise exc from cause. */
  RAISE_VARARGS,
  /** (exc -- ): re-raise exc; if arg, the item arg below exc is a lasti to restore as f_lasti. */
  RERAISE,
  /** (exc -- prev_exc exc): save the currently handled exception, make exc the handled one. */
  PUSH_EXC_INFO,
  /** (prev_exc -- ): restore the handled exception. */
  POP_EXCEPT,
  /** (exc type -- exc bool) */
  CHECK_EXC_MATCH,
  /** (exc_group type -- rest match): split for except*; match is None if nothing matched. */
  CHECK_EG_MATCH,
  /** (orig list -- exc): combine raised/reraised exceptions of an except* block. */
  PREP_RERAISE_STAR,
  /** (exit lasti prev_exc exc -- exit lasti prev_exc exc result): call exit(type, exc, tb). */
  WITH_EXCEPT_START,
  /** (mgr -- exit enter_result) */
  BEFORE_WITH,
  /** (mgr -- aexit awaitable) */
  BEFORE_ASYNC_WITH,
  /** ( -- AssertionError) */
  LOAD_ASSERTION_ERROR,

  // ---- Modules, classes, misc -----------------------------------------------------------
  /** (level fromlist -- module) co_names[arg] */
  IMPORT_NAME,
  /** (module -- module attr) co_names[arg] */
  IMPORT_FROM,
  /** (module -- ): from module import * into the locals mapping. */
  IMPORT_STAR,
  /** ( -- __build_class__) */
  LOAD_BUILD_CLASS,
  /** ( -- ): create __annotations__ in the locals mapping if missing. */
  SETUP_ANNOTATIONS,
  /** (value -- ): interactive mode: print repr and set builtins._ */
  PRINT_EXPR,
  /** (subject type names -- attrs_tuple_or_None): arg = number of positional sub-patterns. */
  MATCH_CLASS,
  /** (subject -- subject bool) */
  MATCH_MAPPING,
  /** (subject -- subject bool) */
  MATCH_SEQUENCE,
  /** (subject keys -- subject keys values_tuple_or_None) */
  MATCH_KEYS,
  /** (obj -- obj len) */
  GET_LEN,
}

/** Number of opcodes (for tables indexed by opcode). */
export const OPCODE_COUNT = Op.GET_LEN + 1;

/** Operator of BINARY_OP, numbered as in CPython 3.11 (NB_* in opcode.h). */
export const enum BinaryOp {
  ADD = 0,
  AND = 1,
  FLOOR_DIVIDE = 2,
  LSHIFT = 3,
  MATRIX_MULTIPLY = 4,
  MULTIPLY = 5,
  REMAINDER = 6,
  OR = 7,
  POWER = 8,
  RSHIFT = 9,
  SUBTRACT = 10,
  TRUE_DIVIDE = 11,
  XOR = 12,
  INPLACE_ADD = 13,
  INPLACE_AND = 14,
  INPLACE_FLOOR_DIVIDE = 15,
  INPLACE_LSHIFT = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  INPLACE_MULTIPLY = 18,
  INPLACE_REMAINDER = 19,
  INPLACE_OR = 20,
  INPLACE_POWER = 21,
  INPLACE_RSHIFT = 22,
  INPLACE_SUBTRACT = 23,
  INPLACE_TRUE_DIVIDE = 24,
  INPLACE_XOR = 25,
}

/** The source text of each BinaryOp, as `dis` and error messages print it. */
export const BINARY_OP_SYMBOLS: readonly string[] = [
  "+",
  "&",
  "//",
  "<<",
  "@",
  "*",
  "%",
  "|",
  "**",
  ">>",
  "-",
  "/",
  "^",
  "+=",
  "&=",
  "//=",
  "<<=",
  "@=",
  "*=",
  "%=",
  "|=",
  "**=",
  ">>=",
  "-=",
  "/=",
  "^=",
];

/** Operator of COMPARE_OP, numbered as CPython's Py_LT … Py_GE. */
export const enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

export const COMPARE_OP_SYMBOLS: readonly string[] = ["<", "<=", "==", "!=", ">", ">="];

/** MAKE_FUNCTION flag bits. */
export const enum MakeFunctionFlag {
  DEFAULTS = 0x01,
  KWDEFAULTS = 0x02,
  ANNOTATIONS = 0x04,
  CLOSURE = 0x08,
}

/** Names of the opcodes, indexed by opcode (for `dis` and error messages). */
export const OPCODE_NAMES: readonly string[] = [
  "NOP",
  "POP_TOP",
  "PUSH_NULL",
  "COPY",
  "SWAP",
  "LOAD_CONST",
  "LOAD_FAST",
  "STORE_FAST",
  "DELETE_FAST",
  "LOAD_NAME",
  "STORE_NAME",
  "DELETE_NAME",
  "LOAD_GLOBAL",
  "STORE_GLOBAL",
  "DELETE_GLOBAL",
  "LOAD_DEREF",
  "STORE_DEREF",
  "DELETE_DEREF",
  "LOAD_CLOSURE",
  "LOAD_CLASSDEREF",
  "MAKE_CELL",
  "COPY_FREE_VARS",
  "LOAD_ATTR",
  "STORE_ATTR",
  "DELETE_ATTR",
  "LOAD_METHOD",
  "BINARY_SUBSCR",
  "STORE_SUBSCR",
  "DELETE_SUBSCR",
  "BINARY_OP",
  "UNARY_NEGATIVE",
  "UNARY_POSITIVE",
  "UNARY_NOT",
  "UNARY_INVERT",
  "COMPARE_OP",
  "IS_OP",
  "CONTAINS_OP",
  "BUILD_TUPLE",
  "BUILD_LIST",
  "BUILD_SET",
  "BUILD_MAP",
  "BUILD_CONST_KEY_MAP",
  "BUILD_STRING",
  "BUILD_SLICE",
  "LIST_APPEND",
  "SET_ADD",
  "MAP_ADD",
  "LIST_EXTEND",
  "SET_UPDATE",
  "DICT_UPDATE",
  "DICT_MERGE",
  "LIST_TO_TUPLE",
  "FORMAT_VALUE",
  "UNPACK_SEQUENCE",
  "UNPACK_EX",
  "JUMP",
  "POP_JUMP_IF_FALSE",
  "POP_JUMP_IF_TRUE",
  "POP_JUMP_IF_NONE",
  "POP_JUMP_IF_NOT_NONE",
  "JUMP_IF_FALSE_OR_POP",
  "JUMP_IF_TRUE_OR_POP",
  "GET_ITER",
  "FOR_ITER",
  "KW_NAMES",
  "CALL",
  "CALL_FUNCTION_EX",
  "MAKE_FUNCTION",
  "RETURN_VALUE",
  "RETURN_GENERATOR",
  "YIELD_VALUE",
  "RESUME",
  "SEND",
  "GET_YIELD_FROM_ITER",
  "GET_AWAITABLE",
  "GET_AITER",
  "GET_ANEXT",
  "END_ASYNC_FOR",
  "ASYNC_GEN_WRAP",
  "RAISE_VARARGS",
  "RERAISE",
  "PUSH_EXC_INFO",
  "POP_EXCEPT",
  "CHECK_EXC_MATCH",
  "CHECK_EG_MATCH",
  "PREP_RERAISE_STAR",
  "WITH_EXCEPT_START",
  "BEFORE_WITH",
  "BEFORE_ASYNC_WITH",
  "LOAD_ASSERTION_ERROR",
  "IMPORT_NAME",
  "IMPORT_FROM",
  "IMPORT_STAR",
  "LOAD_BUILD_CLASS",
  "SETUP_ANNOTATIONS",
  "PRINT_EXPR",
  "MATCH_CLASS",
  "MATCH_MAPPING",
  "MATCH_SEQUENCE",
  "MATCH_KEYS",
  "GET_LEN",
];

/** Opcodes whose arg is an absolute jump target. */
export const JUMP_OPCODES: ReadonlySet<number> = new Set([
  Op.JUMP,
  Op.POP_JUMP_IF_FALSE,
  Op.POP_JUMP_IF_TRUE,
  Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE,
  Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP,
  Op.FOR_ITER,
  Op.SEND,
]);

/**
 * Net stack effect of an instruction. `jump` selects the effect when the branch is taken (for
 * conditional jumps) — the compiler's stack-depth analysis follows both edges, as CPython's
 * does, to compute co_stacksize exactly.
 */
export function stackEffect(op: Op, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP:
    case Op.RESUME:
    case Op.JUMP:
    case Op.KW_NAMES:
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
    case Op.DELETE_FAST:
    case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL:
    case Op.DELETE_DEREF:
    case Op.SETUP_ANNOTATIONS:
    case Op.SWAP:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
    case Op.LOAD_ATTR:
    case Op.GET_ITER:
    case Op.GET_YIELD_FROM_ITER:
    case Op.GET_AWAITABLE:
    case Op.GET_AITER:
    case Op.YIELD_VALUE:
    case Op.ASYNC_GEN_WRAP:
      return 0;
    case Op.POP_TOP:
    case Op.STORE_FAST:
    case Op.STORE_NAME:
    case Op.STORE_GLOBAL:
    case Op.STORE_DEREF:
    case Op.DELETE_ATTR:
    case Op.BINARY_SUBSCR:
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
    case Op.LIST_APPEND:
    case Op.SET_ADD:
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_UPDATE:
    case Op.DICT_MERGE:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.POP_EXCEPT:
    case Op.IMPORT_NAME:
    case Op.IMPORT_STAR:
    case Op.PRINT_EXPR:
    case Op.RETURN_VALUE:
    case Op.RERAISE:
    case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.PUSH_NULL:
    case Op.COPY:
    case Op.LOAD_CONST:
    case Op.LOAD_FAST:
    case Op.LOAD_NAME:
    case Op.LOAD_DEREF:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_CLASSDEREF:
    case Op.LOAD_BUILD_CLASS:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.IMPORT_FROM:
    case Op.PUSH_EXC_INFO:
    case Op.GET_ANEXT:
    case Op.BEFORE_WITH:
    case Op.BEFORE_ASYNC_WITH:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
    case Op.GET_LEN:
    case Op.WITH_EXCEPT_START:
    case Op.LOAD_METHOD:
      return 1;
    case Op.RETURN_GENERATOR:
      return 1;
    case Op.LOAD_GLOBAL:
      return (arg & 1) + 1;
    case Op.STORE_ATTR:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.BUILD_CONST_KEY_MAP:
      return -arg;
    case Op.BUILD_SLICE:
      return 1 - arg;
    case Op.MAP_ADD:
      return -2;
    case Op.LIST_TO_TUPLE:
      return 0;
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.SEND:
      return jump ? -1 : 0;
    case Op.CALL:
      return -1 - arg;
    case Op.CALL_FUNCTION_EX:
      return -2 - (arg & 1);
    case Op.MAKE_FUNCTION:
      return -countBits(arg & 0x0f);
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.RAISE_VARARGS:
      return -arg;
    case Op.CHECK_EXC_MATCH:
      return 0;
    case Op.CHECK_EG_MATCH:
      return 0;
    case Op.MATCH_CLASS:
      return -2;
  }
  return 0;
}

function countBits(n: number): number {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
}
