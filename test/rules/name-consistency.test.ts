import assert from 'node:assert/strict';
import { it } from 'node:test';
import { fixText, lint } from '../../server/src/engine';
import nameConsistency, { nameKey, oneMedialEdit, vowelKey } from '../../server/src/engine/rules/names/name-consistency';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripMarks } from '../../server/src/engine/text/fold';
import { corpusTsv, saudiArticles, sharedDir } from '../lib/corpus';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(nameConsistency, {
  valid: [
    // ك + a name (كآمنة) read off a word of the lexicon (كامنة): no occurrence of آمنة (audit)
    'وقالت الدكتورة آمنة محمود إن الأعراض مازالت كامنة في الجسم.',
    'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال أوباما إن اللقاء مثمر.',
    // different words, not one name: الامن/الامين, محمد/محمود, فرنسا/فرانسوا
    'وقال الأمين العام إن الامن مستتب.',
    'التقى الدكتور محمد علي والدكتور محمود علي.',
    'حضر الرئيس فرانسوا هولاند القمة في فرنسا.',
    // على (preposition) is not علي (name)
    'وأكد الدكتور علي أن الاتفاق على وشك التوقيع على الورق.',
    // words after a title that are no name (the name-variants articles flagged them)
    'وسجل الفريق الأول هدفين، وخسر الفريق الاول المباراة.',
    'وعمل كيسنجر مستشارا للرئيس نيكسون لشؤون الأمن القومي، وقال إن الامن مستتب.',
    'استقبل الأمير خالد الفيصل أمير منطقة مكة الوفد، وحضر امير المنطقة الحفل.',
    'وأكد الرئيس الفخري الحالي للجمعية أن الدعم المقدم للجمعيه مستمر.',
    'وقال الرئيس المصري عبدالفتاح السيسي إشارة إلى القناة، وأعطى اشارة البدء.',
    // two people: the compound family names differ after the opener (عبد الله / عبد الرحمن)
    'قال أحمد عبد الله إن الخطة بدأت. وأكد احمد عبد الرحمن أن التنفيذ مستمر.',
    'وأبلغ الرئيس الأمريكي بأن إيران لن تحصل على السلاح، ووقعت ايران الاتفاق.',
    // عليه «on it», misspelt علية after بالمحافظة (read as the title المحافظ): no name (errors corpus)
    'وقد قامت الحكومة الأردنية بالمحافظة علية بالقيام باغلاقه، ويطلق عليه الناس اسما.',
    // one edit apart and both titled, but different first names: different people
    'وقال الدكتور الينسون جيبسون إن الأسعار ترتفع، وأوضح المهندس فلتشر جوبسون أن',
    'وقال اللواء خلف الله بن عبيدالله إن، وأكد العقيد محمد بن عبدالله أن',
    // one edit apart beside the same titled first name, but both are words of the lexicon: two names
    'وقال الوزير خالد سعيد إن الخطة جاهزة، وأكد خالد سعود أن',
    // one edit apart with no shared first name: not evidently one person
    'وقال الرئيس جون كنيدي إن الأزمة انتهت، وأضاف كندي أن',
    // no title, the same word beside both spellings, but no name: words and places
    'وصوت مجلس الأمن على القرار، وقال مجلس الامن إن',
    'وعقدت القمة في إسلام آباد، ووصل الوفد إلى اسلام اباد.',
    'وأطلقت الدولة الإسلامية، وتقدمت الدولة الاسلامية.',
    'مستفعلن فاعلن مستفعلن فأعلن مستفعلن',
    // a given name that stands before common nouns as often: نادي «club», كمال «perfection», رياض «gardens»
    'وفاز نادي أبها على ضيفه، وتصدر نادي ابها الترتيب.',
    'وفتحت صالة كمال أجسام جديدة، وانضم إلى كمال اجسام المدينة.',
    'وتفتتح رياض أطفال جديدة، وتضم رياض اطفال الحي مئة طفل.',
    // أشرف is also a verb: no given name of its own
    'وقد أشرف المحاضر على التمرين، ثم اشرف المحاضر على المباراة.',
    // foreign names a vowel apart that are two people (each given name before a surname of its
    // own), two Arabic words (ادارة / إدارية، شمالة / شمالية، وصولنا / وصلونا), a conjunction (وويندوز),
    // or distinct Arabic names (عبدالله / عبيدالله)
    'وسجل ستيفن جيرارد هدفا، وتعاقد النادي مع المدافع ستيفان سافيتش.',
    // (the code reviewer) two surnames each after a given name of its own; a woman and a man
    'سجل لاوتارو مارتينيز هدفا، ورد غابرييل مارتينز بهدف. وقال مارتينيز إن الفوز مهم، وأضاف مارتينز أن الفريق قوي.',
    'التقى الرئيس لولا دا سيلفا الملكة سيلفيا ملكة السويد. وأضاف سيلفا أن اللقاء مثمر. وقالت سيلفيا إن الزيارة ناجحة.',
    // (the sports desk) the article put in or left out makes another name: the byline «عمرو الديب» and the host «عمرو أديب»
    'كتب: عمرو الديب\n\nتفاعل الإعلامي عمرو أديب مع فوز ليفربول، وقال عزيز أخنوش إن المباراة رائعة، ورد عزيز الخنوش بأن الأداء ضعيف.',
    // (the second code review) a seat against another seat is two names (Eden, Aidan); a shared verb
    // is no shared name word (ميكل أرتيتا / مايكل أوليفر); رأت and نفت are a woman's verbs
    'وسجل إيدن هازارد هدفا، وسجل آيدن ماكجيدي هدفا. وأعلن تطبيق هانج أوتس عن ميزة، ويتيح هانج آوتس الدردشة.',
    'وقال المدرب ميكل أرتيتا كلمة، وقال الحكم مايكل أوليفر كلمة. وقال ميكل إن الفوز مهم. وقال مايكل إن المباراة صعبة.',
    'وقال سيلفا إن الزيارة ناجحة. ونفت سيلفيا أن الزيارة فشلت. ورأت سيلفيا أن اللقاء مثمر.',
    'وأعلنت ادارة حطين القرار بعد اجتماع لجنة إدارية للنادي.',
    'منذ وصولنا إلى المدينة وصلونا بالمستشفى.',
    'ويعمل التطبيق على نظامي ويندوز7 وويندوز8.',
    'وحضر عبدالله بن عبيدالله السواط اللقاء.',
  ],
  invalid: [
    {
      // the arts desk's reader: two stars whose names the draft says are confused, each with a title of her own
      name: 'names one letter apart, each after a title of its own: offered, not applied',
      code: 'أقامت الفنانة ريهام عادل دعوى قضائية.\n\nونشرت المطربة رهام عادل بيانا أكدت فيه أنها لا علاقة لها بالقضية، وأن التشابه في الأسماء سبب لها إحراجا.',
      errors: [{ messageId: 'inconsistent', text: 'رهام', fixes: 1 }],
      output: null,
    },
    {
      // the courts desk's reader: a given name written with and without its hamza, the hamza's the majority
      name: 'أحمد / احمد after the same title: the bare one is fixed',
      code: 'صدر الحكم برئاسة المستشار أحمد عبد الرحمن. وقال المستشار احمد عبد الرحمن إن الحكم نهائي.',
      errors: [{ messageId: 'inconsistent', text: 'احمد' }],
      output: 'صدر الحكم برئاسة المستشار أحمد عبد الرحمن. وقال المستشار أحمد عبد الرحمن إن الحكم نهائي.',
    },
    {
      // the Egyptian reviewer: «الدكتور خالد عبد الغفار» beside «الدكتور خالد عبدالغفار»; snnv_0148: «بن عبد
      // العزيز» beside «بن عبدالعزيز». One spelling for the compound: the fewer follow the more, apart on a tie
      name: 'عبد + a name with the article, glued and apart in one draft: one spelling',
      code: 'قال الدكتور خالد عبد الغفار إن الخطة جاهزة. وتفقد الدكتور خالد عبدالغفار المستشفى. والتقى الملك سلمان بن عبدالعزيز ولعبدالعزيز الفضل، ثم عبد العزيز.',
      errors: [
        { messageId: 'inconsistent', text: 'عبدالغفار', suggestions: [' '] },
        { messageId: 'inconsistent', text: 'عبد العزيز', suggestions: [''] },
      ],
      output: 'قال الدكتور خالد عبد الغفار إن الخطة جاهزة. وتفقد الدكتور خالد عبد الغفار المستشفى. والتقى الملك سلمان بن عبدالعزيز ولعبدالعزيز الفضل، ثم عبدالعزيز.',
    },
    {
      // (from a SaudiNewsNet article: the majority spelling was احمد … اوغلو, and fix-all took the
      // hamza off the one correct أحمد داود أوغلو)
      name: 'a hamza is never taken away: the spelling with it is the target, however many times the draft leaves it out',
      code: 'وقال أحمد داود أوغلو إن الهجوم إرهابي. واتهم احمد داود اوغلو التنظيم. وأضاف احمد أن التحقيق مستمر.',
      errors: [{ text: 'احمد' }, { text: 'اوغلو' }, { text: 'احمد' }],
      output: 'وقال أحمد داود أوغلو إن الهجوم إرهابي. واتهم أحمد داود أوغلو التنظيم. وأضاف أحمد أن التحقيق مستمر.',
    },
    {
      // (a real sentence: fix-all wrote «وكان الحركة السياسية»)
      name: 'two words of the lexicon after a title (وكأن / وكان) may be two words: reported, the fix only offered',
      code: 'كان الوزير غاضبا وكأن شيئا لم يكن. وكان الرئيس حاضرا. وكان النائب غائبا.',
      errors: [{ text: 'وكان', suggestions: ['وكأن'] }, { text: 'وكان', suggestions: ['وكأن'] }],
      output: null,
    },
    {
      name: 'one medial edit (a dropped long vowel) beside the same titled first name: كنيدي/كندي',
      code: 'وقال الرئيس الأمريكي جون كنيدي إن الأزمة انتهت، وأضاف جون كندي أن',
      errors: [{ messageId: 'inconsistent', text: 'كندي' }],
      output: 'وقال الرئيس الأمريكي جون كنيدي إن الأزمة انتهت، وأضاف جون كنيدي أن',
    },
    {
      name: 'a dropped letter in a family name, the same titled first name before both (as in a SaudiNewsNet article: ميرنا المهندس)',
      code: 'وكتبت الفنانة ميرنا المهنس على صفحتها، ونعى الجمهور ميرنا المهندس، وقالت ميرنا المهندس إن',
      errors: [{ text: 'المهنس' }],
      output: 'وكتبت الفنانة ميرنا المهندس على صفحتها، ونعى الجمهور ميرنا المهندس، وقالت ميرنا المهندس إن',
    },
    {
      name: 'a doubled long vowel, the majority decides: نتنياهو/نتانياهو with بنيامين',
      code: 'وقال رئيس الوزراء بنيامين نتنياهو إن، ورد بنيامين نتنياهو على، وكتب بنيامين نتانياهو أن',
      errors: [{ text: 'نتانياهو' }],
      output: 'وقال رئيس الوزراء بنيامين نتنياهو إن، ورد بنيامين نتنياهو على، وكتب بنيامين نتنياهو أن',
    },
    {
      name: 'no title: part of a multi-word name — the same given name before both spellings',
      code: 'وقال باراك أوباما إن الاتفاق جيد، وأضاف باراك اوباما أن الكونغرس سيوافق، وأكد أوباما أن',
      errors: [{ text: 'اوباما' }],
      output: 'وقال باراك أوباما إن الاتفاق جيد، وأضاف باراك أوباما أن الكونغرس سيوافق، وأكد أوباما أن',
    },
    {
      name: 'no title: the same family name after both spellings (أيمن/ايمن الظواهري)',
      code: 'وظهر أيمن الظواهري في تسجيل، وقال ايمن الظواهري إن',
      errors: [{ text: 'ايمن' }],
      output: 'وظهر أيمن الظواهري في تسجيل، وقال أيمن الظواهري إن',
    },
    {
      name: 'no title: a given name with and without its hamza beside the same family name (أحمد عيد / احمد عيد)',
      code: 'وأكد رئيس الاتحاد أحمد عيد أن الأمور تسير، واجتمع سموه مع احمد عيد أمس، وقال أحمد عيد إن',
      errors: [{ text: 'احمد' }],
      output: 'وأكد رئيس الاتحاد أحمد عيد أن الأمور تسير، واجتمع سموه مع أحمد عيد أمس، وقال أحمد عيد إن',
    },
    {
      // snnv_0292: «شدد أحمد بن بندر السديري» … «احمد بن بندر السديري»; Egyptian copy: أحمد عبد الله
      name: 'no title: the family name is a compound (عبد الله، بن بندر, أبو زيد): the word after its opener is the one shared',
      code: 'قال أحمد عبد الله إن الخطة بدأت. وأكد احمد عبد الله أن التنفيذ مستمر. وشدد أحمد بن بندر على الارتباط، وكرم احمد بن بندر الفائزين.',
      errors: [{ text: 'احمد' }, { text: 'احمد' }],
      output: 'قال أحمد عبد الله إن الخطة بدأت. وأكد أحمد عبد الله أن التنفيذ مستمر. وشدد أحمد بن بندر على الارتباط، وكرم أحمد بن بندر الفائزين.',
    },
    {
      code: 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن اللقاء مثمر.',
      errors: [{ messageId: 'inconsistent', text: 'اوباما' }],
      output: 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال أوباما إن اللقاء مثمر.',
    },
    {
      // the foreign-desk reviewer's wire copy: no title before the names, nothing fixed by fix-all
      name: 'foreign names with a long vowel added, dropped or moved, or غ for ج: the majority offered',
      code:
        'وقال المندوب الروسي فاسيلي نيبينزيا إن بلاده تفضل نصا أقوى. وأوضح فاسيلي نيبنزيا أن موسكو لن تعرقل. ' +
        'وقال سيرغي شويغو إن الغرب يطيل الحرب. ولم يستبعد شويجو توسيع المنطقة. ' +
        'قال المتحدث دميتري بيسكوف إن بوتين يتابع الوضع. وأكد ديمتري بيسكوف أن موسكو لم تتلق أي مقترح. ' +
        'قالت المرشحة الديمقراطية كامالا هاريس إن حملتها قوية. وقال بايدن إن كمالا هاريس مستعدة.',
      errors: [
        { messageId: 'inconsistent', text: 'نيبنزيا', suggestions: ['نيبينزيا'] },
        { messageId: 'inconsistent', text: 'شويجو', suggestions: ['شويغو'] },
        { messageId: 'inconsistent', text: 'ديمتري', suggestions: ['دميتري'] },
        { messageId: 'inconsistent', text: 'كمالا', suggestions: ['كامالا'] },
      ],
      output: null,
    },
    {
      // (the sports desk) a foreign name written with and without its hamza or with two final yehs, no
      // word of the lexicon as written, standing as a name: the hamza's spelling offered
      name: 'one foreign name, a bare and a seated alef or two final yehs: offered',
      code: 'صنع صلاح الهدف للمجري دومينيك سوبوسلاي، ويرى الحكم أن هدف سوبوسلاى جاء بعد مخالفة. وقال الدبلوماسي البريطاني اوبراين إن الوضع خطير، وأضاف أوبراين أن المساعدات لا تكفي. وقال مارسيل كولر إن الفوز مهم، وأشاد مارسيل كولير بلاعبيه.',
      errors: [
        { messageId: 'inconsistent', text: 'سوبوسلاى', suggestions: ['سوبوسلاي'] },
        { messageId: 'inconsistent', text: 'اوبراين', suggestions: ['أوبراين'] },
        { messageId: 'inconsistent', text: 'كولير', suggestions: ['كولر'] },
      ],
      output: null,
    },
    {
      name: 'known transliteration pair ترامب/ترمب, majority wins, proclitic kept',
      code: 'وقال ترامب إن المحادثات جيدة. وأضاف ترامب أن الاتفاق قريب، ورد المتحدث على ترمب ولترمب.',
      errors: [{ text: 'ترمب' }, { text: 'ترمب' }],
      output: 'وقال ترامب إن المحادثات جيدة. وأضاف ترامب أن الاتفاق قريب، ورد المتحدث على ترامب ولترامب.',
    },
    {
      name: 'tie: the later spelling is flagged',
      code: 'وقال الوزير سامح شكري إن الاجتماع مثمر، وأكد شكرى أن',
      errors: [{ text: 'شكرى' }],
      output: 'وقال الوزير سامح شكري إن الاجتماع مثمر، وأكد شكري أن',
    },
    {
      code: 'وصرح الفنان إسماعيل ياسين بأن اسماعيل يحب المسرح، وقال إسماعيل إن',
      errors: [{ text: 'اسماعيل' }],
      output: 'وصرح الفنان إسماعيل ياسين بأن إسماعيل يحب المسرح، وقال إسماعيل إن',
    },
    {
      name: 'a family name with the article is still a name: الأسد/الاسد',
      code: 'وقال الرئيس بشار الأسد إن الحرب طويلة، وأضاف الاسد أن',
      errors: [{ text: 'الاسد' }],
      output: 'وقال الرئيس بشار الأسد إن الحرب طويلة، وأضاف الأسد أن',
    },
    {
      code: 'وصل الرئيس التركي رجب طيب أردوغان، وقال اردوغان إن',
      errors: [{ text: 'اردوغان' }],
      output: 'وصل الرئيس التركي رجب طيب أردوغان، وقال أردوغان إن',
    },
  ],
});

