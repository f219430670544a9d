// The incremental checker (server/src/engine/incremental.ts) against the engine from scratch:
// 1. every rule it treats as a paragraph rule finds in each paragraph of a real article alone
//    exactly what it finds there in the whole article (so a new rule that reads beyond its
//    paragraph fails here until it is listed in DOCUMENT_RULES);
// 2. after random edit sequences on real articles and on hostile generated drafts, in the
//    three languages, its findings equal a fresh `lint` of the same text, and its updated
//    analysis equals a fresh analysis (tokens, lines, paragraphs, non-prose regions).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allRules, analyse, lint, type Finding } from '../../server/src/engine';
import { effectiveOptions, runRules } from '../../server/src/engine/engine';
import { cutsInside, DOCUMENT_RULES, FACT_RULES, IncrementalLinter, lintParagraph } from '../../server/src/engine/incremental';
import { sharedFor } from '../../server/src/engine/engine';
import { ownFacts } from '../../server/src/engine/facts';
import { scansGivenFor } from '../../server/src/engine/scans';
import { findNameMentions, type NameMention } from '../../server/src/engine/rules/names/mentions';
import { findVerbUses, type VerbUse } from '../../server/src/engine/rules/reporting-verbs/uses';
import { leftoverLineScores } from '../../server/src/engine/rules/leftovers/scrape-leftover';
import { findNumbers } from '../../server/src/engine/rules/digits/digit-system';
import { findPairMarks } from '../../server/src/engine/rules/punctuation/shared';
import { AnalysedDocument, endsSentence } from '../../server/src/engine/text/document';
import { allOnConfig, draft, LANGUAGES, type Lang } from './arbitraries';
import { insertion, type RandomEdit } from './protocol-helpers';
import { sampleArticle, saudiArticles } from '../lib/corpus';

const SCALE = Number(process.env.MUDAQQIQ_FC_SCALE ?? 1);
const config = allOnConfig(true);

function key(f: Finding): string {
  return JSON.stringify([f.ruleId, f.start, f.end, f.severity, f.messageId, f.message, f.fixes.map((x) => [x.title, x.preferred, x.edits]), f.related ?? []]);
}

function articles(): string[] {
  return [sampleArticle(), ...saudiArticles().map(([, t]) => t)];
}

