import { escapeLucene, fold, searchTerms, toLuceneQuery } from '../../src/lib/lucene';

describe('search text', () => {
  it('folds case and accents as the index does', () => {
    expect(fold('Émirats arabes unis')).toBe('emirats arabes unis');
    expect(fold('CLEGG')).toBe('clegg');
  });

  it('keeps only words, so Lucene operators in user text are searched for, never run', () => {
    expect(searchTerms('name:"Trump" OR *:* AND (x)^2~')).toEqual(['name', 'trump', 'or', 'and', 'x', '2']);
    expect(toLuceneQuery('Facebook, Inc.')).toBe('(facebook^2 OR facebook*) AND (inc^2 OR inc*)');
    expect(toLuceneQuery('  !!! ')).toBe('');
  });

  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe('a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t');
  });
});
