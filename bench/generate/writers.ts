/**
 * One batched UNWIND statement per kind of row. Nodes are CREATEd (the generator writes into a fresh data folder);
 * ends are found by id through the uniqueness indexes. Claims get their ends, their SUPPORTED_BY edges and their
 * shortcut edges (docs/graph-model.md) in the same statement, hence the same transaction; MADE and TARGETED links
 * get their page keys as the API's writes give them.
 */

import { pageKeySets, shortcutClauses, shortcutConstants } from '../../src/claims/derived';
import { claimType } from '../../src/model';

/** The shortcut edges of a fresh claim in `c`, as the model derives them (CREATE: the data is new). */
const SHORTCUTS = (label: string) => `WITH c, r\n${shortcutClauses(claimType(label), 'c', 'CREATE')}`;

/** Parameters every writer's statement takes besides its rows. */
export const WRITER_PARAMS = { shortcutConstants: shortcutConstants() };

const CLAIM_PROPS = `c.validFrom = date(r.validFrom), c.validFromPrecision = r.validFromPrecision,
  c.validTo = date(r.validTo), c.validToPrecision = r.validToPrecision,
  c.confidence = r.confidence, c.createdAt = datetime($now), c.retractedAt = CASE WHEN r.retracted THEN datetime($now) END`;

const EVIDENCE = `CALL (c, r) {
  UNWIND r.evidence AS ev
  MATCH (s:Source {id: ev.source})
  CREATE (c)-[:SUPPORTED_BY {quote: ev.quote, quoteLanguage: ev.quoteLanguage, attribution: ev.attribution, locator: ev.locator, confidence: ev.confidence, createdAt: datetime($now)}]->(s)
}`;

const ENTITY = (label: string, extra = '') => `UNWIND $rows AS r
CREATE (n:${label}:Entity:Node {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.aliasesText = r.aliasesText, n.description = r.description,
    n.createdAt = datetime($now), n.updatedAt = datetime($now)${extra}`;

export const WRITERS: Record<string, string> = {
  Person: ENTITY('Person'),
  Organization: `${ENTITY('Organization', ', n.kind = r.kind')}
WITH n, r WHERE r.partOf IS NOT NULL
MATCH (p:Organization {id: r.partOf})
CREATE (n)-[:PART_OF]->(p)`,
  Platform: `${ENTITY('Platform')}
WITH n, r
MATCH (o:Organization {id: r.operator})
CREATE (o)-[:OPERATES]->(n)`,
  Source: `UNWIND $rows AS r
CREATE (n:Source:Node {id: r.id})
SET n.url = r.url, n.title = r.title, n.publishedAt = date(r.publishedAt), n.publishedAtPrecision = 'DAY', n.language = r.language,
    n.retrievedAt = datetime($now), n.createdAt = datetime($now), n.updatedAt = datetime($now)
WITH n, r WHERE r.publisher IS NOT NULL
MATCH (o:Organization {id: r.publisher})
CREATE (n)-[:PUBLISHED_BY]->(o)`,
  Account: `UNWIND $rows AS r
MATCH (o:Entity {id: r.owner}), (p:Platform {id: r.platform})
CREATE (n:Account:Node {id: r.id, handle: r.handle, createdAt: datetime($now), updatedAt: datetime($now)})
CREATE (o)-[:HAS_ACCOUNT]->(n)-[:ON_PLATFORM]->(p)`,
  Decision: `UNWIND $rows AS r
MATCH (decider:Entity {id: r.decider}), (about:Entity {id: r.concerns})
CREATE (c:Claim:Decision:Node {id: r.id})
SET ${CLAIM_PROPS},
  c.title = r.title, c.question = r.question, c.status = r.status, c.outcome = r.outcome,
  c.openedAt = date(r.openedAt), c.openedAtPrecision = r.openedAtPrecision, c.expectedBy = r.expectedBy,
  c.decidedAt = date(r.decidedAt), c.decidedAtPrecision = CASE WHEN r.decidedAt IS NULL THEN null ELSE 'DAY' END
CREATE (c)-[:DECIDED_BY]->(decider), (c)-[:CONCERNS]->(about)
${SHORTCUTS('Decision')}
WITH c, r
${EVIDENCE}`,
  Role: `UNWIND $rows AS r
MATCH (h:Entity {id: r.holder}), (o:Organization {id: r.org})
CREATE (c:Claim:Role:Node {id: r.id})
SET ${CLAIM_PROPS}, c.title = r.title, c.kind = r.kind
CREATE (h)-[:HOLDS]->(c), (c)-[:AT]->(o)
${SHORTCUTS('Role')}
WITH c, r
${EVIDENCE}`,
  DecisionRole: `UNWIND $rows AS r
MATCH (a:Entity {id: r.actor}), (d:Decision {id: r.decision})
CREATE (c:Claim:DecisionRole:Node {id: r.id})
SET ${CLAIM_PROPS}, c.role = r.role
CREATE (a)-[:PLAYS]->(c), (c)-[:IN]->(d)
${SHORTCUTS('DecisionRole')}
WITH c, r
${EVIDENCE}`,
  Statement: `UNWIND $rows AS r
CREATE (c:Claim:Statement:Node {id: r.id})
SET ${CLAIM_PROPS}, c.text = r.text, c.language = r.language, c.isDirectQuote = r.isDirectQuote, c.medium = r.medium,
  c.saidAt = date(r.saidAt), c.saidAtPrecision = r.saidAtPrecision
WITH c, r
CALL (c, r) {
  UNWIND r.speakers AS sid
  MATCH (s:Entity {id: sid})
  CREATE (s)-[m:MADE]->(c)
  SET ${pageKeySets(claimType('Statement'), 'm', 's', 'c')}
}
CALL (c, r) {
  UNWIND r.about AS aid
  CALL (aid) { MATCH (t:Entity {id: aid}) RETURN t UNION MATCH (t:Decision {id: aid}) RETURN t }
  CREATE (c)-[:ABOUT]->(t)
}
${SHORTCUTS('Statement')}
${EVIDENCE}`,
  LobbyingEffort: `UNWIND $rows AS r
MATCH (t:Entity {id: r.target}), (d:Decision {id: r.decision})
CREATE (c:Claim:LobbyingEffort:Node {id: r.id})
SET ${CLAIM_PROPS}, c.method = r.method, c.stance = r.stance, c.desiredOutcome = r.desiredOutcome,
  c.date = date(r.date), c.datePrecision = r.datePrecision
CREATE (c)-[tr:TARGETED]->(t), (c)-[:REGARDING {stance: r.stance}]->(d)
SET ${pageKeySets(claimType('LobbyingEffort'), 'tr', 't', 'c')}
WITH c, r, t, d
CALL (c, r, t, d) {
  UNWIND r.lobbyists AS lid
  MATCH (l:Entity {id: lid})
  CREATE (l)-[:LOBBIED_IN]->(c)
}
CALL (c, r) {
  WITH c, r WHERE r.onBehalfOf IS NOT NULL
  MATCH (o:Organization {id: r.onBehalfOf})
  CREATE (c)-[:ON_BEHALF_OF]->(o)
}
${SHORTCUTS('LobbyingEffort')}
${EVIDENCE}`,
};
