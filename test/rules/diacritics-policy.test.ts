import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import diacriticsPolicy from '../../server/src/engine/rules/diacritics/diacritics-policy';
import { runRuleTests, type InvalidCase } from '../lib/rule-tester';

runRuleTests(diacriticsPolicy, {
  valid: [
    'وأشاد طلعت بعمق العلاقات المصرية الصينية، بمرور 70 عاما على العلاقات.',
    // shadda kept by default: it disambiguates
    'أكّد الوزير أن العمل مستمر.',
    { code: 'احتفلت الجامعة بمرور 70 عامًا على تأسيسها.', options: { policy: 'tanween-alef' } },
    { code: 'قرأ الطالب الآية «وَالعَصْرِ» كاملة.', options: { keep: ['وَالعَصْرِ'] } },
  ],
  invalid: [
    {
      code: 'احتفلت الجامعةُ بمرورِ 70 عاما.',
      errors: [{ messageId: 'tashkeel', text: 'الجامعةُ' }, { text: 'بمرورِ' }],
      output: 'احتفلت الجامعة بمرور 70 عاما.',
    },
    {
      name: 'strip keeps shadda unless told otherwise',
      code: 'عَلَّمَ المعلمُ الطلاب.',
      errors: [{ messageId: 'tashkeel', text: 'عَلَّمَ' }, { text: 'المعلمُ' }],
      output: 'علّم المعلم الطلاب.',
    },
    { code: 'أكّد الوزير.', options: { keepShadda: false }, errors: [{ text: 'أكّد' }], output: 'أكد الوزير.' },
    {
      name: 'tanween-alef: the tanween moves before the alef, other marks go',
      code: 'مضى عاماً كاملاً على الاتفاقِ.',
      options: { policy: 'tanween-alef' },
      errors: [{ messageId: 'tanweenOrder', text: 'عاماً' }, { messageId: 'tanweenOrder', text: 'كاملاً' }, { messageId: 'tashkeel', text: 'الاتفاقِ' }],
      output: 'مضى عامًا كاملًا على الاتفاق.',
    },
  ],
});

