import tehMarbuta from '../../server/src/engine/rules/orthography/teh-marbuta';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(tehMarbuta, {
  valid: [
    'وأكد المتحدث باسم الحكومة أن المنطقة العامة ستفتح.',
    // pronoun suffixes are words: never touched
    'قرأت كتابه وأخذت منه نسخة وأعطيته له',
    // منطقه is a word too (منطق + ه): left alone without other evidence
    'لا أفهم منطقه',
    // words whose ه belongs to the word
    'المياه والاتجاه والترفيه والتوجيه في هذه الجهة',
    // ة words the lexicon lacks are not turned into pronoun forms
    'مزحة غريبة وبلدة الفوعة وأطعمة نيئة',
    // Latin and URLs
    'see https://example.com/الحكومه',
    { code: 'زار الحكومه', shared: { acceptedWords: new Set(['الحكومه']) } },
  ],
  invalid: [
    {
      name: 'ه for ة with the article: preferred fix, one letter',
      code: 'وأكد المتحدث باسم الحكومه أن المنطقه العامه ستفتح بالمتابعه',
      errors: [
        { messageId: 'toTehMarbuta', text: 'الحكومه', suggestions: ['ة'] },
        { messageId: 'toTehMarbuta', text: 'المنطقه' },
        { messageId: 'toTehMarbuta', text: 'العامه' },
        { messageId: 'toTehMarbuta', text: 'بالمتابعه' },
      ],
      output: 'وأكد المتحدث باسم الحكومة أن المنطقة العامة ستفتح بالمتابعة',
    },
    {
      name: 'ة for a ه that belongs to the word',
      code: 'هذة المياة',
      errors: [{ messageId: 'toHeh', text: 'هذة' }, { messageId: 'toHeh', text: 'المياة' }],
      output: 'هذه المياه',
    },
    {
      name: 'منطقه beside منطقة, from a writer who types ه for ة: a suggestion only',
      code: 'زار الحكومه منطقه الرياض ثم منطقة جازان',
      errors: [{ messageId: 'toTehMarbuta', text: 'الحكومه' }, { messageId: 'maybe', text: 'منطقه', fixes: 1 }],
      output: 'زار الحكومة منطقه الرياض ثم منطقة جازان',
    },
    {
      name: 'a wrong ending and a missing hamza: this rule writes the ending only',
      code: 'الايام الاخيره',
      errors: [{ text: 'الاخيره', suggestions: ['ة'] }],
      output: 'الايام الاخيرة',
    },
    {
      name: 'a diacritic after the letter stays',
      code: 'الحكومهُ',
      errors: [{ text: 'الحكومهُ' }],
      output: 'الحكومةُ',
    },
  ],
});
