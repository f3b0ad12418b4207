// The `_csv` module (CPython's Modules/_csv.c): Dialect, the reader's state machine, the
// writer's quoting rules, and the dialect registry and field size limit (per interpreter).
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  bindArgs,
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple } from "../objects/tuple.ts";
import {
  pyError,
  PyExc_AttributeError,
  PyExc_Exception,
  PyExc_TypeError,
} from "../objects/exceptions.ts";
import {
  call,
  exceptionIs,
  getAttrOrUndefined,
  getIter,
  isInstance,
  isTrue,
  iterNext,
  lookupSpecial,
  str,
} from "../objects/abstract.ts";
import { intValue } from "../objects/int.ts";
import { PyFloat } from "../objects/object.ts";
import { toFloat } from "../objects/float.ts";
import { strValue } from "../objects/str.ts";
import { PyModule } from "../runtime/module_object.ts";

const QUOTE_MINIMAL = 0, QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
/** A dialect character that is not set (escapechar/quotechar None). */
const NOT_SET = -1;

/** Per-interpreter module state. */
interface CsvState {
  error: PyType;
  /** This module's Dialect type (a heap type per module, as in CPython). */
  dialectType: PyType;
  dialects: PyDict;
  fieldLimit: number;
}

// ---- Dialect ------------------------------------------------------------------------------------

class Dialect extends PyObject {
  delimiter = 44;
  doublequote = true;
  escapechar = NOT_SET;
  lineterminator = "\r\n";
  quotechar = 34;
  quoting = QUOTE_MINIMAL;
  skipinitialspace = false;
  strict = false;
}

const dialectParams = [
  "dialect",
  "delimiter",
  "doublequote",
  "escapechar",
  "lineterminator",
  "quotechar",
  "quoting",
  "skipinitialspace",
  "strict",
];

const typeErr = (msg: string) => pyError(PyExc_TypeError, msg);

function charOf(name: string, v: PyValue, orNone: boolean): number {
  if (orNone && v === None) return NOT_SET;
  const s = strValue(v);
  if (s === undefined) {
    throw typeErr(`"${name}" must be string${orNone ? " or None" : ""}, not ${typeOf(v).name}`);
  }
  const cps = [...s];
  if (cps.length !== 1) throw typeErr(`"${name}" must be a 1-character string`);
  return cps[0].codePointAt(0)!;
}

/** Dialect(dialect=None, **fmtparams) (dialect_new). */
function makeDialect(state: CsvState, cls: PyType, args: PyValue[], kw: readonly string[] | null) {
  for (const k of kw ?? []) {
    if (!dialectParams.includes(k)) {
      throw typeErr(`'${k}' is an invalid keyword argument for this function`);
    }
  }
  let [
    dialect,
    delimiter,
    doublequote,
    escapechar,
    lineterminator,
    quotechar,
    quoting,
    skip,
    strict,
  ] = bindArgs("Dialect", args, kw, dialectParams);
  if (dialect !== undefined && strValue(dialect) !== undefined) {
    dialect = getDialect(state, dialect);
  }
  const others = [
    delimiter,
    doublequote,
    escapechar,
    lineterminator,
    quotechar,
    quoting,
    skip,
    strict,
  ];
  if (
    dialect instanceof Dialect && isInstance(dialect, state.dialectType) &&
    others.every((v) => v === undefined)
  ) return dialect;
  if (dialect !== undefined) {
    const attr = (v: PyValue | undefined, n: string) => v ?? getAttrSafe(dialect!, n);
    delimiter = attr(delimiter, "delimiter");
    doublequote = attr(doublequote, "doublequote");
    escapechar = attr(escapechar, "escapechar");
    lineterminator = attr(lineterminator, "lineterminator");
    quotechar = attr(quotechar, "quotechar");
    quoting = attr(quoting, "quoting");
    skip = attr(skip, "skipinitialspace");
    strict = attr(strict, "strict");
  }
  const d = new Dialect(cls);
  if (delimiter !== undefined) d.delimiter = charOf("delimiter", delimiter, false);
  if (doublequote !== undefined) d.doublequote = isTrue(doublequote);
  if (escapechar !== undefined) d.escapechar = charOf("escapechar", escapechar, true);
  let lineterminatorSet = true;
  if (lineterminator !== undefined) {
    if (lineterminator === None) lineterminatorSet = false;
    else {
      const s = strValue(lineterminator);
      if (s === undefined) throw typeErr('"lineterminator" must be a string');
      d.lineterminator = s;
    }
  }
  if (quotechar !== undefined) d.quotechar = charOf("quotechar", quotechar, true);
  if (quoting !== undefined) {
    if (typeof quoting !== "number" && typeof quoting !== "bigint") {
      throw typeErr('"quoting" must be an integer');
    }
    d.quoting = Number(quoting);
  }
  if (skip !== undefined) d.skipinitialspace = isTrue(skip);
  if (strict !== undefined) d.strict = isTrue(strict);
  if (d.quoting < 0 || d.quoting > 3 || !Number.isInteger(d.quoting)) {
    throw typeErr('bad "quoting" value');
  }
  if (quotechar === None && quoting === undefined) d.quoting = QUOTE_NONE;
  if (d.quoting !== QUOTE_NONE && d.quotechar === NOT_SET) {
    throw typeErr("quotechar must be set if quoting enabled");
  }
  if (!lineterminatorSet) throw typeErr("lineterminator must be set");
  return d;
}

