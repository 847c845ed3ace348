import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

/** The Cypher behind events. */
@Injectable()
export class EventRepository {
  /** Creates an event. */
  async create(ctx: AppContext, id: string, props: Record<string, unknown>, date: string | null, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        const [row] = await tx.run(
          `MERGE (e:Event {id: $id}) ON CREATE SET e:Node, e += $props, e.date = CASE WHEN $date IS NULL THEN null ELSE date($date) END,
             e.createdAt = datetime(), e.updatedAt = datetime(), e.writeMarker = $marker
           WITH e, e.writeMarker = $marker AS created REMOVE e.writeMarker RETURN created`,
          { id, props, date, marker: ctx.requestId },
        );
        if (row.created) await writeAudit(tx, writerOf(ctx), 'createEvent', [id]);
        return readBack(tx, ctx, selection, 'Event', id);
      },
      { requestId: ctx.requestId },
    );
  }
}
