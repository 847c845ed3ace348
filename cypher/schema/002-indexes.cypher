// 002-indexes.cypher: range indexes on what queries filter and sort on. Re-runnable (IF NOT EXISTS).
// `id` needs none here: each uniqueness constraint in 001 is backed by its own range index.
// No relationship-property index on the shortcut edges' `claimId`: they are reached from their end nodes.

// Entities: lookup and sort by name, organizations filtered by kind.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX platform_name IF NOT EXISTS FOR (n:Platform) ON (n.name);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);

// Claims: validity time (as-of queries and timelines) and the per-type filters of the API.
CREATE INDEX claim_valid_from IF NOT EXISTS FOR (n:Claim) ON (n.validFrom);
CREATE INDEX claim_valid_to IF NOT EXISTS FOR (n:Claim) ON (n.validTo);
CREATE INDEX decision_status IF NOT EXISTS FOR (n:Decision) ON (n.status);
CREATE INDEX decision_opened_at IF NOT EXISTS FOR (n:Decision) ON (n.openedAt);
CREATE INDEX lobbying_effort_date IF NOT EXISTS FOR (n:LobbyingEffort) ON (n.date);
CREATE INDEX lobbying_effort_stance IF NOT EXISTS FOR (n:LobbyingEffort) ON (n.stance);
CREATE INDEX statement_said_at IF NOT EXISTS FOR (n:Statement) ON (n.saidAt);
CREATE INDEX role_kind IF NOT EXISTS FOR (n:Role) ON (n.kind);
CREATE INDEX restriction_kind IF NOT EXISTS FOR (n:Restriction) ON (n.kind);
CREATE INDEX observation_metric IF NOT EXISTS FOR (n:Observation) ON (n.metric);

// Sources and events: sorted and filtered by date.
CREATE INDEX source_published_at IF NOT EXISTS FOR (n:Source) ON (n.publishedAt);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
