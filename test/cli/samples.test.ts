// The sample drafts (samples/drafts) and `npm run check:samples`: the drafts carry the
// problems the README says they do, the clean brief stays clean, and the script passes
// findings through without failing.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { repoRoot } from '../lib/corpus';
import { ensureBuilt } from './helpers';

interface JsonFile {
  file: string;
  language: string;
  findings: Array<{ ruleId: string; severity: string; text: string }>;
}

before(() => ensureBuilt());

describe('sample drafts', () => {
  let report: JsonFile[];
  before(() => {
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'check-samples.mjs'), '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(r.status, 0, `check-samples failed: ${r.stderr}`);
    report = JSON.parse(r.stdout);
  });

  it('every draft is checked, in each of the draft formats', () => {
    const names = readdirSync(join(repoRoot, 'samples', 'drafts')).sort();
    assert.ok(names.length >= 4 && names.length <= 6);
    assert.deepEqual(
      report.map((f) => f.file.split('/').pop()).sort(),
      names,
    );
    assert.deepEqual(new Set(report.map((f) => f.language)), new Set(['plaintext', 'markdown', 'arabic-news']));
  });

  it('carry the problems the README lists, and the rules catch them', () => {
    const caught = new Map<string, string[]>();
    for (const f of report) for (const x of f.findings) caught.set(x.ruleId, [...(caught.get(x.ruleId) ?? []), x.text]);
    const expected: Array<[string, (texts: string[]) => boolean]> = [
      ['latin-punctuation', (t) => t.includes(',') && t.includes('?') && t.includes(';')],
      ['tatweel', (t) => t.length >= 2],
      ['digit-system', (t) => t.some((x) => /[0-9][٠-٩]|[٠-٩][0-9]/.test(x)) && t.some((x) => /[۰-۹]/.test(x))],
      ['digit-spacing', (t) => t.length >= 1],
      ['scrape-leftover', (t) => t.length >= 4],
      ['nbsp', (t) => t.some((x) => x.includes('\u00a0'))],
      ['bidi-controls', (t) => t.some((x) => x.includes('\u200f'))],
      ['doubled-punctuation', (t) => t.length >= 3],
      ['persian-letters', (t) => t.includes('ی') && t.includes('ک')],
    ];
    for (const [rule, ok] of expected) {
      const texts = caught.get(rule) ?? [];
      assert.ok(ok(texts), `${rule}: ${JSON.stringify(texts)}`);
    }
  });

  it('the sample house style is in force: its names list, titles, verbs and spelling on the data-centre draft', () => {
    const draft = report.find((f) => f.file.endsWith('data-center.txt'));
    assert.ok(draft, 'data-center.txt is checked');
    const texts = (rule: string) => draft.findings.filter((x) => x.ruleId === rule).map((x) => x.text);
    // a listed variant, through the proclitic (the range leaves the و out): only the names list knows it
    assert.deepEqual(texts('name-spelling'), ['عمر طلعت']);
    // the bare surname before the full mention with title and role
    assert.deepEqual(texts('first-mention'), ['طلعت']);
    assert.deepEqual(texts('ornamental-honorific'), ['معالي']);
    assert.deepEqual(texts('title-abbreviation'), ['د.']);
    assert.equal(texts('repeated-verb').length, 3);
    assert.deepEqual(texts('hamza'), ['انشاء']);
    assert.deepEqual(texts('teh-marbuta'), ['العاصمه']);
    assert.deepEqual(texts('alef-maqsura'), ['الي', 'الي']);
    assert.equal(texts('spacing-errors').length, 1);
  });

  it('the central-bank brief is a clean passage (no error or warning)', () => {
    const clean = report.find((f) => f.file.endsWith('central-bank.txt'))!;
    assert.deepEqual(
      clean.findings.filter((x) => x.severity === 'error' || x.severity === 'warning'),
      [],
    );
  });
});