/** A real article hard-wrapped: each line broken at the last space before 60 code units (a paragraph of many lines, its sentences running across them). */
function hardWrapped(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const w of line.split(' ')) {
        if (cur && cur.length + w.length > 60) {
          out.push(cur);
          cur = w;
        } else cur = cur ? `${cur} ${w}` : w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

describe('paragraph rules find in a paragraph alone what they find in the whole draft', () => {
  const cases = [
    { languageId: 'plaintext', wrapped: false },
    { languageId: 'plaintext', wrapped: true },
    { languageId: 'markdown', wrapped: false },
  ] as const;
  for (const { languageId, wrapped } of cases) {
    const inside = languageId !== 'markdown';
    it(`every rule not in DOCUMENT_RULES, on the sample article and the corpus articles${wrapped ? ' hard-wrapped' : ''} (${languageId}), cut at every paragraph${inside ? ' and every line start cutsInside gives' : ''}; the fact rules under the article's facts`, () => {
      const rules = allRules.filter((r) => !DOCUMENT_RULES.has(r.meta.id));
      const texts = wrapped ? articles().map(hardWrapped) : articles();
      assert.ok(texts.length > 100, `expected the corpus articles, got ${texts.length}`);
      const problems: string[] = [];
      let paragraphs = 0;
      let inner = 0;
      let findings = 0;
      for (const text of texts) {
        const doc = analyse(text, languageId);
        const whole = runRules(doc, { config, rules }).findings.map(key).sort();
        // the fact rules read the whole article's facts, as the incremental checker gives them
        const articleFacts = { facts: (kind: string) => ownFacts(doc, kind, sharedFor(config)) };
        // (the checker cuts inside a paragraph at no more than these line starts)
        const cuts = [0];
        doc.paragraphs.forEach((p, i) => {
          if (i > 0) cuts.push(p.start);
          if (inside) cuts.push(...cutsInside(text, p.start, p.end));
        });
        cuts.push(text.length);
        inner += cuts.length - 1 - doc.paragraphs.length;
        const parts: string[] = [];
        for (let i = 0; i + 1 < cuts.length; i++) {
          for (const f of lintParagraph(text, { start: cuts[i], end: cuts[i + 1] }, languageId, rules, { config }, articleFacts).findings) parts.push(key(f));
        }
        parts.sort();
        paragraphs += cuts.length - 1;
        findings += whole.length;
        if (JSON.stringify(whole) !== JSON.stringify(parts)) {
          const w = new Set(whole);
          const p = new Set(parts);
          problems.push(`whole only: ${whole.filter((x) => !p.has(x)).slice(0, 2).join(' | ')}; paragraphs only: ${parts.filter((x) => !w.has(x)).slice(0, 2).join(' | ')}`);
        }
      }
      console.log(`  ${texts.length} articles, ${paragraphs} parts (${inner} cut inside a paragraph), ${findings} findings of ${rules.length} paragraph and fact rules`);
      // hard-wrapped, a paragraph is many lines, cut inside at their starts; as the articles are
      // (one paragraph per line, ended by its full stop), nearly every line is a paragraph
      if (inside && wrapped) assert.ok(inner > 3000, `the articles' paragraphs are cut inside at their line starts (${inner})`);
      if (inside && !wrapped) assert.ok(paragraphs > 700, `the articles' lines are paragraphs of their own (${paragraphs} parts)`);
      assert.ok(rules.filter((r) => FACT_RULES.has(r.meta.id)).length === FACT_RULES.size, 'every fact rule is checked here');
      assert.ok(findings > 500, 'the paragraph rules should find plenty in real scraped articles');
      assert.deepEqual(problems.slice(0, 3), []);
    });
  }
});

describe('paragraph scans put together from the paragraphs equal a scan of the whole draft', () => {
  for (const languageId of ['plaintext', 'markdown'] as const) {
    it(`reporting-verb uses, name mentions, numbers, quotation marks and brackets, and the lines' leftover scores, on the sample article and the corpus articles (${languageId})`, () => {
      const names = config.shared!.names!;
      const leftoverOptions = effectiveOptions(allRules.find((r) => r.meta.id === 'scrape-leftover')!, config);
      assert.ok(leftoverOptions.phrases.length > 0, 'the house style adds leftover phrases: the scan reads the options');
      let verbs = 0;
      let mentions = 0;
      let numbers = 0;
      let marks = 0;
      let lines = 0;
      const shared = sharedFor(config);
      const problems: string[] = [];
      const shape = (xs: ReadonlyArray<VerbUse | NameMention>) => JSON.stringify(xs.map((x) => ('entry' in x ? { ...x, form: [x.form.kind, x.form.text], entry: x.entryIndex } : x)));
      // joined to a long draft, so that the checker keeps its paragraphs from one version to the next
      const texts = articles();
      const text = texts.join('\n\n');
      const lin = new IncrementalLinter();
      let cur = text;
      for (let k = 0; k < 3; k++) {
        // an edit in the middle: the paragraphs after it move, their items with them
        const at = cur.indexOf('\n\n', cur.length >> 1);
        cur = cur.slice(0, at) + '\nقال الوزير محمد إن الاجتماع عقد.\n' + cur.slice(at);
        lin.lint(cur, { languageId, config });
        assert.ok(scansGivenFor(lin.document!), 'the checker gives the document rules its paragraphs’ scans');
        const fresh = analyse(cur, languageId);
        const [wv, iv] = [findVerbUses(fresh), findVerbUses(lin.document!)];
        const [wm, im] = [findNameMentions(fresh, names), findNameMentions(lin.document!, names)];
        verbs += wv.length;
        mentions += wm.length;
        if (shape(wv) !== shape(iv)) problems.push(`verb uses differ after edit ${k}`);
        if (shape(wm) !== shape(im)) problems.push(`name mentions differ after edit ${k}`);
        const [wn, inn] = [findNumbers(fresh), findNumbers(lin.document!)];
        numbers += wn.length;
        if (JSON.stringify(wn) !== JSON.stringify(inn)) problems.push(`numbers differ after edit ${k}`);
        const [wp, ip] = [findPairMarks(fresh), findPairMarks(lin.document!)];
        marks += wp.length;
        if (JSON.stringify(wp) !== JSON.stringify(ip)) problems.push(`quotation marks and brackets differ after edit ${k}`);
        const [wl, il] = [leftoverLineScores(fresh, leftoverOptions, shared), leftoverLineScores(lin.document!, leftoverOptions, shared)];
        lines += wl.length;
        if (JSON.stringify(wl) !== JSON.stringify(il)) problems.push(`leftover line scores differ after edit ${k}`);
        // under other options the given scores do not hold: the lines are scored again
        const other = leftoverLineScores(lin.document!, { ...leftoverOptions, phrases: ['قال الوزير محمد'] }, shared);
        if (!other.some((l) => l.messageId === 'phrase' && l.data?.phrase === 'قال الوزير محمد')) problems.push(`the scores given under one phrase list were read under another after edit ${k}`);
      }
      console.log(`  ${verbs} verb uses, ${mentions} name mentions, ${numbers} numbers, ${marks} quotation marks and brackets and ${lines} scored lines compared`);
      assert.ok(verbs > 1000 && mentions > 0 && numbers > 1000 && marks > 1000 && lines > 1000, 'the articles have reporting verbs, listed names, numbers, quotations and lines');
      assert.deepEqual(problems, []);
    });
  }
});

function applyEdit(text: string, e: RandomEdit): string {
  if (e.whole) return e.insert;
  const start = Math.floor((e.at / 10000) * text.length);
  const end = Math.min(text.length, start + e.del);
  return text.slice(0, start) + e.insert + text.slice(end);
}

/** Edits that reach a draft's structure: blank lines, fences, comments, front matter, directives. */
const structural = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '```\n', '\n```', '<!--', '-->', '---\n', '\n---\n', '<!-- mudaqqiq-disable-next-line -->\n', '<!-- mudaqqiq-disable hamza -->', '`', '[x](', ')', '\r');

