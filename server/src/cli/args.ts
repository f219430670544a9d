// Command-line arguments of `mudaqqiq`. Hand-written (no dependency) to keep cold start low.

import type { DocumentLanguage, Lang, SeveritySetting } from '../engine';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  command: 'check' | 'help' | 'version';
  inputs: string[];
  format: OutputFormat;
  /** Message language chosen on the command line (the house style's choice applies otherwise). */
  lang?: Lang;
  config?: string;
  fix: boolean;
  dryRun: boolean;
  /** --rule ID=SEVERITY, in the order given (later wins). */
  rules: Array<{ id: string; severity: SeveritySetting }>;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  stdinFilename?: string;
  language?: DocumentLanguage;
  /** --jobs N: worker threads for many drafts (1 = check in this thread; default: one per core). */
  jobs?: number;
  /** --max-file-size SIZE: drafts larger than this many bytes are not checked (default 2 MB). */
  maxFileSize?: number;
}

export class UsageError extends Error {
  constructor(
    readonly ar: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const LANGUAGES: readonly DocumentLanguage[] = ['plaintext', 'markdown', 'arabic-news'];
const SEVERITY_WORDS: readonly SeveritySetting[] = ['off', 'error', 'warning', 'info', 'hint'];

/** Options that take a value (`--opt value` or `--opt=value`). */
const VALUED = new Set(['--format', '-f', '--lang', '--config', '-c', '--rule', '--max-warnings', '--stdin-filename', '--language', '--jobs', '-j', '--max-file-size']);

export function parseArgs(argv: readonly string[]): CliOptions {
  const o: CliOptions = { command: 'check', inputs: [], format: 'text', fix: false, dryRun: false, rules: [], quiet: false };
  let i = 0;
  if (argv[0] === 'check') i = 1;
  else if (argv[0] === 'help') return { ...o, command: 'help' };
  else if (argv[0] === 'version') return { ...o, command: 'version' };
  let onlyInputs = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (onlyInputs || a === '-' || !a.startsWith('-')) {
      o.inputs.push(a);
      continue;
    }
    if (a === '--') {
      onlyInputs = true;
      continue;
    }
    let name = a;
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      name = a.slice(0, eq);
      value = a.slice(eq + 1);
    }
    if (VALUED.has(name) && value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`الخيار ${name} يحتاج إلى قيمة`, `option ${name} needs a value`);
      value = argv[++i];
    } else if (!VALUED.has(name) && value !== undefined) {
      throw new UsageError(`الخيار ${name} لا يأخذ قيمة`, `option ${name} takes no value`);
    }
    switch (name) {
      case '-h':
      case '--help':
        o.command = 'help';
        break;
      case '-v':
      case '--version':
        o.command = 'version';
        break;
      case '-f':
      case '--format':
        if (!FORMATS.includes(value as OutputFormat)) {
          throw new UsageError(`صيغة غير معروفة «${value}»: استعمل text أو json أو sarif`, `unknown format "${value}": use text, json or sarif`);
        }
        o.format = value as OutputFormat;
        break;
      case '--lang':
        if (value !== 'ar' && value !== 'en') throw new UsageError(`لغة غير معروفة «${value}»: استعمل ar أو en`, `unknown language "${value}": use ar or en`);
        o.lang = value;
        break;
      case '-c':
      case '--config':
        o.config = value;
        break;
      case '--fix':
        o.fix = true;
        break;
      case '--dry-run':
        o.dryRun = true;
        break;
      case '--rule':
        o.rules.push(parseRule(value!));
        break;
      case '--max-warnings': {
        const n = Number(value);
        if (!/^\d+$/.test(value!) || !Number.isSafeInteger(n)) {
          throw new UsageError(`--max-warnings يحتاج إلى عدد صحيح غير سالب، لا «${value}»`, `--max-warnings needs a non-negative integer, not "${value}"`);
        }
        o.maxWarnings = n;
        break;
      }
      case '-j':
      case '--jobs': {
        const n = Number(value);
        if (!/^\d+$/.test(value!) || !Number.isSafeInteger(n) || n < 1) {
          throw new UsageError(`--jobs يحتاج إلى عدد صحيح موجب، لا «${value}»`, `--jobs needs a positive integer, not "${value}"`);
        }
        o.jobs = n;
        break;
      }
      case '--max-file-size':
        o.maxFileSize = parseSize(value!);
        break;
      case '-q':
      case '--quiet':
        o.quiet = true;
        break;
      case '--color':
        o.color = true;
        break;
      case '--no-color':
        o.color = false;
        break;
      case '--stdin-filename':
        o.stdinFilename = value;
        break;
      case '--language':
        if (!LANGUAGES.includes(value as DocumentLanguage)) {
          throw new UsageError(
            `نوع مستند غير معروف «${value}»: استعمل plaintext أو markdown أو arabic-news`,
            `unknown document language "${value}": use plaintext, markdown or arabic-news`,
          );
        }
        o.language = value as DocumentLanguage;
        break;
      default:
        throw new UsageError(`خيار غير معروف ${a} (انظر mudaqqiq --help)`, `unknown option ${a} (see mudaqqiq --help)`);
    }
  }
  if (o.dryRun && !o.fix) throw new UsageError('--dry-run يعمل مع --fix فقط', '--dry-run only works together with --fix');
  if (o.dryRun && o.format !== 'text') {
    throw new UsageError('--dry-run يطبع فرقا موحدا (diff) ولا يجتمع مع --format json أو sarif', '--dry-run prints a unified diff and cannot be combined with --format json or sarif');
  }
  return o;
}

