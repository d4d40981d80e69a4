/** The facts the archive knows about a paper, for machine-readable metadata. */
export interface PaperFacts {
  title: string;
  url: string;
  keywords: readonly string[];
  topics: readonly string[];
  siteName: string;
  siteUrl: string;
  /** The day the archive first listed it (`YYYY-MM-DD`); none for a paper on undated listings only. */
  listed?: string | undefined;
}

/**
 * A schema.org `ScholarlyArticle` for the paper page's JSON-LD. It leaves the
 * abstract out: the page shows it and its `citation_abstract` meta carries it
 * for Google Scholar and reference managers, and a third copy in every page
 * would be the largest part of the page's weight. The title and the URL are
 * given once each: `headline` (what Google reads for an article) and `url`;
 * a `name` equal to the headline and a `mainEntityOfPage` equal to the URL
 * would say the same again.
 */
export function scholarlyArticle(facts: PaperFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: facts.title,
    url: facts.url,
    keywords: facts.keywords.join(', '),
    about: facts.topics.map((name) => ({ '@type': 'Thing', name })),
    ...(facts.listed === undefined ? {} : { datePublished: facts.listed }),
    isPartOf: { '@type': 'WebSite', name: facts.siteName, url: facts.siteUrl },
  };
}

/**
 * Serialises JSON for an inline `<script type="application/ld+json">`: `<`,
 * `>` and `&` become escapes, so a title containing `</script>` stays data.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
