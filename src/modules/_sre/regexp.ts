// SRE code to a JavaScript RegExp, where the two are provably the same matcher. V8's compiled
// RegExps are far faster than the SRE interpreter in engine.ts, so _sre.ts runs a pattern's
// RegExp when `translate` gives one and the engine otherwise; the choice never changes a result.
//
// The translation works on the SRE code (what re._compiler emits), op by op, so it inherits the
// compiler's decisions (IGNORECASE folding, ASCII/UNICODE categories, MULTILINE anchors). Each op
// becomes the JS construct that matches exactly the same characters and positions, using the
// engine's own predicates where the sets are computed here (case folding). The `v` flag makes JS
// work on code points, as the engine does. What JS cannot do the same way is refused:
//   - backreferences and GROUPREF_EXISTS: an unset group fails in SRE, matches empty in JS;
//   - atomic groups and possessive repeats: JS has neither;
//   - LOCALE ops: they depend on the C locale;
//   - a REPEAT body that can match empty: SRE accepts an empty iteration, JS rejects it;
//   - a group inside a REPEAT body that is not set on every iteration: JS clears a repeated
//     group's captures at each iteration, SRE keeps the last value;
//   - groups inside lookarounds: JS matches lookbehind right to left (other captures), and
//     Match.lastindex is computed below assuming marks are set left to right.
import {
  asciiLower,
  At,
  Cat,
  inCharset,
  MAXREPEAT,
  Op,
  unicodeLower,
  unicodeUpper,
} from "./engine.ts";

/** A pattern's RegExps and what _sre.ts needs to turn their results into SRE's. */
export interface Translation {
  /** The pattern from any position on (`g`). */
  search: RegExp;
  /** The pattern exactly at lastIndex (`y`). */
  match: RegExp;
  /** The pattern exactly at lastIndex, ending at the end of input. */
  fullmatch: RegExp;
  /**
   * `match` and `fullmatch` with group indices (`d`), run again where a match was found when
   * its group spans are asked for: `d` costs on every match, and most uses need no spans.
   */
  matchSpans: RegExp;
  fullmatchSpans: RegExp;
  /** Whether it can match the empty string (must_advance then needs the engine). */
  canBeEmpty: boolean;
  /** Whether it has \b or \B (SRE: neither holds where endpos is 0). */
  hasBoundary: boolean;
  /** Per group, the code index of its closing MARK: the order marks close at one position. */
  closeOrder: Int32Array;
}

class Refused extends Error {}

function refuse(why: string): never {
  throw new Refused(why);
}

/** The reason the last `translate` returned null (for tests and debugging). */
export let lastRefusal = "";

/** Translates `code` (a Pattern's SRE code with `groups` groups), or null where refused. */
export function translate(code: Uint32Array, groups: number): Translation | null {
  try {
    const t = new Translator(code);
    const body = t.seq(0, code.length - 1, -1);
    if (code[body.next] !== Op.SUCCESS || t.nextGroup !== groups + 1) refuse("unexpected code");
    const full = `(?:${body.src})$`;
    const closeOrder = new Int32Array(groups + 1);
    for (const [g, pc] of t.closes) closeOrder[g] = pc;
    return {
      search: new RegExp(body.src, "gv"),
      match: new RegExp(body.src, "yv"),
      fullmatch: new RegExp(full, "yv"),
      matchSpans: new RegExp(body.src, "ydv"),
      fullmatchSpans: new RegExp(full, "ydv"),
      canBeEmpty: body.min === 0,
      hasBoundary: t.hasBoundary,
      closeOrder,
    };
  } catch (e) {
    // A SyntaxError too: a construct V8 will not compile (a huge repeat count).
    if (!(e instanceof Refused) && !(e instanceof SyntaxError)) throw e;
    lastRefusal = e.message;
    return null;
  }
}

/** A translated piece of code: its JS source, widths, and groups. */
interface Piece {
  src: string;
  min: number;
  max: number;
  /** The groups opened inside it. */
  groups: number[];
  /** Those set whenever it matches. */
  always: number[];
  /** Where the code after it starts. */
  next: number;
}

