// Builtin (native) callables: CPython's builtin_function_or_method and method_descriptor, plus
// the helpers every type module uses to put its methods into its type's namespace.
//
// Calling convention (vectorcall, as for `call` in abstract.ts): `args` holds the positional
// values then the keyword values named by `kwnames`. A method descriptor's native function gets
// `self` as args[0], so LOAD_METHOD + CALL on a builtin method passes the stack slice unchanged.
//
// This module is a leaf (imports only object.ts) so that every type module may use it at load
// time whatever the import order; it raises TypeError through `nativeErrors`, which
// exceptions.ts fills in when it loads.
import {
  isSubtype,
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";

export type NativeFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

export const builtinFunctionType: PyType = new PyType(typeType, "builtin_function_or_method", [
  objectType,
]);
builtinFunctionType.isFinal = true;

/** A native function, possibly bound to `self` (then `self` is prepended to every call). */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** The bound receiver (`[].append` binds the list), undefined for module-level functions. */
    readonly self: PyValue | undefined = undefined,
    /** `__qualname__`, e.g. "list.append"; defaults to name. */
    readonly qualname: string = name,
    /** `__module__` of module-level functions. */
    readonly module: string | null = null,
    cls: PyType = builtinFunctionType,
  ) {
    super(cls);
  }
  /**
   * The type a builtin `__new__` belongs to: CPython binds tp_new's wrapper to its type
   * (`int.__new__.__self__ is int`, which copyreg tests), though calls still pass cls first.
   */
  newOwner: PyType | undefined = undefined;
  /**
   * The type of a builtin static method (`bytes.maketrans`): CPython keeps it as m_self, so
   * repr and pickling name it, while `__self__` reports None.
   */
  staticOwner: PyType | undefined = undefined;
}

/** method-wrapper: a slot wrapper bound to an instance (`(1).__add__`). */
export const methodWrapperType: PyType = new PyType(typeType, "method-wrapper", [objectType]);
methodWrapperType.isFinal = true;

const callBuiltin = (f: PyObject, args: PyValue[], kwnames: readonly string[] | null) => {
  const bf = f as PyBuiltinFunction;
  if (bf.self === undefined) return bf.fn(args, kwnames);
  return bf.fn([bf.self, ...args], kwnames);
};
builtinFunctionType.tp_call = callBuiltin;
methodWrapperType.tp_call = callBuiltin;

export const methodDescriptorType: PyType = new PyType(typeType, "method_descriptor", [
  objectType,
]);
methodDescriptorType.isFinal = true;
methodDescriptorType.isMethodDescriptor = true;
/** wrapper_descriptor: a builtin type's dunder method (CPython's slot wrappers). */
export const wrapperDescriptorType: PyType = new PyType(typeType, "wrapper_descriptor", [
  objectType,
]);
wrapperDescriptorType.isFinal = true;
wrapperDescriptorType.isMethodDescriptor = true;

/** A builtin type's method as stored in the type's namespace (unbound; `list.append`). */
export class PyMethodDescriptor extends PyObject {
  /**
   * The function Python calls reach: for the special methods CPython implements as slot
   * wrappers it first checks the argument count (`int.__add__(1)` is a TypeError, never a
   * call with a missing operand); otherwise the same function as `raw`.
   */
  readonly fn: NativeFn;
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    /**
     * args[0] is self (already checked to be an instance of objclass when called via call).
     * Called directly only by the runtime's own special-method calls (callSpecial), which
     * always pass the slot's argument count.
     */
    readonly raw: NativeFn,
  ) {
    super(
      name.startsWith("__") && name.endsWith("__") && !plainDunderMethods.has(name)
        ? wrapperDescriptorType
        : methodDescriptorType,
    );
    const arity = slotArity.get(name);
    this.fn = arity !== undefined
      ? checkedSlot(objclass.name, name, raw, arity)
      : noArgDunders.has(name)
      ? checkedNoArgs(`${objclass.name.slice(objclass.name.lastIndexOf(".") + 1)}.${name}`, raw)
      : raw;
  }
}

