// The style report as one self-contained HTML page: Arabic first and right to left,
// inline SVG charts, no external resource of any kind, and a strict Content-Security-Policy
// (hashes of its own <style> and <script>, or a nonce when a webview supplies one).
// Light and dark themes follow the system, or VS Code's colours inside a webview.
//
// Every item (finding, verb, number, name, sentence) is an element with
//   data-draft="<draft index>" data-start="<offset>" data-end="<offset>"
// (UTF-16 offsets into the draft's original text). The page's own script selects that range
// in the embedded draft text; a webview may instead leave the script out and post the range
// to the editor.

import { createHash } from 'node:crypto';
import { CATEGORY_NAMES } from '../config/catalogue';
import type { Localized, Severity } from '../engine/types';
import { barChart, type BarRow } from './chart';
import type { DraftReport, ReportItem, StyleReport, VerbItem, YehStyle } from './data';
import type { DigitSystem } from '../engine/text/tokenize';
import { countAr, WORDS } from './count';
import { escapeHtml as esc, escapePreText } from './escape';

export interface RenderOptions {
  /** Page title (default: تقرير الأسلوب — مدقق). */
  title?: string;
  /** Shown under the title (a date, the house style used …). */
  subtitle?: string;
  /** Embed each draft's text so items can be shown in place (default true). */
  includeText?: boolean;
  /** Include the page's own click-to-select script (default true). */
  script?: boolean;
  /** A webview's nonce: style and script are allowed by nonce instead of by hash. */
  nonce?: string;
  /** A webview's `cspSource`, allowed for styles and images. */
  cspSource?: string;
  /** Digits of the numbers the page writes (default western). */
  digits?: 'western' | 'arabic-indic';
  /** Tool name and version for the generator meta. */
  generator?: string;
  /** Embed the report data as JSON (<script type="application/json" id="mudaqqiq-report-data">), default true. */
  embedData?: boolean;
}