/** `ID=SEVERITY`; the id is checked against the registry later (after the engine is loaded). */
function parseRule(value: string): { id: string; severity: SeveritySetting } {
  const eq = value.lastIndexOf('=');
  const id = eq > 0 ? value.slice(0, eq).trim() : '';
  const sev = eq > 0 ? value.slice(eq + 1).trim() : '';
  if (!id || !sev) {
    throw new UsageError(`--rule يأخذ القيمة بالشكل ID=SEVERITY، لا «${value}»`, `--rule takes ID=SEVERITY, not "${value}"`);
  }
  if (!SEVERITY_WORDS.includes(sev as SeveritySetting)) {
    throw new UsageError(
      `درجة غير معروفة «${sev}» في --rule ${value}: استعمل off أو error أو warning أو info أو hint`,
      `unknown severity "${sev}" in --rule ${value}: use off, error, warning, info or hint`,
    );
  }
  return { id, severity: sev as SeveritySetting };
}

export const HELP_EN = `mudaqqiq — checks Arabic news drafts against a newsroom's house style

Usage:
  mudaqqiq check [options] [files | folders | globs | -]
  mudaqqiq [options] [files | folders | globs | -]      (check is the default command)
  mudaqqiq report [options] [inputs] [-o report.html]   (style report as HTML: mudaqqiq report --help)

With no input, the current folder is checked. Folders are searched recursively for
drafts (.txt .md .markdown .khabar .news), skipping node_modules, .git and dot-folders.
Quote globs ("drafts/**/*.md") so the shell leaves them alone. "-" reads standard input.

Options:
  -f, --format text|json|sarif   output format (default: text)
      --lang ar|en               message language (default: the house style's, else ar)
  -c, --config PATH              use this house-style file
      --fix                      apply every safe fix and write the files back
      --dry-run                  with --fix: print a unified diff instead of writing
      --rule ID=SEVERITY         set a rule (or category:NAME) to off|error|warning|info|hint;
                                 repeatable
      --max-warnings N           exit 1 when more than N warnings are found
      --max-file-size SIZE       skip drafts larger than SIZE (bytes, or with KB/MB;
                                 default: 2MB, as the editor's mudaqqiq.maxFileSize)
  -j, --jobs N                   check many drafts on N worker threads (default: one per
                                 core, for more than a few small drafts; 1 checks in one
                                 thread); text and JSON results stream as each draft is
                                 done, in input order
  -q, --quiet                    report errors only
      --color, --no-color        force colour on or off (default: on for a terminal,
                                 off when NO_COLOR is set)
      --stdin-filename NAME      name (and so document type) of the text read from "-"
      --language plaintext|markdown|arabic-news
                                 document type for every input (default: by extension:
                                 .md/.markdown markdown, .khabar/.news arabic-news)
  -h, --help                     show this help
  -v, --version                  show the version

Exit codes:
  0  no finding of severity error
  1  at least one error-severity finding (or more warnings than --max-warnings)
  2  a usage problem, a house-style file error, an input that could not be read or
     written (missing, binary, not UTF-8, read-only under --fix), or a rule that failed;
     every other input is still checked and reported
`;

