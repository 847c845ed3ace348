import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { AddOwnershipInput } from './ownership.inputs';
import { OwnershipService } from './ownership.service';
import { Ownership } from './ownership.type';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';
import { OwnershipConnection } from './ownership.type';

/** What `addOwnership` answers: the Ownership it wrote. */
export const AddOwnershipPayload = payloadType('addOwnership', 'ownership', () => Ownership, 'The ownership written (or the one a retry with the same id finds).');

/** Who owns what. */
@Resolver(() => Ownership)
export class OwnershipResolver {
  constructor(private readonly service: OwnershipService) {}

  @Authorized('EDITOR')
  @Mutation(() => AddOwnershipPayload, { description: 'Adds an ownership with its evidence (EDITOR).' })
  addOwnership(
    @Arg('input', () => AddOwnershipInput, { description: 'The ownership to add.' }) input: AddOwnershipInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('ownership', this.service.add(ctx, input, payloadSelectionOf(info, 'ownership')));
  }
}

/** `ownerships`: every Ownership, with `where`, `orderBy` and pages. */
export const OwnershipListResolver = rootList('Ownership', 'ownerships', () => OwnershipConnection, 'Who owns what, oldest first; filter with `where`.');
