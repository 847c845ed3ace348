import type { AppContext } from '../../context';
import type { Tx } from '../../db';
import type { ClaimLabel } from '../../model';
import { Injectable } from '../../container';
import { ConflictError, NotFoundError } from '../../errors';
import type { FieldSelection, Projector } from '../../projection';
import { writeClaim, writeEvidence, type ClaimPlan, type EvidenceValue } from '../../claims/claimWriter';
import { eachShortcutEdge, pageKeySets, shortcutClauses, shortcutConstants, linkPattern } from '../../claims/derived';
import { CLAIM_LABELS, CLAIM_TYPES, SUPERSEDES, claimType, type ClaimTypeDef } from '../../model';
import { active, nodeLookup } from '../shared/cypherHelpers';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

/** The Cypher of what every claim shares: adding one (the plan comes from its feature), retracting one. */
@Injectable()
export class ClaimRepository {
  /** Creates a claim (or returns the one with the same client id) and projects it as `typeName`. */
  async add(ctx: AppContext, plan: ClaimPlan, operation: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const outcome = await writeClaim(tx, plan);
        // The audit entry and the read-back go out together: one more round trip, not two.
        const [, answer] = await Promise.all([
          outcome === 'created' ? writeAudit(tx, writerOf(ctx), operation, [plan.id]) : undefined,
          readBack(tx, ctx, selection, plan.claim.label, plan.id),
        ]);
        return answer;
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Retracts a claim: kept, marked with when, why and by whom, hidden from normal reads; its shortcut edges are
   * marked too, so that paths and neighbourhoods stop walking them.
   */
  async retract(ctx: AppContext, id: string, reason: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const rows = await tx.run(
          `MATCH (c:Claim {id: $id})
           WITH c, c.retractedAt IS NULL AS fresh
           SET c.retractedAt = coalesce(c.retractedAt, datetime()), c.retractionReason = coalesce(c.retractionReason, $reason),
               c.retractedBy = coalesce(c.retractedBy, $keyId)
           WITH c, fresh
           ${eachShortcutEdge('c', 'c.id', 'SET e.retracted = true, e.retractedAt = coalesce(e.retractedAt, c.retractedAt)')}
           RETURN [l IN labels(c) WHERE l <> 'Claim'][0] AS label, fresh`,
          { id, reason, keyId: ctx.caller.keyId },
        );
        if (rows.length === 0) throw new NotFoundError(`No claim with id "${id}".`, id);
        if (rows[0].fresh) await writeAudit(tx, writerOf(ctx), 'retractClaim', [id]);
        return readBack(tx, ctx, selection, rows[0].label as string, id);
      },
      { requestId: ctx.requestId },
    );
  }

  /** Adds a source to an existing claim; the edge records its own entry time. */
  async addEvidence(ctx: AppContext, claimId: string, evidence: EvidenceValue, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const label = await this.currentLabel(tx, claimId);
        const sourceIds = await writeEvidence(tx, claimId, [evidence], ctx.caller.keyId, 'evidence');
        await writeAudit(tx, writerOf(ctx), 'addEvidence', [claimId, ...sourceIds]);
        return readBack(tx, ctx, selection, label, claimId);
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Records a corrected version of a claim. The version it replaces is kept as a node of the same labels (id
   * `<id>-version-<n>`, `versionOf` the claim), with copies of its links, evidence and shortcut edges, out of the
   * current graph from now (`supersededAt`, `retractedAt`); the claim node, which keeps its id and everything that
   * points at it, takes the new values, its new record time and `SUPERSEDES` the kept version (who, when, why).
   */
  async correct(ctx: AppContext, id: string, change: ClaimChange, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const label = await this.currentLabel(tx, id);
        const claim = claimType(label);
        const own = change.own(label);
        const props = { ...change.props, ...own.props };
        const dates = { ...change.dates, ...own.dates };
        const [{ versions }] = await tx.run(`MATCH (c:Claim {id: $id}) RETURN COUNT { (c)-[:${SUPERSEDES}*1..]->() } AS versions`, { id });
        const versionId = `${id}-version-${Number(versions) + 1}`;
        const params = { id, versionId, keyId: ctx.caller.keyId, reason: change.reason };
        // The kept version: same labels and properties, then its own id, its end of record, and copies of its edges.
        await tx.run(
          `MATCH (c:Claim {id: $id})
           WITH c, properties(c) AS kept
           CREATE (old {id: $versionId}) SET old = kept {.*, id: $versionId}, old:$(labels(c))
           SET old.versionOf = $id, old.supersededAt = datetime.transaction(), old.retractedAt = datetime.transaction(),
               old.supersededBy = $keyId, old.retractionReason = $reason
           WITH c, old
           CALL (c, old) { MATCH (c)-[r]->(x) WHERE type(r) IN $outTypes CREATE (old)-[r2:$(type(r))]->(x) SET r2 = properties(r), r2.pageId = CASE WHEN r.pageId IS NULL THEN null ELSE old.id END }
           CALL (c, old) { MATCH (c)<-[r]-(x) WHERE type(r) IN $inTypes CREATE (old)<-[r2:$(type(r))]-(x) SET r2 = properties(r), r2.pageId = CASE WHEN r.pageId IS NULL THEN null ELSE old.id END }
           ${eachShortcutEdge('c, old', 'c.id', 'CREATE (a)-[e2:{type}]->(b) SET e2 = properties(e), e2.claimId = old.id, e2.recordedAt = coalesce(e.recordedAt, old.recordedAt, old.createdAt), e2.retracted = true, e2.retractedAt = datetime.transaction()', [claim])}
           CALL (c, old) { MATCH (c)-[s:${SUPERSEDES}]->(prev) CREATE (old)-[s2:${SUPERSEDES}]->(prev) SET s2 = properties(s) DELETE s }
           CREATE (c)-[:${SUPERSEDES} {at: datetime.transaction(), keyId: $keyId, reason: $reason}]->(old)`,
          { ...params, outTypes: [...ownTypes(claim, 'out'), 'SUPPORTED_BY'], inTypes: ownTypes(claim, 'in') },
        );
        const dateSets = Object.keys(dates).map((k) => `c.\`${k}\` = CASE WHEN $dates.\`${k}\` IS NULL THEN null ELSE date($dates.\`${k}\`) END`);
        await tx.run(
          `MATCH (c:Claim {id: $id})
           SET c += $props${dateSets.length ? `, ${dateSets.join(', ')}` : ''}, c.recordedAt = datetime.transaction(), c.recordedBy = $keyId,
               c.recordReason = $reason, c.recordOperation = 'correctClaim'`,
          { ...params, props, dates },
        );
        if (change.evidence.length > 0) await writeEvidence(tx, id, change.evidence, ctx.caller.keyId, 'evidence');
        await this.rederive(tx, claim, id);
        await writeAudit(tx, writerOf(ctx), 'correctClaim', [id, versionId]);
        return readBack(tx, ctx, selection, label, id);
      },
      { requestId: ctx.requestId },
    );
  }

  /** Ranks a claim against its competitors (an editor's call, with a reason). */
  async setRank(ctx: AppContext, id: string, rank: string, reason: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const label = await this.currentLabel(tx, id);
        await tx.run(`MATCH (c:Claim {id: $id}) SET c.rank = $rank, c.rankReason = $reason, c.rankedAt = datetime.transaction(), c.rankedBy = $keyId`, {
          id,
          rank,
          reason,
          keyId: ctx.caller.keyId,
        });
        await writeAudit(tx, writerOf(ctx), 'setClaimRank', [id]);
        return readBack(tx, ctx, selection, label, id);
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Erases a claim for good (legal erasure): the claim, every kept version of it, their evidence edges and shortcut
   * edges. The audit log records that it happened (the id, who, when, the ground), not what the claim said.
   */
  async purge(ctx: AppContext, id: string, reason: string): Promise<{ id: string; purgedAt: string }> {
    return ctx.db.write(
      async (tx) => {
        const rows = await tx.run(
          `MATCH (c:Claim {id: $id})
           CALL (c) { MATCH (c)-[:${SUPERSEDES}*0..]->(v) RETURN collect(DISTINCT v) AS versions }
           CALL (versions) { UNWIND versions AS v ${eachShortcutEdge('v', 'v.id', 'DELETE e')} }
           WITH versions, [v IN versions | v.id] AS ids
           FOREACH (v IN versions | DETACH DELETE v)
           RETURN ids, toString(datetime.transaction()) AS at`,
          { id },
        );
        if (rows.length === 0) throw new NotFoundError(`No claim with id "${id}".`, id);
        await writeAudit(tx, writerOf(ctx), 'purgeClaim', [id], undefined, reason);
        return { id, purgedAt: rows[0].at as string };
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Claims that compete and disagree, as the model declares for each claim type (`conflicts`): same ends on every
   * required link and the same identifying properties, different values or dates. Around one node (its claims, and
   * those of its accounts), or in the whole graph; at most `first` groups, most recent kinds first. As of an instant of
   * record time (`asKnownAt`), among the claim versions the graph then held.
   */
  async conflicts(ctx: AppContext, entityId: string | null, first: number, selection: FieldSelection): Promise<unknown[]> {
    const q = ctx.reader.projector(selection);
    const branches = CLAIM_TYPES.filter((c) => c.conflicts).map((claim) => conflictBranch(claim, entityId ? 'e' : null, q));
    const around = entityId ? `${nodeLookup(q.param(entityId), 'e')} CALL (e) { ${branches.join(' UNION ')} } ` : `CALL () { ${branches.join(' UNION ')} } `;
    const cypher =
      around +
      `WITH kind, differs, claims ORDER BY kind, claims[0].id LIMIT ${q.intParam(first)} ` +
      `RETURN ${q.project(selection, 'Conflict', { v: 'claims', kind: 'kind', differs: 'differs' })} AS value`;
    return (await ctx.reader.run(cypher, q.params)).map((row) => row.value);
  }

  /** The label of a claim that is in the current graph (not retracted nor superseded); NOT_FOUND, or CONFLICT when it left. */
  private async currentLabel(tx: Tx, id: string): Promise<ClaimLabel> {
    const rows = await tx.run(`MATCH (c:Claim {id: $id}) RETURN [l IN labels(c) WHERE l IN $labels][0] AS label, c.retractedAt IS NOT NULL AS gone`, { id, labels: CLAIM_LABELS });
    if (rows.length === 0) throw new NotFoundError(`No claim with id "${id}".`, id);
    if (rows[0].gone) throw new ConflictError(`Claim "${id}" was retracted or superseded: only the current version of a claim can change.`);
    return rows[0].label as ClaimLabel;
  }

  /** Brings the claim's shortcut edges and page keys in step with its corrected values; they enter with this version. */
  private async rederive(tx: Tx, claim: ClaimTypeDef, id: string): Promise<void> {
    if (claim.shortcuts.length > 0) await tx.run(`MATCH (c:Claim {id: $id}) ${shortcutClauses(claim, 'c')} RETURN 1`, { id, shortcutConstants: shortcutConstants() });
    for (const type of claim.pageKeys) {
      const link = claim.links.find((l) => l.type === type)!;
      await tx.run(`MATCH ${linkPattern(link, 'c:Claim {id: $id}', 'x', 'r')} SET ${pageKeySets(claim, 'r', 'x', 'c')}`, { id });
    }
  }
}

/** What a correction changes, after the service's checks: own properties, dates, the reason, new evidence. */
export interface ClaimChange {
  props: Record<string, unknown>;
  dates: Record<string, string | null>;
  /** The claim type's own new values, checked against its declaration once its label is known. */
  own: (label: ClaimLabel) => { props: Record<string, unknown>; dates: Record<string, string | null> };
  reason: string;
  evidence: EvidenceValue[];
}

/** The relationship types of a claim type's own links in one direction (copied with a kept version). */
const ownTypes = (claim: ClaimTypeDef, direction: 'in' | 'out'): string[] => claim.links.filter((l) => l.direction === direction).map((l) => l.type);

/**
 * One claim type's groups of competing claims that disagree: `kind`, the claims (oldest first) and the properties
 * on which they differ. With `anchor`, only claims linked to that node or to one of its accounts.
 */
function conflictBranch(claim: ClaimTypeDef, anchor: string | null, q: Pick<Projector, 'knownAt'>): string {
  const { same, compare } = claim.conflicts!;
  const candidates = anchor
    ? `CALL (${anchor}) { MATCH (${anchor})--(c:${claim.label}) RETURN c UNION MATCH (${anchor})-[:HAS_ACCOUNT]->(:Account)--(c:${claim.label}) RETURN c } WITH DISTINCT c`
    : `MATCH (c:${claim.label})`;
  const ends = claim.links.filter((l) => l.required).map((l) => `COLLECT { MATCH ${linkPattern(l, 'c', 'x_')} RETURN x_.id AS id ORDER BY id }`);
  const key = `[${[...ends, ...same.map((p) => `c.\`${p}\``)].join(', ')}]`;
  const value = `[${compare.map((p) => `coalesce(toString(c.\`${p}\`), '')`).join(', ')}]`;
  const names = `[${compare.map((p) => `'${p}'`).join(', ')}]`;
  return (
    `${candidates} WHERE ${active('c', q)} ` +
    `WITH ${key} AS key, ${value} AS value, c ORDER BY c.createdAt, c.id ` +
    `WITH key, collect(c) AS claims, collect(value) AS values WHERE size(claims) > 1 ` +
    `WITH claims, [i IN range(0, ${compare.length - 1}) WHERE any(v IN values WHERE v[i] <> values[0][i]) | ${names}[i]] AS differs WHERE size(differs) > 0 ` +
    `RETURN '${claim.label}' AS kind, differs, claims`
  );
}
