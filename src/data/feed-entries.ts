import type { Archive, ArchivePaper } from './archive.ts';
import type { FeedEntry } from '../lib/atom.ts';
import { paths } from '../lib/urls.ts';

/**
 * Feed entries for some papers, in the order a feed reader expects: newest
 * listing first, then the listing's own order.
 */
export function feedEntries(archive: Archive, papers: readonly ArchivePaper[]): FeedEntry[] {
  const wanted = new Set(papers.map((p) => p.slug));
  const seen = new Set<string>();
  const ordered: ArchivePaper[] = [];
  for (const listing of archive.listings) {
    for (const paper of listing.papers) {
      if (wanted.has(paper.slug) && !seen.has(paper.slug)) {
        seen.add(paper.slug);
        ordered.push(paper);
      }
    }
  }
  return ordered.map((paper) => ({
    title: paper.title,
    url: archive.urls.absolute(paths.paper(paper.slug)),
    summary: paper.abstract.text,
    categories: paper.topics.map((id) => archive.topicById.get(id)?.name ?? id),
  }));
}
