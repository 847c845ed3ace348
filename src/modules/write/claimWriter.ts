import { Pipeline, type Tx } from '../../db';
import { ConflictError, NotFoundError } from '../../errors';
import { PAGED_LINKS, pageKeySets } from '../shared/pageKeys';
import type { EvidenceInput } from './write.inputs';

/** The claim labels a write may create. */
export type ClaimLabel = 'Role' | 'Statement' | 'Decision' | 'DecisionRole' | 'LobbyingEffort' | 'Restriction' | 'Observation' | 'Ownership';

/** The node labels a link may point at (each has a unique index on id). */
export type TargetLabel =
  | 'Entity' | 'Person' | 'Organization' | 'Platform' | 'Account' | 'Event' | 'Decision' | 'Statement' | 'Source' | 'Claim'
  | 'Entity|Account' | 'Entity|Account|Event|Claim';

/** The relationship types a claim write may create. */
export type LinkType =
  | 'HOLDS' | 'AT' | 'MADE' | 'ABOUT' | 'DECIDED_BY' | 'CONCERNS' | 'PLAYS' | 'IN' | 'LOBBIED_IN' | 'TARGETED' | 'REGARDING'
  | 'ON_BEHALF_OF' | 'INCLUDES' | 'IMPOSED' | 'RESTRICTS' | 'IN_RESPONSE_TO' | 'LIFTED_BY' | 'OBSERVED_ON' | 'OWNS' | 'OF';

/** The shortcut edge types (docs/graph-model.md). */
export type ShortcutType = 'ROLE_AT' | 'DECIDED' | 'LOBBIED' | 'STATED_ABOUT' | 'RESTRICTED' | 'OWNS_STAKE';

/** A link from the claim to existing nodes: `(target)-[:TYPE]->(claim)` when `into`, else `(claim)-[:TYPE]->(target)`. */
export interface Link {
  type: LinkType;
  into: boolean;
  ids: string[];
  label: TargetLabel;
  /** The input field that named the ids, for NOT_FOUND messages. */
  field: string;
  props?: Record<string, unknown>;
}

/** A shortcut edge from each of `from` to each of `to`. */
export interface Shortcut {
  type: ShortcutType;
  from: { ids: string[]; label: TargetLabel };
  to: { ids: string[]; label: TargetLabel };
  props: Record<string, unknown>;
}

/** Everything one claim write needs; labels and types come from the unions above, values go in as parameters. */
export interface ClaimPlan {
  label: ClaimLabel;
  id: string;
  /** Plain properties. */
  props: Record<string, unknown>;
  /** Date properties as YYYY-MM-DD strings (stored as Neo4j dates). */
  dates: Record<string, string | null | undefined>;
  links: Link[];
  shortcuts: Shortcut[];
  evidence: EvidenceInput[];
  marker: string;
}

/** What a write did: created, or found already there (a retried mutation with the same client id). */
export type WriteOutcome = 'created' | 'existing';

/**
 * Writes one claim inside the caller's transaction: the node, its links, its evidence (existing or new sources) and
 * its shortcut edges. Every referenced id is checked; a missing one raises NOT_FOUND naming the field, and the
 * transaction, with everything written so far, rolls back. A claim id that already exists with the same label is
 * returned as it is (idempotent retries); with another label it is a CONFLICT.
 *
 * The statements are sent together, without waiting for each answer (the driver pipelines the statements of a
 * transaction): one round trip instead of one per statement, which under load made a write several times slower than
 * a read. Those after the MERGE act only on a claim that carries this write's marker, so a retry that finds the claim
 * already there changes nothing; the marker is removed by the last one.
 */
