import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { AnalysisRepository } from './analysis.repository';

/** Researchers' analysis: interlocks and common connections (api-1.0.md §4). */
@Injectable()
export class AnalysisService {
  constructor(private readonly repository: AnalysisRepository) {}

  interlocks(ctx: AppContext, id: string, asOf: string | null, page: PageArgs, selection: FieldSelection) {
    return this.repository.interlocks(ctx, id, asOf, page, selection);
  }

  commonConnections(ctx: AppContext, a: string, b: string, asOf: string | null, page: PageArgs, selection: FieldSelection) {
    return this.repository.commonConnections(ctx, a, b, asOf, page, selection);
  }
}
