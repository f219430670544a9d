// The reporting-verb lexicon: every form a news writer uses, generated from each verb's
// stems by its conjugation class, so that a form can be swapped for the same form of
// another verb (وأشار → ولفت، مشيرا → لافتا، يؤكد → يوضح).
//
// Forms are stored in their canonical spelling (with hamza) under a slot name
// ("past:3fs", "pres:ت|ون", "part:ا"); lookup is on folded text, so أكد/اكد and
// مشيرا/مشيرًا/مشيراً all find the same entry.

import { foldString, stripMarks } from '../../text/fold';
import { WordFilter } from '../../text/word-filter';
import type { Token } from '../../text/tokenize';

/** What the verb takes before the reported content. */
export type Construction = 'إلى' | 'ب' | 'أن' | 'على' | 'عن' | 'من' | ':' | 'object';

type PastClass = 'sound' | 'hollow' | 'defective-y' | 'defective-w';

export interface VerbSpec {
  lemma: string;
  gloss: string;
  pastClass: PastClass;
  /** Past 3ms (sound, hollow) or the stem before the weak letter (defective: نف، أبد، دع). */
  past: string;
  /** Hollow verbs: the stem before consonant suffixes (أشر، قل). */
  pastShort?: string;
  /** Present stem after the person prefix (شير، ؤكد، قول); defective: full 3ms minus prefix (نفي، بدي، دعو، رى). */
  present: string;
  /** Active participle, masculine singular without case ending (مشير، مؤكد، قائل); defective: stem before ي (ناف، مبد، داع). */
  participle: string;
  /** Verbal noun used in "وفي إشارة إلى" (only counted after في). */
  masdar?: string;
  /** Constructions the verb takes, first = the usual one. */
  takes: Construction[];
  /** Needs context to be read as a reporting verb (بين "between", ذكر "male", كشف "examination" …). */
  ambiguous?: boolean;
  /** Forms that are another word far more often (تبين "it became clear", أبدا "never"): never counted. */
  exclude?: string[];
  /**
   * Forms of an unambiguous verb that are also a noun or an adjective (تشدد "strictness", the
   * verbal noun of تشدّد; تزعم "leading"; حذرا "cautious"; نفيا "a denial"): read as the verb only
   * with its construction following, like the forms of an ambiguous verb («تشدد الحكومة على»
   * is the verb, «تشدد الحكومة» the government's strictness).
   */
  nounForms?: string[];
}

