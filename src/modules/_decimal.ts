// _decimal: CPython's C decimal module (Modules/_decimal/_decimal.c over libmpdec), with the
// arithmetic in ./_decimal/core.ts. The types and signals are made per module instance (their
// methods need the instance's exception classes and context variable), as CPython's are made
// at module init.
import {
  makeInt,
  None,
  NotImplemented,
  objectType,
  PyDict,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
  PyMethodDescriptor,
} from "../objects/builtin_function.ts";
import {
  newException,
  pyError,
  PyExc_ArithmeticError,
  PyExc_AttributeError,
  PyExc_KeyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from "../objects/exceptions.ts";
import { intValue } from "../objects/int.ts";
import { decompose, makeFloat } from "../objects/float.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import { importModuleByName } from "../runtime/import.ts";
import { PyContext, PyContextVar } from "./_contextvars.ts";
import { currentThread } from "../runtime/thread_state.ts";
import * as D from "./_decimal/core.ts";
import { Dec, FINITE, INF, NAN, SNAN } from "./_decimal/core.ts";

const MAX_PREC = 999999999999999999n;
const MAX_EMAX = 999999999999999999n;
const MIN_EMIN = -999999999999999999n;
const MIN_ETINY = MIN_EMIN - (MAX_PREC - 1n);
const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_10INV = 2075258708292324556n; // pow(10, P - 2, P)

const ROUNDING_NAMES = [
  "ROUND_UP",
  "ROUND_DOWN",
  "ROUND_CEILING",
  "ROUND_FLOOR",
  "ROUND_HALF_UP",
  "ROUND_HALF_DOWN",
  "ROUND_HALF_EVEN",
  "ROUND_05UP",
];
const INVALID_ROUNDING = "valid values for rounding are:\n" +
  "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n" +
  "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n" +
  "   ROUND_05UP]";
const INVALID_SIGNALS = "valid values for signals are:\n" +
  "  [InvalidOperation, FloatOperation, DivisionByZero,\n" +
  "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n" +
  "   Clamped]";

/** The IEEE signals in CPython's signal_map order, with the status bits each covers. */
const SIGNALS: [string, number][] = [
  ["InvalidOperation", D.IEEEInvalid],
  ["FloatOperation", D.FloatOperation],
  ["DivisionByZero", D.DivisionByZero],
  ["Overflow", D.Overflow],
  ["Underflow", D.Underflow],
  ["Subnormal", D.Subnormal],
  ["Inexact", D.Inexact],
  ["Rounded", D.Rounded],
  ["Clamped", D.Clamped],
];
/** The conditions (InvalidOperation and its subclasses), as cond_map. */
const CONDITIONS: [string, number][] = [
  ["InvalidOperation", D.InvalidOperation],
  ["ConversionSyntax", D.ConversionSyntax],
  ["DivisionImpossible", D.DivisionImpossible],
  ["DivisionUndefined", D.DivisionUndefined],
  ["InvalidContext", D.InvalidContext],
];
/** Names of the status bits in bit order, as the Context repr lists them. */
const BIT_NAMES = [
  "Clamped",
  "InvalidOperation",
  "DivisionByZero",
  "InvalidOperation",
  "InvalidOperation",
  "InvalidOperation",
  "Inexact",
  "InvalidOperation",
  "InvalidOperation",
  "InvalidOperation",
  "FloatOperation",
  "Overflow",
  "Rounded",
  "Subnormal",
  "Underflow",
];

class PyDecimal extends PyObject {
  constructor(cls: PyType, readonly v: Dec) {
    super(cls);
  }
}

class PyDecContext extends PyObject implements D.Ctx {
  prec = 28;
  rounding = D.ROUND_HALF_EVEN;
  Emin = -999999;
  Emax = 999999;
  clamp = 0;
  st = 0;
  capitals = 1;
  /** Status bits raised so far (the flags). */
  status = 0;
  /** Status bits that raise (InvalidOperation covers all its conditions). */
  traps = D.IEEEInvalid | D.DivisionByZero | D.Overflow;
  /** Exact Python values of prec/Emin/Emax (they may exceed 2**53). */
  precV: PyValue = 28;
  EminV: PyValue = -999999;
  EmaxV: PyValue = 999999;
  flagsDict: PyValue = None;
  trapsDict: PyValue = None;
}

class PySignalDict extends PyObject {
  ctx: PyDecContext | null = null;
  traps = false;
  get bits(): number {
    const c = this.ctx;
    if (c === null) throw pyError(PyExc_ValueError, "invalid signal dict");
    return this.traps ? c.traps : c.status;
  }
  set bits(v: number) {
    if (this.traps) this.ctx!.traps = v;
    else this.ctx!.status = v;
  }
}

class PyCtxManager extends PyObject {
  constructor(cls: PyType, readonly local: PyDecContext, readonly global: PyDecContext) {
    super(cls);
  }
}

function newType(name: string, base: PyType = objectType): PyType {
  // tp_name is dotted ("decimal.Decimal"), as CPython's messages show it.
  const t = new PyType(typeType, `decimal.${name}`, [base]);
  t.qualname = name;
  t.dict.setStr("__module__", "decimal");
  return t;
}

/** METH_NOARGS for the named methods: "Decimal.adjusted() takes no arguments (1 given)". */
function requireNoArgs(type: PyType, names: readonly string[]): void {
  for (const name of names) {
    const d = type.dict.getStr(name) as PyMethodDescriptor;
    const fn = d.raw;
    const qualname = `${type.qualname}.${name}`;
    type.dict.setStr(
      name,
      new PyMethodDescriptor(name, type, (args, kw) => {
        fixedArgs(qualname, args, kw, 0);
        return fn(args, kw);
      }),
    );
  }
}

function isStr(v: PyValue): v is string {
  return typeof v === "string";
}

// ---- argument parsing with the messages of PyArg_ParseTuple(AndKeywords) -------------------

const plural = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;

/** PyArg_ParseTupleAndKeywords: `names` after `self` leading values; `required` leading ones. */
function parseKw(
  args: readonly PyValue[],
  kw: readonly string[] | null,
  names: readonly string[],
  required: number,
  self = 1,
): (PyValue | undefined)[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - self - nkw;
  if (npos + nkw > names.length) {
    const bound = required === names.length ? "exactly" : "at most";
    throw pyError(
      PyExc_TypeError,
      `function takes ${bound} ${plural(names.length)} (${npos + nkw} given)`,
    );
  }
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[self + i];
  let unknown: string | undefined;
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kw![k]);
    if (idx < 0) {
      unknown ??= kw![k];
      continue;
    }
    if (idx < npos) {
      throw pyError(
        PyExc_TypeError,
        `argument for function given by name ('${kw![k]}') and position (${idx + 1})`,
      );
    }
    out[idx] = args[self + npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw pyError(
        PyExc_TypeError,
        `function missing required argument '${names[i]}' (pos ${i + 1})`,
      );
    }
  }
  if (unknown !== undefined) {
    throw pyError(PyExc_TypeError, `'${unknown}' is an invalid keyword argument for this function`);
  }
  return out;
}

/** PyArg_ParseTuple with exactly `n` objects. */
function exactArgs(args: readonly PyValue[], kw: readonly string[] | null, n: number): void {
  if (kw !== null && kw.length > 0) {
    throw pyError(PyExc_TypeError, "function takes no keyword arguments");
  }
  if (args.length - 1 !== n) {
    throw pyError(
      PyExc_TypeError,
      `function takes exactly ${plural(n)} (${args.length - 1} given)`,
    );
  }
}

/** METH_O / METH_NOARGS methods: `qualname` as CPython names them ("Context.abs"). */
function fixedArgs(
  qualname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  n: 0 | 1,
): void {
  if (kw !== null && kw.length > 0) {
    throw pyError(PyExc_TypeError, `${qualname}() takes no keyword arguments`);
  }
  const given = args.length - 1;
  if (given !== n) {
    throw pyError(
      PyExc_TypeError,
      n === 0
        ? `${qualname}() takes no arguments (${given} given)`
        : `${qualname}() takes exactly one argument (${given} given)`,
    );
  }
}

// ---- string conversion ---------------------------------------------------------------------

