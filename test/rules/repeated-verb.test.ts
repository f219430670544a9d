import repeatedVerb from '../../server/src/engine/rules/reporting-verbs/repeated-verb';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(repeatedVerb, {
  valid: [
    // different verbs in one paragraph
    'وأشار طلعت إلى التعاون المصري الصيني، موضحا أن الوزارة قامت بإنشاء مركز الابتكار.',
    // the same verb in different paragraphs, under the article limit
    'وأشار طلعت إلى التعاون.\n\nمشيرا إلى أن الوزارة قامت بإنشاء مركز الابتكار.',
    // a verb inside a direct quotation is not counted
    'وقال الوزير: «قال لي السفير إن العلاقات ممتازة» خلال اللقاء.',
    // بين as "between", ذكر as "male": not verbs
    'تعزيز العلاقات الثنائية بين البلدين، والتعاون بين الشركات فيما بين الصين ومصر.',
    // participles used as adjectives
    'علمت الصحيفة من مصادر مؤكدة أن القرار صدر، وكان له تأثيرا مشددا على السوق.',
    { code: 'وقال الوزير إن العمل مستمر، وقال السفير إن التعاون قائم.', options: { ignore: ['قال'] } },
    { code: 'وأشار الوزير إلى التعاون، مشيرا إلى أن العمل مستمر.', options: { window: 'none', maxPerArticle: 0 } },
  ],
  invalid: [
    {
      name: 'وأشار … مشيرا in one paragraph: swap keeps the participle form',
      code: 'وأشار طلعت إلى التعاون المصري الصيني، مشيرا إلى أن الوزارة قامت بإنشاء مركز الابتكار.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'مشيرا', suggestions: ['لافتا', 'منوها'] }],
      output: null,
    },
    {
      name: 'proclitic kept, past 3fs swapped: وأشارت → ولفتت',
      code: 'أشارت الوزيرة إلى الخطة، وأشارت إلى الموعد.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'أشارت', column: 27, suggestions: ['لفتت', 'نوهت'] }],
      output: null,
    },
    {
      name: 'hamza-less spelling is the same verb; diacritics and tanween kept in range',
      code: 'اكد الوزير أن المشروع جاهز، مؤكّداً أن العمل بدأ.',
      errors: [{ messageId: 'repeatedInParagraph', text: 'مؤكّداً', suggestions: ['موضحا', 'مشددا|على '] }],
      output: null,
    },
    {
      name: 'present tense with future particle',
      code: 'يؤكد الوزير أن الخطة جاهزة، وسيؤكد أن التنفيذ قريب.',
      errors: [{ text: 'يؤكد', suggestions: ['يوضح', 'يشدد|على '] }],
      output: null,
    },
    {
      name: 'more than maxPerArticle uses in the article',
      code: 'قال الوزير إن الخطة جاهزة.\n\nوقال إن التنفيذ قريب.\n\nوقال إن التمويل متاح.\n\nوقال إن العمل يبدأ غدا.',
      errors: [{ messageId: 'tooMany', text: 'قال', line: 7 }],
      output: null,
    },
    {
      name: 'sentence window',
      code: 'أوضح الوزير أن الخطة جاهزة وأوضح أن التنفيذ قريب. وأوضح أن التمويل متاح.',
      options: { window: 'sentence', maxPerArticle: 0 },
      errors: [{ messageId: 'repeatedInSentence', text: 'أوضح', column: 29 }],
      output: null,
    },
  ],
});
