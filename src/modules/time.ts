// The `time` module (CPython's Modules/timemodule.c on Linux with glibc). Clocks come from
// performance.now / performance.timeOrigin and node:process's cpuUsage; calendar arithmetic
// is done here (proleptic Gregorian, any year that fits a C int) so gmtime never depends on
// JS Date's range. The local time zone is TZ (an IANA name, read when tzset runs) or the zone
// Intl reports; offsets and abbreviations come from Intl.DateTimeFormat.
import { checkArgs, type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { None, PyFloat, type PyValue } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { makeStructSeqType, newStructSeq, PyStructSeq } from "../objects/structseq.ts";
import { PyModule } from "../runtime/module_object.ts";
import { simpleNamespaceType } from "../objects/namespace.ts";
import { importModuleByName } from "../runtime/import.ts";
import { errnoError } from "../runtime/file_system.ts";
import { nodeProcess } from "../runtime/node_builtins.ts";
import { hostEnv } from "../runtime/interpreter_state.ts";
import { granted } from "../runtime/permissions.ts";
import { interruptibleSleep } from "../runtime/signals.ts";

const structTimeType = makeStructSeqType({
  name: "time.struct_time",
  fields: [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
  ],
  nVisible: 9,
  doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
    " sequence of 9 integers.\n\n" +
    " Note that several fields' values are not the same as those defined by\n" +
    " the C language standard for struct tm.  For example, the value of the\n" +
    " field tm_year is the actual year, not year - 1900.  See individual\n" +
    " fields' descriptions for details.",
});

// ---- Calendar arithmetic (days since 1970-01-01, proleptic Gregorian) ----------------------

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = floorDiv(153 * (m + (m > 2 ? -3 : 9)) + 2, 5) + d - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(
    doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096),
    365,
  );
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A C `struct tm` with CPython's extras: year is the full year, mon 0-11, wday 0=Sunday. */
interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

const INT_MAX = 2147483647;
const TIME_T_MAX = 9223372036854775807n;

/** Broken-down time of `t` seconds (an integer) shifted by `offset` seconds. */
function breakDown(t: number, offset: number, isdst: number, zone: string): Tm {
  const local = t + offset;
  const days = floorDiv(local, 86400);
  let rem = local - days * 86400;
  const [year, month, mday] = civilFromDays(days);
  if (year - 1900 > INT_MAX || year - 1900 < -INT_MAX - 1) errnoError(75);
  const hour = floorDiv(rem, 3600);
  rem -= hour * 3600;
  const min = floorDiv(rem, 60);
  return {
    year,
    mon: month - 1,
    mday,
    hour,
    min,
    sec: rem - min * 60,
    wday: ((days % 7) + 11) % 7,
    yday: days - daysFromCivil(year, 1, 1),
    isdst,
    zone,
    gmtoff: offset,
  };
}

// ---- Time zones ------------------------------------------------------------------------------

interface ZoneInfo {
  /** IANA name, or null for UTC. */
  name: string | null;
  parts: Intl.DateTimeFormat | null;
  names: Intl.DateTimeFormat | null;
  /** Standard and daylight offsets (seconds east) and names, as CPython's init_timezone. */
  stdOffset: number;
  dstOffset: number;
  stdName: string;
  dstName: string;
  /** Standard offset per year (zones change their rules), filled on demand. */
  stdByYear: Map<number, number>;
  /** A POSIX TZ rule ("EST+05EDT,M4.1.0,M10.5.0") when TZ is one rather than a zone name. */
  posix: PosixTZ | null;
}

// ---- POSIX TZ strings (tzset(3)): std offset [dst [offset] [,start[/time],end[/time]]] -------

interface TZRule {
  kind: "M" | "J" | "D";
  month: number;
  week: number;
  day: number;
  /** Seconds after local midnight the change happens. */
  time: number;
}

interface PosixTZ {
  stdName: string;
  dstName: string | null;
  /** Offsets east of UTC, in seconds. */
  stdOffset: number;
  dstOffset: number;
  start: TZRule | null;
  end: TZRule | null;
}

