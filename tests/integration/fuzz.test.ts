import fc from 'fast-check';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { graphOutsideTestData } from '../helpers/graphFootprint';

/**
 * Hostile input, generated: malformed documents, deep nesting, alias and fragment bombs, huge strings, invalid UTF-8,
 * Lucene operators and Cypher fragments in every string argument, impossible dates, absurd page sizes, and mutations
 * with and without a key, sent over HTTP through the real server on the shared test Neo4j. "The graph is unchanged"
 * compares node counts per label and relationship counts per type outside test data (`graphOutsideTestData`: the
 * article's graph and anything written without a `test-` id; keys, audit entries and the import ledger aside). What
 * other suites write, always under `test-` ids, does not count, so the check holds whatever runs beside this suite.
 *
 * FUZZ_RUNS (batches of 16 requests, default 640 = 10 240 requests) and FUZZ_SEED reproduce or widen a run.
 */

const BATCH = 16;
const RUNS = Number(process.env.FUZZ_RUNS ?? 640);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** One generated HTTP request. */
interface FuzzRequest {
  kind: string;
  method: 'POST' | 'GET' | 'PUT';
  headers: Record<string, string>;
  body?: string | Uint8Array;
  query?: string;
  /** A mutation sent with a valid key, built to fail: it must answer with errors and change nothing. */
  mustFail?: boolean;
}

interface Keys {
  editor: string;
  admin: string;
}

// ---------------------------------------------------------------------------------------------------- strings

// The hostile-input tables stay packed, many to a line (Prettier would put each on its own line).
// prettier-ignore
const LUCENE = [
  '*', '?', '~', '^', '\\', '/', ':', '"', '""', '"unterminated', '(', ')', '[', ']', '{', '}', '!', '+', '-', '&&', '||',
  'AND', 'OR', 'NOT', 'a AND', 'OR b', 'NOT NOT', '*:*', 'name:*', 'name:[a TO z]', '{a TO b}', 'clegg~2', 'clegg^10',
  '/cl.*g/', 'a\\', '\\\\', 'te?t', '"nick clegg"~3', '+meta -trump', '(meta OR', 'field:(a b)', '_exists_:name',
];
// prettier-ignore
const CYPHER = [
  "' OR 1=1 //", '" OR 1=1 //', "'}) MATCH (n) DETACH DELETE n //", '"}) MATCH (n) DETACH DELETE n //',
  'MATCH (n) DETACH DELETE n', "x'; CALL db.clearQueryCaches(); //", '`', '`x` ', '$id', '$$', '{id: 1}', ']->()<-[',
  '/* comment', '*/', '// comment', "\\' OR true //", 'nick-clegg\' RETURN n //', 'CALL apoc.cypher.run("MATCH (n) DELETE n", {})',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l', '${7*7}', '{{7*7}}', '<script>alert(1)</script>', '%00', '\u0000',
  '\u202e', '\ufeff', '\ud83d\ude00', 'Émirats', 'ＮＩＣＫ', '..', '../../etc/passwd', 'null', 'undefined', 'true', '0', '-1',
];
// prettier-ignore
const IMPOSSIBLE_DATES = [
  '2023-02-30', '2023-13-01', '2023-00-10', '2023-01-32', '2021-02-29', '0000-00-00', '99999-01-01', '-0001-01-01',
  '2023-1-1', '2023/01/01', '20230101', '2023-01-01T25:61:61Z', '2023-01', '2023', '', ' ', 'yesterday', 'NaN',
  '2024-02-29', '1970-01-01', '9999-12-31', '2023-W01', '２０２３-０１-０１', '2023-01-01\u0000',
];
const REAL_IDS = ['nick-clegg', 'meta', 'donald-trump', 'adam-schiff', 'decision-meta-trump-reinstatement', 'facebook'];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LUCENE, ...CYPHER) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...LUCENE, ...CYPHER, ...REAL_IDS), fc.constantFrom(...LUCENE, ...CYPHER)).map(([a, b]) => `${a} ${b}`) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...REAL_IDS) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 40_000 }).map((n) => 'a* OR '.repeat(Math.ceil(n / 6)).slice(0, n)) },
);
const hostileDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES) },
  { weight: 1, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: -5, max: 12_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
);
const pageSize: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(-1, 0, 1, 100, 101, 500, 2_147_483_647, -2_147_483_648, 2_147_483_648, 1e20, 1.5, -0.5), fc.integer());

