// _opcode: stack_effect for CPython 3.11's instruction set (Python/compile.c's stack_effect).
// dis and opcode.py use CPython's opcode numbers (Lib/opcode.py), not Coil's own bytecode
// (src/compiler/opcodes.ts), so the table here is keyed by CPython's numbers.
import { None, type PyValue } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { bindArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { pyError, PyExc_ValueError } from "../objects/exceptions.ts";
import { PyModule } from "../runtime/module_object.ts";

const HAVE_ARGUMENT = 90;

/** Effect of CPython 3.11 opcode `op` (undefined: not an opcode stack_effect knows). */
function effect(op: number, arg: number, jump: number): number | undefined {
  switch (op) {
    case 9: // NOP
    case 144: // EXTENDED_ARG
    case 151: // RESUME
    case 0: // CACHE
    case 99: // SWAP
    case 10: // UNARY_POSITIVE
    case 11: // UNARY_NEGATIVE
    case 12: // UNARY_NOT
    case 15: // UNARY_INVERT
    case 68: // GET_ITER
    case 85: // SETUP_ANNOTATIONS
    case 87: // ASYNC_GEN_WRAP
    case 86: // YIELD_VALUE
    case 91: // DELETE_NAME
    case 98: // DELETE_GLOBAL
    case 106: // LOAD_ATTR
    case 36: // CHECK_EXC_MATCH
    case 37: // CHECK_EG_MATCH
    case 110: // JUMP_FORWARD
    case 140: // JUMP_BACKWARD
    case 134: // JUMP_BACKWARD_NO_INTERRUPT
    case 126: // DELETE_FAST
    case 75: // RETURN_GENERATOR
    case 172: // KW_NAMES
    case 135: // MAKE_CELL
    case 149: // COPY_FREE_VARS
    case 139: // DELETE_DEREF
    case 131: // GET_AWAITABLE
    case 50: // GET_AITER
    case 69: // GET_YIELD_FROM_ITER
    case 82: // LIST_TO_TUPLE
      return 0;
    case 1: // POP_TOP
    case 25: // BINARY_SUBSCR
    case 70: // PRINT_EXPR
    case 83: // RETURN_VALUE
    case 84: // IMPORT_STAR
    case 89: // POP_EXCEPT
    case 90: // STORE_NAME
    case 96: // DELETE_ATTR
    case 97: // STORE_GLOBAL
    case 145: // LIST_APPEND
    case 146: // SET_ADD
    case 107: // COMPARE_OP
    case 117: // IS_OP
    case 118: // CONTAINS_OP
    case 108: // IMPORT_NAME
    case 114: // POP_JUMP_FORWARD_IF_FALSE
    case 115: // POP_JUMP_FORWARD_IF_TRUE
    case 128: // POP_JUMP_FORWARD_IF_NOT_NONE
    case 129: // POP_JUMP_FORWARD_IF_NONE
    case 173: // POP_JUMP_BACKWARD_IF_NOT_NONE
    case 174: // POP_JUMP_BACKWARD_IF_NONE
    case 175: // POP_JUMP_BACKWARD_IF_FALSE
    case 176: // POP_JUMP_BACKWARD_IF_TRUE
    case 88: // PREP_RERAISE_STAR
    case 119: // RERAISE
    case 125: // STORE_FAST
    case 171: // CALL
    case 138: // STORE_DEREF
    case 162: // LIST_EXTEND
    case 163: // SET_UPDATE
    case 164: // DICT_MERGE
    case 165: // DICT_UPDATE
    case 122: // BINARY_OP
      return -1;
    case 2: // PUSH_NULL
    case 71: // LOAD_BUILD_CLASS
    case 100: // LOAD_CONST
    case 101: // LOAD_NAME
    case 109: // IMPORT_FROM
    case 35: // PUSH_EXC_INFO
    case 49: // WITH_EXCEPT_START
    case 124: // LOAD_FAST
    case 136: // LOAD_CLOSURE
    case 137: // LOAD_DEREF
    case 148: // LOAD_CLASSDEREF
    case 52: // BEFORE_ASYNC_WITH
    case 51: // GET_ANEXT
    case 160: // LOAD_METHOD
    case 74: // LOAD_ASSERTION_ERROR
    case 30: // GET_LEN
    case 31: // MATCH_MAPPING
    case 32: // MATCH_SEQUENCE
    case 33: // MATCH_KEYS
    case 120: // COPY
    case 53: // BEFORE_WITH
      return 1;
    case 60: // STORE_SUBSCR
      return -3;
    case 61: // DELETE_SUBSCR
    case 95: // STORE_ATTR
    case 147: // MAP_ADD
    case 54: // END_ASYNC_FOR
    case 152: // MATCH_CLASS
      return -2;
    case 92: // UNPACK_SEQUENCE
      return arg - 1;
    case 94: // UNPACK_EX
      return (arg & 0xff) + (arg >> 8);
    case 93: // FOR_ITER
      return jump > 0 ? -1 : 1;
    case 123: // SEND
      return jump > 0 ? -1 : 0;
    case 102: // BUILD_TUPLE
    case 103: // BUILD_LIST
    case 104: // BUILD_SET
    case 157: // BUILD_STRING
      return 1 - arg;
    case 105: // BUILD_MAP
      return 1 - 2 * arg;
    case 156: // BUILD_CONST_KEY_MAP
      return -arg;
    case 111: // JUMP_IF_FALSE_OR_POP
    case 112: // JUMP_IF_TRUE_OR_POP
      return jump ? 0 : -1;
    case 116: // LOAD_GLOBAL
      return (arg & 1) + 1;
    case 130: // RAISE_VARARGS
    case 166: // PRECALL
      return -arg;
    case 142: // CALL_FUNCTION_EX
      return -2 - (arg & 1);
    case 132: // MAKE_FUNCTION
      return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case 133: // BUILD_SLICE
      return arg === 3 ? -2 : -1;
    case 155: // FORMAT_VALUE
      return (arg & 0x04) === 0x04 ? -1 : 0;
  }
  return undefined;
}

function stackEffect(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [opArg, opargArg, jumpArg] = bindArgs(
    "stack_effect",
    args,
    kwnames,
    ["opcode", "oparg", "/", "$jump"],
    1,
  );
  const op = abs.asSize(opArg!);
  const oparg = opargArg === undefined ? None : opargArg;
  let arg = 0;
  if (op >= HAVE_ARGUMENT) {
    if (oparg === None) {
      throw pyError(
        PyExc_ValueError,
        "stack_effect: opcode requires oparg but oparg was not specified",
      );
    }
    arg = abs.asSize(oparg);
  } else if (oparg !== None) {
    throw pyError(
      PyExc_ValueError,
      "stack_effect: opcode does not permit oparg but oparg was specified",
    );
  }
  let jump: number;
  if (jumpArg === undefined || jumpArg === None) jump = -1;
  else if (jumpArg === true) jump = 1;
  else if (jumpArg === false) jump = 0;
  else throw pyError(PyExc_ValueError, "stack_effect: jump must be False, True or None");
  const result = jump < 0 ? maxOf(effect(op, arg, 0), effect(op, arg, 1)) : effect(op, arg, jump);
  if (result === undefined) throw pyError(PyExc_ValueError, "invalid opcode or oparg");
  return result;
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined || b === undefined ? undefined : Math.max(a, b);
}

export function createModule(): PyModule {
  const m = new PyModule("_opcode");
  m.dict.setStr("__doc__", "Opcode support module.");
  m.dict.setStr(
    "stack_effect",
    new PyBuiltinFunction("stack_effect", stackEffect, undefined, "stack_effect", "_opcode"),
  );
  m.dict.setStr(
    "get_specialization_stats",
    new PyBuiltinFunction(
      "get_specialization_stats",
      () => None,
      undefined,
      "get_specialization_stats",
      "_opcode",
    ),
  );
  return m;
}
