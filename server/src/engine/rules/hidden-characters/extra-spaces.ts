// extra-spaces: white space the reader cannot count and the page does not need:
// - two or more spaces (or tabs) between words → one space;
// - spaces or tabs at the end of a line, and lines of white space only → removed;
// - spaces or tabs at the start of a line in plain text and arabic-news documents →
//   removed. Scraped articles (SaudiNewsNet) begin almost every paragraph with one space:
//   it is paste residue, and a CMS or a fix-all should not carry it on. Newsrooms that
//   indent paragraphs on purpose set `leadingSpaces: false`.
// Markdown is different: indentation and the spaces after a block marker (`> `, `- `,
// `1. `) are syntax, so leading spaces are never touched there; two trailing spaces
// before a non-blank line are a hard line break and are kept; and in a table row (a line
// with `|`) spaces align the columns and are left alone.
// Layout is not debris: a run of three or more spaces between two words is a gap someone
// made (two hemistichs of a verse, space-aligned columns), and one at the start of a line is
// an indent (a verse, a quotation). Both are still reported, as hints, and collapsing them is
// only offered (`preferred: false`): fix-all leaves them. A plain-text line framed by `|` is a
// table row, whose spaces are left alone as in Markdown.
// A run that holds a no-break space (U+00A0, U+202F) is `nbsp`'s, never this rule's (see
// space-runs.ts), so the two rules never edit the same characters.

import { optionDoc } from '../../messages';
import type { Rule } from '../../types';
import { spaceRuns } from './space-runs';

interface Options {
  leadingSpaces: boolean;
}

const rule: Rule<Options> = {
  meta: {
    id: 'extra-spaces',
    category: 'hidden-characters',
    defaultSeverity: 'warning',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        leadingSpaces: {
          type: 'boolean',
          ...optionDoc({ en: 'Report spaces at the start of a line in plain text and arabic-news documents (never in Markdown).', ar: 'التنبيه على المسافات في أول السطر في النص العادي ومستندات الأخبار (لا في Markdown أبدًا).' }),
          default: true,
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { leadingSpaces: true },
    messages: {
      multiple: { ar: 'أكثر من مسافة بين الكلمتين: تكفي مسافة واحدة', en: 'More than one space between words: one is enough' },
      trailing: { ar: 'مسافة زائدة في آخر السطر: احذفها', en: 'Trailing white space at the end of the line: remove it' },
      leading: { ar: 'مسافة زائدة في أول السطر: احذفها', en: 'White space at the start of the line: remove it' },
      oneSpace: { ar: 'اجعلها مسافة واحدة', en: 'Replace with one space' },
      remove: { ar: 'احذف المسافة', en: 'Remove the white space' },
    },
    docs: {
      description: {
        ar: 'المسافات المكررة بين الكلمات والمسافات في أول السطر وآخره',
        en: 'Doubled spaces between words and white space at the start or end of a line',
      },
      explanation: {
        ar: 'المسافات المكررة والزائدة في أول السطر وآخره لا يراها المحرر لكنها تفسد الرصف وعدّ الكلمات والمقارنة بين النسخ. يجعل الإصلاح ما بين الكلمتين مسافة واحدة ويحذف ما في طرفي السطر؛ أما ثلاث مسافات فأكثر بين كلمتين أو في أول السطر فقد تكون رصفا مقصودا (شطرا بيت، أعمدة جدول، إزاحة أول السطر) فيُلمَّح إليها تلميحا لا تحذيرا ويُقترح جمعها ولا يطبقه الأمر «طبّق كل الإصلاحات المؤكدة في هذه المسودة». في Markdown لا تُمس المسافات في أول السطر ولا مسافتا كسر السطر ولا جداول المحاذاة.',
        en: 'Doubled spaces and white space at either end of a line are invisible to the editor but spoil typesetting, word counts and comparisons between versions. The fix leaves one space between words and removes white space at line ends; a run of three spaces or more between words or at the start of a line may be layout (the two hemistichs of a verse, table columns, an indent), so it is a hint, not a warning, and collapsing it is offered, never applied by fix-all. In Markdown, leading spaces, the two-space hard line break and table alignment are left alone.',
      },
      good: 'قال وزير الاتصالات إن المشروع سينتهي قريبا.',
      bad: 'قال وزير الاتصالات  إن المشروع سينتهي قريبا. ',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    /** Three or more ordinary spaces: a layout gap or an indent, not a slip of the thumb. */
    const layout = (start: number, end: number): boolean => {
      let spaces = 0;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20 && ++spaces >= 3) return true;
      return false;
    };
    const { doc, options } = ctx;
    const markdown = doc.languageId === 'markdown';
    for (const run of spaceRuns(doc)) {
      if (run.noBreak) continue; // nbsp's
      const { start, end } = run;
      switch (run.place) {
        case 'blank':
          ctx.report({ start, end, messageId: 'trailing', fixes: [{ messageId: 'remove', edits: [{ start, end, text: '' }], preferred: true }], unnecessary: true });
          break;
        case 'leading':
          if (markdown || !options.leadingSpaces) break;
          ctx.report({ start, end, messageId: 'leading', ...asLayout(layout(start, end)), fixes: [{ messageId: 'remove', edits: [{ start, end, text: '' }], preferred: !layout(start, end) }], unnecessary: true });
          break;
        case 'trailing':
          if (run.hardBreak) break;
          ctx.report({ start, end, messageId: 'trailing', fixes: [{ messageId: 'remove', edits: [{ start, end, text: '' }], preferred: true }], unnecessary: true });
          break;
        case 'interior':
          if (end - start < 2 || run.tableLine) break;
          ctx.report({ start, end, messageId: 'multiple', ...asLayout(layout(start, end)), fixes: [{ messageId: 'oneSpace', edits: [{ start, end, text: ' ' }], preferred: !layout(start, end) }] });
          break;
      }
    }
  },
};

/**
 * A run that may be layout (the two hemistichs of a verse, an indent: three spaces or more) is a
 * hint, not a warning (the Gulf reviewer: a correctly laid-out verse drew a warning): the editor
 * sees it, fix-all leaves it.
 */
function asLayout(layout: boolean): { severity?: 'hint' } {
  return layout ? { severity: 'hint' } : {};
}

export default rule;