/** The report data as a JSON data block (never executed, so the CSP does not concern it). */
export function dataBlock(report: StyleReport): string {
  const json = JSON.stringify(report).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="mudaqqiq-report-data">${json}</script>`;
}

type Label = Localized;
const L = {
  title: { ar: 'تقرير الأسلوب', en: 'Style report' },
  summary: { ar: 'الخلاصة', en: 'Summary' },
  draft: { ar: 'المسودة', en: 'Draft' },
  drafts: { ar: 'المسودات', en: 'Drafts' },
  words: { ar: 'الكلمات', en: 'Words' },
  sentences: { ar: 'الجمل', en: 'Sentences' },
  paragraphs: { ar: 'الفقرات', en: 'Paragraphs' },
  meanSentence: { ar: 'متوسط طول الجملة (كلمة)', en: 'Mean sentence length (words)' },
  longest: { ar: 'أطول جملة', en: 'Longest sentence' },
  findings: { ar: 'الملاحظات', en: 'Findings' },
  fixable: { ar: 'قابلة للإصلاح التلقائي', en: 'Fixable automatically' },
  byCategory: { ar: 'الملاحظات حسب الفئة', en: 'Findings by category' },
  byRule: { ar: 'الملاحظات حسب القاعدة', en: 'Findings by rule' },
  noFindings: { ar: 'لا ملاحظات: المسودة توافق دليل الأسلوب.', en: 'No findings: the draft follows the house style.' },
  verbs: { ar: 'أفعال الإسناد', en: 'Reporting verbs' },
  noVerbs: { ar: 'لا أفعال إسناد في المسودة.', en: 'No reporting verbs in the draft.' },
  inQuote: { ar: 'داخل اقتباس', en: 'inside a quotation' },
  digits: { ar: 'أنظمة الأرقام', en: 'Digit systems' },
  noDigits: { ar: 'لا أرقام في المسودة.', en: 'No numbers in the draft.' },
  yeh: { ar: 'الياء في آخر الكلمة', en: 'Final yeh' },
  yehStandard: { ar: 'كلمات تنتهي بالألف المقصورة في كل الأحوال (على، مستوى) لم تُحتسب', en: 'Words that end in alef maqsura in any style (على, مستوى) are not counted' },
  names: { ar: 'الأسماء وطرق كتابتها', en: 'Names and their spellings' },
  noNamesList: { ar: 'لا قائمة أسماء في دليل الأسلوب.', en: 'The house style has no names list.' },
  noNames: { ar: 'لم يُذكر أحد من قائمة الأسماء.', en: 'Nobody on the names list is mentioned.' },
  misspelt: { ar: 'كتابة مخالفة', en: 'misspelt' },
  reading: { ar: 'طول القراءة', en: 'Reading length' },
  text: { ar: 'نص المسودة', en: 'Draft text' },
  rule: { ar: 'القاعدة', en: 'Rule' },
  category: { ar: 'الفئة', en: 'Category' },
  count: { ar: 'العدد', en: 'Count' },
  file: { ar: 'الملف', en: 'File' },
  topVerb: { ar: 'أكثر أفعال الإسناد ورودًا', en: 'Top reporting verb' },
  yehStyle: { ar: 'الياء', en: 'Yeh style' },
  digitSystems: { ar: 'الأرقام', en: 'Digits' },
  total: { ar: 'المجموع', en: 'Total' },
  allDrafts: { ar: 'كل المسودات', en: 'All drafts' },
  spelling: { ar: 'الكتابة', en: 'Spelling' },
  name: { ar: 'الاسم', en: 'Name' },
} satisfies Record<string, Label>;

const SEVERITY: Record<Severity, Label> = {
  error: { ar: 'خطأ', en: 'error' },
  warning: { ar: 'تحذير', en: 'warning' },
  info: { ar: 'معلومة', en: 'info' },
  hint: { ar: 'تلميح', en: 'hint' },
};

const DIGIT_SYSTEM: Record<DigitSystem, Label> = {
  western: { ar: 'أرقام غربية 0-9', en: 'Western digits 0-9' },
  'arabic-indic': { ar: 'أرقام هندية ٠-٩', en: 'Arabic-Indic digits ٠-٩' },
  persian: { ar: 'أرقام فارسية ۰-۹', en: 'Persian digits ۰-۹' },
  mixed: { ar: 'أرقام مختلطة في عدد واحد', en: 'Mixed systems in one number' },
};

const YEH_STYLE: Record<YehStyle, Label> = {
  yeh: { ar: 'الياء (في، المصري)', en: 'yeh (في, المصري)' },
  'alef-maqsura': { ar: 'الألف المقصورة مكان الياء (فى، المصرى)', en: 'alef maqsura for yeh (فى, المصرى)' },
  mixed: { ar: 'مختلط: ي مع ى', en: 'mixed: ي and ى' },
  none: { ar: '—', en: '—' },
};

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** A heading in Arabic with its English name beside it. */
function bi(l: Label): string {
  return `${esc(l.ar)} <span class="en" lang="en" dir="ltr">${esc(l.en)}</span>`;
}

export const REPORT_CSS = `
:root{color-scheme:light dark;--bg0:#ffffff;--fg0:#1f2328;--muted0:#59636e;--border0:#d1d9e0;--panel0:#f6f8fa;--link0:#0969da;--error0:#cf222e;--warning0:#9a6700;--info0:#0969da;--hint0:#6e7781;--bar0:#2f81f7;--mark0:#fff8c5}
@media (prefers-color-scheme:dark){:root{--bg0:#0d1117;--fg0:#e6edf3;--muted0:#9198a1;--border0:#3d444d;--panel0:#151b23;--link0:#4493f8;--error0:#f85149;--warning0:#d29922;--info0:#4493f8;--hint0:#9198a1;--bar0:#388bfd;--mark0:#5a4a00}}
:root{--bg:var(--vscode-editor-background,var(--bg0));--fg:var(--vscode-editor-foreground,var(--fg0));--muted:var(--vscode-descriptionForeground,var(--muted0));--border:var(--vscode-panel-border,var(--border0));--panel:var(--vscode-sideBar-background,var(--panel0));--link:var(--vscode-textLink-foreground,var(--link0));--error:var(--vscode-errorForeground,var(--error0));--warning:var(--vscode-editorWarning-foreground,var(--warning0));--info:var(--vscode-editorInfo-foreground,var(--info0));--hint:var(--vscode-editorHint-foreground,var(--hint0));--bar:var(--vscode-charts-blue,var(--bar0));--mark:var(--vscode-editor-findMatchHighlightBackground,var(--mark0))}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem;background:var(--bg);color:var(--fg);font-family:var(--vscode-font-family,"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI","Geeza Pro",Tahoma,sans-serif);font-size:16px;line-height:1.7}
header,main{max-width:70rem;margin:0 auto}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:1px solid var(--border)}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
.en{color:var(--muted);font-size:.8em;font-weight:normal;margin-inline-start:.5em}
.subtitle,.note{color:var(--muted)}
a{color:var(--link);text-decoration:none}
a:hover,a:focus{text-decoration:underline}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
.scroll{overflow-x:auto;max-width:100%}
th,td{border:1px solid var(--border);padding:.3rem .6rem;text-align:start;vertical-align:top}
th{background:var(--panel)}
td.num,th.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:.5rem 0;padding:0;list-style:none}
.cards li{background:var(--panel);border:1px solid var(--border);border-radius:6px;padding:.5rem .9rem;min-width:9rem}
.cards .value{display:block;font-size:1.4rem;font-weight:bold}
.chart{max-width:100%;height:auto;display:block;margin:.5rem 0}
.chart .bar{fill:var(--bar)}
.chart .bar.error{fill:var(--error)}
.chart .bar.warning{fill:var(--warning)}
.chart .bar.info{fill:var(--info)}
.chart .bar.hint{fill:var(--hint)}
.chart text{fill:var(--fg);font-size:13px}
.chart .chart-value{fill:var(--muted)}
.chart a:hover .bar,.chart a:focus .bar{opacity:.8}
.sev{display:inline-block;border-radius:4px;padding:0 .4em;font-size:.8em;border:1px solid currentColor}
.sev.error{color:var(--error)}.sev.warning{color:var(--warning)}.sev.info{color:var(--info)}.sev.hint{color:var(--hint)}
details{margin:.25rem 0}
summary{cursor:pointer}
ol.items{margin:.25rem 0;padding-inline-start:1.5rem}
ol.items li{margin:.1rem 0}
.item{cursor:pointer}
.where{color:var(--muted);font-size:.85em;direction:ltr;unicode-bidi:isolate;margin-inline-start:.4em}
.tag{color:var(--muted);font-size:.85em}
.bad{color:var(--error)}
pre.draft-text{white-space:pre-wrap;word-wrap:break-word;background:var(--panel);border:1px solid var(--border);border-radius:6px;padding:1rem;font-family:inherit;line-height:1.9;unicode-bidi:plaintext}
mark.hit{background:var(--mark);color:inherit;outline:2px solid var(--warning);border-radius:2px}
code{font-family:var(--vscode-editor-font-family,ui-monospace,monospace);font-size:.9em;direction:ltr;unicode-bidi:isolate}
section.draft{margin-top:2.5rem}
`;

/** Selects an item's range in the embedded draft text. */
export const REPORT_SCRIPT = `(function(){
var current=null;
function clear(){if(!current)return;var p=current.parentNode;while(current.firstChild)p.insertBefore(current.firstChild,current);p.removeChild(current);p.normalize();current=null;}
document.addEventListener('click',function(e){
var a=e.target&&e.target.closest?e.target.closest('[data-start]'):null;if(!a)return;
var pre=document.getElementById('text-'+a.getAttribute('data-draft'));if(!pre)return;
e.preventDefault();clear();
var d=pre.closest('details');if(d)d.open=true;
var node=pre.firstChild;if(!node||node.nodeType!==3)return;
var s=Math.min(+a.getAttribute('data-start'),node.length),t=Math.min(Math.max(s,+a.getAttribute('data-end')),node.length);
var r=document.createRange();r.setStart(node,s);r.setEnd(node,t);
var m=document.createElement('mark');m.className='hit';r.surroundContents(m);current=m;
m.scrollIntoView({block:'center'});
});
})();`;

function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of the page: nothing from anywhere, only the page's own style and script. */
export function contentSecurityPolicy(opts: RenderOptions = {}): string {
  const style = opts.nonce ? `'nonce-${opts.nonce}'` : sha256(REPORT_CSS);
  const script = opts.script === false ? "'none'" : opts.nonce ? `'nonce-${opts.nonce}'` : sha256(REPORT_SCRIPT);
  const source = opts.cspSource ? ` ${opts.cspSource}` : '';
  return [
    "default-src 'none'",
    `style-src ${style}${source}`,
    `script-src ${script}`,
    `img-src data:${source}`,
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Numbers as the report writes them: in the digits asked for, one decimal at most, no grouping. */
export function numberFormatter(digits: RenderOptions['digits']): (x: number) => string {
  const nf = new Intl.NumberFormat(digits === 'arabic-indic' ? 'ar-EG' : 'en-US', { maximumFractionDigits: 1, useGrouping: false });
  return (x) => nf.format(x);
}

class Writer {
  constructor(readonly opts: RenderOptions) {
    this.n = numberFormatter(opts.digits);
  }
  readonly n: (x: number) => string;

  /** A clickable item: its text, and where it is. */
  item(d: DraftReport, it: ReportItem, extra = ''): string {
    return (
      `<a class="item" href="#text-${d.index}" data-draft="${d.index}" data-start="${it.start}" data-end="${it.end}">` +
      `${esc(shorten(it.text))}</a><span class="where">${it.line}:${it.column}</span>${extra}`
    );
  }

  items(d: DraftReport, list: readonly ReportItem[], render?: (it: ReportItem) => string): string {
    return `<ol class="items">${list.map((it) => `<li>${render ? render(it) : this.item(d, it)}</li>`).join('')}</ol>`;
  }
}

function shorten(s: string, max = 120): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function cards(rows: Array<[Label, string]>): string {
  return `<ul class="cards">${rows.map(([l, v]) => `<li><span class="value">${v}</span>${esc(l.ar)}</li>`).join('')}</ul>`;
}

function worstSeverity(counts: Record<Severity, number>): Severity {
  return SEVERITIES.find((s) => counts[s] > 0) ?? 'hint';
}

function renderSummary(w: Writer, r: StyleReport): string {
  const t = r.totals;
  const out: string[] = [`<section id="summary"><h2>${bi(L.summary)}</h2>`];
  out.push(
    cards([
      [L.drafts, w.n(t.drafts)],
      [L.words, w.n(t.words)],
      [L.sentences, w.n(t.sentences)],
      [L.findings, w.n(t.findings)],
      ...SEVERITIES.filter((s) => t.bySeverity[s] > 0).map((s) => [SEVERITY[s], w.n(t.bySeverity[s])] as [Label, string]),
    ]),
  );
  out.push(
    `<div class="scroll"><table class="summary"><thead><tr><th>${esc(L.file.ar)}</th><th class="num">${esc(L.words.ar)}</th><th class="num">${esc(L.sentences.ar)}</th>` +
      `<th class="num">${esc(L.meanSentence.ar)}</th><th class="num">${esc(L.findings.ar)}</th>` +
      SEVERITIES.map((s) => `<th class="num">${esc(SEVERITY[s].ar)}</th>`).join('') +
      `<th>${esc(L.topVerb.ar)}</th><th>${esc(L.digitSystems.ar)}</th><th>${esc(L.yehStyle.ar)}</th></tr></thead><tbody>`,
  );
  for (const d of r.drafts) {
    const top = d.verbs.lemmas[0];
    out.push(
      `<tr><td><a href="#draft-${d.index}"><bdi>${esc(d.display)}</bdi></a></td><td class="num">${w.n(d.length.words)}</td><td class="num">${w.n(d.length.sentences)}</td>` +
        `<td class="num">${w.n(d.length.meanSentenceLength)}</td><td class="num">${w.n(d.findings.total)}</td>` +
        SEVERITIES.map((s) => `<td class="num">${w.n(d.findings.bySeverity[s])}</td>`).join('') +
        `<td>${top ? `${esc(top.lemma)} (${w.n(top.count)})` : '—'}</td>` +
        `<td>${d.digits.map((x) => `${esc(DIGIT_SYSTEM[x.system].ar)} (${w.n(x.count)})`).join('، ') || '—'}</td>` +
        `<td>${esc(YEH_STYLE[d.yeh.style].ar)}</td></tr>`,
    );
  }
  out.push('</tbody></table></div>');
  if (t.categories.length) {
    out.push(`<h3>${bi(L.byCategory)} — ${esc(L.allDrafts.ar)}</h3>`);
    out.push(barChart(t.categories.map((c) => ({ label: c.name.ar, value: c.count, data: { category: c.category } })), { label: L.byCategory.ar, formatNumber: w.n }));
  }
  if (t.verbs.length) {
    out.push(`<h3>${bi(L.verbs)} — ${esc(L.allDrafts.ar)}</h3>`);
    out.push(barChart(t.verbs.map((v) => ({ label: v.lemma, value: v.count, title: `${v.lemma} (${v.gloss}): ${w.n(v.count)}`, data: { lemma: v.lemma } })), { label: L.verbs.ar, formatNumber: w.n }));
  }
  out.push('</section>');
  return out.join('\n');
}

function renderFindings(w: Writer, d: DraftReport): string {
  const out: string[] = [`<h3>${bi(L.byRule)}</h3>`];
  const f = d.findings;
  if (f.total === 0) return out.concat(`<p class="note">${esc(L.noFindings.ar)}</p>`).join('\n');
  out.push(
    cards([
      [L.findings, w.n(f.total)],
      ...SEVERITIES.filter((s) => f.bySeverity[s] > 0).map((s) => [SEVERITY[s], w.n(f.bySeverity[s])] as [Label, string]),
      [L.fixable, w.n(f.fixable)],
    ]),
  );
  const rows: BarRow[] = [];
  for (const c of f.categories) {
    for (const r of c.rules) {
      rows.push({
        label: r.ruleId,
        value: r.count,
        cls: worstSeverity(r.bySeverity),
        href: `#d${d.index}-rule-${r.ruleId}`,
        title: `${r.ruleId} — ${r.description.ar}: ${w.n(r.count)}`,
        data: { draft: d.index, rule: r.ruleId, category: r.category },
      });
    }
  }
  out.push(barChart(rows, { label: `${L.byRule.ar}: ${d.display}`, formatNumber: w.n }));
  out.push(`<table class="rules"><thead><tr><th>${esc(L.category.ar)}</th><th>${esc(L.rule.ar)}</th><th class="num">${esc(L.count.ar)}</th></tr></thead><tbody>`);
  for (const c of f.categories) {
    c.rules.forEach((r, k) => {
      const list = w.items(d, r.items, (it) => {
        const x = it as (typeof r.items)[number];
        return `${w.item(d, x)} <span class="sev ${x.severity}">${esc(SEVERITY[x.severity].ar)}</span> <span class="msg" title="${esc(x.message.en)}">${esc(x.message.ar)}</span>`;
      });
      out.push(
        `<tr id="d${d.index}-rule-${esc(r.ruleId)}">` +
          (k === 0 ? `<td rowspan="${c.rules.length}">${esc(c.name.ar)} <span class="tag">${esc(c.category)}</span></td>` : '') +
          `<td><details><summary><code>${esc(r.ruleId)}</code> — ${esc(r.description.ar)}</summary>${list}</details></td>` +
          `<td class="num">${w.n(r.count)}</td></tr>`,
      );
    });
  }
  out.push(`</tbody><tfoot><tr><th colspan="2">${esc(L.total.ar)}</th><th class="num">${w.n(f.total)}</th></tr></tfoot></table>`);
  return out.join('\n');
}

