// _sha3: hashlib's builtin SHA-3 and SHAKE (CPython's Modules/_sha3/sha3module.c), over
// node:crypto. The six classes are their own constructors, as in CPython.
import { defineGetter, defineNew } from "../objects/builtin_function.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyModule } from "../runtime/module_object.ts";
import { algorithmByName, hashConstructor, makeHashType } from "./module_support.ts";

const VARIANTS: readonly [name: string, capacityBits: number, suffix: number][] = [
  ["sha3_224", 448, 0x06],
  ["sha3_256", 512, 0x06],
  ["sha3_384", 768, 0x06],
  ["sha3_512", 1024, 0x06],
  ["shake_128", 256, 0x1f],
  ["shake_256", 512, 0x1f],
];

export function createModule(): PyModule {
  const m = new PyModule("_sha3");
  for (const [name, capacity, suffix] of VARIANTS) {
    const t = makeHashType("_sha3", name, null);
    // CPython 3.11's shared constructor names itself sha3_224 in its messages.
    const make = hashConstructor("sha3_224", t, algorithmByName(name)!, "data/");
    defineNew(t, (_cls, args, kwnames) => make(args, kwnames));
    const rateBits = 1600 - capacity;
    defineGetter(t, "_capacity_bits", () => capacity);
    defineGetter(t, "_rate_bits", () => rateBits);
    defineGetter(t, "_suffix", () => new PyBytes(Uint8Array.of(suffix)));
    m.dict.setStr(name, t);
  }
  m.dict.setStr("implementation", "tiny_sha3");
  m.dict.setStr("keccakopt", 0);
  return m;
}
