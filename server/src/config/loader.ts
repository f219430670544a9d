// Loading the house-style file (.mudaqqiq.json): discovery, presets, `extends` chains,
// rule settings validated against each rule's schema, the names list (inline and names
// files), word lists, ignored files and hidden findings. Every problem is reported at its
// exact place; a file with errors leaves its last good configuration in force.
//
// File access goes through the ConfigHost (open editor buffers in the server, the disk in
// the CLI); nothing here touches the file system directly.

import * as path from 'node:path';
import { effectiveSeverity, fixText } from '../engine/engine';
import { plainEntry, rowsOf } from '../engine/names-list';
import { sameSpellingRange } from '../engine/rules/names/mentions';
import { fullForm } from '../engine/rules/honorifics/first-mention';
import { allRules } from '../engine/rules';
import {
  CATEGORIES,
  SEVERITIES,
  type Category,
  type JsonSchema,
  type Localized,
  type NameEntry,
  type ResolvedConfig,
  type Rule,
  type RuleSetting,
  type SeveritySetting,
  type SharedData,
} from '../engine/types';
import { HOUSE_STYLE_FILE, type ConfigHost, type ConfigProblem, type HiddenFinding, type LoadedConfig, type LoadOptions } from './api';
import { CATALOGUE } from './catalogue';
import { compileGlob } from './glob';
import { EXTENDS_PATH, IGNORE_SCHEMA, NAME_ENTRY_SCHEMA, PRESET_NAMES, TOP_LEVEL_KEYS, WORDS_SCHEMA, type PresetName } from './house-style';
import { findNodeAtLocation, parseTree, printParseErrorCode, type JsonNode, type ParseError } from './jsonc';
import { builtInHonorificClashes, honorificTitleLoops, type BuiltInHonorificClash, type BuiltInHonorificClashes } from './honorific-titles';
import { LineStarts } from './lines';
import { fixEachLine, namesCellAt, namesFileFormat, parseNamesTable, RepeatCap, type NamesTable } from './names';
import { PRESETS, isPresetName } from './presets';
import { P, parseError } from './problems';
import { nearest, validate, type SchemaError } from './schema-validate';

const MAX_EXTENDS_DEPTH = 32;
/** A names file or house-style file larger than this is refused (100,000 names take about 6 MB). */
export const MAX_NAMES_FILE_BYTES = 20 * 1048576;

/** More than MAX_NAMES_FILE_BYTES in UTF-8 (counted only when the length leaves it open: a UTF-16 code unit is 1 to 3 bytes). */
function overLimit(text: string): boolean {
  if (text.length * 3 <= MAX_NAMES_FILE_BYTES) return false;
  return text.length > MAX_NAMES_FILE_BYTES || Buffer.byteLength(text, 'utf8') > MAX_NAMES_FILE_BYTES;
}

