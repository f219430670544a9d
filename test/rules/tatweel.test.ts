import tatweel from '../../server/src/engine/rules/hidden-characters/tatweel';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(tatweel, {
  valid: [
    // the culture desk's reader: vowelled verse, its letters stretched by the poet, on a line of
    // its own or in a quotation, is quoted as written
    'وختمت الكاتبة بقصيدة تعمدت فيها مد الحروف:\n\nيـا بَحْـرُ رُدَّ إلَـيَّ مـا أَخَـذْتَـهُ     فالمِلْـحُ في عَيْنَـيَّ لَيْـسَ يَـزولُ',
    'وقالت الكاتبة في ختام الأمسية التي أقيمت أمس: «يـا بَحْـرُ رُدَّ إلَـيَّ مـا أَخَـذْتَـهُ».',
    // (as many vowelled words as bare ones: still vowelled text)
    'وقال: «يَـا بَحْرُ رُدَّ مَا أَخَذْتَ» أمس في الندوة الكبرى هنا',
    // the Uthmani seat of the small alef (U+0670) is no decoration
    'قال تعالى: ﴿بِسْمِ ٱللَّهِ ٱلرَّحْمَـٰنِ ٱلرَّحِيمِ﴾ و﴿ذَٰلِكَ ٱلْكِتَـٰبُ لَا رَيْبَ فِيهِ﴾',
    'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات',
    // a lone proclitic joined to a number or a Latin word
    'ارتفعت الصادرات بـ70 مليون دولار',
    'قال لـ BBC إن المفاوضات مستمرة',
    'وصرح لـ«الأهرام» بأن',
    // audit: the Hijri-year abbreviation هـ after a number, glued or spaced
    'يوم الثلاثاء 19 / 10 / 1436هـ الموافق 4 / 8 / 2015م.',
    'العام الدراسي الجديد 1436 – 1437 هـ قام المدير العام للتعليم',
    'من مواليد 1415هـ.',
    // audit: a standalone tatweel used as a dash between spaces
    'أسستها حكومات المثلث التركي ـ السعودي ـ القطري',
    'وسيتم في القريب العاجل ـــ بإذن الله ـــ إضافة مكة',
    // a clitic joined to a quotation, in a headline, is not stretching (لــ«داعش»، بــ «شروط»)
    'المعلمة التي ذهبت لــ«داعش» والنادي يحرج الأهلي بــ «شروط الرفاهية»',
    // adversarial run: stacked proclitics joined to a quotation or a number keep their tatweel
    // (فال«فار» would read فال, an omen; ولل20 is no word)
    'فالـ«فار» لم يتدخل، وبالـ«فيديو» وثق المواطن الواقعة، وللـ«فيفا» رأي آخر.',
    'وكالـ«شروق»، أبرزت الصحف تصريحاته، وكـ«الأهرام» تماما نشرت الخبر.',
    'وللـ20 عاما الماضية ظل الملف مغلقا، فبالـ100 جنيه لم يعد بإمكانك شراء شيء، فكـ«الأهرام» فلـ«الأخبار».',
  ],
  invalid: [
    { code: 'وأشـــاد طلعت', errors: [{ messageId: 'tatweel', text: 'ـــ', line: 1, column: 4 }], output: 'وأشاد طلعت' },
    {
      name: 'tatweel between diacritics keeps the diacritics',
      code: 'طَلعـَت',
      errors: [{ text: 'ـ' }],
      output: 'طَلعَت',
    },
    {
      name: 'inside a quoted title the stretching is decoration too',
      code: 'وصدر كتاب «قصة مدينتــــين» هذا العام',
      errors: [{ text: 'ــــ', suggestions: [''] }],
      output: 'وصدر كتاب «قصة مدينتين» هذا العام',
    },
    { code: 'الـــوزير والـسفير', errors: [{ text: 'ـــ' }, { text: 'ـ' }], output: 'الوزير والسفير' },
    // HOUSE-STYLE.md: "tatweel used for stretching … Fix removes", with no exception for
    // quotations, headlines, verse or names; the fix takes out the kashida only, so the quoted
    // words stay as written. Modelled on real headlines and verse of the corpus. (Vowelled text
    // alone is quoted as written: see the valid cases.)
    {
      name: 'a kunya quoted in a headline: the stretching goes, the words stay',
      code: 'كاتب يرد: إلا «أبـو متعــب»',
      errors: [{ text: 'ـ', suggestions: [''] }, { text: 'ــ', suggestions: [''] }],
      output: 'كاتب يرد: إلا «أبو متعب»',
    },
    {
      name: 'a name quoted at the start of a headline, and a word quoted between straight quotes',
      code: '«إنريكـي» يستبعد اللاعبين من "لقـاء" الفريق',
      errors: [{ text: 'ـ' }, { text: 'ـ' }],
      output: '«إنريكي» يستبعد اللاعبين من "لقاء" الفريق',
    },
    {
      // …but not a line of copy with a few vowelled words, nor a quotation whose marks are
      // tanween and shadda only (the code reviewer)
      name: 'a stretched word in a line with few vowelled words, or with tanween only',
      code: 'وقال الوزير إن المشروع مُهِمّ جدا ولكنه تأخَّر كثيـرا عن موعده، وكتبت: «شكرًا دائمًا وأبدًا يا بطـل».',
      errors: [{ text: 'ـ' }, { text: 'ـ' }],
      output: 'وقال الوزير إن المشروع مُهِمّ جدا ولكنه تأخَّر كثيرا عن موعده، وكتبت: «شكرًا دائمًا وأبدًا يا بطل».',
    },
    {
      // more bare words than vowelled ones (three vowelled) in a line: copy
      name: 'three vowelled words among more bare ones',
      code: 'وقال الوزير في المؤتمر الصحفي الذي عقده أمس إن المشروع مُهِمٌّ وقد تَأَخَّرَ كَثِيـرًا عن موعده المحدد',
      errors: [{ text: 'ـ' }],
      output: 'وقال الوزير في المؤتمر الصحفي الذي عقده أمس إن المشروع مُهِمٌّ وقد تَأَخَّرَ كَثِيرًا عن موعده المحدد',
    },
    {
      name: 'a line of verse stretched for looks',
      code: 'ولكنه ضحـــــك كالبــــكا',
      errors: [{ text: 'ـــــ' }, { text: 'ــــ' }],
      output: 'ولكنه ضحك كالبكا',
    },
  ],
});
