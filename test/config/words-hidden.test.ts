// Word lists (accepted words, rule-bound lists), ignore.files, and hidden findings dropped
// by the engine.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configFor, hiddenFor, isIgnored, loadConfigFor } from '../../server/src/config';
import { effectiveOptions, effectiveSeverity, getRule, lint, type Rule } from '../../server/src/engine';
import { diskHost, workspace } from './helpers';

function load(house: unknown, draft = 'a.txt') {
  const root = workspace({ '.mudaqqiq.json': JSON.stringify(house) });
  return { root, r: loadConfigFor(join(root, draft), { workspaceRoot: root }, diskHost()) };
}

describe('word lists', () => {
  it('accepted words go into shared.acceptedWords, from every layer', () => {
    const root = workspace({
      'base.json': JSON.stringify({ words: { accepted: ['الإنترنت'] } }),
      '.mudaqqiq.json': JSON.stringify({ extends: './base.json', words: { accepted: ['الفيسبوك', 'الإنترنت'] } }),
    });
    const r = loadConfigFor(join(root, 'a.txt'), { workspaceRoot: root }, diskHost());
    assert.deepEqual([...(r.config.shared?.acceptedWords ?? [])].sort(), ['الإنترنت', 'الفيسبوك'].sort());
  });

  it('leftoverPhrases become scrape-leftover’s `phrases` option (appended to the configured ones) and take effect', () => {
    const rule = getRule('scrape-leftover');
    assert.ok(rule, 'scrape-leftover is registered');
    const { r } = load({ rules: { 'scrape-leftover': ['warning', { phrases: ['شاهد البث'] }] }, words: { leftoverPhrases: ['تابعوا بوابتنا على'] } });
    assert.deepEqual(r.config.rules['scrape-leftover'].options?.phrases, ['شاهد البث', 'تابعوا بوابتنا على']);
    assert.equal(r.config.shared?.wordLists?.leftoverPhrases, undefined, 'taken by the rule, not left in shared');
    const text = 'قال الوزير إن المشروع سينتهي في موعده المحدد.\nتابعوا بوابتنا على\nوأضاف أن العمل مستمر بلا توقف.';
    const without = lint(text).findings.filter((f) => f.ruleId === 'scrape-leftover');
    const withList = lint(text, { config: r.config }).findings.filter((f) => f.ruleId === 'scrape-leftover');
    assert.equal(withList.length, without.length + 1, 'the house phrase is flagged only with the house list');
  });

  it('a list injected into a rule keeps the severity the categories give it', () => {
    const { r } = load({ rules: { 'category:leftovers': 'off' }, words: { leftoverPhrases: ['تابعوا بوابتنا على'] } });
    assert.equal(effectiveSeverity(getRule('scrape-leftover')!, r.config), 'off');
    assert.deepEqual(effectiveOptions(getRule('scrape-leftover')!, r.config).phrases, ['تابعوا بوابتنا على']);
  });

  it('honorifics become ornamental-honorific’s `extra` option', () => {
    const { r } = load({ words: { honorifics: ['صاحب السمو'] } });
    assert.deepEqual(r.config.rules['ornamental-honorific'].options?.extra, ['صاحب السمو']);
    assert.equal(r.config.rules['ornamental-honorific'].severity, getRule('ornamental-honorific')!.meta.defaultSeverity);
  });

  it('reportingVerbs become repeated-verb’s `verbs` option and take effect: a third «أفصح» in a paragraph is flagged', () => {
    const { r } = load({ words: { reportingVerbs: ['أفصح'] } });
    assert.deepEqual(r.config.rules['repeated-verb'].options?.verbs, ['أفصح']);
    assert.equal(r.config.rules['repeated-verb'].severity, getRule('repeated-verb')!.meta.defaultSeverity);
    assert.equal(r.config.shared?.wordLists?.reportingVerbs, undefined, 'taken by the rule, not left in shared');
    const text = 'أفصح الوزير عن الخطة، وأفصح عن الموعد، ثم أفصح عن التمويل.';
    const found = (config?: ReturnType<typeof load>['r']['config']) =>
      lint(text, { config }).findings.filter((f) => f.ruleId === 'repeated-verb').map((f) => text.slice(f.start, f.end) + '@' + f.start);
    assert.deepEqual(found(), [], 'not a reporting verb without the house list');
    assert.deepEqual(found(r.config), ['أفصح@23', 'أفصح@42']);
  });
});

