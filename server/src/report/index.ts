// The style report: data (data.ts) and its HTML rendering (html.ts), shared by the CLI's
// `mudaqqiq report` and the editor's report webview. Pure: no file system, no editor.
export * from './data';
export { barChart, type BarRow, type ChartOptions } from './chart';
export { escapeHtml, escapePreText } from './escape';
export { contentSecurityPolicy, dataBlock, numberFormatter, renderDraftSection, renderPage, renderReportHtml, REPORT_CSS, REPORT_SCRIPT, type RenderOptions } from './html';
export { finalYehUses, isAlefMaqsuraWord } from './yeh';
export { countAr, DRAFTS, FILES, FINDINGS, WORDS, type CountedNoun } from './count';
