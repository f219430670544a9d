// The house-style file's shape: TypeScript types (presets are written in them) and the JSON
// Schema the loader validates sections with and `scripts/gen-schema.ts` writes out for
// editors (schema/mudaqqiq.schema.json).

import { CATEGORIES, type JsonSchema, type Rule, type SeveritySetting } from '../engine/types';
import { CATALOGUE, CATEGORY_NAMES } from './catalogue';
import { BLANK, NOT_BLANK } from './schema-validate';

export type RuleValue = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface NameInput {
  canonical: string;
  variants?: string[];
  title?: string;
  role?: string;
  specs?: Array<{ from: string; to: string }>;
}

export interface WordLists {
  accepted?: string[];
  leftoverPhrases?: string[];
  honorifics?: string[];
  reportingVerbs?: string[];
}

export interface HouseStyleFile {
  $schema?: string;
  extends?: string | string[];
  language?: 'ar' | 'en';
  rules?: Record<string, RuleValue>;
  names?: NameInput[];
  namesFiles?: string | string[];
  words?: WordLists;
  ignore?: { files?: string[]; findings?: Array<{ rule: string; text?: string; file?: string }> };
}

export const PRESET_NAMES = ['recommended', 'egyptian-press', 'pan-arab', 'strict'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const TOP_LEVEL_KEYS = ['$schema', 'extends', 'language', 'rules', 'names', 'namesFiles', 'words', 'ignore'] as const;

const PRESET_DESCRIPTIONS: Record<PresetName, { ar: string; en: string }> = {
  recommended: { ar: 'الإعدادات الافتراضية لكل القواعد (التدقيق المعجمي معطّل)', en: 'Every rule at its default (the spelling lexicon off)' },
  'egyptian-press': {
    ar: 'الصحافة المصرية: الياء النهائية ى (فى، المصرى)، أرقام غربية، علامات تنصيص «»',
    en: 'Egyptian press: final ى (فى، المصرى), Western digits, «» quotes',
  },
  'pan-arab': { ar: 'الصحافة العربية العامة: الياء النهائية ي، أرقام هندية (٠-٩)', en: 'Pan-Arab standard: final ي, Arabic-Indic digits (٠-٩)' },
  strict: { ar: 'كل القواعد مفعّلة، ومنها المعطّلة افتراضيا', en: 'Every rule on, including those off by default' },
};

function both(l: { ar: string; en: string }): { description: string; markdownDescription: string } {
  return { description: l.en, markdownDescription: `${l.en}\n\n${l.ar}` };
}

export const SEVERITY_SCHEMA: JsonSchema = {
  type: 'string',
  enum: ['off', 'error', 'warning', 'info', 'hint'],
  ...both({ ar: 'الدرجة: off للتعطيل، أو error أو warning أو info أو hint', en: 'Severity: off, or error, warning, info, hint' }),
  markdownEnumDescriptions: [
    'Switched off — معطّلة',
    'Error — خطأ',
    'Warning — تحذير',
    'Information — معلومة',
    'Hint (faint) — تلميح',
  ],
};

const nonEmpty: JsonSchema = { type: 'string', minLength: 1 };
/** Not empty and not only spaces (the loader trims, and a blank name would be dropped). */
const nonBlank: JsonSchema = { ...nonEmpty, pattern: NOT_BLANK, patternErrorMessage: `${BLANK.en} — ${BLANK.ar}` };

export const NAME_ENTRY_SCHEMA: JsonSchema = {
  type: 'object',
  ...both({ ar: 'اسم في قائمة الأسماء: الصيغة المعتمدة وصيغها الخاطئة المعروفة', en: 'A names-list entry: the canonical spelling and its known wrong variants' }),
  required: ['canonical'],
  additionalProperties: false,
  properties: {
    canonical: { ...nonBlank, ...both({ ar: 'الصيغة المعتمدة (عمرو طلعت)', en: 'The canonical spelling (عمرو طلعت)' }) },
    variants: {
      type: 'array',
      items: nonEmpty,
      ...both({ ar: 'الصيغ الخاطئة المعروفة (عمر طلعت، عمرو طلعة)', en: 'Known wrong spellings (عمر طلعت، عمرو طلعة)' }),
    },
    title: { type: 'string', ...both({ ar: 'اللقب (الدكتور)', en: 'Title (الدكتور)' }) },
    role: { type: 'string', ...both({ ar: 'الصفة عند أول ذكر', en: 'Role given at first mention' }) },
    specs: {
      type: 'array',
      ...both({ ar: 'أمثلة للتحقق الذاتي: from يصحَّح إلى to', en: 'Self-check examples: `from` is fixed to `to`' }),
      items: {
        type: 'object',
        required: ['from', 'to'],
        additionalProperties: false,
        properties: { from: nonEmpty, to: nonEmpty },
      },
    },
  },
};

const stringList = (l: { ar: string; en: string }): JsonSchema => ({ type: 'array', items: nonEmpty, ...both(l) });

export const WORDS_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  ...both({ ar: 'قوائم كلمات إضافية', en: 'Extra word lists' }),
  properties: {
    accepted: stringList({ ar: 'كلمات مقبولة لا تُعلَّم أبدا', en: 'Accepted words, never flagged' }),
    leftoverPhrases: stringList({ ar: 'عبارات بقايا المواقع (scrape-leftover)', en: 'Site-chrome phrases for scrape-leftover' }),
    honorifics: stringList({ ar: 'ألقاب تفخيم تُحذف (ornamental-honorific)', en: 'Ornamental honorifics to cut (ornamental-honorific)' }),
    reportingVerbs: stringList({ ar: 'أفعال إسناد إضافية (repeated-verb)', en: 'Extra reporting verbs (repeated-verb)' }),
  },
};

