// The names list's index (server/src/engine/rules/names/mentions.ts): a check must not cost
// more the longer the list (issue 5: "matching cost must not grow with the size of the list").
// Measured by work, not by time: how many of the list's spellings a check looks at (each one
// looked at is built once into the index's cache of forms), with a list in which thousands of
// names share their first word (محمد، عبد الله) or their surname, as a newsroom's list does.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/engine';
import { findNameMentions, nameIndex } from '../../server/src/engine/rules/names/mentions';
import type { NameEntry } from '../../server/src/engine/types';

const source = { file: '(test)', start: 0, end: 0 };

/** `count` names: a made-up word each, after محمد / عبد الله or before علي, and the people the draft names. */
function list(count: number): NameEntry[] {
  const names: NameEntry[] = [];
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let k = i; w.length < 4; k = Math.floor(k / letters.length)) w += letters[k % letters.length];
    const canonical = i % 3 === 0 ? `محمد ${w}ان` : i % 3 === 1 ? `عبد الله ${w}ي` : `${w}ون علي`;
    names.push({ canonical, variants: [], source });
  }
  names.push({ canonical: 'محمد صلاح', variants: ['محمد صلح'], source });
  names.push({ canonical: 'عبد الله بن زايد', variants: [], source });
  names.push({ canonical: 'علي', variants: ['على'], source });
  return names;
}

const DRAFT = 'قال محمد صلح إن محمد لاعب كبير، وأشاد عبد الله بن زايد ومحمد علي بما قدمه علي.\n';

function lookedAt(names: NameEntry[]): { forms: number; found: string[] } {
  const doc = analyse(DRAFT);
  const found = findNameMentions(doc, names).map((m) => `${DRAFT.slice(m.start, m.end)}→${m.entry.canonical}`);
  return { forms: nameIndex(names).forms.size, found };
}

describe('the names index: the work of a check does not grow with the list', () => {
  it('finds the same mentions, looking at a handful of spellings, with 30 or 30,000 names sharing محمد / عبد الله / علي', () => {
    const small = lookedAt(list(30));
    const big = lookedAt(list(30_000));
    assert.deepEqual(big.found, small.found);
    // علي alone is the surname of the first listed person named … علي (the list's order decides, as before)
    const firstAli = list(30).find((n) => n.canonical.endsWith(' علي'))!.canonical;
    assert.deepEqual(big.found, ['محمد صلح→محمد صلاح', 'عبد الله بن زايد→عبد الله بن زايد', `علي→${firstAli}`, `علي→${firstAli}`]);
    // 10,000 listed names begin with محمد and 10,000 end with علي: a check that looked at
    // each of them for every محمد and علي of the draft would build thousands of forms
    assert.ok(big.forms <= small.forms + 5, `spellings looked at: ${small.forms} with 30 names, ${big.forms} with 30,000`);
  });
});
