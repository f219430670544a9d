// Message templates: `{name}` placeholders filled from a finding's data.

import type { Lang, Localized, MessageData } from './types';

export function format(template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

export function localize(l: Localized, data?: MessageData): Localized {
  return { ar: format(l.ar, data), en: format(l.en, data) };
}

export function pick(l: Localized, lang: Lang): string {
  return lang === 'en' ? l.en : l.ar;
}