/** A size for a message: megabytes with one decimal (a device or a pipe, Infinity, has its own message). */
function megabytes(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

type WordListKey = 'leftoverPhrases' | 'honorifics' | 'reportingVerbs';

/**
 * Where a house-style word list goes when its rule is registered and has the option
 * (an array option: the list is appended to the rule's own). Otherwise the list is kept in
 * `shared.wordLists` for the rule to read when it lands.
 */
export const WORD_LIST_TARGETS: ReadonlyArray<{ list: WordListKey; rule: string; option: string }> = [
  { list: 'leftoverPhrases', rule: 'scrape-leftover', option: 'phrases' },
  { list: 'honorifics', rule: 'ornamental-honorific', option: 'extra' },
  { list: 'reportingVerbs', rule: 'repeated-verb', option: 'verbs' },
];

/** Where `words.honorifics` goes: ornamental-honorific's `extra`. */
const HONORIFICS_TARGET = WORD_LIST_TARGETS.find((t) => t.list === 'honorifics')!;

interface Layer {
  kind: 'preset' | 'file';
  /** Preset name, or the file's absolute path. */
  name: string;
  text: string;
  tree: JsonNode | undefined;
}

interface Site {
  file: string;
  node: JsonNode;
}

interface SpecSite {
  entry: NameEntry;
  spec: { from: string; to: string };
  file: string;
  start: number;
  end: number;
}

export interface LoaderOptions {
  /** The rule registry to configure (defaults to every registered rule). */
  rules?: readonly Rule[];
}

/** Everything one load builds, before last-good handling. */
interface Built extends LoadedConfig {
  hasErrors: boolean;
}

const presetTextCache = new Map<string, string>();

function presetText(name: PresetName): string {
  let t = presetTextCache.get(name);
  if (t === undefined) {
    t = JSON.stringify(PRESETS[name], null, 1);
    presetTextCache.set(name, t);
  }
  return t;
}

/**
 * A JSON node's value. Unlike jsonc-parser's getNodeValue, every key becomes an OWN property
 * (a "__proto__" key is a key like any other, so validation sees and reports it).
 */
export function nodeValue(node: JsonNode): any {
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) continue;
        Object.defineProperty(o, k.value as string, { value: nodeValue(v), enumerable: true, writable: true, configurable: true });
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The schema's pattern: an editor accepts exactly the references followed here. */
function looksLikePath(ref: string): boolean {
  return EXTENDS_PATH.test(ref);
}

/** One load: a fresh context collecting problems and files. */
class Build {
  readonly problems: ConfigProblem[] = [];
  readonly files = new Set<string>();
  private readonly seen = new Set<string>();
  readonly ruleById: Map<string, Rule>;
  readonly knownIds: string[];

  // the accumulating configuration
  rules: Record<string, RuleSetting> = {};
  categories: Partial<Record<Category, SeveritySetting>> = {};
  names: NameEntry[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** The names list's parts in the order they are read (inline entries, names files), merged by finishNames. */
  private readonly nameSources: Array<{ entries: NameEntry[]; table?: NamesTable }> = [];
  readonly specs: SpecSite[] = [];
  words: Record<'accepted' | WordListKey, string[]> = { accepted: [], leftoverPhrases: [], honorifics: [], reportingVerbs: [] };
  ignoreFiles: string[] = [];
  hidden: HiddenFinding[] = [];
  language?: 'ar' | 'en';
  /**
   * Where each word of ornamental-honorific's `extra` is written: the option as the last layer
   * that set it gives it (a preset's words have no place), and `words.honorifics` (the first
   * listing), which the option takes in. A problem with a word is reported there.
   */
  private honorificOptionSites = new Map<string, Site>();
  private readonly honorificWordSites = new Map<string, Site>();
  /** Where an inline names entry's title and role are written (a house-style file's; a preset's have no place). */
  private readonly nameFieldSites = new Map<NameEntry, { title?: JsonNode; role?: JsonNode }>();

  constructor(
    readonly host: ConfigHost,
    readonly registry: readonly Rule[],
    /** Containment root when the workspace is untrusted; undefined when trusted. */
    readonly trustRoot: string | undefined,
  ) {
    this.ruleById = new Map(registry.map((r) => [r.meta.id, r]));
    this.knownIds = [...new Set([...this.ruleById.keys(), ...Object.keys(CATALOGUE)])];
  }

  problem(file: string, start: number, end: number, message: Localized, severity: 'error' | 'warning' = 'error'): void {
    const key = `${file}\0${start}\0${end}\0${message.en}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.problems.push({ file, start, end, severity, message });
  }

  categoryOf(id: string): Category | undefined {
    return this.ruleById.get(id)?.meta.category ?? (hasOwn(CATALOGUE, id) ? CATALOGUE[id] : undefined);
  }

  /**
   * Whether a file may be read: always in a trusted workspace; in an untrusted one only inside
   * its root, by the path as written and, when the host resolves links, by the real path too
   * (a link in the workspace may not lead out of it). Returns the path outside, or undefined.
   */
  outside(file: string): string | undefined {
    const root = this.trustRoot;
    if (root === undefined) return undefined;
    if (!isInside(root, file)) return file;
    const real = this.realPath(file);
    if (real === undefined) return undefined; // nothing there to read
    return isInside(this.realPath(root) ?? root, real) ? undefined : real;
  }

  private realPath(p: string): string | undefined {
    try {
      return this.host.realPath?.(p);
    } catch {
      return undefined;
    }
  }

  /** The text of a house-style or names file, or its size when it is over the limit (then it is not read). */
  readText(file: string): string | { tooLarge: number } | undefined {
    this.files.add(file);
    try {
      const text = this.host.readFile(file);
      if (text === undefined) {
        // not read: missing, or (the hosts never read one) too large
        const big = this.host.oversize?.(file, MAX_NAMES_FILE_BYTES);
        return big === undefined ? undefined : { tooLarge: big };
      }
      // a host that reads whatever it is given: counted once read
      if (overLimit(text)) return { tooLarge: Buffer.byteLength(text, 'utf8') };
      return text;
    } catch {
      return undefined;
    }
  }

  // ---- layers ------------------------------------------------------------------------

  presetLayers(name: PresetName, chain: string[]): Layer[] {
    const key = `preset:${name}`;
    if (chain.includes(key)) return [];
    const text = presetText(name);
    const layer: Layer = { kind: 'preset', name, text, tree: parseTree(text) };
    return [...this.extendsOf(layer, [...chain, key]), layer];
  }

  fileLayers(file: string, chain: string[], site?: Site, ref?: string): Layer[] {
    const text = this.readText(file);
    if (text === undefined) {
      if (site) this.problem(site.file, site.node.offset, site.node.offset + site.node.length, P.extendsMissing(ref ?? file, file));
      else this.problem(file, 0, 0, P.notFound(file));
      return [];
    }
    if (typeof text !== 'string') {
      this.problem(file, 0, 0, Number.isFinite(text.tooLarge) ? P.fileTooLarge(megabytes(text.tooLarge), MAX_NAMES_FILE_BYTES / 1048576) : P.notRegularFile());
      return [];
    }
    const errors: ParseError[] = [];
    // A byte-order mark is not JSON: blank it out (same length, so offsets hold).
    const src = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    let tree = parseTree(src, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    for (const e of errors) {
      this.problem(file, e.offset, Math.min(text.length, e.offset + Math.max(e.length, 1)), parseError(e.error, printParseErrorCode(e.error)));
    }
    if (tree && tree.type !== 'object') {
      this.problem(file, tree.offset, tree.offset + tree.length, P.notObject());
      tree = undefined;
    }
    const layer: Layer = { kind: 'file', name: file, text, tree };
    return [...this.extendsOf(layer, [...chain, file]), layer];
  }

  private extendsOf(layer: Layer, chain: string[]): Layer[] {
    const node = layer.tree && findNodeAtLocation(layer.tree, ['extends']);
    if (!node) return [];
    const quiet = layer.kind === 'preset';
    const items = node.type === 'array' ? (node.children ?? []) : [node];
    const out: Layer[] = [];
    for (const item of items) {
      if (item.type !== 'string') {
        if (!quiet) this.problem(layer.name, item.offset, item.offset + item.length, P.wrongType('extends', 'a preset name or a file path (or a list of them)', 'اسم إعداد جاهز أو مسار ملف (أو قائمة منها)'));
        continue;
      }
      const ref = item.value as string;
      const at = (m: Localized, sev: 'error' | 'warning' = 'error') => !quiet && this.problem(layer.name, item.offset, item.offset + item.length, m, sev);
      if (isPresetName(ref)) {
        out.push(...this.presetLayers(ref, chain));
        continue;
      }
      if (!looksLikePath(ref) || layer.kind === 'preset') {
        at(P.unknownPreset(ref, nearest(ref, PRESET_NAMES)));
        continue;
      }
      const target = path.resolve(path.dirname(layer.name), ref);
      const outside = this.outside(target);
      if (outside !== undefined) {
        at(P.untrusted('extends', outside));
        continue;
      }
      if (chain.includes(target)) {
        const files = chain.filter((c) => !c.startsWith('preset:'));
        const cycle = [...files.slice(files.indexOf(target)), target].map((f) => path.basename(f));
        at(P.extendsCycle(cycle));
        continue;
      }
      if (chain.length > MAX_EXTENDS_DEPTH) {
        at(P.extendsTooDeep());
        continue;
      }
      out.push(...this.fileLayers(target, chain, { file: layer.name, node: item }, ref));
    }
    return out;
  }

  // ---- applying a layer --------------------------------------------------------------

  apply(layer: Layer): void {
    const tree = layer.tree;
    if (!tree) return;
    const quiet = layer.kind === 'preset';
    const report = (node: JsonNode, m: Localized, sev: 'error' | 'warning' = 'error') => {
      if (!quiet) this.problem(layer.name, node.offset, node.offset + node.length, m, sev);
    };
    for (const prop of tree.children ?? []) {
      const keyNode = prop.children?.[0];
      const value = prop.children?.[1];
      if (!keyNode) continue;
      const key = keyNode.value as string;
      if (!value) continue; // a parse error was reported there
      switch (key) {
        case '$schema':
          if (value.type !== 'string') report(value, P.wrongType('$schema', 'a string', 'نصا'), 'warning');
          break;
        case 'extends':
          break; // followed when the layers were collected
        case 'language':
          if (value.type === 'string' && (value.value === 'ar' || value.value === 'en')) this.language = value.value;
          else report(value, P.wrongType('language', '"ar" or "en"', '"ar" أو "en"'));
          break;
        case 'rules':
          this.applyRules(layer, value, report);
          break;
        case 'names':
          this.applyNames(layer, value, report);
          break;
        case 'namesFiles':
          this.applyNamesFiles(layer, value, report);
          break;
        case 'words':
          this.applyWords(layer, value, report);
          break;
        case 'ignore':
          this.applyIgnore(value, report);
          break;
        default:
          report(keyNode, P.unknownKey(key, nearest(key, TOP_LEVEL_KEYS)), 'warning');
      }
    }
  }

  /** Report schema errors at their exact nodes under `base`. */
  private schemaErrors(base: JsonNode, errors: SchemaError[], report: (n: JsonNode, m: Localized) => void, wrap: (m: Localized) => Localized): void {
    for (const e of errors) {
      let n = (e.path.length ? findNodeAtLocation(base, e.path) : base) ?? base;
      if (e.atKey && n.parent?.type === 'property' && n.parent.children?.[0]) n = n.parent.children[0];
      report(n, wrap(e.message));
    }
  }

  private severity(node: JsonNode | undefined, report: (n: JsonNode, m: Localized) => void, fallback: JsonNode): SeveritySetting | undefined {
    if (!node) {
      report(fallback, P.badSetting());
      return undefined;
    }
    if (node.type === 'string' && (SEVERITIES as readonly string[]).includes(node.value)) return node.value as SeveritySetting;
    const shown = node.type === 'string' ? `"${node.value}"` : JSON.stringify(nodeValue(node));
    // ESLint's numeric severities are a likely habit: 0, 1, 2.
    const eslint: Record<number, SeveritySetting> = { 0: 'off', 1: 'warning', 2: 'error' };
    const near = node.type === 'string' ? nearest(node.value, SEVERITIES) : node.type === 'number' ? eslint[node.value] : undefined;
    report(node, P.badSeverity(shown, near));
    return undefined;
  }

  private applyRules(layer: Layer, value: JsonNode, report: (n: JsonNode, m: Localized, sev?: 'error' | 'warning') => void): void {
    if (value.type !== 'object') {
      report(value, P.wrongType('rules', 'an object { "rule-id": "warning" }', 'كائنا { "rule-id": "warning" }'));
      return;
    }
    const quiet = layer.kind === 'preset';
    const layerCats: Array<[Category, SeveritySetting]> = [];
    const layerRules: Array<[string, RuleSetting]> = [];
    const honorificSites = new Map<RuleSetting, Map<string, Site>>();
    for (const prop of value.children ?? []) {
      const keyNode = prop.children?.[0];
      const v = prop.children?.[1];
      if (!keyNode || !v) continue;
      const id = keyNode.value as string;
      if (id.startsWith('category:')) {
        const cat = id.slice('category:'.length);
        if (!(CATEGORIES as readonly string[]).includes(cat)) {
          report(keyNode, P.unknownCategory(cat, nearest(cat, CATEGORIES)));
          continue;
        }
        const sev = this.severity(v, report, keyNode);
        if (sev) layerCats.push([cat as Category, sev]);
        continue;
      }
      const rule = this.ruleById.get(id);
      if (!rule && !hasOwn(CATALOGUE, id)) {
        // A preset may name a rule from a later version: keep it silently.
        if (!quiet) {
          report(keyNode, P.unknownRule(id, nearest(id, this.knownIds)));
          continue;
        }
      } else if (!rule) {
        report(keyNode, P.pendingRule(id), 'warning');
      }
      const setting = this.ruleSetting(id, rule, v, report, quiet);
      if (setting) layerRules.push([id, setting]);
      if (setting?.options && id === HONORIFICS_TARGET.rule && hasOwn(setting.options, HONORIFICS_TARGET.option)) {
        honorificSites.set(setting, quiet ? new Map() : this.listSites(layer, v.children?.[1], [HONORIFICS_TARGET.option]));
      }
    }
    // A category switch in this layer overrides rule settings from the layers below it …
    for (const [cat, sev] of layerCats) {
      this.categories[cat] = sev;
      for (const [id, s] of Object.entries(this.rules)) {
        if (this.categoryOf(id) !== cat) continue;
        if (sev === 'off' || s.severity !== 'off') this.rules[id] = { ...s, severity: sev };
      }
    }
    // … and a rule named in this layer overrides its category. Options merge over the base's.
    for (const [id, s] of layerRules) {
      const prev = this.rules[id];
      const options = s.options ? { ...(prev?.options ?? {}), ...s.options } : prev?.options;
      this.rules[id] = options ? { severity: s.severity, options } : { severity: s.severity };
      const sites = honorificSites.get(s);
      if (sites) this.honorificOptionSites = sites; // this layer's list replaces the one below
    }
  }

  /** Each string of the list at `at` under `node` to its (first) node in the layer's file. */
  private listSites(layer: Layer, node: JsonNode | undefined, at: string[]): Map<string, Site> {
    const out = new Map<string, Site>();
    const list = node && findNodeAtLocation(node, at);
    if (list?.type !== 'array') return out;
    for (const item of list.children ?? []) {
      if (item.type === 'string' && !out.has(item.value)) out.set(item.value, { file: layer.name, node: item });
    }
    return out;
  }

  private ruleSetting(
    id: string,
    rule: Rule | undefined,
    v: JsonNode,
    report: (n: JsonNode, m: Localized) => void,
    quiet: boolean,
  ): RuleSetting | undefined {
    if (v.type !== 'array' && v.type !== 'object') {
      const severity = this.severity(v, report, v);
      return severity ? { severity } : undefined;
    }
    if (v.type !== 'array' || !v.children?.length) {
      report(v, P.badSetting());
      return undefined;
    }
    const [sevNode, optNode, ...extra] = v.children;
    const severity = this.severity(sevNode, report, v);
    for (const x of extra) report(x, P.tooManyItems());
    if (!severity) return undefined;
    if (!optNode) return { severity };
    if (optNode.type !== 'object') {
      report(optNode, P.optionsNotObject());
      return { severity };
    }
    const options = nodeValue(optNode) as Record<string, unknown>;
    if (rule?.meta.schema) {
      const errors = validate(rule.meta.schema as JsonSchema, options);
      if (errors.length) {
        // Wrong options are dropped (the severity stands); a preset's stay silent.
        if (!quiet) this.schemaErrors(optNode, errors, report, (m) => P.ruleOption(id, m));
        return { severity };
      }
    }
    return { severity, options };
  }

  private applyNames(layer: Layer, value: JsonNode, report: (n: JsonNode, m: Localized, sev?: 'error' | 'warning') => void): void {
    if (value.type !== 'array') {
      report(value, P.wrongType('names', 'a list of entries [{ "canonical": … }]', 'قائمة مداخل [{ "canonical": … }]'));
      return;
    }
    const inline: NameEntry[] = [];
    this.nameSources.push({ entries: inline });
    // a name listed twice in this list is warned about as in a names file (in two lists, files or layers it just merges)
    const firstLine = new Map<string, number>();
    // (past MAX_REPEAT_WARNINGS, one warning with the count, as in a names file)
    const repeats = new RepeatCap<{ node: JsonNode; line: number }>();
    const lines = new LineStarts(layer.text);
    const lineAt = (offset: number) => lines.lineColumn(offset).line;
    for (const item of value.children ?? []) {
      const raw = nodeValue(item);
      const errors = validate(NAME_ENTRY_SCHEMA, raw);
      this.schemaErrors(item, errors, report, (m) => P.section('names', m));
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
      const canonical = typeof raw.canonical === 'string' ? raw.canonical.trim() : '';
      if (!canonical) continue;
      const canonicalNode = findNodeAtLocation(item, ['canonical']) ?? item;
      const line = lineAt(canonicalNode.offset);
      const first = firstLine.get(canonical);
      if (first === undefined) firstLine.set(canonical, line);
      else if (repeats.add(() => ({ node: canonicalNode, line }))) report(canonicalNode, P.listedTwice(canonical, first), 'warning');
      const entry: NameEntry = { canonical, variants: [], source: { file: layer.name, start: item.offset, end: item.offset + item.length } };
      const variantsNode = findNodeAtLocation(item, ['variants']);
      if (Array.isArray(raw.variants)) {
        raw.variants.forEach((x: unknown, i: number) => {
          if (typeof x !== 'string' || !x.trim()) return;
          const vtext = x.trim();
          const n = variantsNode?.children?.[i];
          if (vtext === canonical) {
            if (n) report(n, P.variantIsCanonical(vtext), 'warning');
            return;
          }
          // kept, but name-spelling will never flag it
          if (n && sameSpellingRange(vtext, 0, vtext.length, canonical, 0, canonical.length)) report(n, P.variantSameForNames(vtext, canonical), 'warning');
          if (!entry.variants.includes(vtext)) entry.variants.push(vtext);
        });
      }
      if (typeof raw.title === 'string' && raw.title.trim()) entry.title = raw.title.trim();
      if (typeof raw.role === 'string' && raw.role.trim()) entry.role = raw.role.trim();
      if (layer.kind === 'file' && (entry.title || entry.role)) {
        this.nameFieldSites.set(entry, {
          ...(entry.title ? { title: findNodeAtLocation(item, ['title']) } : {}),
          ...(entry.role ? { role: findNodeAtLocation(item, ['role']) } : {}),
        });
      }
      if (Array.isArray(raw.specs)) {
        const specsNode = findNodeAtLocation(item, ['specs']);
        raw.specs.forEach((s: any, i: number) => {
          if (!s || typeof s.from !== 'string' || typeof s.to !== 'string' || !s.from || !s.to) return;
          const spec = { from: s.from, to: s.to };
          (entry.specs ??= []).push(spec);
          const n = specsNode?.children?.[i] ?? item;
          this.specs.push({ entry, spec, file: layer.name, start: n.offset, end: n.offset + n.length });
        });
      }
      inline.push(entry);
    }
    const more = repeats.rest();
    if (more) report(more.at.node, P.moreListedTwice(more.count, more.at.line), 'warning');
  }

  /**
   * The names list from its parts, in order: a later entry for a canonical spelling already
   * listed merges into the earlier one. One names file with no name listed twice is the list
   * as it is (a newsroom's 100,000 names: no second index of them); its reading found its
   * conflicts already.
   */
  finishNames(): void {
    const sources = this.nameSources.filter((s) => s.entries.length > 0);
    const table = sources.length === 1 ? sources[0].table : undefined;
    if (table?.distinct) {
      this.names = table.entries;
      for (const c of table.conflicts) this.variantConflict(table.entries[c.entry], c.variant, table.entries[c.other]);
    } else {
      for (const s of sources) for (const e of s.entries) this.addName(e);
      this.checkNameConflicts();
    }
    for (const [file, cap] of this.conflicts) {
      const more = cap.rest();
      if (more) this.problem(file, more.at.start, more.at.end, P.moreVariantConflicts(more.count, this.lineIn(file, more.at.start)), 'warning');
    }
  }

  /**
   * A wrong variant of entry n that is the canonical spelling of `other`: a warning at the
   * variant, saying where the other entry is; past MAX_REPEAT_WARNINGS in one file, the rest are
   * one warning with their count (a names file whose every row lists the next row's name).
   */
  private variantConflict(n: NameEntry, variant: string, other: NameEntry): void {
    const at = this.variantSources.get(n)?.get(variant) ?? n.source;
    let cap = this.conflicts.get(at.file);
    if (!cap) this.conflicts.set(at.file, (cap = new RepeatCap()));
    if (!cap.add(() => at)) return;
    const line = this.lineIn(other.source.file, other.source.start);
    this.problem(at.file, at.start, at.end, P.variantConflict(variant, line, other.source.file === at.file ? undefined : path.basename(other.source.file)), 'warning');
  }
  /** The variant conflicts of each file. */
  private readonly conflicts = new Map<string, RepeatCap<{ start: number; end: number }>>();

  /** The 1-based line of an offset in a file of this load (its lines found once). */
  private lineIn(file: string, offset: number): number {
    let lines = this.lines.get(file);
    if (!lines) this.lines.set(file, (lines = new LineStarts(this.host.readFile(file) ?? '')));
    return lines.lineColumn(offset).line;
  }
  private readonly lines = new Map<string, LineStarts>();

  /**
   * Where each variant of a merged entry was listed (the entry's own `source` is the last
   * listing's), so a problem with a variant is reported at the row or entry that lists it.
   */
  private readonly variantSources = new Map<NameEntry, Map<string, NameEntry['source']>>();

  /** Add a names-list entry; a later entry for the same canonical spelling merges into the earlier one. */
  private addName(entry: NameEntry): void {
    const i = this.nameIndex.get(entry.canonical);
    if (i === undefined) {
      this.nameIndex.set(entry.canonical, this.names.length);
      this.names.push(entry);
      return;
    }
    const prev = this.names[i];
    // field by field: an entry read from a names file has getters, which a spread would not copy
    const merged: NameEntry = { ...plainEntry(prev), variants: [...new Set([...prev.variants, ...entry.variants])], source: entry.source };
    const where = this.variantSources.get(prev) ?? new Map(prev.variants.map((v) => [v, prev.source]));
    for (const v of entry.variants) if (!where.has(v)) where.set(v, entry.source);
    this.variantSources.delete(prev);
    this.variantSources.set(merged, where);
    if (entry.title) merged.title = entry.title;
    if (entry.role) merged.role = entry.role;
    if (entry.specs) merged.specs = [...(prev.specs ?? []), ...entry.specs];
    for (const s of this.specs) if (s.entry === prev || s.entry === entry) s.entry = merged;
    this.names[i] = merged;
  }

  private applyNamesFiles(layer: Layer, value: JsonNode, report: (n: JsonNode, m: Localized, sev?: 'error' | 'warning') => void): void {
    const items = value.type === 'array' ? (value.children ?? []) : [value];
    for (const item of items) {
      if (item.type !== 'string' || !item.value) {
        report(item, P.wrongType('namesFiles', 'a file path or a list of file paths', 'مسار ملف أو قائمة مسارات'));
        continue;
      }
      const ref = item.value as string;
      const file = path.resolve(path.dirname(layer.name), ref);
      const outside = this.outside(file);
      if (outside !== undefined) {
        report(item, P.untrusted('names', outside));
        continue;
      }
      const text = this.readText(file);
      if (text === undefined) {
        report(item, P.namesFileMissing(ref, file));
        continue;
      }
      // A huge file named by mistake (a corpus, a dump) would take minutes and gigabytes to index.
      if (typeof text !== 'string') {
        report(item, Number.isFinite(text.tooLarge) ? P.namesFileTooLarge(ref, megabytes(text.tooLarge), MAX_NAMES_FILE_BYTES / 1048576) : P.namesFileNotRegular(ref));
        continue;
      }
      // read with each malformed byte a U+FFFD: a names list never holds one (nor a NUL byte)
      if (/[\ufffd\u0000]/.test(text)) {
        report(item, P.namesFileNotText(ref));
        continue;
      }
      const table = parseNamesTable(text, file);
      for (const p of table.problems) this.problem(file, p.start, p.end, p.message, p.severity);
      this.nameSources.push({ entries: table.entries, table });
    }
  }

  private applyWords(layer: Layer, value: JsonNode, report: (n: JsonNode, m: Localized) => void): void {
    const raw = nodeValue(value);
    this.schemaErrors(value, validate(WORDS_SCHEMA, raw), report, (m) => P.section('words', m));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    for (const key of ['accepted', 'leftoverPhrases', 'honorifics', 'reportingVerbs'] as const) {
      const list = raw[key];
      if (!Array.isArray(list)) continue;
      for (const w of list) if (typeof w === 'string' && w.trim() && !this.words[key].includes(w.trim())) this.words[key].push(w.trim());
    }
    if (layer.kind !== 'file') return;
    for (const [word, site] of this.listSites(layer, value, ['honorifics'])) {
      if (word.trim() && !this.honorificWordSites.has(word.trim())) this.honorificWordSites.set(word.trim(), site);
    }
  }

  /**
   * Warn about each word ornamental-honorific cuts that is the whole title the names list gives
   * someone: first-mention writes it, ornamental-honorific cuts it, and fix-all never settles.
   * At the word, where it is written (an `extra` entry or a `words.honorifics` one). Then about
   * each title and role that holds an honorific of the rule's built-in list, where it is written.
   */
  checkHonorificTitles(config: ResolvedConfig): void {
    for (const loop of honorificTitleLoops(this.names, config, this.registry)) {
      const site = this.honorificOptionSites.get(loop.word) ?? this.honorificWordSites.get(loop.word);
      if (site) this.problem(site.file, site.node.offset, site.node.offset + site.node.length, P.honorificIsListedTitle(loop.word, loop.example), 'warning');
    }
    const clashes = builtInHonorificClashes(this.names, config, this.registry);
    if (clashes.titles.size > 0 || clashes.roles.size > 0) this.reportBuiltInHonorifics(clashes);
  }

  /**
   * Warn at each title and role of the names list that holds a built-in honorific of
   * ornamental-honorific (builtInHonorificClashes), where it is written: the inline entry's
   * `title` or `role` value, or the names file's cell. Once a file: a title at the first entry
   * that has it; roles, each a person's own, at the first that holds the honorific. The message
   * names that entry's person and how many of the file's people share it.
   */
  private reportBuiltInHonorifics(clashes: BuiltInHonorificClashes): void {
    for (const src of this.nameSources) {
      const rows = src.table ? rowsOf(src.entries) : undefined;
      const format = rows ? namesFileFormat(rows.file, rows.text) : 'tsv';
      const groups = new Map<string, { file: string; start: number; end: number; clash: BuiltInHonorificClash; example: string; count: number }>();
      clashes.forEach(src.entries, (i, clash) => {
        const field = clash.field;
        const key = field === 'title' ? `t\0${clash.value}` : `r\0${clash.key}`;
        const g = groups.get(key);
        if (g) {
          g.count++;
          return;
        }
        const e = src.entries[i];
        const source = e.source;
        let at: { start: number; end: number } | undefined;
        if (rows) at = namesCellAt(rows.text, format, source.start, source.end, field === 'title' ? 2 : 3);
        else {
          const node = this.nameFieldSites.get(e)?.[field];
          if (node) at = { start: node.offset, end: node.offset + node.length };
        }
        if (at) groups.set(key, { file: source.file, ...at, clash, example: fullForm(e), count: 1 });
      });
      for (const g of groups.values()) {
        const c = g.clash;
        this.problem(g.file, g.start, g.end, P.honorificInListedName(c.field, c.value, c.honorific, g.example, g.count), 'warning');
      }
    }
  }

  private applyIgnore(value: JsonNode, report: (n: JsonNode, m: Localized, sev?: 'error' | 'warning') => void): void {
    const raw = nodeValue(value);
    this.schemaErrors(value, validate(IGNORE_SCHEMA, raw), report, (m) => P.section('ignore', m));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return;
    // Globs are matched without RegExp (glob.ts); one it cannot take is reported where it is written and not used,
    // one with an unclosed bracket (taken as text) is reported and used.
    const globOk = (glob: string, at: (string | number)[]): boolean => {
      const c = compileGlob(glob.replace(/\\/g, '/'));
      const note = c.ok ? c.literal : c.problem;
      if (note) report(findNodeAtLocation(value, at) ?? value, note, 'warning');
      return c.ok;
    };
    if (Array.isArray(raw.files)) {
      raw.files.forEach((f: unknown, i: number) => {
        if (typeof f === 'string' && f.trim() && globOk(f.trim(), ['files', i])) this.ignoreFiles.push(f.trim());
      });
    }
    if (!Array.isArray(raw.findings)) return;
    const findingsNode = findNodeAtLocation(value, ['findings']);
    raw.findings.forEach((h: any, i: number) => {
      if (!h || typeof h !== 'object' || typeof h.rule !== 'string' || !h.rule) return;
      if (h.text !== undefined && (typeof h.text !== 'string' || !h.text)) return;
      if (h.file !== undefined && (typeof h.file !== 'string' || !h.file)) return;
      if (h.file !== undefined && !globOk(h.file, ['findings', i, 'file'])) return;
      if (!this.ruleById.has(h.rule) && !hasOwn(CATALOGUE, h.rule)) {
        const n = findingsNode && findNodeAtLocation(findingsNode, [i, 'rule']);
        if (n) report(n, P.unknownRule(h.rule, nearest(h.rule, this.knownIds)), 'warning');
      }
      const entry: HiddenFinding = { rule: h.rule };
      if (h.text !== undefined) entry.text = h.text;
      if (h.file !== undefined) entry.file = h.file;
      this.hidden.push(entry);
    });
  }

  // ---- the result --------------------------------------------------------------------

  /** The engine's view: rules, categories, shared data; house-style word lists placed into rule options. */
  resolve(): ResolvedConfig {
    const rules: Record<string, RuleSetting> = { ...this.rules };
    const categories = { ...this.categories };
    const wordLists: Partial<Record<WordListKey, string[]>> = {};
    for (const t of WORD_LIST_TARGETS) {
      const extra = this.words[t.list];
      if (!extra.length) continue;
      const rule = this.ruleById.get(t.rule);
      const prop = (rule?.meta.schema as any)?.properties?.[t.option];
      const isList = prop && (prop.type === 'array' || (Array.isArray(prop.type) && prop.type.includes('array')));
      if (!rule || !isList) {
        wordLists[t.list] = extra;
        continue;
      }
      const cur = rules[t.rule];
      const base = (cur?.options?.[t.option] ?? (rule.meta.defaultOptions as Record<string, unknown>)[t.option] ?? []) as unknown[];
      const merged = [...base, ...extra.filter((w) => !base.includes(w))];
      // Without a setting of its own the rule keeps the severity the defaults and categories give it.
      const severity = cur?.severity ?? effectiveSeverity(rule, { rules: {}, categories });
      rules[t.rule] = { severity, options: { ...(cur?.options ?? {}), [t.option]: merged } };
    }
    const shared: Partial<SharedData> = { acceptedWords: new Set(this.words.accepted) };
    if (this.names.length) shared.names = this.names;
    if (Object.keys(wordLists).length) shared.wordLists = wordLists;
    const config: ResolvedConfig = { rules, shared };
    if (Object.keys(categories).length) config.categories = categories;
    return config;
  }

  /** Warn about a spelling that is a wrong variant in one entry and the canonical spelling of another. */
  private checkNameConflicts(): void {
    // the canonical spellings are already indexed (addName)
    for (const n of this.names) {
      for (const v of n.variants) {
        const i = this.nameIndex.get(v);
        const other = i === undefined ? undefined : this.names[i];
        if (other && other !== n) this.variantConflict(n, v, other);
      }
    }
  }
}

/**
 * The names list's self-check: each entry's `specs` ({from, to}) must be what the
 * `name-spelling` rule's preferred fix makes of `from`. The names rule is a later issue:
 * while no `name-spelling` rule is registered there is nothing to check against, and the
 * specs are skipped (not passed, not failed).
 */
export function checkSpecs(
  names: readonly NameEntry[],
  specs: ReadonlyArray<{ entry: NameEntry; spec: { from: string; to: string }; file: string; start: number; end: number }>,
  registry: readonly Rule[],
  config: ResolvedConfig,
  report: (file: string, start: number, end: number, message: Localized) => void,
): 'checked' | 'skipped' {
  const rule = registry.find((r) => r.meta.id === 'name-spelling');
  if (!rule || specs.length === 0) return 'skipped';
  const setting = config.rules['name-spelling'];
  const cfg: ResolvedConfig = {
    rules: { 'name-spelling': { severity: 'warning', ...(setting?.options ? { options: setting.options } : {}) } },
    shared: { ...config.shared, names },
  };
  // many specs to one run of the engine (names.ts): a 100,000-name list may carry as many specs
  const outputs = fixEachLine(
    specs.map((s) => s.spec.from),
    (text) => fixText(text, { rules: [rule], config: cfg }),
  );
  specs.forEach((s, i) => {
    if (outputs[i] !== s.spec.to) report(s.file, s.start, s.end, P.specFailed(s.spec.from, outputs[i], s.spec.to));
  });
  return 'checked';
}

/** A preset as the engine sees it: on top of `recommended`, as a house-style file extending it would be. */
export function resolvePreset(name: PresetName, registry: readonly Rule[] = allRules): ResolvedConfig {
  const b = new Build({ readFile: () => undefined }, registry, undefined);
  for (const l of [...b.presetLayers('recommended', []), ...b.presetLayers(name, [])]) b.apply(l);
  return b.resolve();
}

export function buildConfig(configFile: string | undefined, opts: LoadOptions, host: ConfigHost, registry: readonly Rule[] = allRules): Built {
  const trusted = opts.trusted !== false;
  const root = opts.workspaceRoot ? path.resolve(opts.workspaceRoot) : configFile ? path.dirname(configFile) : undefined;
  const b = new Build(host, registry, trusted ? undefined : root);
  const layers = b.presetLayers('recommended', []);
  let found = false;
  const outside = configFile === undefined ? undefined : b.outside(configFile);
  if (configFile && outside !== undefined) {
    b.problem(configFile, 0, 0, P.untrusted('house-style', outside)); // a link out of the workspace
  } else if (configFile) {
    const fl = b.fileLayers(configFile, []);
    found = fl.length > 0;
    layers.push(...fl);
  }
  for (const l of layers) b.apply(l);
  b.finishNames();
  const config = b.resolve();
  checkSpecs(b.names, b.specs, registry, config, (file, start, end, message) => b.problem(file, start, end, message, 'error'));
  b.checkHonorificTitles(config);
  const loaded: Built = {
    config,
    files: [...b.files],
    problems: b.problems,
    ignoreFiles: b.ignoreFiles,
    hiddenFindings: b.hidden,
    hasErrors: b.problems.some((p) => p.severity === 'error'),
  };
  if (found) loaded.configFile = configFile;
  if (b.language) loaded.language = b.language;
  return loaded;
}

/**
 * Loads house-style files with memory: results are kept until `invalidate`, and a file
 * that has errors leaves its LAST GOOD configuration in force (problems still reported).
 */
export class ConfigLoader {
  private readonly memo = new Map<string, LoadedConfig>();
  private readonly discovery = new Map<string, string | null>();
  private readonly lastGood = new Map<string, LoadedConfig>();
  private readonly registry: readonly Rule[];

  constructor(options: LoaderOptions = {}) {
    this.registry = options.rules ?? allRules;
  }

  /** The house-style file that applies to a draft: the explicit one, or the nearest up to the workspace root. */
  findConfigFile(documentPath: string | undefined, opts: LoadOptions, host: ConfigHost): string | undefined {
    if (opts.explicitPath) return path.resolve(opts.workspaceRoot ?? '', opts.explicitPath);
    let root = opts.workspaceRoot ? path.resolve(opts.workspaceRoot) : undefined;
    const start = documentPath ? path.dirname(path.resolve(documentPath)) : root;
    if (!start) return undefined;
    if (root && !isInside(root, start)) {
      if (opts.trusted === false) return undefined; // nothing outside an untrusted workspace
      root = undefined;
    }
    const key = `${start}\0${root ?? ''}`;
    const hit = this.discovery.get(key);
    if (hit !== undefined) return hit ?? undefined;
    let dir = start;
    let found: string | undefined;
    for (;;) {
      const candidate = path.join(dir, HOUSE_STYLE_FILE);
      let text: string | undefined;
      try {
        // an oversized file is found (and then reported as too large), never read
        text = host.readFile(candidate) ?? (host.oversize?.(candidate, MAX_NAMES_FILE_BYTES) !== undefined ? '' : undefined);
      } catch {
        text = undefined;
      }
      if (text !== undefined) {
        found = candidate;
        break;
      }
      if (root !== undefined && dir === root) break;
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    this.discovery.set(key, found ?? null);
    return found;
  }

  load(documentPath: string | undefined, opts: LoadOptions, host: ConfigHost): LoadedConfig {
    const configFile = this.findConfigFile(documentPath, opts, host);
    const trusted = opts.trusted !== false;
    const key = `${configFile ?? ''}\0${trusted}\0${opts.workspaceRoot ?? ''}`;
    const hit = this.memo.get(key);
    if (hit) return hit;
    const { hasErrors, ...built } = buildConfig(configFile, opts, host, this.registry);
    let result: LoadedConfig = built;
    if (configFile) {
      const goodKey = `${configFile}\0${trusted}`;
      if (!hasErrors) this.lastGood.set(goodKey, built);
      else {
        const good = this.lastGood.get(goodKey);
        if (good) {
          result = {
            ...good,
            problems: built.problems,
            files: [...new Set([...built.files, ...good.files])],
            lastGoodInForce: true,
          };
        }
      }
    }
    this.memo.set(key, result);
    return result;
  }

  /**
   * Forget loaded results that read `file` (all of them without an argument), so the next
   * load re-reads. Creating or deleting a house-style file also resets discovery. The last
   * good configurations are kept: they are what stays in force while a file is broken.
   */
  invalidate(file?: string): void {
    if (file === undefined || path.basename(file) === HOUSE_STYLE_FILE) {
      this.discovery.clear();
      if (file === undefined) {
        this.memo.clear();
        return;
      }
    }
    const abs = path.resolve(file);
    for (const [k, v] of this.memo) {
      if (v.files.includes(abs) || v.configFile === undefined) this.memo.delete(k);
    }
  }
}
