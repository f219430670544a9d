// RuleTester: valid / invalid / fixed tables per rule, the way ESLint's RuleTester works.
//
//   runRuleTests(rule, {
//     valid: ['نص سليم', { code: '…', options: {…} }],
//     invalid: [{ code: 'أكـــد', errors: [{ messageId: 'tatweel', text: 'ـــ' }], output: 'أكد' }],
//   });
//
// For every invalid case it checks: the number of findings, each one's message id, the
// exact text its range covers in the ORIGINAL code (and line/column when given), the
// output of fix-all for this rule (null: no fix), that fix-all is idempotent, that no
// range splits a surrogate pair, and that every fix edits only inside the finding's lines.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixText, lint } from '../../server/src/engine/engine';
import { examplesFor } from '../../server/src/engine/index';
import type { DocumentLanguage } from '../../server/src/engine/text/document';
import { splitLines } from '../../server/src/engine/text/document';
import type { Finding, ResolvedConfig, Rule, Severity, SeveritySetting, SharedData } from '../../server/src/engine/types';
import { isHighSurrogate, isLowSurrogate } from '../../server/src/engine/text/chars';

export interface ValidCase {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  languageId?: DocumentLanguage;
  shared?: Partial<SharedData>;
  /** The severity the rule runs at (default: its default severity, 'warning' for a rule off by default). */
  severity?: SeveritySetting;
}

export interface ExpectedError {
  messageId?: string;
  /** The exact original text the finding's range covers. */
  text?: string;
  /** 1-based line and column (UTF-16). */
  line?: number;
  column?: number;
  /** Number of fixes offered (suggestions included). */
  fixes?: number;
  /** The finding's severity (a finding may ask for less than its rule's). */
  severity?: Severity;
  /** Titles of the offered fixes' replacement texts, in order (checks suggestions). */
  suggestions?: string[];
  /** The finding's Arabic message, as the editor reads it. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: Array<ExpectedError | string>;
  /** Text after fix-all with this rule alone; null means the rule offers no automatic fix here. */
  output: string | null;
}

function configFor(rule: Rule, c: ValidCase): ResolvedConfig {
  const severity = c.severity ?? (rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity);
  return { rules: { [rule.meta.id]: { severity, options: c.options } }, shared: c.shared };
}

function caseName(c: ValidCase): string {
  const s = c.name ?? c.code.replace(/\s+/g, ' ');
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

function checkRanges(code: string, findings: Finding[]): void {
  const lines = splitLines(code);
  const lineOf = (o: number) => lines.findIndex((l) => o >= l.start && o <= l.next);
  for (const f of findings) {
    for (const o of [f.start, f.end]) {
      assert.ok(o >= 0 && o <= code.length, `range ${f.start}-${f.end} outside the text`);
      if (o > 0 && o < code.length) {
        assert.ok(!(isHighSurrogate(code.charCodeAt(o - 1)) && isLowSurrogate(code.charCodeAt(o))), `range ${f.start}-${f.end} splits a surrogate pair`);
      }
    }
    const first = lines[lineOf(f.start)];
    // The line holding the finding's last character (an offset at a line start belongs to that line).
    const lastChar = Math.max(f.start, f.end - 1);
    const last = lines[lines.findIndex((l, k) => lastChar >= l.start && (lastChar < l.next || k === lines.length - 1))];
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        assert.ok(e.start <= e.end, 'edit with start after end');
        // Beyond its finding's lines a fix may only take blank space (a deleted line takes the blank lines beside it).
        const outside = code.slice(e.start, Math.min(e.end, first.start)) + code.slice(Math.max(e.start, last.next), e.end);
        assert.ok(/^[\s\u200b\u200e\u200f\ufeff]*$/.test(outside), `fix "${fix.title.en}" edits ${e.start}-${e.end}, outside the lines of its finding ${f.start}-${f.end}`);
      }
    }
  }
}