class Translator {
  nextGroup = 1;
  closes: [number, number][] = [];
  hasBoundary = false;
  assertDepth = 0;
  constructor(readonly code: Uint32Array) {}

  /** The ops from pc up to `end` (or to the MARK `closeMark`, or a SUCCESS/UNTIL/JUMP). */
  seq(pc: number, end: number, closeMark: number): Piece {
    const code = this.code;
    const parts: string[] = [];
    let min = 0, max = 0;
    const groups: number[] = [], always: number[] = [];
    const add = (p: Piece) => {
      parts.push(p.src);
      min += p.min;
      max += p.max;
      groups.push(...p.groups);
      always.push(...p.always);
      pc = p.next;
    };
    const one = (src: string, next: number) =>
      add({ src, min: 1, max: 1, groups: [], always: [], next });
    const zero = (src: string, next: number) =>
      add({ src, min: 0, max: 0, groups: [], always: [], next });
    while (pc < end) {
      const op = code[pc];
      switch (op) {
        case Op.SUCCESS:
        case Op.JUMP:
        case Op.MAX_UNTIL:
        case Op.MIN_UNTIL:
          if (closeMark >= 0) refuse("unclosed group");
          return { src: parts.join(""), min, max, groups, always, next: pc };
        case Op.INFO:
          pc += code[pc + 1] + 1;
          break;
        case Op.ANY:
          one("[^\\n]", pc + 1);
          break;
        case Op.ANY_ALL:
          one("[\\s\\S]", pc + 1);
          break;
        case Op.LITERAL:
          one(char(code[pc + 1]), pc + 2);
          break;
        case Op.NOT_LITERAL:
          one(`[^${char(code[pc + 1])}]`, pc + 2);
          break;
        case Op.LITERAL_IGNORE:
        case Op.LITERAL_UNI_IGNORE:
        case Op.NOT_LITERAL_IGNORE:
        case Op.NOT_LITERAL_UNI_IGNORE: {
          const uni = op === Op.LITERAL_UNI_IGNORE || op === Op.NOT_LITERAL_UNI_IGNORE;
          const neg = op === Op.NOT_LITERAL_IGNORE || op === Op.NOT_LITERAL_UNI_IGNORE;
          const chars = uni ? lowerPreimage(code[pc + 1]) : asciiLowerPreimage(code[pc + 1]);
          one(`[${neg ? "^" : ""}${chars.map(char).join("")}]`, pc + 2);
          break;
        }
        case Op.CATEGORY:
          one(category(code[pc + 1]), pc + 2);
          break;
        case Op.IN:
        case Op.IN_IGNORE:
        case Op.IN_UNI_IGNORE:
          one(this.charset(op, pc + 2), pc + 1 + code[pc + 1]);
          break;
        case Op.AT:
          zero(this.at(code[pc + 1]), pc + 2);
          break;
        case Op.MARK: {
          const m = code[pc + 1];
          if (m === closeMark) {
            return { src: parts.join(""), min, max, groups, always, next: pc + 2 };
          }
          const g = (m >> 1) + 1;
          if (m & 1 || g !== this.nextGroup) refuse("groups out of order");
          if (this.assertDepth > 0) refuse("group in a lookaround");
          this.nextGroup++;
          const inner = this.seq(pc + 2, end, m + 1);
          this.closes.push([g, inner.next - 2]);
          add({
            ...inner,
            src: `(${inner.src})`,
            groups: [g, ...inner.groups],
            always: [g, ...inner.always],
          });
          break;
        }
        case Op.BRANCH: {
          const alts: string[] = [];
          let amin = Infinity, amax = 0;
          const bgroups: number[] = [];
          let alt = pc + 1;
          while (code[alt] !== 0) {
            const p = this.seq(alt + 1, alt + code[alt], -1);
            if (code[p.next] !== Op.JUMP || p.next !== alt + code[alt] - 2) refuse("odd branch");
            alts.push(p.src);
            amin = Math.min(amin, p.min);
            amax = Math.max(amax, p.max);
            bgroups.push(...p.groups);
            alt += code[alt];
          }
          add({
            src: `(?:${alts.join("|")})`,
            min: amin === Infinity ? 0 : amin,
            max: amax,
            groups: bgroups,
            always: [],
            next: alt + 1,
          });
          break;
        }
        case Op.REPEAT_ONE:
        case Op.MIN_REPEAT_ONE:
        case Op.REPEAT: {
          const lo = code[pc + 2], hi = code[pc + 3];
          const bodyEnd = pc + 1 + code[pc + 1] - (op === Op.REPEAT ? 0 : 1);
          const body = this.seq(pc + 4, bodyEnd, -1);
          if (body.next !== bodyEnd) refuse("odd repeat");
          const lazy = op === Op.MIN_REPEAT_ONE || code[bodyEnd] === Op.MIN_UNTIL;
          if (body.min === 0) refuse("repeat of what can match empty");
          if (body.groups.some((g) => !body.always.includes(g))) {
            refuse("repeated group not set on every iteration");
          }
          add({
            src: `(?:${body.src})${quantifier(lo, hi)}${lazy ? "?" : ""}`,
            min: lo * body.min,
            max: hi === MAXREPEAT ? Infinity : hi * body.max,
            groups: body.groups,
            always: lo > 0 ? body.always : [],
            next: bodyEnd + 1,
          });
          break;
        }
        case Op.ASSERT:
        case Op.ASSERT_NOT: {
          const back = code[pc + 2];
          this.assertDepth++;
          const body = this.seq(pc + 3, pc + code[pc + 1], -1);
          this.assertDepth--;
          if (code[body.next] !== Op.SUCCESS) refuse("odd assertion");
          // A look-behind is fixed-width (the compiler checked); JS matches it right to left,
          // which finds the same set of matches when nothing in it is captured.
          if (back > 0 && (body.min !== back || body.max !== back)) refuse("look-behind width");
          const kind = (back > 0 ? "?<" : "?") + (op === Op.ASSERT ? "=" : "!");
          zero(`(${kind}${body.src})`, pc + 1 + code[pc + 1]);
          break;
        }
        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_EXISTS:
          refuse("backreference");
          break;
        case Op.ATOMIC_GROUP:
        case Op.POSSESSIVE_REPEAT:
        case Op.POSSESSIVE_REPEAT_ONE:
          refuse("atomic group or possessive repeat");
          break;
        default:
          refuse(`op ${op}`);
      }
    }
    if (closeMark >= 0) refuse("unclosed group");
    return { src: parts.join(""), min, max, groups, always, next: pc };
  }

