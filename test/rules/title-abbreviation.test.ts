import titleAbbreviation from '../../server/src/engine/rules/honorifics/title-abbreviation';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(titleAbbreviation, {
  valid: [
    'التقى الدكتور عمرو طلعت السفير.',
    // the era after a year, and the dpa agency initials
    'ولد عام 1950 م. في القاهرة (د.ب.أ).',
    { code: 'التقى د. عمرو طلعت السفير.', options: { prefer: 'abbreviated' } },
    { code: 'قال الدكتور إن الحالة مستقرة.', options: { prefer: 'abbreviated' } },
    // (audit) a quotation keeps its words: a tweet quoted as written, and its names quoted back
    // with ”…“ or ”…”, as Arabic sites write them
    { name: 'a quotation keeps its abbreviations', code: 'وكتب في تغريدة «شكرا د. سالم على الاتصال» ثم قال إن ”د. سالم“ هو وزير سابق، وإن ”م. فهد” زميله.' },
    { name: 'a quotation keeps its full titles', code: 'وقال الضيف «أشكر الدكتور سالم على دعمه».', options: { prefer: 'abbreviated' } },
  ],
  invalid: [
    { code: 'التقى د. عمرو طلعت السفير.', errors: [{ text: 'د.' }], output: 'التقى الدكتور عمرو طلعت السفير.' },
    { code: 'حاضر أ.د. أحمد زويل وم. هاني عازر.', errors: [{ text: 'أ.د.' }, { text: 'م.' }], output: 'حاضر الأستاذ الدكتور أحمد زويل والمهندس هاني عازر.' },
    { name: 'ا.د without hamza or final dot, also after و', code: 'حاضر ا.د أحمد زويل وا.د. هاني عازر.', errors: [{ text: 'ا.د' }, { text: 'ا.د.' }], output: 'حاضر الأستاذ الدكتور أحمد زويل والأستاذ الدكتور هاني عازر.' },
    { code: 'التقى الدكتور عمرو طلعت والمهندس هاني.', options: { prefer: 'abbreviated' }, errors: [{ text: 'الدكتور' }, { text: 'المهندس' }], output: 'التقى د. عمرو طلعت وم. هاني.' },
    {
      // fix-all used to write «حيث وللدكتور» and «لا بالدكتور»: a proclitic and a letter that
      // make a word of the lexicon are only offered the full title
      name: 'ولد. «was born» and لا بد. end a sentence: the title only offered',
      code: 'وتوفي في القاهرة حيث ولد. وكان قد درس الطب، ولا بد. ثم عاد.',
      errors: [{ text: 'د.', suggestions: ['وللدكتور'] }, { text: 'د.', suggestions: ['بالدكتور'] }],
      output: null,
    },
    {
      // (audit) fix-all wrote «الدكتورسامي»: the name glued to the dot gets its space back
      name: 'a name glued to the dot: the full title is followed by a space',
      code: 'وأوضح د.سامي العتيبي أن العمل مستمر، وقال م.فهد إن',
      errors: [{ text: 'د.' }, { text: 'م.' }],
      output: 'وأوضح الدكتور سامي العتيبي أن العمل مستمر، وقال المهندس فهد إن',
    },
    {
      // a closing mark whose opening one was never written quotes nothing after it
      name: 'a stray quotation mark does not hide the rest of the line',
      code: 'وقال إن الحفل ناجح فيه". وأضاف د. سالم الحربي أن الموعد "ثابت" حتى الآن.',
      errors: [{ text: 'د.' }],
      output: 'وقال إن الحفل ناجح فيه". وأضاف الدكتور سالم الحربي أن الموعد "ثابت" حتى الآن.',
    },
  ],
});
