// _hashlib: what hashlib.py and hmac.py use of CPython's OpenSSL binding
// (Modules/_hashopenssl.c), over node:crypto: HASH/HASHXOF objects, the openssl_* constructors,
// new(), HMAC (built from two node:crypto hashes so that copy() works), pbkdf2_hmac, scrypt,
// compare_digest.
import type { Hash } from "node:crypto";
import { nodeCrypto } from "../runtime/node_builtins.ts";
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import { defineGetter, defineMethods, defineNew } from "../objects/builtin_function.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { PyBytes } from "../objects/bytes.ts";
import { strValue } from "../objects/str.ts";
import { intValue } from "../objects/int.ts";
import { makeTuple } from "../objects/tuple.ts";
import { makeFrozenSet } from "../objects/set.ts";
import { PyMappingProxy } from "../objects/type.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import {
  address,
  type Algorithm,
  algorithmByName,
  ALGORITHMS,
  bufferArg,
  hashData,
  type HashTypeInfo,
  makeHashType,
  moduleFunction,
  NodeHashState,
  parseArgs,
  PyHash,
  refusePickling,
  toHex,
} from "./module_support.ts";

const OPENSSL_CONSTRUCTORS = [
  "md5",
  "sha1",
  "sha224",
  "sha256",
  "sha384",
  "sha512",
  "sha3_224",
  "sha3_256",
  "sha3_384",
  "sha3_512",
  "shake_128",
  "shake_256",
];

const hashRepr = (h: PyHash) => `<${h.info.name} _hashlib.${h.cls.name} object @ ${address(h)}>`;
const hashType = makeHashType("_hashlib", "HASH", hashRepr, "openssl");
const hashXofType = makeHashType("_hashlib", "HASHXOF", hashRepr, "openssl", hashType);

function infoOf(a: Algorithm): HashTypeInfo {
  return { name: a.name, digestSize: a.digestSize, blockSize: a.blockSize, xof: a.xof };
}

function newHash(a: Algorithm, data: PyValue | undefined): PyHash {
  const h = new PyHash(
    a.xof ? hashXofType : hashType,
    NodeHashState.create(a.node, a.xof),
    infoOf(a),
  );
  if (data !== undefined) h.state.update(hashData(data));
  return h;
}

// ---- HMAC ------------------------------------------------------------------------------------

class PyHmac extends PyObject {
  constructor(
    cls: PyType,
    readonly algo: Algorithm,
    readonly inner: Hash,
    readonly outer: Hash,
  ) {
    super(cls);
  }
}

const hmacType = new PyType(typeType, "HMAC", [objectType]);
hmacType.isFinal = true;
hmacType.dict.setStr("__module__", "_hashlib");
defineNew(hmacType, () => {
  throw pyError(PyExc_TypeError, "cannot create '_hashlib.HMAC' instances");
});

const HM = (v: PyValue) => v as PyHmac;

function hmacDigest(h: PyHmac): Uint8Array {
  const outer = h.outer.copy();
  outer.update(h.inner.copy().digest());
  return new Uint8Array(outer.digest());
}

function methodNoArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
    throw pyError(PyExc_TypeError, `HMAC.${name}() takes no arguments (${args.length - 1} given)`);
  }
}

defineMethods(hmacType, {
  __repr__: (args) => `<${HM(args[0]).algo.name} HMAC object @ ${address(HM(args[0]))}>`,
  update(args, kwnames) {
    const [msg] = parseArgs("update", args, kwnames, ["msg"], [], 1, 0, 1);
    HM(args[0]).inner.update(hashData(msg!));
    return None;
  },
  copy(args, kwnames) {
    methodNoArgs("copy", args, kwnames);
    const h = HM(args[0]);
    return new PyHmac(hmacType, h.algo, h.inner.copy(), h.outer.copy());
  },
  digest(args, kwnames) {
    methodNoArgs("digest", args, kwnames);
    return new PyBytes(hmacDigest(HM(args[0])));
  },
  hexdigest(args, kwnames) {
    methodNoArgs("hexdigest", args, kwnames);
    return toHex(hmacDigest(HM(args[0])));
  },
});
refusePickling(hmacType, "_hashlib.HMAC");
defineGetter(hmacType, "name", (h) => `hmac-${HM(h).algo.name}`);
defineGetter(hmacType, "digest_size", (h) => HM(h).algo.digestSize);
defineGetter(hmacType, "block_size", (h) => HM(h).algo.blockSize);

