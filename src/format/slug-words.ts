import slugify from '@sindresorhus/slugify';
import { compatibilityForm } from '../text/ascii.ts';

/**
 * A text as the words of a paper's address spell it (`Глубокое обучение` →
 * `glubokoe-obuchenie`): lowercase ASCII letters and digits between hyphens,
 * other scripts written in Latin letters where they can be (Cyrillic, Greek,
 * Arabic; not Hebrew, Chinese or Japanese, which give nothing), compatibility
 * forms read as the letters they stand for (`ﬁ` is `fi`), an ampersand as
 * `and` except where it opens a character reference. The ingest makes
 * slugs of it (scripts/lib/assign-slug.ts); the search index finds a title
 * in another script by it (src/lib/search-meta.ts), as the 404 page searches
 * for the words of a link cut short. Pure.
 */
export function slugWords(text: string): string {
  // The ampersand of a character reference a title writes (`&lt;b&gt;`, kept as written) is no `and`: `lt-b-gt`, not `and-lt-b-and-gt`.
  return slugify(withGreekLettersNamed(compatibilityForm(text).replace(CHARACTER_REFERENCE_AMPERSAND, ' ')), { decamelize: false });
}

/**
 * A Greek letter that stands alone (no Greek letter beside it), as a
 * formula's symbol or a model's name writes it (`β-VAE`, `π0`, `$\Delta$`
 * read as `Δ`), named as a reader says it: `beta-vae`, `pi0`, `delta`.
 * slugify would write it as modern Greek spells it (`v-vae`, `p0`, `d`). A
 * Greek word (two letters or more together) is left to slugify, which
 * writes it in Latin letters (`Μάθηση` → `mathisi`). Apart from a Latin
 * letter by a space (`Δx` → `delta x`), so that the name stays a word.
 */
function withGreekLettersNamed(text: string): string {
  return text.replace(LONE_GREEK_LETTER, (letter, at: number) => {
    const name = GREEK_LETTER_NAMES[letter.toLowerCase()] ?? GREEK_LETTER_NAMES[letter];
    if (name === undefined) return letter;
    const before = /[a-z]/iu.test(text[at - 1] ?? '') ? ' ' : '';
    const after = /[a-z]/iu.test(text[at + letter.length] ?? '') ? ' ' : '';
    return `${before}${name}${after}`;
  });
}

const LONE_GREEK_LETTER = /(?<![\p{Script=Greek}\p{M}])\p{Script=Greek}(?![\p{Script=Greek}\p{M}])/gu;

/** The letters' names, lowercase (`ϵ`, `ϑ`, `ϕ`, `ϖ`, `ϱ`, `ς` are the variant forms formulas write). */
const GREEK_LETTER_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta', ϑ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ο: 'omicron', π: 'pi', ϖ: 'pi', ρ: 'rho', ϱ: 'rho',
  σ: 'sigma', ς: 'sigma', τ: 'tau', υ: 'upsilon', φ: 'phi', ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

/** The `&` that opens an HTML character reference: `&lt;`, `&#39;`, `&#x27;`. */
const CHARACTER_REFERENCE_AMPERSAND = /&(?=(?:[a-z][a-z0-9]+|#\d+|#x[0-9a-f]+);)/gi;
