// 007-global-ids.cypher: ids are unique across every label, so that `node(id:)` is never ambiguous. Every node that
// carries an id (entities, claims, accounts, events, sources, and the ids of merged entities) also carries the label
// Node, and this one constraint holds the ids of all of them. API writes give new nodes the label; an import (and a
// start-up that applies this script) gives it to the nodes scripts wrote (`deriveAll` in src/claims/derived.ts), and
// fails, writing nothing, if two of them share an id. Re-runnable.
CREATE CONSTRAINT node_id_unique IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
