import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { RoleConnection } from '../role/role.type';
import { RolesArgs } from '../role/role.args';
import { DecisionConnection } from '../decision/decision.type';
import { DecisionsArgs } from '../decision/decision.args';
import { actorLists } from '../person/person.resolver';
import { pagedFields } from '../shared/pagedFields';
import { PageArgs } from '../../graphql/pageArgs';
import { Platform, PlatformConnection } from '../platform/platform.type';
import { Organization, OrganizationConnection } from './organization.type';
import { OrganizationService } from './organization.service';
import { CreateOrganizationInput } from './organization.inputs';
import { OrganizationKind } from '../../graphql/enums';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `createOrganization` answers: the Organization it wrote. */
export const CreateOrganizationPayload = payloadType(
  'createOrganization',
  'organization',
  () => Organization,
  'The organization written (or the one a retry with the same id finds).',
);

/** An organization's connections: what it did, what was done to it, and what it holds. */
export const OrganizationListsResolver = pagedFields(() => Organization, {
  ...actorLists,
  roles: {
    type: () => RoleConnection,
    of: 'Role',
    args: RolesArgs,
    description: 'Roles held at this organization (who worked here, as what): all or those valid on `asOf`, oldest first.',
  },
  decisions: {
    type: () => DecisionConnection,
    of: 'Decision',
    args: DecisionsArgs,
    description: 'Decisions it made or is weighing (it decides), optionally with one status, oldest first.',
  },
  units: { type: () => OrganizationConnection, of: 'Organization', description: 'Teams and groups inside this organization, by name.' },
  platforms: { type: () => PlatformConnection, of: 'Platform', description: 'Platforms this organization operates, by name.' },
});

/** Organizations and platforms: lookups, lists, and the fields that take arguments. */
@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Query(() => Organization, { nullable: true, description: 'An organization by id; null when unknown.' })
  organization(@Arg('id', () => ID, { description: 'The id of the organization.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }

  @Query(() => OrganizationConnection, { description: 'Organizations, by name, optionally of one kind.' })
  organizations(
    @Arg('kind', () => OrganizationKind, { nullable: true, description: 'Only organizations of this kind.' }) kind: string | null,
    @Arg('nameContains', () => String, { nullable: true, description: 'Only organizations whose name or an alias contains this text, ignoring case.' }) nameContains: string | null,
    @Args(() => listArgs('Organization')) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(ctx, kind, nameContains, page, selectionOf(info));
  }

  @Query(() => Platform, { nullable: true, description: 'A platform by id; null when unknown.' })
  platform(@Arg('id', () => ID, { description: 'The id of the platform.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.platform(ctx, id, selectionOf(info));
  }

  @Query(() => PlatformConnection, { description: 'Platforms, by name, a page at a time.' })
  platforms(@Args(() => listArgs('Platform')) page: PageArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.platforms(ctx, page, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => CreateOrganizationPayload, { description: 'Creates an organization (EDITOR).' })
  createOrganization(
    @Arg('input', () => CreateOrganizationInput, { description: 'The organization to create.' }) input: CreateOrganizationInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('organization', this.service.create(ctx, input, payloadSelectionOf(info, 'organization')));
  }
}
