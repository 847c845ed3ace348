// 010-entity-version-aliases-text.cypher: gives the entity versions kept before they carried it their `aliasesText`
// (the full-text copy of `aliases`, joined with ' | ', as on entities), so that the `entityVersionSearch` index
// (009-entity-version-search.cypher) finds them by their aliases. Re-runnable: it writes only versions without it
// (in batches: a graph that has none to write is not an error).
MATCH (v:EntityVersion) WHERE v.aliasesText IS NULL
CALL (v) {
  SET v.aliasesText = reduce(s = '', a IN coalesce(v.aliases, []) | s + CASE s WHEN '' THEN '' ELSE ' | ' END + a)
} IN TRANSACTIONS OF 1000 ROWS;
