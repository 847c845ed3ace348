// 009-entity-version-search.cypher: the full-text index over the names an entity had before `updateEntity` replaced
// them (its kept `EntityVersion` nodes), behind Query.search with `asKnownAt`: a name is found as of the instants it
// was the entity's. The same analyzer and the same properties as the `search` index (003-fulltext.cypher), so that a
// text matches a kept name exactly as it matched the name when it was current. Re-runnable.
CREATE FULLTEXT INDEX entityVersionSearch IF NOT EXISTS
FOR (n:EntityVersion)
ON EACH [n.name, n.aliasesText, n.description]
OPTIONS {
  indexConfig: {
    `fulltext.analyzer`: 'standard-folding',
    `fulltext.eventually_consistent`: false
  }
};
