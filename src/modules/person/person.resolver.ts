import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf, readProjected, selectionOf } from '../../projection';
import { Role } from '../role/role.type';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { Validity } from '../../graphql/enums';
import { StatementConnection } from '../statement/statement.type';
import { Person, PersonConnection } from './person.type';
import { PersonService } from './person.service';
import { CreatePersonInput } from './person.inputs';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `createPerson` answers: the Person it wrote. */
export const CreatePersonPayload = payloadType('createPerson', 'person', () => Person, 'The person written (or the one a retry with the same id finds).');

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
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(ctx, nameContains, page, selectionOf(info));
  }

  @FieldResolver(() => [Role], { description: 'Roles held, all or those valid on `asOf`, oldest first.' })
  roles(
    @Root() person: Person,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only roles valid on this date; every role when left out.' }) _asOf: string,
    @Arg('validity', () => Validity, {
      nullable: true,
      description: 'CERTAIN: only roles that certainly held on `asOf` (today when left out); POSSIBLE or left out: also those that only may have.',
    })
    _validity: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readProjected(person, info);
  }

  @FieldResolver(() => StatementConnection, { description: 'Statements made, oldest first, a page at a time.' })
  statements(@Root() person: Person, @Args(() => PageArgs) _page: PageArgs, @Info() info: GraphQLResolveInfo) {
    return readProjected(person, info);
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
