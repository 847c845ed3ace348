import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError } from '../../errors';
import { fold, searchTerms, toLuceneQuery } from '../../lib/lucene';
import { emptyConnection, type FieldSelection, type PageArgs } from '../../projection';
import { checkId, checkPeriod, checkRange, checkText } from '../shared/args';
import { GraphRepository } from './graph.repository';

/** The rules of search, timelines, paths and neighbourhoods: arguments checked and capped. */
@Injectable()
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  search(ctx: AppContext, text: string, types: string[] | null | undefined, page: PageArgs, selection: FieldSelection) {
    checkText(text, 'text', 200);
    const lucene = toLuceneQuery(text);
    if (!lucene) return Promise.resolve(emptyConnection(ctx.reader.projector().pageWindow(page)));
    return this.repository.search(ctx, lucene, fold(text).trim().replace(/\s+/g, ' '), searchTerms(text), types ?? null, page, selection);
  }

  timeline(ctx: AppContext, entityId: string | null | undefined, from: string | null | undefined, to: string | null | undefined, page: PageArgs, selection: FieldSelection) {
    checkId(entityId, 'entityId');
    checkPeriod(from, to);
    return this.repository.timeline(ctx, entityId ?? null, from ?? null, to ?? null, page, selection);
  }

  paths(ctx: AppContext, fromId: string, toId: string, maxHops: number, asOf: string | null | undefined, page: PageArgs, selection: FieldSelection) {
    checkId(fromId, 'fromId');
    checkId(toId, 'toId');
    checkRange(maxHops, 'maxHops', 1, 6);
    if (fromId === toId) throw new BadUserInputError('Arguments "fromId" and "toId" name the same node.', 'toId');
    return this.repository.paths(ctx, fromId, toId, maxHops, asOf ?? null, page, selection);
  }

  neighborhood(ctx: AppContext, id: string, depth: number, limit: number, selection: FieldSelection) {
    checkId(id, 'id');
    checkRange(depth, 'depth', 1, 3);
    checkRange(limit, 'limit', 1, 500);
    return this.repository.neighborhood(ctx, id, depth, limit, selection);
  }
}
