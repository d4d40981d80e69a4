import { createReference } from 'astro/content/runtime';
import { expect, test } from 'vitest';
import { reference } from '../../../../src/loaders/reference.ts';

/** Astro's own `reference()` (what `astro:content` exports), to hold the copy to. */
const astroReference = createReference();

const inputs: unknown[] = ['computer-vision', 42, { id: 'code', collection: 'topics' }, { slug: 'code', collection: 'topics' }, { id: 'code', collection: 'papers' }, '', null, undefined, { id: 3, collection: 'topics' }, ['code']];

test.each(inputs.map((input) => [JSON.stringify(input) ?? String(input), input]))('reads %s as Astro reference() does', (_, input) => {
  const ours = reference('topics').safeParse(input);
  const astros = astroReference('topics').safeParse(input);
  expect(ours.success).toBe(astros.success);
  if (ours.success && astros.success) expect(JSON.stringify(ours.data)).toBe(JSON.stringify(astros.data));
  else expect(ours.error!.issues.map((i) => [i.code, i.path, i.message])).toEqual(astros.error!.issues.map((i) => [i.code, i.path, i.message]));
});

test('inside an object, a reference to another collection is refused with the field named', () => {
  const result = reference('topics').array().safeParse(['code', { id: 'x', collection: 'papers' }]);
  expect(result.success).toBe(false);
});
