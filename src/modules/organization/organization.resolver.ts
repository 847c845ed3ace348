import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf, readProjected, selectionOf } from '../../projection';
import { Role } from '../role/role.type';
import { Decision } from '../decision/decision.type';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { Validity } from '../../graphql/enums';
import { StatementConnection } from '../statement/statement.type';
import { Platform } from '../platform/platform.type';
import { Organization, OrganizationConnection } from './organization.type';
import { OrganizationService } from './organization.service';
import { CreateOrganizationInput } from './organization.inputs';
import { DecisionStatus, OrganizationKind } from '../../graphql/enums';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `createOrganization` answers: the Organization it wrote. */
export const CreateOrganizationPayload = payloadType(
  'createOrganization',
  'organization',
  () => Organization,
  'The organization written (or the one a retry with the same id finds).',
);

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
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(ctx, kind, nameContains, page, selectionOf(info));
  }

  @Query(() => Platform, { nullable: true, description: 'A platform by id; null when unknown.' })
  platform(@Arg('id', () => ID, { description: 'The id of the platform.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.platform(ctx, id, selectionOf(info));
  }

  @Query(() => [Platform], { description: 'Every platform, by name.' })
  platforms(@Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.platforms(ctx, selectionOf(info));
  }

  @FieldResolver(() => [Role], { description: 'Who held which role here: all, or those valid on `asOf`.' })
  roles(
    @Root() org: Organization,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only roles valid on this date; every role when left out.' }) _asOf: string,
    @Arg('validity', () => Validity, {
      nullable: true,
      description: 'CERTAIN: only roles that certainly held on `asOf` (today when left out); POSSIBLE or left out: also those that only may have.',
    })
    _validity: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readProjected(org, info);
  }

  @FieldResolver(() => [Decision], { description: 'Decisions it made or is weighing, optionally with one status (today, or on `asOf`).' })
  decisions(
    @Root() org: Organization,
    @Arg('status', () => DecisionStatus, { nullable: true, description: 'Only decisions with this status (on `asOf`, else today).' }) _status: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day `status` is judged on; today when left out.' }) _asOf: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readProjected(org, info);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements the organization made, oldest first.' })
  statements(@Root() org: Organization, @Args(() => PageArgs) _page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return readProjected(org, info);
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