function renderVerbs(w: Writer, d: DraftReport): string {
  const out: string[] = [`<h3>${bi(L.verbs)}</h3>`];
  if (d.verbs.total === 0) return out.concat(`<p class="note">${esc(L.noVerbs.ar)}</p>`).join('\n');
  out.push(
    barChart(
      d.verbs.lemmas.map((v) => ({ label: v.lemma, value: v.count, href: `#d${d.index}-verb-${v.lemma}`, title: `${v.lemma} (${v.gloss}): ${w.n(v.count)}`, data: { draft: d.index, lemma: v.lemma } })),
      { label: `${L.verbs.ar}: ${d.display}`, formatNumber: w.n },
    ),
  );
  out.push(`<table class="verbs"><thead><tr><th>${esc(L.verbs.ar)}</th><th class="num">${esc(L.count.ar)}</th></tr></thead><tbody>`);
  for (const v of d.verbs.lemmas) {
    const list = w.items(d, v.items, (it) => w.item(d, it, (it as VerbItem).inQuote ? ` <span class="tag">(${esc(L.inQuote.ar)})</span>` : ''));
    out.push(
      `<tr id="d${d.index}-verb-${esc(v.lemma)}"><td><details><summary>${esc(v.lemma)} <span class="en" lang="en" dir="ltr">${esc(v.gloss)}</span></summary>${list}</details></td><td class="num">${w.n(v.count)}</td></tr>`,
    );
  }
  out.push(`</tbody><tfoot><tr><th>${esc(L.total.ar)}</th><th class="num">${w.n(d.verbs.total)}</th></tr></tfoot></table>`);
  return out.join('\n');
}