// ---------------------------------------------------------------------------------------------------- documents

/** An argument given either inline (a literal) or as a variable: both paths must be safe. */
type Arg = { name: string; type: string; value: unknown };

function literal(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

/** Builds `{ query, variables }` for one field, each argument inline or as a variable as `inline` says. */
function operation(kind: 'query' | 'mutation', field: string, args: Arg[], selection: string, inline: boolean[]): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const parts = args.map((arg, i) => {
    if (inline[i % inline.length]) return `${arg.name}: ${literal(arg.value)}`;
    variables[arg.name] = arg.value;
    defs.push(`$${arg.name}: ${arg.type}`);
    return `${arg.name}: $${arg.name}`;
  });
  const header = defs.length ? `${kind} Fuzz(${defs.join(', ')})` : kind;
  return { query: `${header} { ${field}${parts.length ? `(${parts.join(', ')})` : ''} ${selection} }`, variables };
}

const S = hostileString;
const D = hostileDate;
const N = pageSize;
const CONNECTION = '{ totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id } } }';

/** The arguments of a field, in the order of `types` (name → GraphQL type), with the generated `values`. */
const argsOf = (types: Record<string, string>, values: Record<string, unknown>): Arg[] => Object.entries(types).map(([name, type]) => ({ name, type, value: values[name] }));

/** Every read field with a string, date or page-size argument, each argument hostile. */
const readOperations: fc.Arbitrary<{ field: string; args: Arg[]; selection: string }> = fc.oneof(
  fc.record({ text: S, first: N, after: S, types: fc.array(S, { maxLength: 3 }) }).map((a) => ({
    field: 'search',
    args: argsOf({ text: 'String!', first: 'Int', after: 'String', types: '[NodeType!]' }, a),
    selection: '{ totalCount edges { cursor node { score matched node { id __typename } } } pageInfo { hasNextPage endCursor } }',
  })),
  fc.tuple(fc.constantFrom('person', 'decision', 'node', 'organization', 'source', 'platform'), S).map(([field, id]) => ({
    field,
    args: argsOf({ id: 'ID!' }, { id }),
    selection: '{ id }',
  })),
  fc.record({ field: fc.constantFrom('people', 'organizations'), first: N, after: S, nameContains: S }).map((a) => ({
    field: a.field,
    args: argsOf({ first: 'Int', after: 'String', nameContains: 'String' }, a),
    selection: CONNECTION,
  })),
  fc.record({ first: N, after: S, speakerId: S, aboutId: S, text: S, from: D, to: D }).map((a) => ({
    field: 'statements',
    args: argsOf({ first: 'Int', after: 'String', speakerId: 'ID', aboutId: 'ID', text: 'String', from: 'Date', to: 'Date' }, a),
    selection: CONNECTION,
  })),
  fc.record({ first: N, after: S, decidedById: S, participantId: S, status: S, from: D, to: D }).map((a) => ({
    field: 'decisions',
    args: argsOf({ first: 'Int', after: 'String', decidedById: 'ID', participantId: 'ID', status: 'DecisionStatus', from: 'Date', to: 'Date' }, a),
    selection: CONNECTION,
  })),
  fc.record({ first: N, targetId: S, lobbyistId: S, regardingId: S, stance: fc.oneof(S, fc.constantFrom('FOR', 'AGAINST')), from: D, to: D }).map((a) => ({
    field: 'lobbyingEfforts',
    args: argsOf({ first: 'Int', targetId: 'ID', lobbyistId: 'ID', regardingId: 'ID', from: 'Date', to: 'Date' }, a),
    selection: CONNECTION,
  })),
  fc.record({ entityId: S, first: N, after: S, from: D, to: D }).map((a) => ({
    field: 'timeline',
    args: argsOf({ entityId: 'ID', first: 'Int', after: 'String', from: 'Date', to: 'Date' }, a),
    selection: '{ totalCount edges { cursor node { date kind summary node { id } } } pageInfo { hasNextPage endCursor } }',
  })),
  fc.record({ fromId: S, toId: S, asOf: D, first: N, after: S, maxHops: N }).map((a) => ({
    field: 'paths',
    args: argsOf({ fromId: 'ID!', toId: 'ID!', asOf: 'Date', first: 'Int', after: 'String', maxHops: 'Int!' }, a),
    selection: '{ totalCount edges { cursor node { length nodes { id } edges { type from to } } } pageInfo { hasNextPage endCursor } }',
  })),
  fc.record({ id: S, depth: N, limit: N }).map((a) => ({
    field: 'neighborhood',
    args: argsOf({ id: 'ID!', depth: 'Int!', limit: 'Int!' }, a),
    selection: '{ nodes { id } edges { type from to } }',
  })),
  fc.record({ first: N, after: S }).map((a) => ({
    field: 'sources',
    args: argsOf({ first: 'Int', after: 'String' }, a),
    selection: CONNECTION,
  })),
);

