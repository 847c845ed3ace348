// 004-write-side.cypher: what the write API keeps beside the facts. Re-runnable.
// API keys (only the hash of the secret is stored), the audit log of every write, and the ids of merged entities
// (a merged id keeps resolving to the entity it was merged into).
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT merged_id_id IF NOT EXISTS FOR (m:MergedId) REQUIRE m.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
