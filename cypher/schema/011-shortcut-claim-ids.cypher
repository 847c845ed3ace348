// 011-shortcut-claim-ids.cypher: every shortcut edge carries the id of the claim it derives from (`claimId`). These
// indexes find a claim's edges from its id, so that deriving or checking the edges of a batch of claims (an import's)
// costs what the batch wrote, not a scan of every edge of the type (docs/importing.md). One per shortcut type of the
// model (src/model/claims.ts). Re-runnable.
CREATE RANGE INDEX role_at_claim IF NOT EXISTS FOR ()-[e:ROLE_AT]-() ON (e.claimId);
CREATE RANGE INDEX stated_about_claim IF NOT EXISTS FOR ()-[e:STATED_ABOUT]-() ON (e.claimId);
CREATE RANGE INDEX decided_claim IF NOT EXISTS FOR ()-[e:DECIDED]-() ON (e.claimId);
CREATE RANGE INDEX lobbied_claim IF NOT EXISTS FOR ()-[e:LOBBIED]-() ON (e.claimId);
CREATE RANGE INDEX restricted_claim IF NOT EXISTS FOR ()-[e:RESTRICTED]-() ON (e.claimId);
CREATE RANGE INDEX owns_stake_claim IF NOT EXISTS FOR ()-[e:OWNS_STAKE]-() ON (e.claimId);
CREATE RANGE INDEX paid_claim IF NOT EXISTS FOR ()-[e:PAID]-() ON (e.claimId);