function renderDigits(w: Writer, d: DraftReport): string {
  const out: string[] = [`<h3>${bi(L.digits)}</h3>`];
  if (d.digits.length === 0) return out.concat(`<p class="note">${esc(L.noDigits.ar)}</p>`).join('\n');
  out.push(
    barChart(
      d.digits.map((x) => ({ label: DIGIT_SYSTEM[x.system].ar, value: x.count, cls: x.system === 'persian' || x.system === 'mixed' ? 'error' : '', data: { draft: d.index, system: x.system } })),
      { label: `${L.digits.ar}: ${d.display}`, formatNumber: w.n },
    ),
  );
  out.push('<ul>');
  for (const x of d.digits) {
    out.push(`<li><details><summary>${esc(DIGIT_SYSTEM[x.system].ar)}: ${w.n(x.count)}</summary>${w.items(d, x.items)}</details></li>`);
  }
  out.push('</ul>');
  return out.join('\n');
}

function renderYeh(w: Writer, d: DraftReport): string {
  const y = d.yeh;
  const out: string[] = [`<h3>${bi(L.yeh)}</h3>`, `<p>${esc(YEH_STYLE[y.style].ar)}</p>`];
  if (y.style === 'none') return out.join('\n');
  out.push(
    barChart(
      [
        { label: 'ي — في، المصري', value: y.yeh.count, data: { draft: d.index, letter: 'yeh' } },
        { label: 'ى — فى، المصرى', value: y.alefMaqsura.count, data: { draft: d.index, letter: 'alef-maqsura' } },
      ],
      { label: `${L.yeh.ar}: ${d.display}`, formatNumber: w.n },
    ),
  );
  out.push('<ul>');
  out.push(`<li><details><summary>ي: ${w.n(y.yeh.count)}</summary>${w.items(d, y.yeh.items)}</details></li>`);
  out.push(`<li><details><summary>ى: ${w.n(y.alefMaqsura.count)}</summary>${w.items(d, y.alefMaqsura.items)}</details></li>`);
  out.push('</ul>');
  out.push(`<p class="note">${esc(L.yehStandard.ar)}: ${w.n(y.standardMaqsura)}</p>`);
  return out.join('\n');
}