export const VERBS: VerbSpec[] = [
  { lemma: 'قال', gloss: 'said', pastClass: 'hollow', past: 'قال', pastShort: 'قل', present: 'قول', participle: 'قائل', takes: ['أن', ':'] },
  { lemma: 'أكد', gloss: 'affirmed', pastClass: 'sound', past: 'أكد', present: 'ؤكد', participle: 'مؤكد', masdar: 'تأكيد', takes: ['أن', 'على'] },
  { lemma: 'أشار', gloss: 'pointed out', pastClass: 'hollow', past: 'أشار', pastShort: 'أشر', present: 'شير', participle: 'مشير', masdar: 'إشارة', takes: ['إلى'] },
  { lemma: 'أشاد', gloss: 'praised', pastClass: 'hollow', past: 'أشاد', pastShort: 'أشد', present: 'شيد', participle: 'مشيد', masdar: 'إشادة', takes: ['ب'] },
  { lemma: 'أوضح', gloss: 'clarified', pastClass: 'sound', past: 'أوضح', present: 'وضح', participle: 'موضح', takes: ['أن'] },
  { lemma: 'أضاف', gloss: 'added', pastClass: 'hollow', past: 'أضاف', pastShort: 'أضف', present: 'ضيف', participle: 'مضيف', takes: ['أن', ':'] },
  { lemma: 'لفت', gloss: 'drew attention', pastClass: 'sound', past: 'لفت', present: 'لفت', participle: 'لافت', takes: ['إلى'], ambiguous: true },
  { lemma: 'نوه', gloss: 'noted', pastClass: 'sound', past: 'نوه', present: 'نوه', participle: 'منوه', masdar: 'تنويه', takes: ['إلى', 'ب'] },
  { lemma: 'شدد', gloss: 'stressed', pastClass: 'sound', past: 'شدد', present: 'شدد', participle: 'مشدد', masdar: 'تشديد', takes: ['على'], nounForms: ['تشدد'] },
  { lemma: 'أعلن', gloss: 'announced', pastClass: 'sound', past: 'أعلن', present: 'علن', participle: 'معلن', takes: ['أن', 'object'] },
  { lemma: 'كشف', gloss: 'revealed', pastClass: 'sound', past: 'كشف', present: 'كشف', participle: 'كاشف', takes: ['عن', 'أن'], ambiguous: true },
  { lemma: 'صرح', gloss: 'stated', pastClass: 'sound', past: 'صرح', present: 'صرح', participle: 'مصرح', takes: ['ب', 'أن'] },
  { lemma: 'ذكر', gloss: 'mentioned', pastClass: 'sound', past: 'ذكر', present: 'ذكر', participle: 'ذاكر', takes: ['أن'], ambiguous: true },
  { lemma: 'بين', gloss: 'showed', pastClass: 'sound', past: 'بين', present: 'بين', participle: 'مبين', takes: ['أن'], ambiguous: true, exclude: ['تبين', 'وتبين', 'فتبين', 'بيننا', 'وبيننا', 'فبيننا'] },
  { lemma: 'تابع', gloss: 'continued', pastClass: 'sound', past: 'تابع', present: 'تابع', participle: 'متابع', takes: [':', 'أن'], ambiguous: true, exclude: ['متابعة', 'ومتابعة', 'فمتابعة'] },
  { lemma: 'أفاد', gloss: 'reported', pastClass: 'hollow', past: 'أفاد', pastShort: 'أفد', present: 'فيد', participle: 'مفيد', takes: ['ب', 'أن'] },
  { lemma: 'أعرب', gloss: 'expressed', pastClass: 'sound', past: 'أعرب', present: 'عرب', participle: 'معرب', takes: ['عن'] },
  { lemma: 'رحب', gloss: 'welcomed', pastClass: 'sound', past: 'رحب', present: 'رحب', participle: 'مرحب', takes: ['ب'] },
  { lemma: 'دعا', gloss: 'called for', pastClass: 'defective-w', past: 'دع', present: 'دعو', participle: 'داع', takes: ['إلى'] },
  { lemma: 'أبدى', gloss: 'showed', pastClass: 'defective-y', past: 'أبد', present: 'بدي', participle: 'مبد', takes: ['object'], exclude: ['أبدا', 'ابدا', 'وأبدا', 'وابدا'] },
  // يعتبر/تعتبر is mostly the passive يُعتبر "is considered" (يعتبر الجسر أحد أهم المشاريع)
  { lemma: 'اعتبر', gloss: 'considered', pastClass: 'sound', past: 'اعتبر', present: 'عتبر', participle: 'معتبر', takes: ['أن', 'object'], ambiguous: true },
  { lemma: 'استطرد', gloss: 'went on', pastClass: 'sound', past: 'استطرد', present: 'ستطرد', participle: 'مستطرد', takes: [':', 'أن'] },
  { lemma: 'أردف', gloss: 'added', pastClass: 'sound', past: 'أردف', present: 'ردف', participle: 'مردف', takes: [':', 'أن'] },
  // طالب is also "student" (كل طالب، طالب جامعي), مطالب "demands"
  { lemma: 'طالب', gloss: 'demanded', pastClass: 'sound', past: 'طالب', present: 'طالب', participle: 'مطالب', takes: ['ب'], ambiguous: true },
  { lemma: 'حذر', gloss: 'warned', pastClass: 'sound', past: 'حذر', present: 'حذر', participle: 'محذر', takes: ['من'], nounForms: ['حذرا'] },
  { lemma: 'علق', gloss: 'commented', pastClass: 'sound', past: 'علق', present: 'علق', participle: 'معلق', takes: ['على'], ambiguous: true },
  { lemma: 'رأى', gloss: 'considered', pastClass: 'defective-y', past: 'رأ', present: 'رى', participle: 'رائ', takes: ['أن'], ambiguous: true },
  { lemma: 'نفى', gloss: 'denied', pastClass: 'defective-y', past: 'نف', present: 'نفي', participle: 'ناف', takes: ['أن', 'object'], nounForms: ['نفيا'] },
  { lemma: 'زعم', gloss: 'claimed', pastClass: 'sound', past: 'زعم', present: 'زعم', participle: 'زاعم', takes: ['أن'], nounForms: ['تزعم'] },
  { lemma: 'عبر', gloss: 'expressed', pastClass: 'sound', past: 'عبر', present: 'عبر', participle: 'معبر', takes: ['عن'], ambiguous: true },
];

