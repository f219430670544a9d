import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import persianLetters from '../../server/src/engine/rules/orthography/persian-letters';
import { sampleArticle } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

// Cases modelled on the `persian_yeh_keheh` rows of real_phenomena_samples.tsv: Iranian
// agency copy with ی and ک throughout, word-final ی in علی / إلی / فی, a quoted Persian term.
runRuleTests(persianLetters, {
  valid: [
    'وأكد وزير الخارجية الإيراني على أهمية التنسيق مع القيادة السورية.',
    'مصطفى في المستوى الأعلى',
    // Persian digits are digit-system's
    'في عام ۱۳۹۵',
    // URLs and hashtags are identifiers
    'المصدر https://fa.wikipedia.org/wiki/ایران',
    'وسم #ایران',
  ],
  invalid: [
    {
      name: 'keheh and yeh inside words',
      code: 'وأکد وزير الخارجیة',
      errors: [
        { messageId: 'persian', text: 'ک', column: 3, suggestions: ['ك'] },
        { messageId: 'persian', text: 'ی', column: 17, suggestions: ['ي'] },
      ],
      output: 'وأكد وزير الخارجية',
    },
    {
      name: 'one finding per letter',
      code: 'المسؤولین السوریین',
      errors: [{ text: 'ی' }, { text: 'ی' }, { text: 'ی' }],
      output: 'المسؤولين السوريين',
    },
    {
      name: 'word-final ی (dotless there, it looks like ى): ى preferred, ي offered',
      code: 'المحافظة علی تكامل الأراضي',
      errors: [{ messageId: 'persian', text: 'ی', suggestions: ['ى', 'ي'] }],
      output: 'المحافظة على تكامل الأراضي',
    },
    {
      // the audit's sentences (Iraqi agency copy): علی، الی are على، إلى, never علي، الي;
      // final-yeh and alef-maqsura then judge الإيرانى and الى
      // (the culture desk's reader: ي first where the lexicon knows the word with ي and not with ى, الإيرانی → الإيراني)
      name: 'audit: a final ی is written ى (ي where only that spelling is a word), a medial one ي',
      code: 'وصل وزير الخارجية الإيرانی الی بغداد اليوم. وأکد الوزير علی أهمية التنسیق. ووصفها الروائی بأنها رواية.',
      errors: [{ suggestions: ['ي', 'ى'] }, { suggestions: ['ى', 'ي'] }, { text: 'ک' }, { suggestions: ['ى', 'ي'] }, { suggestions: ['ي'] }, { suggestions: ['ي', 'ى'] }],
      output: 'وصل وزير الخارجية الإيراني الى بغداد اليوم. وأكد الوزير على أهمية التنسيق. ووصفها الروائي بأنها رواية.',
    },
    {
      // the politics desk's reader: المحلي and المحلّى are both words, and the draft's own yeh
      // cannot decide (مستوی، المولی، الأولی، تلقی are ى words in drafts that write في; a trial
      // on the corpus turned 32 of them to ي): ى first, ي offered; fix-all writes what the writer saw
      name: 'a final ی on a word the lexicon knows both ways: ى first, as written',
      code: 'وقال الوزير في بيانه إن القمح المحلی يكفي الذي نحتاجه.',
      errors: [{ suggestions: ['ى', 'ي'] }],
      output: 'وقال الوزير في بيانه إن القمح المحلى يكفي الذي نحتاجه.',
    },
    {
      name: 'word-final ی with finalYeh: yeh',
      code: 'المحافظة علی تكامل الأراضي وفی مقدمتها',
      options: { finalYeh: 'yeh' },
      errors: [{ suggestions: ['ي', 'ى'] }, { suggestions: ['ي', 'ى'] }],
      output: 'المحافظة علي تكامل الأراضي وفي مقدمتها',
    },
    {
      name: 'word-final ی with finalYeh: alef-maqsura (the default, said explicitly)',
      code: 'المحافظة علی تكامل الأراضي وفی مقدمتها',
      options: { finalYeh: 'alef-maqsura' },
      errors: [{ suggestions: ['ى', 'ي'] }, { suggestions: ['ى', 'ي'] }],
      output: 'المحافظة على تكامل الأراضي وفى مقدمتها',
    },
    {
      name: 'final ی before a diacritic is still final; medial ی keeps one fix',
      code: 'إلیً التنسیق',
      errors: [{ suggestions: ['ى', 'ي'] }, { suggestions: ['ي'] }],
      output: 'إلىً التنسيق',
    },
    {
      name: 'diacritics stay in place',
      code: 'کَتبَ الشیْخ',
      errors: [{ text: 'ک' }, { text: 'ی' }],
      output: 'كَتبَ الشيْخ',
    },
    {
      name: 'Urdu and Kurdish heh, swash kaf, yeh barree',
      code: 'ھذا اللہ مدرسە ڪتاب ے',
      errors: [{ text: 'ھ' }, { text: 'ہ' }, { text: 'ە' }, { text: 'ڪ' }, { text: 'ے' }],
      output: 'هذا الله مدرسه كتاب ي',
    },
    {
      name: 'ۀ is ة or ه: two suggestions, neither preferred',
      code: 'مدرسۀ العلوم',
      errors: [{ messageId: 'hehYeh', text: 'ۀ', suggestions: ['ة', 'ه'] }],
      output: null,
    },
    {
      name: 'a quoted Persian word is reported without an automatic fix',
      code: 'تغريب (غرب زدگی) بمعنى الميل للغرب',
      errors: [{ messageId: 'persianWord', text: 'ی', suggestions: ['ى', 'ي'] }],
      output: null,
    },
    {
      // adversarial run: a quotation in Persian or Urdu is left as written (never a hybrid
      // spelling): Persian-only letters (پاکستان زندہ باد), Persian words (هستیم، از), or ی / ک
      // throughout a quotation whose words are no Arabic words (خیبر شکن)
      name: 'a Persian or Urdu quotation: pointed out, never fixed',
      code: 'وكتب المغرد بالأردية: «پاکستان زندہ باد». وقال ظريف: «ما آماده مذاکره هستیم». وأطلق الحرس صاروخ «خیبر شکن» الجديد. ويحمل الفيلم اسم «جدایی نادر از سیمین».',
      errors: [
        { messageId: 'persianWord', text: 'ک' },
        { messageId: 'persianWord', text: 'ہ' },
        { messageId: 'persianWord', text: 'ک' },
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ک' },
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ی' },
      ],
      output: null,
    },
    {
      name: 'an unquoted run of Persian words (مذاکره هستیم) is left alone too',
      code: 'وقال ظريف إن بلاده ما آماده مذاکره هستیم كما قال',
      errors: [{ messageId: 'persianWord', text: 'ک' }, { messageId: 'persianWord', text: 'ی' }],
      output: null,
    },
    {
      name: 'a quoted name with ی / ک throughout, in a line typed on a Persian keyboard, is that keyboard: fixed',
      code: 'تعرضت الحافلة الایرانیة للهجوم في منطقة “سون کایا” بالقرب من الحدود',
      errors: [{ messageId: 'persian' }, { messageId: 'persian' }, { messageId: 'persian' }, { messageId: 'persian' }],
      output: 'تعرضت الحافلة الايرانية للهجوم في منطقة “سون كايا” بالقرب من الحدود',
    },
    {
      name: 'Arabic copy typed on a Persian keyboard, quoted or not, is still fixed',
      code: 'وقال: «إن الوزیر سیزور القاهرة». وقال علی لاریجانی إن مدينة گرگان بعيدة.',
      errors: [{ messageId: 'persian' }, { messageId: 'persian' }, { messageId: 'persian' }, { messageId: 'persian' }, { messageId: 'persian' }],
      output: 'وقال: «إن الوزير سيزور القاهرة». وقال على لاريجانى إن مدينة گرگان بعيدة.',
    },
    {
      // review: می، این are also Arabic words typed on a Persian keyboard (مي the name, أين): one
      // such word is no Persian text; two Persian words (or a Persian-only letter) are
      name: 'a single weak Persian word (می، این) in Arabic copy is still fixed',
      code: 'وقالت المطربة می عز الدين إن الفيلم جاهز. این ذهبت الأموال؟',
      errors: [{ messageId: 'persian', text: 'ی' }, { messageId: 'persian', text: 'ی' }],
      output: 'وقالت المطربة مي عز الدين إن الفيلم جاهز. اين ذهبت الأموال؟',
    },
    {
      name: 'two Persian words together (این یک، می خواهد) are Persian: pointed out only',
      code: 'وكتب بالفارسية این یک شوخی است ثم حذف التغريدة',
      errors: [
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ی' },
        { messageId: 'persianWord', text: 'ک' },
        { messageId: 'persianWord', text: 'ی' },
      ],
      output: null,
    },
    {
      name: 'second line',
      code: 'العنوان\nقال إن ريادة الأعمال فی جدة',
      errors: [{ line: 2, column: 23 }],
      output: 'العنوان\nقال إن ريادة الأعمال في جدة',
    },
  ],
});

describe('persian-letters details', () => {
  it('the message names the letter and its replacement', () => {
    const [f] = lint('أکد', { rules: [persianLetters] }).findings;
    assert.match(f.message.en, /\(ک\).*ك/);
    assert.equal(f.fixes.filter((x) => x.preferred).length, 1);
  });
  it('the docs example: fixing the bad sentence gives the good one (علی → على)', () => {
    const { bad, good } = persianLetters.meta.docs;
    assert.equal(fixText(bad, { rules: [persianLetters] }).output, good);
  });
  it('finds nothing in the sample article', () => {
    assert.deepEqual(lint(sampleArticle(), { rules: [persianLetters] }).findings, []);
  });
});
