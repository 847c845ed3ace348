import type { ListOptions, SortKey } from '../../projection';
import type { Tx } from '../../db';

/**
 * A link between an entity and the claims it takes part in whose relationships carry page keys, so that an entity's
 * list of those claims, oldest first, is read from an index in page order instead of sorting all of the entity's
 * claims for every page (a hub's thousands):
 *
 * - `pageOf`: the entity's id;
 * - `pageKey`: the claim's date as the list's cursors carry it (ISO string, '' when missing);
 * - `pageId`: the claim's id.
 *
 * A composite range index on (pageOf, pageKey, pageId) gives the list's order (`cypher/schema/005-page-keys.cypher`).
 * The keys are derived data: API writes set them, an import refreshes them after its scripts
 * ({@link refreshPageKeys}), and `npm run validate` reports any out of step (`stale-page-keys`).
 */
export interface PagedLink {
  type: 'MADE' | 'TARGETED';
  /** The claim's label. */
  claim: 'Statement' | 'LobbyingEffort';
  /** Where the claim is: `end` for (entity)-[:MADE]->(claim), `start` for (claim)-[:TARGETED]->(entity). */
  claimAt: 'start' | 'end';
  /** The date the list is sorted by, as a Cypher expression of the claim variable. */
  date: (c: string) => string;
}

/** Statements made by an entity (`statements` of a Person or Organization), by `saidAt`. */
export const MADE_PAGES: PagedLink = { type: 'MADE', claim: 'Statement', claimAt: 'end', date: (c) => `${c}.saidAt` };

/** Lobbying efforts that targeted an entity (`lobbyingEfforts(target:)`), by date (else start of validity). */
export const TARGETED_PAGES: PagedLink = { type: 'TARGETED', claim: 'LobbyingEffort', claimAt: 'start', date: (c) => `coalesce(${c}.date, ${c}.validFrom)` };

export const PAGED_LINKS: readonly PagedLink[] = [MADE_PAGES, TARGETED_PAGES];

/** The page key of a claim: the cursor's date string. */
export const pageKeyOf = (link: PagedLink, c: string): string => `coalesce(toString(${link.date(c)}), '')`;

/** `SET` items giving the relationship `r` between entity `a` and claim `c` its page keys. */
export const pageKeySets = (link: PagedLink, r: string, a: string, c: string): string =>
  `${r}.pageOf = ${a}.id, ${r}.pageKey = ${pageKeyOf(link, c)}, ${r}.pageId = ${c}.id`;

/** True when the keys of `r` between entity `a` and claim `c` are missing or out of step with them. */
export const pageKeysStale = (link: PagedLink, r: string, a: string, c: string): string =>
  `NOT coalesce(${r}.pageOf = ${a}.id AND ${r}.pageKey = ${pageKeyOf(link, c)} AND ${r}.pageId = ${c}.id, false)`;

/** The pattern of a paged link, with `a` the entity, `r` the relationship and `c` the claim (each may be empty). */
export const pagedPattern = (link: PagedLink, a: string, r: string, c: string): string =>
  link.claimAt === 'end' ? `(${a})-[${r}:${link.type}]->(${c}:${link.claim})` : `(${c}:${link.claim})-[${r}:${link.type}]->(${a})`;

/**
 * The list of an entity's claims over a paged link, for `Projector.connection`: the entity's end is left unbound and
 * the relationship found by its `pageOf` key, ordered by the index's own order, so that Neo4j reads one page of
 * index entries whatever the entity's degree. `anchorId` is a Cypher expression of the entity's id; `where` adds
 * conditions on the claim. The cursors are the same as those of the list sorted by the claim's date and id.
 */
export function pagedList(link: PagedLink, anchorId: string, where: (w: string) => string[]): Pick<ListOptions, 'match' | 'unique'> & { sortKey: SortKey } {
  const rel = (w: string) => `${w}r`;
  return {
    unique: true,
    // The hint keeps the plan on the index where statistics would prefer a label scan (a small graph).
    match: (w) =>
      `${pagedPattern(link, '', rel(w), w)} USING INDEX ${rel(w)}:${link.type}(pageOf, pageKey, pageId) ` +
      `WHERE ${[`${rel(w)}.pageOf = ${anchorId}`, `${rel(w)}.pageKey IS NOT NULL`, `${rel(w)}.pageId IS NOT NULL`, ...where(w)].join(' AND ')}`,
    sortKey: (w) => [{ cursor: `${rel(w)}.pageKey`, order: `${rel(w)}.pageOf, ${rel(w)}.pageKey` }, `${rel(w)}.pageId`],
  };
}

/**
 * Sets the page keys of every paged link out of step with its ends (all of them, or those of the given entities), in
 * the caller's transaction; returns how many changed. Re-runnable: keys already right are not written.
 */
export async function refreshPageKeys(tx: Tx, entityIds?: readonly string[]): Promise<number> {
  let changed = 0;
  for (const link of PAGED_LINKS) {
    const anchor = entityIds ? 'a:Entity' : 'a';
    const scope = entityIds ? ' WHERE a.id IN $ids' : '';
    const rows = await tx.run(
      `MATCH ${pagedPattern(link, anchor, 'r', 'c')}${scope}
       WITH r, a, c WHERE ${pageKeysStale(link, 'r', 'a', 'c')}
       SET ${pageKeySets(link, 'r', 'a', 'c')}
       RETURN count(r) AS changed`,
      { ids: entityIds ?? [] },
    );
    changed += Number(rows[0]?.changed ?? 0);
  }
  return changed;
}
