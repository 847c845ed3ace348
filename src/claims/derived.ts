import type { Tx } from '../db';
import { CLAIM_TYPES, GLOBAL_ID_LABEL, ID_BEARING_LABELS, aliasesTextOf, enteredAt, pageKeyOf, pagedLinks, type ClaimTypeDef, type LinkDef, type ShortcutDef } from '../model';

/**
 * Derived data, written from the model for everyone who writes claims (API writes, imports, the generator): the
 * shortcut edges a claim derives, the page keys of an entity's long lists, and the full-text copy of an entity's
 * aliases. A data maintainer's script writes entities, claims and evidence; {@link deriveAll} does the rest.
 */

/** The pattern of a claim's link, with `c` the claim and `x` the end (each may carry a label). */
export function linkPattern(link: Pick<LinkDef, 'type' | 'direction'>, c: string, x: string, r = ''): string {
  return link.direction === 'in' ? `(${x})-[${r}:${link.type}]->(${c})` : `(${c})-[${r}:${link.type}]->(${x})`;
}

/** The id of the first end (by id) of a claim's link, or null. */
export const referenceOf = (claim: ClaimTypeDef, type: string, c: string): string =>
  `head(COLLECT { MATCH ${linkPattern(claimLink(claim, type), c, 'x_')} RETURN x_.id AS id ORDER BY id })`;

function claimLink(claim: ClaimTypeDef, type: string): LinkDef {
  const link = claim.links.find((l) => l.type === type);
  if (!link) throw new Error(`${claim.label} has no ${type} link in the model.`);
  return link;
}

/** MATCH clauses binding `a` and `b` to the ends a shortcut joins, for the claim in `c`. */
function shortcutEnds(claim: ClaimTypeDef, shortcut: ShortcutDef, c: string, a: string, b: string): string {
  const end = (side: string, v: string) => (side === 'claim' ? `WITH *, ${c} AS ${v}` : `MATCH ${linkPattern(claimLink(claim, side), c, v)}`);
  return `${end(shortcut.from, a)} ${end(shortcut.to, b)}`;
}

/** `SET` items giving the shortcut edge `e` its properties from the claim in `c`. */
function shortcutSets(claim: ClaimTypeDef, shortcut: ShortcutDef, e: string, c: string): string {
  // The edge enters the graph with its claim's version (record time; see src/model/record.ts).
  const items = [`${e}.validFrom = ${c}.validFrom`, `${e}.validTo = ${c}.validTo`, `${e}.recordedAt = ${enteredAt(c)}`];
  for (const [edge, from] of Object.entries(shortcut.copies)) items.push(`${e}.\`${edge}\` = ${c}.\`${from}\``);
  for (const edge of Object.keys(shortcut.constants)) items.push(`${e}.\`${edge}\` = $shortcutConstants.${shortcut.type}.\`${edge}\``);
  for (const [edge, type] of Object.entries(shortcut.references)) items.push(`${e}.\`${edge}\` = ${referenceOf(claim, type, c)}`);
  return items.join(', ');
}

/** True when the edge `e` has the properties the claim in `c` gives it. */
function shortcutCurrent(claim: ClaimTypeDef, shortcut: ShortcutDef, e: string, c: string): string {
  const same = (left: string, right: string) => `coalesce(${left} = ${right}, ${left} IS NULL AND ${right} IS NULL)`;
  const parts = [same(`${e}.validFrom`, `${c}.validFrom`), same(`${e}.validTo`, `${c}.validTo`)];
  for (const [edge, from] of Object.entries(shortcut.copies)) parts.push(same(`${e}.\`${edge}\``, `${c}.\`${from}\``));
  for (const edge of Object.keys(shortcut.constants)) parts.push(same(`${e}.\`${edge}\``, `$shortcutConstants.${shortcut.type}.\`${edge}\``));
  for (const [edge, type] of Object.entries(shortcut.references)) parts.push(same(`${e}.\`${edge}\``, referenceOf(claim, type, c)));
  return parts.join(' AND ');
}