export const IGNORE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  ...both({ ar: 'ما لا يُدقَّق', en: 'What not to check' }),
  properties: {
    files: stringList({
      ar: 'أنماط ملفات لا تُدقَّق، نسبة إلى مجلد ملف دليل الأسلوب (archive/**)',
      en: 'Glob patterns of drafts not to check, relative to the house-style file’s folder (archive/**)',
    }),
    findings: {
      type: 'array',
      ...both({ ar: 'ملاحظات مخفية', en: 'Hidden findings' }),
      items: {
        type: 'object',
        required: ['rule'],
        additionalProperties: false,
        properties: {
          rule: { ...nonEmpty, ...both({ ar: 'معرّف القاعدة', en: 'Rule id' }) },
          text: { ...nonEmpty, ...both({ ar: 'النص الذي تغطيه الملاحظة؛ بدونه تُخفى كل ملاحظات القاعدة', en: 'The text the finding covers; without it every finding of the rule is hidden' }) },
          file: { ...nonEmpty, ...both({ ar: 'الملف أو نمط ملفات (نسبة إلى مجلد ملف دليل الأسلوب)؛ بدونه كل الملفات', en: 'The draft, or a glob of drafts (relative to the house-style file’s folder); without it every draft' }) },
        },
      },
    },
  },
};

/**
 * An `extends` entry that is not a preset is a file path when it has a / or \ or ends in
 * .json/.jsonc, in any case: the loader tests this, the schema has its source as `pattern`
 * (which takes no flags, hence the letter classes rather than /i).
 */
export const EXTENDS_PATH = /[\\/]|\.[jJ][sS][oO][nN][cC]?$/;

export const EXTENDS_ITEM_SCHEMA: JsonSchema = {
  anyOf: [
    { type: 'string', enum: [...PRESET_NAMES], markdownEnumDescriptions: PRESET_NAMES.map((p) => `${PRESET_DESCRIPTIONS[p].en}\n\n${PRESET_DESCRIPTIONS[p].ar}`) },
    { type: 'string', pattern: EXTENDS_PATH.source, ...both({ ar: 'مسار ملف دليل أسلوب آخر', en: 'Path to another house-style file' }) },
  ],
};

/** The JSON Schema of a rule's setting: a severity, or [severity, options]. */
export function ruleSettingSchema(optionsSchema: JsonSchema | undefined, doc: { ar: string; en: string }): JsonSchema {
  return {
    ...both(doc),
    anyOf: [
      { $ref: '#/definitions/severity' },
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [{ $ref: '#/definitions/severity' }, optionsSchema ?? { type: 'object' }],
      },
    ],
  };
}

