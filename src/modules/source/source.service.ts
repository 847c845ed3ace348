import type { AppContext } from '../../context';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId } from '../shared/args';
import { SourceRepository } from './source.repository';

/** The rules of reading sources. */
export class SourceService {
  private readonly repository: SourceRepository;

  constructor(private readonly context: AppContext) {
    this.repository = new SourceRepository(context.reader);
  }

  byId(id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(id, selection);
  }

  list(page: PageArgs, selection: FieldSelection) {
    checkId(page.after, 'after');
    return this.repository.list(page.after, this.context.reader.projector().pageSize(page.first), selection);
  }
}