  /** The set at code[pc...] (ended by FAILURE) of an IN op, folded as the op folds. */
  charset(op: number, pc: number): string {
    const set = setClass(this.code, pc);
    if (op === Op.IN) return set;
    // The op tests the set at lower(c): a character that lowering leaves alone is tested as
    // itself; the others are listed when their lowercase is in the set.
    const changed = op === Op.IN_IGNORE ? ASCII_UPPER : lowerTables().changed;
    const lower = op === Op.IN_IGNORE ? asciiLower : unicodeLower;
    const hits = changed.filter((c) => inCharset(this.code, pc, lower(c)));
    return `[[${set}--${ranges(changed)}]${ranges(hits)}]`;
  }

  at(kind: number): string {
    switch (kind) {
      case At.BEGINNING:
      case At.BEGINNING_STRING:
        return "^";
      case At.BEGINNING_LINE:
        return "(?<![^\\n])";
      case At.END:
        return "(?=\\n?$)";
      case At.END_LINE:
        return "(?![^\\n])";
      case At.END_STRING:
        return "$";
      case At.BOUNDARY:
      case At.NON_BOUNDARY:
        // Without the `i` flag JS's word characters are ASCII's, as SRE's.
        this.hasBoundary = true;
        return kind === At.BOUNDARY ? "\\b" : "\\B";
      case At.UNI_BOUNDARY:
        this.hasBoundary = true;
        return `(?:(?<=${UNI_WORD})(?!${UNI_WORD})|(?<!${UNI_WORD})(?=${UNI_WORD}))`;
      case At.UNI_NON_BOUNDARY:
        this.hasBoundary = true;
        return `(?:(?<=${UNI_WORD})(?=${UNI_WORD})|(?<!${UNI_WORD})(?!${UNI_WORD}))`;
    }
    refuse("locale anchor");
  }
}