/** The constants of every shortcut, as the `$shortcutConstants` parameter the clauses read. */
export function shortcutConstants(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const claim of CLAIM_TYPES) for (const s of claim.shortcuts) out[s.type] = { ...out[s.type], ...s.constants };
  return out;
}

/**
 * Clauses that write the shortcut edges of the claim bound to `c` (unit subqueries: the row count is unchanged).
 * `MERGE` for writes that may repeat, `CREATE` for the generator's fresh data. Retracted claims derive nothing.
 * The statement needs the `$shortcutConstants` parameter ({@link shortcutConstants}).
 */
export function shortcutClauses(claim: ClaimTypeDef, c: string, mode: 'MERGE' | 'CREATE' = 'MERGE'): string {
  return claim.shortcuts
    .map(
      (s) =>
        `CALL (${c}) { WITH ${c} WHERE ${c}.retractedAt IS NULL ${shortcutEnds(claim, s, c, 'a_', 'b_')} ` +
        `${mode} (a_)-[e_:${s.type} {claimId: ${c}.id}]->(b_) SET ${shortcutSets(claim, s, 'e_', c)} }`,
    )
    .join(' ');
}

/**
 * Unit subqueries that run `body` on each shortcut edge whose `claimId` is `claimId`, bound to `a`, `e` and `b`, one
 * per shortcut type of `claims` (all claim types by default), so that each finds its edges through that type's
 * `claimId` index (cypher/schema/011) instead of scanning every relationship of the graph. `body` may use `{type}`
 * for the edge's type (a type of the model). `scope` names the variables the subqueries import.
 */
export function eachShortcutEdge(scope: string, claimId: string, body: string, claims: readonly ClaimTypeDef[] = CLAIM_TYPES): string {
  const types = [...new Set(claims.flatMap((claim) => claim.shortcuts.map((s) => s.type)))];
  return types.map((type) => `CALL (${scope}) { MATCH (a)-[e:${type} {claimId: ${claimId}}]->(b) ${body.replaceAll('{type}', type)} }`).join(' ');
}

/** `SET` items giving the link relationship `r` between the end `x` and the claim `c` its page keys. */
export const pageKeySets = (claim: ClaimTypeDef, r: string, x: string, c: string): string => `${r}.pageOf = ${x}.id, ${r}.pageKey = ${pageKeyOf(claim, c)}, ${r}.pageId = ${c}.id`;

/** True when the page keys of `r` between the end `x` and the claim `c` are missing or out of step with them. */
export const pageKeysStale = (claim: ClaimTypeDef, r: string, x: string, c: string): string =>
  `NOT coalesce(${r}.pageOf = ${x}.id AND ${r}.pageKey = ${pageKeyOf(claim, c)} AND ${r}.pageId = ${c}.id, false)`;

/** What {@link deriveAll} changed. */
export interface DerivedCounts {
  /** Nodes with an id that lacked the global id label (written by a script): given it, so their ids are held unique. */
  globalIds: number;
  shortcutsWritten: number;
  shortcutsRemoved: number;
  pageKeys: number;
  aliasesText: number;
}

/**
 * Brings every piece of derived data in step with the claims and entities, in the caller's transaction: missing or
 * differing shortcut edges are written, edges that join other nodes than their (live) claim does are removed, page
 * keys and `aliasesText` are refreshed, and evidence without an entry time gets this import's. Re-runnable: what is
 * already right is read, not written. With `scope`, only the nodes with those ids (and the claims among them) are
 * looked at, from the id indexes: an import derives what each batch wrote without reading the whole graph.
 */
