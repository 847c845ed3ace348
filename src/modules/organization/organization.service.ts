import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkText } from '../shared/args';
import { OrganizationRepository } from './organization.repository';
import { EntityService } from '../entity/entity.service';
import type { CreateOrganizationInput } from './organization.inputs';

/** The rules of reading organizations and platforms. */
@Injectable()
export class OrganizationService {
  constructor(
    private readonly repository: OrganizationRepository,
    private readonly entities: EntityService,
  ) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  page(ctx: AppContext, kind: string | null | undefined, nameContains: string | null | undefined, page: PageArgs, selection: FieldSelection) {
    checkText(nameContains, 'nameContains', 200);
    return this.repository.page(ctx, { kind, nameContains }, page, selection);
  }

  platform(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.platform(ctx, id, selection);
  }

  platforms(ctx: AppContext, page: PageArgs, selection: FieldSelection) {
    return this.repository.platforms(ctx, page, selection);
  }

  create(ctx: AppContext, input: CreateOrganizationInput, selection: FieldSelection) {
    return this.entities.create(ctx, 'Organization', 'createOrganization', input, { kind: input.kind, partOfId: input.partOfId }, selection);
  }
}
