import type { FieldSelection } from '../../projection';
import { nodeLookup } from '../shared/cypherHelpers';
import type { GraphReader } from '../shared/graphReader';

/** The Cypher behind `node(id:)`: one index seek per label family, no label scan. */
export class NodeRepository {
  constructor(private readonly reader: GraphReader) {}

  byId(id: string, selection: FieldSelection) {
    return this.reader.one(selection, 'Node', (q) => nodeLookup(q.param(id), 'n'));
  }
}
