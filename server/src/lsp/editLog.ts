// Where each open document changed, version by version, as the editor reported it
// (textDocument/didChange ranges): what changed between two versions of a 5 MB draft is then
// known without comparing the two texts (each comparison reads megabytes on the thread that
// answers hover), and the lint worker is sent the changed stretch instead of the whole text.

import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** The first `prefix` and last `suffix` code units of two versions are the same. */
export interface Unchanged {
  prefix: number;
  suffix: number;
}

interface Entry extends Unchanged {
  /** The version this edit made. */
  version: number;
}

/** The edits kept per document (older ones are dropped: a version before them is then unknown). */
const KEPT = 512;

export class EditLog {
  /** Per document: the first version known, the edits since, and the current version. */
  private readonly logs = new Map<string, { base: number; entries: Entry[]; current: number }>();

  /** A document was opened (or replaced): its changes are logged from `version` on. */
  open(uri: string, version: number): void {
    this.logs.set(uri, { base: version, entries: [], current: version });
  }

  forget(uri: string): void {
    this.logs.delete(uri);
  }

  /**
   * Apply `changes` to `doc` (as TextDocument.update does, one at a time) and log where they
   * fell: each change's start and its distance from the end, in the text it applied to.
   */
  update(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    let prefix = Infinity;
    let suffix = Infinity;
    for (const change of changes) {
      const length = doc.getText().length;
      if ('range' in change) {
        const start = doc.offsetAt(change.range.start);
        const end = Math.max(start, doc.offsetAt(change.range.end));
        prefix = Math.min(prefix, start);
        suffix = Math.min(suffix, length - end);
      } else {
        prefix = 0;
        suffix = 0;
      }
      doc = TextDocument.update(doc, [change], version);
    }
    const log = this.logs.get(doc.uri);
    // versions out of order (an editor that reuses them): nothing before this one is known
    if (log && version <= log.current) this.open(doc.uri, version);
    else if (log) {
      if (changes.length > 0) log.entries.push({ version, prefix, suffix });
      log.current = version;
      if (log.entries.length > KEPT) log.base = log.entries.splice(0, log.entries.length - KEPT).at(-1)!.version;
    }
    return doc;
  }

  /**
   * What stayed the same from version `from` to version `to` of the document whose texts are
   * `fromLength` and `toLength` long: undefined when the log does not reach back to `from`.
   */
  since(uri: string, from: number, to: number, fromLength: number, toLength: number): Unchanged | undefined {
    const log = this.logs.get(uri);
    if (!log || from < log.base || to < from || to > log.current) return undefined;
    let prefix = Math.min(fromLength, toLength);
    let suffix = prefix;
    for (const e of log.entries) {
      if (e.version <= from || e.version > to) continue;
      prefix = Math.min(prefix, e.prefix);
      suffix = Math.min(suffix, e.suffix);
    }
    // (an edit's unchanged stretches never overlap, so neither do their least; clamped all the same)
    suffix = Math.min(suffix, Math.min(fromLength, toLength) - prefix);
    return { prefix, suffix };
  }
}