/** Parses a POSIX TZ string; undefined when it is not one. */
function parsePosixTZ(tz: string): PosixTZ | undefined {
  let i = 0;
  const name = (): string | undefined => {
    if (tz[i] === "<") {
      const close = tz.indexOf(">", i);
      if (close < 0) return undefined;
      const n = tz.slice(i + 1, close);
      i = close + 1;
      return n;
    }
    const m = /^[A-Za-z]{3,}/.exec(tz.slice(i));
    if (m === null) return undefined;
    i += m[0].length;
    return m[0];
  };
  const clock = (signed: boolean): number | undefined => {
    const m =
      (signed
        ? /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/
        : /^()(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/)
        .exec(tz.slice(i));
    if (m === null) return undefined;
    i += m[0].length;
    const v = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === "-" ? -v : v;
  };
  const rule = (): TZRule | undefined => {
    let r: TZRule;
    const rest = tz.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(rest)) !== null) {
      r = { kind: "M", month: Number(m[1]), week: Number(m[2]), day: Number(m[3]), time: 7200 };
    } else if ((m = /^J(\d{1,3})/.exec(rest)) !== null) {
      r = { kind: "J", month: 0, week: 0, day: Number(m[1]), time: 7200 };
    } else if ((m = /^(\d{1,3})/.exec(rest)) !== null) {
      r = { kind: "D", month: 0, week: 0, day: Number(m[1]), time: 7200 };
    } else return undefined;
    i += m[0].length;
    if (tz[i] === "/") {
      i++;
      const t = clock(true);
      if (t === undefined) return undefined;
      r.time = t;
    }
    return r;
  };
  const stdName = name();
  if (stdName === undefined) return undefined;
  const stdWest = clock(true);
  if (stdWest === undefined) return undefined;
  const out: PosixTZ = {
    stdName,
    dstName: null,
    stdOffset: -stdWest,
    dstOffset: -stdWest,
    start: null,
    end: null,
  };
  if (i === tz.length) return out;
  const dstName = name();
  if (dstName === undefined) return undefined;
  out.dstName = dstName;
  out.dstOffset = out.stdOffset + 3600;
  if (i < tz.length && tz[i] !== ",") {
    const dstWest = clock(true);
    if (dstWest === undefined) return undefined;
    out.dstOffset = -dstWest;
  }
  if (tz[i] === ",") {
    i++;
    const start = rule();
    if (start === undefined || tz[i] !== ",") return undefined;
    i++;
    const end = rule();
    if (end === undefined) return undefined;
    out.start = start;
    out.end = end;
  } else {
    // No rules: glibc's default (the US rules since 2007).
    out.start = { kind: "M", month: 3, week: 2, day: 0, time: 7200 };
    out.end = { kind: "M", month: 11, week: 1, day: 0, time: 7200 };
  }
  return i === tz.length ? out : undefined;
}

/** Days since the epoch of a rule's day in `year`. */
function ruleDay(r: TZRule, year: number): number {
  const jan1 = daysFromCivil(year, 1, 1);
  if (r.kind === "J") return jan1 + r.day - 1 + (isLeap(year) && r.day >= 60 ? 1 : 0);
  if (r.kind === "D") return jan1 + r.day;
  const first = daysFromCivil(year, r.month, 1);
  const firstWday = ((first % 7) + 11) % 7;
  let day = first + ((r.day - firstWday + 7) % 7) + (r.week - 1) * 7;
  const monthDays =
    daysFromCivil(r.month === 12 ? year + 1 : year, r.month === 12 ? 1 : r.month + 1, 1) -
    first;
  while (day - first >= monthDays) day -= 7;
  return day;
}

function posixIsDst(p: PosixTZ, t: number): boolean {
  if (p.dstName === null || p.start === null || p.end === null) return false;
  const year = civilFromDays(floorDiv(t + p.stdOffset, 86400))[0];
  const start = ruleDay(p.start, year) * 86400 + p.start.time - p.stdOffset;
  const end = ruleDay(p.end, year) * 86400 + p.end.time - p.dstOffset;
  return start < end ? t >= start && t < end : !(t >= end && t < start);
}

const MIN_INTL_T = -62135596800, MAX_INTL_T = 253402300799; // years 1 .. 9999

