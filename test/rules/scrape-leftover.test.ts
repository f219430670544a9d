// scrape-leftover: page chrome copied along with an article. Cases are sample-article lines,
// lines modelled on the chrome of Egyptian and Saudi news sites (Youm7, Masrawy, Al-Ahram,
// SPA wire copy), and the `scrape_leftover` rows of the real-phenomena corpus (read at test time).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { fixText, lint } from '../../server/src/engine/engine';
import rule from '../../server/src/engine/rules/leftovers/scrape-leftover';
import type { ResolvedConfig } from '../../server/src/engine/types';
import { corpusTsv, sampleArticle } from '../lib/corpus';
import { runRuleTests, type InvalidCase, type ValidCase } from '../lib/rule-tester';

const HEADLINE = 'طلعت يبحث مع سفير الصين التعاون فى بناء القدرات الرقمية والذكاء الاصطناعى';
const BODY = 'التقى الدكتور عمرو طلعت وزير الاتصالات وتكنولوجيا المعلومات، مع لياو ليكيانج سفير جمهورية الصين فى مصر.';
const LAST = 'ووجه طلعت، الدعوة لنظيره الصينى من خلال السفير لزيارة مصر.';

// The real-phenomena rows the corpus labels scrape_leftover were found by keyword, so each is
// judged here by hand, keyed by a few of its words.
const TSV_DECISIONS: Array<{ key: string; leftover: boolean; why: string }> = [
  { key: 'ولمشاهدة النتيجة', leftover: true, why: 'the whole line is a link label whose link is gone' },
  { key: 'المزود بالتطبيق', leftover: false, why: 'a numbered step of the article that ends in a dead link: copy, not chrome' },
  { key: 'منفتح العقل', leftover: false, why: '«قد يعجبك» inside a sentence of an opinion column' },
];
const tsvRows = corpusTsv('errors/real_phenomena_samples.tsv').filter((r) => r.phenomenon === 'scrape_leftover');
function tsvRow(key: string): string {
  const rows = tsvRows.filter((r) => r.text.includes(key));
  assert.equal(rows.length, 1, `exactly one scrape_leftover row holds «${key}»`);
  return rows[0].text;
}

