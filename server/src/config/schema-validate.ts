// A small JSON Schema (draft-07 subset) validator: what rule option schemas and the
// house-style schema use. Errors carry the JSON path of the offending value, so the loader
// can point at the exact place in the house-style file.
//
// Supported: type (incl. integer and type arrays), enum, const, properties, required,
// additionalProperties (boolean or schema), items (schema or tuple) with additionalItems,
// minItems/maxItems, uniqueItems, minimum/maximum/exclusiveMinimum/exclusiveMaximum,
// minLength/maxLength, pattern, oneOf, anyOf, allOf, not, local $ref ("#/definitions/…").
// Keywords it does not know are ignored (as a validator must).

import type { JsonSchema, Localized } from '../engine/types';

export type JsonPathSegment = string | number;

export interface SchemaError {
  /** Path from the validated value to the offending value. */
  path: JsonPathSegment[];
  message: Localized;
  /** The error is about the property NAME at `path` (an unknown property), not its value. */
  atKey?: boolean;
}

const TYPE_AR: Record<string, string> = {
  object: 'كائن',
  array: 'قائمة',
  string: 'نص',
  number: 'رقم',
  integer: 'عدد صحيح',
  boolean: 'قيمة منطقية (true/false)',
  null: 'null',
};

export function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function typeMatches(t: string, v: unknown): boolean {
  const actual = typeOf(v);
  if (t === 'number') return actual === 'number' || actual === 'integer';
  return actual === t;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '…' : s;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as any)[k], (b as any)[k]));
}

const patternCache = new Map<string, RegExp>();
function compile(p: string): RegExp {
  let re = patternCache.get(p);
  if (!re) {
    re = new RegExp(p, 'u');
    patternCache.set(p, re);
  }
  return re;
}

/** The pattern of a text that must not be blank: one character that is not a space (what `trim` keeps). */
export const NOT_BLANK = '\\S';
export const BLANK: Localized = { ar: 'نص فارغ (مسافات فقط)', en: 'Blank text (spaces only)' };

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#')) throw new Error(`only local $ref is supported: ${ref}`);
  let cur: any = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    cur = cur?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!cur || typeof cur !== 'object') throw new Error(`unresolved $ref ${ref}`);
  return cur;
}

/** Validate `value` against `schema`; [] when valid. `root` resolves local $refs (defaults to `schema`). */
export function validate(schema: JsonSchema, value: unknown, root: JsonSchema = schema): SchemaError[] {
  const errors: SchemaError[] = [];
  check(schema, value, [], root, errors);
  return errors;
}

export function isValid(schema: JsonSchema, value: unknown, root: JsonSchema = schema): boolean {
  return validate(schema, value, root).length === 0;
}

