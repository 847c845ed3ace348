import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { QUERIES, type BenchParams } from '../../bench/run/queries';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

/**
 * The node:http route with its compiled fast path (src/fastpath) against the route it replaced (Express, express.json
 * and Apollo's Express integration, still mounted on the server's Express app, served here on a port of its own):
 * every example operation and every bench operation, on the seed, must get the same status, content type, request
 * id and body byte for byte, errors included; and the second sending must have taken the fast path. The answers from
 * cached plans (src/projection/planCache.ts) must also be those of a server that builds every projection afresh.
 */
const OPERATIONS_DIR = path.join(__dirname, '../../schema/operations');

/** The bench's parameters, read off the seed instead of a generated data set. */
const SEED_PARAMS: BenchParams = {
  decisionId: 'decision-meta-trump-reinstatement',
  personId: 'nick-clegg',
  asOf: '2022-12-15',
  targetId: 'meta',
  searchText: 'clegg',
  pathFrom: 'adam-schiff',
  pathTo: 'nick-clegg',
  neighbourhoodId: 'meta',
  supernodeId: 'meta',
  roleOrgId: 'meta',
  evidenceSourceId: 'cnn-meta-trump-reinstatement-fr',
  sortHubId: 'meta',
  page50: {},
};

interface Call {
  name: string;
  /** Answered without error, so the second sending must run compiled. */
  compiled?: boolean;
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const examples: Call[] = fs
  .readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => ({ name: `example ${f}`, query: fs.readFileSync(path.join(OPERATIONS_DIR, f), 'utf8') }));
const bench: Call[] = QUERIES.map((q) => ({ name: `bench ${q.name}`, ...q.ours(SEED_PARAMS) }));
const decision = bench.find((c) => c.name.includes('decision with participants'))!;

/** Calls whose answers are errors, or that the fast path leaves to the standard one: they must match too. */
const edgeCases: Call[] = [
  { name: 'an id variable given as a number (coerced to a string)', compiled: true, query: decision.query, variables: { id: 42 } },
  { name: 'a bad variable (errors from the standard path after a fast attempt)', query: decision.query, variables: { id: { not: 'an id' } } },
  { name: 'a nested list refusing its argument', query: '{ person(id: "nick-clegg") { name roles(first: -1) { totalCount } } }' },
  { name: 'an aliased nested field', compiled: true, query: '{ person(id: "nick-clegg") { n: name roles { totalCount } } }' },
  {
    name: 'one nested list twice, aliased, with different arguments',
    compiled: true,
    query: '{ person(id: "nick-clegg") { all: roles { totalCount } one: roles(first: 1) { edges { node { title } } } } }',
  },
  { name: 'an aliased root field', compiled: true, query: '{ clegg: person(id: "nick-clegg") { name } meta: organization(id: "meta") { name } }' },
  { name: 'an unknown id', compiled: true, query: '{ person(id: "nobody-at-all") { name } }' },
  { name: 'a mutation, anonymous', query: 'mutation { retractClaim(input: { id: "x", reason: "y" }) { claim { id } } }' },
  { name: 'a document that does not validate', query: '{ person(id: "nick-clegg") { nope } }' },
  { name: 'a variable of the wrong type', query: 'query($id: ID!) { person(id: $id) { name } }', variables: { id: { not: 'an id' } } },
  { name: 'two operations, one named', compiled: true, query: 'query A { person(id: "nick-clegg") { name } } query B { organization(id: "meta") { name } }', operationName: 'B' },
];

