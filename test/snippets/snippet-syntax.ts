// A strict parser for VS Code's snippet syntax (the TextMate snippet grammar VS Code
// documents), used to check the article templates:
//
//   tabstop     $1  ${1}
//   placeholder ${1:default, may nest}
//   choice      ${1|one,two,three|}      (\, and \| escape inside a choice)
//   variable    $NAME  ${NAME}  ${NAME:default}
//   escapes     \$  \}  \\  in text
//
// Stricter than VS Code on purpose: a `$` that starts nothing, a `}` that closes nothing,
// an unterminated `${` or an empty choice is an error here (VS Code would insert it as text,
// which in a template is always a typo).

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

export class SnippetSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

/** Variables VS Code resolves in snippets. */
export const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME', 'TM_FILENAME_BASE',
  'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE',
  'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX',
  'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export function parseSnippet(body: string): SnippetNode[] {
  let i = 0;

  function parseSeq(inside: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < body.length) {
      const c = body[i];
      if (c === '\\') {
        const n = body[i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          i += 2;
        } else {
          text += c;
          i++;
        }
        continue;
      }
      if (c === '}') {
        if (inside) {
          flush();
          return out;
        }
        throw new SnippetSyntaxError('a "}" that closes nothing (escape it as \\})', i);
      }
      if (c === '$') {
        flush();
        out.push(parseDollar());
        continue;
      }
      text += c;
      i++;
    }
    if (inside) throw new SnippetSyntaxError('an unterminated "${"', body.length);
    flush();
    return out;
  }

  function parseInt(): number | undefined {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  }

  function parseName(): string | undefined {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  }

  function parseDollar(): SnippetNode {
    const start = i;
    i++; // $
    if (body[i] !== '{') {
      const n = parseInt();
      if (n !== undefined) return { kind: 'tabstop', index: n };
      const name = parseName();
      if (name !== undefined) return variable(name, start);
      throw new SnippetSyntaxError('a "$" that starts no tab stop or variable (escape it as \\$)', start);
    }
    i++; // {
    const n = parseInt();
    if (n !== undefined) {
      const c = body[i];
      if (c === '}') {
        i++;
        return { kind: 'tabstop', index: n };
      }
      if (c === ':') {
        i++;
        const children = parseSeq(true);
        i++; // }
        return { kind: 'placeholder', index: n, children };
      }
      if (c === '|') {
        i++;
        const options: string[] = [];
        let cur = '';
        for (;;) {
          if (i >= body.length) throw new SnippetSyntaxError('an unterminated choice', start);
          const ch = body[i];
          if (ch === '\\' && (body[i + 1] === ',' || body[i + 1] === '|' || body[i + 1] === '\\')) {
            cur += body[i + 1];
            i += 2;
          } else if (ch === ',') {
            options.push(cur);
            cur = '';
            i++;
          } else if (ch === '|' && body[i + 1] === '}') {
            options.push(cur);
            i += 2;
            break;
          } else if (ch === '|') {
            throw new SnippetSyntaxError('a "|" inside a choice (escape it as \\|)', i);
          } else {
            cur += ch;
            i++;
          }
        }
        if (options.some((o) => o.trim() === '')) throw new SnippetSyntaxError('an empty option in a choice', start);
        return { kind: 'choice', index: n, options };
      }
      throw new SnippetSyntaxError(`"\${${n}" followed by "${c ?? ''}" (expected "}", ":" or "|")`, start);
    }
    const name = parseName();
    if (name === undefined) throw new SnippetSyntaxError('"${" followed by neither a number nor a variable name', start);
    if (body[i] === '}') {
      i++;
      return variable(name, start);
    }
    if (body[i] === ':') {
      i++;
      const children = parseSeq(true);
      i++;
      return { ...variable(name, start), children } as SnippetNode;
    }
    throw new SnippetSyntaxError(`"\${${name}" followed by "${body[i] ?? ''}" (transforms are not used in templates)`, start);
  }

  function variable(name: string, at: number): SnippetNode {
    if (!KNOWN_VARIABLES.has(name)) throw new SnippetSyntaxError(`unknown variable ${name}`, at);
    return { kind: 'variable', name };
  }

  return parseSeq(false);
}

/** Every tab stop index in the order of first appearance (0 excluded), depth first. */
export function tabStopOrder(nodes: readonly SnippetNode[]): number[] {
  const seen: number[] = [];
  const walk = (ns: readonly SnippetNode[]) => {
    for (const n of ns) {
      if (n.kind === 'tabstop' || n.kind === 'placeholder' || n.kind === 'choice') {
        if (n.index !== 0 && !seen.includes(n.index)) seen.push(n.index);
      }
      if (n.kind === 'placeholder' || (n.kind === 'variable' && n.children)) walk(n.children!);
    }
  };
  walk(nodes);
  return seen;
}

/** Every node of the tree, depth first. */
export function allNodes(nodes: readonly SnippetNode[], out: SnippetNode[] = []): SnippetNode[] {
  for (const n of nodes) {
    out.push(n);
    if (n.kind === 'placeholder' || (n.kind === 'variable' && n.children)) allNodes(n.children!, out);
  }
  return out;
}

/**
 * The text a snippet inserts when every placeholder keeps its default: a placeholder its
 * default, a choice its first option, a bare tab stop the default given to the same index
 * elsewhere (VS Code mirrors it), a variable the value given in `variables`.
 */
export function expandDefaults(nodes: readonly SnippetNode[], variables: Record<string, string> = {}): string {
  const defaults = new Map<number, string>();
  const collect = (ns: readonly SnippetNode[]) => {
    for (const n of ns) {
      if (n.kind === 'placeholder') {
        if (!defaults.has(n.index)) defaults.set(n.index, expand(n.children));
        collect(n.children);
      } else if (n.kind === 'choice' && !defaults.has(n.index)) defaults.set(n.index, n.options[0]);
    }
  };
  const expand = (ns: readonly SnippetNode[]): string =>
    ns
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'tabstop':
            return defaults.get(n.index) ?? '';
          case 'placeholder':
            return expand(n.children);
          case 'choice':
            return n.options[0];
          case 'variable':
            return variables[n.name] ?? (n.children ? expand(n.children) : '');
        }
      })
      .join('');
  collect(nodes);
  return expand(nodes);
}
