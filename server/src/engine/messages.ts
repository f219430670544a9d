// Message templates: `{name}` placeholders filled from a finding's data, and counts that agree
// with their number: `{count, plural, one {مرة واحدة} two {مرتين} few {# مرات} other {# مرة}}`
// (the ICU MessageFormat plural, a subset: the categories below, `other` when the one asked
// for is missing, `#` for the number as the data gives it, `{name}` placeholders inside).
// Arabic counts a noun by the number's last two digits: the dual alone for two, the plural
// after 3–10, the singular after 11–99 and after 0, 100, 1000 …

import type { Lang, Localized, MessageData } from './types';
import { detached } from './text/fold';

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** CLDR's plural category of the whole number `n` in `lang` (Arabic: zero, one, two, few 3–10, many 11–99, other). */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
  const i = Math.abs(Math.trunc(n));
  if (lang === 'en') return i === 1 && n === i ? 'one' : 'other';
  if (n !== Math.trunc(n)) return 'other';
  if (i === 0) return 'zero';
  if (i === 1) return 'one';
  if (i === 2) return 'two';
  const r = i % 100;
  if (r >= 3 && r <= 10) return 'few';
  if (r >= 11) return 'many';
  return 'other';
}

/** A value's number: Western or Arabic-Indic (٠-٩, ۰-۹) digits in a string count too, thousands separators aside (١٬٠٠٥، 1,005). */
function numberOf(v: string | number): number {
  if (typeof v === 'number') return v;
  const digits = v.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) & 0xf)).replace(/[\u066c,\s]/g, '');
  return digits === '' ? NaN : Number(digits);
}

/** A plural placeholder: the key it counts and, per category, its text (compiled). */
interface PluralSlot {
  key: string;
  options: Partial<Record<PluralCategory, Compiled>>;
}
/** [literal, slot, literal, slot, …, literal]; a slot is a key or a plural. */
type Compiled = Array<string | PluralSlot>;

/**
 * A template split at its placeholders, or null when it has none. Templates are the rules'
 * static messages, so each is split once (bounded: cleared when full) instead of scanned on
 * every finding.
 */
const compiled = new Map<string, Compiled | null>();
const COMPILED_LIMIT = 4096;
const CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

function compile(template: string): Compiled | null {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.includes('{') ? parse(template, 0, template.length) : null;
    if (parts && parts.length === 1) parts = null;
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

/** Where the brace opened at `open` closes (braces nest), or -1. */
function closing(s: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return i;
  }
  return -1;
}

const SIMPLE = /\{(\w+)\}/y;
const PLURAL = /\{\s*(\w+)\s*,\s*plural\s*,/y;
const OPTION = /\s*(\w+)\s*\{/y;

/** s[from, to) compiled; text that is no placeholder (a lone brace) stays literal. */
function parse(s: string, from: number, to: number): Compiled {
  const out: Compiled = [];
  let lit = '';
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 0x7b) {
      lit += s[i++];
      continue;
    }
    SIMPLE.lastIndex = i;
    const m = SIMPLE.exec(s);
    if (m && i + m[0].length <= to) {
      out.push(lit, m[1]);
      lit = '';
      i += m[0].length;
      continue;
    }
    PLURAL.lastIndex = i;
    const p = PLURAL.exec(s);
    const end = p ? closing(s, i, to) : -1;
    if (!p || end < 0) {
      lit += s[i++];
      continue;
    }
    const options: PluralSlot['options'] = {};
    let j = i + p[0].length;
    for (;;) {
      OPTION.lastIndex = j;
      const o = OPTION.exec(s);
      if (!o || o.index !== j || j >= end || !CATEGORIES.has(o[1])) break;
      const open = j + o[0].length - 1;
      const close = closing(s, open, end);
      if (close < 0) break;
      options[o[1] as PluralCategory] = parse(s, open + 1, close);
      j = close + 1;
    }
    out.push(lit, { key: p[1], options });
    lit = '';
    i = end + 1;
  }
  out.push(lit);
  return out;
}

function render(parts: Compiled, data: MessageData, lang: Lang, count?: string): string {
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (k % 2 === 0) {
      out += count === undefined ? part : (part as string).replaceAll('#', count);
    } else if (typeof part === 'string') {
      out += part in data ? String(data[part]) : '{' + part + '}';
    } else if (part.key in data) {
      const v = data[part.key];
      const option = part.options[pluralCategory(numberOf(v), lang)] ?? part.options.other;
      out += option ? render(option, data, lang, String(v)) : String(v);
    } else {
      out += '{' + part.key + '}';
    }
  }
  return out;
}

/** `template` (in `lang`, which decides a plural's category) with its placeholders filled from `data`. */
export function format(template: string, data: MessageData | undefined, lang: Lang): string {
  if (!data) return template;
  const parts = compile(template);
  if (parts === null) return template;
  return render(parts, data, lang);
}

/** The message in both languages with its placeholders filled from `data` (the template itself when it has none to fill); from `kept` when given. */
export function localize(l: Localized, data?: MessageData, kept?: FilledMessages): Localized {
  if (!data || (compile(l.ar) === null && compile(l.en) === null)) return l;
  return kept ? kept.fill(l, data) : { ar: format(l.ar, data, 'ar'), en: format(l.en, data, 'en') };
}

/**
 * Filled messages kept by template and data, for the checks of one draft as it is edited: a
 * rule reports the same message for the same word at every check, and it is then the same
 * object with the same strings (a changed draft's findings are compared with the last ones
 * sent, field by field: equal strings that are one string compare at once, and no new strings
 * are made). Kept with the draft's incremental checker, so they go when the draft is closed;
 * bounded per template (cleared when full).
 */
export class FilledMessages {
  private readonly byTemplate = new WeakMap<Localized, Map<string, Localized>>();

  fill(l: Localized, data: MessageData): Localized {
    let key = '';
    for (const k in data) key += `${k}\u0001${String(data[k])}\u0002`;
    let m = this.byTemplate.get(l);
    if (!m) this.byTemplate.set(l, (m = new Map()));
    let out = m.get(key);
    if (!out) {
      // (strings of their own: a word of the draft in one would otherwise hold on to the whole
      // text of the version it was read from, for as long as the message is kept)
      out = { ar: detached(format(l.ar, data, 'ar')), en: detached(format(l.en, data, 'en')) };
      if (m.size >= FILLED_LIMIT) m.clear();
      m.set(detached(key), out);
    }
    return out;
  }
}

const FILLED_LIMIT = 4096;

export function pick(l: Localized, lang: Lang): string {
  return lang === 'en' ? l.en : l.ar;
}

/**
 * An option's description in a rule's options schema, in both languages: `description` in
 * English (what JSON tools show), `markdownDescription` (what VS Code shows when completing
 * and hovering in a house-style file) English then Arabic, as every other part of the
 * house-style schema has it.
 */
export function optionDoc(l: Localized): { description: string; markdownDescription: string } {
  return { description: l.en, markdownDescription: `${l.en}\n\n${l.ar}` };
}
