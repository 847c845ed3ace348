import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { firstValueFrom, filter } from 'rxjs';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { RUN, runPrefix } from '../helpers/testIds';

const DECISION = gql`
  query WhoOverseesMetasDecision {
    decision(id: "decision-meta-trump-reinstatement") {
      id
      title
      decidedBy {
        id
        name
      }
      participants {
        totalCount
        edges {
          cursor
          node {
            id
            role
            actor {
              id
              name
            }
            evidence {
              quote
              source {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`;

const CLEGG_LOBBIED_BY = gql`
  query CleggLobbiedBy($first: Int) {
    person(id: "nick-clegg") {
      id
      name
      lobbiedBy(first: $first) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`;

const PEOPLE = gql`
  query People($first: Int, $after: String, $nameContains: String) {
    people(first: $first, after: $after, nameContains: $nameContains) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

/**
 * The people this suite pages through: its own, made for this run, so that what other suites write meanwhile (or left
 * in the database) does not change the pages. Their names share a word no one else's has: the run's suffix.
 */
const P = runPrefix('apollo');
const MARKER = `apollo${RUN}`;
const OWN_PEOPLE = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Eva'].map((first, i) => ({ id: `${P}${i + 1}`, name: `${first} ${MARKER}` }));

type PeoplePage = {
  people: { edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

/** A real client, as a front end would use the API: Apollo Client over HTTP, its normalized cache and pagination. */
describe('the API through Apollo Client', () => {
  let api: TestServer;
  let uri: string;

  beforeAll(async () => {
    await testDatabase().writeRows(`UNWIND $people AS person MERGE (p:Person:Entity {id: person.id}) SET p.name = person.name`, { people: OWN_PEOPLE });
    api = await createTestServer();
    uri = `http://127.0.0.1:${await api.server.listen(0, '127.0.0.1')}/graphql`;
  });

  afterAll(async () => {
    await testDatabase().writeRows(`MATCH (p:Person) WHERE p.id STARTS WITH $p DETACH DELETE p`, { p: P });
    await api.stop();
    await closeTestDatabases();
  });

  const newClient = () =>
    new ApolloClient({
      link: new HttpLink({ uri }),
      cache: new InMemoryCache({
        typePolicies: {
          Query: {
            fields: {
              people: {
                // One list per filter; pages fetched with `after` are appended to it.
                keyArgs: ['nameContains'],
                merge(existing: PeoplePage['people'] | undefined, incoming: PeoplePage['people']) {
                  if (!existing) return incoming;
                  return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
                },
              },
            },
          },
        },
      }),
    });

  it('reads a decision with its decider, its participants and their evidence, normalized in the cache', async () => {
    const client = newClient();
    const { data, error } = await client.query({ query: DECISION });
    expect(error).toBeUndefined();
    const decision = (data as any).decision;
    expect(decision.id).toBe('decision-meta-trump-reinstatement');
    expect(decision.decidedBy.length).toBeGreaterThan(0);
    const participants = decision.participants.edges.map((e: any) => e.node);
    expect(participants.length).toBeGreaterThan(0);
    expect(decision.participants.totalCount).toBe(participants.length);
    expect(participants.every((p: any) => p.evidence.length > 0)).toBe(true);
    expect((client.cache.extract() as Record<string, unknown>)[`DecisionRole:${participants[0].id}`]).toMatchObject({ role: participants[0].role });
    expect((client.cache.extract() as Record<string, unknown>)['Decision:decision-meta-trump-reinstatement']).toMatchObject({ title: decision.title });
    client.stop();
  });

  it('pages through people two at a time with fetchMore, merging the pages into one list', async () => {
    const client = newClient();
    const variables = { first: 2, nameContains: MARKER };
    const watched = client.watchQuery<PeoplePage>({ query: PEOPLE, variables });
    const first = await firstValueFrom(watched.pipe(filter((r) => r.dataState === 'complete')));
    const page1 = (first.data as PeoplePage).people;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    await watched.fetchMore({ variables: { ...variables, after: page1.pageInfo.endCursor } });
    const merged = client.readQuery<PeoplePage>({ query: PEOPLE, variables })!.people;
    expect(merged.edges).toHaveLength(4);
    const ids = merged.edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.slice(0, 2)).toEqual(page1.edges.map((e) => e.node.id));

    // The whole list in one request, past the cache (whose merge policy would append it to the pages already there).
    const everyone = await client.query<PeoplePage>({ query: PEOPLE, variables: { first: 100, nameContains: MARKER }, fetchPolicy: 'no-cache' });
    const all = everyone.data!.people.edges.map((e) => e.node.id);
    expect(all).toEqual(OWN_PEOPLE.map((p) => p.id));
    expect(all.slice(0, 4)).toEqual(ids);
    client.stop();
  });

  it('surfaces a refused page size as a GraphQL error with its code, BAD_USER_INPUT', async () => {
    const client = newClient();
    const { data, error } = await client.query({ query: PEOPLE, variables: { first: 500 }, errorPolicy: 'all' });
    expect(data).toBeFalsy();
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    const [first] = (error as CombinedGraphQLErrors).errors;
    expect(first.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    client.stop();
  });

  it('keeps the rest of the answer when a nested connection refuses its page size: partial data and the error at its path', async () => {
    const client = newClient();
    const { data, error } = await client.query({ query: CLEGG_LOBBIED_BY, variables: { first: 1000 }, errorPolicy: 'all' });
    expect(data).toMatchObject({ person: { id: 'nick-clegg', name: 'Nick Clegg', lobbiedBy: null } });
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    const [first] = (error as CombinedGraphQLErrors).errors;
    expect(first.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
    expect(first.path).toEqual(['person', 'lobbiedBy']);
    client.stop();
  });
});