/** Dunder names CPython's builtin types define as plain methods, not slot wrappers. */
const plainDunderMethods = new Set([
  "__reduce__",
  "__reduce_ex__",
  "__getstate__",
  "__setstate__",
  "__getnewargs__",
  "__getnewargs_ex__",
  "__sizeof__",
  "__dir__",
  "__format__",
  "__length_hint__",
  "__copy__",
  "__deepcopy__",
  "__reversed__",
  "__subclasses__",
  "__instancecheck__",
  "__subclasscheck__",
  "__round__",
  "__trunc__",
  "__floor__",
  "__ceil__",
  "__enter__",
  "__exit__",
  "__fspath__",
  "__bytes__",
  "__complex__",
  "__missing__",
]);

/** Plain dunder methods CPython's builtin types define as METH_NOARGS. */
const noArgDunders = new Set([
  "__getnewargs__",
  "__reduce__",
  "__getstate__",
  "__sizeof__",
  "__length_hint__",
  "__copy__",
]);

function checkedNoArgs(qualified: string, fn: NativeFn): NativeFn {
  return (args, kwnames) => {
    if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
      nativeErrors.typeError(`${qualified}() takes no arguments (${args.length - 1} given)`);
    }
    return fn(args, kwnames);
  };
}

/**
 * Argument counts (besides self) of the special methods CPython exposes as slot wrappers, with
 * whether CPython's wrapper reports a wrong count through PyArg_UnpackTuple (whose message has
 * an empty function name, hence the leading space) rather than check_num_args.
 */
type SlotArity = readonly [min: number, max: number, unpackStyle: boolean];
const slotArity = new Map<string, SlotArity>();
for (
  const n of [
    "__repr__",
    "__str__",
    "__hash__",
    "__len__",
    "__iter__",
    "__next__",
    "__bool__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__int__",
    "__float__",
    "__index__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__del__",
  ]
) slotArity.set(n, [0, 0, false]);
for (
  const op of [
    "add",
    "sub",
    "mul",
    "matmul",
    "truediv",
    "floordiv",
    "mod",
    "divmod",
    "lshift",
    "rshift",
    "and",
    "or",
    "xor",
  ]
) {
  slotArity.set(`__${op}__`, [1, 1, false]);
  slotArity.set(`__r${op}__`, [1, 1, false]);
  if (op !== "divmod") slotArity.set(`__i${op}__`, [1, 1, false]);
}
for (
  const n of [
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__contains__",
    "__getitem__",
    "__delitem__",
    "__delattr__",
    "__delete__",
  ]
) slotArity.set(n, [1, 1, false]);
for (const n of ["__pow__", "__rpow__", "__ipow__", "__get__"]) slotArity.set(n, [1, 2, true]);
for (const n of ["__setitem__", "__setattr__", "__set__"]) slotArity.set(n, [2, 2, true]);
slotArity.set("__getattribute__", [1, 1, false]);
/** Special methods CPython's builtin types define as METH_O methods (not slot wrappers). */
for (const n of ["__format__", "__instancecheck__", "__subclasscheck__", "__reduce_ex__"]) {
  slotArity.set(n, [1, 1, false]);
}
/** Special methods whose argument is an attribute name. */
const takesAttributeName = new Set(["__getattribute__", "__setattr__", "__delattr__"]);

/** Sequence repetition (sq_repeat's wrapper unpacks its argument: " expected 1 argument"). */
const sequenceTypes = new Set(["str", "list", "tuple", "bytes", "bytearray"]);
/** Special methods CPython defines as METH_O methods, whose message names the method. */
const methOSpecials = new Set([
  "object.__format__",
  "int.__format__",
  "float.__format__",
  "str.__format__",
  "complex.__format__",
  "object.__reduce_ex__",
  "type.__instancecheck__",
  "type.__subclasscheck__",
  "list.__getitem__",
  "dict.__getitem__",
  "dict.__contains__",
  "set.__contains__",
  "frozenset.__contains__",
]);

