import { randomUUID } from 'node:crypto';
import { Pipeline, type Database, type Tx } from '../../db';
import { ConflictError, NotFoundError } from '../../errors';
import { typeRegistry } from '../registry';
import { Projector, type FieldSelection } from '../../projection';
import { nodeLookup } from '../shared/cypherHelpers';
import { refreshPageKeys } from '../../claims/derived';
import { aliasesText as joinAliases, aliasesTextOf } from '../../model';
import { writeClaim, writeSource, type ClaimPlan, type WriteOutcome } from '../../claims/claimWriter';

/** Who writes, for the audit log. */
export interface Writer {
  keyId: string | null;
  requestId: string;
}

/** The entity labels a write may create. */
export type EntityLabel = 'Person' | 'Organization' | 'Platform';

/** What an entity write needs. */
export interface EntityPlan {
  label: EntityLabel;
  id: string;
  props: { name: string; aliases: string[]; description: string | null; wikidataId: string | null; kind?: string };
  /** `(entity)-[:PART_OF]->(partOf)` or `(operator)-[:OPERATES]->(platform)`. */
  partOfId?: string;
  operatorId?: string;
}

/**
 * The Cypher of every write. Each public method is one write transaction: the change, its shortcut edges and its
 * audit entry commit together or not at all, and the answer is read back in the same transaction.
 */
export class WriteRepository {
  constructor(
    private readonly db: Database,
    private readonly writer: Writer,
    private readonly maxPageSize: number,
  ) {}