function getAttrSafe(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOrUndefined(o, name);
  } catch {
    return undefined;
  }
}

function makeDialectType(state: CsvState): PyType {
  const t = new PyType(typeType, "_csv.Dialect", [objectType]);
  t.qualname = "Dialect";
  t.dict.setStr("__module__", "_csv");
  t.dict.setStr(
    "__doc__",
    "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
  );
  t.allocate = (cls) => new Dialect(cls);
  defineNew(t, (cls, args, kw) => makeDialect(state, cls, args, kw));
  const charOrNone = (c: number): PyValue => c === NOT_SET ? None : String.fromCodePoint(c);
  for (
    const [name, get] of [
      ["delimiter", (d: Dialect) => String.fromCodePoint(d.delimiter)],
      ["doublequote", (d: Dialect) => d.doublequote],
      ["escapechar", (d: Dialect) => charOrNone(d.escapechar)],
      ["lineterminator", (d: Dialect) => d.lineterminator],
      ["quotechar", (d: Dialect) => charOrNone(d.quotechar)],
      ["quoting", (d: Dialect) => d.quoting],
      ["skipinitialspace", (d: Dialect) => d.skipinitialspace],
      ["strict", (d: Dialect) => d.strict],
    ] as const
  ) {
    // doublequote, skipinitialspace and strict are read-only members, the others getsets.
    const member = name === "doublequote" || name === "skipinitialspace" || name === "strict";
    defineGetter(
      t,
      name,
      (o) => get(o as Dialect),
      member
        ? () => {
          throw pyError(PyExc_AttributeError, "readonly attribute");
        }
        : null,
    );
  }
  return t;
}

function getDialect(state: CsvState, name: PyValue): PyValue {
  const d = state.dialects.get(name);
  if (d === undefined) throw pyError(state.error, "unknown dialect");
  return d;
}

/** _call_dialect: Dialect(dialect, **fmtparams) with the module's state. */
function callDialect(
  state: CsvState,
  dialect: PyValue | undefined,
  args: PyValue[],
  nkwStart: number,
  kw: readonly string[] | null,
): Dialect {
  const kwValues = args.slice(nkwStart);
  const a = dialect === undefined ? kwValues : [dialect, ...kwValues];
  return makeDialect(state, state.dialectType, a, kw) as Dialect;
}

// ---- reader ---------------------------------------------------------------------------------

const enum St {
  StartRecord,
  StartField,
  EscapedChar,
  InField,
  InQuotedField,
  EscapeInQuotedField,
  QuoteInQuotedField,
  EatCrnl,
  AfterEscapedCrnl,
}
const EOL = -2;

class Reader extends PyObject {
  state = St.StartRecord;
  fields: PyValue[] = [];
  field: string[] = [];
  numericField = false;
  lineNum = 0;
  constructor(
    readonly input: PyValue,
    readonly dialect: Dialect,
    readonly csv: CsvState,
  ) {
    super(readerType);
  }

