/** A search for the paper on another site. */
export interface ExternalSearch {
  /** The site's name, used in the link text. */
  site: string;
  url: string;
}

/**
 * Links that search for a title elsewhere. The archive has no arXiv ids, so a
 * title search is the most reliable way to the paper itself.
 */
export function externalSearches(title: string): ExternalSearch[] {
  const q = encodeURIComponent(title);
  return [
    { site: 'arXiv', url: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { site: 'Hugging Face Papers', url: `https://huggingface.co/papers?q=${q}` },
    { site: 'Google Scholar', url: `https://scholar.google.com/scholar?q=${encodeURIComponent(`"${title}"`)}` },
  ];
}