const valid: Array<string | ValidCase> = [
  // «رابط» in the copy, not after a sentence mark or with no colon and headline after it: no footer
  `${BODY}\nوقال المتحدث إن رابط الخبر: غير صحيح.\nوأكد أن رابط الخبر المنشور تغير.`,
  `${BODY} رابط الخبر متاح للجميع.`,
  // the sample article's headline, body and last paragraph
  HEADLINE,
  `${HEADLINE}\n\n${BODY}\n\n${LAST}`,
  // datelines and bylines
  ' عين اليوم – بنسلفانيا',
  ' إبراهيم الحذيفي – عين اليوم',
  'عبدالكريم الحمد ـ الرياض',
  ' الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس',
  // wire copy: category before the headline, end marker, time
  'عام / أمير المنطقة يفتتح معرض الكتاب الدولي',
  ' // انتهى //',
  ' 17:37 ت م ',
  // headlines that begin like chrome
  'رئيس التحرير يلتقي وزير الإعلام',
  'رئيس التحرير يلتقي رئيس الوزراء',
  'رئيس تحرير الأهرام: الصحافة الورقية باقية',
  'رئيس مجلس الإدارة يزور ميدان التحرير',
  'وسوم الإبل.. هوية القبيلة',
  'شارك على مدى ثلاثة أيام أكثر من 500 متسابق',
  'شارك هذا العام أكثر من ألف طالب في المسابقة',
  'قد يهمك أن تعرف أن الوزارة أعلنت مواعيد جديدة',
  'حجم الخط الجديد للمترو يبلغ عشرين كيلومترا',
  'شارك الوزير في افتتاح المؤتمر الدولي للاتصالات',
  'المزيد من التفاصيل في العدد القادم',
  'أهم الأخبار الاقتصادية في الأسبوع الماضي كانت تراجع البورصة، وارتفاع الدولار.',
  'عاجل.. الرئيس يصدر قرارا بتعيين محافظ جديد',
  'فيسبوك تطلق ميزة جديدة للمستخدمين العرب',
  // an interview question, a source line, a date written with slashes
  '• ما هو تأثير الاتفاق على أمن المنطقة؟',
  'المصدر: وكالات',
  'الأحد 10 / 8 / 2015',
  // Latin network names inside a sentence
  'أعلنت شركة Facebook أنها ستغلق حسابات مزيفة على Twitter خلال الأسبوع المقبل.',
  // a short caption repeated is only a hint (verse, prosody and captions repeat in real copy)
  'جانب من اللقاء\n\nالتقى الوزير السفير.\n\nجانب من اللقاء',
  // audit: a line that reads as a sentence is not a navigation bar, whatever its separators
  'الأسعار: الذهب / الفضة / البلاتين ارتفعت جميعها اليوم',
  'هذا العمل لا يطابق / يجاري القانون هذا العمل لا يساير / يشايع القانون',
  'صدّق / أقرّ / أجاز المجلسُ القرارَ',
  'أنت هنا لأنك اخترت الطريق الصعب',
  // audit (snnv_0007): a film review's rating key
  'رغم ذلك، يبدو الفيلم الأول أكثر جودة.\n (*1): لا يستحق | (*2): وسط | (*3): جيد | (*4): ممتاز | (*5): تحفة\u202c',
  // audit: legitimate recurrences — a chant quoted twice, an interview question asked twice
  'ردد المتظاهرون في الساحة:\nالشعب يريد إصلاح النظام الآن\nثم توجهوا إلى مبنى البرلمان حيث ألقى عدد من النواب كلمات قصيرة أمام الحشود، قبل أن يعودوا إلى الساحة.\nوفي ختام اليوم عادوا يرددون:\nالشعب يريد إصلاح النظام الآن',
  'س: ما رأيكم في القرار الأخير للجنة؟\nج: نحن نحترم القرار ولكننا سنستأنف.\nس: ما رأيكم في القرار الأخير للجنة؟\nج: قلت لك إننا سنستأنف ولن أزيد.',
  `${HEADLINE}\n\n${BODY}\n\n${LAST}\n\n${BODY}\n\n${LAST}\n\n${BODY}\n\n${HEADLINE}\n\n${LAST}`,
  // a Markdown table row is not a menu
  { code: '| الاسم | المنصب | الجهة |\n|---|---|---|\n| عمرو طلعت | وزير | الاتصالات |', languageId: 'markdown' },
  // the Gulf reviewer: a tweet quoted in a Markdown blockquote keeps its credit line
  { code: 'قال المركز إن الطقس مستقر.\n\n> تحذير من الغبار غدا في الرياض\n> — المركز الوطني للأرصاد (@NCMKSA) January 6, 2025\n\nوأضاف المركز أن الرؤية ستنخفض.', languageId: 'markdown' },
  // (the code reviewer) a lazy line opening with emphasis or a hashtag is no list or heading: still quoted
  { code: 'قال المركز.\n\n> تحذير من الغبار غدا\n**تنبيه** من المركز\n— المركز الوطني للأرصاد (@NCMKSA) January 6, 2025\n\nوأضاف المركز.', languageId: 'markdown' },
  // …and so does a credit line under it with no `>` of its own (CommonMark's lazy continuation)
  { code: 'قال المركز إن الطقس مستقر.\n\n> تحذير من الغبار غدا في الرياض\n— المركز الوطني للأرصاد (@NCMKSA) January 6, 2025\n\nوأضاف المركز أن الرؤية ستنخفض.', languageId: 'markdown' },
  // the digital desk's reader: a caption under a Markdown image may say what its alt text says
  { code: '![سيارات عالقة في مياه الأمطار بنفق سيدي جابر](images/a.jpg)\n*سيارات عالقة في مياه الأمطار بنفق سيدي جابر*\n\nوقالت المحافظة إن الأمطار غزيرة.', languageId: 'markdown' },
  // a paragraph that quotes an account is copy, not a tweet attribution
  '- وقال الوزير في تغريدة على حسابه (@minister) يوم الأحد 5 مارس 2023 إن المشروع سيكتمل قبل نهاية العام الجاري وإن الحكومة ملتزمة بكل تعهداتها.',
  // a user phrase is matched literally, never as a pattern
  { code: 'الوزير يفتتح المعرض الدولي للكتاب', options: { phrases: ['.*', '(', '[a-z]+', 'ال.*', '^'] } },
  // a higher minScore keeps the one-word buttons
  { code: 'شارك', options: { minScore: 6 } },
  // the real-phenomena rows judged as copy
  ...TSV_DECISIONS.filter((d) => !d.leftover).map((d) => ({ name: `corpus row «${d.key}»: ${d.why}`, code: tsvRow(d.key) })),
];

