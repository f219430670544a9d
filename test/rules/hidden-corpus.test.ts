// The invisible-character and letter rules against real scraped copy, read at test time
// from ../shared/corpus (never copied here): the `bidi_control`, `zero_width`,
// `persian_yeh_keheh` and `tatweel` rows of errors/real_phenomena_samples.tsv, the 130
// SaudiNewsNet articles, and the sample article.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import hiddenCharacters from '../../server/src/engine/rules/hidden-characters';
import persianLetters from '../../server/src/engine/rules/orthography/persian-letters';
import presentationForms from '../../server/src/engine/rules/orthography/presentation-forms';
import { isBidiControl, isPresentationForm } from '../../server/src/engine/text/chars';
import type { DocumentLanguage } from '../../server/src/engine/text/document';
import type { Finding, Rule } from '../../server/src/engine/types';
import { corpusTsv, sampleArticle, saudiArticles } from '../lib/corpus';

const RULES: Rule[] = [...hiddenCharacters, persianLetters, presentationForms];
const OURS = new Set(RULES.map((r) => r.meta.id));

const PHENOMENA: Record<string, string> = {
  bidi_control: 'bidi-controls',
  zero_width: 'zero-width',
  persian_yeh_keheh: 'persian-letters',
  tatweel: 'tatweel',
};

const PERSIAN_MAP: Record<string, string> = { ی: 'ي', ک: 'ك', ڪ: 'ك', ہ: 'ه', ھ: 'ه', ە: 'ه', ے: 'ي' };
const isZeroWidth = (c: number) => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xad || c === 0xfeff;
const isPersian = (c: number) => PERSIAN_MAP[String.fromCharCode(c)] !== undefined || c === 0x6c0;
const isSpaceChar = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f;
const isArabicLetter = (c: number) => ((c >= 0x621 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d5)) && c !== 0x640;

/**
 * The Arabic letters of a text, presentation forms normalised and Persian letters mapped to Arabic,
 * ى and ي as one (a final Persian ی is written ى: it looks like it, and the yeh rules judge it then).
 */
function letters(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKC')) if (isArabicLetter(ch.charCodeAt(0))) out += ch === 'ى' ? 'ي' : (PERSIAN_MAP[ch] ?? ch);
  return out;
}