export async function deriveAll(tx: Tx, scope?: readonly string[]): Promise<DerivedCounts> {
  const counts: DerivedCounts = { globalIds: 0, shortcutsWritten: 0, shortcutsRemoved: 0, pageKeys: 0, aliasesText: 0 };
  // First, so that a script's node whose id another node already has fails the import here (a constraint violation).
  const params = { scope: scope ?? [] };
  const [labelled] = await tx.run(
    scope
      ? `CALL () { ${ID_BEARING_LABELS.map((l) => `UNWIND $scope AS id MATCH (n:${l} {id: id}) RETURN n`).join(' UNION ')} }
         WITH n WHERE NOT n:${GLOBAL_ID_LABEL} SET n:${GLOBAL_ID_LABEL} RETURN count(n) AS n`
      : `MATCH (n) WHERE ${ID_BEARING_LABELS.map((l) => `n:${l}`).join(' OR ')} WITH n WHERE NOT n:${GLOBAL_ID_LABEL} SET n:${GLOBAL_ID_LABEL} RETURN count(n) AS n`,
    params,
  );
  // Scoped: the claims among the ids, by type, once; each statement below then seeks only the claims of its type.
  const claimIds = scope ? await claimIdsByLabel(tx, scope) : undefined;
  const claimsOf = (label: string) => (scope ? `MATCH (c:Claim) WHERE c.id IN $claimIds AND c:${label}` : `MATCH (c:Claim:${label})`);
  counts.globalIds = Number(labelled?.n ?? 0);
  const constants = shortcutConstants();
  for (const claim of CLAIM_TYPES) {
    const ofType = { ...params, claimIds: claimIds?.get(claim.label) ?? [] };
    if (claimIds && ofType.claimIds.length === 0) continue;
    for (const s of claim.shortcuts) {
      // The edge is sought by its claimId (a pattern comprehension: a seek on the type's claimId index per claim),
      // kept if it joins the ends, and created or brought in step. An expand between the two bound ends read every
      // edge of the type between them (two hubs share thousands: 7 M db hits for STATED_ABOUT at L), and a MERGE or
      // OPTIONAL MATCH on {claimId} let the planner scan the whole claimId index. A missing edge is then MERGEd, not
      // CREATEd: MERGE between bound nodes locks them and looks again, so that two derivations at once (two imports,
      // or an import beside an API write), each of which read no edge before the other committed, write it once.
      const [written] = await tx.run(
        `${claimsOf(claim.label)} WITH c WHERE c.retractedAt IS NULL
         CALL (c) {
           ${shortcutEnds(claim, s, 'c', 'a', 'b')}
           WITH c, a, b, head([()-[x:${s.type} {claimId: c.id}]->() WHERE startNode(x) = a AND endNode(x) = b | x]) AS e
           WITH c, a, b, e WHERE e IS NULL OR NOT (${shortcutCurrent(claim, s, 'e', 'c')})
           CALL (c, a, b, e) { WITH c, a, b, e WHERE e IS NULL MERGE (a)-[f:${s.type} {claimId: c.id}]->(b) SET ${shortcutSets(claim, s, 'f', 'c')} }
           CALL (c, e) { WITH c, e AS f WHERE f IS NOT NULL SET ${shortcutSets(claim, s, 'f', 'c')} }
           RETURN count(*) AS n
         }
         RETURN sum(n) AS written`,
        { shortcutConstants: constants, ...ofType },
      );
      counts.shortcutsWritten += Number(written?.written ?? 0);
      const [removed] = await tx.run(
        `${claimsOf(claim.label)} WITH c WHERE c.retractedAt IS NULL
         MATCH (a)-[e:${s.type} {claimId: c.id}]->(b)
         WHERE NOT EXISTS { ${shortcutEnds(claim, s, 'c', 'a2', 'b2')} WITH a2, b2 WHERE a2 = a AND b2 = b RETURN 1 }
         DELETE e
         RETURN count(*) AS removed`,
        ofType,
      );
      counts.shortcutsRemoved += Number(removed?.removed ?? 0);
    }
  }
  counts.pageKeys = claimIds ? await refreshPageKeysOfClaims(tx, claimIds) : await refreshPageKeys(tx);
  // Record time: evidence a script wrote entered the graph with this import (a claim's own `createdAt` is the script's).
  await tx.run(
    scope
      ? 'MATCH (c:Claim)-[r:SUPPORTED_BY]->() WHERE c.id IN $scope AND r.createdAt IS NULL SET r.createdAt = datetime.transaction()'
      : 'MATCH ()-[r:SUPPORTED_BY]->() WHERE r.createdAt IS NULL SET r.createdAt = datetime.transaction()',
    params,
  );
  const [aliases] = await tx.run(
    `MATCH (n:Entity) ${scope ? 'WHERE n.id IN $scope ' : ''}WITH n, ${aliasesTextOf('n.aliases')} AS text WHERE coalesce(n.aliasesText, '') <> text
     SET n.aliasesText = text RETURN count(n) AS n`,
    params,
  );
  counts.aliasesText = Number(aliases?.n ?? 0);
  return counts;
}

