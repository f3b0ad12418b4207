// _random: the Mersenne Twister MT19937 behind random.py (CPython's Modules/_randommodule.c).
// random.Random subclasses _random.Random, so the generator state lives on the instance layout
// (PyRandom) that every subclass instance shares.
import {
  makeInt,
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import { lookupType } from "../objects/type.ts";
import { defineMethods } from "../objects/builtin_function.ts";
import { pyError, PyExc_OverflowError, PyExc_TypeError } from "../objects/exceptions.ts";
import { PyExc_ValueError } from "../objects/exceptions.ts";
import { intValue } from "../objects/int.ts";
import { PyTuple } from "../objects/tuple.ts";
import { makeFloat } from "../objects/float.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import { refusePickling } from "./module_support.ts";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

class PyRandom extends PyObject {
  readonly mt: Uint32Array = new Uint32Array(N);
  index = N + 1;
}

/** The next 32-bit output (genrand_uint32), as a non-negative JS number. */
function genrand(self: PyRandom): number {
  const mt = self.mt;
  if (self.index >= N) {
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) * MATRIX_A);
    self.index = 0;
  }
  let y = mt[self.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function initGenrand(self: PyRandom, s: number): void {
  const mt = self.mt;
  mt[0] = s;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1];
    mt[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
  }
  self.index = N;
}

function initByArray(self: PyRandom, key: ArrayLike<number>): void {
  const mt = self.mt;
  initGenrand(self, 19650218);
  let i = 1, j = 0;
  const len = key.length;
  for (let k = N > len ? N : len; k > 0; k--) {
    const prev = mt[i - 1];
    mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1];
    mt[i] = (mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

/** The 32-bit words of a non-negative int, least significant first (at least one word). */
function intWords(n: number | bigint): number[] {
  if (typeof n === "number") {
    return n < 4294967296 ? [n] : [n % 4294967296, Math.floor(n / 4294967296)];
  }
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return words.length === 0 ? [0] : words;
}

function seedFromOs(self: PyRandom): void {
  const key = new Uint32Array(N);
  crypto.getRandomValues(key);
  initByArray(self, key);
}

function randomSeed(self: PyRandom, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) return seedFromOs(self);
  let n = intValue(arg);
  if (n === undefined) {
    // Not an int: the hash, as a size_t.
    const h = abs.hashExact(arg);
    n = typeof h === "number" && h >= 0 ? h : makeInt(BigInt.asUintN(64, BigInt(h)));
  } else if (n < 0) n = -n;
  initByArray(self, intWords(n));
}

function getrandbits(self: PyRandom, k: number): number | bigint {
  if (k <= 32) return genrand(self) >>> (32 - k);
  if (k <= 53) {
    const lo = genrand(self);
    return (genrand(self) >>> (64 - k)) * 4294967296 + lo;
  }
  // Words from least to most significant; the last keeps only its top bits.
  const words = ((k - 1) >>> 5) + 1;
  const hex: string[] = new Array(words);
  for (let i = 0; i < words; i++, k -= 32) {
    let r = genrand(self);
    if (k < 32) r >>>= 32 - k;
    hex[words - 1 - i] = r.toString(16).padStart(8, "0");
  }
  return makeInt(BigInt("0x" + hex.join("")));
}

/** A C `int` argument (Argument Clinic's int converter). */
function cInt(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** PyLong_AsUnsignedLong (no __index__), truncated to 32 bits as the C code stores it. */
function stateWord(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) throw pyError(PyExc_TypeError, "an integer is required");
  if (n < 0) throw pyError(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof n === "bigint") {
    if (n > 0xffffffffffffffffn) {
      throw pyError(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
    }
    return Number(n & 0xffffffffn);
  }
  return n % 4294967296;
}

/** PyLong_AsLong (with __index__). */
function cLong(v: PyValue): number | bigint {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" && (n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  return n;
}

function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `Random.${name}() takes no keyword arguments`);
  }
}
function noArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(name, kwnames);
  if (args.length !== 1) {
    throw pyError(
      PyExc_TypeError,
      `Random.${name}() takes no arguments (${args.length - 1} given)`,
    );
  }
}
function oneArg(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(name, kwnames);
  if (args.length !== 2) {
    throw pyError(
      PyExc_TypeError,
      `Random.${name}() takes exactly one argument (${args.length - 1} given)`,
    );
  }
}

const randomType: PyType = new PyType(typeType, "_random.Random", [objectType]);
randomType.qualname = "Random";
randomType.allocate = (cls) => new PyRandom(cls);
randomType.dict.setStr("__module__", "_random");
randomType.dict.setStr(
  "__doc__",
  "Random() -> create a random number generator with its own internal state.",
);

refusePickling(randomType, "_random.Random");

const R = (v: PyValue) => v as PyRandom;

defineMethods(randomType, {
  __init__(args, kwnames) {
    const self = R(args[0]);
    const t = self.cls;
    // Keywords are refused unless a subclass overrides __init__ (random_init's check).
    if (
      (t === randomType || lookupType(t, "__init__") === randomType.dict.getStr("__init__")) &&
      kwnames !== null && kwnames.length > 0
    ) {
      throw pyError(PyExc_TypeError, "Random() takes no keyword arguments");
    }
    const npos = args.length - 1 - (kwnames === null ? 0 : kwnames.length);
    if (npos > 1) throw pyError(PyExc_TypeError, "Random() requires 0 or 1 argument");
    randomSeed(self, npos === 1 ? args[1] : undefined);
    return None;
  },
  random(args, kwnames) {
    noArgs("random", args, kwnames);
    const self = R(args[0]);
    const a = genrand(self) >>> 5, b = genrand(self) >>> 6;
    return makeFloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
  },
  seed(args, kwnames) {
    noKw("seed", kwnames);
    if (args.length > 2) {
      throw pyError(PyExc_TypeError, `seed expected at most 1 argument, got ${args.length - 1}`);
    }
    randomSeed(R(args[0]), args[1]);
    return None;
  },
  getstate(args, kwnames) {
    noArgs("getstate", args, kwnames);
    const self = R(args[0]);
    const items: PyValue[] = Array.from(self.mt);
    items.push(self.index);
    return new PyTuple(items);
  },
  setstate(args, kwnames) {
    oneArg("setstate", args, kwnames);
    const self = R(args[0]);
    const state = args[1];
    if (!(state instanceof PyTuple)) {
      throw pyError(PyExc_TypeError, "state vector must be a tuple");
    }
    const items = state.items;
    if (items.length !== N + 1) throw pyError(PyExc_ValueError, "state vector is the wrong size");
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) words[i] = stateWord(items[i]);
    const index = cLong(items[N]);
    if (index < 0 || index > N) throw pyError(PyExc_ValueError, "invalid state");
    self.index = Number(index);
    self.mt.set(words);
    return None;
  },
  getrandbits(args, kwnames) {
    oneArg("getrandbits", args, kwnames);
    const k = cInt(args[1]);
    if (k < 0) throw pyError(PyExc_ValueError, "number of bits must be non-negative");
    if (k === 0) return 0;
    return getrandbits(R(args[0]), k);
  },
});

export function createModule(): PyModule {
  const m = new PyModule("_random");
  m.dict.setStr("__doc__", "Module implements the Mersenne Twister random number generator.");
  m.dict.setStr("Random", randomType);
  return m;
}
