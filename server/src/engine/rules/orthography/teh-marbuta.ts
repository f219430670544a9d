// teh-marbuta: ة and ه confused at the end of a word, driven by the lexicon. A word ending
// in ه (or ة) is flagged when it is not a word of the lexicon and every lexicon spelling
// of it (alef seats aside) ends in the other letter: `الحكومه` → `الحكومة`, `بالمتابعه` →
// `بالمتابعة`; the fix replaces that one letter, preferred when the word has the article
// (a pronoun ه is then impossible) and is not a word of the lexicon. The reverse, ة for ه, only where the ه belongs to the
// word and the lexicon cannot be short of the ة word: ـاة for ـاه (`المياة` → `المياه`)
// and `هذة` → `هذه` (Ayaspell lacks many ة words: مزحة، نيئة، الفوعة are right as written);
// ـاة only when its ـاه spelling is a word (not الحيياة → الحيياه), and only offered when
// that word's ه is a pronoun as far as the lexicon shows (ممارساه: no الممارساه).
// A pronoun suffix is never touched: `كتابه`, `منه`, `والده` are words of the lexicon, and
// no word of the lexicon gets a preferred fix (`باليه`, `الموجِّه`, `النبيه` are right in
// ه though their ة spelling is a word too). Ayaspell also lists article + noun + ه
// (`العامه`), which Arabic does not have, but an article word in ه may be a word of its own
// (الموجه): such a word is only a suggestion, in a document whose writer evidently types
// ه for ة (a certain case elsewhere in it) — or, after لل (للشركه، للجمعيه), in any
// document. Without the article, `منطقه` (منطق + ه, "his logic") is a real word: it is
// flagged only in such a document that also writes `منطقة`
// itself somewhere, and only as a suggestion — or, in any document, before an indefinite
// feminine nisba (خدمه حكومية، لجنه فنية: a noun with the pronoun ه is definite and its adjective
// takes the article). No such guess is made on a word after a
// given name or بن، أبو (محمد عبده، بن حلاوه): a name, spelt as its bearer writes it. The
// article is read on the letters as written and must leave a word (`والده`، `ألمه` do not
// begin with it). ـاة that is the feminine of a word in ى (`المجراة`: مُجرى) is right as
// written and left alone.
// A word whose final ه is a root letter (ROOT_HEH: الموجه، النزيه، النبيه، الشبيه، الكريه …)
// never gets ه → ة, not even as a suggestion: its ة spelling is another word or none (الموجة
// the wave, النزية). After a definite ة-noun such an adjective may agree with it (الرسالة
// الموجه → الموجهة): the ة is then added after the ه, offered only, as a note (see `agreement`).
// But الموجه before a feminine adjective (الموجه الثانية، الموجه الحارة، الموجه الأولى) is the
// wave misspelt: الموجة is offered, never applied (see `feminineNoun`).
// When the word also lacks a hamza (`الاخيره`), the hamza rule fixes the alef and this
// rule the ending: two edits on different letters, both applied by fix-all.
// Names-list words, accepted words and non-Arabic tokens are left alone.

import type { FixSpec, Rule, RuleContext, SharedData } from '../../types';
import { defineFact, documentFacts } from '../../facts';
import { DocumentMemo, type AnalysedDocument } from '../../text/document';
import type { Lexicon } from '../../lexicon';
import { segment } from '../../text/arabic';
import { foldString } from '../../text/fold';
import { GIVEN_NAMES } from '../names/name-consistency';
import { ALEF_MAQSURA, ARTICLE_START, articleStem, docLex, FORM_MEMO_TEH_MARBUTA, HEH, judgedEndings, NON_WORD, someLetterAt, TEH_MARBUTA, WORD, type DocLex } from './lexical';


/**
 * Word letters `w` carry the article: they begin with one (as written: ألمه، ألعابه begin
 * with a hamza, not the article) and `meant` (w as the rule would write it) is a word of the
 * lexicon once the article is taken off. والده، باليه begin with وال، بال but are و + الد…،
 * ب + الي…: دة، ية are no words, so they are not read as definite.
 */
function definite(lex: Lexicon, w: string, meant: string): boolean {
  const m = ARTICLE_START.exec(w);
  if (!m) return false;
  const stem = meant.slice(m[0].length);
  return stem.length >= 2 && lex.has(stem);
}