function checkedSlot(
  owner: string,
  name: string,
  fn: NativeFn,
  [min, max, unpackStyle]: SlotArity,
): NativeFn {
  const qualified = `${owner}.${name}`;
  const methO = methOSpecials.has(qualified);
  const attributeName = takesAttributeName.has(name);
  const unpack = unpackStyle ||
    (sequenceTypes.has(owner) &&
      (name === "__mul__" || name === "__rmul__" || name === "__imul__"));
  return (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      nativeErrors.typeError(
        methO
          ? `${qualified}() takes no keyword arguments`
          : `wrapper ${name}() takes no keyword arguments`,
      );
    }
    const n = args.length - 1;
    if (n < min || n > max) {
      if (methO) {
        // A builtin method bound to a class is named after that class (meth_get__qualname__).
        const owner = args[0] instanceof PyType ? `${args[0].name}.${name}` : qualified;
        nativeErrors.typeError(`${owner}() takes exactly one argument (${n} given)`);
      }
      slotArgumentError(n, min, max, unpack);
    }
    if (attributeName && typeof args[1] !== "string" && !isSubtype(typeOf(args[1]), typeOf(""))) {
      nativeErrors.typeError(`attribute name must be string, not '${typeOf(args[1]).name}'`);
    }
    if (
      name === "__format__" && typeof args[1] !== "string" &&
      !isSubtype(typeOf(args[1]), typeOf(""))
    ) {
      nativeErrors.typeError(`__format__() argument must be str, not ${badArgName(args[1])}`);
    }
    if (name === "__get__" && args[1] === None && (n === 1 || args[2] === args[1])) {
      nativeErrors.typeError("__get__(None, None) is invalid");
    }
    return fn(args, kwnames);
  };
}

function slotArgumentError(n: number, min: number, max: number, unpackStyle: boolean): never {
  const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  const prefix = unpackStyle ? " " : "";
  if (min === max) return nativeErrors.typeError(`${prefix}expected ${plural(min)}, got ${n}`);
  return nativeErrors.typeError(
    n < min
      ? `${prefix}expected at least ${plural(min)}, got ${n}`
      : `${prefix}expected at most ${plural(max)}, got ${n}`,
  );
}

const bindDescriptor = (d: PyObject, obj: PyValue | undefined): PyValue => {
  if (obj === undefined) return d;
  const md = d as PyMethodDescriptor;
  return new PyBuiltinFunction(
    md.name,
    md.fn,
    obj,
    `${md.objclass.name}.${md.name}`,
    null,
    md.cls === wrapperDescriptorType ? methodWrapperType : builtinFunctionType,
  );
};
methodDescriptorType.tp_descr_get = bindDescriptor;
wrapperDescriptorType.tp_descr_get = bindDescriptor;

/** Filled in by exceptions.ts, which loads after this module. */
export const nativeErrors = {
  typeError: (message: string): never => {
    throw new Error(message);
  },
  attributeError: (message: string): never => {
    throw new Error(message);
  },
  /** Raises StopIteration (no value): the end of an iterator's `__next__`. */
  stopIteration: (): never => {
    throw new Error("StopIteration");
  },
};

/**
 * `__iter__` (self) and `__next__` (the type's tp_iternext, StopIteration at the end) for an
 * iterator type, as CPython's slot wrappers give every type with tp_iternext.
 */
export function iteratorMethods(type: PyType): Record<"__iter__" | "__next__", NativeFn> {
  return {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = type.tp_iternext!(args[0] as PyObject);
      return v === undefined ? nativeErrors.stopIteration() : v;
    },
  };
}