function renderNames(w: Writer, d: DraftReport): string {
  const out: string[] = [`<h3>${bi(L.names)}</h3>`];
  if (d.names === null) return out.concat(`<p class="note">${esc(L.noNamesList.ar)}</p>`).join('\n');
  if (d.names.length === 0) return out.concat(`<p class="note">${esc(L.noNames.ar)}</p>`).join('\n');
  out.push(`<table class="names"><thead><tr><th>${esc(L.name.ar)}</th><th>${esc(L.spelling.ar)}</th><th class="num">${esc(L.count.ar)}</th></tr></thead><tbody>`);
  for (const n of d.names) {
    n.spellings.forEach((s, k) => {
      const who = [n.title, n.canonical, n.role].filter(Boolean).join(' ');
      out.push(
        '<tr>' +
          (k === 0 ? `<td rowspan="${n.spellings.length}">${esc(who)} <span class="tag">(${w.n(n.count)})</span></td>` : '') +
          `<td><details><summary${s.misspelt ? ' class="bad"' : ''}>${esc(s.text)}${s.misspelt ? ` <span class="tag">(${esc(L.misspelt.ar)})</span>` : ''}</summary>${w.items(d, s.items)}</details></td>` +
          `<td class="num">${w.n(s.count)}</td></tr>`,
      );
    });
  }
  out.push('</tbody></table>');
  return out.join('\n');
}

