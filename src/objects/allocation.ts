// The one size check in front of every allocation a Python value can make huge (repetition,
// joins, int powers and shifts, bytes/bytearray of a count, materialized ranges, list growth).
// Past V8's limits an allocation either throws a RangeError (which the runtime maps to
// MemoryError) or, worse, kills the process with a fatal out-of-memory error; checking the size
// first raises MemoryError with the host alive. docs/value-representation.md gives the limits.
import { newException, pyError, PyExc_LimitExceeded, PyExc_MemoryError } from "./exceptions.ts";

/**
 * The memory limit of the running host call, for one allocation (src/runtime/limits.ts sets
 * it around a limited run): an object past it is LimitExceeded, and `exceeded` tells the run.
 */
export const allocationBudget = { maxBytes: Infinity, exceeded: false };

/**
 * The most bytes one object may take: 1 GiB. It is V8's own limit for a string (2^29 UTF-16
 * units) and for an array's elements (2^27 pointers), and a quarter of the 4 GiB heap V8 gives
 * Deno by default, so the object and its copy (a list growing, a join) fit beside the rest.
 */
export const MAX_OBJECT_BYTES = 2 ** 30;
/** V8's largest BigInt (BigInt::kMaxLengthBits): an int of more bits is a MemoryError. */
export const MAX_INT_BITS = 2 ** 30;
/** The most items a list may hold (8-byte elements within MAX_OBJECT_BYTES). */
export const MAX_LIST_LENGTH = MAX_OBJECT_BYTES / 8;

/** Raises MemoryError unless an object of about `nbytes` bytes may be made. */
export function checkAllocation(nbytes: number, max: number = MAX_OBJECT_BYTES): void {
  if (nbytes > allocationBudget.maxBytes) {
    allocationBudget.exceeded = true;
    throw pyError(PyExc_LimitExceeded, "the run went past its memory limit");
  }
  if (!(nbytes <= max)) throw newException(PyExc_MemoryError, []);
}

/** The check for an int result of about `bits` bits. */
export function checkIntBits(bits: number): void {
  checkAllocation(bits / 8, MAX_INT_BITS / 8);
}

/**
 * The check for `length * count` items of `itemBytes` bytes each (repetition); returns the
 * count to repeat, 0 for an empty sequence (whose count may be up to 2**63).
 */
export function checkRepeat(length: number, count: number, itemBytes: number): number {
  if (length === 0 || count <= 0) return 0;
  checkAllocation(length * count * itemBytes);
  return count;
}

let heapLimit: number | undefined;

/**
 * For a list reaching `length` items (checked at each doubling from 2^20 on): MemoryError
 * past MAX_LIST_LENGTH, or once V8's heap is nearly full. A list growing forever would
 * otherwise end in V8's fatal out-of-memory error, which no JavaScript can catch; its items
 * (not only its elements array) fill the heap, so only the heap's use tells.
 */
export function checkListGrowth(length: number): void {
  checkAllocation(length * 8, MAX_LIST_LENGTH * 8);
  // V8's limit, from node:v8 (loaded on this first use, not at startup).
  heapLimit ??= (globalThis as unknown as {
    process: { getBuiltinModule(id: string): { getHeapStatistics(): { heap_size_limit: number } } };
  }).process.getBuiltinModule("node:v8").getHeapStatistics().heap_size_limit;
  if (Deno.memoryUsage().heapUsed > heapLimit * 0.8) throw newException(PyExc_MemoryError, []);
}