  saveField(): void {
    let field: PyValue = this.field.join("");
    this.field = [];
    if (this.numericField) {
      this.numericField = false;
      field = new PyFloat(toFloat(field));
    }
    this.fields.push(field);
  }

  addChar(c: number): void {
    if (this.field.length >= this.csv.fieldLimit) {
      throw pyError(this.csv.error, `field larger than field limit (${this.csv.fieldLimit})`);
    }
    this.field.push(String.fromCodePoint(c));
  }

  processChar(c: number): void {
    const d = this.dialect;
    switch (this.state) {
      case St.StartRecord:
        if (c === EOL) return;
        if (c === 10 || c === 13) {
          this.state = St.EatCrnl;
          return;
        }
        this.state = St.StartField;
        return this.startField(c);
      case St.StartField:
        return this.startField(c);
      case St.EscapedChar:
        if (c === 10 || c === 13) {
          this.addChar(c);
          this.state = St.AfterEscapedCrnl;
          return;
        }
        this.addChar(c === EOL ? 10 : c);
        this.state = St.InField;
        return;
      case St.AfterEscapedCrnl:
        if (c === EOL) return;
        return this.inField(c);
      case St.InField:
        return this.inField(c);
      case St.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) this.state = St.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
          this.state = d.doublequote ? St.QuoteInQuotedField : St.InField;
        } else this.addChar(c);
        return;
      case St.EscapeInQuotedField:
        this.addChar(c === EOL ? 10 : c);
        this.state = St.InQuotedField;
        return;
      case St.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c);
          this.state = St.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = St.StartField;
        } else if (c === 10 || c === 13 || c === EOL) {
          this.saveField();
          this.state = c === EOL ? St.StartRecord : St.EatCrnl;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = St.InField;
        } else {
          throw pyError(
            this.csv.error,
            `'${String.fromCodePoint(d.delimiter)}' expected after '${
              String.fromCodePoint(d.quotechar)
            }'`,
          );
        }
        return;
      case St.EatCrnl:
        if (c === 10 || c === 13) return;
        if (c === EOL) {
          this.state = St.StartRecord;
          return;
        }
        throw pyError(
          this.csv.error,
          "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
        );
    }
  }

  startField(c: number): void {
    const d = this.dialect;
    if (c === 10 || c === 13 || c === EOL) {
      this.saveField();
      this.state = c === EOL ? St.StartRecord : St.EatCrnl;
    } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
      this.state = St.InQuotedField;
    } else if (c === d.escapechar) this.state = St.EscapedChar;
    else if (c === 32 && d.skipinitialspace) {
      // Spaces at the start of a field are skipped.
    } else if (c === d.delimiter) this.saveField();
    else {
      if (d.quoting === QUOTE_NONNUMERIC) this.numericField = true;
      this.addChar(c);
      this.state = St.InField;
    }
  }

  inField(c: number): void {
    const d = this.dialect;
    if (c === 10 || c === 13 || c === EOL) {
      this.saveField();
      this.state = c === EOL ? St.StartRecord : St.EatCrnl;
    } else if (c === d.escapechar) this.state = St.EscapedChar;
    else if (c === d.delimiter) {
      this.saveField();
      this.state = St.StartField;
    } else this.addChar(c);
  }
}

const readerType = new PyType(typeType, "_csv.reader", [objectType]);
readerType.qualname = "reader";
readerType.dict.setStr("__module__", "_csv");
readerType.isFinal = true;
readerType.tp_iternext = (o) => {
  const r = o as Reader;
  r.fields = [];
  r.field = [];
  r.state = St.StartRecord;
  r.numericField = false;
  do {
    const line = iterNext(r.input);
    if (line === undefined) {
      if (r.field.length !== 0 || (r.state as St) === St.InQuotedField) {
        if (r.dialect.strict) throw pyError(r.csv.error, "unexpected end of data");
        r.saveField();
        break;
      }
      return undefined;
    }
    const s = strValue(line);
    if (s === undefined) {
      throw pyError(
        r.csv.error,
        `iterator should return strings, not ${
          typeOf(line).name
        } (the file should be opened in text mode)`,
      );
    }
    r.lineNum++;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const c2 = s.charCodeAt(i + 1);
        if (c2 >= 0xdc00 && c2 < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
          i++;
        }
      }
      r.processChar(c);
    }
    r.processChar(EOL);
  } while (r.state !== St.StartRecord);
  const fields = r.fields;
  r.fields = [];
  return new PyList(fields);
};
defineMethods(readerType, iteratorMethods(readerType));
defineGetter(readerType, "dialect", (o) => (o as Reader).dialect);
defineGetter(readerType, "line_num", (o) => (o as Reader).lineNum);

