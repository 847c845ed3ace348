import { closeTestDatabases } from '../../helpers/testDatabase';
import { createTestServer, type TestServer } from '../../helpers/testServer';

let api: TestServer;

beforeAll(async () => {
  // Warm, these answer in tens of milliseconds; the first run of each query shape is planned by Neo4j, which on a
  // loaded two-core machine took up to 10 s (the default NEO4J_QUERY_TIMEOUT_MS), so the suite allows 60 s.
  api = await createTestServer({ NEO4J_QUERY_TIMEOUT_MS: '60000' });
});
afterAll(async () => {
  await api.stop();
  await closeTestDatabases();
});

const interlocks = (first: number) => `query ($id: ID!, $asOf: Date, $after: String) {
  interlocks(id: $id, asOf: $asOf, first: ${first}, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { entity { id name } sharedCount shared { via { id name } claims { id __typename evidence { quote source { id } } } } } }
  }
}`;

describe('interlocks', () => {
  it('lists the people Meta shares with other organizations, with the claims and evidence that make each link', async () => {
    const { data, errors } = await api.run(interlocks(5), { id: 'meta' });
    expect(errors).toBeUndefined();
    const edges = data!.interlocks.edges.map((e: any) => e.node);
    expect(edges.length).toBeGreaterThan(0);
    const byOrg = new Map(edges.map((n: any) => [n.entity.id, n]));
    // Nick Clegg: Meta's president of global affairs, and before that in UK politics (windows must overlap).
    for (const node of edges) {
      expect(node.entity.id).not.toBe('meta');
      expect(node.sharedCount).toBe(node.shared.length);
      for (const link of node.shared) {
        expect(link.claims.length).toBeGreaterThan(0);
        for (const claim of link.claims) expect(claim.evidence.length).toBeGreaterThan(0);
      }
    }
    const people = new Set(edges.flatMap((n: any) => n.shared.map((s: any) => s.via.id)));
    expect(people.size).toBeGreaterThan(0);
    expect([...byOrg.keys()]).toEqual([...byOrg.keys()].sort());
  });

  it('pages by id with a cursor, and counts', async () => {
    const all = (await api.run(interlocks(5), { id: 'meta' })).data!.interlocks;
    const first = (await api.run(interlocks(1), { id: 'meta' })).data!.interlocks;
    expect(first.totalCount).toBe(all.edges.length);
    expect(first.edges).toHaveLength(Math.min(1, all.edges.length));
    if (all.edges.length > 1) {
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = (await api.run(interlocks(1), { id: 'meta', after: first.pageInfo.endCursor })).data!.interlocks;
      expect(next.edges[0].node.entity.id).toBe(all.edges[1].node.entity.id);
    }
  });

  it('for a person, lists the people who share organizations with them', async () => {
    const { data, errors } = await api.run(interlocks(5), { id: 'adam-schiff' });
    expect(errors).toBeUndefined();
    const ids = data!.interlocks.edges.map((e: any) => e.node.entity.id);
    expect(ids).toContain('sheldon-whitehouse');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const { errors } = await api.run(interlocks(5), { id: 'no-such-entity-anywhere' });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('commonConnections', () => {
  const COMMON = `query ($a: ID!, $b: ID!, $asOf: Date) {
    commonConnections(a: $a, b: $b, asOf: $asOf, first: 10) { totalCount edges { node { node { id } claimsWithA { id evidence { quote } } claimsWithB { id } } } }
  }`;

  it('of Adam Schiff and Sheldon Whitehouse includes the letter’s target, with the claims on either side', async () => {
    const { data, errors } = await api.run(COMMON, { a: 'adam-schiff', b: 'sheldon-whitehouse' });
    expect(errors).toBeUndefined();
    const meta = data!.commonConnections.edges.map((e: any) => e.node).find((n: any) => n.node.id === 'meta');
    expect(meta).toBeDefined();
    expect(meta.claimsWithA.map((c: any) => c.id)).toContain('lobbying-schiff-whitehouse-letter-meta');
    expect(meta.claimsWithB.map((c: any) => c.id)).toContain('lobbying-schiff-whitehouse-letter-meta');
    expect(meta.claimsWithA[0].evidence.length).toBeGreaterThan(0);
  });

  it('keeps only links that held on asOf', async () => {
    const { data } = await api.run(COMMON, { a: 'adam-schiff', b: 'sheldon-whitehouse', asOf: '2000-01-01' });
    expect(data!.commonConnections.edges.map((e: any) => e.node.node.id)).not.toContain('meta');
  });
});
