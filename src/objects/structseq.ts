// Struct sequences (CPython's PyStructSequence, Objects/structseq.c): tuple subclasses whose
// items are also named attributes, such as time.struct_time, os.stat_result and
// sys.version_info. The first `nVisible` fields are the tuple's items; the others are only
// attributes (stat_result.st_atime_ns, struct_time.tm_zone). Fields without a name (the
// integer times of stat_result) are items with no attribute.
import { bindArgs, defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import {
  isSubtype,
  None,
  objectType,
  PyDict,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { makeTuple, PyTuple, tupleType } from "./tuple.ts";
import { PyType as PyTypeClass } from "./object.ts";
import { pyError, PyExc_AttributeError, PyExc_TypeError } from "./exceptions.ts";
import { iterateToArray, lookupSpecial, repr } from "./abstract.ts";

export interface StructSeqSpec {
  /** Dotted name as CPython gives it: "time.struct_time" (module "time", name "struct_time"). */
  name: string;
  /** Field names in order; null for an unnamed field. */
  fields: readonly (string | null)[];
  /** How many leading fields are tuple items (n_sequence_fields). */
  nVisible: number;
  doc?: string;
  /** False for types Python may not instantiate (sys.version_info, sys.flags). */
  creatable?: boolean;
  /**
   * Hidden fields that, when the constructor is not given them, copy a visible item (field
   * name -> item index): os.stat_result's st_atime defaults to the integer item 7.
   */
  defaults?: Readonly<Record<string, number>>;
}

export class PyStructSeq extends PyTuple {
  constructor(items: readonly PyValue[], cls: PyType, readonly hidden: readonly PyValue[]) {
    super(items, cls);
  }
}

interface StructSeqInfo {
  spec: StructSeqSpec;
  /** Names of the named fields in order (repr labels the visible items with these). */
  named: string[];
}

const infos = new WeakMap<PyType, StructSeqInfo>();

function infoOf(t: PyType): StructSeqInfo {
  for (const c of t.mro) {
    const i = infos.get(c);
    if (i !== undefined) return i;
  }
  throw pyError(PyExc_TypeError, `${t.name} is not a struct sequence type`);
}

// Fields are read-only members (CPython's PyMemberDef with READONLY): member_descriptor.
const fieldType = new PyTypeClass(typeType, "member_descriptor", [objectType]);
fieldType.isFinal = true;

class PyStructSeqField extends PyObject {
  constructor(
    readonly name: string,
    readonly index: number,
    readonly nVisible: number,
    readonly owner: PyType,
  ) {
    super(fieldType);
  }
}

function fieldGet(f: PyStructSeqField, obj: PyValue): PyValue {
  if (!(obj instanceof PyTuple) || !isSubtype(typeOf(obj), f.owner)) {
    throw pyError(
      PyExc_TypeError,
      `descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${
        typeOf(obj).name
      }' object`,
    );
  }
  return f.index < f.nVisible
    ? obj.items[f.index]
    : (obj as PyStructSeq).hidden?.[f.index - f.nVisible] ?? None;
}

fieldType.tp_descr_get = (d, obj) => (obj === undefined ? d : fieldGet(d as PyStructSeqField, obj));
fieldType.tp_descr_set = () => {
  throw pyError(PyExc_AttributeError, "readonly attribute");
};
defineMethods(fieldType, {
  __repr__(args) {
    const f = args[0] as PyStructSeqField;
    return `<member '${f.name}' of '${f.owner.name}' objects>`;
  },
  __get__(args) {
    const obj = args[1];
    return obj === None || obj === undefined ? args[0] : fieldGet(args[0] as PyStructSeqField, obj);
  },
  __set__() {
    throw pyError(PyExc_AttributeError, "readonly attribute");
  },
  __delete__() {
    throw pyError(PyExc_AttributeError, "readonly attribute");
  },
});
defineGetter(fieldType, "__name__", (f) => (f as PyStructSeqField).name);
defineGetter(fieldType, "__objclass__", (f) => (f as PyStructSeqField).owner);

/** Makes a struct sequence type (PyStructSequence_NewType). */
export function makeStructSeqType(spec: StructSeqSpec): PyType {
  const dot = spec.name.lastIndexOf(".");
  const module = dot < 0 ? "builtins" : spec.name.slice(0, dot);
  const shortName = dot < 0 ? spec.name : spec.name.slice(dot + 1);
  const t = new PyTypeClass(typeType, shortName, [tupleType]);
  t.qualname = shortName;
  t.allocate = (cls) => new PyStructSeq([], cls, []);
  const named = spec.fields.filter((f): f is string => f !== null);
  const info: StructSeqInfo = { spec, named };
  infos.set(t, info);
  const n = spec.fields.length;
  const nv = spec.nVisible;
  const unnamed = n - named.length;

  if (spec.creatable === false) {
    defineNew(t, () => {
      throw pyError(PyExc_TypeError, `cannot create '${spec.name}' instances`);
    });
  } else {
    defineNew(t, (cls, args, kwnames) => {
      const [seq, dict] = bindArgs(shortName, args, kwnames, ["sequence", "dict"], 1);
      if (
        lookupSpecial(seq!, "__iter__") === undefined &&
        lookupSpecial(seq!, "__getitem__") === undefined
      ) {
        throw pyError(PyExc_TypeError, "constructor requires a sequence");
      }
      const items = iterateToArray(seq!);
      // As CPython: a second argument, even None, must be a dict.
      if (dict !== undefined && !(dict instanceof PyDict)) {
        throw pyError(
          PyExc_TypeError,
          `${spec.name}() takes a dict as second arg, if any`,
        );
      }
      const len = items.length;
      if (len < nv) {
        const which = nv === n ? "a" : "an at least";
        throw pyError(
          PyExc_TypeError,
          `${spec.name}() takes ${which} ${nv}-sequence (${len}-sequence given)`,
        );
      }
      if (len > n) {
        const which = nv === n ? "a" : "an at most";
        throw pyError(
          PyExc_TypeError,
          `${spec.name}() takes ${which} ${n}-sequence (${len}-sequence given)`,
        );
      }
      const hidden: PyValue[] = [];
      for (let i = nv; i < n; i++) {
        if (i < len) hidden.push(items[i]);
        else {
          const name = spec.fields[i];
          const v = name !== null && dict instanceof PyDict ? dict.getStr(name) : undefined;
          const from = name !== null ? spec.defaults?.[name] : undefined;
          hidden.push(v ?? (from !== undefined ? items[from] : None));
        }
      }
      return new PyStructSeq(items.slice(0, nv), cls, hidden);
    });
  }

  defineMethods(t, {
    __repr__(args) {
      const self = args[0] as PyTuple;
      const parts: string[] = [];
      for (let i = 0; i < self.items.length; i++) {
        parts.push(`${named[i] ?? `field${i}`}=${repr(self.items[i])}`);
      }
      return `${spec.name}(${parts.join(", ")})`;
    },
    __reduce__(args) {
      const self = args[0] as PyStructSeq;
      const d = new PyDict();
      for (let i = nv; i < n; i++) {
        const name = spec.fields[i];
        if (name !== null) d.setStr(name, self.hidden?.[i - nv] ?? None);
      }
      return makeTuple([self.cls, makeTuple([makeTuple(self.items), d])]);
    },
  });
  spec.fields.forEach((name, i) => {
    if (name !== null) t.dict.setStr(name, new PyStructSeqField(name, i, nv, t));
  });
  t.dict.setStr("__doc__", spec.doc ?? None);
  t.dict.setStr("__module__", module);
  t.dict.setStr("n_sequence_fields", nv);
  t.dict.setStr("n_fields", n);
  t.dict.setStr("n_unnamed_fields", unnamed);
  t.dict.setStr(
    "__match_args__",
    makeTuple(spec.fields.slice(0, nv).filter((f): f is string => f !== null)),
  );
  return t;
}

/** A new struct sequence of `type` from all its fields (visible ones first). */
export function newStructSeq(type: PyType, values: readonly PyValue[]): PyStructSeq {
  const nv = infoOf(type).spec.nVisible;
  return new PyStructSeq(values.slice(0, nv), type, values.slice(nv));
}