const edit: fc.Arbitrary<RandomEdit> = fc.record({
  at: fc.nat(10000),
  del: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(30), weight: 2 }, { arbitrary: fc.nat(3000), weight: 1 }),
  insert: fc.oneof({ arbitrary: insertion, weight: 4 }, { arbitrary: structural, weight: 1 }),
  whole: fc.constant(false),
});

function sameAnalysis(a: AnalysedDocument, b: AnalysedDocument): void {
  assert.deepEqual(a.tokens, b.tokens, 'tokens');
  assert.deepEqual(a.lines, b.lines, 'lines');
  assert.deepEqual(a.paragraphs, b.paragraphs, 'paragraphs');
  assert.deepEqual(a.excluded, b.excluded, 'non-prose regions');
  assert.deepEqual(a.directives, b.directives, 'directives');
  assert.deepEqual(a.sentences, b.sentences, 'sentences');
}

describe('name-consistency keeps what each key stands for from check to check', () => {
  it('a key new to the draft is looked up (واحمد beside the titled أحمد), and a new title changes what every key stands for', () => {
    const texts = articles();
    const before = [texts[1], 'التقى الوزير أحمد الخطيب بالسفير الصيني.', texts[2], 'وأكد الوزير أحمد الخطيب أن التعاون مستمر.', texts[3]].join('\n\n');
    const typed = before + '\n\nوصل محمود واحمد إلى القاهرة.\n';
    // محمود becomes a titled name too: every key is asked again (محمود was asked before, as no name)
    const titled = typed + '\nوقال المهندس محمود الخطيب إن محمود سيعود.\nوصل مَحمود.\n';
    const flagged = (text: string, findings: readonly Finding[]) => findings.filter((f) => f.ruleId === 'name-consistency').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(flagged(before, lint(before, { config }).findings), []);
    assert.deepEqual(flagged(typed, lint(typed, { config }).findings), ['احمد']);
    const lin = new IncrementalLinter();
    for (const text of [before, typed, titled, before]) {
      const got = lin.lint(text, { languageId: 'plaintext', config });
      assert.deepEqual(got.findings.map(key), lint(text, { config }).findings.map(key));
    }
    assert.ok(lin.stats.incremental, 'the edits are checked incrementally');
  });
});

