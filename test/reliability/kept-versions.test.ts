// An open draft's checker keeps what it needs of each paragraph from check to check (facts,
// name spellings, filled messages), never the text of an earlier version. V8 makes a slice of
// 13 code units or more a view into the whole string it came from, so one long word kept as a
// slice holds the whole draft of that version: before this was mended, an edit to another
// paragraph left a copy of the draft behind (this test's 40 edits of a 1.4 MB draft: 58.7 MB
// more heap; 1.2 MB since).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IncrementalLinter } from '../../server/src/engine/incremental';
import { allOnConfig } from './arbitraries';
import { saudiArticles } from '../lib/corpus';
import { liveHeapMB } from '../lib/heap';

describe('versions of a draft kept by its checker', () => {
  it('keeps no earlier version of the text: 40 edits, each in another paragraph, leave less heap behind than two drafts', () => {
    // about 1.2 MB of UTF-16: the corpus articles, several times over
    const articles = saudiArticles().map(([, t]) => t.trim());
    let text = '';
    for (let round = 0; text.length < 600_000; round++) text += articles.join('\n\n') + `\n\n(${round})\n\n`;
    const config = allOnConfig(false);
    const linter = new IncrementalLinter();
    linter.lint(text, { config, languageId: 'plaintext' });
    const before = liveHeapMB();
    const edits = 40;
    // a long word no lexicon knows (a form, a spelling and a message of its own), put in a new
    // paragraph each time: each edit's paragraph is analysed from that version of the text
    const word = ' والاستراتيجياتهمك';
    for (let k = 0; k < edits; k++) {
      const at = text.indexOf(' ', Math.floor(((k + 0.5) * text.length) / edits));
      text = text.slice(0, at) + word + text.slice(at);
      linter.lint(text, { config, languageId: 'plaintext' });
    }
    // (the least of three readings, each after checking the final text again: a buffer alive at
    // one reading and not the next is no kept version — the readings swing by about 2 MB either
    // way, before or after, with the foreign-name pass's per-check tables — while a kept version
    // is there at every reading)
    let after = liveHeapMB();
    for (let r = 0; r < 2; r++) {
      linter.lint(text, { config, languageId: 'plaintext' });
      after = Math.min(after, liveHeapMB());
    }
    const grown = after - before;
    const draftMB = (text.length * 2) / 1048576;
    assert.ok(grown < 2 * draftMB, `${grown.toFixed(1)} MB more heap after ${edits} edits of a ${draftMB.toFixed(1)} MB draft`);
  });
});
