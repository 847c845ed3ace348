import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { RoleConnection } from '../role/role.type';
import { RolesArgs } from '../role/role.args';
import { LobbyingEffortConnection } from '../lobbying/lobbyingEffort.type';
import { DecisionRoleConnection } from '../decision/decisionRole.type';
import { AccountConnection } from '../platform/account.type';
import { pagedFields, type PagedField } from '../shared/pagedFields';
import { PageArgs } from '../../graphql/pageArgs';
import { StatementConnection } from '../statement/statement.type';
import { Person, PersonConnection } from './person.type';
import { PersonService } from './person.service';
import { CreatePersonInput } from './person.inputs';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `createPerson` answers: the Person it wrote. */
export const CreatePersonPayload = payloadType('createPerson', 'person', () => Person, 'The person written (or the one a retry with the same id finds).');

/** The connections every actor (Person, Organization) has; what it did, then what was done to it. */
export const actorLists: Record<string, PagedField> = {
  statements: { type: () => StatementConnection, of: 'Statement', description: 'Statements it made (it is a speaker), oldest first.' },
  lobbying: { type: () => LobbyingEffortConnection, of: 'LobbyingEffort', description: 'Lobbying efforts it made (it is a lobbyist), oldest first.' },
  decisionRoles: { type: () => DecisionRoleConnection, of: 'DecisionRole', description: 'The parts it played in decisions, oldest first.' },
  accounts: { type: () => AccountConnection, of: 'Account', description: 'Its accounts on platforms, by id.' },
  lobbiedBy: { type: () => LobbyingEffortConnection, of: 'LobbyingEffort', description: 'Lobbying efforts that targeted it, oldest first.' },
};

/** A person's connections. */
export const PersonListsResolver = pagedFields(() => Person, {
  ...actorLists,
  roles: { type: () => RoleConnection, of: 'Role', args: RolesArgs, description: 'Roles held, all or those valid on `asOf`, oldest first.' },
});

/** People: lookups, lists, and the fields that take arguments. */
@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly service: PersonService) {}

  @Query(() => Person, { nullable: true, description: 'A person by id; null when unknown.' })
  person(@Arg('id', () => ID, { description: 'The id of the person.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }

  @Query(() => PersonConnection, { description: 'People, by name, a page at a time.' })
  people(
    @Arg('nameContains', () => String, { nullable: true, description: 'Only people whose name or an alias contains this text, ignoring case.' }) nameContains: string | null,
    @Args(() => listArgs('Person')) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(ctx, nameContains, page, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => CreatePersonPayload, { description: 'Creates a person (EDITOR). With your own `id`, a retry returns the same person.' })
  createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The person to create.' }) input: CreatePersonInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('person', this.service.create(ctx, input, payloadSelectionOf(info, 'person')));
  }
}