/**
 * ـاة that is the feminine of a word in ى (مُجرى → المجراة، ملقى → ملقاة): the lexicon's ـاه
 * spelling of it is that word + the pronoun (مجراه), not a word in ـاه (المياه، دكتوراه).
 * `w` ends in اة; true when the word in ى is a word of the lexicon, with its proclitics or without.
 */
function feminineOfAlefMaqsura(lex: Lexicon, w: string, norm: string): boolean {
  const base = w.slice(0, w.length - 2) + ALEF_MAQSURA;
  if (lex.has(base)) return true;
  if (norm.length !== w.length) return false;
  for (const s of segment(norm)) if (s.prefix && lex.has(base.slice(s.prefix.length))) return true;
  return false;
}

/**
 * A word in ـاه whose ه is its own, not a pronoun: it has the article or takes it, with or
 * without a proclitic (المياه، بالمياه، ودكتوراه → الدكتوراه); ممارساه (ممارسا + ه) does not.
 */
function ownHeh(lex: Lexicon, c: string): boolean {
  if (ARTICLE_START.test(c)) return true;
  for (let p = 0; p <= 2 && p < c.length - 3; p++) {
    if (p > 0 && !'وفبكل'.includes(c[p - 1])) break;
    if (lex.has('ال' + c.slice(p))) return true;
  }
  return false;
}

/**
 * Does a definite word in ة stand right before word i (المنطقة العامه)? Then word i is its
 * adjective, agreeing with it: the ه is a ة for certain.
 */
function afterDefiniteFeminine(d: DocLex, i: number): boolean {
  const p = d.doc.wordBeside(i, -1);
  const l = p < 0 ? undefined : d.letters(p)?.letters;
  return !!l && l.endsWith(TEH_MARBUTA) && ARTICLE_START.test(l);
}

/**
 * Words whose final ه is a root letter (نزه، نبه، شبه، كره، وجه، فقه، سفه، تفه …), without the
 * article: adjectives and participles that take the article and stand after a definite noun as
 * often as any adjective; and loanwords in ه (باليه، الجنيه: the pound). Ayaspell also lists
 * their ة spelling, as another word (الموجة the wave, الكرة the ball, الجنية the fairy) or a
 * misspelling of nothing (النزية، النبية، الشبية), so the lexicon cannot tell them from العامه (العام + ه, Ayaspell's article + noun + pronoun): listed. Their
 * ه is never made ة (adversarial run: «الجهة الموجه إليها البلاغ» → «الموجة», «رئيس الهيئة
 * النزيه» → «النزية»); where such an adjective follows a definite ة-noun it may agree with it
 * (الرسالة الموجهة), and then the fix adds ة after the ه: offered, never preferred.
 */
const ROOT_HEH: ReadonlySet<string> = new Set([
  'نزيه', 'نبيه', 'شبيه', 'كريه', 'وجيه', 'فقيه', 'سفيه', 'رفيه', 'تافه', 'فاره', 'فكه', 'نزه', 'سفه', 'كاره', 'شاده',
  'موجه', 'متوجه', 'منزه', 'منبه', 'مشبه', 'مموه', 'مفوه', 'مكره', 'مدله', 'مترفه', 'متفقه', 'متنبه', 'متنزه', 'متأله',
  'مشتبه', 'منتبه', 'متجه', 'مكروه', 'مشبوه', 'متشابه', 'مجابه', 'مشابه', 'مواجه', 'منتزه',
  'باليه', 'شاليه', 'كباريه', 'جنيه', 'كنه', 'أكمه', 'أبله',
]);

/**
 * ة-nouns that name a man (الخليفة النزيه، الداعية النبيه، العلامة الفقيه): the adjective after
 * them is masculine, so no ة of agreement is suggested.
 */
const MASCULINE_TEH: ReadonlySet<string> = new Set(['خليفة', 'داعية', 'علامة', 'رحالة', 'نسابة', 'راوية', 'طاغية', 'داهية', 'بحاثة', 'فهامة']);

/**
 * Of ROOT_HEH, the words whose ة spelling is a noun of its own that a writer typing ه for ة
 * means before a feminine adjective: الموجة, the wave (الموجه الثانية، الموجه الحارة).
 */
const TEH_NOUN_OF_ROOT_HEH: ReadonlySet<string> = new Set(['موجه']);

