// Constants for the code generator: converting AST literals to Python values, the identity key
// under which co_consts deduplicates them (CPython's _PyCode_ConstantKey: 1, 1.0, True and
// -0.0 stay distinct), and the constant folding CPython's AST optimizer (Python/ast_opt.c)
// does before compiling: `-1`, `2**10`, `60*60`, tuples of constants, `x in [1, 2]` to a tuple.

import type * as ast from "./ast.ts";
import { Ellipsis, floatType, makeInt, None, PyFloat, type PyValue } from "../objects/object.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyCode } from "../objects/code.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { makeFrozenSet } from "../objects/set.ts";
import { cpLength } from "../objects/str.ts";

export function constantToValue(v: ast.ConstantValue): PyValue {
  if (v === null) return None;
  switch (typeof v) {
    case "boolean":
    case "string":
      return v;
    case "bigint":
      return makeInt(v);
  }
  switch (v.kind) {
    case "float":
      return (v.object as PyValue | undefined) ?? new PyFloat(v.value);
    case "complex":
      return (v.object as PyValue | undefined) ?? new PyComplex(0, v.imag);
    case "bytes":
      return (v.object as PyValue | undefined) ?? new PyBytes(v.value);
    case "ellipsis":
      return Ellipsis;
    case "object":
      return v.value as PyValue;
  }
}

function floatKey(x: number): string {
  // Distinguish -0.0 from 0.0; all NaNs print alike, which is fine for a key.
  return Object.is(x, -0) ? "-0" : String(x);
}

/** Key under which equal constants share one co_consts slot; null for never-shared objects. */
export function constantKey(v: PyValue): string | null {
  switch (typeof v) {
    case "number":
    case "bigint":
      return "i" + v;
    case "string":
      return "s" + v;
    case "boolean":
      return v ? "T" : "F";
  }
  if (v === None) return "N";
  if (v === Ellipsis) return "E";
  if (v instanceof PyFloat) return "f" + floatKey(v.value);
  if (v instanceof PyComplex) return "c" + floatKey(v.real) + "," + floatKey(v.imag);
  if (v instanceof PyBytes) return "y" + Array.from(v.bytes).join(",");
  if (v instanceof PyCode) {
    // Equal code objects share a slot (a `def` in a `finally` body is compiled twice).
    const id = codeId(v);
    return id === null ? null : "C" + id;
  }
  if (v instanceof PyTuple) {
    // Length-prefixed items: a separator could also occur inside a string item's key.
    let key = "(";
    for (const item of v.items) {
      const k = constantKey(item);
      if (k === null) return null;
      key += k.length + ":" + k;
    }
    return key + ")";
  }
  return null;
}

/**
 * A code object's key is the number of its class of equal code objects. Its parent's key names
 * that number, not the nested key itself, so keys stay as long as one code object's contents
 * (spelled out, they grew with the whole nesting, past V8's string limit for deep lambdas).
 */
const codeIds = new WeakMap<PyCode, number | null>();
/** Full content key -> its number, for the compilation in progress (see resetCodeKeys). */
let codeIdOfKey = new Map<string, number>();
let nextCodeId = 0;

/** Forgets the content keys of earlier compilations (numbers already handed out stay unique). */
export function resetCodeKeys(): void {
  codeIdOfKey = new Map();
}

function codeId(v: PyCode): number | null {
  let id = codeIds.get(v);
  if (id !== undefined) return id;
  const key = codeKey(v);
  if (key === null) id = null;
  else {
    id = codeIdOfKey.get(key);
    if (id === undefined) codeIdOfKey.set(key, id = nextCodeId++);
  }
  codeIds.set(v, id);
  return id;
}

function codeKey(v: PyCode): string | null {
  const consts: string[] = [];
  for (const c of v.co_consts) {
    const k = constantKey(c);
    if (k === null) return null;
    consts.push(k);
  }
  return JSON.stringify([
    v.co_name,
    v.co_qualname,
    v.co_argcount,
    v.co_posonlyargcount,
    v.co_kwonlyargcount,
    v.co_flags,
    v.co_firstlineno,
    Array.from(v.co_code),
    consts,
    v.co_names,
    v.co_localsplusnames,
    Array.from(v.co_localspluskinds),
    Array.from(v.co_positions),
    v.co_exceptiontable,
  ]);
}

// ---- Folding ---------------------------------------------------------------------------------

// ast_opt.c's limits: results past them are left to run time, which makes them (or raises).
const MAX_INT_BITS = 128n;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;
/** Py_ssize_t's range: PyNumber_Multiply's repeat count, PyLong_AsSize_t's shift and power. */
const SSIZE_LIMIT = 2n ** 63n;
const SIZE_T_LIMIT = 2n ** 64n;

