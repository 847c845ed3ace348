import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

describe('the API over HTTP', () => {
  let api: TestServer;
  let base: string;

  beforeAll(async () => {
    api = await createTestServer();
    const port = await api.server.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  it('answers /health while the process is up', async () => {
    const response = await fetch(`${base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('answers /ready with 200 when Neo4j answers', async () => {
    const response = await fetch(`${base}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('serves GraphQL at /graphql and echoes the request id', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-test-1' },
      body: JSON.stringify({ query: '{ person(id: "nick-clegg") { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('e2e-test-1');
    expect(await response.json()).toEqual({ data: { person: { name: 'Nick Clegg' } } });
  });

  it('refuses a simple cross-site GET (CSRF prevention)', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ platforms { totalCount } }')}`);
    expect(response.status).toBe(400);
  });

  it('lets no other origin in without CORS_ORIGINS: a preflight is refused, an answer carries no CORS header', async () => {
    const preflight = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const answer = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "nick-clegg") { name } }' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the size limit before parsing it', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ search(text: "${'x'.repeat(200_000)}") { totalCount } }` }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/size limit/), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers a body that is not JSON with a JSON error, not a stack trace', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).not.toMatch(/at \w+ \(/);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});