/** One draft's section (a webview showing one draft renders just this inside renderPage). */
export function renderDraftSection(d: DraftReport, opts: RenderOptions = {}, text?: string): string {
  const w = new Writer(opts);
  const len = d.length;
  const out: string[] = [`<section class="draft" id="draft-${d.index}"><h2><bdi>${esc(d.display)}</bdi> <span class="tag">${esc(d.language)}</span></h2>`];
  out.push(`<h3>${bi(L.reading)}</h3>`);
  out.push(
    cards([
      [L.words, w.n(len.words)],
      [L.sentences, w.n(len.sentences)],
      [L.paragraphs, w.n(len.paragraphs)],
      [L.meanSentence, w.n(len.meanSentenceLength)],
    ]),
  );
  if (len.longestSentence) {
    out.push(`<p>${esc(L.longest.ar)} (${esc(countAr(len.longestSentence.words, WORDS, w.n))}): ${w.item(d, len.longestSentence)}</p>`);
  }
  out.push(renderFindings(w, d), renderVerbs(w, d), renderDigits(w, d), renderYeh(w, d), renderNames(w, d));
  if (text !== undefined && opts.includeText !== false) {
    // The newline after <pre> is dropped by the HTML parser, so the text node holds the draft exactly.
    out.push(`<details class="text"><summary>${bi(L.text)}</summary><pre class="draft-text" id="text-${d.index}" dir="auto">\n${escapePreText(text)}</pre></details>`);
  }
  out.push('</section>');
  return out.join('\n');
}