/**
 * Sets the page keys of every paged link out of step with its ends (all of them, or those of the given entities), in
 * the caller's transaction; returns how many changed. Re-runnable: keys already right are not written.
 */
export async function refreshPageKeys(tx: Tx, entityIds?: readonly string[]): Promise<number> {
  let changed = 0;
  for (const { claim, link } of pagedLinks()) {
    const anchor = entityIds ? 'a:Entity' : 'a';
    const scope = entityIds ? ' WHERE a.id IN $ids' : '';
    const rows = await tx.run(
      `MATCH ${linkPattern(link, `c:${claim.label}`, anchor, 'r')}${scope}
       WITH r, a, c WHERE ${pageKeysStale(claim, 'r', 'a', 'c')}
       SET ${pageKeySets(claim, 'r', 'a', 'c')}
       RETURN count(r) AS changed`,
      { ids: entityIds ?? [] },
    );
    changed += Number(rows[0]?.changed ?? 0);
  }
  return changed;
}

/** The claims among `ids`, by their type's label (a seek on the Claim id index per id). */
async function claimIdsByLabel(tx: Tx, ids: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await tx.run(`MATCH (c:Claim) WHERE c.id IN $ids RETURN c.id AS id, labels(c) AS labels`, { ids });
  const out = new Map<string, string[]>();
  for (const row of rows) {
    for (const label of row.labels as string[]) out.set(label, [...(out.get(label) ?? []), row.id as string]);
  }
  return out;
}

/**
 * Sets the page keys out of step on the paged links of the given claims (by type, as {@link claimIdsByLabel} gives
 * them), in the caller's transaction: an import's batch refreshes the keys of what it wrote from the claims' side, so
 * that a hub entity's thousands of links are not read again for each batch that names it. Returns how many changed.
 */
async function refreshPageKeysOfClaims(tx: Tx, claimIds: ReadonlyMap<string, readonly string[]>): Promise<number> {
  let changed = 0;
  for (const { claim, link } of pagedLinks()) {
    const ids = claimIds.get(claim.label) ?? [];
    if (ids.length === 0) continue;
    const rows = await tx.run(
      `MATCH (c:Claim) WHERE c.id IN $ids AND c:${claim.label} MATCH ${linkPattern(link, 'c', 'a', 'r')}
       WITH r, a, c WHERE ${pageKeysStale(claim, 'r', 'a', 'c')}
       SET ${pageKeySets(claim, 'r', 'a', 'c')}
       RETURN count(r) AS changed`,
      { ids },
    );
    changed += Number(rows[0]?.changed ?? 0);
  }
  return changed;
}

/** The sum of what two derivations wrote (each script's or batch's own, and the final one). */
export function addDerivedCounts(a: DerivedCounts | undefined, b: DerivedCounts): DerivedCounts {
  if (!a) return b;
  return {
    globalIds: a.globalIds + b.globalIds,
    shortcutsWritten: a.shortcutsWritten + b.shortcutsWritten,
    shortcutsRemoved: a.shortcutsRemoved + b.shortcutsRemoved,
    pageKeys: a.pageKeys + b.pageKeys,
    aliasesText: a.aliasesText + b.aliasesText,
  };
}
