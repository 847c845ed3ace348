import { CLAIM_TYPES, linkOf, type ClaimTypeDef, type SummaryPart } from '../../model';
import { linkPattern } from '../../claims/derived';

/**
 * A one-line Cypher summary of a claim or event in `c`, in the words of the graph ("Nick Clegg — head of global
 * affairs (Meta)"), built from each claim type's `summary` in the model. Used by timelines, so that a reader sees what
 * happened without opening the node.
 */
export function summaryOf(c: string): string {
  const branches = CLAIM_TYPES.map((claim) => `WHEN ${c}:${claim.label} THEN ${parts(claim, claim.summary, c)}`);
  return `CASE ${branches.join(' ')} ELSE coalesce(${c}.name, ${c}.title, ${c}.id) END`;
}

function parts(claim: ClaimTypeDef, summary: readonly SummaryPart[], c: string): string {
  return summary.map((part) => partOf(claim, part, c)).join(' + ');
}

function partOf(claim: ClaimTypeDef, part: SummaryPart, c: string): string {
  if (typeof part === 'string') return `'${part.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if ('optional' in part) return `coalesce(${parts(claim, part.optional, c)}, '')`;
  if ('property' in part) {
    const names = typeof part.property === 'string' ? [part.property] : part.property;
    const values = names.map((n) => (n === 'text' ? textOf(c) : `toString(${c}.\`${n}\`)`));
    return values.length === 1 ? values[0] : `coalesce(${values.join(', ')})`;
  }
  const link = linkOf(claim, part.link);
  const pattern = linkPattern(link, c, 'sx');
  return link.many
    ? `reduce(s = '', n IN COLLECT { MATCH ${pattern} RETURN sx.name } | s + CASE s WHEN '' THEN '' ELSE ', ' END + n)`
    : `coalesce(head(COLLECT { MATCH ${pattern} RETURN coalesce(sx.name, sx.title, sx.handle, sx.id) }), '?')`;
}

/** Long texts are cut at 140 characters. */
const textOf = (c: string): string => `left(${c}.text, 140) + CASE WHEN size(${c}.text) > 140 THEN '…' ELSE '' END`;
