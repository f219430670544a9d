import digitSpacing from '../../server/src/engine/rules/digits/digit-spacing';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(digitSpacing, {
  valid: [
    // the sample article
    'موضحا أنه سيتم الاحتفال فى العام المقبل بمرور 70 عاما على العلاقات المصرية الصينية',
    'وأشار طلعت إلى التعاون فى ضوء زيارة الصين فى عام 2019، حيث تم عقد لقاءات',
    'بالإضافة إلى التعاون الفاعل على مدار 20 عاما فى مجالات متنوعة',
    // proclitics and the article before a number, with tatweel and diacritics
    'ارتفعت الصادرات بـ70 مليون دولار و20 مليونا ب70 ألفا ل2019 ك3 ف4',
    'في دور ال32 وال20 والـ١٠٠ بال5 لل3 فبال5 وَ20 بِـ70',
    'كذب ادعاءات الـ١٠٠ ريال في ليلة الـ٢٩ من رمضان',
    // one-letter abbreviations before a number; units before an exponent
    'سجل الهدف في (د٣٤) والمصدر ص12 ج2',
    'شقة مساحتها 150م2 على أرض 20 كم2 وخزان 5 م3 وأنبوب 30 سم2',
    // era and time marks after a number
    'انتخب رئيسا عام ٢٠٠٤م. وافتتح المسجد عام ١٤٣٠هـ، والقرار في 1436ه',
    'بنيت المدينة عام 500ق.م وهاجرت القبيلة عام 600ق.هـ',
    'يبدأ الدوام الساعة 10ص وينتهي 4م',
    'بتاريخ ١/٣/١٤٣٧ه وفي 2019/10/5م',
    // spaced numbers with marks, decimals and thousands
    'بلغت النسبة 50% و٥٠٪ والنمو 3.5 و٣٫٥ والعائد 1,500 و١٬٥٠٠ ريال وانخفضت إلى -5 درجات',
    // Latin words, URLs, handles, hashtags and code with digits
    'تفشي COVID-19 وشبكات 5G وقمة G20',
    'التفاصيل على https://example.com/عام2019/70عاما و@user2019 و#مصر2030 و#عام2019',
    { code: 'اكتب `عام2019` هنا', languageId: 'markdown' },
    // an account name after @ (adversarial run: fix-all wrote «@محمد_صلاح 11»)
    'وكتب اللاعب عبر حسابه @محمد_صلاح11 تغريدة، ورد عليه @صلاح11 أمس.',
    // audit: the Egyptian decimal mark ر (3ر19 is 3.19), also in long figures
    'ارتفع الإنتاج بنسبة 3ر19% عن العام السابق، وبلغت الطاقة ( 432ر690ر29 ) ميجاوات وكلفه 50ر11 مليون يورو',
    // an invisible character between number and word is another rule's business
    '70\u200fعاما',
  ],
  invalid: [
    {
      name: 'number glued to the word after it (sample article, space lost)',
      code: 'سيتم الاحتفال فى العام المقبل بمرور 70عاما على العلاقات',
      errors: [{ messageId: 'numberThenWord', text: '70عاما', line: 1, column: 37, fixes: 1, suggestions: [' '] }],
      output: 'سيتم الاحتفال فى العام المقبل بمرور 70 عاما على العلاقات',
    },
    {
      name: 'word glued to the number after it',
      code: 'فى ضوء زيارة الصين فى عام2019، حيث تم عقد لقاءات',
      errors: [{ messageId: 'wordThenNumber', text: 'عام2019' }],
      output: 'فى ضوء زيارة الصين فى عام 2019، حيث تم عقد لقاءات',
    },
    {
      name: 'diacritics on the glued word stay',
      code: 'على مدار 20عاماً في مجالات متنوعة، وفي عامَ2019',
      errors: [{ text: '20عاماً' }, { text: 'عامَ2019' }],
      output: 'على مدار 20 عاماً في مجالات متنوعة، وفي عامَ 2019',
    },
    {
      name: 'tatweel before the number stays',
      code: 'في عامـ2019 وقعت الاتفاقية',
      errors: [{ text: 'عامـ2019' }],
      output: 'في عامـ 2019 وقعت الاتفاقية',
    },
    {
      name: 'percent signs and Arabic-Indic digits',
      code: 'كشفت دورة تدريبية أن ٥٠٪من الوظائف ستتغير، وتمثل31% من الثروة',
      errors: [{ messageId: 'numberThenWord', text: '٥٠٪من' }, { messageId: 'wordThenNumber', text: 'وتمثل31%' }],
      output: 'كشفت دورة تدريبية أن ٥٠٪ من الوظائف ستتغير، وتمثل 31% من الثروة',
    },
    {
      name: 'a name glued to a number',
      code: 'فما هو موقفك من فكرة جنيف٣؟',
      errors: [{ text: 'جنيف٣' }],
      output: 'فما هو موقفك من فكرة جنيف ٣؟',
    },
    {
      name: 'glued on both sides',
      code: 'وصل الوفد يوم5يناير',
      errors: [{ messageId: 'wordThenNumber', text: 'يوم5' }, { messageId: 'numberThenWord', text: '5يناير' }],
      output: 'وصل الوفد يوم 5 يناير',
    },
    {
      name: 'units and number words after a number are spaced',
      code: 'تبعد 90كم عن رفحاء ومساحتها 500كم2 وتكلفتها 5آلاف ريال',
      errors: [{ text: '90كم' }, { text: '500كم' }, { text: '5آلاف' }],
      output: 'تبعد 90 كم عن رفحاء ومساحتها 500 كم2 وتكلفتها 5 آلاف ريال',
    },
    {
      name: 'decimals and thousands',
      code: 'بلغت الصادرات 3.5مليار دولار والواردات ١٬٥٠٠ريال',
      errors: [{ text: '3.5مليار' }, { text: '١٬٥٠٠ريال' }],
      output: 'بلغت الصادرات 3.5 مليار دولار والواردات ١٬٥٠٠ ريال',
    },
    {
      name: 'a date glued to the word before it',
      code: 'صدر القرار يوم2019/10/5م',
      errors: [{ text: 'يوم2019' }],
      output: 'صدر القرار يوم 2019/10/5م',
    },
    {
      name: 'an era letter followed by more letters is a word',
      code: 'وقع الاتفاق عام 2019مع الصين',
      errors: [{ messageId: 'numberThenWord', text: '2019مع' }],
      output: 'وقع الاتفاق عام 2019 مع الصين',
    },
    {
      name: 'a two-letter word that is not a proclitic stack',
      code: 'وصل نحو03 تريليون دولار',
      errors: [{ text: 'نحو03' }],
      output: 'وصل نحو 03 تريليون دولار',
    },
    {
      name: 'a unit before a number that is not an exponent',
      code: 'الطريق كم10 إلى الشمال',
      errors: [{ text: 'كم10' }],
      output: 'الطريق كم 10 إلى الشمال',
    },
    {
      name: 'positions on a later line',
      code: 'العنوان\nبلغ 16شخصا',
      errors: [{ text: '16شخصا', line: 2, column: 5 }],
      output: 'العنوان\nبلغ 16 شخصا',
    },
  ],
});
