import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixText, lint } from '../../server/src/engine/engine';
import extraSpaces from '../../server/src/engine/rules/hidden-characters/extra-spaces';
import nbsp from '../../server/src/engine/rules/hidden-characters/nbsp';
import type { DocumentLanguage } from '../../server/src/engine/text/document';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(extraSpaces, {
  valid: [
    'قال وزير الاتصالات إن المشروع سينتهي قريبا.',
    // a single tab between two words may align a list: left alone
    'الاسم\tالعمر',
    // runs holding a no-break space are nbsp's
    'بشكل أسهل. \u00a0 قالت الشركة',
    // newsrooms that indent on purpose
    { code: ' قال الوزير إن المشروع سينتهي قريبا.', options: { leadingSpaces: false } },
    // Markdown: indentation and list content are syntax
    { code: '- البند الأول\n    - البند الفرعي\n\n    كود مزاح', languageId: 'markdown' },
    { code: '>  اقتباس من البيان\n1.  البند الأول', languageId: 'markdown' },
    // Markdown: two trailing spaces before a non-blank line are a hard line break
    { code: 'السطر الأول  \nالسطر الثاني', languageId: 'markdown' },
    // Markdown: spaces aligning a table
    { code: '| الاسم   | العمر |\n| ---    | ---   |\n| أحمد   | 30    |', languageId: 'markdown' },
    // audit: a plain-text table row with pipes aligns its columns with spaces
    '| المدينة   | السكان  |\n|-----------|---------|\n| الرياض    | 7 ملايين |',
    // Markdown: code is not prose
    { code: 'استخدم `a  b` هنا\n\n```\nx  =  1  \n```', languageId: 'markdown' },
  ],
  invalid: [
    {
      name: 'two spaces between words',
      code: 'قال وزير الاتصالات  إن المشروع سينتهي قريبا.',
      errors: [{ messageId: 'multiple', text: '  ', column: 19, suggestions: [' '] }],
      output: 'قال وزير الاتصالات إن المشروع سينتهي قريبا.',
    },
    {
      name: 'spaces and tabs between words',
      code: 'قال\t\tالوزير \t إن',
      errors: [
        { messageId: 'multiple', text: '\t\t' },
        { messageId: 'multiple', text: ' \t ' },
      ],
      output: 'قال الوزير إن',
    },
    {
      name: 'trailing space before the next line',
      code: 'وأكد الوزير أهمية المشروع. \nوأضاف أن العمل مستمر.',
      errors: [{ messageId: 'trailing', text: ' ', line: 1, column: 27 }],
      output: 'وأكد الوزير أهمية المشروع.\nوأضاف أن العمل مستمر.',
    },
    {
      name: 'trailing spaces with CRLF line ends and at the end of the text',
      code: 'وأكد الوزير  \r\nوأضاف\t',
      errors: [
        { messageId: 'trailing', text: '  ', line: 1 },
        { messageId: 'trailing', text: '\t', line: 2 },
      ],
      output: 'وأكد الوزير\r\nوأضاف',
    },
    {
      name: 'SaudiNewsNet-style paragraphs that begin with a space',
      code: 'العنوان\n\n قال المتحدث إن العمل مستمر.\n وأضاف أن الفرق جاهزة.',
      errors: [
        { messageId: 'leading', text: ' ', line: 3, column: 1 },
        { messageId: 'leading', text: ' ', line: 4, column: 1 },
      ],
      output: 'العنوان\n\nقال المتحدث إن العمل مستمر.\nوأضاف أن الفرق جاهزة.',
    },
    {
      name: 'leading spaces in arabic-news documents too',
      code: '  قال المتحدث',
      languageId: 'arabic-news',
      errors: [{ messageId: 'leading', text: '  ' }],
      output: 'قال المتحدث',
    },
    {
      name: 'a line of white space only',
      code: 'الفقرة الأولى\n \t \nالفقرة الثانية',
      errors: [{ messageId: 'trailing', text: ' \t ', line: 2 }],
      output: 'الفقرة الأولى\n\nالفقرة الثانية',
    },
    {
      name: 'Markdown: a single trailing space is no hard break',
      code: 'السطر الأول \nالسطر الثاني',
      languageId: 'markdown',
      errors: [{ messageId: 'trailing', text: ' ' }],
      output: 'السطر الأول\nالسطر الثاني',
    },
    {
      name: 'Markdown: two trailing spaces at the end of a paragraph break nothing',
      code: 'نهاية الفقرة  \n\nفقرة جديدة  ',
      languageId: 'markdown',
      errors: [{ messageId: 'trailing', line: 1 }, { messageId: 'trailing', line: 3 }],
      output: 'نهاية الفقرة\n\nفقرة جديدة',
    },
    {
      name: 'Markdown: doubled spaces in prose',
      code: '## العنوان\n\nقال  الوزير `كود`  ثم',
      languageId: 'markdown',
      errors: [{ messageId: 'multiple', line: 3, column: 4 }, { messageId: 'multiple' }],
      output: '## العنوان\n\nقال الوزير `كود` ثم',
    },
    {
      // (the Gulf reviewer: a correctly laid-out verse drew a warning; it is a hint now, a double space a warning)
      name: 'audit: a layout gap between two hemistichs is a hint, offered, never applied',
      code: 'على قدر أهل العزم تأتي العزائم          وتأتي على قدر الكرام المكارم',
      errors: [{ messageId: 'multiple', text: '          ', suggestions: [' '], severity: 'hint' }],
      output: null,
    },
    {
      name: 'two spaces are no layout: a warning, fixed',
      code: 'قال  الوزير',
      errors: [{ messageId: 'multiple', severity: 'warning' }],
      output: 'قال الوزير',
    },
    {
      name: 'audit: the same verse in Markdown',
      code: 'قال الشاعر:\n\nعلى قدر أهل العزم تأتي العزائم          وتأتي على قدر الكرام المكارم',
      languageId: 'markdown',
      errors: [{ messageId: 'multiple', suggestions: [' '] }],
      output: null,
    },
    {
      name: 'audit: space-aligned table columns in plain text',
      code: 'المنتخب         النقاط    الأهداف\nالهلال          30        25',
      errors: ['multiple', 'multiple', 'multiple', 'multiple'],
      output: null,
    },
    {
      name: 'audit: a 4-space indented verse keeps its indent',
      code: 'قال:\n\n    على قدر أهل العزم تأتي العزائم\n    وتأتي على قدر الكرام المكارم',
      errors: [{ messageId: 'leading', suggestions: [''] }, { messageId: 'leading', suggestions: [''] }],
      output: null,
    },
  ],
});

