// Non-prose regions of a Markdown document: front matter, fenced code blocks, inline
// code spans, HTML comments and tags, link targets and reference definitions.
// These are never checked. Returns sorted, non-overlapping spans.

import type { Span } from '../types';

export interface Directive extends Span {
  /** disable (whole file), disable-line, disable-next-line */
  kind: 'disable' | 'disable-line' | 'disable-next-line';
  /** rule ids, or empty for all rules */
  rules: string[];
}

export interface MarkdownRegions {
  excluded: Span[];
  directives: Directive[];
}

const DIRECTIVE = /^\s*mudaqqiq-(disable-next-line|disable-line|disable)\b([^]*)$/; // (the longest first: «disable» would take «-next-line» for a rule name)

export function markdownRegions(text: string): MarkdownRegions {
  const excluded: Span[] = [];
  const directives: Directive[] = [];
  const n = text.length;

  // Front matter: --- at the very start up to the next --- line.
  let pos = 0;
  if (text.startsWith('---\n') || text.startsWith('---\r\n')) {
    const m = /\r?\n---[ \t]*(\r?\n|$)/.exec(text.slice(3));
    if (m) {
      pos = 3 + m.index + m[0].length;
      excluded.push({ start: 0, end: pos });
    }
  }

  // Line-oriented pass for fenced code blocks and reference definitions.
  let lineStart = pos;
  let fence: string | null = null;
  let fenceStart = 0;
  while (lineStart < n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = text.slice(lineStart, lineEnd);
    const next = lineEnd < n ? lineEnd + 1 : n;
    const fm = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fm && fm[1][0] === fence[0] && fm[1].length >= fence.length && line.trim() === fm[1]) {
        excluded.push({ start: fenceStart, end: lineEnd });
        fence = null;
      }
    } else if (fm) {
      fence = fm[1];
      fenceStart = lineStart;
    } else {
      const ref = /^ {0,3}\[[^\]]+\]:\s*\S.*$/.exec(line);
      if (ref) excluded.push({ start: lineStart, end: lineEnd });
      else scanInline(text, lineStart, lineEnd, excluded, directives);
    }
    lineStart = next;
  }
  if (fence) excluded.push({ start: fenceStart, end: n });

  // HTML comments can span lines: find them over the whole text outside code.
  const re = /<!--([^]*?)-->/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (inside(excluded, span.start)) {
      // a <!-- inside code opens nothing: look again just after it (not after its -->, which
      // may close a real comment further on)
      re.lastIndex = m.index + 4;
      continue;
    }
    excluded.push(span);
    const d = DIRECTIVE.exec(m[1]);
    if (d) {
      const rules = d[2].split(/[\s,]+/).filter((s) => s.length > 0);
      directives.push({ ...span, kind: d[1] as Directive['kind'], rules });
    }
  }
  return { excluded: normalise(excluded), directives };
}

function scanInline(text: string, start: number, end: number, out: Span[], _d: Directive[]): void {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x60 /* ` */) {
      let k = i;
      while (k < end && text.charCodeAt(k) === 0x60) k++;
      const ticks = text.slice(i, k);
      const close = text.indexOf(ticks, k);
      if (close >= 0 && close < end) {
        out.push({ start: i, end: close + ticks.length });
        i = close + ticks.length - 1;
      } else i = k - 1;
    } else if (c === 0x5d /* ] */ && text.charCodeAt(i + 1) === 0x28 /* ( */) {
      const close = text.indexOf(')', i + 2);
      if (close >= 0 && close < end) {
        out.push({ start: i + 1, end: close + 1 });
        i = close;
      }
    } else if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', i)) continue; // handled globally
      const m = /^<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>|^<(https?:|mailto:)[^<>\s]*>/.exec(text.slice(i, end));
      if (m) {
        out.push({ start: i, end: i + m[0].length });
        i += m[0].length - 1;
      }
    }
  }
}

function inside(spans: Span[], offset: number): boolean {
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}

/** Sort and merge overlapping spans. */
export function normalise(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Where a Markdown line's block marker may stand: after up to three spaces from `start` (the
 * line's start), never past `end` (CommonMark: a blockquote's `>`, a heading's `#`).
 */
export function blockMarkerAt(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && p - start < 3 && text.charCodeAt(p) === 0x20) p++;
  return p;
}