describe('name-consistency keeps what it learnt of a key (part of a multi-word name? its words’ stems) while the key’s lines stay', () => {
  it('a name word beside both spellings typed in, changed and typed back, a word of the key respelled or added, and edits elsewhere: the findings of a fresh check each time', () => {
    const texts = articles();
    const filler = [texts[4], texts[5], texts[6]].join('\n\n');
    const a = 'وقال باراك أوباما إن الاتفاق جيد.';
    const b = 'وأضاف باراك اوباما أن الكونغرس سيوافق.';
    const flagged = (text: string, findings: readonly Finding[]) => findings.filter((f) => f.ruleId === 'name-consistency' && text.slice(f.start, f.end).endsWith('باما')).map((f) => text.slice(f.start, f.end));
    const versions = [
      `${a}\n\n${filler}\n\n${b}\n`,
      `${a}\n\n${filler}\n\n${b.replace('باراك', 'جاك')}\n`, // the shared neighbour gone on one line
      `${a}\n\n${filler}\n\n${b.replace('باراك', 'جاك')}\nوصل الوفد.\n`, // an edit on another line
      `${a}\n\n${filler}\n\n${b}\nوصل الوفد.\n`, // and back
      `${a}\n\n${filler.replace('\n\n', '\n\nقال الوزير.\n')}\n\n${b}\nوصل الوفد.\n`, // an edit far from both
      `${a}\n\n${filler}\n\n${b.replace('اوباما', 'أوباما')}\nوصل الوفد.\n`, // the key's word respelled (the same key)
      `${a} ورحب أوباما بالوفد.\n\n${filler}\n\n${b}\nوصل الوفد.\n`, // one more word of the key on a line
    ];
    assert.deepEqual(flagged(versions[0], lint(versions[0], { config }).findings), ['اوباما']);
    assert.deepEqual(flagged(versions[1], lint(versions[1], { config }).findings), []);
    const lin = new IncrementalLinter();
    for (const text of [...versions, versions[1], versions[0]]) {
      const got = lin.lint(text, { languageId: 'plaintext', config });
      assert.deepEqual(got.findings.map(key), lint(text, { config }).findings.map(key));
    }
    assert.ok(lin.stats.incremental, 'the edits are checked incrementally');
  });
});

describe('incremental = from scratch, in the engine', () => {
  it('random edit sequences on real articles (joined to a long draft) and on generated drafts: the same findings and the same analysis', () => {
    const texts = articles();
    let edits = 0;
    let reused = 0;
    let checked = 0;
    let inside = 0;
    let incremental = 0;
    const start = fc.oneof(
      { arbitrary: fc.tuple(fc.nat(texts.length - 1), fc.integer({ min: 1, max: 6 })).map(([i, n]) => Array.from({ length: n }, (_, k) => texts[(i + k) % texts.length]).join('\n\n')), weight: 3 },
      { arbitrary: fc.array(draft(), { minLength: 1, maxLength: 8 }).map((ds) => ds.join('\n\n')), weight: 2 },
    );
    fc.assert(
      fc.property(start, fc.constantFrom<Lang>(...LANGUAGES), fc.array(edit, { minLength: 1, maxLength: 8 }), (initial, languageId, seq) => {
        const linter = new IncrementalLinter();
        let text = initial;
        let prevDoc = analyse(text, languageId);
        linter.lint(text, { languageId, config });
        for (const e of seq) {
          text = applyEdit(text, e);
          edits++;
          const got = linter.lint(text, { languageId, config });
          reused += linter.stats.reused;
          checked += linter.stats.checked;
          inside += linter.stats.inside;
          if (linter.stats.incremental) incremental++;
          const want = lint(text, { languageId, config });
          assert.deepEqual(got.findings.map(key), want.findings.map(key));
          const fresh = analyse(text, languageId);
          void prevDoc.sentences; // computed: the next analysis takes the untouched paragraphs' sentences over
          sameAnalysis(analyse(text, languageId, prevDoc), fresh);
          prevDoc = fresh;
        }
      }),
      { numRuns: Math.max(5, Math.round(60 * SCALE)), seed: 20261129 },
    );
    console.log(`  ${edits} edits: ${incremental} checked incrementally, ${reused} paragraphs kept, ${checked} checked again, ${inside} parts cut inside a paragraph`);
    assert.ok(incremental > edits / 3, 'most edits of long drafts should be checked incrementally');
    assert.ok(inside > 0, 'some edited paragraphs are cut inside');
    assert.ok(reused > checked, 'most paragraphs should be kept from one edit to the next');
  });
});

