import { ENTITY_LABELS, ENTITY_VERSION, VERSIONED_ENTITY_PROPERTIES } from '../../model';
import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { Pipeline } from '../../db';
import { ConflictError, NotFoundError } from '../../errors';
import type { FieldSelection } from '../../projection';
import { refreshPageKeys } from '../../claims/derived';
import type { WriteOutcome } from '../../claims/claimWriter';
import { aliasesText as joinAliases, aliasesTextOf } from '../../model';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

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
 * The Cypher of what every entity shares: creating one (for person, organization and platform), changing its own
 * fields, merging two. Each method is one write transaction with its audit entry and read-back.
 */
@Injectable()
export class EntityRepository {
  /**
   * Creates an entity, or returns the one that already has the client's id. Like a claim write, its statements go out
   * together (checks, the node, its links, the audit entry, the read-back): one round trip.
   */
  async create(ctx: AppContext, plan: EntityPlan, operation: string, selection: FieldSelection, clientChoseId: boolean): Promise<unknown> {
    return ctx.db.write(
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
        const merged = this.mergeEntity(ctx, batch, plan, clientChoseId);
        merged.catch(() => undefined);
        const marker = ctx.requestId;
        const mine = 'MATCH (a:Entity {id: $a}) WHERE a.writeMarker = $marker';
        if (plan.partOfId) batch.send(`${mine} MATCH (b:Organization {id: $b}) MERGE (a)-[:PART_OF]->(b)`, { a: plan.id, b: plan.partOfId, marker });
        if (plan.operatorId) batch.send(`${mine} MATCH (o:Organization {id: $b}) WHERE a:Platform MERGE (o)-[:OPERATES]->(a)`, { a: plan.id, b: plan.operatorId, marker });
        // A failure surfaces through the batch (`batch.all()` below).
        writeAudit(batch, writerOf(ctx), operation, [plan.id], { guard: mine, params: { a: plan.id, marker } }).catch(() => undefined);
        batch.send(`${mine} REMOVE a.writeMarker`, { a: plan.id, marker });
        const answer = readBack(batch, ctx, selection, plan.label, plan.id);
        answer.catch(() => undefined);
        await batch.settled();
        for (const { field, id, label, rows } of checks) {
          if ((await rows).length === 0) throw new NotFoundError(`Field "input.${field}": no ${label} with id "${id}".`, id);
        }
        await merged;
        await batch.all();
        return answer;
      },
      { requestId: ctx.requestId },
    );
  }

  /** Changes an entity's own properties. */
  async update(ctx: AppContext, id: string, changes: Record<string, unknown>, operation: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const rows = await tx.run(
          `MATCH (n:Entity {id: $id})
           CREATE (v:${ENTITY_VERSION.label})-[:${ENTITY_VERSION.link}]->(n)
           SET v = n {${VERSIONED_ENTITY_PROPERTIES.map((p) => `.${p}`).join(', ')}, entityId: n.id, recordedAt: coalesce(n.versionedAt, n.createdAt), supersededAt: datetime.transaction(), supersededBy: $keyId}
           SET n += $changes, n.updatedAt = datetime(), n.versionedAt = datetime.transaction(),
               n.aliasesText = ${aliasesTextOf('n.aliases')}
           RETURN [l IN labels(n) WHERE l IN $entityLabels][0] AS label`,
          { id, changes, entityLabels: ENTITY_LABELS, keyId: ctx.caller.keyId },
        );
        if (rows.length === 0) throw new NotFoundError(`No entity with id "${id}".`, id);
        await writeAudit(tx, writerOf(ctx), operation, [id]);
        return readBack(tx, ctx, selection, rows[0].label as string, id);
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Merges `mergeId` into `keepId`: every relationship of the merged entity moves to the kept one (Neo4j 5.26
   * dynamic types), its name and aliases become aliases, and its id stays as a `MergedId` that still resolves.
   */
  async merge(ctx: AppContext, keepId: string, mergeId: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const rows = await tx.run(
          `OPTIONAL MATCH (keep:Entity {id: $keep}) OPTIONAL MATCH (gone:Entity {id: $gone})
           RETURN keep IS NOT NULL AS hasKeep, gone IS NOT NULL AS hasGone,
                  [l IN labels(keep) WHERE l IN $entityLabels][0] AS keepLabel,
                  [l IN labels(gone) WHERE l IN $entityLabels][0] AS goneLabel`,
          { keep: keepId, gone: mergeId, entityLabels: ENTITY_LABELS },
        );
        const found = rows[0];
        if (!found.hasKeep) throw new NotFoundError(`Field "input.keepId": no entity with id "${keepId}".`, keepId, 'input.keepId');
        if (!found.hasGone) throw new NotFoundError(`Field "input.mergeId": no entity with id "${mergeId}".`, mergeId, 'input.mergeId');
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
           CREATE (:MergedId:Node {id: goneId, mergedAt: datetime(), mergedBy: $keyId})-[:MERGED_INTO]->(keep)`,
          { keep: keepId, gone: mergeId, keyId: ctx.caller.keyId },
        );
        // The moved links still carry the merged entity's id as their page key.
        await refreshPageKeys(tx, [keepId]);
        await writeAudit(tx, writerOf(ctx), 'mergeEntities', [keepId, mergeId]);
        return readBack(tx, ctx, selection, found.keepLabel as string, keepId);
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Sends the statements that create the entity (marked with this write's request id until the batch's last
   * statement), or find the one a retry already created; resolves once the MERGE is answered.
   */
  private async mergeEntity(ctx: AppContext, batch: Pipeline, plan: EntityPlan, clientChoseId: boolean): Promise<WriteOutcome> {
    const aliasesText = joinAliases(plan.props.aliases);
    const marker = ctx.requestId;
    if (!clientChoseId) {
      await batch.send(
        `CREATE (n:${plan.label}:Entity:Node {id: $id}) SET n += $props, n.aliasesText = $aliasesText, n.createdAt = datetime(), n.updatedAt = datetime(), n.writeMarker = $marker`,
        { id: plan.id, props: plan.props, aliasesText, marker },
      );
      return 'created';
    }
    const rows = batch.send(
      `MERGE (n:Entity {id: $id}) ON CREATE SET n:Node, n.createdAt = datetime(), n.writeMarker = $marker
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
}
