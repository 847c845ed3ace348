import { randomUUID } from 'node:crypto';
import { Pipeline, type Tx } from '../db';
import { ConflictError, NotFoundError } from '../errors';
import { familiesOf, hasLabel, type ClaimTypeDef, type LinkDef } from '../model';
import { linkPattern, pageKeySets, shortcutClauses, shortcutConstants } from './derived';

/** One piece of evidence as a write gives it: an existing source (`sourceId`) or a new one (`source`). */
export interface EvidenceValue {
  sourceId?: string;
  source?: NewSource;
  quote: string;
  quoteLanguage?: string | null;
  attribution?: string | null;
  locator?: string | null;
  confidence?: number | null;
  /** The existing source that relayed the quote (stored as `quoteVia`). */
  viaSourceId?: string | null;
}

/** A source created along with a claim, or by itself. */
export interface NewSource {
  id?: string;
  url?: string;
  title: string;
  language: string;
  publishedAt?: string;
  publishedAtPrecision?: string;
  publisherId?: string;
}

/**
 * Everything one claim write needs. Labels, relationship types, ends and derived edges come from the claim type's
 * declaration in the model; values go in as parameters.
 */
export interface ClaimPlan {
  claim: ClaimTypeDef;
  id: string;
  /** Plain properties. */
  props: Record<string, unknown>;
  /** Date properties as YYYY-MM-DD strings (stored as Neo4j dates). */
  dates: Record<string, string | null | undefined>;
  /** The ids at the other end of each link, by relationship type. */
  ends: Record<string, readonly string[]>;
  evidence: EvidenceValue[];
  marker: string;
}

/** What a write did: created, or found already there (a retried mutation with the same client id). */
export type WriteOutcome = 'created' | 'existing';

