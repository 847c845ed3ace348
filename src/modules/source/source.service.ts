import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { SourceRepository } from './source.repository';
import { randomSuffix, slugify } from '../../lib/slug';
import type { SourceInput } from '../../claims/claim.inputs';
import { checkDate, checkId, nfc } from '../shared/args';

/** The rules of reading and creating sources. */
@Injectable()
export class SourceService {
  constructor(private readonly repository: SourceRepository) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  page(ctx: AppContext, page: PageArgs, selection: FieldSelection) {
    return this.repository.page(ctx, page, selection);
  }

  create(ctx: AppContext, input: SourceInput, selection: FieldSelection) {
    checkDate(input.publishedAt, input.publishedAtPrecision, 'input.publishedAt');
    const id = input.id ?? `source-${slugify(input.title, 50)}-${randomSuffix(6)}`;
    return this.repository.create(ctx, { ...input, title: nfc(input.title) }, id, selection);
  }
}