describe('a long paragraph of many lines is checked again a few lines at a time', () => {
  // the corpus articles' lines that end no sentence (no full stop: a paragraph goes on after
  // them), one paragraph with no blank line between, as in a hard-wrapped draft
  const lines = () => articles().flatMap((t) => t.split('\n').filter((l) => l.trim().length > 40 && !endsSentence(l, 0, l.length)));

  /**
   * Type `keys` characters (ب and a space by turns) in the middle of `text`, each version checked
   * incrementally and compared with a fresh check; how many parts each keystroke checked again
   * (`each` sees the linter after every keystroke).
   */
  function typeInMiddle(start: string, keys: number, each?: (linter: IncrementalLinter) => void): number[] {
    let text = start;
    const linter = new IncrementalLinter();
    linter.lint(text, { languageId: 'plaintext', config });
    let at = text.indexOf(' ', text.length >> 1);
    const checked: number[] = [];
    for (let k = 0; k < keys; k++) {
      text = text.slice(0, at) + (k % 2 ? ' ' : 'ب') + text.slice(at);
      at++;
      const got = linter.lint(text, { languageId: 'plaintext', config });
      assert.deepEqual(got.findings.map(key), lint(text, { config }).findings.map(key), `keystroke ${k}`);
      checked.push(linter.stats.checked);
      each?.(linter);
    }
    return checked;
  }

  it('typing in the middle of a 6,000-character paragraph checks one part again, with the same findings as from scratch', () => {
    const all = lines();
    let text = '';
    for (let i = 0; text.length < 6000; i++) text += `${all[i]}\n`;
    assert.equal(analyse(text).paragraphs.length, 1, 'one paragraph');
    const checked = typeInMiddle(text, 12, (linter) => assert.ok(linter.stats.inside >= 10, `the paragraph is cut inside (${linter.stats.inside})`));
    // the first keystroke checks the whole paragraph again, in parts; each one after it one part
    assert.ok(checked[0] > 10, `first keystroke: ${checked[0]}`);
    assert.deepEqual(checked.slice(1), checked.slice(1).map(() => 1));
  });

  it('an article pasted with one paragraph per line: each line is a paragraph, the block is cut inside, and a keystroke checks one part again', () => {
    let text = '';
    for (const t of articles()) {
      if (text.length > 6000) break;
      text += t.split('\n').filter((l) => l.trim().length > 40 && endsSentence(l, 0, l.length)).join('\n') + '\n';
    }
    const lineCount = text.split('\n').length - 1;
    assert.equal(analyse(text).paragraphs.length, lineCount, 'a paragraph per line');
    const checked = typeInMiddle(text, 6);
    // (the block is cut at the first keystroke, which checks it again in parts; each one after
    // it the part typed in, and the one after it when a cut moves down a line as the part grows)
    assert.ok(checked[0] > 10, `first keystroke: ${checked[0]}`);
    assert.ok(checked.slice(1).every((n) => n <= 2), `later keystrokes: ${checked.slice(1)}`);
  });

  it('is not cut where a quotation runs on to the next line', () => {
    const l = 'قال الوزير إن الاجتماع عقد في القاهرة.';
    const para = (...ls: string[]) => ls.join('\n');
    const starts = (text: string) => cutsInside(text, 0, text.length).map((c) => text.slice(0, c).split('\n').length - 1);
    assert.deepEqual(starts(para(l, l, l)), [1, 2]);
    assert.deepEqual(starts(para(`«${l}`, `${l}»`, l)), [2], 'a guillemet quotation across two lines');
    assert.deepEqual(starts(para(`“${l}`, `${l}”`, l)), [2], 'a curly quotation across two lines');
    assert.deepEqual(starts(para(`(${l}`, `${l})`, l)), [1, 2], 'a bracket across two lines (unbalanced-pairs is a document rule)');
    assert.deepEqual(starts(para(`»${l}`, l)), [1], 'a closing guillemet with none open leaves nothing open');
    assert.deepEqual(starts(para(`"${l}`, `${l}"`, l)), [2], 'straight quotes: even so far');
    assert.deepEqual(starts(para(`"${l}`, l, l)), [], 'a straight quote left open');
    assert.deepEqual(starts(para(`${l}”`, `“${l}`, l)), [1], 'a curly quote closing none, then one left open');
    assert.deepEqual(starts(para(`“${l}”`, `«${l}`, `${l}»`, `“${l}`, l)), [1, 3], 'open again after closing');
    assert.deepEqual(starts(para(l, l, l).replace(/\n/g, '\r\n')), [1, 2], 'CRLF line breaks');
    const long = para(l, l, l, l, l, l, l, l, l, l);
    assert.deepEqual(cutsInside(long, 0, long.length, 100).map((c) => long.slice(0, c).split('\n').length - 1), [3, 6, 9], 'at least `min` code units apart');
    // and the checker gives the same findings as from scratch on each
    for (const text of [para(`«${l}`, `${l}»`, l), para(`"${l}`, l, l), para(`${l}”`, `“${l}`, l), para(`(${l}`, `${l})`, `“${l}`)]) {
      const long2 = `${text}\n`.repeat(40);
      const linter = new IncrementalLinter();
      linter.lint(long2, { languageId: 'plaintext', config });
      const edited = long2.slice(0, 100) + '«' + long2.slice(100);
      const again = edited.slice(0, 2000) + 'ب' + edited.slice(2000);
      for (const t of [edited, again]) assert.deepEqual(linter.lint(t, { languageId: 'plaintext', config }).findings.map(key), lint(t, { config }).findings.map(key));
    }
  });
});

