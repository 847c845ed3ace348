import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Account } from './account.type';
import { CreateAccountInput, CreatePlatformInput } from './platform.inputs';
import { PlatformService } from './platform.service';
import { Platform } from './platform.type';

/** Platforms and the accounts on them (their lookups are in OrganizationResolver). */
@Resolver(() => Platform)
export class PlatformResolver {
  constructor(private readonly service: PlatformService) {}

  @Authorized('EDITOR')
  @Mutation(() => Platform, { description: 'Creates a platform (EDITOR).' })
  createPlatform(
    @Arg('input', () => CreatePlatformInput, { description: 'The platform to create.' }) input: CreatePlatformInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.create(ctx, input, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Account, { description: "Creates an actor's account on a platform (EDITOR)." })
  createAccount(
    @Arg('input', () => CreateAccountInput, { description: 'The account to create.' }) input: CreateAccountInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.createAccount(ctx, input, selectionOf(info));
  }
}