/** The whole house-style schema, from the registered rules' metadata and the catalogue. */
export function buildHouseStyleSchema(rules: readonly Rule[]): JsonSchema {
  const ruleProps: Record<string, JsonSchema> = {};
  const registered = new Set<string>();
  for (const r of [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    registered.add(r.meta.id);
    const d = r.meta.docs.description;
    const sev = r.meta.defaultSeverity;
    const opts = JSON.stringify(r.meta.defaultOptions);
    ruleProps[r.meta.id] = ruleSettingSchema(r.meta.schema, {
      en: `${d.en} (${r.meta.category}; default: ${sev}${opts !== '{}' ? `, ${opts}` : ''}${r.meta.fixable ? '; fixable' : ''})`,
      ar: `${d.ar} (${CATEGORY_NAMES[r.meta.category].ar}؛ الافتراضي: ${sev})`,
    });
  }
  for (const id of Object.keys(CATALOGUE).sort()) {
    if (registered.has(id)) continue;
    ruleProps[id] = ruleSettingSchema(undefined, {
      en: `${id} (${CATALOGUE[id]}): not in this version yet; the setting is kept and takes effect when the rule lands`,
      ar: `${id}: ليست في هذا الإصدار بعد؛ يُحفظ الإعداد ويسري حين تُضاف القاعدة`,
    });
  }
  for (const c of CATEGORIES) {
    ruleProps[`category:${c}`] = { $ref: '#/definitions/severity', ...both({ ar: `فئة ${CATEGORY_NAMES[c].ar} كلها`, en: `The whole ${CATEGORY_NAMES[c].en.toLowerCase()} category` }) };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/mudaqqiq/mudaqqiq/main/schema/mudaqqiq.schema.json',
    title: 'Mudaqqiq house-style file (.mudaqqiq.json)',
    ...both({ ar: 'ملف دليل الأسلوب لمدقق', en: 'A newsroom’s house style for Mudaqqiq: rules, names list, word lists, ignored findings' }),
    type: 'object',
    allowComments: true,
    allowTrailingCommas: true,
    additionalProperties: false,
    definitions: {
      severity: SEVERITY_SCHEMA,
      nameEntry: NAME_ENTRY_SCHEMA,
      extendsItem: EXTENDS_ITEM_SCHEMA,
    },
    properties: {
      $schema: { type: 'string' },
      extends: {
        ...both({
          ar: 'الأساس: إعداد جاهز (recommended، egyptian-press، pan-arab، strict) أو مسار ملف دليل أسلوب مشترك',
          en: 'What this file builds on: a preset (recommended, egyptian-press, pan-arab, strict) or the path of a shared house-style file',
        }),
        anyOf: [{ $ref: '#/definitions/extendsItem' }, { type: 'array', items: { $ref: '#/definitions/extendsItem' } }],
      },
      language: { type: 'string', enum: ['ar', 'en'], ...both({ ar: 'لغة الرسائل', en: 'Message language' }) },
      rules: {
        type: 'object',
        ...both({
          ar: 'القواعد: "معرّف": "off" | "error" | "warning" | "info" | "hint" أو [الدرجة، {الخيارات}]؛ وفئات كاملة "category:digits"',
          en: 'Rules: "id": severity or [severity, {options}]; whole categories as "category:digits"',
        }),
        properties: ruleProps,
        additionalProperties: false,
      },
      names: { type: 'array', items: { $ref: '#/definitions/nameEntry' }, ...both({ ar: 'قائمة الأسماء', en: 'The names list' }) },
      namesFiles: {
        ...both({
          ar: 'ملفات أسماء (TSV أو CSV): الصيغة المعتمدة، الصيغ الخاطئة مفصولة بـ |، اللقب، الصفة',
          en: 'Names files (TSV or CSV): canonical, variants separated by |, title, role',
        }),
        anyOf: [nonEmpty, { type: 'array', items: nonEmpty }],
      },
      words: WORDS_SCHEMA,
      ignore: IGNORE_SCHEMA,
    },
  };
}