describe('ignore.files', () => {
  it('globs relative to the house-style file’s folder', () => {
    const { root, r } = load({ ignore: { files: ['archive/**', 'drafts/*.old.md'] } });
    assert.equal(isIgnored(r, join(root, 'archive/2019/a.md')), true);
    assert.equal(isIgnored(r, join(root, 'drafts/x.old.md')), true);
    assert.equal(isIgnored(r, join(root, 'drafts/x.md')), false);
    assert.equal(isIgnored(r, join(root, '..', 'archive/a.md')), false, 'outside the folder');
    assert.equal(isIgnored(r, undefined), false);
  });
});

describe('hidden findings', () => {
  const house = {
    ignore: {
      findings: [
        { rule: 'tatweel', text: 'ـــ', file: 'drafts/a.md' },
        { rule: 'zero-width', file: 'drafts/*.md' },
        { rule: 'nbsp' },
      ],
    },
  };

  it('hiddenFor keeps the entries for this draft: its file (or glob), or no file at all', () => {
    const { root, r } = load(house);
    assert.deepEqual(hiddenFor(r, join(root, 'drafts/a.md')), [{ rule: 'tatweel', text: 'ـــ' }, { rule: 'zero-width' }, { rule: 'nbsp' }]);
    assert.deepEqual(hiddenFor(r, join(root, 'drafts/b.md')), [{ rule: 'zero-width' }, { rule: 'nbsp' }]);
    assert.deepEqual(hiddenFor(r, join(root, 'other/a.md')), [{ rule: 'nbsp' }]);
    assert.deepEqual(hiddenFor(r, undefined), [{ rule: 'nbsp' }]);
  });

  it('the engine drops findings whose rule and covered text match, and only those', () => {
    const { root, r } = load(house);
    const text = 'أكـــد الوزير أن المشـروع\u200B سينتهي\u00A0قريبا';
    const all = lint(text).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
    assert.ok(all.includes('tatweel:ـــ') && all.includes('tatweel:ـ') && all.some((x) => x.startsWith('zero-width')) && all.some((x) => x.startsWith('nbsp')), all.join(' '));

    const inA = lint(text, { config: configFor(r, join(root, 'drafts/a.md')) }).findings.map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
    assert.deepEqual(inA, all.filter((x) => x !== 'tatweel:ـــ' && !x.startsWith('zero-width') && !x.startsWith('nbsp')));
    assert.ok(inA.includes('tatweel:ـ'), 'another text of the same rule stays');

    const elsewhere = lint(text, { config: configFor(r, join(root, 'other/x.md')) }).findings.map((f) => f.ruleId);
    assert.ok(elsewhere.includes('zero-width') && !elsewhere.includes('nbsp'));
  });

  it('a hidden text matches the covered text exactly (another mark of the same rule stays)', () => {
    const config = { rules: {}, hidden: [{ rule: 'doubled-punctuation', text: '؟' }] };
    const text = 'هل انتهى المشروع؟؟ وهل بدأ الآخر!!';
    const before = lint(text).findings.filter((f) => f.ruleId === 'doubled-punctuation').map((f) => text.slice(f.start, f.end));
    assert.ok(before.includes('؟') && before.includes('!'), before.join(' '));
    const kept = lint(text, { config }).findings.filter((f) => f.ruleId === 'doubled-punctuation').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(kept, before.filter((x) => x !== '؟'));
    assert.ok(kept.length > 0);
  });

  it('a hidden text matches across diacritics and tatweel, not across different letters', () => {
    // every word is a finding of this one-line rule
    const words: Rule = {
      meta: { ...getRule('tatweel')!.meta, id: 'every-word', fixable: false, messages: { w: { ar: 'كلمة', en: 'word' } } },
      check(ctx) {
        for (const t of ctx.doc.tokens) if (t.kind === 'word') ctx.report({ start: t.start, end: t.end, messageId: 'w' });
      },
    };
    const text = 'طَلعـت طلعت طلعة';
    const config = { rules: {}, hidden: [{ rule: 'every-word', text: 'طلعت' }] };
    const kept = lint(text, { rules: [words], config }).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(kept, ['طلعة']);
  });
});
