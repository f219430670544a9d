// name-spelling: every name in the newsroom's list written the one way the list gives.
// Matching folds marks, tatweel, presentation forms and letter variants and looks
// through proclitics; the fix keeps the proclitic (وعمر طلعت → وعمرو طلعت).

import type { AnalysedDocument } from '../../text/document';
import { foldedWithConjunctions, foldString } from '../../text/fold';
import type { Rule } from '../../types';
import { NOT_A_NAME, TITLE_FORMS } from '../honorifics/titles';
import { verbsOf } from '../reporting-verbs/lexicon';
import { canonicalFor, findNameMentions, isCommonWordSurname, type NameMention } from './mentions';
import { GIVEN_NAMES } from './name-consistency';

/**
 * Is this mention the surname of a listed variant read off it (الجبالي of حنفي الجبالي), not a
 * one-word variant the list gives of its own (نتانياهو)? The list vouches for the whole variant
 * only: its surname alone is as often another person's (المستشارة تهاني الجبالي).
 */
function derivedVariantSurname(m: NameMention): boolean {
  return m.form.kind === 'variant-surname' && !m.entry.variants.some((v) => v.trim() === m.form.text.trim());
}

/**
 * Does another person's given name stand right before the surname (محمد الجبالي، المستشارة تهاني
 * الجبالي: a given name, or a word between a title and the surname)? Then the surname is theirs.
 */
function anotherPersonsName(doc: AnalysedDocument, m: NameMention): boolean {
  if (m.prefix) return false;
  const p = doc.wordBeside(m.firstToken, -1);
  if (p < 0) return false;
  const w = doc.tokens[p].norm;
  const own = new Set([m.entry.canonical, ...m.entry.variants].map((s) => foldString(s.trim().split(/\s+/)[0] ?? '')));
  if (own.has(w)) return false;
  if (GIVEN_NAMES.has(w)) return true;
  const t = doc.wordBeside(p, -1);
  return t >= 0 && TITLE_FORMS.has(doc.tokens[t].norm) && !TITLE_FORMS.has(w) && !w.startsWith('ال');
}

/**
 * Common verbs of news copy before a subject's name that are no reporting verbs (folded, with و or
 * ف): «واستقبل مضبولي»، «وزار أردغان». (Reporting verbs, قال أكد أشار …, are looked up.)
 */
const NEWS_VERBS: ReadonlySet<string> = foldedWithConjunctions(
  [
    'استقبل', 'استقبلت', 'يستقبل', 'التقى', 'التقت', 'يلتقي', 'زار', 'زارت', 'يزور', 'شهد', 'شهدت', 'يشهد', 'افتتح', 'افتتحت', 'يفتتح', 'ترأس', 'ترأست',
    'يترأس', 'تفقد', 'تفقدت', 'يتفقد', 'وجه', 'وجهت', 'يوجه', 'شارك', 'شاركت', 'يشارك', 'هنأ', 'هنأت', 'بحث', 'بحثت', 'يبحث', 'أجرى', 'أجرت', 'يجري',
    'وصل', 'وصلت', 'يصل', 'غادر', 'غادرت', 'يغادر', 'عاد', 'عادت', 'يعود', 'طالب', 'طالبت', 'يطالب', 'اعتبر', 'اعتبرت', 'يعتبر', 'رأى', 'رأت', 'يرى',
    'تابع', 'تابعت', 'كان', 'كانت', 'يكون', 'أصدر', 'أصدرت', 'يصدر', 'تلقى', 'تلقت', 'يتلقى', 'قرر', 'قررت', 'يقرر',
  ],
);

/**
 * Does the surname stand where it can only be a person's whole name written short: after a
 * proclitic (وأردغان), at the start of a line or after a punctuation mark, or after a title, an
 * ال-word (الرئيس التركي أردغان), a particle or preposition (إلى أن مضبولي) or a verb (وأكد
 * مضبولي، واستقبل مضبولي)? Anything else before it (تهاني, a given name, an unknown word) may be
 * another person's given name: «وقالت تهاني الجبالي».
 */