function intlOffset(z: ZoneInfo, t: number): number {
  if (z.posix !== null) return posixIsDst(z.posix, t) ? z.posix.dstOffset : z.posix.stdOffset;
  if (z.parts === null) return 0;
  if (t < MIN_INTL_T || t > MAX_INTL_T) return z.stdOffset;
  const p: Record<string, number> = {};
  for (const part of z.parts.formatToParts(new Date(t * 1000))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const wall = daysFromCivil(p.year, p.month, p.day) * 86400 + (p.hour % 24) * 3600 +
    p.minute * 60 + p.second;
  return wall - Math.floor(t);
}

function offsetName(offset: number): string {
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const h = String(Math.floor(a / 3600)).padStart(2, "0");
  const m = Math.floor((a % 3600) / 60);
  return sign + h + (m !== 0 ? String(m).padStart(2, "0") : "");
}

function intlName(z: ZoneInfo, t: number, offset: number): string {
  if (z.posix !== null) {
    return posixIsDst(z.posix, t) ? z.posix.dstName ?? z.posix.stdName : z.posix.stdName;
  }
  if (z.names === null) return "UTC";
  if (t < MIN_INTL_T || t > MAX_INTL_T) return offset === z.dstOffset ? z.dstName : z.stdName;
  const part = z.names.formatToParts(new Date(t * 1000)).find((p) => p.type === "timeZoneName");
  const name = part?.value ?? "";
  if (ABBREVIATION.test(name)) return name;
  // Intl writes a zone it has no abbreviation for as "GMT+1" (also for dates before its
  // data): use the zone's current names when the offset is theirs, else "+01" as glibc does.
  if (offset === z.stdOffset && ABBREVIATION.test(z.stdName)) return z.stdName;
  if (offset === z.dstOffset && ABBREVIATION.test(z.dstName)) return z.dstName;
  return offsetName(offset);
}

/** English locales whose short zone names match tzdata's abbreviations for their regions. */
const ABBREVIATION_LOCALES = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-IN",
  "en-NZ",
  "en-ZA",
  "en-IE",
  "ja-JP",
  "ko-KR",
];
/** What a real abbreviation looks like ("EST", "AEDT"; not "GMT+1" nor "UTC"). */
const ABBREVIATION = /^(?!UTC$)[A-Z]{2,6}$/;

/**
 * A formatter giving the zone's abbreviations ("EST", "CET", "AEST"): the first locale that
 * names the zone other than "GMT+1" in January or July (else en-US: numeric offsets).
 */
function abbreviationFormatter(zone: string): Intl.DateTimeFormat {
  const year = new Date().getUTCFullYear();
  const probes = [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)];
  for (const locale of ABBREVIATION_LOCALES) {
    const f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
    const named = probes.every((t) => {
      const n = f.formatToParts(t).find((p) => p.type === "timeZoneName")?.value ?? "";
      return ABBREVIATION.test(n);
    });
    if (named) return f;
  }
  return new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" });
}

/**
 * The system's zone: the target of the /etc/localtime link when reading it is granted (a few
 * microseconds), else what Intl resolves, whose first use starts ICU (~15 ms of `import time`).
 */