/** Feminine adjectives with the article that do not end in ة (الأولى، الكبرى …). */
const FEMININE_ALIF: ReadonlySet<string> = new Set(['الأولى', 'الاولى', 'الكبرى', 'الصغرى', 'الأخرى', 'الاخرى', 'العظمى', 'الوسطى', 'القصوى', 'الدنيا', 'العليا', 'السفلى']);

/**
 * A root-ه word with the article (letters `w`, stem `rs`) at token i whose ة spelling is a noun
 * (الموجه → الموجة), followed by a feminine adjective (with the article, ending in ة or one of
 * FEMININE_ALIF: الموجه الثانية، الموجه الحارة، الموجه الأولى): the wave misspelt, offered
 * (review of the root-ه change: these were lost). Not applied: the word after may be the
 * object of الموجه, the inspector (وأحال الموجه المعلمة إلى التحقيق).
 */
function feminineNoun(d: DocLex, i: number, w: string, rs: string): Verdict | undefined {
  if (!TEH_NOUN_OF_ROOT_HEH.has(rs) || !d.lex.has(w.slice(0, -1) + TEH_MARBUTA)) return undefined;
  const n = d.doc.wordBeside(i, 1);
  const nl = n < 0 ? undefined : d.letters(n)?.letters;
  if (!nl || !nl.startsWith('ال') || !(nl.endsWith(TEH_MARBUTA) || FEMININE_ALIF.has(nl))) return undefined;
  return { to: TEH_MARBUTA, certain: false, offer: true, adjective: n };
}

/** Preposition + ها right after the adjective (الجهة الموجَّه إليها البلاغ): it agrees with the noun after it, as written. */
const PREP_HA = /^[وف]?(?:إليها|اليها|عليها|فيها|بها|لها|منها|عنها|معها|إليهما|عليهما)$/;

/** تفعيل masdars of roots ending in ه: الترفيه، التوجيه، التنبيه (Ayaspell also lists ترفية). */
const MASDAR_IN_HEH = /^[وفبكل]*(?:ال|ل)ت..يه$/;

interface Verdict {
  /** What to write for the last letter. */
  to: string;
  certain: boolean;
  /** A guess that holds only where the draft also writes this ة spelling (منطقه beside منطقة). */
  needsForm?: string;
  /** Offered (not preferred) without the writer's habit: a ـاة whose ـاه spelling is one reading among two. */
  offer?: boolean;
  /** A root-ه adjective after a definite ة-noun: `to` (ة) is added after the ه, not put for it; offered only. */
  agree?: { noun: number };
  /** A root-ه word whose ة spelling is a noun (الموجة), before this feminine adjective (token index): offered only. */
  adjective?: number;
}

/**
 * Words after which the next word is (part of) a person's name: the common given names
 * name-consistency reads as the word before a name, and the words that introduce a father's or
 * a family name (folded as tokens are).
 */
const BEFORE_A_NAME: ReadonlySet<string> = new Set([...GIVEN_NAMES, ...['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا'].map((n) => foldString(n))]);

/**
 * Word i follows a given name or بن، أبو (with or without و، ف، ل، ب before it): it is a
 * name (محمد عبده، لمحمد عبده، بن حلاوه), spelt as its bearer writes it; the text cannot show
 * it is a slip.
 */
function afterGivenName(d: DocLex, i: number): boolean {
  const p = d.doc.wordBeside(i, -1);
  if (p < 0) return false;
  const t = d.doc.tokens[p];
  const n = t.norm;
  // على folds to the name علي: as written with ى it is the preposition (زار الحكومه على منطقه)
  if (n.endsWith('علي') && d.doc.text.charCodeAt(t.end - 1) === 0x649) return false;
  return BEFORE_A_NAME.has(n) || (n.length > 3 && 'ولبف'.includes(n[0]) && BEFORE_A_NAME.has(n.slice(1)));
}

/**
 * What the rule says about word token i, ignoring the writer's habit (`certain` cases only,
 * plus the ambiguous ones). A guess of ة (not certain) is not made on a name: after a given
 * name or بن (see `afterGivenName`).
 */
function verdict(d: DocLex, i: number): Verdict | undefined {
  const v = verdictOfWord(d, i);
  if (v && !v.certain && v.to === TEH_MARBUTA && afterGivenName(d, i)) return undefined;
  return v;
}