/** Parses a numeric string as Decimal(str) accepts it; undefined when it is not one. */
function parseDecimal(text: string, exact = true): Dec | undefined {
  // Decimal() strips whitespace and drops underscores; Context.create_decimal does neither.
  let s = exact ? text.trim() : text;
  if (/[\u0080-\u{10ffff}]/u.test(s)) {
    // Non-ASCII decimal digits count as digits (their value: the distance from the start of
    // their run of digits, mod 10); other characters stay and fail below.
    s = s.replace(/\p{Nd}/gu, (ch) => {
      const cp = ch.codePointAt(0)!;
      let start = cp;
      while (cp - start < 60 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
      return String((cp - start) % 10);
    });
  }
  // CPython drops every underscore (after stripping whitespace) before parsing.
  if (s.includes("_")) {
    if (!exact) return undefined;
    s = s.replace(/_/g, "");
  }
  const m = /^([+-])?(?:(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?|(inf(?:inity)?)|(s?nan)(\d*))$/i
    .exec(s);
  if (m === null) return undefined;
  const sign = m[1] === "-" ? 1 : 0;
  if (m[5] !== undefined) return new Dec(sign, 0n, 0, INF);
  if (m[6] !== undefined) {
    const kind = m[6].length === 4 ? SNAN : NAN;
    return new Dec(sign, m[7] ? BigInt(m[7]) : 0n, 0, kind);
  }
  const intPart = m[2] ?? "", frac = m[3] ?? "";
  if (intPart === "" && frac === "") return undefined;
  const exp = m[4] === undefined ? 0 : Number(m[4]);
  return new Dec(sign, BigInt(intPart + frac || "0"), exp - frac.length);
}

const MAX_EMAX_N = Number(MAX_EMAX), MIN_ETINY_N = Number(MIN_ETINY);
function exactRepresentable(d: Dec): boolean {
  if (d.coef === 0n) return d.exp <= MAX_EMAX_N && d.exp >= MIN_ETINY_N;
  return d.adjusted() <= MAX_EMAX_N && d.exp >= MIN_ETINY_N;
}

function toSci(x: Dec, eng: boolean, capitals: number): string {
  const sign = x.sign ? "-" : "";
  if (x.kind === INF) return sign + "Infinity";
  if (x.kind === NAN) return sign + "NaN" + (x.coef ? x.coef.toString() : "");
  if (x.kind === SNAN) return sign + "sNaN" + (x.coef ? x.coef.toString() : "");
  const digits = x.coef.toString();
  const left = x.exp + digits.length;
  let dot: number;
  if (x.exp <= 0 && left > -6) dot = left;
  else if (!eng) dot = 1;
  else if (x.coef === 0n) dot = D.pyMod(left + 1, 3) - 1;
  else dot = D.pyMod(left - 1, 3) + 1;
  let intPart: string, fracPart: string;
  if (dot <= 0) {
    intPart = "0";
    fracPart = "." + "0".repeat(-dot) + digits;
  } else if (dot >= digits.length) {
    intPart = digits + "0".repeat(dot - digits.length);
    fracPart = "";
  } else {
    intPart = digits.slice(0, dot);
    fracPart = "." + digits.slice(dot);
  }
  let e = "";
  if (left !== dot) {
    const v = left - dot;
    e = (capitals ? "E" : "e") + (v >= 0 ? "+" : "-") + Math.abs(v);
  }
  return sign + intPart + fracPart + e;
}

// ---- format() ------------------------------------------------------------------------------

interface Spec {
  fill: string;
  align: string;
  sign: string;
  noNeg0: boolean;
  alt: boolean;
  zeropad: boolean;
  width: number;
  sep: string;
  prec: number | undefined;
  type: string | undefined;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/u
    .exec(spec);
  if (
    m === null || m[8] === "_" || m[5] !== undefined ||
    (m[7] !== undefined && m[7].length > 15) || (m[9] !== undefined && m[9].length > 15)
  ) {
    throw pyError(PyExc_ValueError, "invalid format string");
  }
  const s: Spec = {
    fill: m[1] ?? " ",
    align: m[2] ?? ">",
    sign: m[3] ?? "-",
    noNeg0: m[4] !== undefined,
    alt: m[5] !== undefined,
    zeropad: m[6] !== undefined,
    width: m[7] ? Number(m[7]) : 0,
    sep: m[8] ?? "",
    prec: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10],
  };
  if (s.zeropad && m[1] === undefined && m[2] === undefined) {
    s.fill = "0";
    s.align = "=";
  }
  if (s.prec === 0 && (s.type === undefined || "gGn".includes(s.type))) s.prec = 1;
  if (s.type === "n") {
    if (s.sep) throw pyError(PyExc_ValueError, "invalid format string");
    s.type = "g";
  }
  return s;
}

function align(sign: string, body: string, s: Spec): string {
  const padLen = s.width - [...sign].length - [...body].length;
  const padding = padLen > 0 ? s.fill.repeat(padLen) : "";
  switch (s.align) {
    case "<":
      return sign + body + padding;
    case "=":
      return sign + padding + body;
    case "^": {
      const half = padding.length >> 1;
      return padding.slice(0, half) + sign + body + padding.slice(half);
    }
    default:
      return padding + sign + body;
  }
}

/** Inserts `sep` between groups of `digits` per a C locale `grouping` (0: repeat the last). */
function groupDigits(digits: string, sep: string, grouping: number[], minWidth: number): string {
  const groups: string[] = [];
  let exhausted = true;
  for (let gi = 0; gi < grouping.length || (grouping.at(-1) === 0 && grouping.length >= 2); gi++) {
    let l = grouping[gi];
    if (l === 0 || gi >= grouping.length) l = grouping[grouping.length - 2];
    if (l === 127) break;
    l = Math.min(Math.max(digits.length, minWidth, 1), l);
    groups.push(digits.slice(Math.max(0, digits.length - l)).padStart(l, "0"));
    digits = digits.slice(0, Math.max(0, digits.length - l));
    minWidth -= l;
    if (!digits && minWidth <= 0) {
      exhausted = false;
      break;
    }
    minWidth -= sep.length;
  }
  if (exhausted) {
    const l = Math.max(digits.length, minWidth, 1);
    groups.push(digits.padStart(l, "0"));
  }
  return groups.reverse().join(sep);
}

interface NumericLocale {
  point: string;
  sep: string;
  grouping: number[];
}

function formatDecimal(
  x: Dec,
  specText: string,
  ctx: PyDecContext,
  override: NumericLocale | undefined,
): string {
  const s = parseSpec(specText);
  const isN = /n$/.test(specText);
  // ',' and '_' group by 3; 'n' uses the C locale's (no grouping) unless overridden.
  const loc: NumericLocale = override ??
    (isN ? { point: ".", sep: "", grouping: [] } : { point: ".", sep: s.sep, grouping: [3, 0] });
  const fmtSign = (neg: number) => neg ? "-" : s.sign === "-" ? "" : s.sign;
  if (x.special) {
    // The '0' flag pads specials with spaces.
    if (s.zeropad && s.fill === "0" && s.align === "=" && !/^.?[<>=^]/u.test(specText)) {
      s.fill = " ";
      s.align = ">";
    }
    let body = toSci(new Dec(0, x.coef, x.exp, x.kind), false, 1);
    if (s.type === "%") body += "%";
    return align(fmtSign(x.sign), body, s);
  }
  let type = s.type ?? (ctx.capitals ? "G" : "g");
  if (s.type === undefined && s.prec === undefined) type = ctx.capitals ? "G" : "g";
  if (type === "%") x = new Dec(x.sign, x.coef, x.exp + 2);
  const rounding = ctx.rounding, prec = s.prec;
  if (prec !== undefined) {
    if ("eE".includes(type)) x = D.roundPlaces(x, prec + 1, rounding);
    else if ("fF%".includes(type)) x = D.rescale(x, -prec, rounding);
    else if ("gG".includes(type) && D.ndigits(x.coef) > prec) {
      x = D.roundPlaces(x, prec, rounding);
    }
  }
  if (x.coef === 0n && x.exp > 0 && "fF%".includes(type)) x = D.rescale(x, 0, rounding);
  const sign = x.coef === 0n && s.noNeg0 ? 0 : x.sign;
  const digits = x.coef.toString();
  const left = x.exp + digits.length;
  let dot: number;
  if ("eE".includes(type)) dot = x.coef === 0n && prec !== undefined ? 1 - prec : 1;
  else if ("fF%".includes(type)) dot = left;
  else dot = x.exp <= 0 && left > -6 ? left : 1;
  let intPart: string, fracPart: string;
  if (dot < 0) {
    intPart = "0";
    fracPart = "0".repeat(-dot) + digits;
  } else if (dot > digits.length) {
    intPart = digits + "0".repeat(dot - digits.length);
    fracPart = "";
  } else {
    intPart = digits.slice(0, dot) || "0";
    fracPart = digits.slice(dot);
  }
  const e = left - dot;
  const signStr = fmtSign(sign);
  if (fracPart || s.alt) fracPart = loc.point + fracPart;
  if (e !== 0 || "eE".includes(type)) {
    const echar = "EG".includes(type) ? "E" : "e";
    fracPart += echar + (e >= 0 ? "+" : "-") + Math.abs(e);
  }
  if (type === "%") fracPart += "%";
  const minWidth = s.zeropad ? s.width - fracPart.length - signStr.length : 0;
  intPart = loc.sep
    ? groupDigits(intPart, loc.sep, loc.grouping, minWidth)
    : intPart.padStart(Math.max(minWidth, 1), "0");
  return align(signStr, intPart + fracPart, s);
}

/** The `override` dict of Decimal.__format__ (decimal_point, thousands_sep, grouping). */
function localeOverride(v: PyValue): NumericLocale {
  if (!(v instanceof PyDict)) throw pyError(PyExc_TypeError, "optional argument must be a dict");
  const get = (k: string, dflt: string): string => {
    const x = v.get(k);
    if (x === undefined) return dflt;
    if (!isStr(x)) throw pyError(PyExc_TypeError, "invalid override dict");
    return x;
  };
  const point = get("decimal_point", ".");
  const sep = get("thousands_sep", "");
  const grouping = [...get("grouping", "")].map((ch) => ch.codePointAt(0)!);
  if ([...point].length !== 1 || [...sep].length > 1 || grouping.some((g) => g > 127)) {
    throw pyError(PyExc_ValueError, "invalid override for the 'n' format");
  }
  return { point, sep, grouping };
}

// ---- the module ------------------------------------------------------------------------------

export function createModule(): PyModule {
  const mod = new PyModule("decimal");
  const ns = mod.dict;

  // Signals and conditions.
  const makeExc = (name: string, bases: PyType[]): PyType => {
    const d = new PyDict();
    d.setStr("__module__", "decimal");
    return abs.call(typeType, [name, makeTuple(bases), d], null) as PyType;
  };
  const decimalException = makeExc("DecimalException", [PyExc_ArithmeticError]);
  const sig = new Map<string, PyType>();
  for (let i = SIGNALS.length - 1; i >= 0; i--) {
    const name = SIGNALS[i][0];
    let bases: PyType[];
    if (name === "FloatOperation") bases = [decimalException, PyExc_TypeError];
    else if (name === "DivisionByZero") bases = [decimalException, PyExc_ZeroDivisionError];
    else if (name === "Overflow") bases = [sig.get("Inexact")!, sig.get("Rounded")!];
    else if (name === "Underflow") {
      bases = [sig.get("Inexact")!, sig.get("Rounded")!, sig.get("Subnormal")!];
    } else bases = [decimalException];
    sig.set(name, makeExc(name, bases));
  }
  const invalidOperation = sig.get("InvalidOperation")!;
  for (const [name] of CONDITIONS.slice(1)) {
    const bases = name === "DivisionUndefined"
      ? [invalidOperation, PyExc_ZeroDivisionError]
      : [invalidOperation];
    sig.set(name, makeExc(name, bases));
  }
  const signalTuple = makeTuple(SIGNALS.map(([n]) => sig.get(n)!));

  const signalBits = (key: PyValue): number => {
    for (const [name, bits] of SIGNALS) if (sig.get(name) === key) return bits;
    throw pyError(PyExc_KeyError, INVALID_SIGNALS);
  };

  /** Raises the trapped conditions of the operation just run, after recording its flags. */
  const addStatus = (ctx: PyDecContext): void => {
    const st = ctx.st;
    if (st === 0) return;
    ctx.st = 0;
    ctx.status |= st;
    const trapped = st & ctx.traps;
    if (trapped === 0) return;
    let ex: PyType | undefined;
    for (const [name, bits] of SIGNALS) {
      if (trapped & bits) {
        ex = sig.get(name);
        break;
      }
    }
    const list: PyValue[] = [];
    for (const [name, bits] of CONDITIONS) if (trapped & bits) list.push(sig.get(name)!);
    for (const [name, bits] of SIGNALS.slice(1)) if (trapped & bits) list.push(sig.get(name)!);
    throw newException(ex!, [new PyList(list)]);
  };

  // Types.
  const decType = newType("Decimal");
  decType.allocate = (cls) => new PyDecimal(cls, D.ZERO);
  const ctxType = newType("Context");
  ctxType.allocate = (cls) => new PyDecContext(cls);
  const mixinType = newType("SignalDictMixin");
  mixinType.allocate = (cls) => new PySignalDict(cls);
  const cmType = newType("ContextManager");
  cmType.isFinal = true;

  const dec = (v: Dec): PyDecimal => new PyDecimal(decType, v);
  const isDec = (v: PyValue): v is PyDecimal => v instanceof PyDecimal;

  // The current context lives in a context variable, as with CPython's WITH_DECIMAL_CONTEXTVAR.
  const contextVar = new PyContextVar("decimal_context", undefined);
  const templates: {
    dflt: PyDecContext | null;
    basic: PyDecContext | null;
    ext: PyDecContext | null;
  } = {
    dflt: null,
    basic: null,
    ext: null,
  };

  const copyContext = (src: PyDecContext, cls: PyType = ctxType): PyDecContext => {
    const c = new PyDecContext(cls);
    c.prec = src.prec;
    c.precV = src.precV;
    c.rounding = src.rounding;
    c.Emin = src.Emin;
    c.EminV = src.EminV;
    c.Emax = src.Emax;
    c.EmaxV = src.EmaxV;
    c.clamp = src.clamp;
    c.capitals = src.capitals;
    c.status = src.status;
    c.traps = src.traps;
    return c;
  };

  const getContext = (): PyDecContext => {
    // Fast path: read the variable straight from the thread's current contextvars.Context.
    const tc = currentThread.context;
    if (tc instanceof PyContext) {
      const v = tc.vars.get(contextVar);
      if (v instanceof PyDecContext) return v;
    }
    const cur = abs.callMethod(contextVar, "get", [None]);
    if (cur instanceof PyDecContext) return cur;
    const c = copyContext(templates.dflt!);
    c.status = 0;
    abs.callMethod(contextVar, "set", [c]);
    return c;
  };
  const setContext = (v: PyValue): void => {
    if (!(v instanceof PyDecContext)) throw pyError(PyExc_TypeError, "argument must be a context");
    if (v === templates.dflt || v === templates.basic || v === templates.ext) {
      v = copyContext(v);
      (v as PyDecContext).status = 0;
    }
    abs.callMethod(contextVar, "set", [v]);
  };
  const contextArg = (v: PyValue | undefined): PyDecContext => {
    if (v === undefined || v === None) return getContext();
    if (!(v instanceof PyDecContext)) {
      throw pyError(PyExc_TypeError, "optional argument must be a context");
    }
    return v;
  };

  // Conversions.
  const fromInt = (n: number | bigint): Dec => {
    const b = BigInt(n);
    return b < 0n ? new Dec(1, -b, 0) : new Dec(0, b, 0);
  };
  const fromFloat = (x: number): Dec => {
    if (Number.isNaN(x)) {
      return new Dec(Math.sign(1 / x) < 0 || Object.is(x, -NaN) ? 0 : 0, 0n, 0, NAN);
    }
    const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
    if (!Number.isFinite(x)) return new Dec(sign, 0n, 0, INF);
    let [mant, e2] = decompose(Math.abs(x));
    if (mant === 0n) return new Dec(sign, 0n, 0);
    while ((mant & 1n) === 0n) {
      mant >>= 1n;
      e2++;
    }
    if (e2 >= 0) return new Dec(sign, mant << BigInt(e2), 0);
    // mant / 2**k == mant * 5**k / 10**k
    return new Dec(sign, mant * 5n ** BigInt(-e2), e2);
  };
  /** Decimal or int operand, else undefined (NotImplemented). */
  const convertOp = (v: PyValue): Dec | undefined => {
    if (v instanceof PyDecimal) return v.v;
    const n = intValue(v);
    return n === undefined ? undefined : fromInt(n);
  };
  const convertRaise = (v: PyValue): Dec => {
    const d = convertOp(v);
    if (d === undefined) {
      throw pyError(
        PyExc_TypeError,
        `conversion from ${typeOf(v).name} to Decimal is not supported`,
      );
    }
    return d;
  };

  const fromTuple = (v: PyValue): Dec => {
    const items = v instanceof PyTuple
      ? v.items
      : v instanceof PyList
      ? v.items
      : abs.iterateToArray(v);
    if (items.length !== 3) {
      throw pyError(PyExc_ValueError, "argument must be a sequence of length 3");
    }
    const sign = intValue(items[0]);
    if (sign !== 0 && sign !== 1) {
      throw pyError(PyExc_ValueError, "sign must be an integer with the value 0 or 1");
    }
    const expV = items[2];
    let kind = FINITE, exp = 0;
    if (isStr(expV)) {
      if (expV === "F") kind = INF;
      else if (expV === "n") kind = NAN;
      else if (expV === "N") kind = SNAN;
      else {
        throw pyError(
          PyExc_ValueError,
          "string argument in the third position must be 'F', 'n' or 'N'",
        );
      }
    } else {
      const e = intValue(expV);
      if (e === undefined) {
        throw pyError(PyExc_ValueError, "exponent must be an integer");
      }
      if (BigInt(e) > 9223372036854775807n || BigInt(e) < -9223372036854775808n) {
        throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
      }
      exp = Number(e);
    }
    const digitsV = items[1];
    if (!(digitsV instanceof PyTuple) && !(digitsV instanceof PyList)) {
      throw pyError(PyExc_ValueError, "coefficient must be a tuple of digits");
    }
    let s = "";
    for (const d of digitsV.items) {
      const n = intValue(d);
      if (n === undefined || n < 0 || n > 9) {
        throw pyError(PyExc_ValueError, "coefficient must be a tuple of digits");
      }
      s += String(n);
    }
    if (kind === INF) return new Dec(sign, 0n, 0, INF);
    return new Dec(sign, BigInt(s || "0"), exp, kind);
  };

  /** Decimal(value) exactly (`round` false) or rounded to ctx (create_decimal). */
  const construct = (v: PyValue, ctx: PyDecContext, round: boolean): Dec => {
    let d: Dec;
    if (v instanceof PyDecimal) d = v.v;
    else if (isStr(v) || (v instanceof PyObject && abs.isInstance(v, typeOf("")))) {
      const parsed = parseDecimal(abs.str(v), !round);
      if (parsed === undefined) {
        ctx.st |= D.ConversionSyntax;
        addStatus(ctx);
        return D.NaNDec;
      }
      d = parsed;
    } else if (intValue(v) !== undefined) d = fromInt(intValue(v)!);
    else if (v instanceof PyFloat) {
      ctx.st |= D.FloatOperation;
      addStatus(ctx);
      d = fromFloat(v.value);
    } else if (v instanceof PyTuple || v instanceof PyList) d = fromTuple(v);
    else {
      throw pyError(
        PyExc_TypeError,
        `conversion from ${typeOf(v).name} to Decimal is not supported`,
      );
    }
    if (!round && d.kind === FINITE && !exactRepresentable(d)) {
      // Beyond libmpdec's exponent range: not representable exactly.
      ctx.st |= D.InvalidOperation;
      addStatus(ctx);
      return D.NaNDec;
    }
    if (round && d.isNaN && d.coef !== 0n && D.ndigits(d.coef) > ctx.prec - ctx.clamp) {
      ctx.st |= D.ConversionSyntax;
      addStatus(ctx);
      return D.NaNDec;
    }
    if (round) {
      d = D.fix(d, ctx);
      addStatus(ctx);
    }
    return d;
  };

  defineNew(decType, (cls, args, kw) => {
    const [value, context] = parseKw(args, kw, ["value", "context"], 0, 0);
    const ctx = contextArg(context);
    const d = value === undefined ? D.ZERO : construct(value, ctx, false);
    return new PyDecimal(cls, d);
  });

  // ---- Decimal methods ---------------------------------------------------------------------

  const self = (v: PyValue): Dec => (v as PyDecimal).v;
  type Unary = (a: Dec, c: D.Ctx) => Dec;
  type Binary = (a: Dec, b: Dec, c: D.Ctx) => Dec;

  const runUnary = (f: Unary, a: Dec, ctx: PyDecContext): PyDecimal => {
    const r = f(a, ctx);
    addStatus(ctx);
    return dec(r);
  };
  const runBinary = (f: Binary, a: Dec, b: Dec, ctx: PyDecContext): PyDecimal => {
    const r = f(a, b, ctx);
    addStatus(ctx);
    return dec(r);
  };

  const binaryDunder = (f: Binary, reflected: boolean): NativeFn => (args) => {
    const other = convertOp(args[1]);
    if (other === undefined) return NotImplemented;
    const ctx = getContext();
    const a = self(args[0]);
    return reflected ? runBinary(f, other, a, ctx) : runBinary(f, a, other, ctx);
  };

  const unaryOps: Record<string, Unary> = {
    exp: D.exp,
    ln: D.ln,
    log10: D.log10,
    next_minus: D.nextMinus,
    next_plus: D.nextPlus,
    normalize: D.normalize,
    sqrt: D.sqrt,
    logb: D.logb,
    logical_invert: (a, c) =>
      D.logical(a, new Dec(0, (D.pow10(c.prec) - 1n) / 9n, 0), (x, y) => x ^ y, c),
  };
  const binaryOps: Record<string, Binary> = {
    compare: (a, b, c) => compareOp(a, b, c, false),
    compare_signal: (a, b, c) => compareOp(a, b, c, true),
    max: (a, b, c) => D.maxMin(a, b, c, true, false),
    max_mag: (a, b, c) => D.maxMin(a, b, c, true, true),
    min: (a, b, c) => D.maxMin(a, b, c, false, false),
    min_mag: (a, b, c) => D.maxMin(a, b, c, false, true),
    next_toward: D.nextToward,
    remainder_near: D.remNear,
    logical_and: (a, b, c) => D.logical(a, b, (x, y) => x & y, c),
    logical_or: (a, b, c) => D.logical(a, b, (x, y) => x | y, c),
    logical_xor: (a, b, c) => D.logical(a, b, (x, y) => x ^ y, c),
    rotate: D.rotate,
    scaleb: D.scaleb,
    shift: D.shift,
  };

  function compareOp(a: Dec, b: Dec, c: D.Ctx, signal: boolean): Dec {
    if (a.isNaN || b.isNaN) {
      if (signal) c.st |= D.InvalidOperation;
      return D.checkNaNs(a, b, c)!;
    }
    const k = D.cmp(a, b);
    return k === 0 ? D.ZERO : new Dec(k < 0 ? 1 : 0, 1n, 0);
  }

  const methods: Record<string, NativeFn> = {};
  for (const name in unaryOps) {
    const f = unaryOps[name];
    methods[name] = (args, kw) => {
      const [context] = parseKw(args, kw, ["context"], 0);
      return runUnary(f, self(args[0]), contextArg(context));
    };
  }
  for (const name in binaryOps) {
    const f = binaryOps[name];
    methods[name] = (args, kw) => {
      const [other, context] = parseKw(args, kw, ["other", "context"], 1);
      const ctx = contextArg(context);
      return runBinary(f, self(args[0]), convertRaise(other!), ctx);
    };
  }

  const roundingArg = (v: PyValue | undefined, ctx: PyDecContext): number => {
    if (v === undefined || v === None) return ctx.rounding;
    return getRound(v);
  };
  const toIntegral = (exact: boolean): NativeFn => (args, kw) => {
    const [rounding, context] = parseKw(args, kw, ["rounding", "context"], 0);
    const ctx = contextArg(context);
    const r = roundingArg(rounding, ctx);
    const f = exact ? D.toIntegralExact : D.toIntegralValue;
    const res = f(self(args[0]), r, ctx);
    addStatus(ctx);
    return dec(res);
  };

  const predicate = (f: (a: Dec) => boolean): NativeFn => (args) => {
    return f(self(args[0]));
  };
  const ctxPredicate = (f: (a: Dec, c: PyDecContext) => boolean): NativeFn => (args, kw) => {
    const [context] = parseKw(args, kw, ["context"], 0);
    return f(self(args[0]), contextArg(context));
  };
  const isNormal = (a: Dec, c: PyDecContext) =>
    a.kind === FINITE && a.coef !== 0n && a.adjusted() >= c.Emin;
  const isSubnormal = (a: Dec, c: PyDecContext) =>
    a.kind === FINITE && a.coef !== 0n && a.adjusted() < c.Emin;

  const hashDec = (v: PyDecimal): PyValue => {
    const a = v.v;
    if (a.kind === SNAN) throw pyError(PyExc_TypeError, "Cannot hash a signaling NaN value");
    if (a.kind === NAN) return abs.identityHash(v);
    if (a.kind === INF) return a.sign ? -314159 : 314159;
    const P = HASH_MODULUS;
    const expHash = a.exp >= 0
      ? modPowB(10n, BigInt(a.exp), P)
      : modPowB(HASH_10INV, BigInt(-a.exp), P);
    let h = (a.coef % P) * expHash % P;
    if (a.sign) h = -h;
    if (h === -1n) h = -2n;
    return makeInt(h);
  };

  const integerRatio = (a: Dec): [bigint, bigint] => {
    let n = a.coef, d = 1n;
    if (a.exp >= 0) n *= D.pow10(a.exp);
    else {
      d = D.pow10(-a.exp);
      let k = -a.exp;
      // The denominator is 2**k * 5**k: cancel the common factors of 2 and 5.
      while (k > 0 && n % 10n === 0n) {
        n /= 10n;
        d /= 10n;
        k--;
      }
      while (d % 2n === 0n && n % 2n === 0n) {
        n /= 2n;
        d /= 2n;
      }
      while (d % 5n === 0n && n % 5n === 0n) {
        n /= 5n;
        d /= 5n;
      }
    }
    if (n === 0n) d = 1n;
    return [a.sign ? -n : n, d];
  };

  const toIntChecked = (a: Dec, rounding: number): PyValue => {
    if (a.isNaN) throw pyError(PyExc_ValueError, "cannot convert NaN to integer");
    if (a.kind === INF) throw pyError(PyExc_OverflowError, "cannot convert Infinity to integer");
    return makeInt(D.toBigInt(a.exp >= 0 ? a : D.rescale(a, 0, rounding)));
  };

  /** Richcompare with int, Decimal, float, Rational or complex (CPython's convert_op_cmp). */
  const richCompare = (args: PyValue[], op: number): PyValue => {
    const a = self(args[0]);
    const w = args[1];
    const ctx = getContext();
    let b = convertOp(w);
    let scaledA = a;
    if (b === undefined) {
      let fw: number | undefined;
      if (w instanceof PyFloat) fw = w.value;
      else if (w instanceof PyComplex && (op === 2 || op === 3)) {
        if (w.imag !== 0) return NotImplemented;
        fw = w.real;
      }
      if (fw !== undefined) {
        ctx.st |= D.FloatOperation;
        if (op === 2 || op === 3) {
          ctx.status |= ctx.st;
          ctx.st = 0;
        } else addStatus(ctx);
        b = fromFloat(fw);
      } else if (isRational(w)) {
        const num = intValue(abs.getAttr(w, "numerator"));
        const den = intValue(abs.getAttr(w, "denominator"));
        if (num === undefined || den === undefined) return NotImplemented;
        b = fromInt(num);
        if (a.kind === FINITE) {
          scaledA = new Dec(a.sign, a.coef * BigInt(den < 0 ? -den : den), a.exp);
        }
      } else return NotImplemented;
    }
    if (a.isNaN || b.isNaN) {
      if (a.kind === SNAN || b.kind === SNAN || (op !== 2 && op !== 3)) {
        ctx.st |= D.InvalidOperation;
        addStatus(ctx);
      }
      return op === 3;
    }
    const k = D.cmp(scaledA, b);
    switch (op) {
      case 0:
        return k < 0;
      case 1:
        return k <= 0;
      case 2:
        return k === 0;
      case 3:
        return k !== 0;
      case 4:
        return k > 0;
      default:
        return k >= 0;
    }
  };
  let rationalType: PyValue | undefined;
  const isRational = (w: PyValue): boolean => {
    if (!(w instanceof PyObject)) return false;
    if (rationalType === undefined) {
      rationalType = abs.getAttr(importModuleByName("numbers"), "Rational");
    }
    return abs.isInstance(w, rationalType);
  };

  Object.assign(methods, {
    __add__: binaryDunder(D.add, false),
    __radd__: binaryDunder(D.add, true),
    __sub__: binaryDunder(D.sub, false),
    __rsub__: binaryDunder(D.sub, true),
    __mul__: binaryDunder(D.mul, false),
    __rmul__: binaryDunder(D.mul, true),
    __truediv__: binaryDunder(D.div, false),
    __rtruediv__: binaryDunder(D.div, true),
    __floordiv__: binaryDunder(D.divInt, false),
    __rfloordiv__: binaryDunder(D.divInt, true),
    __mod__: binaryDunder(D.rem, false),
    __rmod__: binaryDunder(D.rem, true),
    __divmod__(args: PyValue[]) {
      const other = convertOp(args[1]);
      if (other === undefined) return NotImplemented;
      const ctx = getContext();
      const [q, r] = D.divmod(self(args[0]), other, ctx);
      addStatus(ctx);
      return makeTuple([dec(q), dec(r)]);
    },
    __rdivmod__(args: PyValue[]) {
      const other = convertOp(args[1]);
      if (other === undefined) return NotImplemented;
      const ctx = getContext();
      const [q, r] = D.divmod(other, self(args[0]), ctx);
      addStatus(ctx);
      return makeTuple([dec(q), dec(r)]);
    },
    __pow__(args: PyValue[]) {
      const other = convertOp(args[1]);
      if (other === undefined) return NotImplemented;
      const ctx = getContext();
      if (args.length > 2 && args[2] !== None) {
        const m = convertOp(args[2]);
        if (m === undefined) return NotImplemented;
        const r = D.powerMod(self(args[0]), other, m, ctx);
        addStatus(ctx);
        return dec(r);
      }
      return runBinary(D.power, self(args[0]), other, ctx);
    },
    __rpow__(args: PyValue[]) {
      const other = convertOp(args[1]);
      if (other === undefined) return NotImplemented;
      return runBinary(D.power, other, self(args[0]), getContext());
    },
    __neg__: (args: PyValue[]) => runUnary(D.minus, self(args[0]), getContext()),
    __pos__: (args: PyValue[]) => runUnary(D.plus, self(args[0]), getContext()),
    __abs__: (args: PyValue[]) => runUnary(D.abs, self(args[0]), getContext()),
    __bool__: (args: PyValue[]) => !self(args[0]).isZero(),
    __eq__: (args: PyValue[]) => richCompare(args, 2),
    __ne__: (args: PyValue[]) => richCompare(args, 3),
    __lt__: (args: PyValue[]) => richCompare(args, 0),
    __le__: (args: PyValue[]) => richCompare(args, 1),
    __gt__: (args: PyValue[]) => richCompare(args, 4),
    __ge__: (args: PyValue[]) => richCompare(args, 5),
    __hash__: (args: PyValue[]) => hashDec(args[0] as PyDecimal),
    __str__: (args: PyValue[]) => toSci(self(args[0]), false, getContext().capitals),
    __repr__: (args: PyValue[]) =>
      `Decimal('${toSci(self(args[0]), false, getContext().capitals)}')`,
    to_eng_string(args: PyValue[], kw: readonly string[] | null) {
      const [context] = parseKw(args, kw, ["context"], 0);
      return toSci(self(args[0]), true, contextArg(context).capitals);
    },
    __format__(args: PyValue[], kw: readonly string[] | null) {
      if (args.length < 2) {
        throw pyError(PyExc_TypeError, "function takes at least 1 argument (0 given)");
      }
      parseKw(args, kw, ["fmt", "override"], 1);
      const spec = args[1];
      if (!isStr(spec)) throw pyError(PyExc_TypeError, "format arg must be str");
      const ov = args.length > 2 ? args[2] : None;
      return formatDecimal(
        self(args[0]),
        spec,
        getContext(),
        ov === None ? undefined : localeOverride(ov),
      );
    },
    __int__: (args: PyValue[]) => toIntChecked(self(args[0]), D.ROUND_DOWN),
    __trunc__: (args: PyValue[]) => toIntChecked(self(args[0]), D.ROUND_DOWN),
    __floor__: (args: PyValue[]) => toIntChecked(self(args[0]), D.ROUND_FLOOR),
    __ceil__: (args: PyValue[]) => toIntChecked(self(args[0]), D.ROUND_CEILING),
    __float__(args: PyValue[]) {
      const a = self(args[0]);
      if (a.kind === SNAN) throw pyError(PyExc_ValueError, "cannot convert signaling NaN to float");
      if (a.kind === NAN) return makeFloat(a.sign ? -NaN : NaN);
      return makeFloat(Number(toSci(a, false, 1)));
    },
    __complex__(args: PyValue[]) {
      const f = abs.call(abs.getAttr(args[0], "__float__"), [], null) as PyFloat;
      return new PyComplex(f.value, 0);
    },
    __round__(args: PyValue[], kw: readonly string[] | null) {
      parseKw(args, kw, ["n"], 0);
      const a = self(args[0]);
      if (args.length > 1) {
        const n = intValue(args[1]);
        if (n === undefined) {
          throw pyError(PyExc_TypeError, "optional arg must be an integer");
        }
        if (BigInt(n) > 9223372036854775807n || BigInt(n) < -9223372036854775808n) {
          throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
        }
        const ctx = getContext();
        const r = D.quantize(a, new Dec(0, 1n, -Number(n)), ctx.rounding, ctx);
        addStatus(ctx);
        return dec(r);
      }
      return toIntChecked(a, D.ROUND_HALF_EVEN);
    },
    __copy__: (args: PyValue[]) => args[0],
    __deepcopy__: (args: PyValue[]) => args[0],
    __reduce__: (args: PyValue[]) =>
      makeTuple([typeOf(args[0]), makeTuple([toSci(self(args[0]), false, 1)])]),
    __sizeof__: (args: PyValue[]) => 104 + 8 * Math.ceil(self(args[0]).coef.toString().length / 19),
    adjusted: (args: PyValue[]) => self(args[0]).adjusted(),
    canonical: (args: PyValue[]) => args[0],
    conjugate: (args: PyValue[]) => args[0],
    radix: () => dec(new Dec(0, 10n, 0)),
    copy_abs: (args: PyValue[]) => {
      const a = self(args[0]);
      return dec(new Dec(0, a.coef, a.exp, a.kind));
    },
    copy_negate: (args: PyValue[]) => {
      const a = self(args[0]);
      return dec(new Dec(1 - a.sign, a.coef, a.exp, a.kind));
    },
    copy_sign(args: PyValue[], kw: readonly string[] | null) {
      const [other, context] = parseKw(args, kw, ["other", "context"], 1);
      contextArg(context);
      const a = self(args[0]), b = convertRaise(other!);
      return dec(new Dec(b.sign, a.coef, a.exp, a.kind));
    },
    compare_total(args: PyValue[], kw: readonly string[] | null) {
      const [other, context] = parseKw(args, kw, ["other", "context"], 1);
      contextArg(context);
      const k = D.compareTotal(self(args[0]), convertRaise(other!));
      return dec(new Dec(k < 0 ? 1 : 0, k === 0 ? 0n : 1n, 0));
    },
    compare_total_mag(args: PyValue[], kw: readonly string[] | null) {
      const [other, context] = parseKw(args, kw, ["other", "context"], 1);
      contextArg(context);
      const a = self(args[0]), b = convertRaise(other!);
      const k = D.compareTotal(
        new Dec(0, a.coef, a.exp, a.kind),
        new Dec(0, b.coef, b.exp, b.kind),
      );
      return dec(new Dec(k < 0 ? 1 : 0, k === 0 ? 0n : 1n, 0));
    },
    same_quantum(args: PyValue[], kw: readonly string[] | null) {
      const [other, context] = parseKw(args, kw, ["other", "context"], 1);
      contextArg(context);
      return sameQuantum(self(args[0]), convertRaise(other!));
    },
    number_class(args: PyValue[], kw: readonly string[] | null) {
      const [context] = parseKw(args, kw, ["context"], 0);
      return D.numberClass(self(args[0]), contextArg(context));
    },
    quantize(args: PyValue[], kw: readonly string[] | null) {
      const [exp, rounding, context] = parseKw(args, kw, ["exp", "rounding", "context"], 1);
      const ctx = contextArg(context);
      const r = D.quantize(self(args[0]), convertRaise(exp!), roundingArg(rounding, ctx), ctx);
      addStatus(ctx);
      return dec(r);
    },
    fma(args: PyValue[], kw: readonly string[] | null) {
      const [other, third, context] = parseKw(args, kw, ["other", "third", "context"], 2);
      const ctx = contextArg(context);
      const r = D.fma(self(args[0]), convertRaise(other!), convertRaise(third!), ctx);
      addStatus(ctx);
      return dec(r);
    },
    to_integral: toIntegral(false),
    to_integral_value: toIntegral(false),
    to_integral_exact: toIntegral(true),
    is_canonical: predicate(() => true),
    is_finite: predicate((a) => a.kind === FINITE),
    is_infinite: predicate((a) => a.kind === INF),
    is_nan: predicate((a) => a.isNaN),
    is_qnan: predicate((a) => a.kind === NAN),
    is_snan: predicate((a) => a.kind === SNAN),
    is_signed: predicate((a) => a.sign === 1),
    is_zero: predicate((a) => a.isZero()),
    is_normal: ctxPredicate(isNormal),
    is_subnormal: ctxPredicate(isSubnormal),
    as_tuple(args: PyValue[]) {
      const a = self(args[0]);
      let digits: PyValue[];
      let exp: PyValue;
      if (a.kind === INF) {
        digits = [0];
        exp = "F";
      } else {
        digits = a.coef === 0n && a.isNaN ? [] : [...a.coef.toString()].map(Number);
        exp = a.kind === NAN ? "n" : a.kind === SNAN ? "N" : a.exp;
      }
      return abs.call(decimalTuple, [a.sign, makeTuple(digits), exp], null);
    },
    as_integer_ratio(args: PyValue[]) {
      const a = self(args[0]);
      if (a.isNaN) throw pyError(PyExc_ValueError, "cannot convert NaN to integer ratio");
      if (a.kind === INF) {
        throw pyError(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
      }
      const [n, d] = integerRatio(a);
      return makeTuple([makeInt(n), makeInt(d)]);
    },
  });
  defineMethods(decType, methods);
  // Decimal.__format__ takes (fmt, override=None), unlike the METH_O __format__ of other types.
  (decType.dict.getStr("__format__") as unknown as { fn: NativeFn }).fn = methods.__format__;
  requireNoArgs(decType, [
    "is_canonical",
    "is_finite",
    "is_infinite",
    "is_nan",
    "is_qnan",
    "is_snan",
    "is_signed",
    "is_zero",
    "adjusted",
    "as_tuple",
    "as_integer_ratio",
    "canonical",
    "conjugate",
    "radix",
    "copy_abs",
    "copy_negate",
    "__copy__",
    "__ceil__",
    "__floor__",
    "__trunc__",
    "__complex__",
    "__sizeof__",
    "__reduce__",
  ]);
  defineGetter(decType, "real", (v) => v);
  defineGetter(decType, "imag", () => dec(D.ZERO));
  defineClassMethod(decType, "from_float", (args, kw) => {
    fixedArgs("Decimal.from_float", args, kw, 1);
    const cls = args[0] as PyType;
    const f = args[1];
    let d: Dec;
    if (f instanceof PyFloat) d = fromFloat(f.value);
    else if (intValue(f) !== undefined && !(f instanceof PyFloat)) d = fromInt(intValue(f)!);
    else throw pyError(PyExc_TypeError, "argument must be int or float");
    if (cls === decType) return dec(d);
    return abs.call(cls, [dec(d)], null);
  });

  function sameQuantum(a: Dec, b: Dec): boolean {
    if (a.special || b.special) {
      return (a.isNaN && b.isNaN) || (a.kind === INF && b.kind === INF);
    }
    return a.exp === b.exp;
  }

  // ---- Context ------------------------------------------------------------------------------

  function getRound(v: PyValue): number {
    if (isStr(v)) {
      const i = ROUNDING_NAMES.indexOf(v);
      if (i >= 0) return i;
    }
    throw pyError(PyExc_TypeError, INVALID_ROUNDING);
  }

  const ssize = (v: PyValue): bigint => {
    const n = intValue(v);
    if (n === undefined) throw pyError(PyExc_TypeError, "an integer is required");
    const b = BigInt(n);
    if (b > 9223372036854775807n || b < -9223372036854775808n) {
      throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return b;
  };
  const listAsFlags = (list: PyList): number => {
    let bits = 0;
    for (const item of list.items) bits |= signalBits(item);
    return bits;
  };
  const dictAsFlags = (v: PyValue): number => {
    if (v instanceof PySignalDict) return v.bits;
    if (!(v instanceof PyDict)) throw pyError(PyExc_TypeError, "argument must be a signal dict");
    if (v.size !== SIGNALS.length) throw pyError(PyExc_KeyError, "invalid signal dict");
    let bits = 0;
    for (const [name, b] of SIGNALS) {
      const x = v.get(sig.get(name)!);
      if (x === undefined) throw pyError(PyExc_KeyError, "invalid signal dict");
      if (abs.isTrue(x)) bits |= b;
    }
    return bits;
  };
  const setters: Record<string, (c: PyDecContext, v: PyValue) => void> = {
    prec(c, v) {
      const n = ssize(v);
      if (n < 1n || n > MAX_PREC) {
        throw pyError(PyExc_ValueError, "valid range for prec is [1, MAX_PREC]");
      }
      c.prec = Number(n);
      c.precV = makeInt(n);
    },
    Emin(c, v) {
      const n = ssize(v);
      if (n < MIN_EMIN || n > 0n) {
        throw pyError(PyExc_ValueError, "valid range for Emin is [MIN_EMIN, 0]");
      }
      c.Emin = Number(n);
      c.EminV = makeInt(n);
    },
    Emax(c, v) {
      const n = ssize(v);
      if (n < 0n || n > MAX_EMAX) {
        throw pyError(PyExc_ValueError, "valid range for Emax is [0, MAX_EMAX]");
      }
      c.Emax = Number(n);
      c.EmaxV = makeInt(n);
    },
    rounding(c, v) {
      c.rounding = getRound(v);
    },
    capitals(c, v) {
      const n = ssize(v);
      if (n !== 0n && n !== 1n) {
        throw pyError(PyExc_ValueError, "valid values for capitals are 0 or 1");
      }
      c.capitals = Number(n);
    },
    clamp(c, v) {
      const n = ssize(v);
      if (n !== 0n && n !== 1n) {
        throw pyError(PyExc_ValueError, "valid values for clamp are 0 or 1");
      }
      c.clamp = Number(n);
    },
    flags(c, v) {
      c.status = v instanceof PyList ? listAsFlags(v) : dictAsFlags(v);
    },
    traps(c, v) {
      c.traps = v instanceof PyList ? listAsFlags(v) : dictAsFlags(v);
    },
  };
  const CONTEXT_PARAMS = [
    "prec",
    "rounding",
    "Emin",
    "Emax",
    "capitals",
    "clamp",
    "flags",
    "traps",
  ];
  const applySettings = (c: PyDecContext, values: (PyValue | undefined)[], offset: number) => {
    for (let i = 0; i < CONTEXT_PARAMS.length; i++) {
      const v = values[i + offset];
      if (v !== undefined && v !== None) setters[CONTEXT_PARAMS[i]](c, v);
    }
  };

  const signalDict = (c: PyDecContext, traps: boolean): PyValue => {
    const existing = traps ? c.trapsDict : c.flagsDict;
    if (existing !== None) return existing;
    const d = signalDictType.allocate!(signalDictType) as PySignalDict;
    d.ctx = c;
    d.traps = traps;
    if (traps) c.trapsDict = d;
    else c.flagsDict = d;
    return d;
  };

  defineNew(ctxType, (cls) => {
    const c = templates.dflt ? copyContext(templates.dflt, cls) : new PyDecContext(cls);
    c.capitals = 1;
    return c;
  });
  const signalList = (bits: number): string => {
    const names: string[] = [];
    for (let i = 0; i < BIT_NAMES.length; i++) {
      if (bits & (1 << i) && !names.includes(BIT_NAMES[i])) names.push(BIT_NAMES[i]);
    }
    return `[${names.join(", ")}]`;
  };
  const ctxOf = (v: PyValue): PyDecContext => v as PyDecContext;

  const ctxMethods: Record<string, NativeFn> = {
    __init__(args, kw) {
      const vals = parseKw(args, kw, CONTEXT_PARAMS, 0);
      applySettings(ctxOf(args[0]), vals, 0);
      return None;
    },
    __repr__(args) {
      const c = ctxOf(args[0]);
      return `Context(prec=${abs.repr(c.precV)}, rounding=${ROUNDING_NAMES[c.rounding]}, ` +
        `Emin=${abs.repr(c.EminV)}, Emax=${abs.repr(c.EmaxV)}, capitals=${c.capitals}, ` +
        `clamp=${c.clamp}, flags=${signalList(c.status)}, traps=${signalList(c.traps)})`;
    },
    __setattr__(args) {
      const name = args[1];
      if (isStr(name) && name in setters && args[0] instanceof PyDecContext) {
        setAttrChecked(args[0], name, args[2]);
        return None;
      }
      abs.genericSetAttr(args[0], abs.str(name), args[2]);
      return None;
    },
    __delattr__(args) {
      const name = args[1];
      if (isStr(name) && name in setters) {
        throw pyError(PyExc_AttributeError, "context attributes cannot be deleted");
      }
      abs.genericSetAttr(args[0], abs.str(name), undefined);
      return None;
    },
    __reduce__(args) {
      const c = ctxOf(args[0]);
      const flagList = (bits: number) =>
        new PyList(SIGNALS.filter(([, b]) => bits & b).map(([n]) => sig.get(n)!));
      return makeTuple([
        typeOf(args[0]),
        makeTuple([
          c.precV,
          ROUNDING_NAMES[c.rounding],
          c.EminV,
          c.EmaxV,
          c.capitals,
          c.clamp,
          flagList(c.status),
          flagList(c.traps),
        ]),
      ]);
    },
    clear_flags(args) {
      ctxOf(args[0]).status = 0;
      return None;
    },
    clear_traps(args) {
      ctxOf(args[0]).traps = 0;
      return None;
    },
    copy: (args) => copyContext(ctxOf(args[0])),
    __copy__: (args) => copyContext(ctxOf(args[0])),
    Etiny: (args) => makeInt(BigInt(D.etiny(ctxOf(args[0])))),
    Etop: (args) => makeInt(BigInt(D.etop(ctxOf(args[0])))),
    radix: () => dec(new Dec(0, 10n, 0)),
    create_decimal(args, kw) {
      const [num] = parseKw(args, kw, ["num"], 0);
      return dec(construct(num ?? "0", ctxOf(args[0]), true));
    },
    create_decimal_from_float(args, kw) {
      fixedArgs("Context.create_decimal_from_float", args, kw, 1);
      const c = ctxOf(args[0]);
      const f = args[1];
      let d: Dec;
      if (f instanceof PyFloat) d = fromFloat(f.value);
      else if (intValue(f) !== undefined) d = fromInt(intValue(f)!);
      else throw pyError(PyExc_TypeError, "argument must be int or float");
      d = D.fix(d, c);
      addStatus(c);
      return dec(d);
    },
    _apply(args, kw) {
      fixedArgs("Context._apply", args, kw, 1);
      return runUnary(D.fix, convertRaise(args[1]), ctxOf(args[0]));
    },
    divmod(args, kw) {
      exactArgs(args, kw, 2);
      const c = ctxOf(args[0]);
      const [q, r] = D.divmod(convertRaise(args[1]), convertRaise(args[2]), c);
      addStatus(c);
      return makeTuple([dec(q), dec(r)]);
    },
    power(args, kw) {
      const [a, b, modulo] = parseKw(args, kw, ["a", "b", "modulo"], 2);
      const c = ctxOf(args[0]);
      const x = convertRaise(a!), y = convertRaise(b!);
      let r: Dec;
      if (modulo !== undefined && modulo !== None) r = D.powerMod(x, y, convertRaise(modulo), c);
      else r = D.power(x, y, c);
      addStatus(c);
      return dec(r);
    },
    fma(args, kw) {
      exactArgs(args, kw, 3);
      const c = ctxOf(args[0]);
      const r = D.fma(convertRaise(args[1]), convertRaise(args[2]), convertRaise(args[3]), c);
      addStatus(c);
      return dec(r);
    },
    quantize(args, kw) {
      exactArgs(args, kw, 2);
      const c = ctxOf(args[0]);
      const r = D.quantize(convertRaise(args[1]), convertRaise(args[2]), c.rounding, c);
      addStatus(c);
      return dec(r);
    },
    to_sci_string(args, kw) {
      fixedArgs("Context.to_sci_string", args, kw, 1);
      return toSci(convertRaise(args[1]), false, ctxOf(args[0]).capitals);
    },
    to_eng_string(args, kw) {
      fixedArgs("Context.to_eng_string", args, kw, 1);
      return toSci(convertRaise(args[1]), true, ctxOf(args[0]).capitals);
    },
    number_class(args, kw) {
      fixedArgs("Context.number_class", args, kw, 1);
      return D.numberClass(convertRaise(args[1]), ctxOf(args[0]));
    },
    same_quantum(args, kw) {
      exactArgs(args, kw, 2);
      return sameQuantum(convertRaise(args[1]), convertRaise(args[2]));
    },
    is_normal(args, kw) {
      fixedArgs("Context.is_normal", args, kw, 1);
      return isNormal(convertRaise(args[1]), ctxOf(args[0]));
    },
    is_subnormal(args, kw) {
      fixedArgs("Context.is_subnormal", args, kw, 1);
      return isSubnormal(convertRaise(args[1]), ctxOf(args[0]));
    },
  };
  const ctxUnary: Record<string, Unary> = {
    ...unaryOps,
    abs: D.abs,
    plus: D.plus,
    minus: D.minus,
    to_integral: (a, c) => D.toIntegralValue(a, c.rounding, c),
    to_integral_value: (a, c) => D.toIntegralValue(a, c.rounding, c),
    to_integral_exact: (a, c) => D.toIntegralExact(a, c.rounding, c),
  };
  for (const name in ctxUnary) {
    const f = ctxUnary[name];
    ctxMethods[name] = (args, kw) => {
      fixedArgs(`Context.${name}`, args, kw, 1);
      return runUnary(f, convertRaise(args[1]), ctxOf(args[0]));
    };
  }
  const ctxBinary: Record<string, Binary> = {
    ...binaryOps,
    add: D.add,
    subtract: D.sub,
    multiply: D.mul,
    divide: D.div,
    divide_int: D.divInt,
    remainder: D.rem,
  };
  for (const name in ctxBinary) {
    const f = ctxBinary[name];
    ctxMethods[name] = (args, kw) => {
      exactArgs(args, kw, 2);
      return runBinary(f, convertRaise(args[1]), convertRaise(args[2]), ctxOf(args[0]));
    };
  }
  // Methods without context arithmetic: delegate to the Decimal method of the first operand.
  for (const name of ["canonical", "is_canonical"]) {
    const m = methods[name];
    ctxMethods[name] = (args, kw) => {
      fixedArgs(`Context.${name}`, args, kw, 1);
      if (!isDec(args[1])) throw pyError(PyExc_TypeError, "argument must be a Decimal");
      return m([args[1]], null);
    };
  }
  for (
    const name of [
      "copy_abs",
      "copy_negate",
      "is_finite",
      "is_infinite",
      "is_nan",
      "is_qnan",
      "is_signed",
      "is_snan",
      "is_zero",
    ]
  ) {
    const m = methods[name];
    ctxMethods[name] = (args, kw) => {
      fixedArgs(`Context.${name}`, args, kw, 1);
      return m([dec(convertRaise(args[1]))], null);
    };
  }
  for (const name of ["compare_total", "compare_total_mag", "copy_sign"]) {
    const m = methods[name];
    ctxMethods[name] = (args, kw) => {
      exactArgs(args, kw, 2);
      return m([dec(convertRaise(args[1])), args[2]], null);
    };
  }
  ctxMethods.copy_decimal = (args, kw) => {
    fixedArgs("Context.copy_decimal", args, kw, 1);
    return dec(convertRaise(args[1]));
  };
  defineMethods(ctxType, ctxMethods);
  requireNoArgs(ctxType, [
    "clear_flags",
    "clear_traps",
    "copy",
    "Etiny",
    "Etop",
    "radix",
    "__copy__",
    "__reduce__",
  ]);
  defineGetter(ctxType, "prec", (c) => ctxOf(c).precV, (c, v) => setAttrChecked(c, "prec", v));
  defineGetter(ctxType, "Emin", (c) => ctxOf(c).EminV, (c, v) => setAttrChecked(c, "Emin", v));
  defineGetter(ctxType, "Emax", (c) => ctxOf(c).EmaxV, (c, v) => setAttrChecked(c, "Emax", v));
  defineGetter(
    ctxType,
    "rounding",
    (c) => ROUNDING_NAMES[ctxOf(c).rounding],
    (c, v) => setAttrChecked(c, "rounding", v),
  );
  defineGetter(
    ctxType,
    "capitals",
    (c) => ctxOf(c).capitals,
    (c, v) => setAttrChecked(c, "capitals", v),
  );
  defineGetter(ctxType, "clamp", (c) => ctxOf(c).clamp, (c, v) => setAttrChecked(c, "clamp", v));
  defineGetter(
    ctxType,
    "flags",
    (c) => signalDict(ctxOf(c), false),
    (c, v) => setAttrChecked(c, "flags", v),
  );
  defineGetter(
    ctxType,
    "traps",
    (c) => signalDict(ctxOf(c), true),
    (c, v) => setAttrChecked(c, "traps", v),
  );
  function setAttrChecked(c: PyValue, name: string, v: PyValue | undefined): void {
    if (v === undefined) {
      throw pyError(PyExc_AttributeError, "context attributes cannot be deleted");
    }
    // As attributes, flags and traps take only (signal) dicts; the constructor takes lists too.
    if (name === "flags") ctxOf(c).status = dictAsFlags(v);
    else if (name === "traps") ctxOf(c).traps = dictAsFlags(v);
    else setters[name](ctxOf(c), v);
  }
  ctxType.dict.setStr("__hash__", None);

  // ---- SignalDict ---------------------------------------------------------------------------

  const sd = (v: PyValue): PySignalDict => v as PySignalDict;
  defineNew(mixinType, (cls) => new PySignalDict(cls));
  defineMethods(mixinType, {
    __init__: () => None,
    __len__: (args) => (sd(args[0]).bits, SIGNALS.length),
    __iter__: (args) => (sd(args[0]).bits, abs.getIter(signalTuple)),
    __getitem__: (args) => (sd(args[0]).bits & signalBits(args[1])) !== 0,
    __setitem__(args) {
      const d = sd(args[0]);
      const bits = signalBits(args[1]);
      d.bits = abs.isTrue(args[2]) ? d.bits | bits : d.bits & ~bits;
      return None;
    },
    __delitem__: () => {
      throw pyError(PyExc_ValueError, "signal keys cannot be deleted");
    },
    __repr__(args) {
      const bits = sd(args[0]).bits;
      const parts = SIGNALS.map(([n, b]) =>
        `<class 'decimal.${n}'>:${(bits & b) !== 0 ? "True" : "False"}`
      );
      return `{${parts.join(", ")}}`;
    },
    __eq__: (args) => signalDictEq(args[0], args[1], false),
    __ne__: (args) => signalDictEq(args[0], args[1], true),
    copy(args) {
      const bits = sd(args[0]).bits;
      const d = new PyDict();
      for (const [n, b] of SIGNALS) d.set(sig.get(n)!, (bits & b) !== 0);
      return d;
    },
  });
  mixinType.dict.setStr("__hash__", None);
  function signalDictEq(a: PyValue, b: PyValue, negate: boolean): PyValue {
    const bits = sd(a).bits;
    if (b instanceof PySignalDict) return (bits === b.bits) !== negate;
    if (b instanceof PyDict) {
      let other: number;
      try {
        other = dictAsFlags(b);
      } catch {
        return NotImplemented;
      }
      return (bits === other) !== negate;
    }
    return NotImplemented;
  }
  const collectionsAbc = importModuleByName("collections.abc");
  const mutableMapping = abs.getAttr(collectionsAbc, "MutableMapping");
  const signalDictType = abs.call(
    typeType,
    ["SignalDict", makeTuple([mixinType, mutableMapping]), new PyDict()],
    null,
  ) as PyType;

  // ---- localcontext -------------------------------------------------------------------------

  defineMethods(cmType, {
    __enter__(args) {
      const m = args[0] as PyCtxManager;
      setContext(m.local);
      return m.local;
    },
    __exit__(args) {
      setContext((args[0] as PyCtxManager).global);
      return None;
    },
  });

  const fns: Record<string, NativeFn> = {
    getcontext: (args, kw) => {
      fixedArgs("decimal.getcontext", [None, ...args], kw, 0);
      return getContext();
    },
    setcontext(args, kw) {
      fixedArgs("decimal.setcontext", [None, ...args], kw, 1);
      setContext(args[0]);
      return None;
    },
    localcontext(args, kw) {
      for (const k of kw ?? []) {
        if (k !== "ctx" && !CONTEXT_PARAMS.includes(k)) {
          throw pyError(PyExc_TypeError, `'${k}' is an invalid keyword argument for this function`);
        }
      }
      const vals = parseKw(args, kw, ["ctx", ...CONTEXT_PARAMS], 0, 0);
      const global = getContext();
      const ctxV = vals[0];
      let base = global;
      if (ctxV !== undefined && ctxV !== None) {
        if (!(ctxV instanceof PyDecContext)) {
          throw pyError(PyExc_TypeError, "optional argument must be a context");
        }
        base = ctxV;
      }
      const local = copyContext(base);
      applySettings(local, vals, 1);
      return new PyCtxManager(cmType, local, global);
    },
  };
  for (const name in fns) {
    ns.setStr(name, new PyBuiltinFunction(name, fns[name], undefined, name, "decimal"));
  }

  // ---- module namespace ---------------------------------------------------------------------

  const collections = importModuleByName("collections");
  const decimalTuple = abs.call(
    abs.getAttr(collections, "namedtuple"),
    ["DecimalTuple", "sign digits exponent"],
    null,
  ) as PyType;
  (decimalTuple as PyType).dict.setStr("__module__", "decimal");

  const dflt = new PyDecContext(ctxType);
  templates.dflt = dflt;
  const basic = new PyDecContext(ctxType);
  basic.prec = 9;
  basic.precV = 9;
  basic.rounding = D.ROUND_HALF_UP;
  basic.traps = D.IEEEInvalid | D.DivisionByZero | D.Overflow | D.Underflow | D.Clamped;
  templates.basic = basic;
  const ext = new PyDecContext(ctxType);
  ext.prec = 9;
  ext.precV = 9;
  ext.traps = 0;
  templates.ext = ext;

  ns.setStr("__doc__", "C decimal arithmetic module");
  ns.setStr("__version__", "1.70");
  ns.setStr("__libmpdec_version__", "2.5.1");
  ns.setStr("Decimal", decType);
  ns.setStr("Context", ctxType);
  ns.setStr("DecimalTuple", decimalTuple);
  ns.setStr("DefaultContext", dflt);
  ns.setStr("BasicContext", basic);
  ns.setStr("ExtendedContext", ext);
  ns.setStr("DecimalException", decimalException);
  for (const [name, t] of sig) ns.setStr(name, t);
  ROUNDING_NAMES.forEach((n) => ns.setStr(n, n));
  ns.setStr("MAX_PREC", makeInt(MAX_PREC));
  ns.setStr("MAX_EMAX", makeInt(MAX_EMAX));
  ns.setStr("MIN_EMIN", makeInt(MIN_EMIN));
  ns.setStr("MIN_ETINY", makeInt(MIN_ETINY));
  ns.setStr("HAVE_THREADS", true);
  ns.setStr("HAVE_CONTEXTVAR", true);

  const numbers = importModuleByName("numbers");
  abs.callMethod(abs.getAttr(numbers, "Number"), "register", [decType]);
  return mod;
}

function modPowB(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = r * b % m;
    b = b * b % m;
    e >>= 1n;
  }
  return r;
}