const missingId = S.map((s) => `fuzz-missing-${Buffer.from(s).toString('hex').slice(0, 40)}`);

/**
 * Mutations, each built so that it must fail even with a valid key (an id that does not exist, an invalid id or
 * URL, a blank name): a success would be a write the fuzz did not mean, and the graph would change.
 */
const failingMutations: fc.Arbitrary<{ field: string; args: Arg[]; selection: string; role: 'editor' | 'admin' }> = fc.oneof(
  fc.record({ name: S, id: S }).map((a) => ({
    field: 'createPerson',
    role: 'editor' as const,
    args: [{ name: 'input', type: 'CreatePersonInput!', value: { id: `FUZZ ${a.id}`, name: a.name } }],
    selection: '{ person { id } }',
  })),
  fc.record({ name: S, id: missingId, description: S }).map((a) => ({
    field: 'updateEntity',
    role: 'editor' as const,
    args: [{ name: 'input', type: 'UpdateEntityInput!', value: { id: a.id, name: a.name, description: a.description } }],
    selection: '{ entity { id } }',
  })),
  fc.record({ speaker: missingId, text: S, language: S, quote: S, title: S, url: S, saidAt: D }).map((a) => ({
    field: 'addStatement',
    role: 'editor' as const,
    args: [
      {
        name: 'input',
        type: 'AddStatementInput!',
        value: {
          speakerIds: [a.speaker],
          text: a.text,
          language: a.language,
          saidAt: a.saidAt,
          evidence: [{ quote: a.quote, source: { title: a.title, language: 'fr', url: a.url } }],
        },
      },
    ],
    selection: '{ statement { id } }',
  })),
  fc.record({ title: S, url: S.map((s) => `javascript:${s}`) }).map((a) => ({
    field: 'createSource',
    role: 'editor' as const,
    args: [{ name: 'input', type: 'CreateSourceInput!', value: { title: a.title, language: 'en', url: a.url } }],
    selection: '{ source { id } }',
  })),
  fc.record({ id: missingId, reason: S }).map((a) => ({
    field: 'retractClaim',
    role: 'admin' as const,
    args: [{ name: 'input', type: 'RetractClaimInput!', value: { id: a.id, reason: a.reason } }],
    selection: '{ claim { id } }',
  })),
  fc
    .oneof(
      // The same id twice, a person and an organization, or an id that does not exist: every pair is refused.
      fc.constantFrom(['nick-clegg', 'nick-clegg'], ['nick-clegg', 'meta'], ['meta', 'donald-trump'], ['meta', 'decision-meta-trump-reinstatement']),
      fc.tuple(fc.constantFrom(...REAL_IDS), missingId),
      fc.tuple(missingId, fc.constantFrom(...REAL_IDS)),
    )
    .map(([keepId, mergeId]) => ({
      field: 'mergeEntities',
      role: 'admin' as const,
      args: [{ name: 'input', type: 'MergeEntitiesInput!', value: { keepId, mergeId } }],
      selection: '{ entity { id } }',
    })),
);