methodDescriptorType.tp_call = (d, args, kwnames) => {
  const md = d as PyMethodDescriptor;
  if (args.length === 0) {
    nativeErrors.typeError(
      `unbound method ${md.objclass.qualname}.${md.name}() needs an argument`,
    );
  }
  if (!isSubtype(typeOf(args[0]), md.objclass)) {
    nativeErrors.typeError(
      `descriptor '${md.name}' for '${md.objclass.name}' objects doesn't apply to a '${
        typeOf(args[0]).name
      }' object`,
    );
  }
  return md.fn(args, kwnames);
};
wrapperDescriptorType.tp_call = (d, args, kwnames) => {
  const md = d as PyMethodDescriptor;
  if (args.length === 0) {
    nativeErrors.typeError(
      `descriptor '${md.name}' of '${md.objclass.name}' object needs an argument`,
    );
  }
  if (!isSubtype(typeOf(args[0]), md.objclass)) {
    nativeErrors.typeError(
      `descriptor '${md.name}' requires a '${md.objclass.name}' object but received a '${
        typeOf(args[0]).name
      }'`,
    );
  }
  return md.fn(args, kwnames);
};

/** classmethod_descriptor: a builtin classmethod (dict.fromkeys); args[0] is the class. */
export const classMethodDescriptorType: PyType = new PyType(
  typeType,
  "classmethod_descriptor",
  [objectType],
);
classMethodDescriptorType.isFinal = true;

export class PyClassMethodDescriptor extends PyObject {
  constructor(readonly name: string, readonly objclass: PyType, readonly fn: NativeFn) {
    super(classMethodDescriptorType);
  }
}
classMethodDescriptorType.tp_call = (d, args, kwnames) => {
  const cd = d as PyClassMethodDescriptor;
  if (args.length === 0) {
    nativeErrors.typeError(
      `descriptor '${cd.name}' of '${cd.objclass.name}' object needs an argument`,
    );
  }
  const cls = args[0];
  if (!(cls instanceof PyType)) {
    nativeErrors.typeError(
      `descriptor '${cd.name}' for type '${cd.objclass.name}' needs a type, not a '${
        typeOf(cls).name
      }' as arg 2`,
    );
  }
  if (!isSubtype(cls as PyType, cd.objclass)) {
    nativeErrors.typeError(
      `descriptor '${cd.name}' requires a subtype of '${cd.objclass.name}' but received '${
        (cls as PyType).name
      }'`,
    );
  }
  return cd.fn(args, kwnames);
};
classMethodDescriptorType.tp_descr_get = (d, obj, type) => {
  const cd = d as PyClassMethodDescriptor;
  const cls = obj === undefined ? type : (obj as PyObject).cls ?? type;
  return new PyBuiltinFunction(cd.name, cd.fn, cls, `${cd.objclass.name}.${cd.name}`);
};

// ---- Defining a type's namespace ----------------------------------------------------------

export function defineMethod(type: PyType, name: string, fn: NativeFn): PyMethodDescriptor {
  const d = new PyMethodDescriptor(name, type, fn);
  type.dict.setStr(name, d);
  return d;
}

/**
 * `__call__` for a builtin type with tp_call, as CPython's slot wrapper gives every such type
 * (collections.abc.Callable looks for it in the class __dict__). It reads tp_call when called,
 * so it may be defined before tp_call is set.
 */
export function defineCallSlot(type: PyType): void {
  defineMethod(type, "__call__", (args, kwnames) => {
    if (kwnames !== null && kwnames.length === args.length) {
      nativeErrors.typeError(`descriptor '__call__' of '${type.name}' object needs an argument`);
    }
    return type.tp_call!(args[0] as PyObject, args.slice(1), kwnames);
  });
}

export function defineMethods(type: PyType, methods: Record<string, NativeFn>): void {
  for (const name in methods) defineMethod(type, name, methods[name]);
}

export function defineClassMethod(type: PyType, name: string, fn: NativeFn): void {
  type.dict.setStr(name, new PyClassMethodDescriptor(name, type, fn));
}

/**
 * `__new__` of a builtin type: a plain builtin function taking the class first (CPython's
 * tp_new wrapper). type.ts calls it as `__new__(cls, *args)`.
 */