/** Alternatives offered for a repeated verb: same construction, same register. */
export const ALTERNATIVES: Record<string, string[]> = {
  'أشار': ['لفت', 'نوه'],
  'لفت': ['أشار', 'نوه'],
  'نوه': ['أشار', 'لفت'],
  'أكد': ['أوضح', 'شدد'],
  'أوضح': ['بين', 'أكد'],
  'بين': ['أوضح', 'ذكر'],
  'ذكر': ['أوضح', 'بين'],
  'أضاف': ['تابع', 'أردف'],
  'تابع': ['أضاف', 'استطرد'],
  'أردف': ['أضاف', 'تابع'],
  'استطرد': ['أضاف', 'تابع'],
  'قال': ['ذكر', 'أوضح'],
  'أشاد': ['نوه', 'رحب'],
  'رحب': ['أشاد'],
  'أعرب': ['عبر', 'أبدى'],
  'عبر': ['أعرب'],
  'أفاد': ['ذكر', 'أوضح'],
  'صرح': ['قال', 'ذكر'],
  'أعلن': ['كشف'],
  'كشف': ['أعلن'],
  'شدد': ['أكد'],
  'اعتبر': ['رأى'],
  'رأى': ['اعتبر'],
  'دعا': ['طالب'],
  'طالب': ['دعا'],
};

export type FormKind = 'past' | 'present' | 'participle' | 'masdar';

export interface VerbForm {
  lemma: string;
  kind: FormKind;
  /** Slot for swapping: the same slot of another verb is the same person/number/gender/case. */
  slot: string;
  /** Canonical spelling of the form (no proclitic). */
  form: string;
}

const PAST_VOWEL = [
  ['3ms', ''],
  ['3fs', 'ت'],
  ['3md', 'ا'],
  ['3fd', 'تا'],
  ['3mp', 'وا'],
] as const;
/** Consonant suffixes (1s also spells 2ms and 2fs unvocalised: أشرتُ أشرتَ أشرتِ). */
const PAST_CONS = [
  ['1s', 'ت'],
  ['1p', 'نا'],
  ['2d', 'تما'],
  ['2mp', 'تم'],
  ['2fp', 'تن'],
  ['3fp', 'ن'],
] as const;
/** Person prefixes and the suffixes each takes (1st person has none: أشير، نشير). */
const PRES_PERSONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ي', ['', 'ان', 'ون', 'ن']],
  ['ت', ['', 'ان', 'ون', 'ين', 'ن']],
  ['ن', ['']],
  ['أ', ['']],
];
const PART_SUFFIX = ['', 'ا', 'ة', 'ين', 'ون', 'ات', 'تين', 'تان', 'ان'] as const;

function pastForms(v: VerbSpec): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  switch (v.pastClass) {
    case 'sound':
      for (const [s, suf] of PAST_VOWEL) out.push([s, v.past + suf]);
      for (const [s, suf] of PAST_CONS) out.push([s, v.past + suf]);
      break;
    case 'hollow':
      for (const [s, suf] of PAST_VOWEL) out.push([s, v.past + suf]);
      for (const [s, suf] of PAST_CONS) out.push([s, (v.pastShort ?? v.past) + suf]);
      break;
    case 'defective-y': // نفى نفت نفيا نفتا نفوا نفيت نفينا نفيتما نفيتم نفيتن نفين
      out.push(['3ms', v.past + 'ى'], ['3fs', v.past + 'ت'], ['3md', v.past + 'يا'], ['3fd', v.past + 'تا'], ['3mp', v.past + 'وا']);
      for (const [s, suf] of PAST_CONS) out.push([s, v.past + 'ي' + suf]);
      break;
    case 'defective-w': // دعا دعت دعوا دعتا دعوا دعوت دعونا دعوتما دعوتم دعوتن دعون
      out.push(['3ms', v.past + 'ا'], ['3fs', v.past + 'ت'], ['3md', v.past + 'وا'], ['3fd', v.past + 'تا'], ['3mp', v.past + 'وا']);
      for (const [s, suf] of PAST_CONS) out.push([s, v.past + 'و' + suf]);
      break;
  }
  return out;
}