export function runRuleTests(rule: Rule, tables: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    it('has complete metadata', () => {
      const m = rule.meta;
      assert.ok(m.id && m.category, 'id and category');
      for (const [k, v] of Object.entries(m.messages)) {
        assert.ok(v.ar && v.en, `message ${k} needs Arabic and English`);
      }
      assert.ok(m.docs.description.ar && m.docs.description.en, 'description in both languages');
      assert.ok(m.docs.explanation.ar && m.docs.explanation.en, 'explanation in both languages');
      assert.ok(m.docs.good && m.docs.bad, 'good and bad examples');
      assert.equal((m.schema as { type?: string }).type, 'object');
      const props = ((m.schema as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>;
      for (const k of Object.keys(m.defaultOptions as object)) assert.ok(k in props, `default option ${k} is in the schema`);
      assert.ok(tables.valid.length > 0 && tables.invalid.length > 0, 'has valid and invalid cases');
    });

    it('docs examples: the bad one is flagged, the good one is not', () => {
      const cfg = configFor(rule, { code: '', shared: rule.meta.docs.exampleShared });
      assert.equal(lint(rule.meta.docs.good, { rules: [rule], config: cfg }).findings.length, 0, 'good example flagged');
      assert.ok(lint(rule.meta.docs.bad, { rules: [rule], config: cfg }).findings.length > 0, 'bad example not flagged');
      // the alternates, under the options they are for: each finding of the bad one is one the hover shows them for
      for (const alt of rule.meta.docs.alternates ?? []) {
        const altCfg = configFor(rule, { code: '', shared: rule.meta.docs.exampleShared, options: alt.options });
        assert.equal(lint(alt.good, { rules: [rule], config: altCfg }).findings.length, 0, `alternate good example flagged (${JSON.stringify(alt.options)})`);
        const found = lint(alt.bad, { rules: [rule], config: altCfg }).findings;
        assert.ok(found.length > 0, `alternate bad example not flagged (${JSON.stringify(alt.options)})`);
        for (const f of found) assert.equal(examplesFor(f, rule.meta.docs), alt, `alternate chosen for its own finding ${f.messageId}`);
      }
    });

    for (const v of tables.valid) {
      const c: ValidCase = typeof v === 'string' ? { code: v } : v;
      it(`valid: ${caseName(c)}`, () => {
        const r = lint(c.code, { rules: [rule], config: configFor(rule, c), languageId: c.languageId });
        assert.deepEqual(r.faults, []);
        assert.deepEqual(
          r.findings.map((f) => `${f.messageId} «${c.code.slice(f.start, f.end)}» @${f.start}`),
          [],
          'expected no findings',
        );
      });
    }

    for (const c of tables.invalid) {
      it(`invalid: ${caseName(c)}`, () => {
        const config = configFor(rule, c);
        const r = lint(c.code, { rules: [rule], config, languageId: c.languageId });
        assert.deepEqual(r.faults, []);
        const got = r.findings;
        assert.equal(
          got.length,
          c.errors.length,
          `expected ${c.errors.length} findings, got ${got.length}: ${got.map((f) => `${f.messageId} «${c.code.slice(f.start, f.end)}»`).join(', ')}`,
        );
        const lines = splitLines(c.code);
        c.errors.forEach((e0, i) => {
          const e: ExpectedError = typeof e0 === 'string' ? { messageId: e0 } : e0;
          const f = got[i];
          if (e.messageId) assert.equal(f.messageId, e.messageId, `finding ${i} message id`);
          if (e.text !== undefined) assert.equal(c.code.slice(f.start, f.end), e.text, `finding ${i} covers exactly`);
          if (e.line !== undefined || e.column !== undefined) {
            const li = lines.findIndex((l) => f.start >= l.start && f.start <= l.end);
            if (e.line !== undefined) assert.equal(li + 1, e.line, `finding ${i} line`);
            if (e.column !== undefined) assert.equal(f.start - lines[li].start + 1, e.column, `finding ${i} column`);
          }
          if (e.fixes !== undefined) assert.equal(f.fixes.length, e.fixes, `finding ${i} number of fixes`);
          if (e.severity !== undefined) assert.equal(f.severity, e.severity, `finding ${i} severity`);
          if (e.message !== undefined) assert.equal(f.message.ar, e.message, `finding ${i} message`);
          if (e.suggestions !== undefined) {
            const texts = f.fixes.map((x) => {
              const out = x.edits.map((ed) => ed.text).join('|');
              return out;
            });
            assert.deepEqual(texts, e.suggestions, `finding ${i} suggestions`);
          }
        });
        checkRanges(c.code, got);
        const fixed = fixText(c.code, { rules: [rule], config, languageId: c.languageId });
        if (c.output === null) {
          assert.equal(fixed.output, c.code, 'expected no automatic fix');
        } else {
          assert.equal(fixed.output, c.output, 'output after fix-all');
          const again = fixText(fixed.output, { rules: [rule], config, languageId: c.languageId });
          assert.equal(again.output, fixed.output, 'fix-all is idempotent');
        }
      });
    }
  });
}
