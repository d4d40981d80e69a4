/** The facts the archive knows about a paper, for machine-readable metadata. */
export interface PaperFacts {
  title: string;
  abstract: string;
  url: string;
  keywords: readonly string[];
  topics: readonly string[];
  siteName: string;
  siteUrl: string;
}

/** A schema.org `ScholarlyArticle` for the paper page's JSON-LD. */
export function scholarlyArticle(facts: PaperFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: facts.title,
    name: facts.title,
    abstract: facts.abstract,
    url: facts.url,
    mainEntityOfPage: facts.url,
    keywords: facts.keywords.join(', '),
    about: facts.topics.map((name) => ({ '@type': 'Thing', name })),
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
