// Reading `mudaqqiq.*` settings: every value is checked; a bad value falls back to the
// layer below and is reported once (never thrown).

import type { Lang, ResolvedConfig, RuleSetting } from '../engine';
import {
  DEFAULT_SETTINGS,
  type MessagesLanguageSetting,
  type MudaqqiqSettings,
  type RuleSeveritySetting,
  type RunSetting,
} from './protocol';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];
const MAX_DEBOUNCE = 10_000;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Overlay the valid keys of `raw` (an untrusted settings object) on `base`.
 * `problems` receives one line per rejected value.
 */
export function overlaySettings(base: MudaqqiqSettings, raw: unknown, problems: string[] = []): MudaqqiqSettings {
  const out: MudaqqiqSettings = { ...base, languages: [...base.languages], rules: { ...base.rules } };
  if (!isObject(raw)) return out;
  const bad = (key: string, v: unknown) => problems.push(`mudaqqiq.${key}: ignoring invalid value ${JSON.stringify(v)}`);
  for (const [key, v] of Object.entries(raw)) {
    if (v === undefined || v === null) continue;
    switch (key) {
      case 'enable':
        if (typeof v === 'boolean') out.enable = v;
        else bad(key, v);
        break;
      case 'languages':
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out.languages = [...(v as string[])];
        else bad(key, v);
        break;
      case 'run':
        if (v === 'onType' || v === 'onSave') out.run = v as RunSetting;
        else bad(key, v);
        break;
      case 'messagesLanguage':
        if (v === 'auto' || v === 'ar' || v === 'en') out.messagesLanguage = v as MessagesLanguageSetting;
        else bad(key, v);
        break;
      case 'debounceMs':
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out.debounceMs = Math.min(Math.floor(v), MAX_DEBOUNCE);
        else bad(key, v);
        break;
      case 'maxFileSize':
        if (typeof v === 'number' && Number.isFinite(v) && v > 0) out.maxFileSize = Math.floor(v);
        else bad(key, v);
        break;
      case 'maxProblems':
        if (typeof v === 'number' && Number.isFinite(v) && v >= 1) out.maxProblems = Math.floor(v);
        else bad(key, v);
        break;
      case 'rules':
        if (isObject(v)) {
          const rules: Record<string, RuleSeveritySetting> = {};
          for (const [id, sev] of Object.entries(v)) {
            if (typeof sev === 'string' && SEVERITIES.includes(sev)) rules[id] = sev as RuleSeveritySetting;
            else bad(`rules.${id}`, sev);
          }
          out.rules = { ...out.rules, ...rules };
        } else bad(key, v);
        break;
      default:
        // unknown keys (and `workspaceTrusted` in initializationOptions) are not settings
        break;
    }
  }
  return out;
}

export function defaultSettings(): MudaqqiqSettings {
  return overlaySettings(DEFAULT_SETTINGS as MudaqqiqSettings, undefined);
}

/** The house style's config with the user's `mudaqqiq.rules` severities laid over it. */
export function withRuleOverrides(config: ResolvedConfig, rules: Record<string, RuleSeveritySetting>): ResolvedConfig {
  const ids = Object.keys(rules);
  if (ids.length === 0) return config;
  const merged: ResolvedConfig = { ...config, rules: { ...config.rules }, categories: { ...(config.categories ?? {}) } };
  for (const id of ids) {
    const severity = rules[id];
    if (id.startsWith('category:')) {
      (merged.categories as Record<string, RuleSeveritySetting>)[id.slice('category:'.length)] = severity;
    } else {
      const prev: RuleSetting | undefined = config.rules[id];
      merged.rules[id] = prev?.options ? { severity, options: prev.options } : { severity };
    }
  }
  return merged;
}

/** UTF-8 size of a string without allocating, short-circuiting when the answer is obvious. */
export function exceedsUtf8Bytes(text: string, max: number): boolean {
  if (text.length > max) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= max) return false; // and at most three
  return Buffer.byteLength(text, 'utf8') > max;
}

/**
 * The message language: an explicit `ar`/`en` setting; for `auto`, the house-style file's
 * `language`, else the client's UI locale (`ar…` → Arabic, any other locale → English),
 * else — a client that sends no locale — Arabic.
 */
export function resolveMessagesLanguage(setting: MessagesLanguageSetting, houseStyle: Lang | undefined, locale: string | undefined): Lang {
  if (setting === 'ar' || setting === 'en') return setting;
  if (houseStyle) return houseStyle;
  if (!locale) return 'ar';
  return locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}
