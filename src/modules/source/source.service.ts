import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId } from '../shared/args';
import { SourceRepository } from './source.repository';

/** The rules of reading sources. */
@Injectable()
export class SourceService {
  constructor(private readonly repository: SourceRepository) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  list(ctx: AppContext, page: PageArgs, selection: FieldSelection) {
    checkId(page.after, 'after');
    return this.repository.list(ctx, page.after, ctx.reader.projector().pageSize(page.first), selection);
  }
}
