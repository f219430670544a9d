import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixText, lint, MAX_FIX_PASSES } from '../../server/src/engine';
import firstMention from '../../server/src/engine/rules/honorifics/first-mention';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';
import { SEED_NAMES } from './name-spelling.test';

const shared = { names: SEED_NAMES };
const ROLE = 'وزير الاتصالات وتكنولوجيا المعلومات';

/** Compound surnames (أبو الغيط، بن عبدالعزيز آل الشيخ) and titles of several words, as the Saudi and Egyptian press write them. */
const COMPOUND = {
  names: [
    { canonical: 'أحمد أبو الغيط', variants: ['أحمد أبو الغيظ'], title: 'الأمين العام لجامعة الدول العربية', source: { file: '(test)', start: 0, end: 0 } },
    { canonical: 'صالح بن عبدالعزيز آل الشيخ', variants: [], role: 'وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد', source: { file: '(test)', start: 0, end: 0 } },
  ],
};
const MINISTRY = 'وزير الشؤون الإسلامية والأوقاف والدعوة والإرشاد';
const src = { file: '(test)', start: 0, end: 0 };
/** Titles and roles as newsrooms write them: with a dot, a proclitic pair, written before the name, in brackets. */
const TITLED = {
  names: [
    { canonical: 'عمرو طلعت', variants: [], title: 'د.', source: src },
    { canonical: 'سامح شكري', variants: [], title: 'وزير الخارجية', source: src },
    { canonical: 'محمد بن سلمان', variants: [], title: 'الأمير', role: 'ولي العهد', source: src },
    { canonical: 'مصطفى مدبولي', variants: [], role: 'رئيس مجلس الوزراء', source: src },
    { canonical: 'هالة السعيد', variants: [], title: 'الأستاذة الدكتورة', source: src },
  ],
};

runRuleTests(firstMention, {
  valid: [
    { code: `التقى الدكتور عمرو طلعت ${ROLE} السفير.\n\nوأشاد طلعت بالعلاقات.`, shared },
    { name: 'a headline uses the surname', code: `طلعت يبحث مع سفير الصين التعاون\n\nالتقى الدكتور عمرو طلعت ${ROLE}، مع السفير.`, shared },
    { name: 'people without title or role in the list', code: 'وقال ليكيانج إن العلاقات ممتازة. والتقى لياو ليكيانج الوزير.', shared },
    // طلعة (a listed surname variant) is the word «sortie» where the draft never names the person
    { name: 'طلعة «sortie» in a draft that never names the person: no bare surname', code: 'نفذ الطيار طلعة جوية فوق المدينة.\n\nواستعد السرب لطلعة جديدة.', shared },
    {
      name: 'a title of several words before the name is the title (the first mention is complete)',
      code: 'وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الاجتماع مهم.\n\nوأضاف أبو الغيط أن القمة ناجحة.',
      shared: COMPOUND,
    },
    {
      name: 'a compound surname (آل الشيخ) is the short form; its last word alone (الشيخ «the sheikh») is no mention',
      code: `وجه صالح بن عبدالعزيز آل الشيخ ${MINISTRY} في السعودية الأئمة.\n\nوقال آل الشيخ إن الشيخ متولي الشعراوي كان خطيبا.`,
      shared: COMPOUND,
    },
    { name: 'a title after a proclitic pair (وبوزير الخارجية)', code: 'وأشاد الوفد وبوزير الخارجية سامح شكري.', shared: TITLED },
    { name: 'a title with a comma before the name', code: 'وقال وزير الخارجية، سامح شكري، إن الأمر مهم.', shared: TITLED },
    { name: 'a title written with its dot (د.)', code: 'التقى د. عمرو طلعت السفير.', shared: TITLED },
    { name: 'the role before the name', code: 'واستقبل ولي العهد الأمير محمد بن سلمان الوفد.', shared: TITLED },
    { name: 'the role before the name, through a proclitic pair', code: 'وأشاد الوفد وبولي العهد السعودي الأمير محمد بن سلمان.', shared: TITLED },
    { name: 'the role in brackets after the name', code: 'وقال مصطفى مدبولي (رئيس مجلس الوزراء) إن الحكومة مستمرة.', shared: TITLED },
  ],
  invalid: [
    {
      name: 'bare surname before the full mention: a suggestion only',
      code: `وأشاد طلعت بالعلاقات.\n\nالتقى الدكتور عمرو طلعت ${ROLE} السفير.`,
      shared,
      errors: [{ messageId: 'bareSurname', text: 'طلعت', suggestions: [`الدكتور عمرو طلعت ${ROLE}`] }],
      output: null,
    },
    {
      name: 'first mention without title and role: both inserted, proclitic moved to the title',
      code: 'والتقى السفير وعمرو طلعت في القاهرة.',
      shared,
      errors: [{ messageId: 'incomplete', text: 'عمرو طلعت' }],
      output: `والتقى السفير والدكتور عمرو طلعت ${ROLE} في القاهرة.`,
    },
    {
      name: 'full title repeated later → surname',
      code: `التقى الدكتور عمرو طلعت ${ROLE} السفير.\n\nوأكد الدكتور عمرو طلعت أن التعاون مستمر.`,
      shared,
      errors: [{ messageId: 'repeatedFull', text: 'الدكتور عمرو طلعت' }],
      output: `التقى الدكتور عمرو طلعت ${ROLE} السفير.\n\nوأكد طلعت أن التعاون مستمر.`,
    },
    {
      name: 'a title of several words missing: inserted once (fix-all used to insert it again at every pass)',
      code: 'وقال أحمد أبو الغيط إن الاجتماع مهم.',
      shared: COMPOUND,
      errors: [{ messageId: 'incomplete', text: 'أحمد أبو الغيط' }],
      output: 'وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الاجتماع مهم.',
    },
    {
      name: 'a title of several words repeated → the compound surname (أبو الغيط, not الغيط)',
      code: 'قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الاجتماع مهم.\n\nوأضاف الأمين العام لجامعة الدول العربية أحمد أبو الغيط أن القمة ناجحة.',
      shared: COMPOUND,
      errors: [{ messageId: 'repeatedFull', text: 'الأمين العام لجامعة الدول العربية أحمد أبو الغيط' }],
      output: 'قال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الاجتماع مهم.\n\nوأضاف أبو الغيط أن القمة ناجحة.',
    },
    {
      name: 'a title with a dot missing: inserted once (it was inserted again at every pass)',
      code: 'التقى عمرو طلعت السفير.',
      shared: TITLED,
      errors: [{ messageId: 'incomplete', text: 'عمرو طلعت' }],
      output: 'التقى د. عمرو طلعت السفير.',
    },
    {
      name: 'a name after ل: the title takes the proclitic (لعمرو → للدكتور), and is then known',
      code: 'وقال إن لعمرو طلعت رأيا.',
      shared: { names: [{ canonical: 'عمرو طلعت', variants: [], title: 'الدكتور', source: src }] },
      errors: [{ messageId: 'incomplete', text: 'عمرو طلعت' }],
      output: 'وقال إن للدكتور عمرو طلعت رأيا.',
    },
    {
      name: 'another title there (part of the listed one): the listed title named, never written in',
      code: 'وقالت الدكتورة هالة السعيد إن الخطة جاهزة.',
      shared: TITLED,
      errors: [{ messageId: 'incomplete', text: 'هالة السعيد', suggestions: [] }],
      output: null,
    },
    {
      name: 'a title of office before the name (وزير الخارجية for الوزير): the listed title named, never written in',
      code: 'والتقى وزير الخارجية سامح شكري السفير.',
      shared: { names: [{ canonical: 'سامح شكري', variants: [], title: 'الوزير', source: src }] },
      errors: [{ messageId: 'incomplete', text: 'سامح شكري', suggestions: [] }],
      output: null,
    },
    {
      name: 'a title word before a particle is not the name\'s: the title is written',
      code: 'وقال الرئيس إن عمرو طلعت سيحضر.',
      shared: { names: [{ canonical: 'عمرو طلعت', variants: [], title: 'الدكتور', source: src }] },
      errors: [{ messageId: 'incomplete', text: 'عمرو طلعت' }],
      output: 'وقال الرئيس إن الدكتور عمرو طلعت سيحضر.',
    },
    {
      // (a fuzz of house-style configs: fix-all wrote «عمرو الدكتور طلعت»)
      name: 'a one-word listed name after another word may end a longer name: the title only offered',
      code: 'وقال عمرو طلعت إن المشروع جاهز.',
      shared: { names: [{ canonical: 'طلعت', variants: [], title: 'الدكتور', source: src }] },
      errors: [{ messageId: 'incomplete', text: 'طلعت', suggestions: ['الدكتور '] }],
      output: null,
    },
    {
      name: 'a one-word listed name after a mark: the title written',
      code: 'وقال المتحدث: طلعت سيحضر.',
      shared: { names: [{ canonical: 'طلعت', variants: [], title: 'الدكتور', source: src }] },
      errors: [{ messageId: 'incomplete', text: 'طلعت' }],
      output: 'وقال المتحدث: الدكتور طلعت سيحضر.',
    },
    {
      name: 'a compound surname before the full mention covers both its words',
      code: 'وأكد أبو الغيط أن القمة ناجحة.\n\nوقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط إن الاجتماع مهم.',
      shared: COMPOUND,
      errors: [{ messageId: 'bareSurname', text: 'أبو الغيط', suggestions: ['الأمين العام لجامعة الدول العربية أحمد أبو الغيط'] }],
      output: null,
    },
  ],
});

