// The small JSON Schema validator used for rule options and the house-style file.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearest, validate } from '../../server/src/config/schema-validate';

const paths = (schema: Record<string, unknown>, v: unknown) => validate(schema, v).map((e) => e.path.join('.') + (e.atKey ? ' (key)' : ''));

describe('schema validator', () => {
  it('type, including integer and type lists', () => {
    assert.deepEqual(paths({ type: 'string' }, 'x'), []);
    assert.deepEqual(paths({ type: 'string' }, 1), ['']);
    assert.deepEqual(paths({ type: 'number' }, 1.5), []);
    assert.deepEqual(paths({ type: 'integer' }, 1.5), ['']);
    assert.deepEqual(paths({ type: 'integer' }, 2), []);
    assert.deepEqual(paths({ type: ['string', 'null'] }, null), []);
    assert.deepEqual(paths({ type: 'object' }, []), ['']);
    assert.deepEqual(paths({ type: 'array' }, {}), ['']);
  });

  it('enum and const', () => {
    assert.deepEqual(paths({ enum: ['a', 'b'] }, 'b'), []);
    const e = validate({ enum: ['western', 'arabic-indic'] }, 'roman');
    assert.equal(e.length, 1);
    assert.match(e[0].message.en, /"roman" is not allowed: expected one of "western", "arabic-indic"/);
    assert.match(e[0].message.ar, /قيمة غير مقبولة/);
    assert.deepEqual(paths({ const: 3 }, 4), ['']);
  });

  it('properties, required, additionalProperties (false or a schema)', () => {
    const s = { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'integer', minimum: 0, maximum: 9 } }, additionalProperties: false };
    assert.deepEqual(paths(s, { a: 'x', b: 3 }), []);
    assert.deepEqual(paths(s, { b: -1, c: 1 }), ['', 'b', 'c (key)']);
    assert.deepEqual(paths({ type: 'object', additionalProperties: { type: 'number' } }, { x: 1, y: 'z' }), ['y']);
  });

  it('items (list and tuple), min/maxItems, uniqueItems, additionalItems', () => {
    assert.deepEqual(paths({ type: 'array', items: { type: 'string' } }, ['a', 1, 'b', 2]), ['1', '3']);
    const tuple = { type: 'array', items: [{ type: 'string' }, { type: 'object' }], minItems: 1, maxItems: 2 };
    assert.deepEqual(paths(tuple, ['a', {}]), []);
    assert.deepEqual(paths(tuple, [1]), ['0']);
    assert.deepEqual(paths(tuple, []), ['']);
    assert.deepEqual(paths(tuple, ['a', {}, 3]), ['']);
    assert.deepEqual(paths({ type: 'array', items: [{}], additionalItems: false }, [1, 2]), ['1']);
    assert.deepEqual(paths({ type: 'array', uniqueItems: true }, ['a', 'b', 'a']), ['2']);
  });

  it('numbers and strings: minimum/maximum, exclusive bounds, minLength/maxLength, pattern', () => {
    assert.deepEqual(paths({ minimum: 1, maximum: 20 }, 21), ['']);
    assert.deepEqual(paths({ exclusiveMinimum: 0 }, 0), ['']);
    assert.deepEqual(paths({ exclusiveMaximum: 1 }, 0.5), []);
    assert.deepEqual(paths({ type: 'string', minLength: 1 }, ''), ['']);
    assert.deepEqual(paths({ type: 'string', maxLength: 2 }, 'abc'), ['']);
    assert.deepEqual(paths({ type: 'string', pattern: '^[\\u0600-\\u06FF ]+$' }, 'عمرو طلعت'), []);
    assert.deepEqual(paths({ type: 'string', pattern: '^[\\u0600-\\u06FF ]+$' }, 'Amr'), ['']);
  });

  it('anyOf / oneOf report the branch that got furthest; oneOf rejects a double match; allOf; not', () => {
    const setting = {
      anyOf: [
        { type: 'string', enum: ['off', 'warning'] },
        { type: 'array', items: [{ type: 'string', enum: ['off', 'warning'] }, { type: 'object', properties: { n: { type: 'integer' } }, additionalProperties: false }] },
      ],
    };
    assert.deepEqual(paths(setting, 'warning'), []);
    assert.deepEqual(paths(setting, ['warning', { n: 1 }]), []);
    assert.deepEqual(paths(setting, ['warning', { n: 'x' }]), ['1.n'], 'the deep error of the array branch, not "expected string"');
    assert.deepEqual(paths({ oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3), ['']);
    assert.deepEqual(paths({ oneOf: [{ type: 'number' }, { type: 'string' }] }, 3), []);
    assert.deepEqual(paths({ allOf: [{ type: 'number' }, { minimum: 5 }] }, 3), ['']);
    assert.deepEqual(paths({ not: { type: 'string' } }, 's'), ['']);
  });

  it('local $ref', () => {
    const s = { definitions: { sev: { enum: ['off', 'error'] } }, type: 'object', properties: { a: { $ref: '#/definitions/sev' } } };
    assert.deepEqual(paths(s, { a: 'off' }), []);
    assert.deepEqual(paths(s, { a: 'loud' }), ['a']);
  });

  it('boolean schemas and unknown keywords', () => {
    assert.deepEqual(paths({ type: 'object', properties: { a: false } }, { a: 1 }), ['a']);
    assert.deepEqual(paths({ type: 'object', properties: { a: true } }, { a: 1 }), []);
    assert.deepEqual(paths({ description: 'x', default: 1, markdownDescription: 'y' }, 'anything'), []);
  });

  it('"did you mean" suggestions', () => {
    assert.equal(nearest('tatweeel', ['tatweel', 'nbsp']), 'tatweel');
    assert.equal(nearest('warn', ['off', 'error', 'warning', 'info', 'hint']), 'warning');
    assert.equal(nearest('digit', ['digit-system', 'digit-spacing']), 'digit-system');
    assert.equal(nearest('completely-made-up', ['tatweel', 'nbsp']), undefined);
  });
});
