// 005-page-keys.cypher: an entity's long lists read in page order from an index. Re-runnable (IF NOT EXISTS).
// (entity)-[:MADE]->(Statement) and (LobbyingEffort)-[:TARGETED]->(entity) carry page keys: pageOf (the entity's
// id), pageKey (the claim's date as cursors carry it: ISO string, '' when missing) and pageId (the claim's id).
// With these indexes, the first or the 50th page of a hub's statements or of the lobbying that targeted it reads one
// page of index entries instead of sorting all of the hub's claims. The keys are derived: API writes set them, every
// import refreshes them after its scripts, and `npm run validate` reports any out of step (stale-page-keys).
CREATE RANGE INDEX made_page IF NOT EXISTS FOR ()-[r:MADE]-() ON (r.pageOf, r.pageKey, r.pageId);
CREATE RANGE INDEX targeted_page IF NOT EXISTS FOR ()-[r:TARGETED]-() ON (r.pageOf, r.pageKey, r.pageId);