/**
 * What verdictOfWord returns where the token's letters alone say nothing (no context read):
 * such a form says nothing wherever it stands.
 */
const NONE = Symbol('none');

/**
 * The rule's verdict on word token i, its letters and context. A form that says nothing by its
 * letters alone (NONE: most words ending in ه, pronoun suffixes) is noted per form, so that
 * its other tokens are not judged again.
 */
function verdictOfWord(d: DocLex, i: number): Verdict | undefined {
  const f = d.formOf(i);
  if (f < 0) return undefined; // no letters (verdictOfToken: nothing)
  const memo = d.formMemo(FORM_MEMO_TEH_MARBUTA);
  if (memo[f] === 0) return undefined;
  const v = verdictOfToken(d, i);
  if (v === NONE) {
    memo[f] = 0;
    return undefined;
  }
  return v;
}

function verdictOfToken(d: DocLex, i: number): Verdict | typeof NONE | undefined {
  const l = d.letters(i);
  if (!l) return NONE;
  const w = l.letters;
  const last = w.length - 1;
  if (last < 1) return NONE;
  const end = w[last];
  if (end !== HEH && end !== TEH_MARBUTA) return NONE;
  const other = end === HEH ? TEH_MARBUTA : HEH;
  const st = d.status(i);
  if (st === NON_WORD) {
    const cands = d.candidates(i);
    if (cands.length === 0) return NONE;
    if (someLetterAt(cands, last, end)) return NONE; // the ending is right for one reading
    if (end === TEH_MARBUTA) {
      // ة for a ه that belongs to the word: ـاة for ـاه (المياة، دكتوراة) and هذة. Other ة
      // words the lexicon lacks (مزحة، نيئة، الفوعة) would otherwise be "fixed" to a pronoun form.
      if (w[last - 1] !== 'ا' && !/^[وف]?هذة$/.test(w)) return NONE;
      // المجراة، ومُجراة: the feminine of مُجرى, right as written (its ـاه spelling is مجراه,
      // "its course"); a word, not a slip, so not even a guess
      if (w[last - 1] === 'ا' && feminineOfAlefMaqsura(d.lex, w, d.doc.tokens[i].norm)) return NONE;
      if (w[last - 1] === 'ا') {
        // the ـاه spelling must be a word as a whole (الحيياة, بالمسراة give no word: a
        // misspelling of something else, الحياة، بالمسرة); certain only when its ه belongs to
        // it, which the article shows (المياه، الدكتوراه): ممارساه is ممارسا + ه, and
        // ممارساة a slip of ممارسة as likely: only offered
        const words = cands.filter((c) => d.lex.has(c));
        if (words.length === 0) return NONE;
        if (!words.some((c) => ownHeh(d.lex, c))) return { to: other, certain: false, offer: true };
      }
      return { to: other, certain: true };
    }
    // ه for ة: certain with the article (a noun with ال takes no pronoun); without it the
    // word may be a noun the lexicon lacks + pronoun (مرانه), so only a guess. The article
    // is read from the letters and the stem (ألمه، والده are no article words)
    const certain = definite(d.lex, w, cands[0]);
    // (before an indefinite feminine nisba, as below: لجنه فنية — offered without the habit)
    return !certain && beforeIndefiniteNisba(d, i, w) ? { to: other, certain: false, offer: true } : { to: other, certain };
  }
  // a given name (أسامه beside أسامة) is the names rules' business: no guess of a pronoun here
  if (st === WORD && end === HEH && w.length >= 4 && GIVEN_NAMES.has(d.doc.tokens[i].norm)) return NONE;
  if (st === WORD && end === HEH && w.length >= 4) {
    // a root ه (الموجه، النزيه): never ة; the ة of agreement after a definite ة-noun offered
    const rs = articleStem(w);
    // (but الموجه before a feminine adjective: الموجة, the wave, offered)
    if (rs !== undefined && ROOT_HEH.has(rs)) return feminineNoun(d, i, w, rs) ?? agreement(d, i, w);
    const withTeh = w.slice(0, last) + TEH_MARBUTA;
    if (!d.lex.has(withTeh)) return NONE;
    // A word of the lexicon is never fixed: the ه spelling may be right (والده، باليه،
    // الموجِّه، النبيه). العامه (Ayaspell's article + noun + ه, which Arabic lacks) is a
    // guess like منطقه, but one that needs the writer's habit only (not the ة form in the
    // draft) since the article makes the pronoun unlikely (not after ا: الشفاه، المياه
    // are plurals in ـاه)
    const stem = w.slice(0, last);
    if (definite(d.lex, w, withTeh) && w[last - 1] !== 'ا' && d.lex.has(stem) && !MASDAR_IN_HEH.test(w)) {
      if (afterDefiniteFeminine(d, i)) return { to: TEH_MARBUTA, certain: true };
      // لل + a noun in ه (للشركه، للجمعيه: the Gulf reviewer's draft and snnv_0021): the article
      // is certain there (والديه may be و + الديه as much as والد + يه), and a noun with it takes
      // no pronoun: offered without the writer's habit
      return /^[وف]?لل/.test(w) ? { to: TEH_MARBUTA, certain: false, offer: true } : { to: TEH_MARBUTA, certain: false };
    }
    // خدمه حكومية: a noun with the pronoun ه is definite, and its adjective takes the article;
    // an indefinite feminine nisba after it says the word is indefinite, in ة: offered
    if (beforeIndefiniteNisba(d, i, w)) return { to: TEH_MARBUTA, certain: false, offer: true };
    // منطقه: noun + pronoun or a word in ة; a guess only where the text writes منطقة too
    return { to: TEH_MARBUTA, certain: false, needsForm: withTeh };
  }
  return NONE;
}

