import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { nodeLookup } from '../shared/cypherHelpers';

/** The Cypher behind `node(id:)`: one index seek per label family, no label scan. */
@Injectable()
export class NodeRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Node', (q) => nodeLookup(q.param(id), 'n'));
  }
}