  /** Creates a claim (or returns the one with the same client id) and projects it as `typeName`. */
  async addClaim(plan: ClaimPlan, operation: string, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        const outcome = await writeClaim(tx, plan);
        // The audit entry and the read-back go out together: one more round trip, not two.
        const [, answer] = await Promise.all([
          outcome === 'created' ? this.audit(tx, operation, [plan.id]) : undefined,
          this.project(tx, selection, plan.claim.label, plan.id),
        ]);
        return answer;
      },
      { requestId: this.writer.requestId },
    );
  }

  /**
   * Creates an entity, or returns the one that already has the client's id. Like a claim write, its statements go out
   * together (checks, the node, its links, the audit entry, the read-back): one round trip.
   */
  async createEntity(plan: EntityPlan, operation: string, selection: FieldSelection, clientChoseId: boolean): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        const batch = new Pipeline(tx);
        const checks = (
          [
            ['partOfId', plan.partOfId, 'Organization'],
            ['operatorId', plan.operatorId, 'Organization'],
          ] as const
        )
          .filter(([, id]) => id)
          .map(([field, id, label]) => ({ field, id: id!, label, rows: batch.send(`MATCH (o:${label} {id: $id}) RETURN o.id AS id`, { id }) }));
        const merged = this.mergeEntity(batch, plan, clientChoseId);
        merged.catch(() => undefined);
        const marker = this.writer.requestId;
        const mine = 'MATCH (a:Entity {id: $a}) WHERE a.writeMarker = $marker';
        if (plan.partOfId) batch.send(`${mine} MATCH (b:Organization {id: $b}) MERGE (a)-[:PART_OF]->(b)`, { a: plan.id, b: plan.partOfId, marker });
        if (plan.operatorId) batch.send(`${mine} MATCH (o:Organization {id: $b}) WHERE a:Platform MERGE (o)-[:OPERATES]->(a)`, { a: plan.id, b: plan.operatorId, marker });
        // A failure surfaces through the batch (`batch.all()` below).
        this.audit(batch, operation, [plan.id], { guard: mine, params: { a: plan.id, marker } }).catch(() => undefined);
        batch.send(`${mine} REMOVE a.writeMarker`, { a: plan.id, marker });
        const answer = this.project(batch, selection, plan.label, plan.id);
        answer.catch(() => undefined);
        await batch.settled();
        for (const { field, id, label, rows } of checks) {
          if ((await rows).length === 0) throw new NotFoundError(`Field "input.${field}": no ${label} with id "${id}".`, id);
        }
        await merged;
        await batch.all();
        return answer;
      },
      { requestId: this.writer.requestId },
    );
  }

  /** Changes an entity's own properties. */
  async updateEntity(id: string, changes: Record<string, unknown>, operation: string, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        const rows = await tx.run(
          `MATCH (n:Entity {id: $id})
           SET n += $changes, n.updatedAt = datetime(),
               n.aliasesText = ${aliasesTextOf('n.aliases')}
           RETURN [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Platform']][0] AS label`,
          { id, changes },
        );
        if (rows.length === 0) throw new NotFoundError(`No entity with id "${id}".`, id);
        await this.audit(tx, operation, [id]);
        return this.project(tx, selection, rows[0].label as string, id);
      },
      { requestId: this.writer.requestId },
    );
  }

  /** Creates an account of an owner on a platform. */
  async createAccount(id: string, ownerId: string, platformId: string, handle: string | null, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        if ((await tx.run('MATCH (o:Entity {id: $id}) RETURN o.id AS id', { id: ownerId })).length === 0) {
          throw new NotFoundError(`Field "input.ownerId": no Entity with id "${ownerId}".`, ownerId);
        }
        if ((await tx.run('MATCH (p:Platform {id: $id}) RETURN p.id AS id', { id: platformId })).length === 0) {
          throw new NotFoundError(`Field "input.platformId": no Platform with id "${platformId}".`, platformId);
        }
        const [row] = await tx.run(
          `MERGE (a:Account {id: $id}) ON CREATE SET a.createdAt = datetime(), a.updatedAt = datetime(), a.handle = $handle, a.writeMarker = $marker
           WITH a, a.writeMarker = $marker AS created REMOVE a.writeMarker
           WITH a, created WHERE created
           MATCH (o:Entity {id: $owner}), (p:Platform {id: $platform})
           MERGE (o)-[:HAS_ACCOUNT]->(a) MERGE (a)-[:ON_PLATFORM]->(p)
           RETURN created`,
          { id, handle, owner: ownerId, platform: platformId, marker: this.writer.requestId },
        );
        if (row?.created) await this.audit(tx, 'createAccount', [id]);
        return this.project(tx, selection, 'Account', id);
      },
      { requestId: this.writer.requestId },
    );
  }

  /** Creates an event. */
  async createEvent(id: string, props: Record<string, unknown>, date: string | null, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        const [row] = await tx.run(
          `MERGE (e:Event {id: $id}) ON CREATE SET e += $props, e.date = CASE WHEN $date IS NULL THEN null ELSE date($date) END,
             e.createdAt = datetime(), e.updatedAt = datetime(), e.writeMarker = $marker
           WITH e, e.writeMarker = $marker AS created REMOVE e.writeMarker RETURN created`,
          { id, props, date, marker: this.writer.requestId },
        );
        if (row.created) await this.audit(tx, 'createEvent', [id]);
        return this.project(tx, selection, 'Event', id);
      },
      { requestId: this.writer.requestId },
    );
  }

  /** Creates a source. */
  async createSource(source: Parameters<typeof writeSource>[1], id: string, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        await writeSource(tx, { ...source, id }, id, 'input');
        await this.audit(tx, 'createSource', [id]);
        return this.project(tx, selection, 'Source', id);
      },
      { requestId: this.writer.requestId },
    );
  }

  /**
   * Retracts a claim: kept, marked with when, why and by whom, hidden from normal reads; its shortcut edges are
   * marked too, so that paths and neighbourhoods stop walking them.
   */
  async retractClaim(id: string, reason: string, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        const rows = await tx.run(
          `MATCH (c:Claim {id: $id})
           WITH c, c.retractedAt IS NULL AS fresh
           SET c.retractedAt = coalesce(c.retractedAt, datetime()), c.retractionReason = coalesce(c.retractionReason, $reason),
               c.retractedBy = coalesce(c.retractedBy, $keyId)
           WITH c, fresh
           CALL (c) { MATCH (c)--()-[r {claimId: c.id}]-() SET r.retracted = true }
           RETURN [l IN labels(c) WHERE l <> 'Claim'][0] AS label, fresh`,
          { id, reason, keyId: this.writer.keyId },
        );
        if (rows.length === 0) throw new NotFoundError(`No claim with id "${id}".`, id);
        if (rows[0].fresh) await this.audit(tx, 'retractClaim', [id]);
        return this.project(tx, selection, rows[0].label as string, id);
      },
      { requestId: this.writer.requestId },
    );
  }

  /**
   * Merges `mergeId` into `keepId`: every relationship of the merged entity moves to the kept one (Neo4j 5.26
   * dynamic types), its name and aliases become aliases, and its id stays as a `MergedId` that still resolves.
   */
  async mergeEntities(keepId: string, mergeId: string, selection: FieldSelection): Promise<unknown> {
    return this.db.write(
      async (tx) => {
        const rows = await tx.run(
          `OPTIONAL MATCH (keep:Entity {id: $keep}) OPTIONAL MATCH (gone:Entity {id: $gone})
           RETURN keep IS NOT NULL AS hasKeep, gone IS NOT NULL AS hasGone,
                  [l IN labels(keep) WHERE l IN ['Person', 'Organization', 'Platform']][0] AS keepLabel,
                  [l IN labels(gone) WHERE l IN ['Person', 'Organization', 'Platform']][0] AS goneLabel`,
          { keep: keepId, gone: mergeId },
        );
        const found = rows[0];
        if (!found.hasKeep) throw new NotFoundError(`Argument "keepId": no entity with id "${keepId}".`, keepId);
        if (!found.hasGone) throw new NotFoundError(`Argument "mergeId": no entity with id "${mergeId}".`, mergeId);
        if (found.keepLabel !== found.goneLabel) {
          throw new ConflictError(`Cannot merge a ${found.goneLabel} into a ${found.keepLabel}: both must be of one kind.`);
        }
        await tx.run(
          `MATCH (keep:Entity {id: $keep}), (gone:Entity {id: $gone})
           CALL (keep, gone) {
             MATCH (gone)-[r]->(o) WHERE o <> keep
             WITH r, o, type(r) AS t, properties(r) AS p
             CREATE (keep)-[n:$(t)]->(o) SET n = p
             DELETE r
           }
           CALL (keep, gone) {
             MATCH (gone)<-[r]-(o) WHERE o <> keep
             WITH r, o, type(r) AS t, properties(r) AS p
             CREATE (keep)<-[n:$(t)]-(o) SET n = p
             DELETE r
           }
           CALL (keep, gone) {
             OPTIONAL MATCH (m:MergedId)-[old:MERGED_INTO]->(gone)
             FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | DELETE old MERGE (m)-[:MERGED_INTO]->(keep))
           }
           WITH keep, gone, [a IN coalesce(keep.aliases, []) + [gone.name] + coalesce(gone.aliases, []) WHERE a <> keep.name] AS candidates
           WITH keep, gone, reduce(acc = [], a IN candidates | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
           SET keep.aliases = aliases, keep.updatedAt = datetime(),
               keep.aliasesText = ${aliasesTextOf('aliases')},
               keep.description = coalesce(keep.description, gone.description), keep.wikidataId = coalesce(keep.wikidataId, gone.wikidataId)
           WITH keep, gone, gone.id AS goneId
           DETACH DELETE gone
           CREATE (:MergedId {id: goneId, mergedAt: datetime(), mergedBy: $keyId})-[:MERGED_INTO]->(keep)`,
          { keep: keepId, gone: mergeId, keyId: this.writer.keyId },
        );
        // The moved links still carry the merged entity's id as their page key.
        await refreshPageKeys(tx, [keepId]);
        await this.audit(tx, 'mergeEntities', [keepId, mergeId]);
        return this.project(tx, selection, found.keepLabel as string, keepId);
      },
      { requestId: this.writer.requestId },
    );
  }

  /** The audit log since a date, newest last. */
  async changesSince(since: string, first: number): Promise<unknown[]> {
    const rows = await this.db.readRows(
      `MATCH (a:AuditEntry) WHERE a.at >= datetime($since)
       WITH a ORDER BY a.at, a.id LIMIT toInteger($first)
       RETURN a {.id, .at, .keyId, .operation, .ids, .requestId} AS entry`,
      { since, first },
      { requestId: this.writer.requestId },
    );
    return rows.map((r) => r.entry);
  }

  /**
   * Sends the statements that create the entity (marked with this write's request id until the batch's last
   * statement), or find the one a retry already created; resolves once the MERGE is answered.
   */
  private async mergeEntity(batch: Pipeline, plan: EntityPlan, clientChoseId: boolean): Promise<WriteOutcome> {
    const aliasesText = joinAliases(plan.props.aliases);
    const marker = this.writer.requestId;
    if (!clientChoseId) {
      await batch.send(
        `CREATE (n:${plan.label}:Entity {id: $id}) SET n += $props, n.aliasesText = $aliasesText, n.createdAt = datetime(), n.updatedAt = datetime(), n.writeMarker = $marker`,
        { id: plan.id, props: plan.props, aliasesText, marker },
      );
      return 'created';
    }
    const rows = batch.send(
      `MERGE (n:Entity {id: $id}) ON CREATE SET n.createdAt = datetime(), n.writeMarker = $marker
       RETURN n.writeMarker = $marker AS created, labels(n) AS labels`,
      { id: plan.id, marker },
    );
    batch.send(`MATCH (n:Entity {id: $id}) WHERE n.writeMarker = $marker SET n:${plan.label}, n += $props, n.aliasesText = $aliasesText, n.updatedAt = datetime()`, {
      id: plan.id,
      props: plan.props,
      aliasesText,
      marker,
    });
    const [row] = await rows;
    if (!row.created) {
      if ((row.labels as string[]).includes(plan.label)) return 'existing';
      throw new ConflictError(`Id "${plan.id}" is already taken by another kind of entity.`);
    }
    return 'created';
  }

  /**
   * Writes the audit entry of a change. With `only`, the entry is written only when its `guard` (a MATCH … WHERE on
   * the written node) matches: a batched write audits itself only if it created the node.
   */
  private async audit(tx: Tx, operation: string, ids: string[], only?: { guard: string; params: Record<string, unknown> }): Promise<void> {
    await tx.run(`${only?.guard ?? ''} CREATE (:AuditEntry {id: $id, at: datetime(), keyId: $keyId, operation: $operation, ids: $ids, requestId: $requestId})`, {
      ...only?.params,
      id: randomUUID(),
      keyId: this.writer.keyId,
      operation,
      ids,
      requestId: this.writer.requestId,
    });
  }

  /** Reads the written node back, projected for the client's selection, in the same transaction. */
  private async project(tx: Tx, selection: FieldSelection, typeName: string, id: string): Promise<unknown> {
    const q = new Projector(typeRegistry, this.maxPageSize);
    const rows = await tx.run(`${nodeLookup(q.param(id), 'n')} WITH n LIMIT 1 RETURN ${q.project(selection, typeName, 'n')} AS value`, q.params);
    return rows[0]?.value ?? null;
  }
}