export const HELP_AR = `مدقق — يراجع مسودات الأخبار العربية وفق دليل الأسلوب في غرفة الأخبار

الاستعمال:
  mudaqqiq check [خيارات] [ملفات | مجلدات | أنماط | -]
  mudaqqiq [خيارات] [ملفات | مجلدات | أنماط | -]        (الأمر check هو الافتراضي)
  mudaqqiq report [خيارات] [مدخلات] [-o report.html]    (تقرير الأسلوب بصيغة HTML: mudaqqiq report --help)

دون مدخلات يُراجَع المجلد الحالي. يُبحث في المجلدات عن المسودات
(.txt .md .markdown .khabar .news) مع تخطي node_modules و.git والمجلدات المخفية.
ضع الأنماط بين علامتي تنصيص ("drafts/**/*.md"). و"-" يقرأ من الدخل القياسي.

الخيارات:
  -f, --format text|json|sarif   صيغة المخرجات (الافتراضي text)
      --lang ar|en               لغة الرسائل (الافتراضي لغة دليل الأسلوب، وإلا العربية)
  -c, --config PATH              ملف دليل الأسلوب المستعمل
      --fix                      يطبق كل إصلاح مأمون ويحفظ الملفات
      --dry-run                  مع --fix: يطبع الفرق (diff) بدل الحفظ
      --rule ID=SEVERITY         يضبط قاعدة (أو category:NAME) على off|error|warning|info|hint،
                                 ويجوز تكراره
      --max-warnings N           ينتهي بالرمز 1 إذا زادت التحذيرات على N
      --max-file-size SIZE       لا يراجع المسودات الأكبر من SIZE (بايت، أو بـ KB/MB؛
                                 الافتراضي 2MB كإعداد المحرر mudaqqiq.maxFileSize)
  -j, --jobs N                   يراجع المسودات الكثيرة على N من خيوط العمل (الافتراضي
                                 خيط لكل نواة إذا زادت المسودات على بضع مسودات صغيرة؛
                                 1 للمراجعة في خيط واحد)، وتظهر النتائج النصية وJSON
                                 تباعا بترتيب المدخلات
  -q, --quiet                    الأخطاء فقط
      --color, --no-color        الألوان (تلقائيا في الطرفية، وتُطفأ مع NO_COLOR)
      --stdin-filename NAME      اسم النص المقروء من "-" (ومنه نوعه)
      --language plaintext|markdown|arabic-news
                                 نوع المستند لكل المدخلات (الافتراضي بحسب الامتداد)
  -h, --help                     هذه المساعدة
  -v, --version                  رقم الإصدار

رموز الخروج:
  0  لا ملاحظة بدرجة error
  1  ملاحظة واحدة على الأقل بدرجة error (أو تحذيرات أكثر من --max-warnings)
  2  خطأ في الاستعمال أو في ملف دليل الأسلوب، أو مدخل تعذرت قراءته أو كتابته
     (غير موجود، ثنائي، ليس UTF-8، للقراءة فقط مع --fix)، أو قاعدة تعطلت؛
     وتُراجع بقية المدخلات ويُبلغ عنها
`;

/** `--max-file-size`: bytes, or a number with KB / MB / GB (1024-based). */
const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1048576, mb: 1048576, g: 1073741824, gb: 1073741824 };
function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  const n = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`--max-file-size يحتاج إلى حجم موجب (مثل 5MB أو 500KB)، لا «${value}»`, `--max-file-size needs a positive size (such as 5MB or 500KB), not "${value}"`);
  }
  return n;
}
