// `mudaqqiq report`: the style report of many drafts as one self-contained HTML file, for a
// newsroom's daily quality review. The drafts are checked exactly as `mudaqqiq check` checks
// them (same inputs, house style, --rule overrides); the page is rendered by
// server/src/report, the same renderer the editor's report view uses.
//
//   mudaqqiq report [options] <files | folders | globs | -> [-o report.html]
//
// Exit codes: 0 the report was written; 2 a usage problem, a house-style file error, an
// input that could not be read, a rule that failed, or the report could not be written
// (the report is still written for every draft that could be read).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../../package.json';
import { pick, type Lang } from '../engine';
import { houseVerbsOf } from '../engine/rules/reporting-verbs/uses';
import { countAr, DRAFTS, FINDINGS, numberFormatter, renderReportHtml, styleReport, WORDS, type DraftInput } from '../report';
import { parseArgs, UsageError, type CliOptions } from './args';
import { runCheck, type Notice } from './check';
import { validateOverrides } from './config';
import type { Io } from './main';

export const REPORT_HELP_EN = `mudaqqiq report — the style report of many drafts as one HTML file

Usage:
  mudaqqiq report [options] [files | folders | globs | -] [-o report.html]

The drafts are found and checked as "mudaqqiq check" does (with no input, the current
folder). The page has a summary across drafts and one section per draft: findings by
category and rule, reporting verbs by count, digit systems, final-yeh style, names and
their spellings (when the house style has a names list), and reading length. It needs
no network: no external resource, a strict Content-Security-Policy.

Options:
  -o, --output PATH              where to write the report (default: mudaqqiq-report.html;
                                 "-" writes it to standard output)
      --title TEXT               the report's title
      --no-text                  leave the drafts' text out of the page
      --digits western|arabic-indic
                                 digits of the numbers in the page (default: western)
  -c, --config PATH              use this house-style file
      --rule ID=SEVERITY         set a rule (or category:NAME) to off|error|warning|info|hint
      --language plaintext|markdown|arabic-news
      --stdin-filename NAME      name (and so document type) of the text read from "-"
  -q, --quiet                    count errors only
      --lang ar|en               language of the messages on the terminal
  -h, --help                     show this help

Exit codes:
  0  the report was written
  2  a usage problem, a house-style file error, an input that could not be read, a rule
     that failed, or the report could not be written
`;

export const REPORT_HELP_AR = `mudaqqiq report — تقرير الأسلوب لعدة مسودات في ملف HTML واحد

الاستعمال:
  mudaqqiq report [خيارات] [ملفات | مجلدات | أنماط | -] [-o report.html]

تُجمع المسودات وتُراجع كما يفعل "mudaqqiq check" (ودون مدخلات يُراجَع المجلد الحالي).
في الصفحة خلاصة لكل المسودات وقسم لكل مسودة: الملاحظات حسب الفئة والقاعدة، وأفعال
الإسناد بعددها، وأنظمة الأرقام، وأسلوب الياء في آخر الكلمة، والأسماء وطرق كتابتها
(إذا كان في دليل الأسلوب قائمة أسماء)، وطول القراءة. لا تحتاج الصفحة إلى الشبكة.

الخيارات:
  -o, --output PATH              مكان حفظ التقرير (الافتراضي mudaqqiq-report.html؛
                                 و"-" يكتبه في المخرج القياسي)
      --title TEXT               عنوان التقرير
      --no-text                  لا يُضمَّن نص المسودات في الصفحة
      --digits western|arabic-indic
                                 أرقام الأعداد في الصفحة (الافتراضي western)
  -c, --config PATH              ملف دليل الأسلوب المستعمل
      --rule ID=SEVERITY         يضبط قاعدة (أو category:NAME)
      --language plaintext|markdown|arabic-news
      --stdin-filename NAME      اسم النص المقروء من "-" (ومنه نوعه)
  -q, --quiet                    الأخطاء فقط
      --lang ar|en               لغة الرسائل في الطرفية
  -h, --help                     هذه المساعدة

رموز الخروج:
  0  كُتب التقرير
  2  خطأ في الاستعمال أو في ملف دليل الأسلوب، أو مدخل تعذرت قراءته، أو قاعدة تعطلت،
     أو تعذرت كتابة التقرير
`;

export interface ReportOptions {
  output: string;
  title?: string;
  includeText: boolean;
  digits: 'western' | 'arabic-indic';
  help: boolean;
  check: CliOptions;
}