/** Particles and prepositions that take the pronoun ه (لديه، بأنه، عليه): never a noun in ة. */
const PARTICLE_STEMS = /^[وف]?(?:لدي|علي|الي|إلي|في|من|عن|عند|مع|[بلك]?[اأإ]ن|كأن|منذ|حول|ضد|لكن|بين|فوق|تحت|دون)$/;

/**
 * Is the word right after token i an indefinite feminine nisba adjective (حكومية، تعاونية:
 * a word of the lexicon in ية whose masculine in ي is one too, with no article or proclitic), and
 * the word at i no particle with its pronoun (بأنه طاغية، لديه هواية), and no other nisba after
 * that one (منحه جنسية مصرية)?
 */
function beforeIndefiniteNisba(d: DocLex, i: number, w: string): boolean {
  if (PARTICLE_STEMS.test(w.slice(0, -1))) return false;
  const n = d.doc.wordBeside(i, 1);
  const nl = nisbaShapeAt(d, n);
  if (!nl) return false;
  // و ب ل ك before a word (وسورية، بتقنية، لجمعية) make it no adjective of the word before
  if ('وبلك'.includes(nl[0]) && d.lex.has(nl.slice(1))) return false;
  if (!d.lex.has(nl) || !d.lex.has(nl.slice(0, -1))) return false;
  // a nisba after it makes it a noun of its own, not the adjective (منحه جنسية مصرية: منحه is a
  // verb and its object, جنسية the noun مصرية describes)
  return !nisbaShapeAt(d, d.doc.wordBeside(n, 1));
}

/** The letters of word token k when they have an indefinite nisba's shape (four letters or more in ية, no article), else undefined. */
function nisbaShapeAt(d: DocLex, k: number): string | undefined {
  const l = k < 0 ? undefined : d.letters(k)?.letters;
  return l && l.length >= 4 && l.endsWith('ية') && !ARTICLE_START.test(l) ? l : undefined;
}

/**
 * A root-ه adjective with the article (letters `w`) at token i: the ة of agreement (الرسالة
 * الموجه → الموجهة), offered when a definite ة-noun stands right before it that is not a man's
 * (الخليفة النزيه), the feminine is a word, and no preposition + ها follows (الجهة الموجَّه
 * إليها البلاغ: the participle agrees with البلاغ). Still one reading of two: النزيه after
 * «رئيس الهيئة» describes رئيس, الموجه after «وأحالت المديرية» is the object.
 */
