import type { AppContext } from '../../context';
import { BadUserInputError } from '../../errors';
import { searchTerms, toLuceneQuery } from '../../lib/lucene';
import type { FieldSelection } from '../../projection';
import { checkId, checkPeriod, checkRange, checkText } from '../shared/args';
import { GraphRepository, SEARCHABLE_TYPES } from './graph.repository';

/** The rules of search, timelines, paths and neighbourhoods: arguments checked and capped. */
export class GraphService {
  private readonly repository: GraphRepository;

  constructor(context: AppContext) {
    this.repository = new GraphRepository(context.reader);
  }

  async search(text: string, types: string[] | null | undefined, first: number, selection: FieldSelection) {
    checkText(text, 'text', 200);
    checkRange(first, 'first', 0, 100);
    for (const type of types ?? []) {
      if (!(SEARCHABLE_TYPES as readonly string[]).includes(type)) {
        throw new BadUserInputError(`Argument "types" may name ${SEARCHABLE_TYPES.join(', ')}; got ${JSON.stringify(type.slice(0, 40))}.`, 'types');
      }
    }
    const lucene = toLuceneQuery(text);
    if (!lucene || first === 0) return [];
    return this.repository.search(lucene, searchTerms(text), types ?? null, first, selection);
  }

  timeline(entityId: string | null | undefined, from: string | null | undefined, to: string | null | undefined, first: number, selection: FieldSelection) {
    checkId(entityId, 'entityId');
    checkPeriod(from, to);
    checkRange(first, 'first', 0, 500);
    return this.repository.timeline(entityId ?? null, from ?? null, to ?? null, first, selection);
  }

  paths(fromId: string, toId: string, maxHops: number, asOf: string | null | undefined, first: number, selection: FieldSelection) {
    checkId(fromId, 'fromId');
    checkId(toId, 'toId');
    checkRange(maxHops, 'maxHops', 1, 6);
    checkRange(first, 'first', 1, 20);
    if (fromId === toId) throw new BadUserInputError('Arguments "fromId" and "toId" name the same node.', 'toId');
    return this.repository.paths(fromId, toId, maxHops, asOf ?? null, first, selection);
  }

  neighborhood(id: string, depth: number, limit: number, selection: FieldSelection) {
    checkId(id, 'id');
    checkRange(depth, 'depth', 1, 3);
    checkRange(limit, 'limit', 1, 500);
    return this.repository.neighborhood(id, depth, limit, selection);
  }
}
