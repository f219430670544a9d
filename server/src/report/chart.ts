// Horizontal bar charts as inline SVG, drawn for a right-to-left page: labels on the
// right, bars growing leftwards, the count at the end of each bar. The SVG's direction is
// rtl, so text-anchor="start" puts a label's right edge at its x and Arabic reads naturally. No script, no style
// attributes (a strict Content-Security-Policy allows neither): colours come from CSS
// classes of the page.

import { escapeHtml } from './escape';

export interface BarRow {
  label: string;
  value: number;
  /** Where the bar links to (a fragment of the page). */
  href?: string;
  /** Extra CSS class of the bar (severity, category). */
  cls?: string;
  /** Extra data-* attributes on the bar (a webview reads them). */
  data?: Record<string, string | number>;
  /** Tooltip. */
  title?: string;
}

export interface ChartOptions {
  /** Accessible name of the chart. */
  label: string;
  width?: number;
  labelWidth?: number;
  rowHeight?: number;
  /** How numbers are written. */
  formatNumber?: (n: number) => string;
}

/** An SVG bar chart; an empty string when there is nothing to draw. */
export function barChart(rows: readonly BarRow[], opts: ChartOptions): string {
  if (rows.length === 0) return '';
  const width = opts.width ?? 560;
  const labelWidth = opts.labelWidth ?? 190;
  const rowH = opts.rowHeight ?? 26;
  const fmt = opts.formatNumber ?? String;
  const pad = 6;
  const countWidth = 44;
  const barRight = width - labelWidth - pad;
  const barMax = barRight - countWidth - pad;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * rowH + pad;
  const parts: string[] = [];
  parts.push(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" direction="rtl" role="img" aria-label="${escapeHtml(opts.label)}">`,
    `<title>${escapeHtml(opts.label)}</title>`,
  );
  rows.forEach((r, i) => {
    const y = pad + i * rowH;
    const w = r.value > 0 ? Math.max(2, Math.round((r.value / max) * barMax)) : 0;
    const x = barRight - w;
    const mid = y + (rowH - pad) / 2;
    const data = Object.entries(r.data ?? {})
      .map(([k, v]) => ` data-${k}="${escapeHtml(String(v))}"`)
      .join('');
    const open = r.href ? `<a href="${escapeHtml(r.href)}"${data}>` : `<g${data}>`;
    const close = r.href ? '</a>' : '</g>';
    parts.push(
      open,
      `<title>${escapeHtml(r.title ?? `${r.label}: ${fmt(r.value)}`)}</title>`,
      `<text class="chart-label" x="${width - pad}" y="${mid}" text-anchor="start" dominant-baseline="middle">${escapeHtml(r.label)}</text>`,
      `<rect class="bar${r.cls ? ' ' + escapeHtml(r.cls) : ''}" x="${x}" y="${y}" width="${w}" height="${rowH - pad}" rx="3"></rect>`,
      `<text class="chart-value" x="${x - pad}" y="${mid}" text-anchor="start" dominant-baseline="middle">${escapeHtml(fmt(r.value))}</text>`,
      close,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
