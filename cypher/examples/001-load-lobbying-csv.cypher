// 001-load-lobbying-csv.cypher: an EXAMPLE of loading lobbying records from a CSV file. Not part of the seed: it
// reads import/lobbying-example.csv, whose rows are made up (ids prefixed `example-`, text marked "EXAMPLE ONLY",
// URLs on example.org). Use it as a pattern for real registers, never as data.
//
// Where the file goes. `LOAD CSV ... FROM 'file:///name.csv'` resolves against Neo4j's import directory:
// - the embedded Neo4j of this project (src/neo4j-embedded) uses the project's `import/` folder;
// - in docker-compose that folder is mounted at /import, the Neo4j image's import directory.
// So put the file in `import/` and name it without any directory. (.gitignore keeps import/*.csv under version
// control and ignores anything else dropped there.)
//
// The file: one row per lobbying effort, with a header line. Columns:
//   id                          the claim's slug (unique)
//   lobbyist_id, lobbyist_name, lobbyist_label (Person | Organization), lobbyist_kind (Organization kind)
//   target_id, target_name, target_label, target_kind                    same, for the lobbied party
//   decision_id                 optional: an existing Decision the effort is about (no REGARDING edge otherwise)
//   method, stance, desired_outcome, date, date_precision              the LobbyingEffort's own properties
//   source_id, source_title, source_url, source_language,
//   source_published_at, source_published_at_precision                 the document that supports the row
//   quote, locator, attribution, confidence                            the SUPPORTED_BY edge
// Enum values, dates and precisions follow docs/graph-model.md (a MONTH date is the first day of the month).
//
// The pattern, in four statements that each read the file again (fine for small files):
// 1. MERGE the sources. 2. MERGE the lobbyists and 3. the targets: an entity that already exists (same id) is only
//    matched, its properties are left alone (ON CREATE SET). 4. MERGE each LobbyingEffort claim with LOBBIED_IN,
//    TARGETED, SUPPORTED_BY, REGARDING when the decision exists, and the LOBBIED shortcut edge with the claim id, in
//    the same statement. A row whose source cannot be found yields no claim: a claim without evidence is refused.
// Re-runnable: MERGE on ids, SET from the row. Run it with the import runner (one transaction per file). For a
// large file, wrap statement 4 in `CALL { ... } IN TRANSACTIONS OF 1000 ROWS` and run it in an auto-commit
// transaction (cypher-shell), which the per-file transaction of the runner does not allow.

// 1. Sources.
LOAD CSV WITH HEADERS FROM 'file:///lobbying-example.csv' AS row
WITH row WHERE row.source_id IS NOT NULL
MERGE (s:Source {id: row.source_id})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = row.source_title,
    s.url = row.source_url,
    s.language = row.source_language,
    s.publishedAt = CASE WHEN row.source_published_at IS NULL THEN null ELSE date(row.source_published_at) END,
    s.publishedAtPrecision = row.source_published_at_precision;

// 2. Lobbyists: a Person or an Organization, as the row says.
LOAD CSV WITH HEADERS FROM 'file:///lobbying-example.csv' AS row
WITH row WHERE row.lobbyist_id IS NOT NULL
FOREACH (_ IN CASE WHEN row.lobbyist_label = 'Person' THEN [1] ELSE [] END |
  MERGE (p:Person:Entity {id: row.lobbyist_id})
  ON CREATE SET p.name = row.lobbyist_name, p.aliases = [], p.aliasesText = '',
                p.createdAt = datetime(), p.updatedAt = datetime())
FOREACH (_ IN CASE WHEN row.lobbyist_label = 'Organization' THEN [1] ELSE [] END |
  MERGE (o:Organization:Entity {id: row.lobbyist_id})
  ON CREATE SET o.name = row.lobbyist_name, o.kind = row.lobbyist_kind, o.aliases = [], o.aliasesText = '',
                o.createdAt = datetime(), o.updatedAt = datetime());

// 3. Targets, the same way.
LOAD CSV WITH HEADERS FROM 'file:///lobbying-example.csv' AS row
WITH row WHERE row.target_id IS NOT NULL
FOREACH (_ IN CASE WHEN row.target_label = 'Person' THEN [1] ELSE [] END |
  MERGE (p:Person:Entity {id: row.target_id})
  ON CREATE SET p.name = row.target_name, p.aliases = [], p.aliasesText = '',
                p.createdAt = datetime(), p.updatedAt = datetime())
FOREACH (_ IN CASE WHEN row.target_label = 'Organization' THEN [1] ELSE [] END |
  MERGE (o:Organization:Entity {id: row.target_id})
  ON CREATE SET o.name = row.target_name, o.kind = row.target_kind, o.aliases = [], o.aliasesText = '',
                o.createdAt = datetime(), o.updatedAt = datetime());

// 4. The LobbyingEffort claims, their evidence and their shortcut edge.
LOAD CSV WITH HEADERS FROM 'file:///lobbying-example.csv' AS row
MATCH (lobbyist:Entity {id: row.lobbyist_id}),
      (target:Entity {id: row.target_id}),
      (source:Source {id: row.source_id})
MERGE (c:Claim:LobbyingEffort {id: row.id})
ON CREATE SET c.createdAt = datetime()
SET c.method = row.method,
    c.stance = row.stance,
    c.desiredOutcome = row.desired_outcome,
    c.date = date(row.date), c.datePrecision = row.date_precision,
    c.validFrom = date(row.date), c.validFromPrecision = row.date_precision,
    c.validTo = null, c.validToPrecision = null,
    c.confidence = toFloat(row.confidence)
MERGE (lobbyist)-[:LOBBIED_IN]->(c)
MERGE (c)-[:TARGETED]->(target)
MERGE (c)-[e:SUPPORTED_BY {locator: row.locator}]->(source)
SET e.quote = row.quote,
    e.quoteLanguage = row.source_language,
    e.attribution = row.attribution,
    e.confidence = toFloat(row.confidence)
WITH row, c, lobbyist, target
OPTIONAL MATCH (decision:Decision {id: row.decision_id})
FOREACH (_ IN CASE WHEN decision IS NULL THEN [] ELSE [1] END |
  MERGE (c)-[g:REGARDING]->(decision)
  SET g.stance = c.stance)
MERGE (lobbyist)-[l:LOBBIED {claimId: c.id}]->(target)
SET l.stance = c.stance,
    l.method = c.method,
    l.decisionId = decision.id,
    l.validFrom = c.validFrom,
    l.validTo = c.validTo;