function systemZoneName(): string | undefined {
  try {
    const path = "/etc/localtime";
    if (granted({ name: "read", path })) {
      const zone = /\/zoneinfo\/(.+)$/.exec(Deno.readLinkSync(path))?.[1];
      if (zone !== undefined) return zone;
    }
  } catch {
    // Not a link (or no such file): ask Intl.
  }
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function makeZone(tz: string | undefined): ZoneInfo {
  let name: string | null = null;
  const candidate = tz === undefined ? systemZoneName() : tz.replace(/^:/, "");
  if (candidate !== undefined && !/^(UTC|GMT|UCT|Etc\/UTC|Etc\/GMT|UTC0|GMT0|)$/.test(candidate)) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: candidate });
      name = candidate;
    } catch {
      name = null;
    }
  }
  const z: ZoneInfo = {
    name,
    parts: null,
    names: null,
    stdOffset: 0,
    dstOffset: 0,
    stdName: "UTC",
    dstName: "UTC",
    stdByYear: new Map(),
    posix: null,
  };
  if (name === null) {
    // Not a zone name: a POSIX rule such as "EST+05EDT,M4.1.0,M10.5.0" (else UTC).
    const p = candidate === undefined ? undefined : parsePosixTZ(candidate);
    if (p !== undefined) {
      z.posix = p;
      z.stdOffset = p.stdOffset;
      z.dstOffset = p.dstName === null ? p.stdOffset : p.dstOffset;
      z.stdName = p.stdName;
      z.dstName = p.dstName ?? p.stdName;
      if (z.dstOffset < z.stdOffset) {
        [z.stdOffset, z.dstOffset] = [z.dstOffset, z.stdOffset];
      }
    }
    return z;
  }
  z.parts = new Intl.DateTimeFormat("en-US", {
    timeZone: name,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  z.names = abbreviationFormatter(name);
  // As CPython's init_timezone: the offsets of January and July of the current year.
  const year = new Date().getUTCFullYear();
  const jan = daysFromCivil(year, 1, 1) * 86400, jul = daysFromCivil(year, 7, 1) * 86400;
  const janOff = intlOffset(z, jan), julOff = intlOffset(z, jul);
  const janName = intlName(z, jan, janOff), julName = intlName(z, jul, julOff);
  if (janOff <= julOff) {
    z.stdOffset = janOff;
    z.dstOffset = julOff;
    z.stdName = janName;
    z.dstName = julName;
  } else {
    z.stdOffset = julOff;
    z.dstOffset = janOff;
    z.stdName = julName;
    z.dstName = janName;
  }
  return z;
}

function envTZ(): string | undefined {
  return hostEnv("TZ");
}

/** The zone's standard offset in the year of `t`: the smaller of January's and July's. */
function standardOffset(z: ZoneInfo, t: number): number {
  if (z.posix !== null) return z.posix.stdOffset;
  if (z.parts === null) return 0;
  if (t < MIN_INTL_T || t > MAX_INTL_T) return z.stdOffset;
  const year = civilFromDays(floorDiv(t, 86400))[0];
  let std = z.stdByYear.get(year);
  if (std === undefined) {
    std = Math.min(
      intlOffset(z, daysFromCivil(year, 1, 1) * 86400),
      intlOffset(z, daysFromCivil(year, 7, 1) * 86400),
    );
    z.stdByYear.set(year, std);
  }
  return std;
}

function localTm(z: ZoneInfo, t: number): Tm {
  const offset = intlOffset(z, t);
  const isdst = offset > standardOffset(z, t) ? 1 : 0;
  return breakDown(t, offset, isdst, intlName(z, t, offset));
}

/** mktime: local wall time to seconds since the epoch (fields normalized as C does). */
function mktimeOf(z: ZoneInfo, tm: Tm): number {
  const mon = tm.mon;
  const y = tm.year + floorDiv(mon, 12);
  const m = ((mon % 12) + 12) % 12;
  const wall = (daysFromCivil(y, m + 1, 1) + tm.mday - 1) * 86400 + tm.hour * 3600 +
    tm.min * 60 + tm.sec;
  if (z.parts === null && z.posix === null) return wall;
  let t = wall - z.stdOffset;
  for (let i = 0; i < 3; i++) {
    const next = wall - intlOffset(z, t);
    if (next === t) break;
    t = next;
  }
  // tm_isdst 0 / 1 asks for standard / daylight time where the wall time is ambiguous.
  const off = intlOffset(z, t), std = standardOffset(z, t);
  if (tm.isdst === 0 && off > std) t += off - std;
  else if (tm.isdst > 0 && off === std && z.dstOffset > z.stdOffset) {
    t -= z.dstOffset - z.stdOffset;
  }
  return t;
}

// ---- Arguments -------------------------------------------------------------------------------

/** Seconds argument as an integer time_t (floats rounded toward -inf, as CPython does). */
function timeT(v: PyValue): number {
  let x: number;
  if (v instanceof PyFloat) {
    x = v.value;
    if (Number.isNaN(x)) throw pyError(PyExc_ValueError, "Invalid value NaN (not a number)");
    x = Math.floor(x);
    if (!(Math.abs(x) < 9223372036854775808)) {
      throw pyError(PyExc_OverflowError, "timestamp out of range for platform time_t");
    }
    return x;
  }
  const n = abs.asIndex(v);
  if (typeof n === "bigint") {
    if (n > TIME_T_MAX || n < -TIME_T_MAX - 1n) {
      throw pyError(PyExc_OverflowError, "timestamp out of range for platform time_t");
    }
    return Number(n);
  }
  return n;
}

function nowSeconds(): number {
  return (performance.timeOrigin + performance.now()) / 1000;
}

function cInt(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > INT_MAX || n < -INT_MAX - 1) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** CPython's gettmarg: a 9-tuple or struct_time to a Tm (wday/yday converted to C's). */
function tmArg(v: PyValue, fname: string): Tm {
  if (!(v instanceof PyTuple)) {
    throw pyError(PyExc_TypeError, "Tuple or struct_time argument required");
  }
  if (v.items.length !== 9) {
    throw pyError(PyExc_TypeError, `${fname}(): illegal time tuple argument`);
  }
  const it = v.items.map(cInt);
  if (it[0] < -INT_MAX - 1 + 1900) throw pyError(PyExc_OverflowError, "year out of range");
  const tm: Tm = {
    year: it[0],
    mon: it[1] - 1,
    mday: it[2],
    hour: it[3],
    min: it[4],
    sec: it[5],
    wday: (it[6] + 1) % 7,
    yday: it[7] - 1,
    isdst: it[8],
    zone: null,
    gmtoff: null,
  };
  if (v instanceof PyStructSeq && v.cls === structTimeType) {
    const [zone, gmtoff] = v.hidden;
    if (typeof zone === "string") tm.zone = zone;
    if (gmtoff !== undefined && gmtoff !== None) tm.gmtoff = cInt(gmtoff);
  }
  return tm;
}

