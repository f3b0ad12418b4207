// _blake2: BLAKE2b and BLAKE2s with their whole parameter block (CPython's Modules/_blake2).
// node:crypto offers only unkeyed blake2b512/blake2s256, so the hashing is module_support.ts's
// own BLAKE2 (RFC 7693), which takes key, salt, person and the tree parameters.
import { PyType, type PyValue } from "../objects/object.ts";
import { defineNew } from "../objects/builtin_function.ts";
import { pyError, PyExc_OverflowError, PyExc_ValueError } from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import {
  Blake2State,
  bufferArg,
  hashData,
  type HashTypeInfo,
  makeHashType,
  NodeHashState,
  parseArgs,
  PyHash,
} from "./module_support.ts";

interface Variant {
  name: "blake2b" | "blake2s";
  big: boolean;
  maxDigest: number;
  maxKey: number;
  saltSize: number;
  personSize: number;
  blockSize: number;
  maxNodeOffset: bigint;
}

const VARIANTS: readonly Variant[] = [
  {
    name: "blake2b",
    big: true,
    maxDigest: 64,
    maxKey: 64,
    saltSize: 16,
    personSize: 16,
    blockSize: 128,
    maxNodeOffset: 0xffffffffffffffffn,
  },
  {
    name: "blake2s",
    big: false,
    maxDigest: 32,
    maxKey: 32,
    saltSize: 8,
    personSize: 8,
    blockSize: 64,
    maxNodeOffset: 0xffffffffffffn,
  },
];

const KW_ONLY = [
  "digest_size",
  "key",
  "salt",
  "person",
  "fanout",
  "depth",
  "leaf_size",
  "node_offset",
  "node_depth",
  "inner_size",
  "last_node",
  "usedforsecurity",
];

/** Argument Clinic's int converter. */
function cInt(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** _PyLong_UnsignedLong(LongLong)_Converter: non-negative, within `max`. */
function unsigned(v: PyValue, max: bigint, tooLarge: string): bigint {
  const n = abs.asIndex(v);
  if (n < 0) throw pyError(PyExc_ValueError, "value must be positive");
  if (BigInt(n) > max) throw pyError(PyExc_OverflowError, tooLarge);
  return BigInt(n);
}

function construct(v: Variant, cls: PyType, args: PyValue[], kwnames: readonly string[] | null) {
  const [
    data,
    digestSizeArg,
    keyArg,
    saltArg,
    personArg,
    fanoutArg,
    depthArg,
    leafArg,
    offsetArg,
    nodeDepthArg,
    innerArg,
    lastArg,
    securityArg,
  ] = parseArgs(v.name, args, kwnames, ["data"], KW_ONLY, 0, 1);
  const digestSize = digestSizeArg === undefined ? v.maxDigest : cInt(digestSizeArg);
  if (digestSize < 1 || digestSize > v.maxDigest) {
    throw pyError(PyExc_ValueError, `digest_size must be between 1 and ${v.maxDigest} bytes`);
  }
  const salt = saltArg === undefined ? new Uint8Array(0) : bufferArg(saltArg);
  if (salt.length > v.saltSize) {
    throw pyError(PyExc_ValueError, `maximum salt length is ${v.saltSize} bytes`);
  }
  const person = personArg === undefined ? new Uint8Array(0) : bufferArg(personArg);
  if (person.length > v.personSize) {
    throw pyError(PyExc_ValueError, `maximum person length is ${v.personSize} bytes`);
  }
  const fanout = fanoutArg === undefined ? 1 : cInt(fanoutArg);
  if (fanout < 0 || fanout > 255) {
    throw pyError(PyExc_ValueError, "fanout must be between 0 and 255");
  }
  const depth = depthArg === undefined ? 1 : cInt(depthArg);
  if (depth <= 0 || depth > 255) throw pyError(PyExc_ValueError, "depth must be between 1 and 255");
  const leafSize = leafArg === undefined
    ? 0
    : Number(unsigned(leafArg, 0xffffffffn, "leaf_size is too large"));
  const nodeOffset = offsetArg === undefined
    ? 0n
    : unsigned(offsetArg, 0xffffffffffffffffn, "int too big to convert");
  if (nodeOffset > v.maxNodeOffset) throw pyError(PyExc_OverflowError, "node_offset is too large");
  const nodeDepth = nodeDepthArg === undefined ? 0 : cInt(nodeDepthArg);
  if (nodeDepth < 0 || nodeDepth > 255) {
    throw pyError(PyExc_ValueError, "node_depth must be between 0 and 255");
  }
  const innerSize = innerArg === undefined ? 0 : cInt(innerArg);
  if (innerSize < 0 || innerSize > v.maxDigest) {
    throw pyError(PyExc_ValueError, `inner_size must be between 0 and is ${v.maxDigest}`);
  }
  const key = keyArg === undefined ? new Uint8Array(0) : bufferArg(keyArg);
  if (key.length > v.maxKey) {
    throw pyError(PyExc_ValueError, `maximum key length is ${v.maxKey} bytes`);
  }
  const lastNode = lastArg === undefined ? false : abs.isTrue(lastArg);
  if (securityArg !== undefined) abs.isTrue(securityArg);
  const info: HashTypeInfo = {
    name: v.name,
    digestSize,
    blockSize: v.blockSize,
    xof: false,
  };
  // The default parameter block is node:crypto's blake2b512/blake2s256, which is much faster.
  const isDefault = digestSize === v.maxDigest && key.length === 0 && salt.length === 0 &&
    person.length === 0 && fanout === 1 && depth === 1 && leafSize === 0 &&
    nodeOffset === 0n && nodeDepth === 0 && innerSize === 0 && !lastNode;
  const state = isDefault
    ? NodeHashState.create(v.big ? "blake2b512" : "blake2s256", false)
    : Blake2State.create(v.big, {
      digestSize,
      key,
      salt,
      person,
      fanout,
      depth,
      leafSize,
      nodeOffset,
      nodeDepth,
      innerSize,
      lastNode,
    });
  const h = new PyHash(cls, state, info);
  if (data !== undefined) state.update(hashData(data));
  return h;
}

export function createModule(): PyModule {
  const m = new PyModule("_blake2");
  for (const v of VARIANTS) {
    const t = makeHashType("_blake2", v.name, null);
    t.isFinal = false;
    defineNew(t, (cls, args, kwnames) => construct(v, cls, args, kwnames));
    t.dict.setStr("SALT_SIZE", v.saltSize);
    t.dict.setStr("PERSON_SIZE", v.personSize);
    t.dict.setStr("MAX_KEY_SIZE", v.maxKey);
    t.dict.setStr("MAX_DIGEST_SIZE", v.maxDigest);
    m.dict.setStr(v.name, t);
    const prefix = v.name.toUpperCase();
    m.dict.setStr(`${prefix}_SALT_SIZE`, v.saltSize);
    m.dict.setStr(`${prefix}_PERSON_SIZE`, v.personSize);
    m.dict.setStr(`${prefix}_MAX_KEY_SIZE`, v.maxKey);
    m.dict.setStr(`${prefix}_MAX_DIGEST_SIZE`, v.maxDigest);
  }
  return m;
}