/** A whole page around the given body HTML, with the CSP, styles and (optionally) the script. */
export function renderPage(body: string, opts: RenderOptions = {}): string {
  const nonce = opts.nonce ? ` nonce="${esc(opts.nonce)}"` : '';
  const title = opts.title ?? `${L.title.ar} — مدقق`;
  return [
    '<!DOCTYPE html>',
    '<html lang="ar" dir="rtl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(opts))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    opts.generator ? `<meta name="generator" content="${esc(opts.generator)}">` : '',
    `<title>${esc(title)}</title>`,
    `<style${nonce}>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    body,
    opts.script === false ? '' : `<script${nonce}>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** The full report page: a summary across drafts, then one section per draft. `texts[i]` is draft i's text (embedded when given). */
export function renderReportHtml(report: StyleReport, opts: RenderOptions = {}, texts: readonly (string | undefined)[] = []): string {
  const w = new Writer(opts);
  const title = opts.title ?? `${L.title.ar} — مدقق`;
  const header =
    `<header><h1>${esc(title)} <span class="en" lang="en" dir="ltr">${esc(L.title.en)}</span></h1>` +
    (opts.subtitle ? `<p class="subtitle">${esc(opts.subtitle)}</p>` : '') +
    '</header>';
  const body = [header, '<main>', renderSummary(w, report), ...report.drafts.map((d) => renderDraftSection(d, opts, texts[d.index])), '</main>'];
  if (opts.embedData !== false) body.push(dataBlock(report));
  return renderPage(body.join('\n'), opts);
}

/** Arabic and English names of the categories (re-exported for renderers). */
export { CATEGORY_NAMES };
