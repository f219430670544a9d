// final-yeh: the house policy for a word-final yeh. Standard spelling writes ي (في،
// المصري، الذي); many Egyptian papers write it dotless, ى (فى، المصرى، الذى).
// Option `style`:
//   "yeh"          a word ending in ى that is not a word of the lexicon while its ي
//                  spelling is (فى → في، المصرى → المصري) is flagged;
//   "alef-maqsura" a word ending in a real final yeh is written ى (في → فى);
//   "consistent"   (default) the document's own majority decides, counting the words
//                  each way; a tie keeps ي.
// Words that really end in alef maqsura (على، إلى، مصطفى، المستوى، أقصى) are never
// touched under any policy: it is the lexicon that says so (a word ending in ى is left
// alone when it is a word, or when any of its spellings in the lexicon ends in ى), not a
// pattern; nor is the article + مُفتعَل of a weak root (المرتضى، المصطفى، المجتبى), which
// the lexicon may lack beside its ي word (المرتضي). Under "alef-maqsura" a word is only changed when its ي spelling is a word
// and its ى spelling is not (so علي the name is written على like everything else, while
// a vowelled word is left as typed). `علي/حتي/الي` read as particles belong to the
// alef-maqsura rule: this rule skips the words that rule flags.

import { optionDoc } from '../../messages';
import { defineScan, documentScan } from '../../scans';
import type { AnalysedDocument } from '../../text/document';
import type { FixSpec, Rule, RuleContext, SharedData } from '../../types';
import { decide } from './alef-maqsura';
import { ALEF_MAQSURA, ARTICLE_START, articleStem, docLex, everyLetterAt, FORM_MEMO_FINAL_YEH, forJudgedEndings, hasDiacritics, lettersOf, NON_WORD, someLetterAt, WORD, YEH, type DocLex } from './lexical';

type Style = 'yeh' | 'alef-maqsura' | 'consistent';
interface Options {
  style: Style;
}

/**
 * The article + مُفتعَل of a root ending in a weak letter, written with ى (المرتضى، المصطفى،
 * المجتبى، المقتدى): the passive participle, the names of imams and of the Prophet. Its ي
 * spelling is another word (المرتضي, the active participle), and Ayaspell lists that one but
 * not المرتضى, so the word read as a dotless slip (adversarial run: «الإمام المرتضى» →
 * «المرتضي»). It is right as written: no evidence either way, never changed. Letters after the
 * article: م, a letter, the ت of افتعل (ط، د after ص ض ط ظ / د ذ ز), a letter, ى.
 */
const MUFTAAL_MAQSURA = /^م[^ا][تطد][^ا]ى$/;

/** classify's answers as kept by form: undefined, 'egyptian', 'standard'. */
const CLASSES = [undefined, 'egyptian', 'standard'] as const;

/**
 * Which way a word-final yeh token is written, when it tells: 'egyptian' (فى for في), 'standard' (في), or undefined.
 * It reads the token's letters alone (their status and candidates are the letters'), so it is
 * had once per form: a draft's 13,000 such tokens are some 1,000 forms.
 */
function classify(d: DocLex, i: number): 'egyptian' | 'standard' | undefined {
  const f = d.formOf(i);
  if (f < 0) return undefined; // no letters (classifyLetters: undefined)
  const memo = d.formMemo(FORM_MEMO_FINAL_YEH);
  let c = memo[f];
  if (c < 0) {
    const v = classifyLetters(d, i);
    memo[f] = c = v === undefined ? 0 : v === 'egyptian' ? 1 : 2;
  }
  return CLASSES[c];
}

function classifyLetters(d: DocLex, i: number): 'egyptian' | 'standard' | undefined {
  const l = d.letters(i);
  if (!l || l.letters.length < 2) return undefined;
  const w = l.letters;
  const last = w.length - 1;
  const end = w[last];
  if (end === ALEF_MAQSURA) {
    if (d.status(i) !== NON_WORD) return undefined; // على، مستوى: a word as written
    const stem = articleStem(w);
    if (stem !== undefined && MUFTAAL_MAQSURA.test(stem)) return undefined; // المرتضى
    const cands = d.candidates(i);
    if (cands.length === 0 || someLetterAt(cands, last, ALEF_MAQSURA)) return undefined; // الى → إلى
    return 'egyptian';
  }
  if (end === YEH) {
    // a real final yeh: the word (or a spelling of it) ends in ي and its ى spelling is no word
    if (d.lex.has(w.slice(0, last) + ALEF_MAQSURA)) return undefined; // علي/على, مستوي/مستوى
    if (d.status(i) === WORD) return 'standard';
    const cands = d.candidates(i);
    if (cands.length > 0 && everyLetterAt(cands, last, YEH)) return 'standard';
  }
  return undefined;
}