// ---- writer ---------------------------------------------------------------------------------

class Writer extends PyObject {
  constructor(readonly write: PyValue, readonly dialect: Dialect, readonly csv: CsvState) {
    super(writerType);
  }
}

const writerType = new PyType(typeType, "_csv.writer", [objectType]);
writerType.qualname = "writer";
writerType.dict.setStr("__module__", "_csv");
writerType.isFinal = true;

/** join_append: the field's text (quoted and escaped as the dialect says) after a delimiter. */
function appendField(w: Writer, out: string[], field: string | null, quotedIn: boolean): void {
  const d = w.dialect;
  if (out.length > 0) out.push(String.fromCodePoint(d.delimiter));
  let quoted = quotedIn;
  const body: string[] = [];
  if (field !== null) {
    for (const ch of field) {
      const c = ch.codePointAt(0)!;
      if (
        c === d.delimiter || c === d.escapechar || c === d.quotechar ||
        d.lineterminator.includes(ch)
      ) {
        let wantEscape = false;
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) body.push(ch);
            else wantEscape = true;
          } else if (c === d.escapechar) wantEscape = true;
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) {
            throw pyError(w.csv.error, "need to escape, but no escapechar set");
          }
          body.push(String.fromCodePoint(d.escapechar));
        }
      }
      body.push(ch);
    }
  }
  const q = quoted ? String.fromCodePoint(d.quotechar) : "";
  out.push(q + body.join("") + q);
}

function isNumber(v: PyValue): boolean {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return true;
  if (v instanceof PyFloat || intValue(v) !== undefined) return true;
  return lookupSpecial(v, "__index__") !== undefined ||
    lookupSpecial(v, "__float__") !== undefined ||
    lookupSpecial(v, "__int__") !== undefined;
}

function writeRow(w: Writer, row: PyValue): PyValue {
  const d = w.dialect;
  let it: PyValue;
  try {
    it = getIter(row);
  } catch (e) {
    if (exceptionIs(e, PyExc_TypeError)) {
      throw pyError(w.csv.error, `iterable expected, not ${typeOf(row).name}`);
    }
    throw e;
  }
  const out: string[] = [];
  let numFields = 0;
  let empty = true;
  for (let f = iterNext(it); f !== undefined; f = iterNext(it)) {
    const quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(f) : d.quoting === QUOTE_ALL;
    const text = f === None ? null : strValue(f) ?? str(f);
    appendField(w, out, text, quoted);
    numFields++;
    if (out[out.length - 1] !== "") empty = false;
  }
  if (numFields === 1 && empty) {
    // A single empty field must be written quoted, else the row would read back as [].
    if (d.quoting === QUOTE_NONE) {
      throw pyError(w.csv.error, "single empty field record must be quoted");
    }
    out.length = 0;
    appendField(w, out, null, true);
  }
  out.push(d.lineterminator);
  return call(w.write, [out.join("")], null);
}

defineMethods(writerType, {
  writerow(args, kw) {
    if ((kw !== null && kw.length > 0) || args.length !== 2) {
      throw typeErr(
        kw !== null && kw.length > 0
          ? "writer.writerow() takes no keyword arguments"
          : `writer.writerow() takes exactly one argument (${args.length - 1} given)`,
      );
    }
    return writeRow(args[0] as Writer, args[1]);
  },
  writerows(args, kw) {
    if ((kw !== null && kw.length > 0) || args.length !== 2) {
      throw typeErr(
        kw !== null && kw.length > 0
          ? "writer.writerows() takes no keyword arguments"
          : `writer.writerows() takes exactly one argument (${args.length - 1} given)`,
      );
    }
    const it = getIter(args[1]);
    for (let row = iterNext(it); row !== undefined; row = iterNext(it)) {
      writeRow(args[0] as Writer, row);
    }
    return None;
  },
});
defineGetter(writerType, "dialect", (o) => (o as Writer).dialect);

