// _abc: the C accelerator of abc.ABCMeta (CPython's Modules/_abc.c). Each ABC keeps an
// `_abc_data` in `cls._abc_impl`: the registry of virtual subclasses and the positive and
// negative caches of __subclasscheck__ answers, all held weakly (WeakRef/WeakSet) as CPython's
// sets of weak references are. The invalidation counter (get_cache_token) is per interpreter.
import {
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  checkArgs,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { pyError, PyExc_AssertionError, PyExc_RuntimeError } from "../objects/exceptions.ts";
import { makeFrozenSet, makeSet } from "../objects/set.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import { importModuleByName } from "../runtime/import.ts";
import * as ops from "../runtime/ops.ts";

class AbcData extends PyObject {
  registry: WeakRef<PyType>[] = [];
  cache = new WeakSet<PyObject>();
  negativeCache = new WeakSet<PyObject>();
  negativeCacheVersion: number;
  /** Members of the caches, for _get_dump (WeakSets cannot be listed). */
  cacheRefs: WeakRef<PyObject>[] = [];
  negativeRefs: WeakRef<PyObject>[] = [];
  constructor(version: number) {
    super(abcDataType);
    this.negativeCacheVersion = version;
  }
  addCache(c: PyObject): void {
    if (!this.cache.has(c)) {
      this.cache.add(c);
      this.cacheRefs.push(new WeakRef(c));
    }
  }
  addNegative(c: PyObject): void {
    if (!this.negativeCache.has(c)) {
      this.negativeCache.add(c);
      this.negativeRefs.push(new WeakRef(c));
    }
  }
  clearNegative(): void {
    this.negativeCache = new WeakSet();
    this.negativeRefs = [];
  }
}

const abcDataType = new PyType(typeType, "_abc._abc_data", [objectType]);
abcDataType.qualname = "_abc_data";
abcDataType.isFinal = true;
abcDataType.dict.setStr("__module__", "_abc");
abcDataType.dict.setStr("__doc__", "Internal state held by ABC machinery.");
defineNew(abcDataType, () => new AbcData(0));

function implOf(self: PyValue): AbcData {
  const impl = abs.getAttr(self, "_abc_impl");
  if (!(impl instanceof AbcData)) throw ops.typeError("_abc_impl is set to a wrong type");
  return impl;
}

function isAbstract(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const flag = abs.getAttrOrUndefined(v, "__isabstractmethod__");
  return flag !== undefined && abs.isTrue(flag);
}

/** Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING. */
const COLLECTION_FLAGS = 32 | 64;

/** A registered virtual subclass (and its subclasses) matches as the ABC does; builtins keep theirs. */
function setCollectionFlagRecursive(child: PyType, flag: number): void {
  if (!child.isHeapType || child.patmaFlags === flag) return;
  child.patmaFlags = flag;
  for (const grandchild of abs.iterateToArray(abs.callMethod(child, "__subclasses__", []))) {
    if (grandchild instanceof PyType) setCollectionFlagRecursive(grandchild, flag);
  }
}

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_abc");
}

