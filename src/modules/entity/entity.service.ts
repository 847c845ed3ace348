import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError, ConflictError } from '../../errors';
import { randomSuffix, slugify } from '../../lib/slug';
import type { FieldSelection } from '../../projection';
import { nfc, unique } from '../shared/args';
import type { EntityInput, UpdateEntityInput } from './entity.inputs';
import { EntityRepository, type EntityLabel, type EntityPlan } from './entity.repository';

/** What an entity kind adds to the shared fields. */
export interface EntityExtra {
  kind?: string;
  partOfId?: string;
  operatorId?: string;
}

/**
 * What every entity shares: creating one (person, organization and platform services call `create` with their label),
 * changing its own fields, merging two (ADMIN). NFC text, ids from names when the client gives none.
 */
@Injectable()
export class EntityService {
  constructor(private readonly repository: EntityRepository) {}

  async create(ctx: AppContext, label: EntityLabel, operation: string, input: EntityInput, extra: EntityExtra, selection: FieldSelection) {
    const name = nfc(input.name).trim();
    const plan: EntityPlan = {
      label,
      id: input.id ?? slugify(name),
      props: {
        name,
        aliases: unique((input.aliases ?? []).map((a) => nfc(a).trim())),
        description: input.description ? nfc(input.description) : null,
        wikidataId: input.wikidataId ?? null,
        ...(extra.kind ? { kind: extra.kind } : {}),
      },
      partOfId: extra.partOfId,
      operatorId: extra.operatorId,
    };
    if (input.id) return this.repository.create(ctx, plan, operation, selection, true);
    // A generated id may be taken (two people with one name): try the plain slug, then with a suffix.
    try {
      return await this.repository.create(ctx, plan, operation, selection, false);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return this.repository.create(ctx, { ...plan, id: `${plan.id}-${randomSuffix(6)}` }, operation, selection, false);
    }
  }

  update(ctx: AppContext, id: string, input: UpdateEntityInput, selection: FieldSelection) {
    const changes: Record<string, unknown> = {};
    if (input.name !== undefined && input.name !== null) changes.name = nfc(input.name);
    if (input.aliases) changes.aliases = unique(input.aliases.map(nfc));
    if (input.description !== undefined && input.description !== null) changes.description = nfc(input.description);
    if (input.wikidataId) changes.wikidataId = input.wikidataId;
    if (input.kind) changes.kind = input.kind;
    if (Object.keys(changes).length === 0) throw new BadUserInputError('Nothing to change: give at least one field.', 'input');
    return this.repository.update(ctx, id, changes, 'updateEntity', selection);
  }

  merge(ctx: AppContext, keepId: string, mergeId: string, selection: FieldSelection) {
    if (keepId === mergeId) throw new BadUserInputError('Fields "input.keepId" and "input.mergeId" name the same entity.', 'input.mergeId');
    return this.repository.merge(ctx, keepId, mergeId, selection);
  }
}