// The passive (فُعِل): its damma disambiguates (عُلِم is not علم), so stripping it is only
// offered, beside a fix that keeps just that damma (and the shadda when kept).
const passive: { valid: string[]; invalid: InvalidCase[] } = {
  valid: [
    // the damma alone on the first letter (what the passive fix writes) is left alone
    'قُتل ثلاثة أشخاص وعُثر على جثة.',
    'عُلّم الطلاب القراءة.',
    'عُلم أن الوزير وصل.',
    // ت ن م begin a past passive only in a word of three letters (form I: تُرك، نُقل، مُنح)
    'وتُرك الباب مفتوحا، ونُقل المصاب، ومُنح الجائزة.',
  ],
  invalid: [
    {
      name: 'عُلِم: found, nothing preferred; keep the damma, or strip',
      code: 'عُلِم أن الوزير وصل.',
      errors: [{ messageId: 'passive', text: 'عُلِم', suggestions: ['عُلم', 'علم'] }],
      output: null,
    },
    {
      name: 'عُلِّمَ: the shadda is kept by both fixes (keepShadda), dropped by both without it',
      code: 'عُلِّمَ الطلاب.',
      errors: [{ messageId: 'passive', text: 'عُلِّمَ', suggestions: ['عُلّم', 'علّم'] }],
      output: null,
    },
    {
      code: 'عُلِّمَ الطلاب.',
      options: { keepShadda: false },
      errors: [{ messageId: 'passive', text: 'عُلِّمَ', suggestions: ['عُلم', 'علم'] }],
      output: null,
    },
    {
      name: 'after the proclitics و ف, and the derived forms (أُعلِن، اُعتُقِل، شُوهِد)',
      code: 'وَقُتِلَ ثلاثة، فعُثِر على جثة، وأُعلِنَت النتائج، واُعتُقِل اثنان وشُوهِد آخر.',
      errors: [
        { messageId: 'passive', text: 'وَقُتِلَ', suggestions: ['وقُتل', 'وقتل'] },
        { messageId: 'passive', text: 'فعُثِر', suggestions: ['فعُثر', 'فعثر'] },
        { messageId: 'passive', text: 'وأُعلِنَت', suggestions: ['وأُعلنت', 'وأعلنت'] },
        { messageId: 'passive', text: 'واُعتُقِل', suggestions: ['واُعتقل', 'واعتقل'] },
        { messageId: 'passive', text: 'وشُوهِد', suggestions: ['وشُوهد', 'وشوهد'] },
      ],
      output: null,
    },
    {
      name: 'ت ن م in a word of three letters: تُبِع، نُقِل، مُنِح',
      code: 'تُبِعَ الموكب، ونُقِل المصاب، ومُنِحَ الجائزة.',
      errors: [
        { messageId: 'passive', text: 'تُبِعَ', suggestions: ['تُبع', 'تبع'] },
        { messageId: 'passive', text: 'ونُقِل', suggestions: ['ونُقل', 'ونقل'] },
        { messageId: 'passive', text: 'ومُنِحَ', suggestions: ['ومُنح', 'ومنح'] },
      ],
      output: null,
    },
    {
      name: 'a final ه or ي after the kasra: the verb\'s own, carrying the fatha of the past (وُجِّهَ، دُعِيَ، أُعطِيَ)',
      code: 'وُجِّهَ الخطاب، ودُعِيَ الوزير، وأُعطِيَ الإذن.',
      errors: [
        { messageId: 'passive', text: 'وُجِّهَ', suggestions: ['وُجّه', 'وجّه'] },
        { messageId: 'passive', text: 'ودُعِيَ', suggestions: ['ودُعي', 'ودعي'] },
        { messageId: 'passive', text: 'وأُعطِيَ', suggestions: ['وأُعطي', 'وأعطي'] },
      ],
      output: null,
    },
    {
      name: 'اُفتُعِل with the ت assimilated: اُتُّهِم',
      code: 'اُتُّهِمَ الموظف.',
      errors: [{ messageId: 'passive', text: 'اُتُّهِمَ', suggestions: ['اُتّهم', 'اتّهم'] }],
      output: null,
    },
    {
      name: 'not the past passive: imperfects (يُعلِن، تُحِبّ، يُقَال), participles (مُسلِم، مُدِير), a case ending (حُكومتِه): stripped as before',
      code: 'يُعلِن الوزير وتُحِبّ الناس ويُقَال إن المُسلِم المُدِير في حُكومتِه.',
      errors: [
        { messageId: 'tashkeel', text: 'يُعلِن' },
        { messageId: 'tashkeel', text: 'وتُحِبّ' },
        { messageId: 'tashkeel', text: 'ويُقَال' },
        { messageId: 'tashkeel', text: 'المُسلِم' },
        { messageId: 'tashkeel', text: 'المُدِير' },
        { messageId: 'tashkeel', text: 'حُكومتِه' },
      ],
      output: 'يعلن الوزير وتحبّ الناس ويقال إن المسلم المدير في حكومته.',
    },
    {
      name: 'a lone damma on ي, or on ت ن م past three letters, is the imperfect or a participle: flagged and stripped',
      code: 'يُمكن أن يُشير الوزير إلى المُتحمّسين، وكُنا مُتحمّسين.',
      errors: [
        { messageId: 'tashkeel', text: 'يُمكن', suggestions: ['يمكن'] },
        { messageId: 'tashkeel', text: 'يُشير', suggestions: ['يشير'] },
        { messageId: 'tashkeel', text: 'المُتحمّسين', suggestions: ['المتحمّسين'] },
        { messageId: 'tashkeel', text: 'مُتحمّسين', suggestions: ['متحمّسين'] },
      ],
      output: 'يمكن أن يشير الوزير إلى المتحمّسين، وكُنا متحمّسين.',
    },
    {
      name: 'the imperfect passive (يُقال، يُعد) and an active imperfect (تُركّز): flagged and stripped',
      code: 'يُقال إن الخطة يُعد لها وتُركّز على التعليم.',
      errors: [
        { messageId: 'tashkeel', text: 'يُقال', suggestions: ['يقال'] },
        { messageId: 'tashkeel', text: 'يُعد', suggestions: ['يعد'] },
        { messageId: 'tashkeel', text: 'وتُركّز', suggestions: ['وتركّز'] },
      ],
      output: 'يقال إن الخطة يعد لها وتركّز على التعليم.',
    },
    {
      name: 'ت ن م past three letters are not read as a passive (تُرِكت، تُوُفِّي, تُفُعِّل): stripped as before',
      code: 'تُرِكَت السيارة، وتُوُفِّيَ الشاعر.',
      errors: [
        { messageId: 'tashkeel', text: 'تُرِكَت', suggestions: ['تركت'] },
        { messageId: 'tashkeel', text: 'وتُوُفِّيَ', suggestions: ['وتوفّي'] },
      ],
      output: 'تركت السيارة، وتوفّي الشاعر.',
    },
    {
      name: 'nouns: a kasra before a pronoun suffix is a case ending (كُلِّها، وأُمِّه، وحُبِّه، وكُتُبِهم، وحُبِّك)',
      code: 'حضروا كُلِّها وأُمِّه وحُبِّه وكُتُبِهم وحُبِّك.',
      errors: [
        { messageId: 'tashkeel', text: 'كُلِّها', suggestions: ['كلّها'] },
        { messageId: 'tashkeel', text: 'وأُمِّه', suggestions: ['وأمّه'] },
        { messageId: 'tashkeel', text: 'وحُبِّه', suggestions: ['وحبّه'] },
        { messageId: 'tashkeel', text: 'وكُتُبِهم', suggestions: ['وكتبهم'] },
        { messageId: 'tashkeel', text: 'وحُبِّك', suggestions: ['وحبّك'] },
      ],
      output: 'حضروا كلّها وأمّه وحبّه وكتبهم وحبّك.',
    },
    {
      name: 'a final ك after the kasra may be the pronoun (حُبِّك) or the root\'s (تُرِكَ، مُلِكَ): not read as a passive',
      code: 'وتُرِكَ البيت ومُلِكَ.',
      errors: [
        { messageId: 'tashkeel', text: 'وتُرِكَ', suggestions: ['وترك'] },
        { messageId: 'tashkeel', text: 'ومُلِكَ', suggestions: ['وملك'] },
      ],
      output: 'وترك البيت وملك.',
    },
    {
      name: 'nouns: a final ي without the fatha of the past (أُولِي، سُنِّي، دُعِي); a damma on the second letter without a shadda (قُدُسِيَّة)',
      code: 'يَا أُولِي الأَلْبَابِ، وهو سُنِّي، وقد دُعِي، وللمكان قُدُسِيَّة.',
      errors: [
        { messageId: 'tashkeel', text: 'يَا', suggestions: ['يا'] },
        { messageId: 'tashkeel', text: 'أُولِي', suggestions: ['أولي'] },
        { messageId: 'tashkeel', text: 'الأَلْبَابِ', suggestions: ['الألباب'] },
        { messageId: 'tashkeel', text: 'سُنِّي', suggestions: ['سنّي'] },
        { messageId: 'tashkeel', text: 'دُعِي', suggestions: ['دعي'] },
        { messageId: 'tashkeel', text: 'قُدُسِيَّة', suggestions: ['قدسيّة'] },
      ],
      output: 'يا أولي الألباب، وهو سنّي، وقد دعي، وللمكان قدسيّة.',
    },
    {
      name: 'tanween-alef: the passive is the same',
      code: 'قُتِلَ عاماً كاملاً.',
      options: { policy: 'tanween-alef' },
      errors: [
        { messageId: 'passive', text: 'قُتِلَ', suggestions: ['قُتل', 'قتل'] },
        { messageId: 'tanweenOrder', text: 'عاماً' },
        { messageId: 'tanweenOrder', text: 'كاملاً' },
      ],
      output: 'قُتِلَ عامًا كاملًا.',
    },
  ],
};
runRuleTests(diacriticsPolicy, passive);

// What either fix of a passive finding writes (the damma kept, or every mark stripped) is not
// flagged again: applied, the text checked again, no finding on the word.
describe('diacritics-policy: the fixes of a passive are final', () => {
  let seen = 0;
  for (const c of passive.invalid) {
    it(c.name ?? c.code, () => {
      const config = { rules: { [diacriticsPolicy.meta.id]: { severity: 'warning' as const, options: c.options } } };
      for (const f of lint(c.code, { rules: [diacriticsPolicy], config }).findings) {
        if (f.messageId !== 'passive') continue;
        assert.equal(f.fixes.length, 2);
        assert.match(f.fixes[0].title.en, /only the damma of the passive/);
        for (const fix of f.fixes) {
          const [e] = fix.edits;
          const text = c.code.slice(0, e.start) + e.text + c.code.slice(e.end);
          const again = lint(text, { rules: [diacriticsPolicy], config }).findings.filter((g) => g.start === e.start);
          assert.deepEqual(again.map((g) => `${g.messageId} «${text.slice(g.start, g.end)}»`), [], `after «${e.text}»`);
        }
        seen++;
      }
    });
  }
  it('looked at every passive of the tables', () => assert.equal(seen, 16, 'passive findings in the tables'));
});
