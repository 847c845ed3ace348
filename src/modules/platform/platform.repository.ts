import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { NotFoundError } from '../../errors';
import type { FieldSelection } from '../../projection';
import { writeAudit, writerOf } from '../audit/audit';
import { readBack } from '../shared/readBack';

/** The Cypher of platform writes that are not entity writes: accounts. */
@Injectable()
export class PlatformRepository {
  /** Creates an account of an owner on a platform. */
  async createAccount(ctx: AppContext, id: string, ownerId: string, platformId: string, handle: string | null, selection: FieldSelection): Promise<unknown> {
    return ctx.db.write(
      async (tx) => {
        if ((await tx.run('MATCH (o:Entity {id: $id}) RETURN o.id AS id', { id: ownerId })).length === 0) {
          throw new NotFoundError(`Field "input.ownerId": no Entity with id "${ownerId}".`, ownerId);
        }
        if ((await tx.run('MATCH (p:Platform {id: $id}) RETURN p.id AS id', { id: platformId })).length === 0) {
          throw new NotFoundError(`Field "input.platformId": no Platform with id "${platformId}".`, platformId);
        }
        const [row] = await tx.run(
          `MERGE (a:Account {id: $id}) ON CREATE SET a:Node, a.createdAt = datetime(), a.updatedAt = datetime(), a.handle = $handle, a.writeMarker = $marker
           WITH a, a.writeMarker = $marker AS created REMOVE a.writeMarker
           WITH a, created WHERE created
           MATCH (o:Entity {id: $owner}), (p:Platform {id: $platform})
           MERGE (o)-[:HAS_ACCOUNT]->(a) MERGE (a)-[:ON_PLATFORM]->(p)
           RETURN created`,
          { id, handle, owner: ownerId, platform: platformId, marker: ctx.requestId },
        );
        if (row?.created) await writeAudit(tx, writerOf(ctx), 'createAccount', [id]);
        return readBack(tx, ctx, selection, 'Account', id);
      },
      { requestId: ctx.requestId },
    );
  }
}
