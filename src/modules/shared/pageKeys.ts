import { linkPattern } from '../../claims/derived';
import { claimType, linkOf, type ClaimLabel } from '../../model';
import type { ListOptions, SortKey } from '../../projection';

/**
 * The list of an entity's claims over a link the model gives page keys (`pageOf`, `pageKey`, `pageId`: the
 * entity's id, the claim's sort date as cursors carry it, the claim's id), for `Projector.connection`: the entity's
 * end is left unbound and the relationship found by its `pageOf` key, ordered by the index's own order, so that Neo4j
 * reads one page of index entries whatever the entity's degree. `anchorId` is a Cypher expression of the entity's id;
 * `where` adds conditions on the claim. The cursors are the same as those of the list sorted by the claim's date and
 * id. The keys are derived data (`src/claims/derived.ts`): writes set them, imports refresh them, validate checks them.
 */
export function pagedList(
  label: ClaimLabel,
  type: string,
  anchorId: string,
  where: (w: string) => string[],
): Pick<ListOptions, 'match' | 'unique' | 'orderedBy'> & { sortKey: SortKey } {
  const claim = claimType(label);
  const link = linkOf(claim, type);
  const rel = (w: string) => `${w}r`;
  return {
    unique: true,
    orderedBy: claim.date ?? 'validFrom',
    // The hint keeps the plan on the index where statistics would prefer a label scan (a small graph).
    match: (w) =>
      `${linkPattern(link, `${w}:${claim.label}`, '', rel(w))} USING INDEX ${rel(w)}:${link.type}(pageOf, pageKey, pageId) ` +
      `WHERE ${[`${rel(w)}.pageOf = ${anchorId}`, `${rel(w)}.pageKey IS NOT NULL`, `${rel(w)}.pageId IS NOT NULL`, ...where(w)].join(' AND ')}`,
    sortKey: (w) => [{ cursor: `${rel(w)}.pageKey`, order: `${rel(w)}.pageOf, ${rel(w)}.pageKey` }, `${rel(w)}.pageId`],
  };
}
