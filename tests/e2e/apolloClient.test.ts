import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { firstValueFrom, filter } from 'rxjs';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

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
`;

const PEOPLE = gql`
  query People($first: Int, $after: String) {
    people(first: $first, after: $after) {
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

type PeoplePage = {
  people: { edges: { cursor: string; node: { id: string; name: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
};

/** A real client, as a front end would use the API: Apollo Client over HTTP, its normalized cache and pagination. */
describe('the API through Apollo Client', () => {
  let api: TestServer;
  let uri: string;

  beforeAll(async () => {
    api = await createTestServer();
    uri = `http://127.0.0.1:${await api.server.listen(0, '127.0.0.1')}/graphql`;
  });

  afterAll(async () => {
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
    expect(decision.participants.length).toBeGreaterThan(0);
    expect(decision.participants.every((p: any) => p.evidence.length > 0)).toBe(true);
    expect((client.cache.extract() as Record<string, unknown>)['Decision:decision-meta-trump-reinstatement']).toMatchObject({ title: decision.title });
    client.stop();
  });

  it('pages through people two at a time with fetchMore, merging the pages into one list', async () => {
    const client = newClient();
    const watched = client.watchQuery<PeoplePage>({ query: PEOPLE, variables: { first: 2 } });
    const first = await firstValueFrom(watched.pipe(filter((r) => r.dataState === 'complete')));
    const page1 = (first.data as PeoplePage).people;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    await watched.fetchMore({ variables: { first: 2, after: page1.pageInfo.endCursor } });
    const merged = client.readQuery<PeoplePage>({ query: PEOPLE, variables: { first: 2 } })!.people;
    expect(merged.edges).toHaveLength(4);
    const ids = merged.edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.slice(0, 2)).toEqual(page1.edges.map((e) => e.node.id));

    const everyone = await client.query<PeoplePage>({ query: PEOPLE, variables: { first: 100 }, fetchPolicy: 'network-only' });
    expect(everyone.data!.people.edges.map((e) => e.node.id).slice(0, 4)).toEqual(ids);
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
});