/** The report's own options, then everything else as `mudaqqiq check` reads it. */
export function parseReportArgs(argv: readonly string[]): ReportOptions {
  const rest: string[] = [];
  const o: Omit<ReportOptions, 'check'> = { output: 'mudaqqiq-report.html', includeText: true, digits: 'western', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`الخيار ${name} يحتاج إلى قيمة`, `option ${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '-o':
      case '--output':
        o.output = value();
        // `-o --lang` is a missing path, not a file called --lang
        if (o.output === '' || (o.output.startsWith('-') && o.output !== '-' && inline === undefined)) {
          throw new UsageError(`الخيار ${name} يحتاج إلى مسار`, `option ${name} needs a path`);
        }
        break;
      case '--title':
        o.title = value();
        break;
      case '--no-text':
        o.includeText = false;
        break;
      case '--digits': {
        const v = value();
        if (v !== 'western' && v !== 'arabic-indic') {
          throw new UsageError(`أرقام غير معروفة «${v}»: استعمل western أو arabic-indic`, `unknown digits "${v}": use western or arabic-indic`);
        }
        o.digits = v;
        break;
      }
      case '-h':
      case '--help':
        o.help = true;
        break;
      case '--fix':
      case '--dry-run':
      case '-f':
      case '--format':
      case '--max-warnings':
        throw new UsageError(`الخيار ${name} لا يعمل مع report (استعمل mudaqqiq check)`, `option ${name} does not work with report (use mudaqqiq check)`);
      default:
        rest.push(a);
    }
  }
  return { ...o, check: parseArgs(['check', ...rest]) };
}

function lineOf(io: Io, s: string): void {
  io.err(s.endsWith('\n') ? s : s + '\n');
}

export function runReport(argv: readonly string[], io: Io): number {
  const li = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg = li < 0 ? undefined : argv[li].startsWith('--lang=') ? argv[li].slice(7) : argv[li + 1];
  let lang: Lang = langArg === 'en' ? 'en' : 'ar';
  let ro: ReportOptions;
  try {
    ro = parseReportArgs(argv);
    if (ro.check.lang) lang = ro.check.lang;
    validateOverrides(ro.check.rules);
  } catch (e) {
    if (e instanceof UsageError) {
      lineOf(io, `mudaqqiq report: ${lang === 'en' ? e.en : e.ar}`);
      return 2;
    }
    throw e;
  }
  if (ro.help || ro.check.command === 'help') {
    io.out(lang === 'en' ? REPORT_HELP_EN : REPORT_HELP_AR);
    return 0;
  }
  const opts = ro.check;
  if (opts.inputs.filter((i) => i === '-').length > 1) {
    lineOf(io, `mudaqqiq report: ${lang === 'en' ? '"-" (standard input) can be given only once' : 'لا يُعطى "-" (الدخل القياسي) إلا مرة واحدة'}`);
    return 2;
  }
  const pending: Notice[] = [];
  const result = runCheck(opts, io.cwd, (n) => pending.push(n));
  if (!opts.lang && result.configLanguage) lang = result.configLanguage;
  let failed = false;
  const inputs: DraftInput[] = result.files.map((f) => {
    const named = f.path === '-' ? (opts.stdinFilename ? path.resolve(io.cwd, opts.stdinFilename) : undefined) : f.path;
    const config = result.resolver.forDraft(named).config;
    return { doc: f.doc, findings: f.findings, display: f.display, path: f.path === '-' ? undefined : f.path, names: config.shared?.names, houseVerbs: houseVerbsOf(config) };
  });
  for (const p of result.resolver.problems) {
    const pos = result.resolver.problemPosition(p);
    lineOf(io, `${displayOf(p.file, io.cwd)}:${pos.line}:${pos.column}  ${p.severity}  ${pick(p.message, lang)}`);
    if (p.severity === 'error') failed = true;
  }
  for (const n of pending) {
    lineOf(io, `mudaqqiq report: ${n.display}: ${pick(n.message, lang)}`);
    if (n.kind !== 'ignored') failed = true;
  }
  if (inputs.length === 0 && failed) {
    lineOf(io, `mudaqqiq report: ${lang === 'en' ? 'no draft could be read: no report written' : 'لم تُقرأ أي مسودة: لم يُكتب التقرير'}`);
    return 2;
  }

  const report = styleReport(inputs);
  const now = new Date();
  const date = new Intl.DateTimeFormat('ar-EG', { dateStyle: 'full', timeStyle: 'short', numberingSystem: ro.digits === 'arabic-indic' ? 'arab' : 'latn' }).format(now);
  const t = report.totals;
  const totalsAr = (num: (n: number) => string) => `${countAr(t.drafts, DRAFTS, num)}، ${countAr(t.words, WORDS, num)}، ${countAr(t.findings, FINDINGS, num)}`;
  const html = renderReportHtml(
    report,
    {
      title: ro.title,
      subtitle: `${date} — ${totalsAr(numberFormatter(ro.digits))}`,
      includeText: ro.includeText,
      digits: ro.digits,
      generator: `mudaqqiq ${version}`,
    },
    result.files.map((f) => f.text),
  );

  if (ro.output === '-') {
    io.out(html);
  } else {
    const target = path.resolve(io.cwd, ro.output);
    const w = writeReport(target, html);
    if (!w.ok) {
      lineOf(io, `mudaqqiq report: ${ro.output}: ${lang === 'en' ? `the report could not be written (${w.error})` : `تعذرت كتابة التقرير (${w.error})`}`);
      return 2;
    }
    io.out(
      lang === 'en'
        ? `wrote ${ro.output}: ${t.drafts} draft${t.drafts === 1 ? '' : 's'}, ${t.words} words, ${t.findings} finding${t.findings === 1 ? '' : 's'}\n`
        : `كُتب التقرير ${ro.output}: ${totalsAr(String)}\n`,
    );
  }
  return failed ? 2 : 0;
}

/**
 * Write through a temporary file in the same folder, so a reader never sees half a report. A
 * report written over an earlier one keeps that file's mode, and a symbolic link stays a link
 * (the file it points to is replaced).
 */
function writeReport(output: string, html: string): { ok: true } | { ok: false; error: string } {
  let target = output;
  let mode: number | undefined;
  if (fs.existsSync(output)) {
    try {
      target = fs.realpathSync(output);
      const st = fs.statSync(target);
      if (st.isDirectory()) return { ok: false, error: 'EISDIR' };
      mode = st.mode & 0o7777;
    } catch (e) {
      return { ok: false, error: (e as NodeJS.ErrnoException).code ?? String(e) };
    }
  }
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, html);
    if (mode !== undefined) fs.chmodSync(tmp, mode);
    fs.renameSync(tmp, target);
    return { ok: true };
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    return { ok: false, error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

function displayOf(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