const invalid: InvalidCase[] = [
  // --- the sample article
  {
    name: 'sample first line: a heading glued to a category name',
    code: `أهم الأخباراتصالات وتكنولوجيا\n\n${HEADLINE}\n\n${BODY}`,
    errors: [{ messageId: 'phrase', text: 'أهم الأخباراتصالات وتكنولوجيا', line: 1, column: 1, fixes: 1 }],
    output: `${HEADLINE}\n\n${BODY}`,
  },
  {
    name: 'sample last lines: show more, back to top',
    code: `${BODY}\n\n${LAST}\n\nاظهر المزيد\n\n\nزر الذهاب إلى الأعلى`,
    errors: [
      { messageId: 'phrase', text: 'اظهر المزيد', line: 5 },
      { messageId: 'phrase', text: 'زر الذهاب إلى الأعلى', line: 8 },
    ],
    output: `${BODY}\n\n${LAST}`,
  },
  { name: 'hamza spelling folded', code: 'أظهر المزيد', errors: [{ text: 'أظهر المزيد' }], output: '' },
  {
    // the digital desk's reader: the title repeated above a share button ends the text as much
    // as one repeated last (it had been reported on fix-all's second pass only)
    name: 'a title repeated before a last leftover line',
    code: '# زيادة أسعار تذاكر المترو.. والمواطنون يردون\n\nأعلنت الهيئة زيادة أسعار التذاكر اعتبارا من اليوم.\n\nوأكدت الهيئة أن الماكينات ستعمل بالأسعار الجديدة.\n\nزيادة أسعار تذاكر المترو.. والمواطنون يردون\n\nشارك',
    languageId: 'markdown',
    errors: [
      { messageId: 'repeat', line: 7 },
      { messageId: 'phrase', line: 9 },
    ],
    output: '# زيادة أسعار تذاكر المترو.. والمواطنون يردون\n\nأعلنت الهيئة زيادة أسعار التذاكر اعتبارا من اليوم.\n\nوأكدت الهيئة أن الماكينات ستعمل بالأسعار الجديدة.',
  },
  {
    // the tech desk's reader: …and so does one above a trailing block of related headlines
    name: 'a title repeated above a related-news block',
    code: 'عطل مفاجئ يضرب شبكة فودافون مصر لساعات\n\nتعرضت شبكة فودافون مصر صباح اليوم لعطل مفاجئ تسبب في انقطاع الخدمة عن ملايين المشتركين.\n\nوقالت الشركة في بيان إن العطل نتج عن مشكلة فنية في أحد مراكز البيانات.\n\nعطل مفاجئ يضرب شبكة فودافون مصر لساعات\n\nأخبار ذات صلة\nفودافون تطلق باقات جديدة للإنترنت المنزلي',
    errors: [
      { messageId: 'repeat', line: 7 },
      { messageId: 'phrase', line: 9 },
      { messageId: 'related', line: 10 },
    ],
    output: 'عطل مفاجئ يضرب شبكة فودافون مصر لساعات\n\nتعرضت شبكة فودافون مصر صباح اليوم لعطل مفاجئ تسبب في انقطاع الخدمة عن ملايين المشتركين.\n\nوقالت الشركة في بيان إن العطل نتج عن مشكلة فنية في أحد مراكز البيانات.',
  },
  {
    // …but an image and its caption pasted twice are both repeats
    name: 'Markdown: an image line and its caption pasted twice',
    code: '![سيارات عالقة في مياه الأمطار بنفق سيدي جابر](images/a.jpg)\n*سيارات عالقة في مياه الأمطار بنفق سيدي جابر*\n![سيارات عالقة في مياه الأمطار بنفق سيدي جابر](images/a.jpg)\n*سيارات عالقة في مياه الأمطار بنفق سيدي جابر*\n\nوقالت المحافظة إن الأمطار غزيرة.',
    languageId: 'markdown',
    errors: [
      { messageId: 'repeat', line: 3 },
      { messageId: 'repeat', line: 4 },
    ],
    output: '![سيارات عالقة في مياه الأمطار بنفق سيدي جابر](images/a.jpg)\n*سيارات عالقة في مياه الأمطار بنفق سيدي جابر*\n\nوقالت المحافظة إن الأمطار غزيرة.',
  },
  {
    // outside a blockquote the credit line is an embed's leftover, in Markdown as in plain text
    name: 'Markdown: a tweet credit line outside a blockquote',
    code: 'قال المركز إن الطقس مستقر.\n\n— المركز الوطني للأرصاد (@NCMKSA) January 6, 2025\n',
    languageId: 'markdown',
    errors: [{ messageId: 'tweet', line: 3 }],
    output: 'قال المركز إن الطقس مستقر.\n',
  },
  {
    // a blank line ends the blockquote: the credit line after it is the embed's leftover
    name: 'Markdown: a tweet credit line a blank line below a blockquote',
    code: '> تحذير من الغبار غدا في الرياض\n\n— المركز الوطني للأرصاد (@NCMKSA) January 6, 2025\n',
    languageId: 'markdown',
    errors: [{ messageId: 'tweet', line: 3 }],
    output: '> تحذير من الغبار غدا في الرياض\n',
  },
  {
    // the line's link target is not prose but goes with the line: the finding covers it (its fix
    // must not delete letters the finding does not show)
    name: 'Markdown: an image line with a titled link target is covered whole',
    code: 'قال الوزير إن المشروع سينتهي قريبا.\n\nاقرأ أيضا\n![صورة](img.png "فخامة ")\n',
    languageId: 'markdown',
    errors: [{ text: 'اقرأ أيضا' }, { text: '![صورة](img.png "فخامة ")' }],
    output: 'قال الوزير إن المشروع سينتهي قريبا.\n',
  },
  { name: 'a final line break is kept', code: `${LAST}\n\nزر الذهاب الى الاعلى\n`, errors: ['phrase'], output: `${LAST}\n` },
  { name: 'CRLF line breaks', code: `${BODY}\r\n\r\nاظهر المزيد\r\n`, errors: ['phrase'], output: `${BODY}\r\n` },
  {
    name: 'between paragraphs: one blank line stays',
    code: `${BODY}\n\nاقرأ أيضًا: وزير المالية يعلن خطة جديدة للضرائب\n\n${LAST}`,
    errors: [{ messageId: 'phrase', text: 'اقرأ أيضًا: وزير المالية يعلن خطة جديدة للضرائب' }],
    output: `${BODY}\n\n${LAST}`,
  },
  {
    name: 'inside a paragraph: the line and its break only',
    code: `${BODY}\nتم نسخ الرابط\n${LAST}`,
    errors: [{ text: 'تم نسخ الرابط' }],
    output: `${BODY}\n${LAST}`,
  },
  {
    name: 'attached above a gap: the gap is kept',
    code: `${BODY}\nشارك\n\n${LAST}`,
    errors: [{ messageId: 'phrase', text: 'شارك' }],
    output: `${BODY}\n\n${LAST}`,
  },
  {
    name: 'leading blank space at the top goes too',
    code: '\n \nالرئيسية\n\n' + HEADLINE,
    errors: [{ text: 'الرئيسية' }],
    output: HEADLINE,
  },
  // --- Youm7-style chrome
  { code: `${BODY}\n\nتابعونا على فيسبوك وتويتر`, errors: ['phrase'], output: BODY },
  { code: `${BODY}\n\nرئيس مجلس الإدارة ورئيس التحرير محمد أحمد`, errors: ['masthead'], output: BODY },
  { code: `رئيس التحرير: أحمد علي\n\n${HEADLINE}`, errors: ['masthead'], output: HEADLINE },
  { code: `${BODY}\n\nرئيس مجلس الإدارة والتحرير محمد أحمد`, errors: ['masthead'], output: BODY },
  { code: `${BODY}\n\nشارك عبر فيسبوك تويتر واتساب`, errors: ['ui'], output: BODY },
  { code: `رئيس التحرير سامي عبد الله\n${HEADLINE}`, errors: ['masthead'], output: HEADLINE },
  { code: `الرئيسية » أخبار مصر » سياسة\n${HEADLINE}`, errors: [{ messageId: 'navigation', text: 'الرئيسية » أخبار مصر » سياسة' }], output: HEADLINE },
  { name: 'breadcrumbs behind a label', code: `أنت هنا: الرئيسية / أخبار / سياسة\n${HEADLINE}`, errors: ['phrase'], output: HEADLINE },
  { code: `${BODY}\n\nمواضيع متعلقة`, errors: ['phrase'], output: BODY },
  // --- Masrawy-style chrome: section bar, a related-links block
  { code: `أخبار | رياضة | فنون | اقتصاد | حوادث\n\n${HEADLINE}`, errors: ['navigation'], output: HEADLINE },
  { code: `سياسة اقتصاد رياضة فن منوعات\n\n${HEADLINE}`, errors: ['navigation'], output: HEADLINE },
  {
    name: 'a block of related links after «اقرأ أيضا»',
    code: `${BODY}\n\nاقرأ أيضا\n\nوزير التعليم يعلن موعد امتحانات الثانوية العامة\nالأرصاد: طقس حار على أغلب الأنحاء غدا\n\n${LAST}`,
    errors: [
      { messageId: 'phrase', text: 'اقرأ أيضا' },
      { messageId: 'related', text: 'وزير التعليم يعلن موعد امتحانات الثانوية العامة' },
      { messageId: 'related', text: 'الأرصاد: طقس حار على أغلب الأنحاء غدا' },
    ],
    output: `${BODY}\n\n${LAST}`,
  },
  { code: `${BODY}\n\nقد يعجبك أيضا`, errors: ['phrase'], output: BODY },
  // --- Al-Ahram-style chrome
  { code: `${BODY}\n\nأضف تعليقك\n\nطباعة\n\nأرسل لصديق`, errors: ['phrase', 'phrase', 'phrase'], output: BODY },
  { code: `${BODY}\n\nالأكثر قراءة`, errors: ['phrase'], output: BODY },
  { code: `${BODY}\n\nجميع الحقوق محفوظة © 2024`, errors: ['phrase'], output: BODY },
  // --- a headline ticker
  {
    code: `الأهلي يفوز على الزمالك • ارتفاع أسعار الذهب اليوم • الرئيس يستقبل وفدا أمريكيا\n\n${HEADLINE}`,
    errors: ['navigation'],
    output: HEADLINE,
  },
  {
    name: 'a long ticker: judged by its items, not its length',
    code: `عاجل | الأهلي يفوز على الزمالك بهدفين في نهائي الكأس | ارتفاع أسعار الذهب في السوق المحلية اليوم | الرئيس يستقبل وفدا أمريكيا رفيع المستوى\n\n${HEADLINE}`,
    errors: ['navigation'],
    output: HEADLINE,
  },
  // --- share bars and Latin UI words
  { code: `${BODY}\n\nShare Tweet WhatsApp`, errors: ['ui'], output: BODY },
  { code: `${BODY}\n\nشارك Facebook Twitter`, errors: ['phrase'], output: BODY },
  {
    name: 'Latin UI words glued before a byline: only the words go',
    code: `${HEADLINE}\n\nNext Previous عبدالله محمد – جدة\n${BODY}`,
    errors: [{ messageId: 'ui', text: 'Next Previous' }],
    output: `${HEADLINE}\n\nعبدالله محمد – جدة\n${BODY}`,
  },
  // --- embedded tweets
  {
    code: `الحمد لله على سلامة الجميع pic.twitter.com/AbCdEf123\n— محمد علي (@mohamed_ali) March 3, 2023\n\n${BODY}`,
    errors: [
      { messageId: 'mediaLink', text: 'pic.twitter.com/AbCdEf123' },
      { messageId: 'tweet', text: '— محمد علي (@mohamed_ali) March 3, 2023' },
    ],
    output: `الحمد لله على سلامة الجميع\n\n${BODY}`,
  },
  { code: `${BODY}\npic.twitter.com/AbCdEf123\n${LAST}`, errors: ['tweet'], output: `${BODY}\n${LAST}` },
  // --- a site's footer glued after the last sentence (a tenth of one outlet's articles in the corpus)
  {
    name: 'رابط الخبر بصحيفة …: and the headline after it, glued to the last sentence: only the footer goes',
    code: `${HEADLINE}\n\nوأعلنت الوزارة أن الامتحانات تبدأ الشهر المقبل. رابط الخبر بصحيفة الوئام: التعليم تعلن موعد الامتحانات`,
    errors: [{ messageId: 'footer', text: 'رابط الخبر بصحيفة الوئام: التعليم تعلن موعد الامتحانات' }],
    output: `${HEADLINE}\n\nوأعلنت الوزارة أن الامتحانات تبدأ الشهر المقبل.`,
  },
  { code: `${BODY} رابط المقال: عنوان آخر للمقال`, errors: ['footer'], output: BODY },
  // --- CSS and script
  { code: `.post-title { color: #333; font-size: 14px; }\n${HEADLINE}`, errors: ['code'], output: HEADLINE },
  { code: `${BODY}\ngoogletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });\n${LAST}`, errors: ['code'], output: `${BODY}\n${LAST}` },
  {
    name: 'a long line of minified script',
    code: `${BODY}\nwindow.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'UA-12345-1'); var a = document.createElement('script'); a.src = 'https://example.com/x.js';\n${LAST}`,
    errors: ['code'],
    output: `${BODY}\n${LAST}`,
  },
  // --- a title repeated further down
  {
    code: `${HEADLINE}\n\n${BODY}\n\n${HEADLINE}\n\n${LAST}`,
    errors: [{ messageId: 'repeat', line: 5, text: HEADLINE }],
    output: `${HEADLINE}\n\n${BODY}\n\n${LAST}`,
  },
  {
    name: 'a title pasted twice in a row',
    code: `${HEADLINE}\n${HEADLINE}\n\n${BODY}`,
    errors: [{ messageId: 'repeat', line: 2, text: HEADLINE }],
    output: `${HEADLINE}\n\n${BODY}`,
  },
  // --- options
  { name: 'a user phrase, folded', code: `حصرى لبوابة المدقق\n\n${HEADLINE}`, options: { phrases: ['حصري لبوابة المدقق'] }, errors: ['phrase'], output: HEADLINE },
  { name: 'a lower minScore takes a short repeated caption', code: 'جانب من اللقاء\n\nالتقى الوزير السفير.\n\nجانب من اللقاء', options: { minScore: 3 }, errors: ['repeat'], output: 'جانب من اللقاء\n\nالتقى الوزير السفير.' },
  // the real-phenomena rows judged as leftovers
  ...TSV_DECISIONS.filter((d) => d.leftover).map((d) => ({
    name: `corpus row «${d.key}»: ${d.why}`,
    code: `${BODY}\n${tsvRow(d.key)}`,
    errors: [{ messageId: 'phrase', text: tsvRow(d.key).trim() }],
    output: BODY,
  })),
];