/** CPython's checktm (with the normalizations strftime and asctime apply first). */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw pyError(PyExc_ValueError, "month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) {
    throw pyError(PyExc_ValueError, "day of month out of range");
  }
  if (tm.hour < 0 || tm.hour > 23) throw pyError(PyExc_ValueError, "hour out of range");
  if (tm.min < 0 || tm.min > 59) throw pyError(PyExc_ValueError, "minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw pyError(PyExc_ValueError, "seconds out of range");
  if (tm.wday < 0) throw pyError(PyExc_ValueError, "day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) {
    throw pyError(PyExc_ValueError, "day of year out of range");
  }
}

function structTime(tm: Tm): PyValue {
  return newStructSeq(structTimeType, [
    tm.year,
    tm.mon + 1,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    (tm.wday + 6) % 7,
    tm.yday + 1,
    tm.isdst,
    tm.zone ?? None,
    tm.gmtoff ?? None,
  ]);
}

// ---- Formatting ------------------------------------------------------------------------------

/** The C locale's day and month names (also _locale.nl_langinfo's). */
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function asctimeOf(tm: Tm): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon].slice(0, 3)} ${
    String(tm.mday).padStart(2, " ")
  } ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}

/** glibc's iso_week_days: days since the start of the ISO week-based year's first week. */
function isoWeekDays(yday: number, wday: number): number {
  return yday - ((yday - wday + 4 + 378) % 7) + 3;
}

function isoWeek(tm: Tm): [number, number] {
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

interface FormatContext {
  zone: ZoneInfo;
}

/** Formats a number as glibc does: `width` digits padded with `pad` unless a flag overrides. */
function num(n: number, width: number, pad: string, flag: string, fieldWidth: number): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  const w = fieldWidth > 0 ? fieldWidth : width;
  // "-" drops the default padding but an explicit width still pads (with spaces).
  const padChar = flag === "_"
    ? " "
    : flag === "-"
    ? (fieldWidth > 0 ? " " : "")
    : flag === "0"
    ? "0"
    : pad;
  const digits = neg ? w - 1 : w;
  if (padChar === "0") s = s.padStart(digits, "0");
  if (neg) s = "-" + s;
  if (padChar === " ") s = s.padStart(w, " ");
  return s;
}

function text(s: string, flag: string, upper: boolean, fieldWidth: number): string {
  if (upper) s = s.toUpperCase();
  if (fieldWidth > s.length) s = s.padStart(fieldWidth, flag === "0" ? "0" : " ");
  return s;
}