export function defineNew(
  type: PyType,
  fn: (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue,
): void {
  type.dict.setStr(
    "__new__",
    new PyBuiltinFunction(
      "__new__",
      (args, kw) => {
        if (args.length === 0) {
          nativeErrors.typeError(`${type.name}.__new__(): not enough arguments`);
        }
        const cls = args[0];
        if (!(cls instanceof PyType)) {
          nativeErrors.typeError(
            `${type.name}.__new__(X): X is not a type object (${typeOf(cls).name})`,
          );
        }
        if (!isSubtype(cls as PyType, type)) {
          nativeErrors.typeError(
            `${type.name}.__new__(${(cls as PyType).name}): ${
              (cls as PyType).name
            } is not a subtype of ${type.name}`,
          );
        }
        return fn(cls as PyType, args.slice(1), kw);
      },
      undefined,
      `${type.name}.__new__`,
    ),
  );
  (type.dict.getStr("__new__") as PyBuiltinFunction).newOwner = type;
}

// ---- getset descriptors (computed attributes of builtin types) ----------------------------

export const getSetDescriptorType: PyType = new PyType(typeType, "getset_descriptor", [
  objectType,
]);
getSetDescriptorType.isFinal = true;

export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly name: string,
    readonly objclass: PyType,
    readonly getter: (self: PyValue) => PyValue,
    readonly setter: ((self: PyValue, value: PyValue | undefined) => void) | null,
  ) {
    super(getSetDescriptorType);
  }
}
getSetDescriptorType.tp_descr_get = (d, obj) => {
  if (obj === undefined) return d;
  return (d as PyGetSetDescriptor).getter(obj);
};
getSetDescriptorType.tp_descr_set = (d, obj, value) => {
  const gs = d as PyGetSetDescriptor;
  if (gs.setter === null) {
    nativeErrors.attributeError(
      gs.objclass === typeType || gs.objclass.name === "type"
        ? "readonly attribute"
        : `attribute '${gs.name}' of '${gs.objclass.name}' objects is not writable`,
    );
  }
  gs.setter!(obj, value);
};

export function defineGetter(
  type: PyType,
  name: string,
  getter: (self: PyValue) => PyValue,
  setter: ((self: PyValue, value: PyValue | undefined) => void) | null = null,
): void {
  type.dict.setStr(name, new PyGetSetDescriptor(name, type, getter, setter));
}

// ---- Argument checking (CPython's messages for builtins) ----------------------------------

export function noKeywords(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    nativeErrors.typeError(`${fname}() takes no keyword arguments`);
  }
}

