// Bounded time on large drafts: every rule (and the analysis before them) must scale about
// linearly. Each rule runs alone on pathological drafts — one very long line, thousands of
// short paragraphs, the same verb, name, honorific or quotation mark over and over, a names
// list with its variants everywhere — at N and 4N characters; CPU time may grow about 4×, and
// a rule that grows like N² (16×) fails. This is how the quadratic repeated-verb (35 s on a
// 1 MB line of one verb) and fix-all merge (minutes for 128,000 fixes) were found.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRules, analyse, lintDocument, type ResolvedConfig } from '../../server/src/engine';
import { allOnConfig } from './arbitraries';

const N = Number(process.env.MUDAQQIQ_SCALING_CHARS ?? 40_000);

const BUILDERS: Record<string, (n: number) => string> = {
  'one long line': (n) => fill(n, 'وأشـاد الوزير عمر طلعت بالتعاون، وأشار إلى أن «المشروع» (الكبير) سينتهي 2019 م، مؤكدا أن فخامة الرئيس السيد الدكتور عمرو طلعت قال: ', ''),
  'short paragraphs': (n) => fill(n, 'وأشار الوزير إلى أن الحكومه ستعمل علي المشروع فى ٢٠١٩ ، وقال ان العمل بدأ !!', '\n\n'),
  'one verb, one paragraph': (n) => fill(n, 'أكد ', ''),
  'names and variants': (n) => fill(n, 'التقى الدكتور عمرو طلعت مع عمر طلعت ولياو ليكيانج وهاله السعيد، ثم طلعت. ', '\n'),
  'opening marks only': (n) => fill(n, '«(«[', ''),
  'leftover lines': (n) => fill(n, 'اقرأ أيضا', '\n'),
  'digits and separators': (n) => fill(n, '١٢٣,456٫7٪ 20١٩ ', ''),
  'markdown': (n) => fill(n, '> **وأشـاد** `code` [رابط](http://x.y) <!-- mudaqqiq-disable-next-line -->', '\n'),
  'one endless word': (n) => fill(n, 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي', ''),
  'one endless tatweel': (n) => 'وأش' + 'ـ'.repeat(n) + 'اد',
  'runs of spaces': (n) => fill(n, 'قال   \u00a0 الوزير \u200f\u200b ', ''),
  'stacked titles': (n) => fill(n, 'السيد الدكتور المهندس اللواء فخامة سمو معالي ', ''),
  'closing marks and quotes': (n) => fill(n, '»)»]"\'', ''),
  'urls without spaces': (n) => fill(n, 'https://x.y/طلعت?ب=٣&', ''),
};

function fill(n: number, unit: string, sep: string): string {
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    parts.push(unit);
    len += unit.length + sep.length;
  }
  return parts.join(sep);
}

function cpuMs(f: () => void): number {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

describe('every rule scales about linearly', () => {
  it(`at ${N} and ${4 * N} characters on pathological drafts: no rule grows like N²`, () => {
    const config: ResolvedConfig = allOnConfig(true);
    const worst: Array<{ what: string; t1: number; t4: number }> = [];
    const problems: string[] = [];
    for (const [name, build] of Object.entries(BUILDERS)) {
      const small = build(N);
      const large = build(4 * N);
      const docs = { small: analyse(small, 'markdown'), large: analyse(large, 'markdown') };
      const a1 = cpuMs(() => analyse(small, 'markdown'));
      const a4 = cpuMs(() => analyse(large, 'markdown'));
      worst.push({ what: `analysis / ${name}`, t1: a1, t4: a4 });
      for (const rule of allRules) {
        const run = (which: 'small' | 'large') => cpuMs(() => lintDocument(docs[which], { languageId: 'markdown', config, rules: [rule] }));
        run('small'); // warm up (lexicon, per-document caches)
        let t1 = run('small');
        let t4 = run('large');
        for (let look = 0; look < 4 && t4 > 150 && t4 / Math.max(t1, 1) > 9; look++) {
          // more looks before calling it quadratic: a collection or a busy machine can land in
          // one run (CI once saw 13 → 155 ms for a rule that measures 27 → 73 ms on a quiet
          // machine); a real N² rule stays at ×16 however often it is measured
          t1 = Math.min(t1, run('small'));
          t4 = Math.min(t4, run('large'));
        }
        worst.push({ what: `${rule.meta.id} / ${name}`, t1, t4 });
        if (t4 > 150 && t4 / Math.max(t1, 1) > 9) problems.push(`${rule.meta.id} on ${name}: ${t1.toFixed(0)} ms at ${N}, ${t4.toFixed(0)} ms at ${4 * N} characters (×${(t4 / Math.max(t1, 1)).toFixed(1)})`);
      }
    }
    worst.sort((a, b) => b.t4 - a.t4);
    console.log(`  slowest at ${4 * N} characters (CPU ms, ×growth from ${N}):`);
    for (const w of worst.slice(0, 6)) console.log(`    ${w.what}: ${w.t4.toFixed(0)} ms (×${(w.t4 / Math.max(w.t1, 1)).toFixed(1)})`);
    assert.deepEqual(problems, []);
  });
});