function strftimeOf(fmt: string, tm: Tm, ctx: FormatContext): string {
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    const start = i;
    i++;
    let flag = "";
    let upper = false;
    let swap = false;
    while (i < fmt.length && "_-0^#".includes(fmt[i])) {
      if (fmt[i] === "^") upper = true;
      else if (fmt[i] === "#") swap = true;
      else flag = fmt[i];
      i++;
    }
    let width = 0;
    while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") {
      width = width * 10 + Number(fmt[i]);
      i++;
    }
    if (i < fmt.length && (fmt[i] === "E" || fmt[i] === "O")) i++;
    if (i >= fmt.length) {
      // glibc copies an unfinished or unknown conversion as is, padded to its width.
      out += fmt.slice(start).padStart(width, " ");
      break;
    }
    const conv = fmt[i++];
    const h12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    const sub = (f: string) => text(strftimeOf(f, tm, ctx), flag, upper, width);
    switch (conv) {
      case "a":
        out += text(DAYS[tm.wday].slice(0, 3), flag, upper || swap, width);
        break;
      case "A":
        out += text(DAYS[tm.wday], flag, upper || swap, width);
        break;
      case "b":
      case "h":
        out += text(MONTHS[tm.mon].slice(0, 3), flag, upper || swap, width);
        break;
      case "B":
        out += text(MONTHS[tm.mon], flag, upper || swap, width);
        break;
      case "c":
        out += sub("%a %b %e %H:%M:%S %Y");
        break;
      case "C":
        out += num(floorDiv(tm.year, 100), 2, "0", flag, width);
        break;
      case "d":
        out += num(tm.mday, 2, "0", flag, width);
        break;
      case "D":
      case "x":
        out += sub("%m/%d/%y");
        break;
      case "e":
        out += num(tm.mday, 2, " ", flag, width);
        break;
      case "F":
        out += sub("%Y-%m-%d");
        break;
      case "g":
        out += num(((isoWeek(tm)[0] % 100) + 100) % 100, 2, "0", flag, width);
        break;
      case "G":
        out += num(isoWeek(tm)[0], 1, "0", flag, width);
        break;
      case "H":
        out += num(tm.hour, 2, "0", flag, width);
        break;
      case "I":
        out += num(h12, 2, "0", flag, width);
        break;
      case "j":
        out += num(tm.yday + 1, 3, "0", flag, width);
        break;
      case "k":
        out += num(tm.hour, 2, " ", flag, width);
        break;
      case "l":
        out += num(h12, 2, " ", flag, width);
        break;
      case "m":
        out += num(tm.mon + 1, 2, "0", flag, width);
        break;
      case "M":
        out += num(tm.min, 2, "0", flag, width);
        break;
      case "n":
        out += "\n";
        break;
      case "p":
        out += text(tm.hour < 12 ? (swap ? "am" : "AM") : swap ? "pm" : "PM", flag, upper, width);
        break;
      case "P":
        out += text(tm.hour < 12 ? "am" : "pm", flag, upper, width);
        break;
      case "r":
        out += sub("%I:%M:%S %p");
        break;
      case "R":
        out += sub("%H:%M");
        break;
      case "s":
        out += num(mktimeOf(ctx.zone, tm), 1, "0", flag, width);
        break;
      case "S":
        out += num(tm.sec, 2, "0", flag, width);
        break;
      case "t":
        out += "\t";
        break;
      case "T":
      case "X":
        out += sub("%H:%M:%S");
        break;
      case "u":
        out += num(tm.wday === 0 ? 7 : tm.wday, 1, "0", flag, width);
        break;
      case "U":
        out += num(Math.floor((tm.yday - tm.wday + 7) / 7), 2, "0", flag, width);
        break;
      case "V":
        out += num(isoWeek(tm)[1], 2, "0", flag, width);
        break;
      case "w":
        out += num(tm.wday, 1, "0", flag, width);
        break;
      case "W":
        out += num(Math.floor((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2, "0", flag, width);
        break;
      case "y":
        out += num(((tm.year % 100) + 100) % 100, 2, "0", flag, width);
        break;
      case "Y":
        out += num(tm.year, 1, "0", flag, width);
        break;
      case "z": {
        const off = tm.gmtoff ?? 0;
        const a = Math.abs(off);
        const hhmm = Math.floor(a / 3600) * 100 + Math.floor((a % 3600) / 60);
        out += (off < 0 ? "-" : "+") + num(hhmm, width > 1 ? width - 1 : 4, "0", flag, 0);
        break;
      }
      case "Z": {
        const z = tm.zone ?? (tm.isdst > 0 ? ctx.zone.dstName : ctx.zone.stdName);
        out += text(swap ? z.toLowerCase() : z, flag, upper, width);
        break;
      }
      case "%":
        out += "%";
        break;
      default:
        out += fmt.slice(start, i).padStart(width, " ");
    }
  }
  return out;
}

// ---- Clocks ----------------------------------------------------------------------------------

function cpuSeconds(): number {
  const u = nodeProcess().cpuUsage();
  return (u.user + u.system) / 1e6;
}

function cpuNs(): number {
  const u = nodeProcess().cpuUsage();
  return (u.user + u.system) * 1000;
}

function nsInt(x: number): number | bigint {
  const r = Math.round(x);
  return Number.isSafeInteger(r) ? r : BigInt(r);
}

