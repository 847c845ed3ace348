// 001-constraints.cypher: one uniqueness constraint per label, on the slug `id` (on `name` for Migration).
// Re-runnable (IF NOT EXISTS). Community edition: uniqueness constraints only (property existence
// constraints are Enterprise-only), so required properties are the application's job, not the schema's.
// Each uniqueness constraint also gives its label a range index on `id`, which every MERGE and lookup uses.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id_unique IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id_unique IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_id_unique IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id_unique IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id_unique IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id_unique IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id_unique IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_role_id_unique IF NOT EXISTS FOR (n:DecisionRole) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lobbying_effort_id_unique IF NOT EXISTS FOR (n:LobbyingEffort) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT restriction_id_unique IF NOT EXISTS FOR (n:Restriction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT observation_id_unique IF NOT EXISTS FOR (n:Observation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ownership_id_unique IF NOT EXISTS FOR (n:Ownership) REQUIRE n.id IS UNIQUE;

// The import ledger: one node per applied script, keyed by the script's name.
CREATE CONSTRAINT migration_name_unique IF NOT EXISTS FOR (n:Migration) REQUIRE n.name IS UNIQUE;