function agreement(d: DocLex, i: number, w: string): Verdict | undefined {
  // an adjective takes the article and no proclitic: للمشتبه، بالموجه are no adjectives of the
  // noun before them (الحالة النفسية للمشتبه به)
  if (!w.startsWith('ال') || !afterDefiniteFeminine(d, i) || !d.lex.has(w + TEH_MARBUTA)) return undefined;
  const p = d.doc.wordBeside(i, -1);
  const noun = articleStem(d.letters(p)!.letters);
  if (noun !== undefined && MASCULINE_TEH.has(noun)) return undefined;
  const n = d.doc.wordBeside(i, 1);
  const nl = n < 0 ? undefined : d.letters(n)?.letters;
  if (nl && PREP_HA.test(nl)) return undefined;
  if (idafaHead(d, p)) return undefined;
  return { to: TEH_MARBUTA, certain: false, offer: true, agree: { noun: p } };
}

/** Particles and prepositions that stand before a definite noun and are no nouns it completes. */
const NOT_HEADS: ReadonlySet<string> = new Set([
  'في', 'إلى', 'الى', 'على', 'من', 'عن', 'مع', 'بين', 'حول', 'ضد', 'عبر', 'نحو', 'لدى', 'أن', 'إن', 'لأن', 'بأن', 'لكن', 'هذه', 'تلك', 'ثم', 'أو', 'أما', 'حتى', 'منذ',
]);

/**
 * The definite ة-noun at token p (no proclitic on it) completes the noun before it: رئيس
 * الهيئة، قاضي المحكمة، بعضو النيابة. The adjective after it may then describe that noun
 * (رئيس الهيئة النزيه, right as written), so no ة of agreement is suggested. The word before is
 * read as such a noun when it has no article, is no particle or preposition, and does not end
 * in ت (a feminine verb: وانبعثت الرائحة الكريه، وأحالت المديرية الموجه).
 */
function idafaHead(d: DocLex, p: number): boolean {
  const nl = d.letters(p)?.letters ?? '';
  if (!nl.startsWith('ال')) return false;
  const h = d.doc.wordBeside(p, -1);
  if (h < 0) return false;
  let hw = d.letters(h)?.letters ?? '';
  if (ARTICLE_START.test(hw) || NOT_HEADS.has(hw)) return false;
  if (hw.length > 3 && 'وفبلك'.includes(hw[0])) hw = hw.slice(1);
  return hw.length >= 3 && !hw.endsWith('ت') && !NOT_HEADS.has(hw);
}

interface Found {
  i: number;
  v: Verdict;
}

/** The words of a document the rule may flag, and whether it shows the writer's habit (a certain ه for ة). Cached per document and house style. */
const FOUND = new DocumentMemo<{ shared: SharedData; found: Found[]; habit: boolean }>();

function foundIn(doc: AnalysedDocument, shared: SharedData): { found: Found[]; habit: boolean } {
  const hit = FOUND.get(doc);
  if (hit && hit.shared === shared) return hit;
  // (ة folds to ه)
  const found: Found[] = judgedEndings(doc, 0x647, shared, verdict);
  const habit = found.some(({ v }) => v.certain && v.to === TEH_MARBUTA);
  const r = { shared, found, habit };
  FOUND.set(doc, r);
  return r;
}