describe('the fast path answers exactly as the standard path', () => {
  let fast: TestServer;
  let expressOnly: http.Server;
  let fastUrl: string;
  let standardUrl: string;
  /** The standard path of a server without the plan cache: every projection built afresh. */
  let uncached: TestServer;
  let uncachedOnly: http.Server;
  let uncachedUrl: string;

  beforeAll(async () => {
    fast = await createTestServer({ GRAPHQL_FAST_PATH: 'true', GRAPHQL_PLAN_CACHE: 'true' });
    fastUrl = `http://127.0.0.1:${await fast.server.listen(0, '127.0.0.1')}/graphql`;
    expressOnly = http.createServer(fast.server.app);
    await new Promise<void>((resolve) => expressOnly.listen(0, '127.0.0.1', resolve));
    standardUrl = `http://127.0.0.1:${(expressOnly.address() as { port: number }).port}/graphql`;
    uncached = await createTestServer({ GRAPHQL_FAST_PATH: 'false', GRAPHQL_PLAN_CACHE: 'false' });
    uncachedOnly = http.createServer(uncached.server.app);
    await new Promise<void>((resolve) => uncachedOnly.listen(0, '127.0.0.1', resolve));
    uncachedUrl = `http://127.0.0.1:${(uncachedOnly.address() as { port: number }).port}/graphql`;
  });

  afterAll(async () => {
    await new Promise((resolve) => expressOnly.close(resolve));
    await new Promise((resolve) => uncachedOnly.close(resolve));
    await fast.stop();
    await uncached.stop();
    await closeTestDatabases();
  });

  const send = async (url: string, call: Call) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'fast-path-test' },
      body: JSON.stringify({ query: call.query, variables: call.variables, operationName: call.operationName }),
    });
    return { status: response.status, type: response.headers.get('content-type'), requestId: response.headers.get('x-request-id'), body: await response.text() };
  };

  it.each([...examples, ...bench].map((c) => [c.name, c] as const))('%s', async (_name, call) => {
    const expected = await send(standardUrl, call);
    expect(expected.body).toContain('"data"');
    const first = await send(fastUrl, call);
    const before = fast.server.routeStats.fast;
    const second = await send(fastUrl, call);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    // Examples and bench operations answer without error: the second sending ran compiled.
    if (!expected.body.includes('"errors"')) expect(fast.server.routeStats.fast).toBe(before + 1);
    // And as a server that builds every projection afresh.
    expect(second).toEqual(await send(uncachedUrl, call));
  });

  it.each(edgeCases.map((c) => [c.name, c] as const))('%s', async (_name, call) => {
    const expected = await send(standardUrl, call);
    const first = await send(fastUrl, call);
    const before = fast.server.routeStats.fast;
    const second = await send(fastUrl, call);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(fast.server.routeStats.fast - before).toBe(call.compiled ? 1 : 0);
  });

  it('runs a compiled document with new variables, and falls back on their error', async () => {
    const query = 'query($id: ID!) { person(id: $id) { name roles { totalCount } } }';
    await send(fastUrl, { name: 'fill', query, variables: { id: 'nick-clegg' } });
    const before = { ...fast.server.routeStats };
    for (const id of ['andy-stone', 'adam-schiff', 'nobody-at-all']) {
      const call = { name: id, query, variables: { id } };
      expect(await send(fastUrl, call)).toEqual(await send(standardUrl, call));
    }
    expect(fast.server.routeStats.fast - before.fast).toBe(3);
    const bad = { name: 'bad', query, variables: { id: null } };
    expect(await send(fastUrl, bad)).toEqual(await send(standardUrl, bad));
    expect(fast.server.routeStats.retried - before.retried).toBe(1);
  });

  it('answers from a cached plan as a fresh build does, for variables that change the Cypher and values that do not', async () => {
    // The reference builds every projection afresh (GRAPHQL_PLAN_CACHE=false) on the standard path.
    const query = `query($id: ID!, $at: DateTime, $asOf: Date, $first: Int, $last: Int, $where: LobbyingEffortWhere, $orderBy: [LobbyingEffortOrderBy!], $withRoles: Boolean!) {
      organization(id: $id, asKnownAt: $at) {
        id name
        roles(asOf: $asOf, first: 3) @include(if: $withRoles) { totalCount edges { cursor node { id title validFrom } } }
        lobbiedBy(first: $first, last: $last, where: $where, orderBy: $orderBy) { totalCount edges { cursor node { id stance date } } pageInfo { hasNextPage hasPreviousPage endCursor } }
      }
    }`;
    const base = { id: 'meta', withRoles: true, first: 2 };
    const variants: Array<Record<string, unknown>> = [
      base,
      { ...base, id: 'cnn' },
      { ...base, first: undefined, last: 2 },
      { ...base, first: 1 },
      { ...base, where: { stance: { eq: 'SUPPORT' } } },
      { ...base, where: { stance: { eq: 'OPPOSE' } } },
      { ...base, where: { date: { gte: '2020-01-01' } } },
      { ...base, where: { OR: [{ stance: { eq: 'SUPPORT' } }, { date: { lt: '2021-01-01' } }] } },
      { ...base, orderBy: [{ date: 'DESC' }] },
      { ...base, asOf: '2019-06-01' },
      { ...base, asOf: '2023-06-01' },
      // As of two instants after the seed was written (an instant before it answers null, as it should).
      { ...base, at: new Date(Date.now() - 1_000).toISOString() },
      { ...base, at: new Date().toISOString() },
      { ...base, withRoles: false },
    ];
    // Each variant once to fill, then all again in another order: the second round runs compiled, from cached plans.
    for (const variables of variants) await send(fastUrl, { name: 'fill', query, variables });
    const before = { ...fast.server.planCacheStats };
    for (const variables of [...variants].reverse()) {
      const call = { name: JSON.stringify(variables), query, variables };
      const answer = await send(fastUrl, call);
      expect(answer).toEqual(await send(uncachedUrl, call));
      expect(answer.body).toContain('"data":{"organization":{');
    }
    const after = fast.server.planCacheStats;
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(variants.length);
    expect(after.misses - before.misses).toBe(0);
    // The reference built every projection afresh.
    expect(uncached.server.planCacheStats).toEqual({ hits: 0, misses: 0, entries: 0 });
  });

  it('counts a plan cache hit for a repeated query and a miss for a new shape, and builds none when off', async () => {
    const call = (id: string, first: number) => ({
      name: id,
      query: 'query($id: ID!, $n: Int) { person(id: $id) { name roles(first: $n) { totalCount } } }',
      variables: { id, n: first },
    });
    await send(fastUrl, call('nick-clegg', 1));
    const before = { ...fast.server.planCacheStats };
    // Another id: the same plan (the id is a parameter of the root match, outside the plan).
    expect(await send(fastUrl, call('adam-schiff', 1))).toEqual(await send(uncachedUrl, call('adam-schiff', 1)));
    expect(fast.server.planCacheStats.hits - before.hits).toBe(1);
    // Another page size below the root: a plan of its own.
    expect(await send(fastUrl, call('adam-schiff', 7))).toEqual(await send(uncachedUrl, call('adam-schiff', 7)));
    expect(fast.server.planCacheStats.misses - before.misses).toBe(1);
  });

  it('refuses bodies as express.json does: too large, not JSON, not an object', async () => {
    for (const body of ['{"query": ', '"just a string"', '', 'x'.repeat(200_000), '[{"query":"{ __typename }"}]']) {
      const post = (url: string) =>
        fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => ({ status: r.status, body: await r.text() }));
      expect(await post(fastUrl)).toEqual(await post(standardUrl));
    }
  });
});
