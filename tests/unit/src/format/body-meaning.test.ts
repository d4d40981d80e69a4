import type { PhrasingContent, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { bodyMeaning } from '../../../../src/format/body-meaning.ts';
import { parseBody, serializeBody } from '../../../../src/format/entry.ts';

const paragraph = (...children: PhrasingContent[]): Root => ({ type: 'root', children: [{ type: 'paragraph', children }] });
const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });

describe('bodyMeaning', () => {
  test('is the same for a body and what MDX reads back from it', () => {
    const body = paragraph({ type: 'text', value: 'We use ' }, { type: 'emphasis', children: [{ type: 'text', value: 'fast' }] }, { type: 'text', value: ' <b> and ' }, { type: 'inlineMath', value: 'x^2' });
    expect(bodyMeaning(parseBody(serializeBody(body)))).toBe(bodyMeaning(body));
  });

  test('tells emphasis four deep, which Markdown writes as strong, from what it reads back', () => {
    const body = paragraph(emphasis(emphasis(emphasis(emphasis({ type: 'text', value: 'x' })))));
    expect(serializeBody(body).trim()).toBe('****x****');
    expect(bodyMeaning(parseBody(serializeBody(body)))).not.toBe(bodyMeaning(body));
  });
});