function standsAlone(doc: AnalysedDocument, m: NameMention): boolean {
  if (m.prefix) return true;
  const prev = doc.prevSignificant(m.firstToken);
  if (!prev || prev.kind !== 'word') return true;
  const w = prev.norm;
  if (GIVEN_NAMES.has(w)) return false;
  if (TITLE_FORMS.has(w) || w.startsWith('ال') || NOT_A_NAME.has(w) || NEWS_VERBS.has(w)) return true;
  return verbsOf(doc.text, prev).length > 0;
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'name-spelling',
    category: 'names',
    defaultSeverity: 'error',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      misspelt: { ar: 'يُكتب الاسم «{canonical}» كما في قائمة الأسماء', en: 'Write the name as the names list has it: “{canonical}”' },
      fix: { ar: 'اكتب «{canonical}»', en: 'Write “{canonical}”' },
    },
    docs: {
      description: { ar: 'كل اسم يُكتب بالهجاء الوحيد الذي تعتمده قائمة الأسماء', en: 'Every listed name in the one spelling the names list gives' },
      explanation: {
        ar: 'تحتفظ غرفة الأخبار بقائمة أسماء: الهجاء المعتمد وما يشيع من أخطائه. يُعثر على الصيغ الخاطئة ولو اتصلت بها سوابق (وعمر طلعت) أو دخلها تشكيل أو تطويل، ولا يُطابق جزء من كلمة أطول، ويُبقي الإصلاح السابقة كما هي. والصيغة ذات الكلمة الواحدة للاسم الأول (عمر) لا تُطابق إلا متبوعة ببقية الاسم (عمر طلعت)، لأنها اسم شخص آخر أيضا (عمر الشريف). والصيغة ذات الكلمة الواحدة لاسم العائلة إن كانت كلمة شائعة أيضا (طلعة، بمعنى الطلعة الجوية) لا تُطابق إلا إذا ذكر الخبر الشخص نفسه باسمه الكامل أو بصيغة أخرى من صيغه في القائمة، ويبقى تصحيحها اقتراحا لا يطبقه الأمر «طبّق كل الإصلاحات المؤكدة في هذه المسودة»، فقد تأتي الكلمة بمعناها (غير صالح للعب) أو في اسم شخص آخر. ويُعامل كذلك اسم العائلة المكتوب بهجاء يحتمل كلمة أخرى (أمام أو امام لاسم «عادل إمام» في القائمة). واسم العائلة المنتهي بلفظ الجلالة أو بـ«أوغلو» كلمتان (نصر الله، داود أوغلو)، والاسم المنتهي برقم ملكي (عبدالله الثاني) لا يُطابق باسم عائلة وحده.',
        en: 'The newsroom keeps a names list: the canonical spelling and its known wrong variants. Variants are found through proclitics (وعمر طلعت), diacritics and tatweel, never inside a longer word, and the fix keeps the proclitic. A one-word variant of the first name (عمر) is matched only followed by the rest of the name (عمر طلعت), since alone it is another person’s name too (عمر الشريف). A one-word surname variant that is also a common word (طلعة, “sortie”) is matched only when the draft also mentions the person by the full name or another listed spelling, and even then its fix is a suggestion that fix-all does not apply: the draft may use the word as a word (غير صالح للعب) or in another person’s name. So is a surname written as another word may be (أمام, or امام, for a listed عادل إمام). A surname ending in الله or أوغلو is two words (نصر الله، داود أوغلو), and a name ending in a regnal number (عبدالله الثاني) has no surname matched alone.',
      },
      good: 'التقى الدكتور عمرو طلعت وزير الاتصالات.',
      bad: 'التقى الدكتور عمر طلعت وزير الاتصالات.',
      exampleShared: {
        names: [{ canonical: 'عمرو طلعت', variants: ['عمر طلعت', 'عمرو طلعة'], title: 'الدكتور', role: 'وزير الاتصالات وتكنولوجيا المعلومات', source: { file: '(example)', start: 0, end: 0 } }],
      },
    },
  },
  check(ctx) {
    // (a one-word surname variant that is also a common word, طلعة «sortie», is a mention only
    // where the draft also names the person in full: findNameMentions leaves out the others;
    // and even there its fix is a suggestion, since the draft may use the word as a word)
    // (the surname of a listed variant alone, الجبالي of حنفي الجبالي, is never written by fix-all
    // inside another person's name (offered there, as other readings are): adversarial run,
    // «المستشارة تهاني الجبالي» became «تهاني جبالي». It is fixed where it stands alone (after a
    // verb, a title, a particle or a mark: «وأكد مضبولي»، «وقال الرئيس أردغان»), whether or not the
    // draft names the person in full (review: the fix of «وأكد مضبولي» had been only offered), but
    // not in a draft that gives it to another person elsewhere («تهاني الجبالي … وقالت الجبالي»))
    const mentions = findNameMentions(ctx.doc, ctx.shared.names);
    // (a derived surname is fixed for sure where none of the person's derived surnames in the
    // draft stands inside another name or not alone: the mention itself is one of them)
    let unsure: Set<number> | undefined;
    const sureOfDerived = (m: NameMention) =>
      !(unsure ??= new Set(mentions.filter((x) => derivedVariantSurname(x) && (anotherPersonsName(ctx.doc, x) || !standsAlone(ctx.doc, x))).map((x) => x.entryIndex))).has(m.entryIndex);
    for (const m of mentions) {
      if (!m.misspelt) continue;
      const derived = derivedVariantSurname(m);
      const canonical = canonicalFor(m);
      ctx.report({
        start: m.start,
        end: m.end,
        messageId: 'misspelt',
        data: { canonical },
        fixes: [{ messageId: 'fix', data: { canonical }, edits: [{ start: m.start, end: m.end, text: canonical }], preferred: !isCommonWordSurname(m) && (!derived || sureOfDerived(m)) }],
      });
    }
  },
};

export default rule;