it('name-consistency: the ANERcorp spelling groups are caught when one spelling is introduced by a title', () => {
  const rows = corpusTsv('names/anercorp_person_spelling_variants.tsv');
  assert.equal(rows.length, 27);
  let caught = 0;
  let differing = 0;
  const missed: string[] = [];
  for (const r of rows) {
    const spellings = r['variants(count)'].split('|').map((v) => v.replace(/\(\d+\)/, '').trim());
    const [a, b] = spellings;
    if (stripMarks(a) === stripMarks(b)) continue; // differs only by tatweel: the tatweel rule's job
    differing++;
    const text = `وقال الرئيس ${a} إن المحادثات مستمرة، وأكد ${a} أن الحل قريب. ورد ${b} على المنتقدين.`;
    const f = lint(text, { rules: [nameConsistency] }).findings;
    if (f.length >= 1 && f.every((x) => text.slice(x.start, x.end).length > 0)) caught++;
    else missed.push(`${a}/${b}`);
  }
  console.log(`ANERcorp groups caught: ${caught}/${differing}; missed: ${missed.join(', ')}`);
  assert.ok(caught / differing >= 0.9, `${caught}/${differing}`);
});

it('name-consistency: no wrong finding in the 130 clean articles', () => {
  // Read by hand: هيفاء/هيفا (Haifa Wehbe, written both ways) and المهنس, a slip for the
  // actress ميرنا المهندس (one letter dropped, the same first name before both) — right.
  // Foreign names written two ways, no title before them (the foreign-desk reviewer's pass): Udinese,
  // Munich, Merkel, Segundo Castillo — right, and offered only.
  const accepted = new Set(['snn_3alyoum_03.txt:هيفا', 'snn_3alyoum_05.txt:المهنس', 'snn_aljazirah_09.txt:أودينزي', 'snn_alriyadh_01.txt:ميونخ', 'snn_alyaum_00.txt:ميركل', 'snn_arreyadi_00.txt:سيجوندو']);
  const wrong: string[] = [];
  for (const [name, text] of saudiArticles()) {
    for (const f of lint(text, { rules: [nameConsistency] }).findings) {
      const key = `${name}:${text.slice(f.start, f.end)}`;
      if (!accepted.has(key)) wrong.push(key);
    }
  }
  assert.deepEqual(wrong, []);
});

