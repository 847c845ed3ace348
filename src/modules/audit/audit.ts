import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Tx } from '../../db';

/** Who writes, for the audit log. */
export interface Writer {
  keyId: string | null;
  requestId: string;
}

/** The writer of a request: its caller's key id and its request id. */
export function writerOf(ctx: AppContext): Writer {
  return { keyId: ctx.caller.keyId, requestId: ctx.requestId };
}

/** A MATCH … WHERE on the written node, with its parameters: the entry is written only when it matches. */
export interface AuditGuard {
  guard: string;
  params: Record<string, unknown>;
}

/**
 * Writes the audit entry of a change, in the caller's transaction (every write calls it). With `only`, the entry is
 * written only when its `guard` matches: a batched write audits itself only if it created the node.
 */
export async function writeAudit(tx: Tx, writer: Writer, operation: string, ids: string[], only?: AuditGuard, reason?: string): Promise<void> {
  await tx.run(`${only?.guard ?? ''} CREATE (:AuditEntry {id: $id, at: datetime(), keyId: $keyId, operation: $operation, ids: $ids, requestId: $requestId, reason: $reason})`, {
    reason: reason ?? null,
    ...only?.params,
    id: randomUUID(),
    keyId: writer.keyId,
    operation,
    ids,
    requestId: writer.requestId,
  });
}
