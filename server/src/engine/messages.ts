// Message templates: `{name}` placeholders filled from a finding's data.

import type { Lang, Localized, MessageData } from './types';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A template split at its placeholders: [literal, key, literal, key, …, literal], or null
 * when it has none. Templates are the rules' static messages, so each is split once
 * (bounded: cleared when full) instead of running the placeholder regex on every finding.
 */
const compiled = new Map<string, string[] | null>();
const COMPILED_LIMIT = 4096;

function compile(template: string): string[] | null {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = null;
    PLACEHOLDER.lastIndex = 0;
    let last = 0;
    for (let m = PLACEHOLDER.exec(template); m; m = PLACEHOLDER.exec(template)) {
      (parts ??= []).push(template.slice(last, m.index), m[1]);
      last = m.index + m[0].length;
    }
    if (parts) parts.push(template.slice(last));
    if (compiled.size >= COMPILED_LIMIT) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

export function format(template: string, data?: MessageData): string {
  if (!data) return template;
  const parts = compile(template);
  if (parts === null) return template;
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const key = parts[k];
    out += (key in data ? String(data[key]) : '{' + key + '}') + parts[k + 1];
  }
  return out;
}

/** The message in both languages with its placeholders filled from `data` (the template itself when it has none to fill); from `kept` when given. */
export function localize(l: Localized, data?: MessageData, kept?: FilledMessages): Localized {
  if (!data || (compile(l.ar) === null && compile(l.en) === null)) return l;
  return kept ? kept.fill(l, data) : { ar: format(l.ar, data), en: format(l.en, data) };
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
      out = { ar: format(l.ar, data), en: format(l.en, data) };
      if (m.size >= FILLED_LIMIT) m.clear();
      m.set(key, out);
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
