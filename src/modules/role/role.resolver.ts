import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf, readProjected } from '../../projection';
import { Validity } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { AddRoleInput } from './role.inputs';
import { RoleService } from './role.service';
import { Role } from './role.type';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';
import { RoleConnection } from './role.type';

/** What `addRole` answers: the Role it wrote. */
export const AddRolePayload = payloadType('addRole', 'role', () => Role, 'The role written (or the one a retry with the same id finds).');

/** Who held which position where. */
@Resolver(() => Role)
export class RoleResolver {
  constructor(private readonly service: RoleService) {}

  @Authorized('EDITOR')
  @Mutation(() => AddRolePayload, { description: 'Adds a role with its evidence (EDITOR).' })
  addRole(@Arg('input', () => AddRoleInput, { description: 'The role to add.' }) input: AddRoleInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return payload('role', this.service.add(ctx, input, payloadSelectionOf(info, 'role')));
  }

  @FieldResolver(() => Validity, {
    nullable: true,
    description: 'Whether the role held on `asOf` (today when left out): CERTAIN, POSSIBLE when a bound is unknown or coarser than a day, null when it did not.',
  })
  validity(@Root() role: Role, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; today when left out.' }) _asOf: string, @Info() info: GraphQLResolveInfo) {
    return readProjected(role, info);
  }
}

/** `roles`: every Role, with `where`, `orderBy` and pages. */
export const RoleListResolver = rootList('Role', 'roles', () => RoleConnection, 'Roles: who held which position where, oldest first; filter with `where`.');