export async function writeClaim(tx: Tx, plan: ClaimPlan): Promise<WriteOutcome> {
  // New sources (rare: evidence usually cites a known source) are written first, each with its own checks.
  const citesNewSource = plan.evidence.some((e) => !e.sourceId);
  const sourceIds = citesNewSource ? await prepareSources(tx, plan) : plan.evidence.map((e) => e.sourceId!);
  const batch = new Pipeline(tx);
  const links = plan.links.filter((link) => link.ids.length > 0);
  const linkChecks = links.map((link) => ({
    link,
    rows: batch.send(`UNWIND $ids AS tid OPTIONAL MATCH (t:${link.label} {id: tid}) WITH tid, t WHERE t IS NULL RETURN collect(tid) AS missing`, { ids: link.ids }),
  }));
  const sourceChecks = citesNewSource
    ? []
    : plan.evidence.map((e, i) => ({ i, id: e.sourceId!, rows: batch.send('MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: e.sourceId }) }));
  const merged = batch.send(
    `MERGE (c:Claim {id: $id}) ON CREATE SET c.createdAt = datetime(), c.writeMarker = $marker
     RETURN c.writeMarker = $marker AS created, labels(c) AS labels`,
    { id: plan.id, marker: plan.marker },
  );
  const mine = 'MATCH (c:Claim {id: $id}) WHERE c.writeMarker = $marker';
  const dateSets = Object.keys(plan.dates).map((k) => `c.\`${k}\` = CASE WHEN $dates.\`${k}\` IS NULL THEN null ELSE date($dates.\`${k}\`) END`);
  batch.send(`${mine} SET c:${plan.label}, c += $props${dateSets.length ? `, ${dateSets.join(', ')}` : ''}`, {
    id: plan.id,
    marker: plan.marker,
    props: plan.props,
    dates: plan.dates,
  });
  for (const link of links) {
    const pattern = link.into ? `(t)-[r:${link.type}]->(c)` : `(c)-[r:${link.type}]->(t)`;
    const paged = PAGED_LINKS.find((p) => p.type === link.type && p.claim === plan.label);
    const pageKeys = paged ? `, ${pageKeySets(paged, 'r', 't', 'c')}` : '';
    batch.send(`${mine} UNWIND $ids AS tid MATCH (t:${link.label} {id: tid}) MERGE ${pattern} SET r += $props${pageKeys}`, {
      id: plan.id,
      marker: plan.marker,
      ids: link.ids,
      props: link.props ?? {},
    });
  }
  batch.send(
    `${mine} UNWIND $evidence AS e MATCH (s:Source {id: e.sourceId})
     CREATE (c)-[r:SUPPORTED_BY]->(s)
     SET r.quote = e.quote, r.quoteLanguage = e.quoteLanguage, r.attribution = e.attribution, r.locator = e.locator, r.confidence = e.confidence`,
    {
      id: plan.id,
      marker: plan.marker,
      evidence: plan.evidence.map((e, i) => ({
        sourceId: sourceIds[i],
        quote: e.quote,
        quoteLanguage: e.quoteLanguage ?? null,
        attribution: e.attribution ?? 'REPORTED',
        locator: e.locator ?? null,
        confidence: e.confidence ?? null,
      })),
    },
  );
  for (const shortcut of plan.shortcuts) {
    if (shortcut.from.ids.length === 0 || shortcut.to.ids.length === 0) continue;
    batch.send(
      `${mine}
       UNWIND $from AS fid UNWIND $to AS tid
       MATCH (a:${shortcut.from.label} {id: fid}), (b:${shortcut.to.label} {id: tid})
       MERGE (a)-[r:${shortcut.type} {claimId: $id}]->(b)
       SET r += $props, r.validFrom = c.validFrom, r.validTo = c.validTo`,
      { id: plan.id, marker: plan.marker, from: shortcut.from.ids, to: shortcut.to.ids, props: shortcut.props },
    );
  }
  batch.send(`${mine} REMOVE c.writeMarker`, { id: plan.id, marker: plan.marker });
  await batch.settled();

  for (const { link, rows } of linkChecks) {
    const missing = (await rows)[0]?.missing as string[] | undefined;
    if (missing?.length) {
      throw new NotFoundError(`Field "input.${link.field}": no ${link.label} with id ${missing.map((m) => `"${m}"`).join(', ')}.`, missing[0]);
    }
  }
  for (const { i, id, rows } of sourceChecks) {
    if ((await rows).length === 0) throw new NotFoundError(`Field "input.evidence[${i}].sourceId": no Source with id "${id}".`, id);
  }
  const [row] = await merged;
  if (!row.created) {
    if ((row.labels as string[]).includes(plan.label)) return 'existing';
    throw new ConflictError(`Id "${plan.id}" is already taken by another kind of node.`);
  }
  await batch.all();
  return 'created';
}

/** Checks existing sources and creates new ones; returns the source id of each piece of evidence. */
async function prepareSources(tx: Tx, plan: ClaimPlan): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, evidence] of plan.evidence.entries()) {
    if (evidence.sourceId) {
      const rows = await tx.run('MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: evidence.sourceId });
      if (rows.length === 0) throw new NotFoundError(`Field "input.evidence[${i}].sourceId": no Source with id "${evidence.sourceId}".`, evidence.sourceId);
      ids.push(evidence.sourceId);
    } else {
      ids.push(await writeSource(tx, evidence.source!, `${plan.id}-source-${i + 1}`, `evidence[${i}].source`));
    }
  }
  return ids;
}

/** Creates a source (or finds the one with the client's id); returns its id. */
export async function writeSource(
  tx: Tx,
  source: { id?: string; url?: string; title: string; language: string; publishedAt?: string; publishedAtPrecision?: string; publisherId?: string },
  fallbackId: string,
  field: string,
): Promise<string> {
  const id = source.id ?? fallbackId;
  if (source.publisherId) {
    const rows = await tx.run('MATCH (o:Organization {id: $id}) RETURN o.id AS id', { id: source.publisherId });
    if (rows.length === 0) throw new NotFoundError(`Field "input.${field}.publisherId": no Organization with id "${source.publisherId}".`, source.publisherId);
  }
  await tx.run(
    `MERGE (s:Source {id: $id})
     ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime(), s.title = $title, s.url = $url, s.language = $language,
       s.publishedAt = CASE WHEN $publishedAt IS NULL THEN null ELSE date($publishedAt) END, s.publishedAtPrecision = $precision
     WITH s
     OPTIONAL MATCH (o:Organization {id: $publisherId})
     FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (s)-[:PUBLISHED_BY]->(o))`,
    {
      id,
      title: source.title,
      url: source.url ?? null,
      language: source.language,
      publishedAt: source.publishedAt ?? null,
      precision: source.publishedAtPrecision ?? null,
      publisherId: source.publisherId ?? null,
    },
  );
  return id;
}
