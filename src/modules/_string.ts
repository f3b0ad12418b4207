// The `_string` module (CPython's Objects/stringlib/unicode_format.h, exposed by
// unicodeobject.c): the str.format parser that string.Formatter is built on.
import {
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import { defineMethods, iteratorMethods, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { makeTuple } from "../objects/tuple.ts";
import { pyError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.ts";
import { strValue } from "../objects/str.ts";
import { PyModule } from "../runtime/module_object.ts";
import { checkModuleArgs } from "./module_support.ts";

const valueError = (msg: string) => pyError(PyExc_ValueError, msg);

/** Parses a run of decimal digits as CPython's get_integer: -1 when not all digits. */
function getInteger(s: string): number | bigint {
  if (s === "" || !/^[0-9]+$/.test(s)) return -1;
  const v = BigInt(s);
  if (v > 0x7fffffffffffffffn) throw valueError("Too many decimal digits in format string");
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

// ---- formatter_parser: (literal, field_name, format_spec, conversion) tuples ------------------

class FormatterIterator extends PyObject {
  pos = 0;
  constructor(readonly text: string) {
    super(formatterIteratorType);
  }
}
const formatterIteratorType = new PyType(typeType, "formatteriterator", [objectType]);
formatterIteratorType.isFinal = true;

/** parse_field: the field after '{' up to its '}' (it.pos is just past the '{'). */
function parseField(it: FormatterIterator): [string, string, PyValue] {
  const s = it.text;
  const end = s.length;
  const nameStart = it.pos;
  let c = "";
  while (it.pos < end) {
    c = s[it.pos++];
    if (c === "{") throw valueError("unexpected '{' in field name");
    if (c === "[") {
      while (it.pos < end && s[it.pos] !== "]") it.pos++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const nameEnd = it.pos - 1;
  const name = s.slice(nameStart, c === "}" || c === ":" || c === "!" ? nameEnd : it.pos);
  if (c !== "!" && c !== ":") {
    if (c !== "}") throw valueError("expected '}' before end of string");
    return [name, "", None];
  }
  let conversion: PyValue = None;
  if (c === "!") {
    if (it.pos >= end) throw valueError("end of string while looking for conversion specifier");
    conversion = s[it.pos++];
    if (it.pos < end) {
      const d = s[it.pos++];
      if (d === "}") return [name, "", conversion];
      if (d !== ":") throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = it.pos;
  let count = 1;
  while (it.pos < end) {
    const d = s[it.pos++];
    if (d === "{") count++;
    else if (d === "}" && --count === 0) return [name, s.slice(specStart, it.pos - 1), conversion];
  }
  throw valueError("unmatched '{' in format spec");
}

formatterIteratorType.tp_iternext = (o) => {
  const it = o as FormatterIterator;
  const s = it.text;
  const end = s.length;
  if (it.pos >= end) return undefined;
  const start = it.pos;
  let c = "";
  let markup = false;
  while (it.pos < end) {
    c = s[it.pos++];
    if (c === "{" || c === "}") {
      markup = true;
      break;
    }
  }
  const atEnd = it.pos >= end;
  let len = it.pos - start;
  if (c === "}" && (atEnd || s[it.pos] !== "}")) {
    throw valueError("Single '}' encountered in format string");
  }
  if (atEnd && c === "{") throw valueError("Single '{' encountered in format string");
  if (!atEnd) {
    if (markup && s[it.pos] === c) {
      // An escaped '{{' or '}}': literal text ending in one brace, no field.
      it.pos++;
      markup = false;
    } else if (markup) len--;
  }
  const literal = s.slice(start, start + len);
  if (!markup) return makeTuple([literal, None, None, None]);
  const [name, spec, conversion] = parseField(it);
  return makeTuple([literal, name, spec, conversion]);
};
defineMethods(formatterIteratorType, iteratorMethods(formatterIteratorType));

// ---- formatter_field_name_split: (first, iterator of (is_attr, key)) --------------------------

class FieldNameIterator extends PyObject {
  constructor(readonly text: string, public pos: number) {
    super(fieldNameIteratorType);
  }
}
const fieldNameIteratorType = new PyType(typeType, "fieldnameiterator", [objectType]);
fieldNameIteratorType.isFinal = true;

fieldNameIteratorType.tp_iternext = (o) => {
  const it = o as FieldNameIterator;
  const s = it.text;
  const end = s.length;
  if (it.pos >= end) return undefined;
  const c = s[it.pos++];
  let name: string;
  let key: PyValue;
  let isAttr: boolean;
  if (c === ".") {
    isAttr = true;
    const start = it.pos;
    while (it.pos < end && s[it.pos] !== "." && s[it.pos] !== "[") it.pos++;
    name = s.slice(start, it.pos);
    key = name;
  } else if (c === "[") {
    isAttr = false;
    const start = it.pos;
    while (it.pos < end && s[it.pos] !== "]") it.pos++;
    if (it.pos >= end) throw valueError("Missing ']' in format string");
    name = s.slice(start, it.pos);
    it.pos++;
    const idx = getInteger(name);
    key = idx === -1 ? name : idx;
  } else {
    throw valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  if (name === "") throw valueError("Empty attribute in format string");
  return makeTuple([isAttr, key]);
};
defineMethods(fieldNameIteratorType, iteratorMethods(fieldNameIteratorType));

function strOnly(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw pyError(PyExc_TypeError, `expected str, got ${typeOf(v).name}`);
  return s;
}

const checkArgs = (
  fname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  min: number,
  max: number,
) => checkModuleArgs("_string", fname, args, kw, min, max);

export function createModule(): PyModule {
  const m = new PyModule("_string");
  m.dict.setStr("__doc__", "string helper module");
  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    m.dict.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, "_string"));
  def("formatter_parser", (args, kw) => {
    checkArgs("formatter_parser", args, kw, 1, 1);
    return new FormatterIterator(strOnly(args[0]));
  });
  def("formatter_field_name_split", (args, kw) => {
    checkArgs("formatter_field_name_split", args, kw, 1, 1);
    const s = strOnly(args[0]);
    let i = 0;
    while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
    const first = s.slice(0, i);
    const idx = getInteger(first);
    return makeTuple([idx === -1 ? first : idx, new FieldNameIterator(s, i)]);
  });
  return m;
}