function check(schemaIn: JsonSchema | boolean, v: unknown, path: JsonPathSegment[], root: JsonSchema, out: SchemaError[]): void {
  if (schemaIn === true) return;
  if (schemaIn === false) {
    out.push({ path, message: { ar: 'قيمة غير مسموح بها هنا', en: 'No value is allowed here' } });
    return;
  }
  let s = schemaIn as Record<string, any>;
  if (typeof s.$ref === 'string') s = resolveRef(root, s.$ref);

  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((t) => typeMatches(t, v))) {
      out.push({
        path,
        message: {
          ar: `نوع خاطئ: المتوقع ${types.map((t) => TYPE_AR[t] ?? t).join(' أو ')}، والمكتوب ${TYPE_AR[typeOf(v)] ?? typeOf(v)}`,
          en: `Wrong type: expected ${types.join(' or ')}, found ${typeOf(v) === 'integer' ? 'number' : typeOf(v)}`,
        },
      });
      return;
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((e: unknown) => deepEqual(e, v))) {
    const allowed = s.enum.map(show).join('، ');
    out.push({
      path,
      message: { ar: `قيمة غير مقبولة ${show(v)}: المقبول ${allowed}`, en: `Value ${show(v)} is not allowed: expected one of ${s.enum.map(show).join(', ')}` },
    });
    return;
  }
  if ('const' in s && !deepEqual(s.const, v)) {
    out.push({ path, message: { ar: `المتوقع ${show(s.const)}`, en: `Expected ${show(s.const)}` } });
    return;
  }

  const t = typeOf(v);
  if (t === 'number' || t === 'integer') {
    const n = v as number;
    if (typeof s.minimum === 'number' && n < s.minimum) out.push({ path, message: { ar: `أصغر من الحد الأدنى ${s.minimum}`, en: `Less than the minimum ${s.minimum}` } });
    if (typeof s.maximum === 'number' && n > s.maximum) out.push({ path, message: { ar: `أكبر من الحد الأقصى ${s.maximum}`, en: `Greater than the maximum ${s.maximum}` } });
    if (typeof s.exclusiveMinimum === 'number' && n <= s.exclusiveMinimum) out.push({ path, message: { ar: `يجب أن يزيد على ${s.exclusiveMinimum}`, en: `Must be greater than ${s.exclusiveMinimum}` } });
    if (typeof s.exclusiveMaximum === 'number' && n >= s.exclusiveMaximum) out.push({ path, message: { ar: `يجب أن يقل عن ${s.exclusiveMaximum}`, en: `Must be less than ${s.exclusiveMaximum}` } });
  } else if (t === 'string') {
    const str = v as string;
    const short = typeof s.minLength === 'number' && str.length < s.minLength;
    if (short) {
      out.push({ path, message: s.minLength === 1 ? { ar: 'نص فارغ', en: 'Empty text' } : { ar: `أقصر من ${s.minLength} حروف`, en: `Shorter than ${s.minLength} characters` } });
    }
    if (typeof s.maxLength === 'number' && str.length > s.maxLength) out.push({ path, message: { ar: `أطول من ${s.maxLength} حرفا`, en: `Longer than ${s.maxLength} characters` } });
    // an empty text is "Empty text" once, not a pattern miss too
    if (typeof s.pattern === 'string' && !short && !compile(s.pattern).test(str)) {
      out.push({ path, message: s.pattern === NOT_BLANK ? BLANK : { ar: `لا يطابق النمط ${s.pattern}`, en: `Does not match the pattern ${s.pattern}` } });
    }
  } else if (t === 'array') {
    const arr = v as unknown[];
    if (typeof s.minItems === 'number' && arr.length < s.minItems) out.push({ path, message: { ar: `عناصر أقل من ${s.minItems}`, en: `Fewer than ${s.minItems} items` } });
    if (typeof s.maxItems === 'number' && arr.length > s.maxItems) out.push({ path, message: { ar: `عناصر أكثر من ${s.maxItems}`, en: `More than ${s.maxItems} items` } });
    if (Array.isArray(s.items)) {
      arr.forEach((item, i) => {
        if (i < s.items.length) check(s.items[i], item, [...path, i], root, out);
        else if (s.additionalItems !== undefined) check(s.additionalItems, item, [...path, i], root, out);
      });
    } else if (s.items !== undefined) {
      arr.forEach((item, i) => check(s.items, item, [...path, i], root, out));
    }
    if (s.uniqueItems === true) {
      for (let i = 1; i < arr.length; i++) {
        if (arr.slice(0, i).some((x) => deepEqual(x, arr[i]))) out.push({ path: [...path, i], message: { ar: `عنصر مكرر ${show(arr[i])}`, en: `Duplicate item ${show(arr[i])}` } });
      }
    }
  } else if (t === 'object') {
    const obj = v as Record<string, unknown>;
    const props: Record<string, any> = s.properties ?? {};
    for (const req of (s.required as string[] | undefined) ?? []) {
      if (!Object.prototype.hasOwnProperty.call(obj, req)) out.push({ path, message: { ar: `الحقل «${req}» مطلوب`, en: `Missing required property "${req}"` } });
    }
    for (const [k, val] of Object.entries(obj)) {
      if (Object.prototype.hasOwnProperty.call(props, k)) check(props[k], val, [...path, k], root, out);
      else if (s.additionalProperties === false) {
        const known = Object.keys(props);
        const near = nearest(k, known);
        out.push({
          path: [...path, k],
          atKey: true,
          message: {
            ar: `خيار غير معروف «${k}»${near ? `؛ هل تقصد «${near}»؟` : known.length ? `؛ المعروف: ${known.join('، ')}` : '؛ لا خيارات هنا'}`,
            en: `Unknown property "${k}"${near ? `; did you mean "${near}"?` : known.length ? `; known: ${known.join(', ')}` : '; none are allowed here'}`,
          },
        });
      } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        check(s.additionalProperties, val, [...path, k], root, out);
      }
    }
  }

  if (Array.isArray(s.allOf)) for (const sub of s.allOf) check(sub, v, path, root, out);
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    const branches: JsonSchema[] = s.anyOf ?? s.oneOf;
    const results = branches.map((b) => {
      const e: SchemaError[] = [];
      check(b, v, path, root, e);
      return e;
    });
    const passing = results.filter((e) => e.length === 0).length;
    if (passing === 0) {
      // Report the branch that got furthest: the one whose errors sit deepest, then the fewest.
      const depth = (e: SchemaError[]) => Math.max(...e.map((x) => x.path.length));
      const best = results.reduce((a, b) => (depth(b) > depth(a) || (depth(b) === depth(a) && b.length < a.length) ? b : a));
      out.push(...best);
    } else if (s.oneOf && passing > 1) {
      out.push({ path, message: { ar: 'القيمة تطابق أكثر من صيغة', en: 'The value matches more than one form' } });
    }
  }
  if (s.not !== undefined) {
    const e: SchemaError[] = [];
    check(s.not, v, path, root, e);
    if (e.length === 0) out.push({ path, message: { ar: 'قيمة غير مسموح بها هنا', en: 'Value not allowed here' } });
  }
}

/** Levenshtein distance (small strings: ids, option names). */
export function editDistance(a: string, b: string): number {
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

/** The candidate closest to `word` when it is close enough to be a likely typo. */
export function nearest(word: string, candidatesIn: Iterable<string>): string | undefined {
  const candidates = [...candidatesIn];
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(w, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  if (bestD <= limit) return best;
  // a prefix or suffix of a longer id: "digit" → "digit-system"
  if (w.length >= 4) for (const c of candidates) if (c.startsWith(w) || c.endsWith(w)) return c;
  return undefined;
}
