// Which final-yeh style a draft writes: standard ي (في، المصري، الذي) or the ى many
// Egyptian papers use for it (فى، المصرى، الذى). Words whose standard spelling ends in
// alef maqsura (على، إلى، مستوى، مصطفى) say nothing about the style and are left out;
// they come from a list, not a rule, since no regex can tell مستوى from المصرى.

import type { AnalysedDocument } from '../engine/text/document';
import { stripMarks } from '../engine/text/fold';
import type { Span } from '../engine/types';

/** Common words that end in alef maqsura in standard spelling (without proclitics or the article). */
const ALEF_MAQSURA_WORDS = [
  // particles and prepositions
  'على', 'إلى', 'حتى', 'متى', 'لدى', 'سوى', 'أنى', 'بلى', 'لدى', 'أولى', 'ذوى',
  // nouns and adjectives
  'مستوى', 'مدى', 'منتدى', 'ملتقى', 'مستشفى', 'مبنى', 'معنى', 'مغزى', 'مرمى', 'مأوى', 'مجرى', 'مسعى', 'مقهى', 'ملهى',
  'منحنى', 'مرسى', 'مصلى', 'منفى', 'مسمى', 'ملقى', 'مرعى', 'مشفى', 'مجتبى', 'مرتضى', 'مصطفى', 'منتهى', 'مقتضى', 'مستثنى',
  'هوى', 'قوى', 'رؤى', 'قرى', 'ضحى', 'صدى', 'ثرى', 'ندى', 'هدى', 'منى', 'نهى', 'لبنى', 'رضوى', 'سلمى', 'ليلى', 'سلوى',
  'بشرى', 'يسرى', 'حسنى', 'ذكرى', 'فتوى', 'دعوى', 'شكوى', 'نجوى', 'جدوى', 'تقوى', 'حلوى', 'بلوى', 'عدوى', 'نجوى',
  'كبرى', 'صغرى', 'عظمى', 'أخرى', 'وسطى', 'قصوى', 'سفلى', 'أدنى', 'أعلى', 'أقصى', 'أقوى', 'أغنى',
  'أسمى', 'أرقى', 'أبقى', 'أحلى', 'أولى', 'أخرى', 'حبلى', 'فوضى', 'مرضى', 'جرحى', 'قتلى', 'أسرى', 'موتى', 'كسلى',
  'شتى', 'سدى', 'لظى', 'رحى', 'حمى', 'دجى', 'مدى', 'موسى', 'عيسى', 'يحيى', 'كسرى', 'بخارى', 'نصارى', 'حيارى',
  'يتامى', 'سكارى', 'كسالى', 'صحارى', 'فتاوى', 'دعاوى',
  // verbs
  'جرى', 'أجرى', 'رأى', 'يرى', 'ترى', 'نرى', 'أرى', 'أبدى', 'أدى', 'أعطى', 'ألقى', 'تلقى', 'انتهى', 'اشترى', 'استدعى',
  'سعى', 'مضى', 'قضى', 'نفى', 'بنى', 'تبنى', 'تولى', 'أبقى', 'أخفى', 'أنهى', 'ارتقى', 'التقى', 'اقتضى', 'استثنى', 'تعافى',
  'تحدى', 'تمنى', 'تبقى', 'توفى', 'سمى', 'يسعى', 'يبقى', 'يلقى', 'يتلقى', 'يحظى', 'يخشى', 'يسمى', 'يتولى', 'يتبنى', 'يتمنى',
  'يتحدى', 'يحتذى', 'تسعى', 'تبقى', 'تحظى', 'تخشى', 'تسمى', 'تتولى', 'تتبنى', 'نسعى', 'أتى', 'أعطى', 'اعتدى', 'ادعى', 'استولى',
  'رعى', 'سقى', 'طغى', 'كفى', 'نأى', 'نهى', 'هوى', 'وفى', 'بكى', 'حكى', 'جنى',
  'اكتفى', 'اختفى', 'انطوى', 'احتوى', 'استوى', 'التوى', 'ارتأى', 'تراءى', 'تنامى', 'تفادى', 'تلاشى', 'تماشى', 'تنادى',
];

function norm(w: string): string {
  return stripMarks(w).replace(/[أإآٱ]/g, 'ا');
}

const MAQSURA = new Set(ALEF_MAQSURA_WORDS.filter((w) => w.endsWith('ى')).map(norm));

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** Is this word (as written) one that ends in ى in standard spelling, proclitics and article aside? */
export function isAlefMaqsuraWord(word: string): boolean {
  const w = norm(word);
  for (const p of PROCLITICS) {
    if (!w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (MAQSURA.has(rest)) return true;
    if (rest.startsWith('ال') && MAQSURA.has(rest.slice(2))) return true;
    // ل + ال is written لل: للمستوى
    if (p.endsWith('ل') && rest.startsWith('ل') && MAQSURA.has(rest.slice(1))) return true;
  }
  return false;
}

export interface YehUse extends Span {
  /** The word as written. */
  word: string;
  letter: 'ي' | 'ى';
}

/** Words of the draft ending in ي, and those ending in ى where standard spelling has ي. */
export function finalYehUses(doc: AnalysedDocument): { yeh: YehUse[]; alefMaqsura: YehUse[]; standardMaqsura: number } {
  const yeh: YehUse[] = [];
  const alefMaqsura: YehUse[] = [];
  let standardMaqsura = 0;
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    // the last letter, diacritics and tatweel aside
    let i = t.end - 1;
    while (i > t.start && /[\u064b-\u065f\u0670\u0640]/.test(doc.text[i])) i--;
    const c = doc.text[i];
    if (c !== 'ي' && c !== 'ى') continue;
    const word = doc.text.slice(t.start, t.end);
    if (stripMarks(word).length < 2) continue;
    if (c === 'ي') yeh.push({ start: t.start, end: t.end, word, letter: 'ي' });
    else if (isAlefMaqsuraWord(word)) standardMaqsura++;
    else alefMaqsura.push({ start: t.start, end: t.end, word, letter: 'ى' });
  }
  return { yeh, alefMaqsura, standardMaqsura };
}