describe('extra-spaces and nbsp together', () => {
  const both = [extraSpaces, nbsp];
  it('split a paragraph between them and fix it in one pass', () => {
    const code = ' قال  الوزير. \u00a0 وأضاف \u00a0\nثم\u00a0قال ';
    const r = lint(code, { rules: both });
    assert.deepEqual(
      r.findings.map((f) => `${f.ruleId}:${f.messageId}:${JSON.stringify(code.slice(f.start, f.end))}`),
      [
        'extra-spaces:leading:" "',
        'extra-spaces:multiple:"  "',
        'nbsp:nbspRun:" \u00a0 "',
        'nbsp:edge:" \u00a0"',
        'nbsp:nbsp:"\u00a0"',
        'extra-spaces:trailing:" "',
      ],
    );
    const fixed = fixText(code, { rules: both });
    assert.equal(fixed.output, 'قال الوزير. وأضاف\nثم قال');
    assert.equal(fixed.passes, 1);
  });

  it('never report overlapping ranges, and fix-all is idempotent (property)', () => {
    const alphabet = [' ', ' ', '\t', '\u00a0', '\u202f', 'ا', 'ب', 'ل', '5', '.', '\n', '\r\n', '|', '-', '>', '`'];
    const langs: DocumentLanguage[] = ['plaintext', 'markdown', 'arabic-news'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.constantFrom(...langs), (parts, languageId) => {
        const code = parts.join('');
        const r = lint(code, { rules: both, languageId });
        assert.deepEqual(r.faults, []);
        const sorted = [...r.findings].sort((a, b) => a.start - b.start);
        for (let k = 1; k < sorted.length; k++) {
          assert.ok(sorted[k].start >= sorted[k - 1].end, `overlap in ${JSON.stringify(code)}`);
        }
        const once = fixText(code, { rules: both, languageId }).output;
        assert.equal(fixText(once, { rules: both, languageId }).output, once, `not idempotent on ${JSON.stringify(code)}`);
        // letters and line breaks survive
        const skeleton = (s: string) => s.replace(/[ \t\u00a0\u202f]/g, '');
        assert.equal(skeleton(once), skeleton(code));
      }),
      { numRuns: 2000 },
    );
  });

  it('find nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: both }).findings, []);
  });
});