// ---- The module -------------------------------------------------------------------------------

/** Splits reader/writer arguments: 1-2 positionals, the rest are dialect keywords. */
function positionals(
  args: PyValue[],
  kw: readonly string[] | null,
): [PyValue[], number] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeErr(` expected at least 1 argument, got ${npos}`);
  if (npos > 2) throw typeErr(` expected at most 2 arguments, got ${npos}`);
  return [args.slice(0, npos), npos];
}

export function createModule(): PyModule {
  const m = new PyModule("_csv");
  m.dict.setStr("__doc__", "CSV parsing and writing.\n");
  m.dict.setStr("__version__", "1.0");
  const ns = new PyDict();
  ns.setStr("__module__", "_csv");
  const error = call(typeType, ["Error", makeTuple([PyExc_Exception]), ns], null) as PyType;
  const state = {
    error,
    dialects: new PyDict(),
    fieldLimit: 128 * 1024,
  } as CsvState;
  state.dialectType = makeDialectType(state);
  m.dict.setStr("Error", error);
  m.dict.setStr("Dialect", state.dialectType);
  m.dict.setStr("_dialects", state.dialects);
  for (
    const [n, v] of [
      ["QUOTE_MINIMAL", QUOTE_MINIMAL],
      ["QUOTE_ALL", QUOTE_ALL],
      ["QUOTE_NONNUMERIC", QUOTE_NONNUMERIC],
      ["QUOTE_NONE", QUOTE_NONE],
    ] as const
  ) m.dict.setStr(n, v);

  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    m.dict.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, "_csv"));

  def("reader", (args, kw) => {
    const [pos, n] = positionals(args, kw);
    const input = getIter(pos[0]);
    return new Reader(input, callDialect(state, pos[1], args, n, kw), state);
  });
  def("writer", (args, kw) => {
    const [pos, n] = positionals(args, kw);
    const write = getAttrOrUndefined(pos[0], "write");
    if (write === undefined || !isCallableValue(write)) {
      throw typeErr('argument 1 must have a "write" method');
    }
    return new Writer(write, callDialect(state, pos[1], args, n, kw), state);
  });
  def("register_dialect", (args, kw) => {
    const [pos, n] = positionals(args, kw);
    if (strValue(pos[0]) === undefined) throw typeErr("dialect name must be a string");
    state.dialects.set(pos[0], callDialect(state, pos[1], args, n, kw));
    return None;
  });
  def("unregister_dialect", (args, kw) => {
    const [name] = bindArgs("unregister_dialect", args, kw, ["name"], 1);
    if (!state.dialects.delete(name!)) throw pyError(error, "unknown dialect");
    return None;
  });
  def("get_dialect", (args, kw) => {
    const [name] = bindArgs("get_dialect", args, kw, ["name"], 1);
    return getDialect(state, name!);
  });
  def("list_dialects", (args, kw) => {
    bindArgs("list_dialects", args, kw, []);
    return new PyList([...state.dialects.entries()].map((e) => e.key));
  });
  def("field_size_limit", (args, kw) => {
    const [limit] = bindArgs("field_size_limit", args, kw, ["new_limit"]);
    const old = state.fieldLimit;
    if (limit !== undefined) {
      // PyLong_CheckExact: bool and int subclasses are refused.
      if (typeof limit !== "number" && typeof limit !== "bigint") {
        throw typeErr("limit must be an integer");
      }
      state.fieldLimit = Number(limit);
    }
    return old;
  });
  return m;
}

function isCallableValue(v: PyValue): boolean {
  return typeof v === "object" &&
    (v.cls.tp_call !== null || lookupSpecial(v, "__call__") !== undefined);
}
