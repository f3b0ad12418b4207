// Per-instruction inline caches of the eval loop (CPython 3.11's specializing caches, without
// rewriting the instructions). See docs/inline-caches.md for the design and the measurements.
//
// A code object has one array of caches, indexed by instruction (`code.inlineCache`, made on
// the first cached miss). An entry remembers what the slow path found the last time and the
// versions under which that answer stays true:
//
//   LOAD_GLOBAL   `entry`: the DictEntry holding the name, in globals or builtins; valid while
//                 both dicts keep their keysVersion (no key added or removed: the entry object
//                 is then still the one in the dict, and its `value` is current).
//   LOAD_ATTR     `type`: an ordinary class (object's __getattribute__/__setattr__, no
//                 __getattr__) with no data descriptor of the name: the instance dict decides.
//   STORE_ATTR    `type`: same, and its instances have a __dict__: store there.
//   LOAD_METHOD   `type` and `value`: the method descriptor (function, builtin method) found on
//                 the type; valid unless the instance dict shadows it (checked on each hit when
//                 the type's instances have dicts).
//   CALL          `type` and `value`, `allocate`: calling the class `type` (metaclass `type`,
//                 object's __new__) runs the Python function `value` as __init__ on a new
//                 instance made by `allocate`; the loop pushes the __init__ frame inline.
//                 For exception classes keeping BaseException's __new__ and __init__,
//                 `newFn` is that __new__, called directly (type.__call__ skips the __init__).
//
// Type-keyed entries hold while `typeVersion` (bumped by any change to a class namespace,
// bases or MRO) is the one they were filled at; a different type or version is a miss, and
// the miss refills the entry (the cache is monomorphic, as CPython's).

import type { PyCode } from "../objects/code.ts";
import type { DictEntry, PyObject, PyType, PyValue } from "../objects/object.ts";

export class InlineCache {
  /** The owner's type (attribute caches); null for LOAD_GLOBAL. */
  type: PyType | null = null;
  /** typeVersion (attribute caches) or globals.keysVersion (LOAD_GLOBAL) at fill time. */
  version = -1;
  /** builtins.keysVersion at fill time (LOAD_GLOBAL). */
  version2 = -1;
  /** LOAD_METHOD: the descriptor found on the type. */
  value: PyValue | undefined = undefined;
  /** LOAD_METHOD: whether a hit must check the instance dict for a shadowing attribute. */
  checkDict = false;
  /** LOAD_GLOBAL: the entry of the name in globals or builtins. */
  entry: DictEntry | null = null;
  /** CALL of a class: its instances' allocator. */
  allocate: ((cls: PyType) => PyObject) | null = null;
  /** CALL of an exception class: BaseException.__new__ (its __init__ would repeat it). */
  newFn: PyValue | undefined = undefined;
}

/** The cache entry of instruction `i` of `code` (made on first use). */
export function cacheFor(code: PyCode, i: number): InlineCache {
  const caches = code.inlineCache ??= new Array(code.co_code.length >> 1).fill(undefined);
  return (caches[i] as InlineCache | undefined) ?? (caches[i] = new InlineCache());
}
