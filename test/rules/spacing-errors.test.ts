import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/engine/engine';
import spacingErrors from '../../server/src/engine/rules/orthography/spacing-errors';
import { runRuleTests } from '../lib/rule-tester';

runRuleTests(spacingErrors, {
  valid: [
    // (the second code reviewer) after a joining letter both parts must be words of the lexicon:
    // الحتة is none, so مسلسلالحتة is left (a guess the writer may not have made)
    'وعرض مسلسلالحتة أمس.',
    'وقال الدكتور عبدالرحمن إن مصر تدخل مرحلة جديدة وهي مستعدة.',
    // doubling that is Arabic's own or a name: رويدا رويدا، لا لا، الموقف هو هو، محمد علي علي، سي إن إن (CNN)
    'وتقدم الجيش رويدا رويدا، وقال: «لا لا، الموقف هو هو». وحضر محمد علي علي. وقالت شبكة سي إن إن الإخبارية إن الوضع هادئ.',
    // (the code reviewer) مَن مِن، بين بين «so-so»، لِمَ لَمْ، ما كان كان; CNN's letters before إنّ, and after a proclitic
    'لا يعرف أحد من من المرشحين سيفوز، وكان الأداء بين بين. لم لم تتدخل الحكومة؟ ما كان كان. وقالت قناة سى إن إن إن الوضع هادئ، في حديث لسي إن إن الأمريكية.',
    // a word at a line's end and the same word opening the next is no slip of the keys
    'وقال الوزير إن الخطة في\nفي مراحلها الأخيرة.',
    // compound names written joined by convention
    'الملك عبدالعزيز والأمير عبدالله بن عبدالرحمن',
    // foreign names that split into rare lexicon words are not split
    'فيلدرز وهولاند وهوفمان وميركل وسبرينجر في أودينيزي',
    // و between single letters, before a number or Latin word
    'البندان أ و ب',
    'الصفحات 3 و 4',
    'شركتا Apple و Google',
    // the audit's sentences: valid words and names that split into something
    'ولكن لازالت المشكلة قائمة.',
    'وسجل الهدف اللاعب موراليس في الدقيقة الأخيرة.',
    'إيفرتون يمدد عقد ميرالاس في الموسم المقبل',
    // a name joined with الله (the article of الله leaves no three-letter word: no sign)
    'استقبل البطريرك نصرالله صفير رشيد بن جارالله',
    // a word of the text elsewhere does not make a verb with its suffixes two words
    'يعقد القادة قمتهم التي يعقدونها اليوم في المنتجع.',
    // the article's alef is never moved to the word before it (عبدا لعزيز), even where
    // the text writes عبدا and لعزيز as words elsewhere
    'عرف الملك فيصل بن عبدا لعزيز، ومحافظ الطائف فهد بن عبدالعزيز بن معمر، والأمير بعبدالرحمن',
    // second reading: a name spelt joined with الله is not reported, even where the text writes
    // الله and the name's first part as words elsewhere (عبيد الله would be a sign otherwise)
    {
      name: 'second reading: names joined with الله are not split (عبيدالله beside الله as a word)',
      code: 'وتابع اللواء خلف الله بن عبيدالله الطويرقي سير العمل، وكان عبدالله وعبيدالله ابنا العباس رحمه الله',
    },
    {
      name: 'second reading: a name joined with الله beside its first part written alone (نصر، نصرالله)',
      code: 'وحقق الفريق نصر الموسم، واستقبل البطريرك نصرالله صفير',
    },
    {
      name: 'second reading: a foreign name whose halves the text writes only far away is not split',
      code: 'وتصدى الحارس جانلويغي دوناروما للركلة.\nوسافر الفريق إلى روما أمس.',
    },
    {
      name: 'second reading: the same for a name over two paragraphs (مار|غاريت)',
      code: 'وحضرت الراهبة مارغاريت دادولد الاجتماع.\nوقال مار يوحنا كلمة.',
    },
  ],
  invalid: [
    {
      // the tech desk's reader: after a joining letter, the article or لل glued on, both parts words
      name: 'a word glued to the next one with the article or لل after a joining letter',
      code: 'وقال الرئيس التنفيذيللشركة إن النتائج جيدة، واجتمع رئيسالوزراء مع الوفد.',
      errors: [{ messageId: 'glued', text: 'التنفيذيللشركة' }, { messageId: 'glued', text: 'رئيسالوزراء' }],
      output: 'وقال الرئيس التنفيذي للشركة إن النتائج جيدة، واجتمع رئيس الوزراء مع الوفد.',
    },
    {
      // the arts desk's reader: «الفنان ةإلهام» had been offered beside the one split there is
      name: 'a title in ة glued to a name: one split, never one that starts a word with ة',
      code: 'فيما كتبت الفنانةإلهام شاهين عبر حسابها تعزية.',
      errors: [{ messageId: 'glued', text: 'الفنانةإلهام' }],
      output: 'فيما كتبت الفنانة إلهام شاهين عبر حسابها تعزية.',
    },
    {
      // the property test: a run of the same word glued over invisible marks was split one word per fix-all
      // pass, and did not settle in ten; the certain split of the rest goes in the same fix
      name: 'a run of glued words is split all at once',
      code: 'وصل ' + 'المهندس\u200e'.repeat(14) + 'المهندس',
      errors: [{ messageId: 'glued' }],
      output: 'وصل ' + 'المهندس\u200e '.repeat(14) + 'المهندس',
    },
    {
      // the business-desk reviewer: «في في»، «التي التي» in his drafts went unreported; snn_alweeam_05: «المثارة على على أجزاء»
      name: 'a function word written twice in a row: the second deleted',
      code: 'وقال الوزير في في بيان إن الخطة التي التي أعلنها تشمل الرياح المثارة على على أجزاء من المنطقة، والحكومة كانت كانت قد أعلنت ذلك ومن ومن المتوقع أن تنتهي.',
      errors: [
        { messageId: 'doubledWord', text: 'في في' },
        { messageId: 'doubledWord', text: 'التي التي' },
        { messageId: 'doubledWord', text: 'على على' },
        { messageId: 'doubledWord', text: 'كانت كانت' },
        { messageId: 'doubledWord', text: 'ومن ومن' },
      ],
      output: 'وقال الوزير في بيان إن الخطة التي أعلنها تشمل الرياح المثارة على أجزاء من المنطقة، والحكومة كانت قد أعلنت ذلك ومن المتوقع أن تنتهي.',
    },
    {
      name: 'detached و',
      code: 'الجسر طوله 380 مترا و بعرض 74 مترا و هى جاهزة',
      errors: [
        { messageId: 'detachedWaw', text: 'و بعرض', suggestions: [''] },
        { messageId: 'detachedWaw', text: 'و هى' },
      ],
      output: 'الجسر طوله 380 مترا وبعرض 74 مترا وهى جاهزة',
    },
    {
      name: 'second reading: before الله a ة still shows the missing space (offered, not applied)',
      code: 'وتحدث الشيخ هبةالله عن رحمة الله بالناس',
      errors: [{ messageId: 'glued', text: 'هبةالله', suggestions: [' '] }],
      output: null,
    },
    {
      name: 'a title glued to a name',
      code: 'وقال الدكتورعبدالرحمن إن الاجتماع انتهى',
      errors: [{ messageId: 'glued', text: 'الدكتورعبدالرحمن', suggestions: [' '] }],
      output: 'وقال الدكتور عبدالرحمن إن الاجتماع انتهى',
    },
    {
      name: 'a word glued after a non-joining letter, one part written elsewhere in the text',
      code: 'أكدت مصر أن مصرتدخل مرحلة جديدة',
      errors: [{ messageId: 'glued', text: 'مصرتدخل' }],
      output: 'أكدت مصر أن مصر تدخل مرحلة جديدة',
    },
    {
      name: 'ة inside a word, the article after a non-joining letter, لا + verb',
      code: 'التنمية والثقافةالسياسة وخط المتروالبرتقالي وهو لايزال يعمل',
      errors: [{ text: 'والثقافةالسياسة' }, { text: 'المتروالبرتقالي' }, { text: 'لايزال' }],
      output: 'التنمية والثقافة السياسة وخط المترو البرتقالي وهو لا يزال يعمل',
    },
    {
      name: 'لا + a common verb, or after أنه / ثم: still fixed',
      code: 'وأكد أنه لايوجد ما يدعو للقلق. وفريقه لايزال هشا، وهو كل لايتجزأ. ثم لاننسى المدينة، وميستر لايزال مصابا.',
      errors: [{ text: 'لايوجد' }, { text: 'لايزال' }, { text: 'لايتجزأ' }, { text: 'لاننسى' }, { text: 'لايزال' }],
      output: 'وأكد أنه لا يوجد ما يدعو للقلق. وفريقه لا يزال هشا، وهو كل لا يتجزأ. ثم لا ننسى المدينة، وميستر لا يزال مصابا.',
    },
    {
      // adversarial run: لا + a present verb is also how a foreign name begins (Lineker, Lancer):
      // a verb that is not a common one after لا, after a word that does not announce a verb
      // (غاري، انتقد، سيارتها), is only offered
      name: 'لا + a rarer verb inside what may be a name (غاري لاينكر، لانسر): offered, not applied',
      code: 'وقال غاري لاينكر مقدم البرنامج إن الحكم أخطأ. وانتقد لاينكر سياسة الحكومة. وطرحت الشركة سيارتها لانسر في السوق.',
      errors: [
        { messageId: 'glued', text: 'لاينكر', suggestions: [' '] },
        { messageId: 'glued', text: 'لاينكر', suggestions: [' '] },
        { messageId: 'glued', text: 'لانسر', suggestions: [' '] },
      ],
      output: null,
    },
    {
      // review of the لا guard: after the noun of أنّ / إنّ (أن اللاعب، إن الرئيس ماكرون) or a
      // definite noun opening the clause, لا + a present verb in ي / ت is the predicate
      name: 'لا + a present verb after a noun subject: fixed',
      code: 'وأكد أن اللاعب لايفكر في الرحيل. وأكد أن اللاعب لاينوي الرحيل. وقال المدرب إن الفريق لايستحق الخسارة. وأوضح أن الوزارة لاتتحمل المسؤولية. وأشار إلى أن المواطن لايشعر بالتحسن. وأكد أن الحكومة لاتخشى المعارضة. وقال إن الحكومة لاتعترف بالنتائج. وقال إن الرئيس ماكرون لايرغب في التصعيد.',
      errors: [
        { text: 'لايفكر' }, { text: 'لاينوي' }, { text: 'لايستحق' }, { text: 'لاتتحمل' }, { text: 'لايشعر' }, { text: 'لاتخشى' }, { text: 'لاتعترف' }, { text: 'لايرغب' },
      ],
      output:
        'وأكد أن اللاعب لا يفكر في الرحيل. وأكد أن اللاعب لا ينوي الرحيل. وقال المدرب إن الفريق لا يستحق الخسارة. وأوضح أن الوزارة لا تتحمل المسؤولية. وأشار إلى أن المواطن لا يشعر بالتحسن. وأكد أن الحكومة لا تخشى المعارضة. وقال إن الحكومة لا تعترف بالنتائج. وقال إن الرئيس ماكرون لا يرغب في التصعيد.',
    },
    {
      name: 'لا + a present verb with an object pronoun (لايقابلها) is no name: fixed',
      code: 'لأن أي منافع تصرف لايقابلها اشتراكات. والحكومة لاتخشى المعارضة.',
      errors: [{ text: 'لايقابلها' }, { text: 'لاتخشى', suggestions: [' '] }],
      output: 'لأن أي منافع تصرف لا يقابلها اشتراكات. والحكومة لا تخشى المعارضة.',
    },
  ],
});

it('spacing-errors: no لا split beside a foreign name (لايتون ميستر)', () => {
  const text = 'وقالت الممثلة لايتون ميستر إن الفيلم ممتع.';
  assert.deepEqual(lint(text, { rules: [spacingErrors], config: { rules: {} } }).findings.map((f) => text.slice(f.start, f.end)), []);
});

it('spacing-errors: the docs page’s bad example shows each fault it names (الدكتورعبدالرحمن، مصرتدخل، و هي)', () => {
  const bad = spacingErrors.meta.docs.bad;
  const found = lint(bad, { rules: [spacingErrors], config: { rules: {} } }).findings.map((f) => bad.slice(f.start, f.end));
  assert.deepEqual(found, ['الدكتورعبدالرحمن', 'مصرتدخل', 'و هي']);
});
