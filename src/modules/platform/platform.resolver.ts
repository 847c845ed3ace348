import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Account, AccountConnection } from './account.type';
import { ObservationConnection } from '../observation/observation.type';
import { RestrictionConnection } from '../restriction/restriction.type';
import { pagedFields } from '../shared/pagedFields';
import { CreateAccountInput, CreatePlatformInput } from './platform.inputs';
import { PlatformService } from './platform.service';
import { Platform } from './platform.type';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';

/** What `createPlatform` answers: the Platform it wrote. */
export const CreatePlatformPayload = payloadType('createPlatform', 'platform', () => Platform, 'The platform written (or the one a retry with the same id finds).');
/** What `createAccount` answers: the Account it wrote. */
export const CreateAccountPayload = payloadType('createAccount', 'account', () => Account, 'The account written (or the one a retry with the same id finds).');

/** A platform's accounts, a page at a time. */
export const PlatformListsResolver = pagedFields(() => Platform, {
  accounts: { type: () => AccountConnection, of: 'Account', description: 'Accounts on this platform, by id.' },
});

/** What was observed of an account and done to it, a page at a time. */
export const AccountListsResolver = pagedFields(() => Account, {
  followers: { type: () => ObservationConnection, of: 'Observation', description: 'Follower counts over time, oldest first.' },
  observations: { type: () => ObservationConnection, of: 'Observation', description: 'Every observation of the account (followers, posts, ...), oldest first.' },
  restrictions: { type: () => RestrictionConnection, of: 'Restriction', description: 'Suspensions, bans and removals of the account, oldest first.' },
});

/** Platforms and the accounts on them (their lookups are in OrganizationResolver). */
@Resolver(() => Platform)
export class PlatformResolver {
  constructor(private readonly service: PlatformService) {}

  @Authorized('EDITOR')
  @Mutation(() => CreatePlatformPayload, { description: 'Creates a platform (EDITOR).' })
  createPlatform(
    @Arg('input', () => CreatePlatformInput, { description: 'The platform to create.' }) input: CreatePlatformInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('platform', this.service.create(ctx, input, payloadSelectionOf(info, 'platform')));
  }

  @Authorized('EDITOR')
  @Mutation(() => CreateAccountPayload, { description: "Creates an actor's account on a platform (EDITOR)." })
  createAccount(
    @Arg('input', () => CreateAccountInput, { description: 'The account to create.' }) input: CreateAccountInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('account', this.service.createAccount(ctx, input, payloadSelectionOf(info, 'account')));
  }
}

/** `accounts`: every Account, with `where`, `orderBy` and pages. */
export const AccountListResolver = rootList('Account', 'accounts', () => AccountConnection, 'Accounts on platforms, by handle; filter with `where`.');
