// Word lists for scrape-leftover. Written here in ordinary spelling; the rule folds them
// once at load (alef/yeh/teh-marbuta variants, diacritics, tatweel), so `اقرأ أيضاً`,
// `إقرأ ايضا` and `اقرا أيضًا` are one phrase. Latin words are matched lower-case.

/**
 * How a phrase counts:
 * - `ui`: only ever site chrome (buttons, link labels). Flags a line it starts, whatever follows
 *   (`اقرأ أيضا: عنوان مقال آخر`), unless the line reads as a sentence.
 * - `heading`: a section heading or button that could also open a sentence (`أهم الأخبار`,
 *   `الأكثر قراءة`, `شارك الخبر`, `قد يهمك`). Flags the whole line, or a line it starts when glued
 *   to the next word (`أهم الأخباراتصالات`) or followed only by section names; a real sub-heading
 *   or sentence that merely begins with it is left alone.
 * - `word`: one ordinary word that is also a button (`شارك`, `المزيد`, `الرئيسية`, `عاجل`).
 *   Flags only a line that is nothing else (punctuation, counts and UI tokens aside).
 * - `masthead`: the paper's masthead (`رئيس التحرير`): flags a line it starts when a colon, a
 *   second masthead role or a bare name of at most three words (no verb, no punctuation) follows.
 * - `cta`: a call to click (`اضغط هنا`): flags a short line it ends (`لمشاهدة النتيجة اضغط هنا`).
 */
export type PhraseKind = 'ui' | 'heading' | 'word' | 'masthead' | 'cta';

export const PHRASES: ReadonlyArray<readonly [string, PhraseKind]> = [
  // buttons and link labels
  ['اظهر المزيد', 'ui'],
  ['عرض المزيد', 'ui'],
  ['اقرأ المزيد', 'ui'],
  ['اقرأ أيضا', 'ui'],
  ['اقرأ ايضا', 'ui'],
  ['شاهد أيضا', 'ui'],
  ['طالع أيضا', 'ui'],
  ['اطلع أيضا', 'ui'],
  ['قد يعجبك أيضا', 'ui'],
  ['قد يعجبك', 'heading'],
  ['قد يهمك أيضا', 'ui'],
  ['قد يهمك', 'heading'],
  ['ربما يعجبك أيضا', 'ui'],
  ['ننصحك بقراءة', 'ui'],
  ['مواضيع متعلقة', 'ui'],
  ['مواضيع ذات صلة', 'ui'],
  ['موضوعات متعلقة', 'ui'],
  ['موضوعات ذات صلة', 'ui'],
  ['أخبار ذات صلة', 'ui'],
  ['أخبار متعلقة', 'heading'],
  // breadcrumbs' label: with a colon the bar no longer reads as a menu on its own shape
  ['أنت هنا', 'heading'],
  ['مقالات ذات صلة', 'ui'],
  ['المزيد من الأخبار', 'ui'],
  ['زر الذهاب إلى الأعلى', 'ui'],
  ['العودة إلى الأعلى', 'ui'],
  ['الذهاب إلى الأعلى', 'ui'],
  ['تم نسخ الرابط', 'ui'],
  ['نسخ الرابط', 'ui'],
  ['انسخ الرابط', 'ui'],
  ['رابط مختصر', 'ui'],
  ['تابعونا على', 'ui'],
  ['تابعنا على', 'ui'],
  ['تابعوا آخر الأخبار', 'ui'],
  ['اشترك في النشرة', 'ui'],
  ['اشترك في نشرتنا', 'ui'],
  ['اشترك الآن', 'heading'],
  ['شارك الخبر', 'heading'],
  ['شارك المقال', 'heading'],
  ['شارك هذا', 'heading'],
  ['أرسل لصديق', 'ui'],
  ['ارسل لصديق', 'ui'],
  ['أضف تعليقك', 'ui'],
  ['اضف تعليق', 'ui'],
  ['اترك تعليقا', 'ui'],
  ['تعليقات القراء', 'heading'],
  ['حجم الخط', 'heading'],
  ['تكبير الخط', 'heading'],
  ['تصغير الخط', 'heading'],
  ['جميع الحقوق محفوظة', 'ui'],
  ['كل الحقوق محفوظة', 'ui'],
  ['حقوق النشر محفوظة', 'ui'],
  ['الكلمات المفتاحية', 'ui'],
  ['كلمات مفتاحية', 'ui'],
  ['كلمات دلالية', 'ui'],
  ['الوسوم', 'word'],
  ['وسوم', 'word'],
  // section headings of the page
  ['أهم الأخبار', 'heading'],
  ['آخر الأخبار', 'heading'],
  ['أحدث الأخبار', 'heading'],
  ['الأكثر قراءة', 'heading'],
  ['الأكثر مشاهدة', 'heading'],
  ['الأكثر تداولا', 'heading'],
  ['الأكثر تعليقا', 'heading'],
  ['اخترنا لك', 'heading'],
  ['أخبار عاجلة', 'heading'],
  // ordinary words that are also buttons: whole line only
  ['شارك', 'word'],
  ['مشاركة', 'word'],
  ['المزيد', 'word'],
  ['للمزيد', 'word'],
  ['الرئيسية', 'word'],
  ['طباعة', 'word'],
  ['عاجل', 'word'],
  ['إعلان', 'word'],
  ['التعليقات', 'word'],
  ['تعليقات', 'word'],
  ['تابعونا', 'word'],
  ['فيديو', 'word'],
  ['صور', 'word'],
  ['الصفحة الرئيسية', 'word'],
  ['بحث', 'word'],
  ['القائمة', 'word'],
  // mastheads
  ['رئيس مجلس الإدارة', 'masthead'],
  ['رئيس التحرير', 'masthead'],
  ['رئيس تحرير', 'masthead'],
  ['مدير التحرير', 'masthead'],
  ['نائب رئيس التحرير', 'masthead'],
  // calls to click
  ['اضغط هنا', 'cta'],
  ['انقر هنا', 'cta'],
  ['اضغط على الرابط', 'cta'],
];

