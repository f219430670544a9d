import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import digitSystem from '../../server/src/engine/rules/digits/digit-system';
import { lint } from '../../server/src/engine/engine';
import { runRuleTests } from '../lib/rule-tester';

const W = { system: 'western' };
const A = { system: 'arabic-indic' };

runRuleTests(digitSystem, {
  valid: [
    // the sample article: Western digits throughout
    'موضحا أنه سيتم الاحتفال فى العام المقبل بمرور 70 عاما على العلاقات المصرية الصينية',
    'وأشار طلعت إلى التعاون فى ضوء زيارة الصين فى عام 2019، حيث تم عقد لقاءات وإبرام اتفاقيات',
    'بالإضافة إلى التعاون الفاعل على مدار 20 عاما فى مجالات متنوعة',
    // one system with its own separators and percent sign
    'بلغت نسبة النمو 3.5% وتجاوزت الصادرات 1,500 مليون دولار بحلول 2019/10/5',
    'كشفت دورة تدريبية أن ٥٠٪ من الوظائف ستتغير خلال ٣٫٥ أعوام وأن ١٬٥٠٠ موظف تلقوا التدريب',
    { code: 'بلغت نسبة النمو 3.5% في 2019/10/5 عند الساعة 12:37', options: W },
    { code: 'بتاريخ ١/٣/١٤٣٧هـ الساعة ١٢:٣٧ وانخفضت الحرارة إلى -٥ درجات', options: A },
    // digits inside Latin words, URLs, e-mail addresses, handles, hashtags and code
    { code: 'تفشي COVID-19 وشبكات 5G وقمة G20 في عام ٢٠١٩', options: A },
    { code: 'التفاصيل على https://www.youm7.com/story/2019/10/5/123 وعلى youm7.com/2019 في عام ٢٠١٩', options: A },
    { code: 'راسلونا على news2019@sabq.org أو 966500@gmail.com منذ عام ٢٠١٩', options: A },
    { code: 'غرد @user2019 بوسم #رؤية_2030 و#مصر2030 في عام ٢٠١٩', options: A },
    { code: 'اكتب الأمر `npm i lodash@4 2019` في الطرفية عام ٢٠١٩', options: A, languageId: 'markdown' },
    { code: 'عام ٢٠١٩ ثم:\n\n```\nx = 2019\n```\n', options: A, languageId: 'markdown' },
    // a number beside a Latin word belongs to the Latin phrase
    { code: 'فيلم «بيغ هيرو ٦ – Big Hero 6» وهاتف iPhone 15 بسعة 128 GB', options: A },
    { code: 'قمة G٢٠ في عام ٢٠١٩', options: A },
    // audit: digits glued to Latin text over a slash are part of a model or port name
    { code: 'كما زود بمنفذ ps/2 وآخر للسماعة وكذلك USB في عام ٢٠١٩', options: A },
    // Latin-context numbers do not count towards the majority: ٢٠٢٣ decides, and 15 / 8 may stay
    'صدر هاتف iPhone 15 وهاتف Pixel 8 في عام ٢٠٢٣',
    // majority: two Arabic-Indic against none, the Western 5G is a Latin word
    'أطلقت الشركة شبكات 5G في ١٢ مدينة خلال ٣ أشهر',
  ],
  invalid: [
    {
      name: 'mixed number, no majority: tie goes to Western',
      code: 'انتخب رئيسا لهيئة الصحفيين عام 20١٩م.',
      errors: [{ messageId: 'mixed', text: '20١٩', fixes: 1, suggestions: ['2019'] }],
      output: 'انتخب رئيسا لهيئة الصحفيين عام 2019م.',
    },
    {
      name: 'mixed number with Western separators in an Arabic-Indic document',
      code: 'أنفقت مبلغ (٤,881,000) ريال توزعت على ٢٣ خدمة لأكثر من ١٥ يوما',
      errors: [{ messageId: 'mixed', text: '٤,881,000' }],
      output: 'أنفقت مبلغ (٤٬٨٨١٬٠٠٠) ريال توزعت على ٢٣ خدمة لأكثر من ١٥ يوما',
    },
    {
      name: 'mixed number under an explicit Arabic-Indic policy',
      code: 'في عام 20١٩ و٢٠٢٠',
      options: A,
      errors: [{ messageId: 'mixed', text: '20١٩' }],
      output: 'في عام ٢٠١٩ و٢٠٢٠',
    },
    {
      name: 'consistent: the minority number is converted to the majority',
      code: 'أنقذت الفرق 16 شخصا من الغرق، و١٣ حالة خلال أيام العيد، و٧ حالات أخرى',
      errors: [{ messageId: 'minoritySystem', text: '16', line: 1, column: 13 }],
      output: 'أنقذت الفرق ١٦ شخصا من الغرق، و١٣ حالة خلال أيام العيد، و٧ حالات أخرى',
    },
    {
      name: 'consistent: a tie goes to Western',
      code: 'في عام 2019 وافق ١٩ عضوا',
      errors: [{ messageId: 'minoritySystem', text: '١٩' }],
      output: 'في عام 2019 وافق 19 عضوا',
    },
    {
      name: 'Western policy: percent, decimal and thousands converted with the digits',
      code: 'كشفت الدراسة أن ٥٠٪ من الوظائف ستختفي خلال ٣٫٥ أعوام، وأن ١٬٥٠٠ موظف تلقوا التدريب',
      options: W,
      errors: [
        { messageId: 'wrongSystem', text: '٥٠٪' },
        { messageId: 'wrongSystem', text: '٣٫٥' },
        { messageId: 'wrongSystem', text: '١٬٥٠٠' },
      ],
      output: 'كشفت الدراسة أن 50% من الوظائف ستختفي خلال 3.5 أعوام، وأن 1,500 موظف تلقوا التدريب',
    },
    {
      name: 'Arabic-Indic policy: percent, decimal and thousands converted with the digits',
      code: 'بلغت النسبة 50% والنمو 3.5 والعائد 1,500 ريال',
      options: A,
      errors: [{ text: '50%' }, { text: '3.5' }, { text: '1,500' }],
      output: 'بلغت النسبة ٥٠٪ والنمو ٣٫٥ والعائد ١٬٥٠٠ ريال',
    },
    {
      name: 'Persian digits go to the majority (Arabic-Indic here)',
      code: 'بلغ عدد الزوار ۴۵۰ ألفا في عام ۱۴۳۶ مقابل ٢٠ ألفا',
      errors: [
        { messageId: 'persian', text: '۴۵۰' },
        { messageId: 'persian', text: '۱۴۳۶' },
      ],
      output: 'بلغ عدد الزوار ٤٥٠ ألفا في عام ١٤٣٦ مقابل ٢٠ ألفا',
    },
    {
      name: 'Persian digits under a Western policy',
      code: 'بلغ عدد الزوار ۴۵۰ ألفا',
      options: W,
      errors: [{ messageId: 'persian', text: '۴۵۰' }],
      output: 'بلغ عدد الزوار 450 ألفا',
    },
    {
      name: 'Persian digits mixed with Arabic-Indic ones are reported as Persian',
      code: 'في عام ٢٠۱۹ وافق ١٩ عضوا',
      errors: [{ messageId: 'persian', text: '٢٠۱۹' }],
      output: 'في عام ٢٠١٩ وافق ١٩ عضوا',
    },
    {
      name: 'Persian and Western digits in one number are mixed',
      code: 'في عام 20۱۹',
      options: W,
      errors: [{ messageId: 'mixed', text: '20۱۹' }],
      output: 'في عام 2019',
    },
    {
      name: 'right digits, wrong marks',
      code: 'ارتفعت بنسبة ٥٠% ونمت ٣.٥ مرات',
      options: A,
      errors: [
        { messageId: 'punctuation', text: '٥٠%' },
        { messageId: 'punctuation', text: '٣.٥' },
      ],
      output: 'ارتفعت بنسبة ٥٠٪ ونمت ٣٫٥ مرات',
    },
    {
      name: 'Arabic percent sign with Western digits',
      code: 'ارتفعت بنسبة 50٪ في 2019',
      errors: [{ messageId: 'punctuation', text: '50٪' }],
      output: 'ارتفعت بنسبة 50% في 2019',
    },
    {
      name: 'a percent sign detached by a space goes with its number',
      code: 'اقتربت نسبة السعوديين من 40 % من نزلاء الفنادق',
      options: A,
      errors: [{ messageId: 'wrongSystem', text: '40 %' }],
      output: 'اقتربت نسبة السعوديين من ٤٠ ٪ من نزلاء الفنادق',
    },
    {
      name: 'a detached percent sign alone in the wrong system',
      code: 'اقتربت النسبة من ٤٠ % هذا العام',
      options: A,
      errors: [{ messageId: 'punctuation', text: '٤٠ %' }],
      output: 'اقتربت النسبة من ٤٠ ٪ هذا العام',
    },
    {
      name: 'dates: each part converted, the slashes kept',
      code: 'صدر القرار في 2019/10/5 الموافق ١٤٤١/٢/٦',
      options: A,
      errors: [{ text: '2019' }, { text: '10' }, { text: '5' }],
      output: 'صدر القرار في ٢٠١٩/١٠/٥ الموافق ١٤٤١/٢/٦',
    },
    {
      // the business-desk reviewer: fix-all made «الإصدار 2.3.1» «٢٫٣٫١» and an address «١٩٢٫١٦٨٫١٫١»
      name: 'a number with two dots or more has no decimal point: its dots stay, and into Arabic-Indic it is offered only',
      code: 'بلغ التضخم ١٢٫٥٪ في ٢٠٢٦ بعد ٣ زيادات و٤ قرارات، وصدر الإصدار 2.3.1 في 16.10.2026 ونسبة 3.5%',
      errors: [
        { text: '2.3.1', suggestions: ['٢.٣.١'] },
        { text: '16.10.2026', suggestions: ['١٦.١٠.٢٠٢٦'] },
        { text: '3.5%', suggestions: ['٣٫٥٪'] },
      ],
      output: 'بلغ التضخم ١٢٫٥٪ في ٢٠٢٦ بعد ٣ زيادات و٤ قرارات، وصدر الإصدار 2.3.1 في 16.10.2026 ونسبة ٣٫٥٪',
    },
    {
      // the code reviewer: a mixed dotted number keeps the writer's ٫ into Arabic-Indic digits
      name: 'a mixed dotted number into Arabic-Indic digits keeps its written separators',
      code: 'بلغ التضخم ١٢٫٥٪ في ٢٠٢٦ بعد ٣ زيادات و٤ قرارات، وبدأ التطبيق في ١٦٫١٠٫2026',
      errors: [{ messageId: 'mixed', suggestions: ['١٦٫١٠٫٢٠٢٦'] }],
      output: null,
    },
    {
      name: 'a dotted number into Western digits is converted, its dots kept',
      code: 'في 2026 و2027 بدأ التطبيق في ١٦٫١٠٫٢٠٢٦',
      errors: [{ text: '١٦٫١٠٫٢٠٢٦', suggestions: ['16.10.2026'] }],
      output: 'في 2026 و2027 بدأ التطبيق في 16.10.2026',
    },
    {
      name: 'negative number keeps its minus sign',
      code: 'انخفضت الحرارة إلى -5 درجات',
      options: A,
      errors: [{ text: '5' }],
      output: 'انخفضت الحرارة إلى -٥ درجات',
    },
    {
      name: 'phone numbers',
      code: 'اتصلوا على الرقم 920000000 أو +966 11 4567890',
      options: A,
      errors: [{ text: '920000000' }, { text: '966' }, { text: '11' }, { text: '4567890' }],
      output: 'اتصلوا على الرقم ٩٢٠٠٠٠٠٠٠ أو +٩٦٦ ١١ ٤٥٦٧٨٩٠',
    },
    {
      name: 'tatweel and diacritics beside the number stay untouched',
      code: 'ارتفعت بـ٧٠ عاماً ولِـ٢٠١٩ أهميتها',
      options: W,
      errors: [{ text: '٧٠' }, { text: '٢٠١٩' }],
      output: 'ارتفعت بـ70 عاماً ولِـ2019 أهميتها',
    },
    {
      name: 'an article glued to the number (ال٣٢)',
      code: 'في دور ال٣٢ لمسابقة كأس ولي العهد',
      options: W,
      errors: [{ text: '٣٢' }],
      output: 'في دور ال32 لمسابقة كأس ولي العهد',
    },
    {
      name: 'Persian digits beside a Latin word go Western even under an Arabic-Indic policy',
      code: 'فيلم Big Hero ۶ الجديد',
      options: A,
      errors: [{ messageId: 'persian', text: '۶' }],
      output: 'فيلم Big Hero 6 الجديد',
    },
    {
      name: 'Persian digits glued to a Latin letter go Western under an Arabic-Indic policy',
      code: 'قمة G۲۰ في عام ٢٠١٩',
      options: A,
      errors: [{ messageId: 'persian', text: '۲۰' }],
      output: 'قمة G20 في عام ٢٠١٩',
    },
    {
      name: 'Arabic-Indic digits glued to a Latin letter go Western under a Western policy',
      code: 'قمة G٢٠ في عام 2019',
      options: W,
      errors: [{ messageId: 'wrongSystem', text: '٢٠' }],
      output: 'قمة G20 في عام 2019',
    },
    {
      name: 'numbers glued to Latin letters do not count towards the majority: 2019 alone decides',
      code: 'قمتا G٢٠ وG٢١ في عام 2019',
      errors: [{ messageId: 'minoritySystem', text: '٢٠' }, { messageId: 'minoritySystem', text: '٢١' }],
      output: 'قمتا G20 وG21 في عام 2019',
    },
    {
      name: 'positions on a later line',
      code: 'العنوان\n\nبلغ العدد ١٥ حالة\nو16 حالة أخرى و١٧ حالة',
      errors: [{ messageId: 'minoritySystem', text: '16', line: 4, column: 2 }],
      output: 'العنوان\n\nبلغ العدد ١٥ حالة\nو١٦ حالة أخرى و١٧ حالة',
    },
    {
      name: 'Markdown prose is checked while its code is not',
      code: 'في عام ٢٠١٩ و2020 نفذ `run 2021`',
      options: A,
      languageId: 'markdown',
      errors: [{ text: '2020' }],
      output: 'في عام ٢٠١٩ و٢٠٢٠ نفذ `run 2021`',
    },
  ],
});

describe('digit-system options', () => {
  it('an unknown system is reported as a clear fault, not a crash', () => {
    const r = lint('في عام ٢٠١٩ و2020', {
      rules: [digitSystem],
      config: { rules: { 'digit-system': { severity: 'warning', options: { system: 'roman' } } } },
    });
    assert.equal(r.findings.length, 0);
    assert.equal(r.faults.length, 1);
    assert.match(r.faults[0].message, /option "system" must be "western", "arabic-indic" or "consistent"/);
  });

  it('the default option is consistent and the schema lists the three systems', () => {
    assert.equal(digitSystem.meta.defaultOptions.system, 'consistent');
    const props = (digitSystem.meta.schema as { properties: { system: { enum: string[] } } }).properties;
    assert.deepEqual(props.system.enum, ['western', 'arabic-indic', 'consistent']);
  });

  it('the fix title names the converted number', () => {
    const r = lint('في عام 20١٩', { rules: [digitSystem] });
    assert.equal(r.findings[0].fixes[0].title.en, 'Convert to 2019');
    assert.equal(r.findings[0].fixes[0].title.ar, 'حوّل إلى 2019');
    assert.match(r.findings[0].message.ar, /20١٩/);
  });
});
