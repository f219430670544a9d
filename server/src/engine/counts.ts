// Keys counted as the parts of a draft that hold them come and go (the incremental checker's
// document facts, the spellings of a name key): a key is held while one part holds it.

export class KeyCounts {
  private readonly counts = new Map<string, number>();

  /** One more part holds `key`: true when none did before. */
  add(key: string): boolean {
    const n = this.counts.get(key) ?? 0;
    this.counts.set(key, n + 1);
    return n === 0;
  }

  /** One part fewer holds `key`: true when none does now (a key not held is left alone: false). */
  remove(key: string): boolean {
    const n = this.counts.get(key);
    if (n === undefined) return false;
    if (n > 1) {
      this.counts.set(key, n - 1);
      return false;
    }
    this.counts.delete(key);
    return true;
  }

  has(key: string): boolean {
    return this.counts.has(key);
  }

  /** How many keys are held. */
  get size(): number {
    return this.counts.size;
  }
}