function quantifier(lo: number, hi: number): string {
  if (hi === MAXREPEAT) return lo === 0 ? "*" : lo === 1 ? "+" : `{${lo},}`;
  if (lo === 0 && hi === 1) return "?";
  return lo === hi ? `{${lo}}` : `{${lo},${hi}}`;
}

/** One code point as a JS pattern character (inside or outside a class, `v` flag). */
function char(c: number): string {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
    return String.fromCharCode(c);
  }
  return `\\u{${c.toString(16)}}`;
}

/** A class of the given code points (sorted or not), as ranges. */
function ranges(cs: number[]): string {
  const s = [...cs].sort((a, b) => a - b);
  let out = "";
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] <= s[j] + 1) j++;
    out += s[i] === s[j] ? char(s[i]) : `${char(s[i])}-${char(s[j])}`;
    i = j + 1;
  }
  return `[${out}]`;
}

// The engine's categories (engine.ts's category()), as classes. ASCII's \p{L} is A-Za-z, its
// \p{Nd} 0-9, and it has no \p{Nl} or \p{No}; JS's \s is Unicode's White_Space less U+0085 and
// plus U+FEFF, where str.isspace() has U+001C-U+001F and U+0085 and not U+FEFF.
const UNI_WORD = "[_\\p{L}\\p{Nl}\\p{Nd}\\p{No}]";
const UNI_SPACE = "[[\\s\\u{1c}-\\u{1f}\\u{85}]--\\u{feff}]";
const UNI_LINEBREAK = "[\\n-\\r\\u{1c}-\\u{1e}\\u{85}\\u{2028}\\u{2029}]";

function category(cat: number): string {
  switch (cat) {
    case Cat.DIGIT:
      return "[0-9]";
    case Cat.NOT_DIGIT:
      return "[^0-9]";
    case Cat.SPACE:
      return "[\\t-\\r\\u{20}]";
    case Cat.NOT_SPACE:
      return "[^\\t-\\r\\u{20}]";
    case Cat.WORD:
      return "[0-9A-Za-z_]";
    case Cat.NOT_WORD:
      return "[^0-9A-Za-z_]";
    case Cat.LINEBREAK:
      return "\\n";
    case Cat.NOT_LINEBREAK:
      return "[^\\n]";
    case Cat.UNI_DIGIT:
      return "\\p{Nd}";
    case Cat.UNI_NOT_DIGIT:
      return "\\P{Nd}";
    case Cat.UNI_SPACE:
      return UNI_SPACE;
    case Cat.UNI_NOT_SPACE:
      return `[^${UNI_SPACE}]`;
    case Cat.UNI_WORD:
      return UNI_WORD;
    case Cat.UNI_NOT_WORD:
      return `[^${UNI_WORD}]`;
    case Cat.UNI_LINEBREAK:
      return UNI_LINEBREAK;
    case Cat.UNI_NOT_LINEBREAK:
      return `[^${UNI_LINEBREAK}]`;
  }
  refuse("locale category");
}

