import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError } from '../../errors';
import { searchTerms, toLuceneQuery } from '../../lib/lucene';
import type { FieldSelection } from '../../projection';
import { checkId, checkPeriod, checkRange, checkText } from '../shared/args';
import { GraphRepository } from './graph.repository';

/** The rules of search, timelines, paths and neighbourhoods: arguments checked and capped. */
@Injectable()
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  async search(ctx: AppContext, text: string, types: string[] | null | undefined, first: number, selection: FieldSelection) {
    checkText(text, 'text', 200);
    checkRange(first, 'first', 0, 100);
    const lucene = toLuceneQuery(text);
    if (!lucene || first === 0) return [];
    return this.repository.search(ctx, lucene, searchTerms(text), types ?? null, first, selection);
  }

  timeline(ctx: AppContext, entityId: string | null | undefined, from: string | null | undefined, to: string | null | undefined, first: number, selection: FieldSelection) {
    checkId(entityId, 'entityId');
    checkPeriod(from, to);
    checkRange(first, 'first', 0, 500);
    return this.repository.timeline(ctx, entityId ?? null, from ?? null, to ?? null, first, selection);
  }

  paths(ctx: AppContext, fromId: string, toId: string, maxHops: number, asOf: string | null | undefined, first: number, selection: FieldSelection) {
    checkId(fromId, 'fromId');
    checkId(toId, 'toId');
    checkRange(maxHops, 'maxHops', 1, 6);
    checkRange(first, 'first', 1, 20);
    if (fromId === toId) throw new BadUserInputError('Arguments "fromId" and "toId" name the same node.', 'toId');
    return this.repository.paths(ctx, fromId, toId, maxHops, asOf ?? null, first, selection);
  }

  neighborhood(ctx: AppContext, id: string, depth: number, limit: number, selection: FieldSelection) {
    checkId(id, 'id');
    checkRange(depth, 'depth', 1, 3);
    checkRange(limit, 'limit', 1, 500);
    return this.repository.neighborhood(ctx, id, depth, limit, selection);
  }
}
