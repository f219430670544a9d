// Paragraphs of the analysis: in Markdown, runs of lines between blank lines; in a plain-text
// draft also ended by a line that ends a sentence, since drafts pasted from a newsroom system
// or a site (the SaudiNewsNet articles) put each paragraph on a line of its own.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, endsSentence, type AnalysedDocument } from '../../server/src/engine/text/document';
import { sampleArticle, saudiArticles } from '../lib/corpus';

/** The lines of each paragraph, as line indexes. */
function paragraphLines(doc: AnalysedDocument): number[][] {
  return doc.paragraphs.map((p) => {
    const out: number[] = [];
    for (let l = doc.lineIndexAt(p.start); l <= doc.lineIndexAt(p.end); l++) out.push(l);
    return out;
  });
}

const blank = (doc: AnalysedDocument, l: number) => doc.text.slice(doc.lines[l].start, doc.lines[l].end).trim() === '';

describe('paragraphs', () => {
  const texts = [['sample-article.txt', sampleArticle()] as [string, string], ...saudiArticles()];

  it('plain text: a paragraph ends at a line that ends a sentence, at a blank line or at the end, and nowhere else (130 articles and the sample)', () => {
    let split = 0;
    for (const [name, text] of texts) {
      const doc = analyse(text, 'plaintext');
      const paras = paragraphLines(doc);
      for (const lines of paras) {
        const last = lines[lines.length - 1];
        for (const l of lines.slice(0, -1)) assert.ok(!endsSentence(text, doc.lines[l].start, doc.lines[l].end), `${name}: line ${l + 1} ends a sentence inside a paragraph`);
        const ends = endsSentence(text, doc.lines[last].start, doc.lines[last].end);
        assert.ok(ends || last + 1 >= doc.lines.length || blank(doc, last + 1), `${name}: paragraph ending at line ${last + 1} runs on to a non-blank line`);
        if (ends && last + 1 < doc.lines.length && !blank(doc, last + 1)) split++;
      }
      // every line with words is in a paragraph
      for (let l = 0; l < doc.lines.length; l++) if (!blank(doc, l)) assert.ok(paras.some((ls) => ls.includes(l)), `${name}: line ${l + 1} is in no paragraph`);
    }
    // the articles put one paragraph per line: most of their paragraphs end at a line, not a blank line
    assert.ok(split > 300, `${split} paragraphs end at a line that ends a sentence`);
  });

  it('Markdown: a single line break is a soft wrap; paragraphs are the runs of lines between blank lines', () => {
    for (const [name, text] of texts.slice(0, 40)) {
      const doc = analyse(text, 'markdown');
      for (const lines of paragraphLines(doc)) {
        for (const l of lines) assert.ok(!blank(doc, l), `${name}: blank line ${l + 1} inside a paragraph`);
        const last = lines[lines.length - 1];
        assert.ok(last + 1 >= doc.lines.length || blank(doc, last + 1) || doc.excluded.length > 0, `${name}: Markdown paragraph ends before line ${last + 2}, which is not blank`);
      }
    }
  });

  it('a headline or a dateline (no closing mark) stays with the lines after it; a closing quotation mark after the full stop still ends the line', () => {
    const text = 'الحكومة تعلن خطة جديدة\nالقاهرة – خاص\nأعلنت الحكومة خطة جديدة للنقل.\nوقال الوزير: «الخطة جاهزة.»\nوأضاف أن التنفيذ قريب';
    const doc = analyse(text, 'plaintext');
    assert.deepEqual(
      doc.paragraphs.map((p) => text.slice(p.start, p.end)),
      ['الحكومة تعلن خطة جديدة\nالقاهرة – خاص\nأعلنت الحكومة خطة جديدة للنقل.', 'وقال الوزير: «الخطة جاهزة.»', 'وأضاف أن التنفيذ قريب'],
    );
  });

  it('endsSentence: . ! ? ؟ … with closing marks, spaces and invisibles after them', () => {
    const yes = ['انتهى الاجتماع.', 'هل انتهى؟', 'رائع!', 'وماذا بعد?', 'وتابع…', 'قال: «انتهى.»', 'قال (انتهى.)  ', 'انتهى.\u200f', 'قال "انتهى."', 'انتهى.\u202c', 'انتهى.\u061c', 'انتهى.\u2060\u200d'];
    const no = ['الحكومة تعلن خطة جديدة', 'وقال الوزير:', 'القاهرة – خاص', 'عام 2015', '', '   ', '«عنوان»'];
    for (const s of yes) assert.equal(endsSentence(s, 0, s.length), true, s);
    for (const s of no) assert.equal(endsSentence(s, 0, s.length), false, s);
  });
});
