// The `_locale` module (CPython's Modules/_localemodule.c) for the C locale only: Coil does not
// use the host's locales, so it behaves as CPython in the C locale with UTF-8 mode (`-X utf8`):
// the codeset is UTF-8, collation is by code point, nl_langinfo answers as glibc's C.UTF-8.
import { None, PyDict, PyType, type PyValue, typeType } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { badArgName, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { makeTuple } from "../objects/tuple.ts";
import {
  pyError,
  PyExc_Exception,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { call, strCmp } from "../objects/abstract.ts";
import { intValue } from "../objects/int.ts";
import { strValue } from "../objects/str.ts";
import { PyModule } from "../runtime/module_object.ts";
import { checkModuleArgs } from "./module_support.ts";
import { DAYS, MONTHS } from "./time.ts";
import { hostEnv } from "../runtime/interpreter_state.ts";

const LC_CTYPE = 0,
  LC_NUMERIC = 1,
  LC_TIME = 2,
  LC_COLLATE = 3,
  LC_MONETARY = 4,
  LC_MESSAGES = 5,
  LC_ALL = 6;
/** glibc's categories in the order its composite LC_ALL names list them (LC_ALL excluded). */
const glibcCategories: [number, string][] = [
  [LC_CTYPE, "LC_CTYPE"],
  [LC_NUMERIC, "LC_NUMERIC"],
  [LC_TIME, "LC_TIME"],
  [LC_COLLATE, "LC_COLLATE"],
  [LC_MONETARY, "LC_MONETARY"],
  [LC_MESSAGES, "LC_MESSAGES"],
  [7, "LC_PAPER"],
  [8, "LC_NAME"],
  [9, "LC_ADDRESS"],
  [10, "LC_TELEPHONE"],
  [11, "LC_MEASUREMENT"],
  [12, "LC_IDENTIFICATION"],
];
const CHAR_MAX = 127;

/** nl_langinfo constants of CPython's Linux build, with glibc's C.UTF-8 answers. */
const langinfo: [string, number, string][] = [
  ["CODESET", 14, "UTF-8"],
  ["D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"],
  ["D_FMT", 131113, "%m/%d/%y"],
  ["T_FMT", 131114, "%H:%M:%S"],
  ["T_FMT_AMPM", 131115, "%I:%M:%S %p"],
  ["AM_STR", 131110, "AM"],
  ["PM_STR", 131111, "PM"],
  ["RADIXCHAR", 65536, "."],
  ["THOUSEP", 65537, ""],
  ["YESEXPR", 327680, "^[yY]"],
  ["NOEXPR", 327681, "^[nN]"],
  ["CRNCYSTR", 262159, "-"],
  ["ERA", 131116, ""],
  ["ERA_D_FMT", 131118, ""],
  ["ALT_DIGITS", 131119, ""],
  ["ERA_D_T_FMT", 131120, ""],
  ["ERA_T_FMT", 131121, ""],
  ["_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"],
];
// The C locale's names are time.strftime's.
const dayNames = DAYS;
const monthNames = MONTHS;
dayNames.forEach((d, i) => {
  langinfo.push([`DAY_${i + 1}`, 131079 + i, d]);
  langinfo.push([`ABDAY_${i + 1}`, 131072 + i, d.slice(0, 3)]);
});
monthNames.forEach((mo, i) => {
  langinfo.push([`MON_${i + 1}`, 131098 + i, mo]);
  langinfo.push([`ABMON_${i + 1}`, 131086 + i, mo.slice(0, 3)]);
});
const langinfoByKey = new Map(langinfo.map(([, k, v]) => [k, v]));

/** Locale names the C library accepts here: the C locale under its names. */
function knownLocale(name: string): string | null {
  if (name === "C" || name === "POSIX") return "C";
  if (name === "C.UTF-8" || name === "C.utf8") return name;
  return null;
}

/** What setlocale(category, "") picks: LC_ALL, LC_<category>, LANG, as glibc (else "C"). */
function environmentLocale(categoryName: string): string {
  const name = hostEnv("LC_ALL") || hostEnv(categoryName) || hostEnv("LANG");
  return (name && knownLocale(name)) || "C";
}

function strArg(fname: string, argno: number, v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() argument ${argno} must be str, not ${badArgName(v)}`,
    );
  }
  return s;
}

function optStrArg(fname: string, argno: number, v: PyValue): string | null {
  if (v === None) return null;
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() argument ${argno} must be str or None, not ${badArgName(v)}`,
    );
  }
  return s;
}