function presentForms(v: VerbSpec): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const defective = v.pastClass === 'defective-y' || v.pastClass === 'defective-w';
  for (const [p, suffixes] of PRES_PERSONS) {
    for (const suf of suffixes) {
      let form: string;
      // hollow verbs shorten the stem before the feminine-plural ن: يشير → يشرن، يقول → يقلن
      if (v.pastClass === 'hollow' && suf === 'ن') form = p + v.present.slice(0, -2) + v.present.slice(-1) + suf;
      else if (!defective) form = p + v.present + suf;
      else {
        // the weak last letter drops before ون/ين: ينفي → ينفون، تنفين؛ يرى → يرون، ترين؛ يدعو → يدعون
        const stem = v.present.slice(0, -1);
        const weak = v.present.slice(-1);
        if (suf === '') form = p + v.present;
        else if (suf === 'ان') form = p + stem + (weak === 'و' ? 'و' : 'ي') + 'ان';
        else if (suf === 'ن') form = p + stem + (weak === 'و' ? 'و' : 'ي') + 'ن';
        else form = p + stem + suf;
      }
      // 1st person أ + ؤكد: أؤكد
      out.push([`${p}|${suf}`, form]);
    }
  }
  return out;
}

function participleForms(v: VerbSpec): Array<[string, string]> {
  const defective = v.pastClass === 'defective-y' || v.pastClass === 'defective-w';
  const out: Array<[string, string]> = [];
  for (const suf of PART_SUFFIX) {
    if (!defective) out.push([suf, v.participle + suf]);
    else if (suf === 'ين' || suf === 'ون') out.push([suf, v.participle + suf]); // نافين، مبدين
    else out.push([suf, v.participle + 'ي' + suf]); // نافيا، نافية، مبديا
  }
  return out;
}

/** Every form of every verb (canonical spelling), with its slot. */
export function generateForms(v: VerbSpec): VerbForm[] {
  const out: VerbForm[] = [];
  for (const [slot, form] of pastForms(v)) out.push({ lemma: v.lemma, kind: 'past', slot: `past:${slot}`, form });
  for (const [slot, form] of presentForms(v)) out.push({ lemma: v.lemma, kind: 'present', slot: `pres:${slot}`, form });
  for (const [slot, form] of participleForms(v)) out.push({ lemma: v.lemma, kind: 'participle', slot: `part:${slot}`, form });
  if (v.masdar) out.push({ lemma: v.lemma, kind: 'masdar', slot: 'masdar', form: v.masdar });
  return out;
}

export const VERB_BY_LEMMA = new Map(VERBS.map((v) => [v.lemma, v]));

export interface Index {
  /** folded form → candidate analyses */
  byFolded: Map<string, VerbForm[]>;
  /** lemma → slot → canonical form */
  bySlot: Map<string, Map<string, string>>;
  excluded: Set<string>;
  /** Every folded form with every proclitic: one lookup rejects a word that is no verb. */
  all: Set<string>;
  /** A sieve in front of `all`: nine words in ten have a shape no verb form has, and this says so before the set is asked. */
  shapes: WordFilter;
  /**
   * lookupVerb's answers by folded word (a word of `all`: bounded), when the word's original
   * spelling does not matter (`loose`) and when it has no final ى (`strict`): a draft repeats
   * its verbs, and each was analysed again, prefix by prefix, at every occurrence.
   */
  loose: Map<string, readonly VerbMatch[]>;
  strict: Map<string, readonly VerbMatch[]>;
}

let index: Index | undefined;

function buildIndex(verbs: readonly VerbSpec[], formsOf: (v: VerbSpec) => VerbForm[] = generateForms): Index {
  const byFolded = new Map<string, VerbForm[]>();
  const bySlot = new Map<string, Map<string, string>>();
  const excluded = new Set<string>();
  for (const v of verbs) {
    const slots = new Map<string, string>();
    bySlot.set(v.lemma, slots);
    for (const f of formsOf(v)) {
      if (!slots.has(f.slot)) slots.set(f.slot, f.form);
      const key = foldString(f.form);
      const list = byFolded.get(key);
      if (list) {
        if (!list.some((x) => x.lemma === f.lemma && x.slot === f.slot)) list.push(f);
      } else byFolded.set(key, [f]);
    }
    for (const e of v.exclude ?? []) excluded.add(foldString(e));
  }
  const all = new Set<string>();
  for (const k of byFolded.keys()) for (const p of PREFIXES) all.add(p + k);
  const shapes = new WordFilter(all, 18);
  return { byFolded, bySlot, excluded, all, shapes, loose: new Map(), strict: new Map() };
}