const json = (body: unknown, headers: Record<string, string> = {}): Pick<FuzzRequest, 'method' | 'headers' | 'body'> => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

function requestArbitrary(keys: Keys): fc.Arbitrary<FuzzRequest> {
  const inline = fc.array(fc.boolean(), { minLength: 1, maxLength: 7 });
  const name = fc.constantFrom('a', 'people', 'person', 'search', 'platforms', '__typename', 'id', 'edges', 'node');

  const reads = fc.tuple(readOperations, inline).map(([op, how]) => ({ kind: `read:${op.field}`, ...json(operation('query', op.field, op.args, op.selection, how)) }));

  const mutations = fc.tuple(failingMutations, inline, fc.constantFrom('none', 'bad', 'valid', 'valid', 'valid')).map(([op, how, key]) => {
    const authorization = key === 'valid' ? `Bearer ${keys[op.role]}` : key === 'bad' ? 'Bearer igk_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' : undefined;
    return {
      kind: `mutation:${op.field}:${key}`,
      mustFail: true,
      ...json(operation('mutation', op.field, op.args, op.selection, how), authorization ? { authorization } : {}),
    };
  });

  const malformed = fc
    .array(
      fc.oneof(
        fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '...', '$', '@', '!', '=', '"', '"""', '#', 'query', 'mutation', 'fragment', 'on', 'subscription', '\\u', '|', '&', ','),
        name,
        S,
      ),
      { maxLength: 60 },
    )
    .map((tokens) => ({ kind: 'malformed-document', ...json({ query: tokens.join(' ') }) }));

  const truncated = fc.tuple(readOperations, inline, fc.double({ min: 0, max: 1, noNaN: true })).map(([op, how, cut]) => {
    const { query, variables } = operation('query', op.field, op.args, op.selection, how);
    return { kind: 'truncated-document', ...json({ query: query.slice(0, Math.floor(query.length * cut)), variables }) };
  });

  const deepNesting = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('person', 'plain', 'list')).map(([depth, shape]) => {
    let query: string;
    if (shape === 'person') query = `{ person(id: "nick-clegg") ${'{ roles { edges { node { holder '.repeat(depth)}{ id }${' } } } }'.repeat(depth)} }`;
    else if (shape === 'plain') query = `${'{ a '.repeat(depth)}${'}'.repeat(depth)}`;
    else query = `{ search(text: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { totalCount } }`;
    return { kind: `deep-nesting:${shape}`, ...json({ query }) };
  });

  const aliasBomb = fc
    .tuple(fc.integer({ min: 1, max: 2_000 }), fc.constantFrom('platforms { totalCount }', 'people { totalCount }', '__typename', 'search(text: "a*") { totalCount }'))
    .map(([n, field]) => ({
      kind: 'alias-bomb',
      ...json({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }` }),
    }));

  const fragmentBomb = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 })).map(([levels, fanOut]) => {
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { platforms { totalCount } }` : `fragment F${i} on Query { ${`...F${i + 1} `.repeat(fanOut)}}`,
    );
    return { kind: 'fragment-bomb', ...json({ query: `{ ...F0 } ${fragments.join(' ')}` }) };
  });

  const recursiveFragments = fc.integer({ min: 1, max: 10 }).map((n) => {
    const fragments = Array.from({ length: n }, (_, i) => `fragment R${i} on Query { platforms { totalCount } ...R${(i + 1) % n} }`);
    return { kind: 'recursive-fragments', ...json({ query: `query { ...R0 } ${fragments.join(' ')}` }) };
  });

  const hugeString = fc.tuple(fc.integer({ min: 10_000, max: 150_000 }), fc.constantFrom('search', 'variable', 'name')).map(([n, where]) => {
    const big = 'x'.repeat(n);
    if (where === 'search') return { kind: 'huge-string:literal', ...json({ query: `{ search(text: "${big}") { totalCount } }` }) };
    if (where === 'variable') return { kind: 'huge-string:variable', ...json({ query: 'query($t: String!) { search(text: $t) { totalCount } }', variables: { t: big } }) };
    return { kind: 'huge-string:name', ...json({ query: `{ ${big} }` }) };
  });

  const invalidUtf8 = fc
    .tuple(
      fc.constantFrom(...[[0xff], [0xfe, 0xff], [0xc3, 0x28], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80]]),
      fc.constantFrom('string', 'key', 'raw', 'bom'),
    )
    .map(([bytes, where]) => {
      const invalid = Buffer.from(bytes);
      let body: Buffer;
      if (where === 'string') body = Buffer.concat([Buffer.from('{"query":"{ search(text: \\"'), invalid, Buffer.from('\\") { totalCount } }"}')]);
      else if (where === 'key') body = Buffer.concat([Buffer.from('{"que'), invalid, Buffer.from('ry":"{ platforms { totalCount } }"}')]);
      else if (where === 'bom') body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"{ platforms { totalCount } }"}')]);
      else body = invalid;
      return { kind: `invalid-utf8:${where}`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: new Uint8Array(body) };
    });

  const oddBodies = fc
    .oneof(
      fc.constantFrom(
        '',
        'null',
        '[]',
        '{}',
        '"query"',
        '42',
        'true',
        '{"query": 5}',
        '{"query": null}',
        '{"query": ["{ platforms { totalCount } }"]}',
        '{"query": "{ platforms { totalCount } }", "variables": "x"}',
        '{"query": "{ platforms { totalCount } }", "variables": [1]}',
        '{"query": "{ platforms { totalCount } }", "operationName": 7}',
        '{"query": "{ platforms { totalCount } }", "extensions": "x"}',
        '{"query": "{ platforms { totalCount } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
        '[{"query": "{ platforms { totalCount } }"}, {"query": "{ platforms { totalCount } }"}]',
        '{"query": "query A { platforms { totalCount } } query B { platforms { totalCount } }"}',
        '{"query": "query A { platforms { totalCount } }", "operationName": "B"}',
        '{"query": "subscription { platforms { totalCount } }"}',
        '{"query": "{ __schema { types { name } } }"}',
        '{"query": "{ platforms { totalCount } }"',
        '{"query": "\\ud800"}',
        `{"query": "${'['.repeat(5_000)}"}`,
        `${'['.repeat(10_000)}`,
        `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
      ),
      S.map((s) => JSON.stringify({ query: `{ platforms { totalCount } }`, variables: { [s]: s }, operationName: s })),
    )
    .chain((body) =>
      fc
        .constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=latin1',
          'application/json; charset=utf-16',
          'text/plain',
          'application/graphql',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          '',
        )
        .map((contentType) => ({
          kind: `odd-body:${contentType || 'none'}`,
          method: 'POST' as const,
          headers: contentType ? { 'content-type': contentType } : ({} as Record<string, string>),
          body,
        })),
    );

  // Kept under Node's 16 KiB header limit: past it Node itself answers 431 with no body, before the app sees it.
  const otherMethods = fc
    .tuple(
      fc.constantFrom('GET' as const, 'PUT' as const),
      S.map((s) => s.slice(0, 2_000)),
      fc.boolean(),
    )
    .map(([method, q, preflight]) => ({
      kind: `method:${method}`,
      method,
      headers: preflight ? { 'apollo-require-preflight': 'true' } : ({} as Record<string, string>),
      query: `?query=${encodeURIComponent(q)}&variables=${encodeURIComponent(q)}`,
    }));

  const headersAbuse = fc.tuple(S, S).map(([auth, requestId]) => ({
    kind: 'hostile-headers',
    ...json({ query: '{ platforms { totalCount } }' }, { authorization: headerSafe(auth), 'x-request-id': headerSafe(requestId) }),
  }));

  return fc.oneof(
    { weight: 10, arbitrary: reads },
    { weight: 5, arbitrary: mutations },
    { weight: 2, arbitrary: malformed },
    { weight: 2, arbitrary: truncated },
    { weight: 2, arbitrary: deepNesting },
    { weight: 1, arbitrary: aliasBomb },
    { weight: 1, arbitrary: fragmentBomb },
    { weight: 1, arbitrary: recursiveFragments },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: invalidUtf8 },
    { weight: 2, arbitrary: oddBodies },
    { weight: 1, arbitrary: otherMethods },
    { weight: 1, arbitrary: headersAbuse },
  );
}

/** A header value fetch accepts (printable ASCII), kept under Node's 16 KiB header limit (past it: a bodiless 431 from Node). */
function headerSafe(value: string): string {
  return (
    value
      .replace(/[^\x20-\x7e]/g, '?')
      .slice(0, 2_000)
      .trim() || 'x'
  );
}

// ---------------------------------------------------------------------------------------------------- the test

interface Outcome {
  status: number;
  contentType: string;
  text: string;
}

const STACK_TRACE = /\bat [\w.<>$]+ \(|\bat (?:async )?\/|node_modules\/|\.ts:\d+:\d+/;

describe('the API under generated hostile input', () => {
  let api: TestServer;
  let base: string;
  let keys: Keys;
  let sent = 0;
  const kinds = new Map<string, number>();
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    keys = { editor: (await createTestKey('EDITOR')).key, admin: (await createTestKey('ADMIN')).key };
    api = await createTestServer();
    base = `http://127.0.0.1:${await api.server.listen(0, '127.0.0.1')}`;
  });

  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await api?.stop();
    await closeTestDatabases();
    if (process.env.FUZZ_VERBOSE) console.log(`fuzz: ${sent} requests`, Object.fromEntries([...kinds].sort()));
  });

  async function send(request: FuzzRequest): Promise<Outcome> {
    let response: Response;
    try {
      response = await fetch(`${base}/graphql${request.query ?? ''}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      const body = typeof request.body === 'string' ? request.body.slice(0, 1_000) : request.body ? `<${request.body.length} bytes>` : '';
      throw new Error(`no answer within 15 s (${(error as Error).message}): ${request.kind} ${request.query ?? ''} ${body}`);
    }
    sent += 1;
    if (process.env.FUZZ_VERBOSE && sent % 1024 === 0) process.stderr.write(`fuzz: ${sent} requests\n`);
    kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  /** What every answer must be, whatever was sent; throws with the reason. */
  function check(request: FuzzRequest, outcome: Outcome): void {
    const where = `${request.kind} → ${outcome.status} ${outcome.text.slice(0, 300)}`;
    if (outcome.status >= 500) throw new Error(`a 5xx answer: ${where}`);
    if (STACK_TRACE.test(outcome.text)) throw new Error(`a stack trace in the answer: ${where}`);
    if (!/^application\/(graphql-response\+)?json/.test(outcome.contentType)) throw new Error(`not JSON (${outcome.contentType}): ${where}`);
    let body: { data?: Record<string, unknown> | null; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
    try {
      body = JSON.parse(outcome.text);
    } catch {
      throw new Error(`a body that does not parse as JSON: ${where}`);
    }
    for (const error of body.errors ?? []) {
      if (typeof error.extensions?.code !== 'string') throw new Error(`an error without extensions.code: ${where}`);
      if (error.extensions.code === 'INTERNAL_SERVER_ERROR') throw new Error(`an unexpected (masked) error: ${where}`);
    }
    if (request.mustFail && !body.errors?.length) throw new Error(`a mutation built to fail succeeded: ${where}`);
    if (!body.errors?.length && body.data === undefined) throw new Error(`neither data nor errors: ${where}`);
  }

  const counts = () => graphOutsideTestData(testDatabase());

  it('answers every one of 10 000+ generated requests with JSON, a code on every error, no 5xx, no stack trace, and leaves the graph as it was', async () => {
    const before = await counts();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(requestArbitrary(keys), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const outcomes = await Promise.all(batch.map(send));
        batch.forEach((request, i) => check(request, outcomes[i]));
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: !process.env.FUZZ_SHRINK },
    );
    const elapsed = Date.now() - started;

    expect(sent).toBeGreaterThanOrEqual(Math.min(10_000, RUNS * BATCH));
    expect(crashes).toEqual([]);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect(await counts()).toEqual(before);
    if (process.env.FUZZ_VERBOSE) console.log(`fuzz: ${sent} requests in ${elapsed} ms`);
  }, 600_000);
});
