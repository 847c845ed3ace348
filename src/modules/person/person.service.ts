import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkText } from '../shared/args';
import { PersonRepository } from './person.repository';
import { EntityService } from '../entity/entity.service';
import type { CreatePersonInput } from './person.inputs';

/** The rules of reading people: arguments checked, unknown ids answered with null. */
@Injectable()
export class PersonService {
  constructor(
    private readonly repository: PersonRepository,
    private readonly entities: EntityService,
  ) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  page(ctx: AppContext, nameContains: string | null | undefined, page: PageArgs, selection: FieldSelection) {
    checkText(nameContains, 'nameContains', 200);
    return this.repository.page(ctx, { nameContains }, page, selection);
  }

  create(ctx: AppContext, input: CreatePersonInput, selection: FieldSelection) {
    return this.entities.create(ctx, 'Person', 'createPerson', input, {}, selection);
  }
}
