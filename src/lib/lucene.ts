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
 * The English stop words the index's analyzer ('standard-folding', like Lucene's English analyzer) leaves out of what
 * it indexes: a query cannot require them ("President of Global Affairs" would find nothing).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/**
 * A Lucene query that finds every word of the text, whole or as a prefix ("zuck" finds Zuckerberg), whatever its
 * case and accents. Stop words are not required (the index does not hold them); a text of stop words only requires
 * them all, as prefixes. Empty when the text has no letter or digit.
 */
export function toLuceneQuery(text: string): string {
  const terms = searchTerms(text);
  const words = terms.some((t) => !STOP_WORDS.has(t)) ? terms.filter((t) => !STOP_WORDS.has(t)) : terms;
  return words
    .map((t) => escapeLucene(t))
    .map((t) => (STOP_WORDS.has(t) ? `${t}*` : `(${t}^2 OR ${t}*)`))
    .join(' AND ');
}