runRuleTests(rule, { valid, invalid });

describe('scrape-leftover on real text', () => {
  const config: ResolvedConfig = { rules: { 'scrape-leftover': { severity: 'warning' } } };

  it('every scrape_leftover row of the real-phenomena corpus has a decision', () => {
    assert.ok(tsvRows.length > 0, 'the corpus has scrape_leftover rows');
    for (const r of tsvRows) {
      assert.ok(TSV_DECISIONS.some((d) => r.text.includes(d.key)), `undecided row: ${r.text.slice(0, 60)}`);
    }
  });

  it('flags exactly the first line and the last two non-blank lines of the sample article', () => {
    const text = sampleArticle();
    const lines = text.split('\n');
    const nonBlank = lines.map((l, i) => (l.trim() ? i + 1 : 0)).filter((n) => n > 0);
    const expected = [nonBlank[0], nonBlank[nonBlank.length - 2], nonBlank[nonBlank.length - 1]];
    assert.deepEqual(expected, [1, 21, 24], 'the sample article is the one this test was written for');
    const { findings, faults } = lint(text, { rules: [rule], config });
    assert.deepEqual(faults, []);
    const flagged = findings.map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(flagged, expected);
    for (const f of findings) {
      const line = lines[text.slice(0, f.start).split('\n').length - 1];
      assert.equal(text.slice(f.start, f.end), line.trim(), 'the finding covers the whole line');
      assert.equal(f.fixes.length, 1);
      assert.ok(f.fixes[0].preferred);
    }
    // the headline (line 3) is not flagged
    assert.ok(!flagged.includes(3));
  });

  it('fix-all leaves the headline first and the last paragraph last, with no blank debris, idempotently', () => {
    const text = sampleArticle();
    const lines = text.split('\n');
    const fixed = fixText(text, { rules: [rule], config });
    assert.equal(fixed.output, lines.slice(2, 19).join('\n'));
    assert.ok(fixed.output.startsWith(lines[2]));
    assert.ok(fixed.output.endsWith(lines[18]));
    assert.equal(fixText(fixed.output, { rules: [rule], config }).output, fixed.output);
    assert.deepEqual(lint(fixed.output, { rules: [rule], config }).findings, []);
  });

  it('any mix of copy, chrome and blank lines: copy survives fix-all in order, and fix-all is idempotent', () => {
    const copy = [HEADLINE, BODY, LAST, ' عين اليوم – بنسلفانيا', 'رئيس التحرير يلتقي وزير الإعلام'];
    const chrome = ['اظهر المزيد', 'زر الذهاب إلى الأعلى', 'أهم الأخباراتصالات وتكنولوجيا', 'شارك', 'Share Tweet', 'اقرأ أيضا', 'الرئيسية » أخبار » سياسة', 'pic.twitter.com/AbC123'];
    const blank = ['', ' ', '\u00a0', '\t'];
    const line = fc.oneof(fc.constantFrom(...copy), fc.constantFrom(...chrome), fc.constantFrom(...blank));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, finalBreak) => {
        const text = lines.join(eol) + (finalBreak ? eol : '');
        const r = lint(text, { rules: [rule], config });
        assert.deepEqual(r.faults, []);
        const once = fixText(text, { rules: [rule], config });
        assert.deepEqual(once.faults, []);
        assert.equal(fixText(once.output, { rules: [rule], config }).output, once.output, 'idempotent');
        // the first occurrence of every line of copy is still there, in order (repeats go; so
        // may a headline-shaped line after a related-links header)
        const kept = once.output.split(/\r?\n/);
        let k = 0;
        const afterHeader = new Set<number>();
        lines.forEach((l, i) => {
          if (l === 'اقرأ أيضا') for (let j = i + 1; j < lines.length; j++) afterHeader.add(j);
        });
        lines.forEach((l, i) => {
          if (!copy.includes(l) || afterHeader.has(i) || lines.indexOf(l) < i) return;
          while (k < kept.length && kept[k] !== l) k++;
          assert.ok(k < kept.length, `copy line ${i + 1} «${l}» lost`);
          k++;
        });
      }),
      { numRuns: 400 },
    );
  });

  it('bad options never crash the rule', () => {
    for (const options of [{ phrases: 'اظهر' }, { phrases: [3, null, '', '  '] }, { minScore: 'high' }, { minScore: Number.NaN }]) {
      const r = lint('اظهر المزيد', { rules: [rule], config: { rules: { 'scrape-leftover': { severity: 'warning', options } } } });
      assert.deepEqual(r.faults, []);
      assert.equal(r.findings.length, 1);
    }
  });
});