function makeHmac(key: Uint8Array, algo: Algorithm): PyHmac {
  if (algo.xof) throw pyError(PyExc_ValueError, "no reason supplied");
  const block = algo.blockSize;
  let k = key;
  if (k.length > block) k = new Uint8Array(nodeCrypto().createHash(algo.node).update(k).digest());
  const ipad = new Uint8Array(block).fill(0x36);
  const opad = new Uint8Array(block).fill(0x5c);
  for (let i = 0; i < k.length; i++) {
    ipad[i] ^= k[i];
    opad[i] ^= k[i];
  }
  const inner = nodeCrypto().createHash(algo.node).update(ipad);
  const outer = nodeCrypto().createHash(algo.node).update(opad);
  return new PyHmac(hmacType, algo, inner, outer);
}

// ---- Module ----------------------------------------------------------------------------------

export function createModule(): PyModule {
  const m = new PyModule("_hashlib");
  const d = m.dict;
  const unsupportedError = abs.call(typeType, [
    "UnsupportedDigestmodError",
    makeTuple([PyExc_ValueError]),
    (() => {
      const ns = new PyDict();
      ns.setStr("__module__", "_hashlib");
      return ns;
    })(),
  ], null) as PyType;
  const unsupported = (): never => {
    throw pyError(unsupportedError, "[digital envelope routines] unsupported");
  };
  const byName = (v: PyValue): Algorithm => {
    const name = strValue(v);
    if (name === undefined) throw pyError(PyExc_TypeError, "name must be a string");
    return algorithmByName(name) ?? unsupported();
  };
  const constructors = new PyDict();
  /** A digestmod: a name or one of the openssl_* constructors. */
  const byDigestmod = (v: PyValue): Algorithm => {
    const name = strValue(v);
    if (name !== undefined) return algorithmByName(name) ?? unsupported();
    const known = constructors.get(v);
    if (typeof known === "string") return algorithmByName(known)!;
    throw pyError(unsupportedError, `Unsupported digestmod ${abs.repr(v)}`);
  };
  const fn = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    d.setStr(name, moduleFunction("_hashlib", name, f));

  d.setStr("HASH", hashType);
  d.setStr("HASHXOF", hashXofType);
  d.setStr("HMAC", hmacType);
  d.setStr("UnsupportedDigestmodError", unsupportedError);

  fn("new", (args, kwnames) => {
    const [name, data, flag] = parseArgs("new", args, kwnames, ["name", "string"], [
      "usedforsecurity",
    ], 1);
    if (flag !== undefined) abs.isTrue(flag);
    return newHash(byName(name!), data);
  });
  for (const name of OPENSSL_CONSTRUCTORS) {
    const algo = algorithmByName(name)!;
    const fname = `openssl_${name}`;
    fn(fname, (args, kwnames) => {
      const [data, flag] = parseArgs(fname, args, kwnames, ["string"], ["usedforsecurity"]);
      if (flag !== undefined) abs.isTrue(flag);
      return newHash(algo, data);
    });
    constructors.set(d.getStr(fname)!, name);
  }
  d.setStr("_constructors", new PyMappingProxy(constructors));
  d.setStr(
    "openssl_md_meth_names",
    makeFrozenSet(ALGORITHMS.map((a) => a.name)),
  );

  fn("pbkdf2_hmac", (args, kwnames) => {
    const [hashName, password, salt, iterations, dklen] = parseArgs(
      "pbkdf2_hmac",
      args,
      kwnames,
      ["hash_name", "password", "salt", "iterations", "dklen"],
      [],
      4,
    );
    const hashNameStr = strValue(hashName!);
    if (hashNameStr === undefined) {
      throw pyError(
        PyExc_TypeError,
        `pbkdf2_hmac() argument 'hash_name' must be str, not ${abs.typeName(hashName!)}`,
      );
    }
    const pw = bufferArg(password!);
    const saltBytes = bufferArg(salt!);
    const iters = abs.asIndex(iterations!);
    if (iters < 1) throw pyError(PyExc_ValueError, "iteration value must be greater than 0.");
    if (iters > 2147483647) throw pyError(PyExc_OverflowError, "iteration value is too great.");
    const algo = algorithmByName(hashNameStr) ?? unsupported();
    if (algo.xof) unsupported();
    let length = algo.digestSize;
    if (dklen !== undefined && dklen !== None) {
      const n = abs.asIndex(dklen);
      if (n < 1) throw pyError(PyExc_ValueError, "key length must be greater than 0.");
      if (n > 2147483647) throw pyError(PyExc_OverflowError, "key length is too great.");
      length = Number(n);
    }
    return new PyBytes(
      new Uint8Array(nodeCrypto().pbkdf2Sync(pw, saltBytes, Number(iters), length, algo.node)),
    );
  });

  fn("scrypt", (args, kwnames) => {
    const [password, salt, n, r, p, maxmem, dklen] = parseArgs(
      "scrypt",
      args,
      kwnames,
      ["password"],
      ["salt", "n", "r", "p", "maxmem", "dklen"],
      1,
    );
    const pw = bufferArg(password!);
    if (salt === undefined || salt === None) throw pyError(PyExc_TypeError, "salt is required");
    const saltBytes = bufferArg(salt);
    const unsignedArg = (v: PyValue | undefined, name: string): number => {
      const x = v === undefined || v === None ? undefined : intValue(v);
      if (x === undefined || x < 0 || x > 0xffffffffffffffff) {
        throw pyError(PyExc_TypeError, `${name} is required and must be an unsigned int`);
      }
      return Number(x);
    };
    const costN = unsignedArg(n, "n");
    if (costN < 2 || (costN & (costN - 1)) !== 0) {
      throw pyError(PyExc_ValueError, "n must be a power of 2.");
    }
    const blockR = unsignedArg(r, "r");
    const parallelP = unsignedArg(p, "p");
    const mem = maxmem === undefined ? 0 : Number(abs.asIndex(maxmem));
    if (mem < 0 || mem > 2147483647) {
      throw pyError(PyExc_ValueError, "maxmem must be positive and smaller than 2147483647");
    }
    const length = dklen === undefined ? 64 : Number(abs.asIndex(dklen));
    if (length < 1 || length > 2147483646) {
      throw pyError(
        PyExc_ValueError,
        "dklen must be greater than 0 and smaller than 2147483647",
      );
    }
    // OpenSSL's parameter check (EVP_PBE_scrypt) refuses r = 0 and p = 0; node may not.
    if (blockR === 0 || parallelP === 0) {
      throw pyError(PyExc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
    }
    let out: Uint8Array;
    try {
      out = new Uint8Array(
        nodeCrypto().scryptSync(pw, saltBytes, length, {
          N: costN,
          r: blockR,
          p: parallelP,
          maxmem: mem === 0 ? 32 * 1024 * 1024 + 1024 : mem,
        }),
      );
    } catch {
      throw pyError(PyExc_ValueError, "Invalid parameter combination for n, r, p, maxmem.");
    }
    return new PyBytes(out);
  });

  fn("hmac_new", (args, kwnames) => {
    const [key, msg, digestmod] = parseArgs(
      "hmac_new",
      args,
      kwnames,
      ["key", "msg", "digestmod"],
      [],
      1,
    );
    const keyBytes = bufferArg(key!);
    if (digestmod === undefined || digestmod === None) {
      throw pyError(PyExc_TypeError, "Missing required parameter 'digestmod'.");
    }
    const h = makeHmac(keyBytes, byDigestmod(digestmod));
    if (msg !== undefined && msg !== None) h.inner.update(hashData(msg));
    return h;
  });
  fn("hmac_digest", (args, kwnames) => {
    const [key, msg, digest] = parseArgs(
      "hmac_digest",
      args,
      kwnames,
      ["key", "msg", "digest"],
      [],
      3,
    );
    const h = makeHmac(bufferArg(key!), byDigestmod(digest!));
    h.inner.update(bufferArg(msg!));
    return new PyBytes(hmacDigest(h));
  });

  fn("compare_digest", (args, kwnames) => {
    parseArgs("compare_digest", args, kwnames, ["a", "b"], [], 2, 2, 0, {
      qualified: "_hashlib.compare_digest",
    });
    return compareDigest(args[0], args[1]);
  });
  fn("get_fips_mode", () => 0);
  return m;
}

/** hmac.compare_digest: constant-time over the longer input, as CPython's _tscmp. */
function compareDigest(a: PyValue, b: PyValue): boolean {
  const sa = strValue(a), sb = strValue(b);
  let x: Uint8Array, y: Uint8Array;
  if (sa !== undefined && sb !== undefined) {
    if (!isAscii(sa) || !isAscii(sb)) {
      throw pyError(
        PyExc_TypeError,
        "comparing strings with non-ASCII characters is not supported",
      );
    }
    x = new TextEncoder().encode(sa);
    y = new TextEncoder().encode(sb);
  } else {
    const ba = bytesLike(a), bb = bytesLike(b);
    if (ba === undefined && bb === undefined) {
      throw pyError(
        PyExc_TypeError,
        `unsupported operand types(s) or combination of types: '${abs.typeName(a)}' and '${
          abs.typeName(b)
        }'`,
      );
    }
    if (ba === undefined || bb === undefined) {
      throw pyError(
        PyExc_TypeError,
        `a bytes-like object is required, not '${abs.typeName(ba === undefined ? a : b)}'`,
      );
    }
    x = ba;
    y = bb;
  }
  let result = x.length === y.length ? 0 : 1;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) result |= left[i] ^ y[i];
  return result === 0;
}

function bytesLike(v: PyValue): Uint8Array | undefined {
  try {
    return bufferArg(v);
  } catch {
    return undefined;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