/** A clause binding `t` to the node with id `tid` if it carries one of the link's end labels: one seek per id family. */
export function endLookup(link: LinkDef): string {
  const families = familiesOf(link.ends);
  const union = families.map((f) => `MATCH (t:${f} {id: tid}) RETURN t`).join(' UNION ');
  return `CALL (tid) { ${union} } WITH * WHERE ${hasLabel('t', link.ends)}`;
}

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
  const { claim } = plan;
  const links = claim.links.map((link) => ({ link, ids: [...new Set(plan.ends[link.type] ?? [])] })).filter((l) => l.ids.length > 0);
  const linkChecks = links.map(({ link, ids }) => ({
    link,
    missing: batch.send(`UNWIND $ids AS tid CALL (tid) { ${endLookup(link)} RETURN count(t) AS found } WITH tid, found WHERE found = 0 RETURN collect(tid) AS missing`, { ids }),
  }));
  const sourceChecks = citesNewSource
    ? []
    : plan.evidence.map((e, i) => ({ i, id: e.sourceId!, rows: batch.send('MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: e.sourceId }) }));
  const viaChecks = plan.evidence.flatMap((e, i) =>
    e.viaSourceId ? [{ i, id: e.viaSourceId, rows: batch.send('MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: e.viaSourceId }) }] : [],
  );
  const merged = batch.send(
    `MERGE (c:Claim {id: $id}) ON CREATE SET c:Node, c.createdAt = datetime(), c.writeMarker = $marker
     RETURN c.writeMarker = $marker AS created, labels(c) AS labels`,
    { id: plan.id, marker: plan.marker },
  );
  const mine = 'MATCH (c:Claim {id: $id}) WHERE c.writeMarker = $marker';
  const dateSets = Object.keys(plan.dates).map((k) => `c.\`${k}\` = CASE WHEN $dates.\`${k}\` IS NULL THEN null ELSE date($dates.\`${k}\`) END`);
  batch.send(`${mine} SET c:${claim.label}, c += $props${dateSets.length ? `, ${dateSets.join(', ')}` : ''}`, {
    id: plan.id,
    marker: plan.marker,
    props: plan.props,
    dates: plan.dates,
  });
  for (const { link, ids } of links) {
    const sets = (link.copies ?? []).map((p) => `r.\`${p}\` = c.\`${p}\``);
    if (claim.pageKeys.includes(link.type)) sets.push(pageKeySets(claim, 'r', 't', 'c'));
    batch.send(`${mine} UNWIND $ids AS tid ${endLookup(link)} MERGE ${linkPattern(link, 'c', 't', 'r')}${sets.length ? ` SET ${sets.join(', ')}` : ''}`, {
      id: plan.id,
      marker: plan.marker,
      ids,
    });
  }
  batch.send(`${mine} ${EVIDENCE_CREATE}`, { id: plan.id, marker: plan.marker, evidence: evidenceRows(plan.evidence, sourceIds), keyId: plan.props.createdBy ?? null });
  if (claim.shortcuts.length > 0) {
    batch.send(`${mine} ${shortcutClauses(claim, 'c')} RETURN 1`, { id: plan.id, marker: plan.marker, shortcutConstants: shortcutConstants() });
  }
  batch.send(`${mine} REMOVE c.writeMarker`, { id: plan.id, marker: plan.marker });
  await batch.settled();

  for (const { link, missing: rows } of linkChecks) {
    const missing = (await rows)[0]?.missing as string[] | undefined;
    if (missing?.length) {
      const ends = link.ends.length > 3 ? 'node it may link to' : link.ends.join(' or ');
      throw new NotFoundError(`Field "input.${link.input}": no ${ends} with id ${missing.map((m) => `"${m}"`).join(', ')}.`, missing[0]);
    }
  }
  for (const { i, id, rows } of sourceChecks) {
    if ((await rows).length === 0) throw new NotFoundError(`Field "input.evidence[${i}].sourceId": no Source with id "${id}".`, id);
  }
  for (const { i, id, rows } of viaChecks) {
    if ((await rows).length === 0) throw new NotFoundError(`Field "input.evidence[${i}].viaSourceId": no Source with id "${id}".`, id);
  }
  const [row] = await merged;
  if (!row.created) {
    if ((row.labels as string[]).includes(claim.label)) return 'existing';
    throw new ConflictError(`Id "${plan.id}" is already taken by another kind of node.`);
  }
  await batch.all();
  return 'created';
}

/**
 * The clause that creates the evidence rows `e` (from {@link evidenceRows}) of the claim in `c`: each edge records when
 * it entered the graph and who added it (`$keyId`).
 */
const EVIDENCE_CREATE = `UNWIND $evidence AS e MATCH (s:Source {id: e.sourceId})
     CREATE (c)-[r:SUPPORTED_BY]->(s)
     SET r.quote = e.quote, r.quoteLanguage = e.quoteLanguage, r.attribution = e.attribution, r.locator = e.locator, r.confidence = e.confidence,
         r.quoteVia = e.via, r.createdAt = datetime.transaction(), r.createdBy = $keyId`;

/** The parameter rows of {@link EVIDENCE_CREATE}. */
function evidenceRows(evidence: readonly EvidenceValue[], sourceIds: readonly string[]) {
  return evidence.map((e, i) => ({
    sourceId: sourceIds[i],
    quote: e.quote,
    quoteLanguage: e.quoteLanguage ?? null,
    attribution: e.attribution ?? 'REPORTED',
    locator: e.locator ?? null,
    confidence: e.confidence ?? null,
    via: e.viaSourceId ?? null,
  }));
}

/**
 * Adds evidence to an existing claim (bound in the statement by `match`, which binds `c`), in the caller's
 * transaction: new sources are created, cited and relaying sources checked (NOT_FOUND naming `field[i]`), and each
 * edge records its own entry time. Returns the ids of the sources cited.
 */
export async function writeEvidence(tx: Tx, claimId: string, evidence: readonly EvidenceValue[], keyId: string | null, field: string): Promise<string[]> {
  const sourceIds = await prepareSources(tx, { id: `${claimId}-evidence-${randomUUID().slice(0, 8)}`, evidence: [...evidence] }, field);
  for (const [i, e] of evidence.entries()) {
    if (!e.viaSourceId) continue;
    const rows = await tx.run('MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: e.viaSourceId });
    if (rows.length === 0)
      throw new NotFoundError(`Field "input.${field}${evidence.length > 1 ? `[${i}]` : ''}.viaSourceId": no Source with id "${e.viaSourceId}".`, e.viaSourceId);
  }
  await tx.run(`MATCH (c:Claim {id: $id}) ${EVIDENCE_CREATE}`, { id: claimId, evidence: evidenceRows(evidence, sourceIds), keyId });
  return sourceIds;
}

/** Checks existing sources and creates new ones; returns the source id of each piece of evidence. */
async function prepareSources(tx: Tx, plan: Pick<ClaimPlan, 'id' | 'evidence'>, field = 'evidence'): Promise<string[]> {
  const ids: string[] = [];
  const at = (i: number) => (field === 'evidence' || plan.evidence.length > 1 ? `${field}[${i}]` : field);
  for (const [i, evidence] of plan.evidence.entries()) {
    if (evidence.sourceId) {
      const rows = await tx.run('MATCH (s:Source {id: $id}) RETURN s.id AS id', { id: evidence.sourceId });
      if (rows.length === 0) throw new NotFoundError(`Field "input.${at(i)}.sourceId": no Source with id "${evidence.sourceId}".`, evidence.sourceId);
      ids.push(evidence.sourceId);
    } else {
      ids.push(await writeSource(tx, evidence.source!, `${plan.id}-source-${i + 1}`, `${at(i)}.source`));
    }
  }
  return ids;
}

/** Creates a source (or finds the one with the client's id); returns its id. */
export async function writeSource(tx: Tx, source: NewSource, fallbackId: string, field: string): Promise<string> {
  const id = source.id ?? fallbackId;
  if (source.publisherId) {
    const rows = await tx.run('MATCH (o:Organization {id: $id}) RETURN o.id AS id', { id: source.publisherId });
    if (rows.length === 0) throw new NotFoundError(`Field "input.${field}.publisherId": no Organization with id "${source.publisherId}".`, source.publisherId);
  }
  await tx.run(
    `MERGE (s:Source {id: $id})
     ON CREATE SET s:Node, s.createdAt = datetime(), s.updatedAt = datetime(), s.title = $title, s.url = $url, s.language = $language,
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