describe('incremental = from scratch on the cases a review found', () => {
  const paras = () => sampleArticle().split(/\n+/).filter(Boolean);
  const body = () => paras().join('\n\n');
  function same(v0: string, v1: string, languageId: Lang, rules?: typeof allRules): { incremental: boolean; faults: string[] } {
    const linter = new IncrementalLinter();
    linter.lint(v0, { languageId, config, rules });
    const got = linter.lint(v1, { languageId, config, rules });
    const want = lint(v1, { languageId, config, rules });
    assert.deepEqual(got.findings.map(key), want.findings.map(key));
    assert.deepEqual(got.faults.map((f) => f.ruleId), want.faults.map((f) => f.ruleId));
    return { incremental: linter.stats.incremental, faults: got.faults.map((f) => f.ruleId) };
  }

  it('lines are taken over from the analysis before, up to a text that ends in a line break (an edit two lines from the end)', () => {
    const body = paras().join('\n\n');
    for (const end of ['\n', '\r\n', '\n\n', '\u2028', '']) {
      const v0 = `${body}\nقال الوزير\nإن الاجتماع عقد${end}`;
      for (const at of [v0.lastIndexOf('قال'), v0.lastIndexOf('إن'), v0.length - end.length, v0.length]) {
        for (const ins of ['ب', '\n', '\r', '']) {
          const v1 = v0.slice(0, at) + ins + v0.slice(at + (ins ? 0 : 1));
          const before = analyse(v0, 'plaintext');
          sameAnalysis(analyse(v1, 'plaintext', before), analyse(v1, 'plaintext'));
        }
      }
    }
  });

  it('hamza reads a word’s seat from the rest of the draft: removing إجمالي elsewhere changes the finding on اجماعا', () => {
    const A = 'وشدد رئيس النادي على ان اجماعا افاد بأن النادي هو الأفضل.';
    const v0 = `${A}\n\n${body()}\n\nوبلغ إجمالي الإنفاق مليار ريال.`;
    const v1 = `${A}\n\n${body()}\n\nوبلغ الإنفاق مليار ريال.`;
    const before = lint(v0, { languageId: 'plaintext', config }).findings.filter((f) => f.ruleId === 'hamza' && f.start < A.length).map((f) => f.message.en);
    const after = lint(v1, { languageId: 'plaintext', config }).findings.filter((f) => f.ruleId === 'hamza' && f.start < A.length).map((f) => f.message.en);
    assert.notDeepEqual(before, after, 'the case only tests something while the finding depends on the other paragraph');
    same(v0, v1, 'plaintext');
  });

  it('a paragraph is checked as the start of a line: ان opening a sentence, a BOM opening a paragraph', () => {
    const P = 'ان الحكومة قررت رفع الأسعار.';
    assert.ok(same(`${body()}\n\n${P}\n\nنهاية.`, `${body()}\n\n${P} اليوم\n\nنهاية.`, 'plaintext').incremental);
    const B = '\ufeffوقال الوزير إن القرار نهائي.';
    const v1 = `${body()}\n\n${B} اليوم\n\nنهاية.`;
    assert.ok(lint(v1, { languageId: 'plaintext', config }).findings.some((f) => f.ruleId === 'zero-width' && v1[f.start] === '\ufeff'));
    same(`${body()}\n\n${B}\n\nنهاية.`, v1, 'plaintext');
  });

  it('a paragraph that becomes the first of the draft, or stops being it, is checked again (a BOM is allowed only at the start)', () => {
    const B = '\ufeffوقال الوزير إن القرار نهائي.';
    const rest = `${B}\n\n${body()}`;
    const v0 = `${paras()[0]}\n\n${rest}`;
    // the first paragraph deleted: the BOM now opens the draft (no finding) …
    assert.ok(same(v0, rest, 'plaintext').incremental);
    assert.ok(!lint(rest, { languageId: 'plaintext', config }).findings.some((f) => f.ruleId === 'zero-width' && f.start === 0));
    // … and a paragraph typed before it: the BOM is inside the draft again (a finding)
    same(rest, v0, 'plaintext');
  });

  it('Markdown: a paragraph after lone CR or U+2028 line breaks is not cut off (``` there opens no fence)', () => {
    const bad = 'الرئيس  قال ،،  هذا فى  الامر';
    const p = paras();
    const u = `${body()}\n\n${p[1]}\u2028\u2028\`\`\`\u2028${bad}\n\n${p[2]}`;
    same(u, u.replace(bad, bad + ' ،،'), 'markdown');
    const c = `${p.join('\r\r')}\r\r\`\`\`\r${bad}\r\r${p[2]}`;
    same(c, c.replace(bad, bad + ' ،،'), 'markdown');
  });

  it('Markdown: <!-- inside code opens no comment, and the directive of a real comment after it holds', () => {
    const t = 'مثال `<!--` هنا\n\n<!-- mudaqqiq-disable-next-line tatweel -->\nقال الرئيـــس';
    assert.deepEqual(lint(t, { languageId: 'markdown' }).findings.filter((f) => f.ruleId === 'tatweel'), []);
    const bad = 'الرئيس  قال ،،  هذا فى  الامر';
    const a = `\`<!--\` مثال\n\n${body()}\n\n<!-- ${bad} -->\n\n${body()}`;
    same(a, a.replace(`<!-- ${bad}`, `<!-- ${bad} x`), 'markdown');
  });

  it('a paragraph rule that throws on one paragraph reports nothing and one fault, before and after an edit elsewhere', () => {
    const tatweel = allRules.find((r) => r.meta.id === 'tatweel')!;
    const flaky = { meta: tatweel.meta, check(ctx: Parameters<typeof tatweel.check>[0]) { if (ctx.doc.text.includes('BOOM')) throw new Error('boom'); tatweel.check(ctx); } };
    const v0 = ['الرئيـــس قال', ...paras(), 'BOOM', ...paras()].join('\n\n');
    const v1 = v0.replace('الرئيـــس قال', 'الرئيـــس قالـــت');
    const linter = new IncrementalLinter();
    const first = linter.lint(v0, { languageId: 'plaintext', rules: [flaky] });
    assert.deepEqual([first.findings.length, first.faults.map((f) => f.ruleId)], [0, ['tatweel']]);
    const next = linter.lint(v1, { languageId: 'plaintext', rules: [flaky] });
    assert.deepEqual([next.findings.length, next.faults.map((f) => f.ruleId)], [0, ['tatweel']]);
    assert.equal(linter.document?.text, v1, 'the analysis of the text checked stays readable (the checking thread reads the names’ places from it)');
    // and without the paragraph that throws, the edit is checked incrementally again
    const v2 = v1.replace('BOOM', 'انتهى');
    linter.lint(v2, { languageId: 'plaintext', rules: [flaky] });
    const v3 = v2.replace('الرئيـــس قالـــت', 'الرئيس قالـــت');
    const r3 = linter.lint(v3, { languageId: 'plaintext', rules: [flaky] });
    assert.equal(linter.stats.incremental, true);
    assert.deepEqual(r3.findings.map(key), lint(v3, { languageId: 'plaintext', rules: [flaky] }).findings.map(key));
  });
});
