import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { Account } from '../platform/account.type';
import { Platform } from '../platform/platform.type';
import { Event } from '../claim/event.type';
import { Observation } from '../claim/observation.type';
import { Ownership } from '../claim/ownership.type';
import { Restriction } from '../claim/restriction.type';
import { Role } from '../claim/role.type';
import { Decision } from '../decision/decision.type';
import { DecisionRole } from '../decision/decisionRole.type';
import { LobbyingEffort } from '../lobbying/lobbyingEffort.type';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { Claim, Entity } from '../shared/interfaces';
import { DateTimeScalar } from '../../graphql/scalars';
import { Source } from '../source/source.type';
import { Statement } from '../statement/statement.type';
import { AuditEntry } from './auditEntry.type';
import {
  AddDecisionInput,
  AddDecisionRoleInput,
  AddLobbyingEffortInput,
  AddObservationInput,
  AddOwnershipInput,
  AddRestrictionInput,
  AddRoleInput,
  AddStatementInput,
  CreateAccountInput,
  CreateEventInput,
  CreateOrganizationInput,
  CreatePersonInput,
  CreatePlatformInput,
  SourceInput,
  UpdateEntityInput,
} from './write.inputs';
import { WriteService } from './write.service';

/** Every write of the API: entities, sourced claims, retractions, merges, and the audit log. */
@Resolver()
export class WriteResolver {
  @Mutation(() => Person, { description: 'Creates a person (EDITOR). With your own `id`, a retry returns the same person.' })
  createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).createPerson(input, selectionOf(info));
  }

  @Mutation(() => Organization, { description: 'Creates an organization (EDITOR).' })
  createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).createOrganization(input, selectionOf(info));
  }

  @Mutation(() => Platform, { description: 'Creates a platform (EDITOR).' })
  createPlatform(@Arg('input', () => CreatePlatformInput) input: CreatePlatformInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).createPlatform(input, selectionOf(info));
  }

  @Mutation(() => Entity, { description: "Changes a person's, organization's or platform's own fields (EDITOR)." })
  updateEntity(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateEntityInput) input: UpdateEntityInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).updateEntity(id, input, selectionOf(info));
  }

  @Mutation(() => Account, { description: "Creates an actor's account on a platform (EDITOR)." })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).createAccount(input, selectionOf(info));
  }

  @Mutation(() => Event, { description: 'Creates an event (EDITOR).' })
  createEvent(@Arg('input', () => CreateEventInput) input: CreateEventInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).createEvent(input, selectionOf(info));
  }

  @Mutation(() => Source, { description: 'Creates a source (EDITOR).' })
  createSource(@Arg('input', () => SourceInput) input: SourceInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).createSource(input, selectionOf(info));
  }

  @Mutation(() => Role, { description: 'Adds a role with its evidence (EDITOR).' })
  addRole(@Arg('input', () => AddRoleInput) input: AddRoleInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addRole(input, selectionOf(info));
  }

  @Mutation(() => Statement, { description: 'Adds a statement with its evidence (EDITOR).' })
  addStatement(@Arg('input', () => AddStatementInput) input: AddStatementInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addStatement(input, selectionOf(info));
  }

  @Mutation(() => Decision, { description: 'Adds a decision with its evidence (EDITOR).' })
  addDecision(@Arg('input', () => AddDecisionInput) input: AddDecisionInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addDecision(input, selectionOf(info));
  }

  @Mutation(() => DecisionRole, { description: "Adds an actor's part in a decision, with its evidence (EDITOR)." })
  addDecisionRole(@Arg('input', () => AddDecisionRoleInput) input: AddDecisionRoleInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addDecisionRole(input, selectionOf(info));
  }

  @Mutation(() => LobbyingEffort, { description: 'Adds a lobbying effort with its evidence (EDITOR).' })
  addLobbyingEffort(@Arg('input', () => AddLobbyingEffortInput) input: AddLobbyingEffortInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addLobbyingEffort(input, selectionOf(info));
  }

  @Mutation(() => Restriction, { description: 'Adds a suspension, ban or removal with its evidence (EDITOR).' })
  addRestriction(@Arg('input', () => AddRestrictionInput) input: AddRestrictionInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addRestriction(input, selectionOf(info));
  }

  @Mutation(() => Observation, { description: 'Adds a measured figure with its evidence (EDITOR).' })
  addObservation(@Arg('input', () => AddObservationInput) input: AddObservationInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addObservation(input, selectionOf(info));
  }

  @Mutation(() => Ownership, { description: 'Adds an ownership with its evidence (EDITOR).' })
  addOwnership(@Arg('input', () => AddOwnershipInput) input: AddOwnershipInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).addOwnership(input, selectionOf(info));
  }

  @Mutation(() => Claim, { description: 'Retracts a claim (ADMIN): kept and visible by id and in the audit log, hidden from lists, paths and timelines.' })
  retractClaim(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).retractClaim(id, reason, selectionOf(info));
  }

  @Mutation(() => Entity, { description: 'Merges one entity into another of the same kind (ADMIN); the merged id keeps resolving.' })
  mergeEntities(@Arg('keepId', () => ID) keepId: string, @Arg('mergeId', () => ID) mergeId: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return new WriteService(ctx).mergeEntities(keepId, mergeId, selectionOf(info));
  }

  @Query(() => [AuditEntry], { description: 'Writes since a date, oldest first (ADMIN).' })
  changes(@Arg('since', () => DateTimeScalar) since: string, @Arg('first', () => Int, { defaultValue: 100 }) first: number, @Ctx() ctx: AppContext) {
    return new WriteService(ctx).changes(since, first);
  }
}
