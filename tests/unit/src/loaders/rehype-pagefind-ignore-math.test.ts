import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { rehypePagefindIgnoreMath } from '../../../../src/loaders/rehype-pagefind-ignore-math.ts';

const h = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });

/** The shape rehype-katex gives inline math with `output: 'htmlAndMathml'`. */
function katex(tex: string): Element {
  return h('span', { className: ['katex'] }, [
    h('span', { className: ['katex-mathml'] }, [
      h('math', {}, [h('semantics', {}, [h('mrow', {}, [{ type: 'text', value: 'x' }]), h('annotation', { encoding: 'application/x-tex' }, [{ type: 'text', value: tex }])])]),
    ]),
    h('span', { className: ['katex-html'], ariaHidden: 'true' }, [{ type: 'text', value: 'x′(t)' }]),
  ]);
}

describe('rehypePagefindIgnoreMath', () => {
  test('hides the rendered formula from Pagefind and indexes its plain text from an attribute', () => {
    const math = katex("x'(t) = Ax(t)");
    const tree: Root = { type: 'root', children: [h('p', {}, [{ type: 'text', value: 'the model ' }, math])] };
    rehypePagefindIgnoreMath()(tree);
    expect(math.properties).toMatchObject({ dataPagefindIndexAttrs: 'data-formula-text', dataFormulaText: "x'(t) = Ax(t) " });
    expect(math.properties.dataPagefindIgnore).toBeUndefined();
    expect(math.children.map((c) => (c as Element).properties.dataPagefindIgnore)).toEqual(['', '']);
  });
  test('gives the index the formula as plain text, as card leads write it, never its TeX, so search excerpts show no TeX', () => {
    const written = ['O(n^{2})', '\\mathbb{R}^{d}', '\\geq', 'M^{2}'].map((tex) => {
      const math = katex(tex);
      rehypePagefindIgnoreMath()({ type: 'root', children: [math] });
      return math.properties.dataFormulaText;
    });
    expect(written).toEqual(['O(n²) ', 'Rᵈ ', '≥ ', 'M² ']);
  });
  test('leaves text outside formulas alone', () => {
    const p = h('p', { className: ['lede'] }, [{ type: 'text', value: 'no math' }]);
    rehypePagefindIgnoreMath()({ type: 'root', children: [p] });
    expect(p.properties).toEqual({ className: ['lede'] });
  });
});
