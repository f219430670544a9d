// An article template written in the draft's house style. "Mudaqqiq: insert article template"
// sends the template's snippet body here before inserting it: the house style's conventions
// that a preset or the newsroom sets (final ى or ي, the digit system, the quotation marks) are
// applied to the template's text, so a template inserted under `egyptian-press` reads «فى»،
// «الثانى» and draws no warnings. The snippet's own syntax ($1, ${2:…}, ${3|…|}, $NAME,
// transforms, escapes) is never touched: a tab stop's number stays a Western digit. A rule left
// at "consistent" (the default) is not applied: the template has no majority of its own to
// follow. Nothing here knows about LSP.

import { applyEdits, effectiveOptions, getRule, lint, mergeFixes, preferredFix, type DocumentLanguage, type Finding, type ResolvedConfig, type Span } from '../engine';

/** The rules whose house-style option is a newsroom's convention, applied to templates. */
export const TEMPLATE_RULES: readonly string[] = ['final-yeh', 'digit-system', 'quote-style'];

/**
 * The stretches of a snippet body that are snippet syntax, not text (sorted): `\x` escapes,
 * `$1` / `$NAME`, the openings `${1:` `${1|` `${NAME:` `${1`, a choice's commas and its closing
 * `|}`, and a transform `${1/…/…/…}` whole. (A placeholder's closing brace is left out: no
 * template rule edits a brace.)
 */
export function snippetSyntax(body: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      out.push({ start: i, end: Math.min(body.length, i + 2) });
      i++;
      continue;
    }
    if (c !== '$') continue;
    const braced = body[i + 1] === '{';
    let j = braced ? i + 2 : i + 1;
    while (j < body.length && /\w/.test(body[j])) j++;
    if (j === (braced ? i + 2 : i + 1)) continue; // a plain dollar sign
    if (braced && body[j] === '/') {
      // a transform: to its closing brace (format strings may nest ${1:/upcase})
      let depth = 1;
      for (j++; j < body.length && depth > 0; j++) {
        if (body[j] === '\\') j++;
        else if (body[j] === '{') depth++;
        else if (body[j] === '}') depth--;
      }
    } else if (braced && body[j] === '|') {
      // a choice: its commas and its closing |} are syntax too (a number's comma in 2024,2025 is not the number's)
      out.push({ start: i, end: ++j });
      for (; j < body.length; j++) {
        if (body[j] === '\\') j++;
        else if (body[j] === ',') out.push({ start: j, end: j + 1 });
        else if (body[j] === '|' && body[j + 1] === '}') break;
      }
      out.push({ start: j, end: Math.min(body.length, j + 2) });
      i = j + 1;
      continue;
    } else if (braced && (body[j] === ':' || body[j] === '}')) j++;
    out.push({ start: i, end: j });
    i = j - 1;
  }
  return out;
}

function touches(spans: readonly Span[], start: number, end: number): boolean {
  // (few spans: a template has a few dozen)
  return spans.some((s) => s.start < Math.max(end, start + 1) && start < s.end);
}

/** The snippet body with the house style's conventions applied to its text (once: applying it again changes nothing). */
export function templateInHouseStyle(body: string, config: ResolvedConfig | undefined, languageId: DocumentLanguage = 'plaintext'): string {
  if (!config) return body;
  const only = new Set(
    TEMPLATE_RULES.filter((id) => {
      const rule = getRule(id);
      return rule !== undefined && !Object.values(effectiveOptions(rule, config) as Record<string, unknown>).includes('consistent');
    }),
  );
  if (only.size === 0) return body;
  const { findings } = lint(body, { config, languageId, only });
  const syntax = snippetSyntax(body);
  const inText = (f: Finding) => preferredFix(f)?.edits.every((e) => !touches(syntax, e.start, e.end)) ?? false;
  const { edits } = mergeFixes(findings, inText);
  return edits.length ? applyEdits(body, edits) : body;
}