/** Phrases that head a block of links to other articles: the headline-shaped lines after them are leftovers too. */
export const BLOCK_HEADERS: readonly string[] = [
  'اقرأ أيضا',
  'اقرأ ايضا',
  'شاهد أيضا',
  'طالع أيضا',
  'قد يعجبك أيضا',
  'قد يعجبك',
  'قد يهمك أيضا',
  'قد يهمك',
  'ربما يعجبك أيضا',
  'ننصحك بقراءة',
  'مواضيع متعلقة',
  'مواضيع ذات صلة',
  'موضوعات متعلقة',
  'موضوعات ذات صلة',
  'أخبار ذات صلة',
  'أخبار متعلقة',
  'مقالات ذات صلة',
  'المزيد من الأخبار',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
  'الأكثر تداولا',
  'اخترنا لك',
];

/** Names of site sections, as they appear in category and navigation bars (a leading و is stripped before lookup). */
export const SECTION_NAMES: readonly string[] = [
  'الرئيسية', 'أخبار', 'الأخبار', 'سياسة', 'السياسة', 'اقتصاد', 'الاقتصاد', 'رياضة', 'الرياضة', 'فن', 'الفن',
  'فنون', 'ثقافة', 'الثقافة', 'منوعات', 'تكنولوجيا', 'التكنولوجيا', 'اتصالات', 'الاتصالات', 'صحة', 'الصحة',
  'حوادث', 'الحوادث', 'محافظات', 'المحافظات', 'عرب', 'عربي', 'عربية', 'عالم', 'العالم', 'دولي', 'دولية',
  'مقالات', 'الرأي', 'رأي', 'فيديو', 'صور', 'كتاب', 'الكتاب', 'بورصة', 'البورصة', 'بنوك', 'عقارات', 'سيارات',
  'مرأة', 'المرأة', 'تقارير', 'تحقيقات', 'حوارات', 'المزيد', 'إسلاميات', 'تعليم', 'التعليم', 'برلمان',
  'البرلمان', 'طقس', 'الطقس', 'محليات', 'المحليات', 'مال', 'أعمال', 'علوم', 'لايف', 'ستايل', 'مجتمع',
  'المجتمع', 'ملفات', 'خاصة', 'عاجل', 'اقتصادية', 'رياضية', 'فنية', 'سياحة', 'طب', 'تقنية', 'التقنية',
  'إنفوجراف', 'انفوجراف', 'بودكاست', 'كاريكاتير', 'أخرى', 'الفيديو', 'الصور', 'مصر', 'خليجية', 'شؤون',
];

/** Names of social networks written in Arabic: a hint of share bars, never enough alone. */
export const SOCIAL_AR: readonly string[] = [
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'تيليجرام', 'تليجرام', 'تلجرام', 'تلغرام', 'انستجرام',
  'انستغرام', 'إنستجرام', 'إنستغرام', 'يوتيوب', 'لينكد', 'لينكدإن', 'جوجل', 'ماسنجر', 'سناب', 'شات', 'تيك', 'توك',
];

/** Latin words of page chrome (share bars, menus, buttons), lower-case. */
export const UI_LATIN: readonly string[] = [
  'share', 'shares', 'tweet', 'retweet', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest',
  'reddit', 'messenger', 'snapchat', 'tiktok', 'instagram', 'youtube', 'google', 'print', 'email', 'e-mail', 'mail',
  'home', 'more', 'read', 'comments', 'comment', 'like', 'likes', 'follow', 'subscribe', 'copy', 'link', 'menu',
  'search', 'login', 'next', 'previous', 'prev', 'top', 'back', 'advertisement', 'ad', 'ads', 'sponsored', 'related',
  'tags', 'via', 'close', 'loading', 'video', 'photo', 'photos', 'gallery', 'click', 'here', 'also', 'to',
];

/** Words of script and style text (checked only on lines without Arabic words). */
export const CODE_WORDS: readonly string[] = [
  'function', 'var', 'let', 'const', 'return', 'window', 'document', 'googletag', 'script', 'style', 'div', 'span',
  'iframe', 'px', 'important', 'media', 'font', 'color', 'margin', 'padding', 'display', 'width', 'height',
  'jquery', 'typeof', 'null', 'undefined', 'push', 'cmd', 'adsbygoogle', 'gtag', 'datalayer', 'class', 'src', 'href',
];

/** Attribution verbs (past tense, with their feminine): a line holding one is a sentence, not chrome. */
export const SENTENCE_VERBS: readonly string[] = [
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'أشار', 'أشارت', 'أوضح', 'أوضحت', 'أضاف', 'أضافت', 'كشف',
  'كشفت', 'صرح', 'صرحت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'دعا', 'دعت', 'شدد', 'شددت', 'أشاد', 'أشادت', 'كان',
  'كانت', 'يكون', 'تكون', 'ليس', 'ليست',
];

/** Given names that begin like a present-tense verb (ي… ت…): a masthead line may hold them. */
export const NAMES_LIKE_VERBS: readonly string[] = [
  'يوسف', 'يحيى', 'ياسر', 'يسري', 'يونس', 'ياسين', 'يس', 'يسرا', 'يمنى', 'ياسمين', 'يزيد', 'يعقوب', 'تامر',
  'توفيق', 'تيسير', 'تغريد', 'تهاني', 'تركي', 'تميم', 'توحيد',
];
