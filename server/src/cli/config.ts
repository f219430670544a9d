// The house-style file as the CLI sees it: loaded per draft through the config seam, with
// the command line's --rule overrides on top, its ignoreFiles and hidden findings honoured,
// and its problems printed once.

import * as path from 'node:path';
import { CATEGORIES, getRule, allRules, type Category, type ResolvedConfig, type SeveritySetting } from '../engine';
import { ConfigLoader, configFor, isIgnored, MAX_NAMES_FILE_BYTES, oversizeOnDisk, readTextOnDisk, type ConfigHost, type ConfigProblem, type LoadedConfig } from '../config';
import { UsageError } from './args';
import { LineStarts } from '../config/lines';

export interface RuleOverride {
  id: string;
  severity: SeveritySetting;
}

/** Check --rule ids against the registry (rules and `category:NAME`). */
export function validateOverrides(overrides: readonly RuleOverride[]): void {
  for (const o of overrides) {
    if (o.id.startsWith('category:')) {
      const cat = o.id.slice('category:'.length);
      if (!CATEGORIES.includes(cat as Category)) {
        throw new UsageError(
          `فئة غير معروفة «${cat}» في --rule: الفئات ${CATEGORIES.join('، ')}`,
          `unknown category "${cat}" in --rule: categories are ${CATEGORIES.join(', ')}`,
        );
      }
    } else if (!getRule(o.id)) {
      const near = nearestRuleId(o.id);
      throw new UsageError(
        `قاعدة غير معروفة «${o.id}» في --rule${near ? `؛ هل تقصد ${near}؟` : ''}`,
        `unknown rule "${o.id}" in --rule${near ? `; did you mean ${near}?` : ''}`,
      );
    }
  }
}

function nearestRuleId(id: string): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const r of allRules) {
    const d = editDistance(id, r.meta.id);
    if (d < bestD) {
      bestD = d;
      best = r.meta.id;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The config with --rule overrides applied in order (a later flag wins over an earlier one). */
export function applyOverrides(config: ResolvedConfig, overrides: readonly RuleOverride[]): ResolvedConfig {
  if (overrides.length === 0) return config;
  const rules = { ...config.rules };
  const categories = { ...(config.categories ?? {}) };
  for (const o of overrides) {
    if (o.id.startsWith('category:')) {
      const cat = o.id.slice('category:'.length) as Category;
      categories[cat] = o.severity;
      // A rule the house style set by name would otherwise keep its own severity.
      for (const r of allRules) {
        if (r.meta.category !== cat) continue;
        const s = rules[r.meta.id];
        if (!s) continue;
        if (o.severity === 'off' || s.severity !== 'off') rules[r.meta.id] = { ...s, severity: o.severity };
      }
    } else {
      rules[o.id] = { ...rules[o.id], severity: o.severity };
    }
  }
  return { ...config, rules, categories };
}

/** A ConfigHost over the disk that reads each file once. */
export function diskHost(): ConfigHost & { cache: Map<string, string | undefined> } {
  const cache = new Map<string, string | undefined>();
  return {
    cache,
    // a house style may name any path: one too large (or /dev/zero) is reported (the loader
    // asks first) and never read whole
    oversize: oversizeOnDisk,
    readFile(p: string): string | undefined {
      if (cache.has(p)) return cache.get(p);
      const text = readTextOnDisk(p, MAX_NAMES_FILE_BYTES);
      cache.set(p, text);
      return text;
    },
  };
}

export interface DraftConfig {
  loaded: LoadedConfig;
  /** The config to lint this draft with (overrides and hidden findings applied). */
  config: ResolvedConfig;
  ignored: boolean;
}

export class ConfigResolver {
  readonly host = diskHost();
  /**
   * One loader for the whole run: a house-style file (and its names list) is parsed once, not
   * once per draft (the files do not change while the CLI runs; --fix writes only drafts).
   */
  private readonly loader = new ConfigLoader();
  private readonly seenProblems = new Set<string>();
  readonly problems: ConfigProblem[] = [];

  constructor(
    private readonly cwd: string,
    private readonly explicitPath: string | undefined,
    private readonly overrides: readonly RuleOverride[],
  ) {}

  /** Load the house style for one draft (absolute path, or undefined for unnamed standard input). */
  forDraft(file: string | undefined): DraftConfig {
    const loaded = this.load(file);
    // configFor applies the hidden findings that concern this draft; --rule goes on top.
    // (Without hidden findings or ignore globs there is nothing about the draft's own path to look at.)
    const config = applyOverrides(loaded.hiddenFindings.length ? configFor(loaded, file) : loaded.config, this.overrides);
    return { loaded, config, ignored: loaded.ignoreFiles.length > 0 && isIgnored(loaded, file) };
  }

  /**
   * The house style of a draft, loaded (its problems recorded as forDraft records them), without
   * working out the draft's own config: what a parallel run's main thread needs (the report's
   * language and the problems to print), while the workers do the rest.
   */
  load(file: string | undefined): LoadedConfig {
    // The house style depends only on the draft's folder (its discovery starts there, and the
    // folder is inside the working folder exactly when the draft is): one look per folder.
    const folder = file !== undefined && path.isAbsolute(file) ? path.dirname(file) : undefined;
    const known = folder === undefined ? undefined : this.byFolder.get(folder);
    if (known) return known;
    // The nearest house-style file above the draft, however far up: a desk folder checked from
    // inside it keeps the newsroom's house style above it (the chief-editor reader found it dropped
    // without a word, the search having stopped at the working folder). --config PATH is read
    // relative to the working folder.
    const workspaceRoot = this.explicitPath !== undefined || file === undefined ? this.cwd : undefined;
    const loaded = this.loader.load(file, { workspaceRoot, explicitPath: this.explicitPath, trusted: true }, this.host);
    if (folder !== undefined) this.byFolder.set(folder, loaded);
    if (loaded !== this.lastLoaded) {
      // the same LoadedConfig (memoised by the loader) brings the same problems: look once
      this.lastLoaded = loaded;
      for (const p of loaded.problems) {
        const key = `${p.file}\0${p.start}\0${p.end}\0${p.message.en}`;
        if (this.seenProblems.has(key)) continue;
        this.seenProblems.add(key);
        this.problems.push(p);
      }
    }
    return loaded;
  }
  private lastLoaded: LoadedConfig | undefined;
  private readonly byFolder = new Map<string, LoadedConfig>();

  /**
   * `file:line:col` of a problem (1-based, UTF-16 columns). Each file is read and its lines
   * found once: a names file listing the same people thousands of times has a warning per
   * repeat, and reading and scanning it from the top for each took minutes (100,000 rows).
   */
  problemPosition(p: ConfigProblem): { line: number; column: number } {
    let lines = this.problemLines.get(p.file);
    if (!lines) this.problemLines.set(p.file, (lines = new LineStarts(this.host.readFile(p.file) ?? '')));
    return lines.lineColumn(p.start);
  }
  private readonly problemLines = new Map<string, LineStarts>();
}

