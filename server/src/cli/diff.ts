// A unified diff of two texts (for --fix --dry-run), line by line with Myers' O(ND) algorithm.
// Lines keep their own line breaks, so a CRLF file diffs as CRLF and `patch` applies it.

/** Split into lines, each keeping its terminator (\n, \r\n or \r). */
export function splitKeepingEol(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      const end = c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out.push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The shortest edit script between two line arrays. */
function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // Trim the common prefix and suffix first: fixes touch few lines.
  let pre = 0;
  while (pre < n && pre < m && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < n - pre && suf < m - pre && a[n - 1 - suf] === b[m - 1 - suf]) suf++;
  const A = a.slice(pre, n - suf);
  const B = b.slice(pre, m - suf);
  const middle = myers(A, B);
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: a[i] });
  ops.push(...middle);
  for (let i = n - suf; i < n; i++) ops.push({ kind: ' ', line: a[i] });
  return ops;
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const off = max;
  let v: Int32Array = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])) x = v[off + k + 1];
      else x = v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  // Backtrack.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    v = trace[d];
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])) prevK = k + 1;
    else prevK = k - 1;
    const prevX = d === 0 ? 0 : v[off + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1] });
      x--;
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[y - 1] });
    else ops.push({ kind: '-', line: a[x - 1] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[x - 1] });
    x--;
    y--;
  }
  return ops.reverse();
}

/** A unified diff (`--- a/name`, `+++ b/name`, hunks with `context` lines), or '' when equal. */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = diffLines(splitKeepingEol(before), splitKeepingEol(after));
  const out: string[] = [`--- a/${name}\n`, `+++ b/${name}\n`];
  // Group changes into hunks.
  const changed: number[] = [];
  ops.forEach((o, i) => {
    if (o.kind !== ' ') changed.push(i);
  });
  let h = 0;
  while (h < changed.length) {
    let start = Math.max(0, changed[h] - context);
    let end = changed[h];
    while (h + 1 < changed.length && changed[h + 1] - end <= 2 * context) end = changed[++h];
    h++;
    end = Math.min(ops.length - 1, end + context);
    // Line numbers at the hunk start.
    let aLine = 1;
    let bLine = 1;
    for (let i = 0; i < start; i++) {
      if (ops[i].kind !== '+') aLine++;
      if (ops[i].kind !== '-') bLine++;
    }
    let aCount = 0;
    let bCount = 0;
    const body: string[] = [];
    for (let i = start; i <= end; i++) {
      const o = ops[i];
      if (o.kind !== '+') aCount++;
      if (o.kind !== '-') bCount++;
      const eol = /\r?\n$|\r$/.test(o.line);
      body.push(o.kind + o.line + (eol ? '' : '\n\\ No newline at end of file\n'));
    }
    out.push(`@@ -${range(aLine, aCount)} +${range(bLine, bCount)} @@\n`, ...body);
    start = end + 1;
  }
  return out.join('');
}

function range(line: number, count: number): string {
  if (count === 0) return `${line - 1},0`;
  return count === 1 ? `${line}` : `${line},${count}`;
}
