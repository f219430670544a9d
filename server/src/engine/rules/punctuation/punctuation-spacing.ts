// punctuation-spacing: no space before a mark (، ؛ ؟ . : ! and the Latin , ; ?), one
// space after it when a word follows (`اليوم ، رعاة` → `اليوم، رعاة`,
// `لهم ،فالعلاقة` → `لهم، فالعلاقة`).
//
// Consecutive marks (؟! or .» or ...) are one cluster: the space-before check looks at
// the cluster's start, the space-after check at its end. Not checked:
// - the space before an ellipsis (`...`, `..`, `…`): `و ... و` marks an omission;
// - the space after a mark at the start of a line (a leading `...`), or before another
//   mark, a closing quote or bracket, a dash, or the line end;
// - a dot between an Arabic word and a top-level domain spelt in Arabic (`مصراوي.كوم`,
//   `الوطن.نت`, `الخير.أورج`): a site's name;
// - a dot after a one-letter abbreviation (`د.محمد`, `أ.د.`, `ص.ب`) or inside a dotted
//   acronym: short letter groups joined by dots (`بي.بي`, `إتش.إس.بي.سي`, `للسي.ان.ان`,
//   `إم.إتش`);
// - an Arabic comma between digits (`1،9 مليون`): a decimal mark;
// - a dot after a space and glued to digits (`.5`, or `عام .1998` misplaced by bidi);
// - the `;` ending an HTML entity (`&quot;`);
// - a colon between digits (10:30); dots and commas inside numbers, URLs and e-mail
//   addresses are part of those tokens and never seen here;
// - marks whose both sides are Latin text (Latin typography is not ours to police);
// - an emoticon (`:)`, `:(`, `;)`, `:-)`, `:D`): a word of its own, not a colon;
// - a lone Latin `?` the text does not show to be a question (it neither ends its sentence
//   nor follows an interrogative: shared.ts's isQuestion, the test latin-punctuation applies): it may stand for a
//   character lost in an encoding conversion (a verse mark in a Quran quotation,
//   `حُرُمًا ? وَاتَّقُوا`), and then its spaces are right. latin-punctuation flags it; once
//   it is made ؟ the space before it is reported here.
// A `»` or `”` glued to a word after a colon opens a quotation typed the wrong way round
// (`وتابع:»ليس`): it needs the space after the colon (`وتابع: »ليس`), so that removing the
// space before the colon (`الحين :»أدرك`) does not glue three words and marks together.
// Several spaces after a mark are the `extra-spaces` rule's business, not this one's.

import type { Rule } from '../../types';
import type { Token } from '../../text/tokenize';
import { isArabicLetter, isArabicWordChar, isDigit, isLatinLetter, isLineBreak, isSpace } from '../../text/chars';
import { QuestionRuns, endsHtmlEntity, isClosingMark, isOpeningMark, isQuestion, scanPunct, sideOf } from './shared';

/** Marks this rule spaces. */
function isMark(c: number): boolean {
  return (
    c === 0x60c || c === 0x61b || c === 0x61f || // ، ؛ ؟
    c === 0x2e || c === 0x3a || c === 0x21 || // . : !
    c === 0x2c || c === 0x3b || c === 0x3f || // , ; ?
    c === 0x2026 // …
  );
}

/**
 * The top-level domains as news copy spells them in Arabic letters (مصراوي.كوم، الوطن.نت،
 * الخير.أورج), folded: after a dot glued to an Arabic word they end a site's name, not a
 * sentence (adversarial run: «مصراوي.كوم» → «مصراوي. كوم»).
 */
const ARABIC_TLDS = new Set(['كوم', 'نت', 'اورج', 'أورج', 'إنفو', 'انفو']);

/** Conjunction, preposition and article before a spelled-out letter group (للسي، والسي، بال). */
const PROCLITIC_PREFIX = /^(?:[وف]?(?:لل|[بك]?ال|[بلك]))/;

function isArabicMark(c: number): boolean {
  return c === 0x60c || c === 0x61b || c === 0x61f;
}

/**
 * The colon or semicolon at p starts an emoticon: `:)`, `:(`, `;)`, `:-)`, `:'(`, `:D`, `:P`,
 * standing as a word of its own (a space, a mark or the line end after it), so `قال:(إن…)`
 * is not one, nor is `:(` whose bracket a `)` further on its line closes
 * (`قال الشاعر :( محمد )`). Returns the emoticon's end, or -1.
 */