/** Function words that end in a real final yeh (في، الذي، التي …), as written dotless. */
const DOTLESS_FUNCTION = new Set(['فى', 'وفى', 'ففى', 'الذى', 'والذى', 'التى', 'والتى', 'كى', 'لكى', 'ولكى', 'أى', 'وأى', 'بأى', 'لأى', 'هى', 'وهى', 'فهى', 'لى', 'ولى', 'إنى', 'لكنى']);

/**
 * Is a dotless word evidence that the draft writes a final yeh dotless (under "consistent")?
 * Names and rare words end in a real ى the lexicon may lack (شذى، أويحيى, while Ayaspell
 * lists شذي، أويحيي), so only the words that cannot be such: a function word (فى، الذى،
 * التى) or a word with the article (المصرى: names and ى nouns rarely take it), typed
 * without marks (مُغلًى، المُنشّى are vowelled on purpose).
 */
function tellsDotless(doc: AnalysedDocument, w: YehWord): boolean {
  if (hasDiacritics(doc.text, doc.tokens[w.token])) return false;
  return DOTLESS_FUNCTION.has(w.letters) || (ARTICLE_START.exec(w.letters)?.[0].length ?? Infinity) + 2 <= w.letters.length;
}

/** Letters of the article, then a stem of four letters or more ending in ى (المصرى، الإيطالى، والسورى): a nisba's shape. */
function nisbaShaped(letters: string): boolean {
  const stem = articleStem(letters);
  return stem !== undefined && stem.length >= 4 && stem.endsWith(ALEF_MAQSURA);
}

/** A word that tells which way the draft writes a final yeh. */
interface YehWord {
  token: number;
  kind: 'egyptian' | 'standard';
  /** Its letters (marks left out). */
  letters: string;
}

/** The words that tell, in document order (house words left out): found paragraph by paragraph, counted over the draft. */
function yehWords(doc: AnalysedDocument, shared: SharedData | undefined): YehWord[] {
  // (ى folds to ي; a judged token has letters: its form's, with no Letters object made for it)
  const found: YehWord[] = [];
  forJudgedEndings(doc, 0x64a, shared, classify, (d, i, v) => found.push({ token: i, kind: v, letters: d.formLettersOf(d.formOf(i)) }));
  return found;
}

const YEH_WORDS = defineScan<YehWord>({ name: 'final-yeh', usedBy: ['final-yeh'], readsShared: true, scan: yehWords, move: (w, at) => ({ ...w, token: w.token + at.token }) });