/** The writer's habit is a document fact: a guess in one paragraph rests on a certain case in any other. */
const HABIT = 'teh-marbuta:habit';
const HABIT_KEY = 'ه';
const SHOWS_HABIT: ReadonlySet<string> = new Set([HABIT_KEY]);
const NO_HABIT: ReadonlySet<string> = new Set();
defineFact(HABIT, (doc, shared) => (foundIn(doc, shared).habit ? SHOWS_HABIT : NO_HABIT));

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'teh-marbuta',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      toTehMarbuta: { ar: 'تاء مربوطة كُتبت هاءً: اكتب «{word}»', en: 'Teh marbuta written as heh: write “{word}”' },
      toHeh: { ar: 'هاء كُتبت تاءً مربوطة: اكتب «{word}»', en: 'Heh written as teh marbuta: write “{word}”' },
      maybe: {
        ar: 'الهاء في «{written}» تصح ضميرا متصلا؛ فإن كانت الكلمة «{word}» فاكتبها بالتاء المربوطة',
        en: '“{written}” with heh is a pronoun suffix; if the word is “{word}”, write it with teh marbuta',
      },
      feminineNoun: {
        ar: 'تلي «{written}» صفة مؤنثة («{adjective}»)؛ فإن كانت الكلمة «{word}» فاكتبها بالتاء المربوطة',
        en: 'A feminine adjective (“{adjective}”) follows “{written}”; if the word is “{word}”, write it with teh marbuta',
      },
      agreement: {
        ar: 'الهاء في «{written}» من أصل الكلمة؛ فإن كانت صفة لـ«{noun}» فاكتبها «{word}»',
        en: 'The heh of “{written}” belongs to the word; if it describes “{noun}”, write “{word}”',
      },
      write: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
    },
    docs: {
      description: { ar: 'التاء المربوطة والهاء في آخر الكلمة', en: 'Teh marbuta (ة) and heh (ه) confused at the end of a word' },
      explanation: {
        ar: 'كتابة «منطقه» و«العامه» بالهاء خطأ شائع من لوحة المفاتيح. يُنبَّه على الكلمة حين لا تكون كلمة في المعجم وكل كتاباتها في المعجم بالتاء المربوطة (أو العكس: هذة ← هذه)، فلا يُمس الضمير المتصل (كتابه، منه). والكلمة التي تصح بالوجهين (منطقه: منطق + ه) لا يُنبَّه عليها إلا في نص كتب كاتبه الهاء مكان التاء في موضع آخر، أو بعد «لل» (للشركه)، أو قبل صفة منسوبة نكرة (خدمه حكومية: المضاف إلى الضمير معرفة لا تصفه النكرة)، وبلا إصلاح تلقائي، ولا بعد اسم علم أو «بن» (محمد عبده: اسم يُكتب كما يكتبه صاحبه).',
        en: 'Typing ه for ة (منطقه, العامه) is a common keyboard slip. A word is flagged when it is not in the lexicon and every lexicon spelling of it ends in ة (or the reverse: هذة → هذه), so pronoun suffixes (كتابه, منه) are never touched. A word that is right both ways (منطقه: منطق + ه) is pointed out only in a text whose writer typed ه for ة elsewhere, after لل (للشركه), or before an indefinite feminine nisba (خدمه حكومية: a noun with a pronoun is definite and takes no indefinite adjective), and without an automatic fix, and never after a given name or بن (محمد عبده: a name, spelt as its bearer writes it).',
      },
      good: 'وأكد المتحدث باسم الحكومة أن المنطقة العامة ستفتح بعد أن يرفع فريقه تقريره.',
      bad: 'وأكد المتحدث باسم الحكومه أن المنطقه العامه ستفتح قريبا.',
    },
  },
  check(ctx: RuleContext<Record<string, never>>) {
    const { doc, shared } = ctx;
    const { found, habit: own } = foundIn(doc, shared);
    if (found.length === 0) return;
    const d = docLex(doc);
    let habit: boolean | undefined = own || undefined;
    for (const { i, v } of found) {
      // a guess needs the writer's habit (a certain ه-for-ة anywhere in the draft) and, for a
      // real word (منطقه), the ة spelling in the draft; a non-word (مرانه) needs the habit only
      if (v.needsForm !== undefined && !d.forms.has(v.needsForm)) continue;
      if (!v.certain && !v.offer && !(habit ??= documentFacts(doc, HABIT, shared).has(HABIT_KEY))) continue;
      const l = d.letters(i)!;
      const k = l.letters.length - 1;
      const at = l.offsets[k];
      const t = doc.tokens[i];
      if (v.agree) {
        // the ة goes after the ه (and any mark on it): الموجهة, not الموجة
        const word = doc.slice(t) + v.to;
        const nt = doc.tokens[v.agree.noun];
        ctx.report({
          start: t.start,
          end: t.end,
          messageId: 'agreement',
          severity: 'info',
          data: { word, written: doc.slice(t), noun: doc.slice(nt) },
          fixes: [{ messageId: 'write', data: { word }, edits: [{ start: t.end, end: t.end, text: v.to }], preferred: false }],
        });
        continue;
      }
      const word = doc.text.slice(t.start, at) + v.to + doc.text.slice(at + 1, t.end);
      const fix: FixSpec = { messageId: 'write', data: { word }, edits: [{ start: at, end: at + 1, text: v.to }], preferred: v.certain };
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: v.to === HEH ? 'toHeh' : v.adjective !== undefined ? 'feminineNoun' : !v.certain ? 'maybe' : 'toTehMarbuta',
        data: { word, written: doc.slice(t), ...(v.adjective !== undefined ? { adjective: doc.slice(doc.tokens[v.adjective]) } : {}) },
        fixes: [fix],
      });
    }
  },
};

export default rule;