function emoticonEnd(text: string, p: number): number {
  let k = p + 1;
  const c1 = text.charCodeAt(k);
  if (c1 === 0x2d || c1 === 0x27) k++; // - '
  const face = text.charCodeAt(k);
  if (!(face === 0x29 || face === 0x28 || face === 0x44 || face === 0x50 || face === 0x70 || face === 0x7c)) return -1; // ) ( D P p |
  k++;
  while (k < text.length && text.charCodeAt(k) === face && (face === 0x29 || face === 0x28)) k++; // :))
  if (k < text.length) {
    const after = text.charCodeAt(k);
    if (isArabicWordChar(after) || isLatinLetter(after) || isDigit(after)) return -1;
  }
  if (face === 0x28) {
    // an opening bracket closed further on the line is a bracket (the scan stops at the next
    // bracket, so the emoticons of a line are scanned over once in all)
    for (let q = k; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (c === 0x29) return -1;
      if (c === 0x28 || isLineBreak(c)) break;
    }
  }
  return k;
}

const rule: Rule<Record<string, never>> = {
  meta: {
    id: 'punctuation-spacing',
    category: 'punctuation',
    defaultSeverity: 'warning',
    fixable: true,
    schema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      spaceBefore: { ar: 'مسافة قبل علامة الترقيم «{mark}»: العلامة تلتصق بالكلمة التي قبلها', en: 'Space before "{mark}": a punctuation mark sticks to the word before it' },
      spacedWrongWay: { ar: 'المسافة قبل «{mark}» لا بعدها: العلامة تلتصق بالكلمة التي قبلها وتليها مسافة', en: 'The space stands before "{mark}" instead of after it: the mark sticks to the word before it and a space follows' },
      missingSpaceAfter: { ar: 'لا مسافة بعد علامة الترقيم «{mark}»: افصلها عن الكلمة التالية بمسافة', en: 'No space after "{mark}": separate it from the next word with one space' },
      removeSpace: { ar: 'احذف المسافة قبل العلامة', en: 'Remove the space before the mark' },
      insertSpace: { ar: 'أضف مسافة بعد العلامة', en: 'Insert a space after the mark' },
      moveSpace: { ar: 'انقل المسافة إلى ما بعد العلامة', en: 'Move the space after the mark' },
    },
    docs: {
      description: { ar: 'المسافات حول علامات الترقيم', en: 'Spacing around punctuation marks' },
      explanation: {
        ar: 'تلتصق علامة الترقيم بالكلمة التي قبلها وتليها مسافة واحدة. المسافة قبل الفاصلة أو النقطة تجعل العلامة تنفصل في أول السطر عند التفاف النص، وغياب المسافة بعدها يلصق كلمتين في البحث. لا تُمس الأرقام (3.5) والأوقات (10:30) والروابط وعلامة الحذف (...) والاختصارات (د.).',
        en: 'A mark sticks to the word before it and is followed by one space. A space before a comma or period lets the mark wrap to the start of a line; a missing space after it glues two words together for search. Numbers (3.5), times (10:30), URLs, ellipses (...) and abbreviations (د.) are left alone.',
      },
      good: 'كرم الرئيس التنفيذي رعاة المهرجان، خلال الحفل. وقال: إن المشاركة كبيرة.',
      bad: 'كرم الرئيس التنفيذي رعاة المهرجان ، خلال الحفل .وقال : إن المشاركة كبيرة.',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    const toks = doc.tokens;
    const qruns = new QuestionRuns(text);
    const isMarkTok = (t: Token | undefined) => !!t && t.kind === 'punct' && isMark(text.charCodeAt(t.start));

    scanPunct(doc, isMark, (first) => {
      // The common case, read off the text: a mark glued to an Arabic letter (no space or
      // format token before it) with a space after it (a space token: the cluster is this mark
      // alone and no word is glued after it) — check would find no fault.
      const at = toks[first].start;
      if (text.charCodeAt(at + 1) === 0x20 && toks[first].end === at + 1) {
        const b = text.charCodeAt(at - 1);
        if (b >= 0x621 && b <= 0x64a) return at + 1;
      }
      // The cluster of adjacent marks [first, j].
      let j = first;
      while (j + 1 < toks.length && toks[j + 1].start === toks[j].end && isMarkTok(toks[j + 1])) j++;
      const start = toks[first].start;
      const end = toks[j].end;
      check(first, j, start, end);
      return end;
    });

    function check(first: number, j: number, start: number, end: number): void {
      // What stands before the cluster on the same line, past spaces and invisible characters.
      let k = first - 1;
      let hasSpace = false;
      while (k >= 0 && (toks[k].kind === 'space' || toks[k].kind === 'format') && toks[k + 1].start === toks[k].end) {
        if (toks[k].kind === 'space') hasSpace = true;
        k--;
      }
      const before = k >= 0 && toks[k + 1].start === toks[k].end && toks[k].kind !== 'newline' ? toks[k] : undefined;
      if (!before) return; // a mark at the start of a line
      const next = toks[j + 1] && toks[j + 1].start === end ? toks[j + 1] : undefined;
      let spaceBefore = hasSpace && attaches(before);
      let spaceAfter = !!next && (startsWord(next) || (text.charCodeAt(end - 1) === 0x3a && opensReversed(next)));
      if (!spaceBefore && !spaceAfter) return; // the common, well-spaced case

      let arabicMark = false;
      let dots = 0;
      let ellipsis = false;
      for (let s = first; s <= j; s++) {
        const p = toks[s].start;
        const c = text.charCodeAt(p);
        if (isArabicMark(c)) arabicMark = true;
        else if (c === 0x2e) dots++;
        else if (c === 0x2026) ellipsis = true;
        // a lost character, or a lone ? that may be one: its spaces are not ours to move
        else if (c === 0x3f && (qruns.garbledAt(p) || !isQuestion(doc, s))) return;
      }
      // an emoticon is a word of its own: `رد عليه :)`
      if (end - start === 1 && (text.charCodeAt(start) === 0x3a || text.charCodeAt(start) === 0x3b) && emoticonEnd(text, start) >= 0) return;
      if (text.charCodeAt(start) === 0x3b && endsHtmlEntity(text, start)) return;
      if (dots >= 2 && dots === end - start) ellipsis = true;

      const left = sideOf(doc, first, -1);
      const right = sideOf(doc, j, 1);
      if (!arabicMark && left !== 'arabic' && right !== 'arabic') return;
      if (!arabicMark && left === 'latin' && right === 'latin') return;

      const single = end - start === 1 ? text.charCodeAt(start) : -1;
      // A colon between digits (10:30, ١٠:٣٠): a time or a ratio.
      if (single === 0x3a && next?.kind === 'number' && before.kind === 'number') return;
      // An Arabic comma glued between digits (1،9 مليون) is a decimal mark.
      if (single === 0x60c && !hasSpace && before.kind === 'number' && next?.kind === 'number') return;
      // A dot after a space and glued to digits: a decimal (.5) or a period misplaced by
      // bidi editing (`عام .1998`); moving spaces around would not mend either.
      if (single === 0x2e && hasSpace && next?.kind === 'number') return;
      // an ellipsis may stand after a space (a cut: «… وقال»), but one with a space before it
      // and glued to the word after it between two words is spaced the wrong way round
      // (والمنطقة ..مؤكدا: the fix-all reader's half-mended «والمنطقة .. مؤكدا»): both fixed together
      const reversed = ellipsis && spaceBefore && spaceAfter && before.kind === 'word' && next?.kind === 'word';
      if (ellipsis && !reversed) spaceBefore = false;
      // Abbreviations: د.محمد، أ.د.، ص.ب (one letter before the dot), بي.بي، تي.اس
      // (initials spelled out: short words on both sides).
      if (spaceAfter && single === 0x2e && !hasSpace && before.kind === 'word') {
        if (before.norm.length === 1) spaceAfter = false;
        else if (next!.kind === 'word' && inDottedAcronym(k, j + 1)) spaceAfter = false;
        // a site's name in Arabic letters: مصراوي.كوم، الوطن.نت (the domain ends the word: no
        // letter glued after it)
        else if (next!.kind === 'word' && ARABIC_TLDS.has(text.slice(next!.start, next!.end)) && !isArabicWordChar(text.charCodeAt(next!.end))) spaceAfter = false;
      }

      // the spaces between the word and the cluster, deleted (1. and the reversed spacing)
      const spacesBefore = () => {
        const edits: Array<{ start: number; end: number; text: string }> = [];
        for (let s = k + 1; s < first; s++) if (toks[s].kind === 'space') edits.push({ start: toks[s].start, end: toks[s].end, text: '' });
        return edits;
      };
      if (reversed) {
        const edits = spacesBefore();
        edits.push({ start: end, end, text: ' ' });
        ctx.report({
          start: toks[k + 1].start,
          end,
          messageId: 'spacedWrongWay',
          data: { mark: text.slice(start, end) },
          fixes: [{ messageId: 'moveSpace', edits, preferred: true }],
        });
        return;
      }
      // 1. Space before the cluster.
      if (spaceBefore) {
        const edits = spacesBefore();
        ctx.report({
          start: toks[k + 1].start,
          end: start,
          messageId: 'spaceBefore',
          data: { mark: text.slice(start, end) },
          fixes: [{ messageId: 'removeSpace', edits, preferred: true }],
        });
      }
      // 2. No space after the cluster though a word follows.
      if (spaceAfter) {
        ctx.report({
          start: end - 1,
          end,
          messageId: 'missingSpaceAfter',
          data: { mark: text.slice(end - 1, end) },
          fixes: [{ messageId: 'insertSpace', edits: [{ start: end, end, text: ' ' }], preferred: true }],
        });
      }
    }

    /**
     * The words at token indices l and r, joined by one dot, belong to a dotted acronym:
     * every letter group of the chain of words glued by single dots is at most three
     * letters long (إتش.إس.بي.سي، إم.إتش، سي.إم.إيه), the first after any conjunction,
     * preposition and article (للسي.ان.ان، السي.أي.ايه).
     */
    function inDottedAcronym(l: number, r: number): boolean {
      const short = (t: Token) => t.norm.length >= 1 && t.norm.length <= 3;
      const isDot = (t: Token | undefined, prev: Token) => !!t && t.kind === 'punct' && t.start === prev.end && t.end - t.start === 1 && text.charCodeAt(t.start) === 0x2e;
      const glued = (t: Token | undefined, prev: Token) => !!t && t.kind === 'word' && t.start === prev.end;
      // rightwards from r
      for (let q = r; ; q += 2) {
        if (!short(toks[q])) return false;
        if (!isDot(toks[q + 1], toks[q]) || !glued(toks[q + 2], toks[q + 1])) break;
      }
      // leftwards from l
      for (let q = l; ; q -= 2) {
        const prevDot = toks[q - 1];
        const atStart = !(prevDot && q - 2 >= 0 && glued(toks[q], prevDot) && isDot(prevDot, toks[q - 2]) && toks[q - 2].kind === 'word');
        if (atStart) return short(toks[q]) || short({ ...toks[q], norm: toks[q].norm.replace(PROCLITIC_PREFIX, '') });
        if (!short(toks[q])) return false;
      }
    }

    /** A token a punctuation mark can stick to. */
    function attaches(t: Token): boolean {
      switch (t.kind) {
        case 'word':
        case 'latin':
        case 'number':
        case 'url':
        case 'email':
        case 'handle':
        case 'hashtag':
          return true;
        case 'punct': {
          const c = text.charCodeAt(t.start);
          if (isClosingMark(c) || c === 0x25) return true;
          // a straight quote closes when a non-space precedes it
          if (c === 0x22 || c === 0x27) return t.start > 0 && !isSpace(text.charCodeAt(t.start - 1)) && text.charCodeAt(t.start - 1) !== 0x0a;
          return false;
        }
        default:
          return false;
      }
    }

    /**
     * A closing guillemet or curly quote glued to a word after it, after a colon: a
     * quotation opened with the mark typed the wrong way round (`وتابع:»ليس`, `بقوله:”نعم`).
     */
    function opensReversed(t: Token): boolean {
      if (t.kind !== 'punct') return false;
      const c = text.charCodeAt(t.start);
      if (c !== 0xbb && c !== 0x201d) return false;
      return t.end < text.length && isArabicWordChar(text.charCodeAt(t.end));
    }

    /** A token that starts a word: the mark before it needs a space. */
    function startsWord(t: Token): boolean {
      switch (t.kind) {
        case 'word':
        case 'latin':
        case 'number':
        case 'url':
        case 'email':
        case 'handle':
        case 'hashtag':
          return true;
        case 'punct': {
          const c = text.charCodeAt(t.start);
          if (isOpeningMark(c)) return true;
          // a straight quote opens when a letter follows it
          if (c === 0x22) return t.end < text.length && isArabicLetter(text.charCodeAt(t.end));
          return false;
        }
        default:
          return false;
      }
    }
  },
};

export default rule;
