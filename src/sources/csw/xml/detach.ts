// Strings the parser hands out are often slices of the chunk of text they were read from, and a
// slice keeps that whole chunk alive: an identifier kept for the rest of a harvest (in the sets of
// ids listed) would keep tens of kilobytes of XML each. What outlives a page is copied.

/** A copy of `text` that shares no memory with the string it was cut from. */
export function detach(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