function isInt(v: PyValue): v is number | bigint | boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}
function toBig(v: number | bigint | boolean): bigint {
  return typeof v === "boolean" ? (v ? 1n : 0n) : BigInt(v);
}
/** _PyLong_NumBits: 0 for 0. */
function bitLength(n: bigint): bigint {
  if (n < 0n) n = -n;
  return n === 0n ? 0n : BigInt(n.toString(2).length);
}
function isFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat && v.cls === floatType;
}
function asDouble(v: PyValue): number | undefined {
  if (isInt(v)) return Number(toBig(v));
  if (isFloat(v)) return v.value;
  return undefined;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && ((r < 0n) !== (b < 0n)) ? r + b : r;
}

function foldIntBinOp(op: ast.operator, a: bigint, b: bigint): PyValue | undefined {
  let r: bigint;
  switch (op) {
    case "Add":
      r = a + b;
      break;
    case "Sub":
      r = a - b;
      break;
    case "Mult":
      if (bitLength(a) + bitLength(b) > MAX_INT_BITS) return undefined; // safe_multiply
      r = a * b;
      break;
    case "FloorDiv":
      if (b === 0n) return undefined;
      r = floorDiv(a, b);
      break;
    case "Mod":
      if (b === 0n) return undefined;
      r = floorMod(a, b);
      break;
    case "Pow":
      // safe_power: vbits > MAX_INT_SIZE / wbits in size_t arithmetic. A negative exponent
      // makes a float, which C's pow() computes; it is left to run time.
      if (b < 0n) return undefined;
      if (a !== 0n && b > 0n) {
        if (b >= SIZE_T_LIMIT || bitLength(a) > MAX_INT_BITS / b) return undefined;
      }
      r = a ** b;
      break;
    case "LShift":
      if (b < 0n) return undefined;
      if (a !== 0n && b !== 0n) {
        if (b >= SIZE_T_LIMIT || b > MAX_INT_BITS || bitLength(a) > MAX_INT_BITS - b) {
          return undefined;
        }
      }
      r = a << b;
      break;
    case "RShift":
      if (b < 0n) return undefined;
      r = a >> b;
      break;
    case "BitAnd":
      r = a & b;
      break;
    case "BitOr":
      r = a | b;
      break;
    case "BitXor":
      r = a ^ b;
      break;
    default:
      return undefined;
  }
  return makeInt(r);
}

function isSequence(v: PyValue): v is string | PyBytes | PyTuple {
  return typeof v === "string" || v instanceof PyBytes || v instanceof PyTuple;
}

/** What is left of `limit` items after counting the items of `v`'s nested tuples. */
function checkComplexity(v: PyValue, limit: number): number {
  if (!(v instanceof PyTuple)) return limit;
  limit -= v.items.length;
  for (let i = 0; limit >= 0 && i < v.items.length; i++) limit = checkComplexity(v.items[i], limit);
  return limit;
}

/** `seq * n` as safe_multiply folds it: only small, non-negative counts and results. */
function foldRepeat(seq: string | PyBytes | PyTuple, n: bigint): PyValue | undefined {
  const size = typeof seq === "string"
    ? cpLength(seq)
    : seq instanceof PyBytes
    ? seq.bytes.length
    : seq.items.length;
  // An empty sequence times any count is empty, but a count past Py_ssize_t is an
  // OverflowError at run time.
  if (size === 0) return n >= SSIZE_LIMIT || n < -SSIZE_LIMIT ? undefined : seq;
  const max = seq instanceof PyTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
  if (n < 0n || n > BigInt(Math.floor(max / size))) return undefined;
  const count = Number(n);
  if (seq instanceof PyTuple) {
    if (count > 0 && checkComplexity(seq, Math.floor(MAX_TOTAL_ITEMS / count)) < 0) {
      return undefined;
    }
    const items: PyValue[] = [];
    for (let i = 0; i < count; i++) items.push(...seq.items);
    return makeTuple(items);
  }
  if (typeof seq === "string") return seq.repeat(count);
  const out = new Uint8Array(seq.bytes.length * count);
  for (let i = 0; i < count; i++) out.set(seq.bytes, i * seq.bytes.length);
  return new PyBytes(out);
}