it('first-mention: the sample article names طلعت correctly (headline exempt, full first mention, surname after)', () => {
  const text = sampleArticle();
  const r = lint(text, { rules: [firstMention], config: { rules: {}, shared } });
  assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), []);
});

it('first-mention converges with the rules that rewrite titles (title-abbreviation, ornamental-honorific, stacked-titles): fix-all twice is fix-all once', () => {
  const cases: Array<[string, string, Record<string, { severity: 'warning'; options?: Record<string, unknown> }>, string]> = [
    ['الدكتور', 'والتقى الدكتور عمرو طلعت السفير.', { 'title-abbreviation': { severity: 'warning', options: { prefer: 'abbreviated' } } }, 'والتقى د. عمرو طلعت السفير.'],
    ['صاحب السمو الملكي الأمير', 'واستقبل محمد بن سلمان الوفد.', { 'ornamental-honorific': { severity: 'warning' } }, 'واستقبل الأمير محمد بن سلمان الوفد.'],
    ['السيد الدكتور', 'واستقبل عمرو طلعت الوفد.', { 'stacked-titles': { severity: 'warning' } }, 'واستقبل الدكتور عمرو طلعت الوفد.'],
  ];
  for (const [title, code, rules, expected] of cases) {
    const canonical = code.includes('سلمان') ? 'محمد بن سلمان' : 'عمرو طلعت';
    const opts = { config: { rules: { ...rules, 'first-mention': { severity: 'warning' as const } }, shared: { names: [{ canonical, variants: [], title, source: src }] } }, only: new Set(['first-mention', ...Object.keys(rules)]) };
    const once = fixText(code, opts);
    assert.ok(once.passes < MAX_FIX_PASSES, `${title}: converges (${once.passes} passes: ${once.output})`);
    assert.equal(once.output, expected, title);
    assert.equal(fixText(once.output, opts).output, once.output, `${title}: twice is once`);
  }
});
