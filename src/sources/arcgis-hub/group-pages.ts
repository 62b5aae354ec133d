// The v3 API serves 100 records a page; the harvester works best on pages of a few hundred (one
// lookup of stored records and a few transactions per page). API pages are handed over in
// groups: the next API page is still requested as soon as one is read.
import type { SourcePage } from '../source.js';

export async function* groupPages(pages: AsyncIterable<SourcePage>, size: number): AsyncGenerator<SourcePage> {
  let group: SourcePage | undefined;
  for await (const page of pages) {
    if (!group) group = { items: [...page.items], problems: [...page.problems], url: page.url };
    else {
      group.items.push(...page.items);
      group.problems.push(...page.problems);
      group.url = page.url;
    }
    if (page.total !== undefined) group.total = page.total;
    if (group.items.length + group.problems.length >= size) {
      yield group;
      group = undefined;
    }
  }
  if (group) yield group;
}
