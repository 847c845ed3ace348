import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { randomSuffix, slugify } from '../../lib/slug';
import type { FieldSelection } from '../../projection';
import { EntityService } from '../entity/entity.service';
import { nfc } from '../shared/args';
import type { CreateAccountInput, CreatePlatformInput } from './platform.inputs';
import { PlatformRepository } from './platform.repository';

/** The rules of writing platforms and accounts. */
@Injectable()
export class PlatformService {
  constructor(
    private readonly repository: PlatformRepository,
    private readonly entities: EntityService,
  ) {}

  create(ctx: AppContext, input: CreatePlatformInput, selection: FieldSelection) {
    return this.entities.create(ctx, 'Platform', 'createPlatform', input, { operatorId: input.operatorId }, selection);
  }

  createAccount(ctx: AppContext, input: CreateAccountInput, selection: FieldSelection) {
    const id = input.id ?? `account-${slugify(input.handle ?? input.ownerId, 40)}-${randomSuffix(6)}`;
    return this.repository.createAccount(ctx, id, input.ownerId, input.platformId, input.handle ? nfc(input.handle) : null, selection);
  }
}
