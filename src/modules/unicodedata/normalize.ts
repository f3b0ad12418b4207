// Unicode normalization (UAX #15) from the 14.0.0 data in database.ts, not from
// String.prototype.normalize: V8's ICU follows a later Unicode, which decomposes characters
// that 14.0.0 (and so CPython 3.11) leaves unassigned.
import {
  combining,
  type Database,
  L_BASE,
  L_COUNT,
  N_COUNT,
  newSince3_2,
  S_BASE,
  S_COUNT,
  T_BASE,
  T_COUNT,
  V_BASE,
  V_COUNT,
} from "./database.ts";

interface Tables {
  canonical: Map<number, number[]>;
  compat: Map<number, number[]>;
  /** (first * 0x110000 + second) -> primary composite. */
  compose: Map<number, number>;
}

let tables: Tables | undefined;

function build(d: Database): Tables {
  const canonical = new Map<number, number[]>();
  const compat = new Map<number, number[]>();
  for (const [cp, text] of d.decompositions) {
    const parts = text.split(" ");
    const tagged = parts[0].startsWith("<");
    const cps = (tagged ? parts.slice(1) : parts).map((h) => parseInt(h, 16));
    compat.set(cp, cps);
    if (!tagged) canonical.set(cp, cps);
  }
  // Full_Composition_Exclusion: the listed exclusions, singletons and non-starter
  // decompositions never recompose.
  const excluded = new Set(d.compositionExclusions);
  const compose = new Map<number, number>();
  for (const [cp, cps] of canonical) {
    if (excluded.has(cp) || cps.length !== 2) continue;
    if (combining(d, cp) !== 0 || combining(d, cps[0]) !== 0) continue;
    compose.set(cps[0] * 0x110000 + cps[1], cp);
  }
  return { canonical, compat, compose };
}

function decompose(d: Database, t: Tables, s: string, compat: boolean, old: boolean): number[] {
  const map = compat ? t.compat : t.canonical;
  const out: number[] = [];
  const push = (cp: number) => {
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
      const si = cp - S_BASE;
      out.push(L_BASE + Math.floor(si / N_COUNT), V_BASE + Math.floor((si % N_COUNT) / T_COUNT));
      if (si % T_COUNT !== 0) out.push(T_BASE + si % T_COUNT);
      return;
    }
    if (old) {
      // ucd_3_2_0: characters unassigned in 3.2 stay; corrected mappings keep their old value.
      if (newSince3_2(d, cp)) return void out.push(cp);
      const corrected = d.corrections3_2.get(cp);
      if (corrected !== undefined) return push(corrected);
    }
    const parts = map.get(cp);
    if (parts === undefined) return void out.push(cp);
    for (const p of parts) push(p);
  };
  for (const ch of s) push(ch.codePointAt(0)!);
  return reorder(d, out);
}

/** Canonical ordering (insertion sort, stable, within runs of non-zero classes). */
function reorder(d: Database, cps: number[]): number[] {
  for (let i = 1; i < cps.length; i++) {
    const cp = cps[i], c = combining(d, cp);
    if (c === 0) continue;
    let j = i;
    while (j > 0) {
      const pc = combining(d, cps[j - 1]);
      if (pc === 0 || pc <= c) break;
      cps[j] = cps[j - 1];
      j--;
    }
    cps[j] = cp;
  }
  return cps;
}

function composeAll(d: Database, t: Tables, cps: number[], old: boolean): number[] {
  if (cps.length === 0) return cps;
  const out: number[] = [];
  let starter = -1; // index in out of the last starter
  let lastClass = 0; // class of the last character kept after it
  for (const cp of cps) {
    const c = combining(d, cp);
    const adjacent = out.length - 1 === starter;
    // Not blocked: nothing between, or everything between has a lower, non-zero class.
    if (starter >= 0 && (adjacent || (lastClass !== 0 && lastClass < c))) {
      const s = out[starter];
      let composite: number | undefined;
      if (s >= L_BASE && s < L_BASE + L_COUNT && cp >= V_BASE && cp < V_BASE + V_COUNT) {
        composite = S_BASE + ((s - L_BASE) * V_COUNT + (cp - V_BASE)) * T_COUNT;
      } else if (
        s >= S_BASE && s < S_BASE + S_COUNT && (s - S_BASE) % T_COUNT === 0 &&
        cp > T_BASE && cp < T_BASE + T_COUNT
      ) {
        composite = s + (cp - T_BASE);
      } else {
        composite = t.compose.get(s * 0x110000 + cp);
        if (composite !== undefined && old && newSince3_2(d, composite)) composite = undefined;
      }
      if (composite !== undefined) {
        out[starter] = composite;
        continue;
      }
    }
    if (c === 0) {
      starter = out.length;
      lastClass = 0;
    } else {
      lastClass = c;
    }
    out.push(cp);
  }
  return out;
}

export type Form = "NFC" | "NFKC" | "NFD" | "NFKD";

export function isForm(s: string): s is Form {
  return s === "NFC" || s === "NFKC" || s === "NFD" || s === "NFKD";
}

/** normalize(form, s); `old` is ucd_3_2_0. */
export function normalize(d: Database, form: Form, s: string, old: boolean): string {
  // Nothing below U+00C0 decomposes or composes, and no combining class is non-zero there.
  if (!/[^\0-\xbf]/.test(s) && (form === "NFC" || form === "NFD")) return s;
  if (!/[^\0-\x9f]/.test(s)) return s;
  tables ??= build(d);
  const compat = form === "NFKC" || form === "NFKD";
  let cps = decompose(d, tables, s, compat, old);
  if (form === "NFC" || form === "NFKC") cps = composeAll(d, tables, cps, old);
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) {
    out += String.fromCodePoint(...cps.slice(i, i + 4096));
  }
  return out;
}
