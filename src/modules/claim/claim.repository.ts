import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { NotFoundError } from '../../errors';
import type { FieldSelection } from '../../projection';
import { writeClaim, type ClaimPlan } from '../../claims/claimWriter';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

/** The Cypher of what every claim shares: adding one (the plan comes from its feature), retracting one. */
@Injectable()
export class ClaimRepository {
  /** Creates a claim (or returns the one with the same client id) and projects it as `typeName`. */
  async add(ctx: AppContext, plan: ClaimPlan, operation: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const outcome = await writeClaim(tx, plan);
        // The audit entry and the read-back go out together: one more round trip, not two.
        const [, answer] = await Promise.all([
          outcome === 'created' ? writeAudit(tx, writerOf(ctx), operation, [plan.id]) : undefined,
          readBack(tx, ctx, selection, plan.claim.label, plan.id),
        ]);
        return answer;
      },
      { requestId: ctx.requestId },
    );
  }

  /**
   * Retracts a claim: kept, marked with when, why and by whom, hidden from normal reads; its shortcut edges are
   * marked too, so that paths and neighbourhoods stop walking them.
   */
  async retract(ctx: AppContext, id: string, reason: string, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const rows = await tx.run(
          `MATCH (c:Claim {id: $id})
           WITH c, c.retractedAt IS NULL AS fresh
           SET c.retractedAt = coalesce(c.retractedAt, datetime()), c.retractionReason = coalesce(c.retractionReason, $reason),
               c.retractedBy = coalesce(c.retractedBy, $keyId)
           WITH c, fresh
           CALL (c) { MATCH (c)--()-[r {claimId: c.id}]-() SET r.retracted = true }
           RETURN [l IN labels(c) WHERE l <> 'Claim'][0] AS label, fresh`,
          { id, reason, keyId: ctx.caller.keyId },
        );
        if (rows.length === 0) throw new NotFoundError(`No claim with id "${id}".`, id);
        if (rows[0].fresh) await writeAudit(tx, writerOf(ctx), 'retractClaim', [id]);
        return readBack(tx, ctx, selection, rows[0].label as string, id);
      },
      { requestId: ctx.requestId },
    );
  }
}