const CLOCKS: Record<string, [implementation: string, monotonic: boolean, adjustable: boolean]> = {
  time: ["clock_gettime(CLOCK_REALTIME)", false, true],
  monotonic: ["clock_gettime(CLOCK_MONOTONIC)", true, false],
  perf_counter: ["clock_gettime(CLOCK_MONOTONIC)", true, false],
  process_time: ["clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false],
  thread_time: ["clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false],
};

const CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2;
const CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

function clockSeconds(id: number): number {
  switch (id) {
    case CLOCK_REALTIME:
    case CLOCK_TAI:
      return nowSeconds();
    case CLOCK_MONOTONIC:
    case CLOCK_MONOTONIC_RAW:
    case CLOCK_BOOTTIME:
      return performance.now() / 1000;
    case CLOCK_PROCESS_CPUTIME_ID:
    case CLOCK_THREAD_CPUTIME_ID:
      return cpuSeconds();
  }
  errnoError(22);
}

function sleepSeconds(v: PyValue): number {
  let secs: number;
  if (v instanceof PyFloat) {
    secs = v.value;
    if (Number.isNaN(secs)) throw pyError(PyExc_ValueError, "Invalid value NaN (not a number)");
  } else secs = Number(abs.asIndex(v));
  if (!(Math.abs(secs) < 9.2e9)) {
    throw pyError(PyExc_OverflowError, "timestamp out of range for platform time_t");
  }
  if (secs < 0) throw pyError(PyExc_ValueError, "sleep length must be non-negative");
  return secs;
}

/** Argument counts as PyArg_ParseTuple words them: "gmtime() takes at most 1 argument (2 given)". */
function parseTupleArgs(
  fname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (kw !== null && kw.length > 0) {
    throw pyError(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
  const n = args.length;
  if (n >= min && n <= max) return;
  const bound = min === max ? "exactly" : n < min ? "at least" : "at most";
  const k = n < min ? min : max;
  throw pyError(
    PyExc_TypeError,
    `${fname}() takes ${bound} ${k} argument${k === 1 ? "" : "s"} (${n} given)`,
  );
}

// ---- The module ------------------------------------------------------------------------------

export function createModule(): PyModule {
  const m = new PyModule("time");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module provides various functions to manipulate time values.",
  );
  const def = (name: string, f: NativeFn) => {
    d.setStr(name, new PyBuiltinFunction(name, f, undefined, name, "time"));
  };
  const state = { zone: makeZone(envTZ()) };

  const setZoneAttrs = () => {
    const z = state.zone;
    d.setStr("timezone", -z.stdOffset);
    d.setStr("altzone", -z.dstOffset);
    d.setStr("daylight", z.stdOffset !== z.dstOffset ? 1 : 0);
    d.setStr("tzname", makeTuple([z.stdName, z.dstName]));
  };
  setZoneAttrs();
  d.setStr("struct_time", structTimeType);
  d.setStr("_STRUCT_TM_ITEMS", 11);
  for (
    const [k, v] of Object.entries({
      CLOCK_REALTIME,
      CLOCK_MONOTONIC,
      CLOCK_PROCESS_CPUTIME_ID,
      CLOCK_THREAD_CPUTIME_ID,
      CLOCK_MONOTONIC_RAW,
      CLOCK_BOOTTIME,
      CLOCK_TAI,
    })
  ) d.setStr(k, v);

  const noArgs = (name: string, f: () => PyValue) =>
    def(name, (args, kw) => {
      checkArgs(`time.${name}`, args, kw, 0, 0);
      return f();
    });
  noArgs("time", () => new PyFloat(nowSeconds()));
  noArgs("time_ns", () => {
    // timeOrigin (ms) + now (ms): keep integer nanoseconds exact beyond 2**53.
    const origin = BigInt(Math.round(performance.timeOrigin * 1000)) * 1000n;
    const v = origin + BigInt(Math.round(performance.now() * 1e6));
    return v > BigInt(Number.MAX_SAFE_INTEGER) ? v : Number(v);
  });
  noArgs("monotonic", () => new PyFloat(performance.now() / 1000));
  noArgs("monotonic_ns", () => nsInt(performance.now() * 1e6));
  noArgs("perf_counter", () => new PyFloat(performance.now() / 1000));
  noArgs("perf_counter_ns", () => nsInt(performance.now() * 1e6));
  noArgs("process_time", () => new PyFloat(cpuSeconds()));
  noArgs("process_time_ns", () => nsInt(cpuNs()));
  noArgs("thread_time", () => new PyFloat(cpuSeconds()));
  noArgs("thread_time_ns", () => nsInt(cpuNs()));

  def("sleep", (args, kw) => {
    checkArgs("time.sleep", args, kw, 1, 1);
    const secs = sleepSeconds(args[0]);
    interruptibleSleep(secs * 1000);
    return None;
  });

  const secsArg = (name: string, args: PyValue[], kw: readonly string[] | null): number => {
    parseTupleArgs(name, args, kw, 0, 1);
    return args.length === 0 || args[0] === None ? Math.floor(nowSeconds()) : timeT(args[0]);
  };
  def("gmtime", (args, kw) => structTime(breakDown(secsArg("gmtime", args, kw), 0, 0, "GMT")));
  def("localtime", (args, kw) => structTime(localTm(state.zone, secsArg("localtime", args, kw))));
  def("mktime", (args, kw) => {
    checkArgs("time.mktime", args, kw, 1, 1);
    const tm = tmArg(args[0], "mktime");
    const t = mktimeOf(state.zone, tm);
    if (!Number.isFinite(t) || Math.abs(t) > 9.2e18) {
      throw pyError(PyExc_OverflowError, "mktime argument out of range");
    }
    return new PyFloat(t);
  });
  def("asctime", (args, kw) => {
    checkArgs("asctime", args, kw, 0, 1);
    const tm = args.length === 0
      ? localTm(state.zone, Math.floor(nowSeconds()))
      : tmArg(args[0], "asctime");
    checkTm(tm);
    return asctimeOf(tm);
  });
  def("ctime", (args, kw) => asctimeOf(localTm(state.zone, secsArg("ctime", args, kw))));
  def("strftime", (args, kw) => {
    parseTupleArgs("strftime", args, kw, 1, 2);
    const fmt = args[0];
    if (typeof fmt !== "string") {
      throw pyError(
        PyExc_TypeError,
        `strftime() argument 1 must be str, not ${abs.typeName(fmt)}`,
      );
    }
    const tm = args.length < 2
      ? localTm(state.zone, Math.floor(nowSeconds()))
      : tmArg(args[1], "strftime");
    checkTm(tm);
    if (fmt.includes("\0")) throw pyError(PyExc_ValueError, "embedded null character");
    return strftimeOf(fmt, tm, { zone: state.zone });
  });
  def("strptime", (args, kw) => {
    // As CPython: the arguments go to _strptime._strptime_time unchanged.
    const mod = importModuleByName("_strptime");
    return abs.call(abs.getAttr(mod, "_strptime_time"), args, kw);
  });
  def("tzset", (args, kw) => {
    checkArgs("time.tzset", args, kw, 0, 0);
    state.zone = makeZone(envTZ());
    setZoneAttrs();
    return None;
  });
  def("get_clock_info", (args, kw) => {
    parseTupleArgs("get_clock_info", args, kw, 1, 1);
    const name = args[0];
    if (typeof name !== "string") {
      throw pyError(
        PyExc_TypeError,
        `get_clock_info() argument 1 must be str, not ${abs.typeName(name)}`,
      );
    }
    const info = CLOCKS[name];
    if (info === undefined) throw pyError(PyExc_ValueError, "unknown clock");
    return abs.call(simpleNamespaceType, [info[0], info[1], info[2], new PyFloat(1e-9)], [
      "implementation",
      "monotonic",
      "adjustable",
      "resolution",
    ]);
  });
  def("clock_gettime", (args, kw) => {
    parseTupleArgs("clock_gettime", args, kw, 1, 1);
    return new PyFloat(clockSeconds(cInt(args[0])));
  });
  def("clock_gettime_ns", (args, kw) => {
    parseTupleArgs("clock_gettime", args, kw, 1, 1);
    const id = cInt(args[0]);
    if (id === CLOCK_REALTIME || id === CLOCK_TAI) {
      return abs.call(d.getStr("time_ns")!, [], null);
    }
    return nsInt(clockSeconds(id) * 1e9);
  });
  def("clock_getres", (args, kw) => {
    parseTupleArgs("clock_getres", args, kw, 1, 1);
    clockSeconds(cInt(args[0]));
    return new PyFloat(1e-9);
  });
  for (const name of ["clock_settime", "clock_settime_ns"]) {
    def(name, (args, kw) => {
      parseTupleArgs(name, args, kw, 2, 2);
      clockSeconds(cInt(args[0]));
      errnoError(1);
    });
  }
  return m;
}