/** The set coded at code[pc...] (as engine.ts's inCharset reads it) as a `v` class. */
function setClass(code: Uint32Array, pc: number): string {
  let neg = false;
  const items: string[] = [];
  const bits = (at: number, base: number, n: number) => {
    const cs: number[] = [];
    for (let i = 0; i < n; i++) if (code[at + (i >> 5)] & (1 << (i & 31))) cs.push(base + i);
    if (cs.length > 0) items.push(ranges(cs));
  };
  for (let first = true;; first = false) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return `[${neg ? "^" : ""}${items.join("")}]`;
      case Op.NEGATE:
        if (!first) refuse("NEGATE inside a set");
        neg = true;
        break;
      case Op.LITERAL:
        items.push(char(code[pc++]));
        break;
      case Op.CATEGORY:
        items.push(category(code[pc++]));
        break;
      case Op.RANGE:
        items.push(`${char(code[pc])}-${char(code[pc + 1])}`);
        pc += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        // lo <= c <= hi, or lo <= upper(c) <= hi.
        const lo = code[pc], hi = code[pc + 1];
        pc += 2;
        items.push(`${char(lo)}-${char(hi)}`);
        const { upper } = lowerTables();
        const cs = [...upper].filter(([, u]) => lo <= u && u <= hi).map(([c]) => c);
        if (cs.length > 0) items.push(ranges(cs));
        break;
      }
      case Op.CHARSET:
        bits(pc, 0, 256);
        pc += 8;
        break;
      case Op.BIGCHARSET: {
        // 256 block numbers (bytes) for the BMP's 256-character chunks, then the blocks.
        const count = code[pc++];
        const cs: number[] = [];
        for (let hi = 0; hi < 256; hi++) {
          const block = (code[pc + (hi >> 2)] >>> ((hi & 3) * 8)) & 255;
          const at = pc + 64 + block * 8;
          for (let lo = 0; lo < 256; lo++) {
            if (code[at + (lo >> 5)] & (1 << (lo & 31))) cs.push(hi * 256 + lo);
          }
        }
        if (cs.length > 0) items.push(ranges(cs));
        pc += 64 + count * 8;
        break;
      }
      default:
        refuse("set op");
    }
  }
}

const ASCII_UPPER = Array.from({ length: 26 }, (_, i) => 65 + i);

function asciiLowerPreimage(lit: number): number[] {
  const out = asciiLower(lit) === lit ? [lit] : [];
  if (lit >= 97 && lit <= 122) out.push(lit - 32);
  return out;
}

/** The characters c with unicodeLower(c) === lit. */
function lowerPreimage(lit: number): number[] {
  const out = unicodeLower(lit) === lit ? [lit] : [];
  return out.concat(lowerTables().preimage.get(lit) ?? []);
}

interface LowerTables {
  /** The characters that unicodeLower changes, ascending. */
  changed: number[];
  /** lower -> the characters that lower to it (other than itself). */
  preimage: Map<number, number[]>;
  /** The characters that unicodeUpper changes, with their uppercase. */
  upper: Map<number, number>;
}

let tables: LowerTables | null = null;

/**
 * The engine's case mappings, inverted, made once. Cased characters all lie below U+20000
 * (planes 2 and up hold ideographs, tags and private use). A 256-character chunk that
 * toLowerCase and toUpperCase leave as it is has none the engine's mappings change (they take
 * the first character of the same full mappings), so only the other chunks are looked at.
 */
function lowerTables(): LowerTables {
  if (tables !== null) return tables;
  const changed: number[] = [], preimage = new Map<number, number[]>();
  const upper = new Map<number, number>();
  const units = new Uint16Array(512);
  for (let base = 0; base < 0x20000; base += 256) {
    // Surrogates have no case.
    if (base >= 0xd800 && base < 0xe000) continue;
    let n = 0;
    for (let c = base; c < base + 256; c++) {
      if (c < 0x10000) units[n++] = c;
      else {
        units[n++] = 0xd800 + ((c - 0x10000) >> 10);
        units[n++] = 0xdc00 + ((c - 0x10000) & 0x3ff);
      }
    }
    const chunk = String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
    if (chunk.toLowerCase() === chunk && chunk.toUpperCase() === chunk) continue;
    for (let c = base; c < base + 256; c++) {
      const l = unicodeLower(c), u = unicodeUpper(c);
      if (l !== c) {
        changed.push(c);
        const list = preimage.get(l);
        if (list) list.push(c);
        else preimage.set(l, [c]);
      }
      if (u !== c) upper.set(c, u);
    }
  }
  return tables = { changed, preimage, upper };
}