function show(s: string): string {
  return s.replace(/[\u00a0\u00ad\u061c\u200b-\u200f\u202a-\u202f\u2060\u2066-\u2069\ufeff]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** Each finding covers only characters of its own kind. */
function checkRanges(text: string, findings: Finding[], where: string): void {
  const all = (f: Finding, p: (c: number) => boolean) => {
    for (let i = f.start; i < f.end; i++) if (!p(text.charCodeAt(i))) return false;
    return f.end > f.start;
  };
  for (const f of findings) {
    const what = `${where}: ${f.ruleId} «${show(text.slice(f.start, f.end))}» @${f.start}`;
    switch (f.ruleId) {
      case 'bidi-controls':
        assert.ok(all(f, isBidiControl), what);
        break;
      case 'zero-width':
        assert.ok(all(f, isZeroWidth), what);
        break;
      case 'persian-letters':
        assert.ok(f.end === f.start + 1 && isPersian(text.charCodeAt(f.start)), what);
        break;
      case 'presentation-forms':
        // (a line of three runs or more is one finding over the line: its fix's edits are the runs)
        for (const r of spansOf(f)) assert.ok(isPresentationForm(text.charCodeAt(r.start)) && isPresentationForm(text.charCodeAt(r.end - 1)), what);
        break;
      case 'extra-spaces':
        assert.ok(all(f, (c) => c === 0x20 || c === 0x09), what);
        break;
      case 'nbsp':
        assert.ok(all(f, isSpaceChar) && /[\u00a0\u202f]/.test(text.slice(f.start, f.end)), what);
        break;
      case 'tatweel':
        assert.ok(all(f, (c) => c === 0x640), what);
        break;
    }
  }
  const sorted = findings.flatMap((f) => spansOf(f).map((r) => ({ ruleId: f.ruleId, start: r.start, end: r.end }))).sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    assert.ok(sorted[k].start >= sorted[k - 1].end, `${where}: ${sorted[k - 1].ruleId} and ${sorted[k].ruleId} overlap at ${sorted[k].start}`);
  }
}

/** What a finding is about: its range, or for a line of presentation forms (one finding, one fix) the runs its fix converts. */
function spansOf(f: Finding): Array<{ start: number; end: number }> {
  return f.messageId === 'formsLine' ? f.fixes[0].edits : [f];
}

/** After fix-all: what is left of the characters these rules target is exactly what they accept. */
function checkLeftovers(output: string, remaining: Finding[], where: string): void {
  for (const f of remaining) {
    assert.ok(!f.fixes.some((x) => x.preferred), `${where}: ${f.ruleId} still has a preferred fix after fix-all at ${f.start}`);
  }
  const covered = (i: number) => remaining.some((f) => OURS.has(f.ruleId) && f.start <= i && i < f.end);
  for (let i = 0; i < output.length; i++) {
    const c = output.charCodeAt(i);
    const ctx = () => `${where}: U+${c.toString(16).toUpperCase()} left at ${i} in «${show(output.slice(Math.max(0, i - 15), i + 15))}»`;
    if (isBidiControl(c)) assert.fail(ctx());
    if (isZeroWidth(c) && !(c === 0xfeff && i === 0)) assert.ok(c === 0x200c && covered(i), ctx()); // only a meant ZWNJ, reported
    if (isPersian(c)) assert.ok(covered(i), ctx()); // only a Persian word or ۀ, reported with suggestions
    if (isPresentationForm(c) && String.fromCharCode(c).normalize('NFKC') !== String.fromCharCode(c) && c !== 0xfdfc) assert.ok(covered(i), ctx()); // ﷺ ﷻ
    if (c === 0x640) assert.ok(i + 1 >= output.length || !isArabicLetter(output.charCodeAt(i + 1)), ctx()); // only a clitic's tatweel, at a word end
  }
}

function checkText(text: string, where: string, languageId?: DocumentLanguage): Finding[] {
  const r = lint(text, { rules: RULES, languageId });
  assert.deepEqual(r.faults, [], where);
  checkRanges(text, r.findings, where);
  const fixed = fixText(text, { rules: RULES, languageId });
  assert.deepEqual(fixed.faults, [], where);
  checkLeftovers(fixed.output, fixed.remaining, where);
  assert.equal(fixText(fixed.output, { rules: RULES, languageId }).output, fixed.output, `${where}: fix-all is not idempotent`);
  assert.equal(letters(fixed.output), letters(text), `${where}: Arabic letters changed beyond the Persian ones`);
  return r.findings;
}

describe('hidden characters and letters on real_phenomena_samples.tsv', () => {
  const rows = corpusTsv('errors/real_phenomena_samples.tsv');
  for (const [phenomenon, ruleId] of Object.entries(PHENOMENA)) {
    it(`${phenomenon}: every row yields ${ruleId}, fix-all cleans it, idempotently, letters kept`, () => {
      const mine = rows.filter((r) => r.phenomenon === phenomenon);
      assert.ok(mine.length >= 30, `expected the ${phenomenon} rows, found ${mine.length}`);
      let changed = 0;
      let found = 0;
      mine.forEach((row, k) => {
        const where = `${phenomenon} row ${k} (${row.url})`;
        const findings = checkText(row.text, where);
        if (findings.some((f) => f.ruleId === ruleId)) found++;
        else if (ruleId === 'tatweel') {
          // The tatweel rule accepts a tatweel joining a proclitic to a number or Latin word (يمر بـ30):
          // a row with only those yields nothing, and then no tatweel of it may sit inside a word.
          assert.ok(/\u0640/.test(row.text) && !/\u0640+[\u0621-\u063a\u0641-\u064a]/.test(row.text), `${where}: no ${ruleId} finding in «${row.visible.slice(0, 200)}»`);
        } else assert.fail(`${where}: no ${ruleId} finding in «${row.visible.slice(0, 200)}»`);
        if (fixText(row.text, { rules: RULES }).output !== row.text) changed++;
      });
      // tatweel: a row whose only tatweels are a dash between spaces (ـــ رعاها الله ـــ) or the
      // Hijri abbreviation (1351هـ) is correct text the rule leaves alone: the floor counts the
      // rows with a tatweel inside a word.
      const expected = ruleId === 'tatweel' ? mine.filter((r) => /\u0640+[\u0621-\u063a\u0641-\u064a]/.test(r.text)).length : mine.length;
      assert.ok(found >= expected - 2, `only ${found} of ${expected} rows yield ${ruleId}`);
      assert.equal(changed, mine.length, 'fix-all changes every row');
    });
  }

  it('the Persian rows lose their Persian letters, except inside quoted Persian words', () => {
    const mine = rows.filter((r) => r.phenomenon === 'persian_yeh_keheh');
    let before = 0;
    let after = 0;
    for (const row of mine) {
      before += [...row.text].filter((ch) => isPersian(ch.charCodeAt(0))).length;
      const out = fixText(row.text, { rules: RULES }).output;
      after += [...out].filter((ch) => isPersian(ch.charCodeAt(0))).length;
    }
    assert.ok(before > 100, `expected many Persian letters, found ${before}`);
    assert.ok(after <= 2, `${after} Persian letters left`);
  });
});

describe('hidden characters and letters on the SaudiNewsNet articles', () => {
  it('ranges exact, no overlaps, fix-all clean and idempotent, letters kept (130 articles)', () => {
    const arts = saudiArticles();
    assert.ok(arts.length >= 100);
    let findings = 0;
    for (const [name, text] of arts) findings += checkText(text, name).length;
    assert.ok(findings > 0);
  });
  it('the same as Markdown and arabic-news documents', () => {
    for (const [name, text] of saudiArticles().slice(0, 30)) {
      checkText(text, `${name} (markdown)`, 'markdown');
      checkText(text, `${name} (arabic-news)`, 'arabic-news');
    }
  });
});

describe('the sample article', () => {
  it('has nothing for these rules', () => {
    for (const languageId of ['plaintext', 'arabic-news', 'markdown'] as DocumentLanguage[]) {
      const r = lint(sampleArticle(), { rules: RULES, languageId });
      assert.deepEqual(r.faults, []);
      assert.deepEqual(
        r.findings.map((f) => `${f.ruleId}:${f.messageId}@${f.start}`),
        [],
      );
    }
  });
});
