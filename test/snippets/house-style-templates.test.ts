// Templates written in the draft's house style (server/src/lsp/templateText.ts, what
// "insert article template" asks the server for): under egyptian-press the built-in templates
// come out with the Egyptian final ى and, filled with their defaults, draw no final-yeh
// finding; under pan-arab the digits of the text turn Arabic-Indic while the tab stops' numbers
// stay; the snippet's structure is never changed; a rule left at "consistent" changes nothing;
// and writing a template twice equals writing it once.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'jsonc-parser';
import { resolvePreset } from '../../server/src/config';
import { lint } from '../../server/src/engine';
import { snippetSyntax, templateInHouseStyle } from '../../server/src/lsp/templateText';
import { repoRoot } from '../lib/corpus';
import { allNodes, expandDefaults, parseSnippet, tabStopOrder, type SnippetNode } from './snippet-syntax';

const bodies: Array<[string, string]> = Object.entries(parse(readFileSync(join(repoRoot, 'snippets', 'arabic-news.code-snippets'), 'utf8')) as Record<string, { body: string | string[] }>).map(([name, s]) => [
  name,
  Array.isArray(s.body) ? s.body.join('\n') : s.body,
]);

/** The snippet's shape: its nodes with the text left out (kinds, indexes, variable names, how many choices). */
function shape(nodes: readonly SnippetNode[]): string[] {
  return allNodes(nodes).map((n) => (n.kind === 'text' ? 'text' : n.kind === 'choice' ? `choice ${n.index} ×${n.options.length}` : n.kind === 'variable' ? `var ${n.name}` : `${n.kind} ${n.index}`));
}

describe('templates in the house style', () => {
  const egyptian = resolvePreset('egyptian-press');
  const panArab = resolvePreset('pan-arab');

  it('under egyptian-press: the Egyptian final ى, no final-yeh finding, the same snippet', () => {
    let changed = 0;
    for (const [name, body] of bodies) {
      const before = lint(expandDefaults(parseSnippet(body)), { config: egyptian, only: new Set(['final-yeh']) }).findings;
      const out = templateInHouseStyle(body, egyptian);
      const nodes = parseSnippet(out); // still valid snippet syntax
      assert.deepEqual(shape(nodes), shape(parseSnippet(body)), name);
      assert.deepEqual(tabStopOrder(nodes), tabStopOrder(parseSnippet(body)), name);
      const after = lint(expandDefaults(nodes), { config: egyptian, only: new Set(['final-yeh']) }).findings;
      assert.deepEqual(after.map((f) => f.message.en), [], name);
      if (before.length) changed++;
      assert.equal(templateInHouseStyle(out, egyptian), out, `${name}: twice is once`);
    }
    assert.ok(changed >= 5, `most built-in templates had a final ي to change (${changed})`);
    const lead = templateInHouseStyle('عاجل: ${1:عنوان الخبر في سطر واحد}\n${2|في بيان,خلال مؤتمر صحفي|}: «${3:المحور الثاني}»', egyptian);
    assert.equal(lead, 'عاجل: ${1:عنوان الخبر فى سطر واحد}\n${2|فى بيان,خلال مؤتمر صحفى|}: «${3:المحور الثانى}»');
  });

  it('under pan-arab: digits of the text turn Arabic-Indic, tab stops and variables do not', () => {
    const body = 'بلغ عدد الضحايا ${1:15} شخصا في ${2|2024,2025|} ${3:منذ 3 أيام} $4 ${CURRENT_YEAR} $0 \\$5';
    // (a choice's comma is the choice's, not a number's: 2024,2025 is left as it is rather than
    // be read as one number and its comma written ٬; an escaped \$5 is the text "$5")
    assert.equal(templateInHouseStyle(body, panArab), 'بلغ عدد الضحايا ${1:١٥} شخصا في ${2|2024,2025|} ${3:منذ ٣ أيام} $4 ${CURRENT_YEAR} $0 \\$٥');
    // a transform is syntax, whole
    const transform = 'السنة ${1/(\\d+)/${1:/upcase}/g} و 7';
    assert.equal(templateInHouseStyle(transform, panArab), 'السنة ${1/(\\d+)/${1:/upcase}/g} و ٧');
  });

  it('leaves a template as written where the house style follows the draft ("consistent", the default)', () => {
    const recommended = resolvePreset('recommended');
    for (const [name, body] of bodies) assert.equal(templateInHouseStyle(body, recommended), body, name);
    assert.equal(templateInHouseStyle('في 2024', undefined), 'في 2024');
  });

  it('knows snippet syntax from text', () => {
    const body = 'a $1 ${2:x} ${3|y,z\\,w|} $NAME ${NAME} \\$ $ 5 ${4/a/b/} ${}';
    assert.deepEqual(
      snippetSyntax(body).map((s) => body.slice(s.start, s.end)),
      ['$1', '${2:', '${3|', ',', '|}', '$NAME', '${NAME}', '\\$', '${4/a/b/}'],
    );
  });
});
