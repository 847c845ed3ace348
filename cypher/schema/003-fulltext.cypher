// 003-fulltext.cypher: the one full-text index behind Query.search. Re-runnable (IF NOT EXISTS).
//
// Analyzer: 'standard-folding'. In Neo4j 5.26, db.index.fulltext.listAvailableAnalyzers() describes it as
// "Analyzer that uses ASCIIFoldingFilter to remove accents (diacritics). Otherwise behaves as standard english
// analyzer": it lower-cases and folds accents, so 'emirats' finds 'Émirats' and 'CLEGG' finds 'Clegg'.
// Like 'standard', it drops English stop words ('the', 'a', 'of', ...). Queries go through the same analyzer.
//
// Full-text indexes only index STRING properties, not LIST<STRING>, so every entity also stores `aliasesText`:
// its `aliases` joined with ' | ' (see docs/graph-model.md, Entities). A property absent on a label is simply
// not indexed for it (Statement has `text`, Role and Decision have `title`, entities have `name`).
//
// eventually_consistent false: a write is searchable as soon as its transaction commits (the seed and the tests
// rely on it) — the cost is a slower commit, which this small graph does not feel.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Person|Organization|Platform|Event|Source|Decision|Statement|Role)
ON EACH [n.name, n.aliasesText, n.title, n.text, n.description]
OPTIONS {
  indexConfig: {
    `fulltext.analyzer`: 'standard-folding',
    `fulltext.eventually_consistent`: false
  }
};