export function createModule(): PyModule {
  const m = new PyModule("_abc");
  const d = m.dict;
  const state = { counter: 0 };
  d.setStr("__doc__", "Module contains faster C implementation of abc.ABCMeta");

  d.setStr(
    "_abc_init",
    fn("_abc_init", (args, kw) => {
      checkArgs("_abc_init", args, kw, 1, 1);
      const self = args[0];
      // Abstract methods: the namespace's, then inherited ones still abstract here.
      const abstracts: string[] = [];
      const ns = abs.getAttr(self, "__dict__");
      for (const item of abs.iterateToArray(abs.callMethod(ns, "items", []))) {
        const [name, value] = (item as PyTuple).items;
        if (typeof name === "string" && isAbstract(value)) abstracts.push(name);
      }
      const bases = abs.getAttr(self, "__bases__");
      for (const base of abs.iterateToArray(bases)) {
        const inherited = abs.getAttrOrUndefined(base, "__abstractmethods__");
        if (inherited === undefined) continue;
        for (const name of abs.iterateToArray(inherited)) {
          if (typeof name !== "string" || abstracts.includes(name)) continue;
          if (isAbstract(abs.getAttrOrUndefined(self, name))) abstracts.push(name);
        }
      }
      abs.setAttr(self, "__abstractmethods__", makeFrozenSet(abstracts));
      abs.setAttr(self, "_abc_impl", new AbcData(state.counter));
      // collections.abc.Sequence/Mapping mark themselves for `match` with __abc_tpflags__,
      // which becomes the type's flag and leaves the namespace.
      if (self instanceof PyType) {
        const flags = self.dict.getStr("__abc_tpflags__");
        if (flags !== undefined) {
          if (typeof flags === "number") {
            if ((flags & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
              throw ops.typeError(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
              );
            }
            self.patmaFlags |= flags & COLLECTION_FLAGS;
          }
          self.dict.deleteStr("__abc_tpflags__");
        }
      }
      return None;
    }),
  );

  d.setStr(
    "_abc_register",
    fn("_abc_register", (args, kw) => {
      checkArgs("_abc_register", args, kw, 2, 2);
      const [self, subclass] = args;
      if (!(subclass instanceof PyType)) throw ops.typeError("Can only register classes");
      if (abs.isSubclass(subclass, self)) return subclass;
      if (abs.isSubclass(self, subclass)) {
        throw pyError(PyExc_RuntimeError, "Refusing to create an inheritance cycle");
      }
      implOf(self).registry.push(new WeakRef(subclass));
      state.counter++;
      if (self instanceof PyType && (self.patmaFlags & COLLECTION_FLAGS) !== 0) {
        setCollectionFlagRecursive(subclass, self.patmaFlags & COLLECTION_FLAGS);
      }
      return subclass;
    }),
  );

  d.setStr(
    "_abc_instancecheck",
    fn("_abc_instancecheck", (args, kw) => {
      checkArgs("_abc_instancecheck", args, kw, 2, 2);
      const [self, instance] = args;
      const impl = implOf(self);
      const subclass = abs.getAttr(instance, "__class__");
      if (subclass instanceof PyObject && impl.cache.has(subclass)) return true;
      const subtype = ops.typeOf(instance);
      if (subtype === subclass) {
        if (
          impl.negativeCacheVersion === state.counter && subclass instanceof PyObject &&
          impl.negativeCache.has(subclass)
        ) return false;
        return abs.callMethod(self, "__subclasscheck__", [subclass]);
      }
      const r = abs.callMethod(self, "__subclasscheck__", [subclass]);
      if (abs.isTrue(r)) return r;
      return abs.callMethod(self, "__subclasscheck__", [subtype]);
    }),
  );

  d.setStr(
    "_abc_subclasscheck",
    fn("_abc_subclasscheck", (args, kw) => {
      checkArgs("_abc_subclasscheck", args, kw, 2, 2);
      const [self, subclass] = args;
      if (!(subclass instanceof PyType)) throw ops.typeError("issubclass() arg 1 must be a class");
      const impl = implOf(self);
      if (impl.cache.has(subclass)) return true;
      if (impl.negativeCacheVersion < state.counter) {
        impl.clearNegative();
        impl.negativeCacheVersion = state.counter;
      } else if (impl.negativeCache.has(subclass)) return false;
      const ok = abs.callMethod(self, "__subclasshook__", [subclass]);
      if (ok !== NotImplemented) {
        if (typeof ok !== "boolean") {
          throw pyError(
            PyExc_AssertionError,
            "__subclasshook__ must return either False, True, or NotImplemented",
          );
        }
        if (ok) impl.addCache(subclass);
        else impl.addNegative(subclass);
        return ok;
      }
      if (subclass.mro.includes(self as PyType)) {
        impl.addCache(subclass);
        return true;
      }
      for (const w of impl.registry) {
        const rcls = w.deref();
        if (rcls !== undefined && abs.isSubclass(subclass, rcls)) {
          impl.addCache(subclass);
          return true;
        }
      }
      for (const scls of abs.iterateToArray(abs.callMethod(self, "__subclasses__", []))) {
        if (abs.isSubclass(subclass, scls)) {
          impl.addCache(subclass);
          return true;
        }
      }
      impl.addNegative(subclass);
      return false;
    }),
  );

  d.setStr(
    "_get_dump",
    fn("_get_dump", (args, kw) => {
      checkArgs("_get_dump", args, kw, 1, 1);
      const impl = implOf(args[0]);
      const ref = abs.getAttr(importModuleByName("_weakref"), "ref");
      const refs = (list: WeakRef<PyObject>[]) =>
        makeSet(
          list.map((w) => w.deref()).filter((o) => o !== undefined).map((o) =>
            abs.call(ref, [o!], null)
          ),
        );
      return makeTuple([
        refs(impl.registry),
        refs(impl.cacheRefs),
        refs(impl.negativeRefs),
        impl.negativeCacheVersion,
      ]);
    }),
  );
  d.setStr(
    "_reset_registry",
    fn("_reset_registry", (args, kw) => {
      checkArgs("_reset_registry", args, kw, 1, 1);
      implOf(args[0]).registry = [];
      return None;
    }),
  );
  d.setStr(
    "_reset_caches",
    fn("_reset_caches", (args, kw) => {
      checkArgs("_reset_caches", args, kw, 1, 1);
      const impl = implOf(args[0]);
      impl.cache = new WeakSet();
      impl.cacheRefs = [];
      impl.clearNegative();
      return None;
    }),
  );
  d.setStr(
    "get_cache_token",
    fn("get_cache_token", (args, kw) => {
      checkArgs("get_cache_token", args, kw, 0, 0);
      return state.counter;
    }),
  );
  return m;
}
