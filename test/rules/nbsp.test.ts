import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import nbsp from '../../server/src/engine/rules/hidden-characters/nbsp';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

// Cases modelled on the NBSPs in SaudiNewsNet copy: ". \u00a0 " between sentences, paragraphs
// indented with four NBSPs, NBSP runs at line ends.
runRuleTests(nbsp, {
  valid: [
    'قال وزير الاتصالات إن المشروع سينتهي قريبا.',
    // a number and its unit kept together on purpose
    'وقالت الشركة إن المسافة تبلغ 120\u00a0كم.',
    'بلغت التكلفة 5\u00a0مليارات ريال',
    'بلغ العدد 10\u202f000 زائر',
    'ارتفع المؤشر 3\u00a0% خلال اليوم',
    'على بعد ١٢٠\u00a0كم من الحدود',
    // runs without a no-break space are extra-spaces'
    'قال  الوزير ',
    // Markdown: leading runs are never touched
    { code: '\u00a0\u00a0فقرة بمسافة بادئة', languageId: 'markdown' },
    // audit: French spacing inside a French quotation (a plain space would let the mark wrap alone)
    'وختم ماكرون كلمته: «Vive la France\u202f!»',
    'وكتب بالفرنسية «\u202fPourquoi pas\u202f?\u202f» في تغريدته',
    { code: 'وقال: «Il a dit\u00a0: non» ثم غادر', options: { allowAfterNumber: false } },
  ],
  invalid: [
    {
      name: 'a lone NBSP between words',
      code: 'وقالت الشركة\u00a0إن المسافة طويلة',
      errors: [{ messageId: 'nbsp', text: '\u00a0', column: 13, suggestions: [' '] }],
      output: 'وقالت الشركة إن المسافة طويلة',
    },
    {
      name: 'a narrow NBSP between words',
      code: 'قال\u202fالوزير',
      errors: [{ messageId: 'nbsp', text: '\u202f' }],
      output: 'قال الوزير',
    },
    {
      name: 'NBSP between two spaces is removed, not doubled',
      code: 'بشكل أسهل. \u00a0 قالت الشركة إن',
      errors: [{ messageId: 'nbspRun', text: ' \u00a0 ' }],
      output: 'بشكل أسهل. قالت الشركة إن',
    },
    {
      name: 'NBSP next to one space',
      code: 'جميع منسوبي \u00a0المديرية',
      errors: [{ messageId: 'nbspRun', text: ' \u00a0' }],
      output: 'جميع منسوبي المديرية',
    },
    {
      name: 'a paragraph indented with four NBSPs',
      code: 'العنوان\n\u00a0\u00a0\u00a0\u00a0بدأت أمانة المنطقة حملتها',
      errors: [{ messageId: 'edge', text: '\u00a0\u00a0\u00a0\u00a0', line: 2, column: 1 }],
      output: 'العنوان\nبدأت أمانة المنطقة حملتها',
    },
    {
      name: 'NBSPs and spaces at the end of a line',
      code: 'التهاني بالعيد. \u00a0 \u00a0 \nوأضاف',
      errors: [{ messageId: 'edge', text: ' \u00a0 \u00a0 ' }],
      output: 'التهاني بالعيد.\nوأضاف',
    },
    {
      name: 'a line of NBSPs only',
      code: 'الأولى\n\u00a0 \u00a0\nالثانية',
      errors: [{ messageId: 'edge', line: 2 }],
      output: 'الأولى\n\nالثانية',
    },
    {
      name: 'after a number but before punctuation: no unit',
      code: 'في عام 2016\u00a0. وقالت',
      errors: [{ messageId: 'nbsp' }],
      output: 'في عام 2016 . وقالت',
    },
    {
      name: 'audit: before a colon after a Latin acronym in an Arabic sentence: not French spacing',
      code: 'قالت GSMA\u00a0: إن الاتفاق قريب',
      errors: [{ messageId: 'nbsp' }],
      output: 'قالت GSMA : إن الاتفاق قريب',
    },
    {
      name: 'audit: inside Arabic guillemets: reported',
      code: 'صحيفة «\u00a0الأهرام» المصرية',
      errors: [{ messageId: 'nbsp' }],
      output: 'صحيفة « الأهرام» المصرية',
    },
    {
      name: 'number and unit when the house style wants plain spaces',
      code: 'تبلغ المسافة 120\u00a0كم',
      options: { allowAfterNumber: false },
      errors: [{ messageId: 'nbsp' }],
      output: 'تبلغ المسافة 120 كم',
    },
    {
      name: 'Markdown: a trailing run ending in a hard break keeps the break',
      code: 'السطر الأول\u00a0  \nالسطر الثاني',
      languageId: 'markdown',
      errors: [{ messageId: 'edge', suggestions: ['  '] }],
      output: 'السطر الأول  \nالسطر الثاني',
    },
  ],
});

describe('nbsp details', () => {
  it('names the character in the message', () => {
    const [f] = lint('قال\u202fالوزير', { rules: [nbsp] }).findings;
    assert.match(f.message.en, /U\+202F/);
    const [g] = lint('قال\u00a0الوزير', { rules: [nbsp] }).findings;
    assert.match(g.message.ar, /U\+00A0/);
  });
  it('finds nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: [nbsp] }).findings, []);
  });
});