function intArg(v: PyValue): number {
  const n = intValue(v);
  if (n === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'${badArgName(v)}' object cannot be interpreted as an integer`,
    );
  }
  return Number(n);
}

const checkArgs = (
  fname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  min: number,
  max: number,
) => checkModuleArgs("_locale", fname, args, kw, min, max);

export function createModule(): PyModule {
  const m = new PyModule("_locale");
  m.dict.setStr("__doc__", "Support for POSIX locales.");
  const ns = new PyDict();
  ns.setStr("__module__", "locale");
  const error = call(typeType, ["Error", makeTuple([PyExc_Exception]), ns], null) as PyType;
  m.dict.setStr("Error", error);
  /** The locale of each category (this interpreter's setlocale state). */
  const current = new Map<number, string>(glibcCategories.map(([c]) => [c, "C"]));
  // Python's startup sets LC_CTYPE from the environment.
  current.set(LC_CTYPE, environmentLocale("LC_CTYPE"));
  let domain = "messages";

  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    m.dict.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, "_locale"));

  const queryAll = (): string => {
    const names = glibcCategories.map(([c]) => current.get(c)!);
    if (names.every((n) => n === names[0])) return names[0];
    return glibcCategories.map(([c, n]) => `${n}=${current.get(c)}`).join(";");
  };

  def("setlocale", (args, kw) => {
    checkArgs("setlocale", args, kw, 1, 2);
    const category = intArg(args[0]);
    const valid = category === LC_ALL || glibcCategories.some(([c]) => c === category);
    const locale = args.length > 1 ? optStrArg("setlocale", 2, args[1]) : null;
    if (locale === null) {
      if (!valid) throw pyError(error, "locale query failed");
      return category === LC_ALL ? queryAll() : current.get(category)!;
    }
    if (locale === "") {
      if (!valid) throw pyError(error, "unsupported locale setting");
      for (const [c, n] of glibcCategories) {
        if (category === LC_ALL || category === c) current.set(c, environmentLocale(n));
      }
      return category === LC_ALL ? queryAll() : current.get(category)!;
    }
    const name = valid ? knownLocale(locale) : null;
    if (name === null) throw pyError(error, "unsupported locale setting");
    if (category === LC_ALL) { for (const [c] of glibcCategories) current.set(c, name); }
    else current.set(category, name);
    return category === LC_ALL ? queryAll() : name;
  });

  def("localeconv", (args, kw) => {
    checkArgs("localeconv", args, kw, 0, 0);
    const d = new PyDict();
    for (
      const k of ["int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"]
    ) {
      d.setStr(k, "");
    }
    d.setStr("mon_grouping", new PyList([]));
    d.setStr("positive_sign", "");
    d.setStr("negative_sign", "");
    for (
      const k of [
        "int_frac_digits",
        "frac_digits",
        "p_cs_precedes",
        "p_sep_by_space",
        "n_cs_precedes",
        "n_sep_by_space",
        "p_sign_posn",
        "n_sign_posn",
      ]
    ) d.setStr(k, CHAR_MAX);
    d.setStr("decimal_point", ".");
    d.setStr("thousands_sep", "");
    d.setStr("grouping", new PyList([]));
    return d;
  });

  def("nl_langinfo", (args, kw) => {
    checkArgs("nl_langinfo", args, kw, 1, 1);
    const v = langinfoByKey.get(intArg(args[0]));
    if (v === undefined) throw pyError(PyExc_ValueError, "unsupported langinfo constant");
    return v;
  });

  def("strcoll", (args, kw) => {
    checkArgs("strcoll", args, kw, 2, 2);
    const a = strArg("strcoll", 1, args[0]);
    const b = strArg("strcoll", 2, args[1]);
    return Math.sign(strCmp(a, b));
  });
  def("strxfrm", (args, kw) => {
    checkArgs("strxfrm", args, kw, 1, 1);
    const s = strValue(args[0]);
    if (s === undefined) {
      throw pyError(PyExc_TypeError, `strxfrm() argument must be str, not ${badArgName(args[0])}`);
    }
    return s;
  });
  def("getencoding", (args, kw) => {
    checkArgs("getencoding", args, kw, 0, 0);
    return "UTF-8";
  });

  // gettext without message catalogs: every message translates to itself.
  def("gettext", (args, kw) => {
    checkArgs("gettext", args, kw, 1, 1);
    return strArg("gettext", 1, args[0]);
  });
  def("dgettext", (args, kw) => {
    checkArgs("dgettext", args, kw, 2, 2);
    optStrArg("dgettext", 1, args[0]);
    return strArg("dgettext", 2, args[1]);
  });
  def("dcgettext", (args, kw) => {
    checkArgs("dcgettext", args, kw, 3, 3);
    optStrArg("dcgettext", 1, args[0]);
    const msg = strArg("dcgettext", 2, args[1]);
    intArg(args[2]);
    return msg;
  });
  def("textdomain", (args, kw) => {
    checkArgs("textdomain", args, kw, 1, 1);
    const d = optStrArg("textdomain", 1, args[0]);
    if (d !== null) domain = d === "" ? "messages" : d;
    return domain;
  });
  def("bindtextdomain", (args, kw) => {
    checkArgs("bindtextdomain", args, kw, 2, 2);
    strArg("bindtextdomain", 1, args[0]);
    const dir = optStrArg("bindtextdomain", 2, args[1]);
    return dir ?? "/usr/share/locale";
  });
  def("bind_textdomain_codeset", (args, kw) => {
    checkArgs("bind_textdomain_codeset", args, kw, 2, 2);
    strArg("bind_textdomain_codeset", 1, args[0]);
    return optStrArg("bind_textdomain_codeset", 2, args[1]) ?? None;
  });

  for (
    const [name, v] of [
      ["LC_CTYPE", LC_CTYPE],
      ["LC_NUMERIC", LC_NUMERIC],
      ["LC_TIME", LC_TIME],
      ["LC_COLLATE", LC_COLLATE],
      ["LC_MONETARY", LC_MONETARY],
      ["LC_MESSAGES", LC_MESSAGES],
      ["LC_ALL", LC_ALL],
      ["CHAR_MAX", CHAR_MAX],
    ] as const
  ) m.dict.setStr(name, v);
  for (const [name, k] of langinfo) m.dict.setStr(name, k);
  return m;
}