/** Positional-only builtin: checks count (after removing self when `self` is 1). */
export function checkArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
  self = 0,
): void {
  if (kwnames !== null && kwnames.length > 0) {
    nativeErrors.typeError(`${fname}() takes no keyword arguments`);
  }
  const n = args.length - self;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) nativeErrors.typeError(`${fname}() takes no arguments (${n} given)`);
    if (min === 1) nativeErrors.typeError(`${fname}() takes exactly one argument (${n} given)`);
    nativeErrors.typeError(`${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min) {
    nativeErrors.typeError(
      `${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`,
    );
  }
  nativeErrors.typeError(
    `${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`,
  );
}

/**
 * Binds positional and keyword arguments to `params` (names; a leading "$" in a name marks it
 * keyword-only, a "/" entry ends the positional-only ones). Returns one slot per param
 * (undefined when not given). `required` counts leading params that must be supplied.
 */
export function bindArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  params: readonly string[],
  required = 0,
  self = 0,
): (PyValue | undefined)[] {
  const names: string[] = [];
  let posOnly = 0;
  let kwOnlyFrom = -1;
  for (const p of params) {
    if (p === "/") {
      posOnly = names.length;
      continue;
    }
    if (p.startsWith("$")) {
      if (kwOnlyFrom < 0) kwOnlyFrom = names.length;
      names.push(p.slice(1));
    } else names.push(p);
  }
  const maxPos = kwOnlyFrom < 0 ? names.length : kwOnlyFrom;
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw - self;
  if (npos > maxPos) {
    nativeErrors.typeError(
      posOnly === names.length
        ? `${fname} expected at most ${maxPos} argument${maxPos === 1 ? "" : "s"}, got ${npos}`
        : `${fname}() takes at most ${maxPos} argument${maxPos === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[self + i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const idx = names.indexOf(name);
    if (idx < 0 || idx < posOnly) {
      nativeErrors.typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[idx] !== undefined) {
      nativeErrors.typeError(
        `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`,
      );
    }
    out[idx] = args[self + npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      nativeErrors.typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/**
 * Wraps the named methods of a builtin type so they reject arguments as CPython's METH_NOARGS
 * methods do: "list.clear() takes no arguments (1 given)".
 */
export function requireNoArgs(type: PyType, names: readonly string[]): void {
  for (const name of names) {
    const d = type.dict.getStr(name);
    if (!(d instanceof PyMethodDescriptor)) continue;
    const fn = d.fn;
    type.dict.setStr(
      name,
      new PyMethodDescriptor(name, type, (args, kwnames) => {
        if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
          nativeErrors.typeError(
            `${type.name}.${name}() takes no arguments (${args.length - 1} given)`,
          );
        }
        return fn(args, kwnames);
      }),
    );
  }
}

/**
 * How many arguments (besides self) a builtin method takes, for `requireArgs`: `1` is a METH_O
 * method ("set.discard() takes exactly one argument (0 given)"); `[min, max]` an Argument
 * Clinic one ("center expected at least 1 argument, got 0"); `[min, max, "old"]` one that
 * parses with PyArg_ParseTuple ("count() takes at least 1 argument (0 given)").
 */
export type ArgCount = 1 | readonly [number, number] | readonly [number, number, "old"];

/**
 * Wraps the named methods of a builtin type so a call with too few or too many positional
 * arguments raises CPython's TypeError instead of reaching the method with a missing operand.
 * Keyword arguments are left to the method (it binds them itself), except for METH_O methods.
 */
export function requireArgs(type: PyType, counts: Readonly<Record<string, ArgCount>>): void {
  for (const name in counts) {
    const d = type.dict.getStr(name);
    if (!(d instanceof PyMethodDescriptor)) continue;
    const fn = d.raw;
    const count = counts[name];
    const [min, max] = count === 1 ? [1, 1] : count;
    const old = count !== 1 && count[2] === "old";
    type.dict.setStr(
      name,
      new PyMethodDescriptor(name, type, (args, kwnames) => {
        const nkw = kwnames === null ? 0 : kwnames.length;
        if (count === 1 && nkw > 0) {
          nativeErrors.typeError(`${type.name}.${name}() takes no keyword arguments`);
        }
        const n = args.length - 1 - nkw;
        if (n > max || (n < min && n + nkw < min)) {
          if (count === 1) {
            nativeErrors.typeError(
              `${type.name}.${name}() takes exactly one argument (${n} given)`,
            );
          }
          const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
          const bound = min === max ? "" : n < min ? "at least " : "at most ";
          nativeErrors.typeError(
            old
              ? `${name}() takes ${bound}${plural(n < min ? min : max)} (${n} given)`
              : `${name} expected ${bound}${plural(n < min ? min : max)}, got ${n}`,
          );
        }
        return fn(args, kwnames);
      }),
    );
  }
}

/** How Argument Clinic names a wrong argument's type: "None" for None, else the type name. */
export function badArgName(v: PyValue): string {
  return v === None ? "None" : typeOf(v).name;
}

for (
  const t of [
    builtinFunctionType,
    methodWrapperType,
    methodDescriptorType,
    wrapperDescriptorType,
    classMethodDescriptorType,
  ]
) defineCallSlot(t);
