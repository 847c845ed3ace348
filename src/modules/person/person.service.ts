import type { AppContext } from '../../context';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkText } from '../shared/args';
import { PersonRepository } from './person.repository';

/** The rules of reading people: arguments checked, unknown ids answered with null. */
export class PersonService {
  private readonly repository: PersonRepository;

  constructor(context: AppContext) {
    this.repository = new PersonRepository(context.reader);
  }

  byId(id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(id, selection);
  }

  page(nameContains: string | null | undefined, page: PageArgs, selection: FieldSelection) {
    checkText(nameContains, 'nameContains', 200);
    return this.repository.page({ nameContains }, page, selection);
  }
}
