import type { AppContext } from '../../context';
import type { FieldSelection, PageArgs } from '../../projection';
import { BadUserInputError } from '../../errors';
import { ORGANIZATION_KIND } from '../../model';
import { checkId, checkText } from '../shared/args';
import { OrganizationRepository } from './organization.repository';

/** The rules of reading organizations and platforms. */
export class OrganizationService {
  private readonly repository: OrganizationRepository;

  constructor(context: AppContext) {
    this.repository = new OrganizationRepository(context.reader);
  }

  byId(id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(id, selection);
  }

  page(kind: string | null | undefined, nameContains: string | null | undefined, page: PageArgs, selection: FieldSelection) {
    if (kind && !(ORGANIZATION_KIND.values as readonly string[]).includes(kind)) {
      throw new BadUserInputError(`Argument "kind" must be one of ${ORGANIZATION_KIND.values.join(', ')}; got ${JSON.stringify(kind.slice(0, 40))}.`, 'kind');
    }
    checkText(nameContains, 'nameContains', 200);
    return this.repository.page({ kind, nameContains }, page, selection);
  }

  platform(id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.platform(id, selection);
  }

  platforms(selection: FieldSelection) {
    return this.repository.platforms(selection);
  }
}
