/** Lower case without accents: "Émirats" → "emirats", as the full-text index's folding analyzer stores it. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene's special characters, so that user text is only ever searched for, never interpreted. */
export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** The words of a search text, folded: letters and digits only, at most `max` of them. */
export function searchTerms(text: string, max = 10): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, max);
}

/**
 * A Lucene query that finds every word of the text, whole or as a prefix ("zuck" finds Zuckerberg), whatever its
 * case and accents. Empty when the text has no letter or digit.
 */
export function toLuceneQuery(text: string): string {
  return searchTerms(text)
    .map((t) => escapeLucene(t))
    .map((t) => `(${t}^2 OR ${t}*)`)
    .join(' AND ');
}