it('name-consistency: recall on the real name pairs of the name-variants articles', () => {
  // Pairs read in the candidate list and judged to be one person's name spelled two ways.
  // (Word pairs such as الامن/الامين, فستان/فساتين and أمير/امير as "prince" are not.)
  const REAL = ['أوباما', 'أحمد', 'إبراهيم', 'أردوغان', 'أسامة', 'إسماعيل', 'ألفارو', 'إدواردو', 'إيزابيل', 'نتنياهو'];
  const dir = 'articles/name-variants';
  const index = readFileSync(join(sharedDir(), 'corpus', dir, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  let relevant = 0;
  let caught = 0;
  for (const art of index) {
    const forms: string[] = art.candidate_variants.flatMap((v: { forms: Record<string, number> }) => Object.keys(v.forms));
    const pair = REAL.find((n) => forms.some((f) => nameKey(f).endsWith(nameKey(n))));
    if (!pair) continue;
    relevant++;
    const text = readFileSync(join(sharedDir(), 'corpus', dir, `${art.id}.txt`), 'utf8');
    const found = lint(text, { rules: [nameConsistency] }).findings.some((f) => nameKey(text.slice(f.start, f.end)) === nameKey(pair) || vowelKey(nameKey(text.slice(f.start, f.end))) === vowelKey(nameKey(pair)));
    if (found) caught++;
  }
  console.log(`name-variants recall: ${caught}/${relevant} articles with a real name pair flagged`);
  assert.ok(relevant >= 100);
  // 77 with titles only; 101 with the multi-word-name reading and the medial edits (measured)
  assert.ok(caught / relevant >= 0.65, `${caught}/${relevant}`);
});

it('name-consistency: in the name-variants articles, only names are flagged (not الامن/الامين, أمير/امير «prince», nor words after a title)', () => {
  // Every finding there read by hand: these spellings are people's names (أبو as in أبو مازن);
  // the candidate list's other pairs are words (الامن/الامين, فستان/فساتين, أمير/امير as
  // "prince", آبل the company …), and words taken for names after a title (الفريق الأول «the
  // first team», مستشار لشؤون الأمن, أمير منطقة …) were flagged before.
  const NAMES = new Set(['أوباما', 'اوباما', 'أحمد', 'احمد', 'إبراهيم', 'ابراهيم', 'أردوغان', 'اردوغان', 'إردوغان', 'أبو', 'ابو', 'أسامة', 'اسامة', 'ألفارو', 'الفارو', 'إدواردو', 'ادواردو', 'إسكندر', 'اسكندر', 'مصطفي', 'أديب', 'اديب', 'نتانياهو', 'نتنياهو', 'أشرف', 'اشرف', 'إسماعيل', 'اسماعيل', 'إيزابيل', 'ايزابيل',
    // one medial edit beside the same titled first name, and hamza pairs beside the same given
    // name or family name (no title): آرنولد شوارتزنيغر، أحمد داود أوغلو، محمد عبده/عبدة، جون
    // كنيدي/كندي، فرانسوا أولوند/أولاند، ألكساندر/أليكساندر بوب، إيفا كارنيرو، أيمن الظواهري
    'آرنولد', 'أرنولد', 'أوغلو', 'اوغلو', 'عبدة', 'عبده', 'كندي', 'كنيدي', 'أولاند', 'أولوند', 'أليكساندر', 'ألكساندر', 'إيفا', 'ايفا', 'أيمن', 'ايمن',
    // a given name with or without its hamza beside the same name word (أحمد عيد / احمد عيد، أنور، أسامة/أسامه)
    'أنور', 'انور', 'أسامه',
    // foreign names with a long vowel added, dropped or moved, or غ for ج, no title before them (the
    // foreign-desk reviewer's pass, each read in its article): one person or place each (but see
    // KNOWN_MERGES)
    'تنيسي', 'جورجيو', 'هومكت', 'دابليو', 'تامارا', 'بريزبن', 'دميتري', 'ميدفيديف', 'كريسلر', 'ماريانو', 'بوكسليتنر', 'يلتسين', 'بيترسبرج', 'كسنجر',
    'ارودغان', 'إنركي', 'ميتشل', 'ستيرلينج', 'بيازيد', 'هولمان', 'ميريلو', 'رافائيل', 'شودري', 'وستمنستر', 'دسيلفا', 'ديليسبس', 'كرستينا',
    'موريسيو', 'مورتن', 'تشلسي',
    // …and one foreign name written with and without its hamza (O'Brien, Eastwood, Oliveira, Andrés,
    // Hangouts, Atom …): the hamza's spelling offered
    'بيفير', 'أوتس', 'اوبراين', 'ايستوود', 'اوليفيرا', 'ايسي', 'آتوم', 'اندرييس', 'اندريس', 'اوكيناوا', 'اوناجا', 'اموريم', 'فيرر',
    // …and loanwords written two ways, one word each (trillion, stereo; يعنبوك, a Gulf colloquial
    // blessing in a quotation): not names, but one spelling is right for them too
    'تريليون', 'ستريو', 'يعنبوك']);
  const dir = 'articles/name-variants';
  const index = readFileSync(join(sharedDir(), 'corpus', dir, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const wrong: string[] = [];
  let findings = 0;
  for (const art of index) {
    const text = readFileSync(join(sharedDir(), 'corpus', dir, `${art.id}.txt`), 'utf8');
    for (const f of lint(text, { rules: [nameConsistency] }).findings) {
      findings++;
      const s = text.slice(f.start, f.end);
      // (and compound names, glued or apart: عبد العزيز / عبدالعزيز in snnv_0148)
      if (!NAMES.has(s) && !/^[وف]?[لب]?عبد ?ال/.test(s)) wrong.push(`${art.id}:${s}`);
    }
  }
  assert.ok(findings >= 100, `${findings}`);
  // Known wrong, and kept in sight here: two names merged by the foreign-name pass, offered only
  // (never applied). snnv_0237: the club لوريان (Lorient) beside the coach لوران بلان (Laurent
  // Blanc) — بلان is a word to the lexicon (ب + لان), so the surname tells nothing.
  const KNOWN_MERGES = ['snnv_0237:لوريان'];
  assert.deepEqual(wrong, KNOWN_MERGES);
});

it('name-consistency: the finding points at the majority spelling (related information)', () => {
  const text = 'التقى الرئيس الأمريكي باراك أوباما نظيره، وقال اوباما إن أوباما راض.';
  const [f, ...rest] = lint(text, { rules: [nameConsistency] }).findings;
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f.start, f.end), 'اوباما');
  assert.equal(f.related?.length, 1);
  assert.equal(text.slice(f.related![0].start, f.related![0].end), 'أوباما');
  assert.equal(f.related![0].start, text.indexOf('أوباما'));
});

it('name-consistency: one medial edit — a doubled or dropped long vowel or one letter changed, first and last letters kept, four letters or more', () => {
  for (const [a, b] of [['ترامب', 'ترمب'], ['نتنياهو', 'نتانياهو'], ['كنيدي', 'كندي'], ['المهندس', 'المهنس'], ['اليكساندر', 'الكساندر'], ['اولاند', 'اولوند']]) {
    assert.ok(oneMedialEdit(a, b), `${a}/${b}`);
    assert.ok(oneMedialEdit(b, a), `${b}/${a}`);
  }
  // the same word, two edits, the first or last letter changed, or shorter than four letters
  for (const [a, b] of [['ترامب', 'ترامب'], ['دونيس', 'دينوس'], ['ايمن', 'يمن'], ['نايف', 'نايفه'], ['حمد', 'حامد'], ['ترامب', 'ترب']]) assert.ok(!oneMedialEdit(a, b), `${a}/${b}`);
});

it('name-consistency: without a lexicon no fault, the titled hamza pairs still found, and no pair one edit apart is linked', async () => {
  const { setLexiconSource } = await import('../../server/src/engine/lexicon');
  setLexiconSource(() => {
    throw new Error('no lexicon here');
  });
  try {
    const text = 'وقال الرئيس الأمريكي جون كنيدي إن الأزمة انتهت، وأضاف جون كندي أن، وقال الرئيس باراك أوباما إن اوباما';
    const r = lint(text, { rules: [nameConsistency] });
    assert.deepEqual(r.faults, []);
    assert.deepEqual(r.findings.map((f) => text.slice(f.start, f.end)), ['اوباما']);
  } finally {
    setLexiconSource(undefined);
  }
});

// (adversarial run) a word one final ة/ه or ى/ي from a listed name, standing alone, is the word:
// fix-all wrote «رحمة الله», «إلى نادية الأصلي», «يحيى روح الفنان», «برنامج ليلى حافل», «طابع سلمى»
const FINAL_LETTER_NAMES = [
  ['رحمة أحمد', 'رحمه أحمد', 'الفنانة'],
  ['نادية الجندي', 'ناديه الجندي', 'الفنانة'],
  ['يحيى الفخراني', 'يحيي الفخراني', 'الفنان'],
  ['ليلى علوي', 'ليلي علوي', 'الفنانة'],
  ['سلمى أبو ضيف', 'سلمي أبو ضيف', 'الفنانة'],
].map(([canonical, variant, title]) => ({ canonical, variants: [variant], title, source: { file: 'names.tsv', start: 0, end: 1 } }));

runRuleTests(nameConsistency, {
  valid: [
    {
      // a listed name's compound is name-spelling's (the two rules would undo each other's fixes)
      name: 'a compound of a listed name, glued and apart: left to name-spelling',
      code: 'قال الدكتور خالد عبد الغفار إن الخطة جاهزة. وتفقد الدكتور خالد عبدالغفار المستشفى.',
      shared: { names: [{ canonical: 'خالد عبد الغفار', variants: ['خالد عبدالغفار'], title: 'الدكتور', source: { file: 'names.tsv', start: 0, end: 1 } }] },
    },
    { name: 'رحمه الله beside a listed رحمة أحمد', code: 'ونعت الفنانة رحمة أحمد والدها، وقالت إن رحمه الله كان سندها.', shared: { names: FINAL_LETTER_NAMES } },
    { name: 'ناديه «his club» beside a listed نادية الجندي', code: 'وعادت الفنانة نادية الجندي إلى الشاشة.\n\nوعاد اللاعب إلى ناديه الأصلي بعد انتهاء إعارته.', shared: { names: FINAL_LETTER_NAMES } },
    { name: 'يحيي «revives» beside a listed يحيى الفخراني', code: 'وقال الفنان يحيى الفخراني إن المسرح يحيي روح الفنان، فيما يحيي الفنان محمد منير حفلا.', shared: { names: FINAL_LETTER_NAMES } },
    { name: 'رحمه الله after a reporting verb is still the phrase', code: 'ونعت الفنانة رحمة أحمد والدها.\n\nوقال رحمه الله إن الفن رسالة.', shared: { names: FINAL_LETTER_NAMES } },
    { name: 'ليلي «nightly», سلمي «peaceful» beside listed names', code: 'وتستعد الفنانة ليلى علوي لمسلسل جديد، والفنانة سلمى أبو ضيف لفيلم.\n\nوتقام الحفلة ضمن برنامج ليلي حافل، ونظم المحتجون وقفة ذات طابع سلمي.', shared: { names: FINAL_LETTER_NAMES } },
  ],
  invalid: [
    // (review) in a draft that names the listed person, the word as the subject of a reporting
    // verb, or before another word of the listed name, is the person: fixed as before
    {
      name: 'ناديه / يحيي after a reporting verb, the person named in full: fixed',
      code: 'وقالت الفنانة نادية الجندي إن الفيلم جاهز.\n\nوأضافت ناديه أن الدور صعب.\n\nوقال الفنان يحيى الفخراني إن المسلسل جاهز.\n\nوأضاف يحيي أن التصوير انتهى.',
      shared: { names: FINAL_LETTER_NAMES },
      errors: [{ text: 'ناديه' }, { text: 'يحيي' }],
      output: 'وقالت الفنانة نادية الجندي إن الفيلم جاهز.\n\nوأضافت نادية أن الدور صعب.\n\nوقال الفنان يحيى الفخراني إن المسلسل جاهز.\n\nوأضاف يحيى أن التصوير انتهى.',
    },
    {
      name: 'مصطفي after a reporting verb, مصطفى مدبولي named in full: fixed',
      code: 'وقال مصطفي إن الحكومة تعمل، وأكد الدكتور مصطفى مدبولي أن الخطة جاهزة.',
      shared: { names: [{ canonical: 'مصطفى مدبولي', variants: [], title: 'الدكتور', source: { file: 'names.tsv', start: 0, end: 1 } }] },
      errors: [{ text: 'مصطفي' }],
      output: 'وقال مصطفى إن الحكومة تعمل، وأكد الدكتور مصطفى مدبولي أن الخطة جاهزة.',
    },
    {
      name: 'after a title the word is the person: still fixed to the listed spelling',
      code: 'وقالت الفنانة رحمة أحمد إن الدور صعب، وأضافت الفنانة رحمه أن التصوير انتهى.',
      shared: { names: FINAL_LETTER_NAMES },
      errors: [{ text: 'رحمه' }],
      output: 'وقالت الفنانة رحمة أحمد إن الدور صعب، وأضافت الفنانة رحمة أن التصوير انتهى.',
    },
  ],
});

it('name-consistency defers to the names list: the listed spelling is the target, a listed mention is not flagged, and with name-spelling fix-all settles', () => {
  const names = [{ canonical: 'هالة السعيد', variants: ['هاله السعيد'], title: 'الدكتورة', source: { file: 'names.tsv', start: 0, end: 1 } }];
  // (a property test's draft: هاله is no mention here, so name-spelling leaves it; name-consistency
  // took the first spelling and rewrote the listed mention, which name-spelling rewrote back)
  const text = 'الدكتورة هاله\u0000 السعيدTwitter\nالدكتورة هالة السعيد\n';
  const config = { rules: { 'name-consistency': { severity: 'warning' as const }, 'name-spelling': { severity: 'error' as const } }, shared: { names } };
  const only = new Set(['name-consistency', 'name-spelling']);
  const findings = lint(text, { config, only }).findings;
  assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.start, f.end), f.fixes[0]?.edits[0].text]), [['name-consistency', 'هاله', 'هالة']]);
  const r = fixText(text, { config, only });
  assert.deepEqual(r.faults, []);
  assert.equal(r.output, 'الدكتورة هالة\u0000 السعيدTwitter\nالدكتورة هالة السعيد\n');
});