export function foldBinOp(op: ast.operator, l: PyValue, r: PyValue): PyValue | undefined {
  if (typeof l === "boolean" && typeof r === "boolean") {
    // bool's own &, |, ^ keep the bool type (True & False is False, not 0).
    if (op === "BitAnd") return l && r;
    if (op === "BitOr") return l || r;
    if (op === "BitXor") return l !== r;
  }
  if (isInt(l) && isInt(r)) {
    if (op === "Div") {
      // Exact operands below 2**53: IEEE division rounds as Python's int true division does.
      const a = toBig(l), b = toBig(r);
      const limit = 9007199254740992n;
      if (b === 0n || a >= limit || a <= -limit || b >= limit || b <= -limit) return undefined;
      return new PyFloat(Number(a) / Number(b));
    }
    return foldIntBinOp(op, toBig(l), toBig(r));
  }
  const a = asDouble(l), b = asDouble(r);
  if (a !== undefined && b !== undefined && (isFloat(l) || isFloat(r))) {
    // IEEE results of + - * / are exactly what C computes; other float ops are left alone.
    switch (op) {
      case "Add":
        return new PyFloat(a + b);
      case "Sub":
        return new PyFloat(a - b);
      case "Mult":
        return new PyFloat(a * b);
      case "Div":
        return b === 0 ? undefined : new PyFloat(a / b);
    }
    return undefined;
  }
  if (typeof l === "string" && typeof r === "string" && op === "Add") return l + r;
  if (op === "Mult" && isInt(l) && isSequence(r)) {
    return foldRepeat(r, toBig(l)); // 8 * " " is " " * 8
  }
  if (op === "Mult" && isInt(r) && isSequence(l)) return foldRepeat(l, toBig(r));
  if (l instanceof PyTuple && r instanceof PyTuple && op === "Add") {
    return makeTuple([...l.items, ...r.items]);
  }
  if (l instanceof PyBytes && r instanceof PyBytes && op === "Add") {
    const out = new Uint8Array(l.bytes.length + r.bytes.length);
    out.set(l.bytes);
    out.set(r.bytes, l.bytes.length);
    return new PyBytes(out);
  }
  // Complex literals: `1 + 2j`, `1 - 2j`.
  if ((l instanceof PyComplex || r instanceof PyComplex) && (op === "Add" || op === "Sub")) {
    const [lr, li] = l instanceof PyComplex ? [l.real, l.imag] : [asDouble(l), 0];
    const [rr, ri] = r instanceof PyComplex ? [r.real, r.imag] : [asDouble(r), 0];
    if (lr === undefined || rr === undefined) return undefined;
    return op === "Add" ? new PyComplex(lr + rr, li + ri) : new PyComplex(lr - rr, li - ri);
  }
  return undefined;
}

export function foldUnaryOp(op: ast.unaryop, v: PyValue): PyValue | undefined {
  switch (op) {
    case "USub":
      if (isInt(v)) return makeInt(-toBig(v));
      if (isFloat(v)) return new PyFloat(-v.value);
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return undefined;
    case "UAdd":
      if (isInt(v)) return makeInt(toBig(v));
      if (isFloat(v)) return v;
      return undefined;
    case "Invert":
      if (isInt(v)) return makeInt(~toBig(v));
      return undefined;
    case "Not":
      return undefined;
  }
}

function foldSubscript(v: PyValue, index: number): PyValue | undefined {
  if (typeof v === "string") {
    const chars = Array.from(v);
    const i = index < 0 ? index + chars.length : index;
    return i >= 0 && i < chars.length ? chars[i] : undefined;
  }
  if (v instanceof PyBytes) {
    const i = index < 0 ? index + v.bytes.length : index;
    return i >= 0 && i < v.bytes.length ? v.bytes[i] : undefined;
  }
  if (v instanceof PyTuple) {
    const i = index < 0 ? index + v.items.length : index;
    return i >= 0 && i < v.items.length ? v.items[i] : undefined;
  }
  return undefined;
}

/** The value of a constant expression after CPython's AST folding, or undefined. */
export class ConstantFolder {
  private readonly memo = new Map<ast.expr, PyValue | null>();

  fold(e: ast.expr): PyValue | undefined {
    const m = this.memo.get(e);
    if (m !== undefined) return m === null ? undefined : m;
    const v = this.compute(e);
    this.memo.set(e, v === undefined ? null : v);
    return v;
  }

  private compute(e: ast.expr): PyValue | undefined {
    switch (e._type) {
      case "Constant":
        return constantToValue(e.value);
      case "UnaryOp": {
        const v = this.fold(e.operand);
        return v === undefined ? undefined : foldUnaryOp(e.op, v);
      }
      case "BinOp": {
        const l = this.fold(e.left);
        if (l === undefined) return undefined;
        const r = this.fold(e.right);
        if (r === undefined) return undefined;
        return foldBinOp(e.op, l, r);
      }
      case "Tuple": {
        if (e.ctx !== "Load") return undefined;
        const items: PyValue[] = [];
        for (const elt of e.elts) {
          const v = this.fold(elt);
          if (v === undefined) return undefined;
          items.push(v);
        }
        return makeTuple(items);
      }
      case "Name":
        return e.ctx === "Load" && e.id === "__debug__" ? true : undefined;
      case "Subscript": {
        // "abc"[1], b"\n"[0], (1, 2)[-1] (fold_subscr).
        if (e.ctx !== "Load") return undefined;
        const v = this.fold(e.value);
        if (v === undefined) return undefined;
        const i = this.fold(e.slice);
        if (i === undefined || !isInt(i)) return undefined;
        return foldSubscript(v, Number(toBig(i)));
      }
    }
    return undefined;
  }

  /**
   * `for x in [1, 2]`, `x in {1, 2}`: a display of constants that is only iterated becomes a
   * constant tuple (from a list) or frozenset (from a set), as ast_opt.c's fold_iter.
   */
  foldIter(e: ast.expr): PyValue | undefined {
    if (e._type !== "List" && e._type !== "Set") return undefined;
    const items: PyValue[] = [];
    for (const elt of e.elts) {
      if (elt._type === "Starred") return undefined;
      const v = this.fold(elt);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return e._type === "List" ? makeTuple(items) : makeFrozenSet(items);
  }
}
