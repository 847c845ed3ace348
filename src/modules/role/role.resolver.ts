import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { AddRoleInput } from './role.inputs';
import { RoleService } from './role.service';
import { Role } from './role.type';

/** Who held which position where. */
@Resolver(() => Role)
export class RoleResolver {
  constructor(private readonly service: RoleService) {}

  @Authorized('EDITOR')
  @Mutation(() => Role, { description: 'Adds a role with its evidence (EDITOR).' })
  addRole(@Arg('input', () => AddRoleInput, { description: 'The role to add.' }) input: AddRoleInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.add(ctx, input, selectionOf(info));
  }
}
