import type { AppContext } from '../../context';
import type { Tx } from '../../db';
import type { FieldSelection } from '../../projection';
import { nodeLookup } from './cypherHelpers';

/**
 * Reads a written node back, projected for the client's selection, in the write's own transaction (or batch): what
 * every mutation answers with.
 */
export async function readBack(tx: Tx, ctx: AppContext, selection: FieldSelection, typeName: string, id: string): Promise<unknown> {
  const q = ctx.reader.projector();
  const rows = await tx.run(`${nodeLookup(q.param(id), 'n')} WITH n LIMIT 1 RETURN ${q.project(selection, typeName, 'n')} AS value`, q.params);
  return rows[0]?.value ?? null;
}