function getIndex(): Index {
  if (!index) index = buildIndex(VERBS);
  return index;
}

export interface VerbMatch extends VerbForm {
  /** The proclitic letters (folded) before the form: و ف س وس فس. */
  prefix: string;
}

const PREFIXES = ['', 'و', 'ف', 'س', 'وس', 'فس'];

/** Can `lookupVerb(norm, …)` find anything (its shape, then one set lookup: callers skip the original form's slicing when not)? */
export function maybeVerb(norm: string, idx: Index = getIndex()): boolean {
  return idx.shapes.mayHold(norm) && idx.all.has(norm) && !idx.excluded.has(norm);
}

/** Is the folded word a past or present form of a reporting verb (with its proclitics), of which `test` holds (any, without one)? */
export function finiteVerb(norm: string, test?: (m: VerbMatch) => boolean): boolean {
  return lookupVerb(norm).some((m) => (m.kind === 'past' || m.kind === 'present') && (!test || test(m)));
}

/**
 * The reporting-verb readings of a folded word (with its proclitics), or [] when it is none.
 * `original` (the word with marks stripped) lets defective pasts insist on a written ى,
 * since نفي/رأي with ي are nouns.
 */
export function lookupVerb(norm: string, original?: string, idx: Index = getIndex()): readonly VerbMatch[] {
  // `original` counts only through whether it lacks a final ى: the answer is the word's and that
  // flag's, the same every time (shared, read-only; only words that pass maybeVerb are kept)
  const strict = original !== undefined && !original.endsWith('ى');
  const memo = strict ? idx.strict : idx.loose;
  const known = memo.get(norm);
  if (known) return known;
  if (!maybeVerb(norm, idx)) return [];
  const out: VerbMatch[] = [];
  for (const p of PREFIXES) {
    if (p && !norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    const cands = idx.byFolded.get(rest);
    if (!cands) continue;
    for (const c of cands) {
      if (p.includes('س') && c.kind !== 'present') continue;
      if (c.form.endsWith('ى') && strict) continue;
      out.push({ lemma: c.lemma, kind: c.kind, slot: c.slot, form: c.form, prefix: p }); // (a VerbForm's own fields: no object spread)
    }
  }
  memo.set(norm, out);
  return out;
}

/** lookupVerb of a word token of `text`, its original spelling read only when the word may be a verb at all. */
export function verbsOf(text: string, t: Token): readonly VerbMatch[] {
  return maybeVerb(t.norm) ? lookupVerb(t.norm, stripMarks(text.slice(t.start, t.end))) : [];
}

/**
 * The canonical form of `lemma` in `slot`, if it has one and it is not a form the lexicon never
 * reads as the verb (تابع's متابعة is "follow-up", not a swap for مضيفة).
 */
export function formOf(lemma: string, slot: string): string | undefined {
  const idx = getIndex();
  const form = idx.bySlot.get(lemma)?.get(slot);
  return form !== undefined && !idx.excluded.has(foldString(form)) ? form : undefined;
}

// ---------------------------------------------------------------------------------------------
// A newsroom's own reporting verbs (repeated-verb's `verbs` option, the house-style file's
// words.reportingVerbs), given as the past 3rd person masculine singular like `ignore`.

/** The lexicon of a newsroom's extra verbs: their specs by lemma and their forms' index. */
export interface ExtraLexicon {
  specs: Map<string, VerbSpec>;
  index: Index;
}

/** Radical letters a pattern can be built on: no weak letter, no hamza (their stems change). */
const SOUND = /^[بتثجحخدذرزسشصضطظعغفقكلمنه]$/u;
const sound = (s: string) => [...s].every((c) => SOUND.test(c));
const SHADDA = '\u0651';

/**
 * How an extra verb is conjugated, from its written past 3ms (the same patterns the built-in
 * verbs are written in):
 * - أفعل (form IV: أفصح يفصح مفصح), hollow أفال (أجاب يجيب مجيب), defective أفعى (أدلى يدلي مدل);
 * - افتعل / انفعل / استفعل (اعترف يعترف معترف، استنكر يستنكر مستنكر);
 * - تفعّل (تحدث يتحدث متحدث) and فاعل (ناشد يناشد مناشد);
 * - فعل (three letters: كشف يكشف): past and present only — كاشف (form I) or مكشّف (form II) cannot
 *   be told apart unvocalised, so the participle is generated only when the shadda is written
 *   (لمّح → ملمح).
 * `participle: ''` means no participle. Anything else (a weak or hamzated root: قال، دعا، سأل;
 * quadriliteral verbs) is undefined: it is matched as written, through its proclitics.
 */
function patternSpec(lemma: string, shadda: boolean): VerbSpec | undefined {
  const base = { lemma, gloss: lemma, takes: [] as Construction[] };
  const n = lemma.length;
  const first = lemma[0];
  if (n === 3 && sound(lemma)) {
    return { ...base, pastClass: 'sound', past: lemma, present: lemma, participle: shadda ? 'م' + lemma : '' };
  }
  if (n === 4 && first === 'أ') {
    const [, a, b, c] = lemma;
    if (sound(a + b + c)) return { ...base, pastClass: 'sound', past: lemma, present: a + b + c, participle: 'م' + a + b + c };
    if (b === 'ا' && sound(a + c)) return { ...base, pastClass: 'hollow', past: lemma, pastShort: 'أ' + a + c, present: a + 'ي' + c, participle: 'م' + a + 'ي' + c };
    if (c === 'ى' && sound(a + b)) return { ...base, pastClass: 'defective-y', past: 'أ' + a + b, present: a + b + 'ي', participle: 'م' + a + b };
    return undefined;
  }
  if ((n === 5 || n === 6) && first === 'ا' && sound(lemma.slice(1)) && (n === 5 || lemma.startsWith('است'))) {
    const stem = lemma.slice(1);
    return { ...base, pastClass: 'sound', past: lemma, present: stem, participle: 'م' + stem };
  }
  if (n === 4 && first === 'ت' && sound(lemma.slice(1))) {
    return { ...base, pastClass: 'sound', past: lemma, present: lemma, participle: 'م' + lemma };
  }
  if (n === 4 && lemma[1] === 'ا' && sound(lemma[0] + lemma.slice(2))) {
    return { ...base, pastClass: 'sound', past: lemma, present: lemma, participle: 'م' + lemma };
  }
  return undefined;
}

/** The forms of an extra verb: its pattern's forms, or its spelling alone (past 3ms). */
function extraForms(v: VerbSpec & { asWritten?: boolean }): VerbForm[] {
  if (v.asWritten) return [{ lemma: v.lemma, kind: 'past', slot: 'past:3ms', form: v.lemma }];
  return generateForms(v).filter((f) => f.kind !== 'participle' || v.participle !== '');
}

/** The verb as the lexicon would name it: marks and tatweel gone, a 4-letter form IV with its hamza (افصح → أفصح). */
function extraLemma(written: string): { lemma: string; shadda: boolean } {
  const shadda = written.includes(SHADDA);
  let lemma = stripMarks(written.trim());
  if (lemma.length === 4 && (lemma[0] === 'ا' || lemma[0] === 'إ' || lemma[0] === 'آ') && !lemma.startsWith('است')) lemma = 'أ' + lemma.slice(1);
  return { lemma, shadda };
}

const extraCache = new Map<string, ExtraLexicon | undefined>();

/**
 * The lexicon of extra verbs, or undefined when none adds anything: a verb the built-in lexicon
 * has (صرح، اكد for أكد) changes nothing, nor does an empty or non-Arabic entry.
 */
export function extraLexicon(verbs: readonly string[]): ExtraLexicon | undefined {
  const key = verbs.join('\n');
  if (extraCache.has(key)) return extraCache.get(key);
  const builtIn = new Set(VERBS.map((v) => foldString(v.lemma)));
  const specs = new Map<string, VerbSpec>();
  for (const w of verbs) {
    if (typeof w !== 'string') continue;
    const { lemma, shadda } = extraLemma(w);
    if (lemma.length < 2 || /\s/.test(lemma) || !/^[\u0621-\u064a]+$/u.test(lemma)) continue;
    const folded = foldString(lemma);
    if (builtIn.has(folded) || [...specs.values()].some((s) => foldString(s.lemma) === folded)) continue;
    const spec: VerbSpec & { asWritten?: boolean } = patternSpec(lemma, shadda) ?? {
      lemma, gloss: lemma, pastClass: 'sound', past: lemma, present: lemma, participle: '', takes: [], asWritten: true,
    };
    specs.set(lemma, spec);
  }
  const lex = specs.size ? { specs, index: buildIndex([...specs.values()], extraForms) } : undefined;
  if (extraCache.size > 32) extraCache.clear();
  extraCache.set(key, lex);
  return lex;
}