const rule: Rule<Options> = {
  meta: {
    id: 'final-yeh',
    category: 'orthography',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        style: {
          enum: ['yeh', 'alef-maqsura', 'consistent'],
          ...optionDoc({ en: 'How a word-final yeh is written: ي (yeh, standard), ى (alef-maqsura, Egyptian press), or as most of the document does (consistent).', ar: 'كيف تُكتب الياء في آخر الكلمة: ي (yeh، المعيار)، أو ى (alef-maqsura، كما تكتب الصحافة المصرية)، أو كما يكتبها أغلب المستند (consistent).' }),
          default: 'consistent',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { style: 'consistent' },
    messages: {
      toYeh: { ar: 'الياء في آخر «{written}» تُكتب منقوطة: «{word}»', en: 'The final yeh of “{written}” is written with dots: “{word}”' },
      toAlefMaqsura: { ar: 'أسلوب التحرير يكتب الياء المتطرفة بلا نقط: «{word}»', en: 'House style writes a final yeh without dots: “{word}”' },
      inconsistentYeh: {
        ar: 'الياء في آخر «{written}» تُكتب منقوطة كبقية النص ({count, plural, one {كلمة واحدة} two {كلمتان} few {# كلمات} other {# كلمة}}): «{word}»',
        en: 'The rest of the text writes a final yeh with dots ({count, plural, one {one word} other {# words}}): “{word}”',
      },
      inconsistentMaqsura: {
        ar: 'بقية النص تكتب الياء المتطرفة بلا نقط ({count, plural, one {كلمة واحدة} two {كلمتان} few {# كلمات} other {# كلمة}}): «{word}»',
        en: 'The rest of the text writes a final yeh without dots ({count, plural, one {one word} other {# words}}): “{word}”',
      },
      write: { ar: 'اكتب «{word}»', en: 'Write “{word}”' },
    },
    docs: {
      description: { ar: 'الياء المتطرفة: منقوطة (في) أو غير منقوطة (فى) بحسب أسلوب التحرير', en: 'Final yeh: dotted (في) or dotless (فى) by house style' },
      explanation: {
        ar: 'تكتب صحف مصرية كثيرة الياء المتطرفة بلا نقط (فى، المصرى، الذى)، والمعيار المنقوطة (في، المصري، الذي). يختار أسلوب التحرير أحدهما أو يترك الأغلبية في النص تحكم. ولا تُمس الكلمات المنتهية بألف مقصورة حقا (على، إلى، مصطفى، المستوى): المعجم هو الذي يفرّق بينها، لا نمط حروف.',
        en: 'Many Egyptian papers write a final yeh without dots (فى, المصرى, الذى); the standard dots it (في, المصري, الذي). The house style picks one, or lets the document’s majority decide. Words that really end in alef maqsura (على, إلى, مصطفى, المستوى) are never touched: the lexicon tells them apart, not a letter pattern.',
      },
      good: 'وقال المتحدث المصري في بيان إن الوزير مصطفى مدبولي وصل إلى المستوى الذي يريده في المفاوضات.',
      bad: 'وقال المتحدث المصري فى بيان إن الوزير مصطفى مدبولي وصل إلى المستوى الذي يريده في المفاوضات.',
      // a dotless house (egyptian-press), or a draft whose majority is dotless
      alternates: [
        {
          options: { style: 'alef-maqsura' },
          messageIds: ['toAlefMaqsura', 'inconsistentMaqsura'],
          good: 'وقال المتحدث المصرى فى بيان إن الوزير مصطفى مدبولى وصل إلى المستوى الذى يريده فى المفاوضات.',
          bad: 'وقال المتحدث المصرى في بيان إن الوزير مصطفى مدبولى وصل إلى المستوى الذى يريده فى المفاوضات.',
        },
      ],
    },
  },
  check(ctx: RuleContext<Options>) {
    const { doc, shared } = ctx;
    const style: Style = ctx.options.style ?? 'consistent';
    const egy: YehWord[] = [];
    const std: YehWord[] = [];
    for (const w of documentScan(doc, YEH_WORDS, shared)) (w.kind === 'egyptian' ? egy : std).push(w);
    let target: 'yeh' | 'alef-maqsura';
    if (style === 'consistent') {
      // only the dotless words that tell count, and only they are changed (a name in ى the
      // lexicon lacks is no evidence either way: شذى، أويحيى)
      const telling = egy.filter((w) => tellsDotless(doc, w));
      egy.length = 0;
      egy.push(...telling);
      if (egy.length === 0 || std.length === 0) return;
      target = egy.length > std.length ? 'alef-maqsura' : 'yeh';
      // A single dotless word in a dotted text is only inconsistent when the text writes that
      // very word dotted elsewhere (فى beside في), but for a nisba with the article (المواطن
      // المصرى in a dotted text: the Egyptian reviewer's draft): the lexicon has its dotted
      // spelling and not this one, and a name seldom takes the article. (القى is ألقى, not
      // the article: its stem is too short for a nisba.) Nor for a function word (الذى، التى،
      // هى: the business-desk reviewer's dotted draft): it cannot be a name, and it has only the
      // one spelling in such a text.
      if (target === 'yeh' && egy.length === 1 && !nisbaShaped(egy[0].letters) && !DOTLESS_FUNCTION.has(egy[0].letters)) {
        const l = egy[0].letters;
        if (!docLex(doc).forms.has(l.slice(0, -1) + YEH)) return;
      }
    } else target = style;
    const wrong = target === 'yeh' ? egy : std;
    const to = target === 'yeh' ? YEH : ALEF_MAQSURA;
    const majority = target === 'yeh' ? std.length : egy.length;
    if (wrong.length === 0) return;
    const d = docLex(doc);
    for (const { token: i } of wrong) {
      const t = doc.tokens[i];
      if (to === ALEF_MAQSURA && (hasDiacritics(doc.text, t) || decide(d, i, shared))) continue;
      const l = lettersOf(doc.text, t)!;
      const at = l.offsets[l.letters.length - 1];
      const word = doc.text.slice(t.start, at) + to + doc.text.slice(at + 1, t.end);
      const fix: FixSpec = { messageId: 'write', data: { word }, edits: [{ start: at, end: at + 1, text: to }], preferred: true };
      const messageId = style === 'consistent' ? (to === YEH ? 'inconsistentYeh' : 'inconsistentMaqsura') : to === YEH ? 'toYeh' : 'toAlefMaqsura';
      ctx.report({ start: t.start, end: t.end, messageId, data: { word, written: doc.slice(t), count: majority }, fixes: [fix] });
    }
  },
};

export default rule;
