import { spawn } from 'node:child_process';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { createTestKey } from '../helpers/testKeys';
import { runPrefix } from '../helpers/testIds';
import { tsNodeArgs } from '../helpers/tsChild';
import { SLOW_SUBSCRIBER } from '../../src/modules/audit/changeFeed';

const P = runPrefix('live');
const CNN = 'cnn-meta-trump-reinstatement-fr';
const root = path.resolve(__dirname, '..', '..');
const SUBSCRIPTION = `subscription($since: DateTime, $ids: [ID!]) { changes(since: $since, entityIds: $ids) { id at operation ids node { id ... on Role { title } } } }`;

interface Change {
  id: string;
  at: string;
  operation: string;
  ids: string[];
  node: { id: string; title?: string } | null;
}

/** Runs a mutation in another API process; resolves with when it had finished writing. */
function writeElsewhere(keyId: string, query: string, variables: Record<string, unknown>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsNodeArgs(path.join(root, 'tests', 'helpers', 'writerProcess.ts'), keyId, query, JSON.stringify(variables)), {
      cwd: root,
      env: { ...process.env, SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`writer process exited ${code}: ${err}`));
      const { doneAt, errors } = JSON.parse(out.trim().split('\n').pop()!);
      if (errors) return reject(new Error(JSON.stringify(errors)));
      resolve(doneAt);
    });
  });
}

const addRole = (id: string, title: string) => ({
  query: `mutation($input: AddRoleInput!) { addRole(input: $input) { role { id } } }`,
  variables: { input: { id, holderId: `${P}person`, organizationId: `${P}org`, title, evidence: [{ sourceId: CNN, quote: title }] } },
});

/** A subscription whose changes are collected, each stamped with when it arrived. */
function listen(client: Client, variables: Record<string, unknown>) {
  const received: Array<Change & { arrivedAt: number }> = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const stop = client.subscribe<{ changes: Change }>(
    { query: SUBSCRIPTION, variables },
    {
      next: (message) => {
        if (message.data) received.push({ ...message.data.changes, arrivedAt: Date.now() });
        else errors.push(message.errors);
        waiters.splice(0).forEach((w) => w());
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  const until = async (test: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!test() && Date.now() < end) await new Promise<void>((r) => (waiters.push(r), setTimeout(r, 100)));
    return test();
  };
  return { received, errors, stop, until };
}

describe('the changes subscription over graphql-ws', () => {
  let api: TestServer;
  let port: number;
  let editor: { key: string; caller: { keyId: string } };
  const clients: Client[] = [];

  const connect = (key?: string, onClose?: (event: { code: number }) => void) => {
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: key ? { authorization: `Bearer ${key}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: onClose ? { closed: (event) => onClose(event as { code: number }) } : {},
    });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    api = await createTestServer({}, { changeFeed: { pollMs: 100, maxBuffer: 20 } });
    port = await api.server.listen(0, '127.0.0.1');
    editor = await createTestKey('EDITOR');
    await testDatabase().writeRows(
      `MERGE (p:Entity:Person:Node {id: $person}) SET p.name = 'Live Person', p.createdAt = datetime()
       MERGE (o:Entity:Organization:Node {id: $org}) SET o.name = 'Live Org', o.createdAt = datetime()`,
      { person: `${P}person`, org: `${P}org` },
    );
  });

  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await testDatabase().writeRows('MATCH (a:AuditEntry) WHERE any(i IN a.ids WHERE i STARTS WITH $prefix) DELETE a', { prefix: P });
    await testDatabase().writeRows('MATCH ()-[r]->() WHERE r.claimId STARTS WITH $prefix DELETE r', { prefix: P });
    await testDatabase().writeRows('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: P });
    await api.stop();
    await closeTestDatabases();
  });

  it('delivers a write made through another API process within 2 s, then what a reconnect with since missed', async () => {
    const client = connect(editor.key);
    const live = listen(client, { ids: [`${P}person`] });
    await new Promise((r) => setTimeout(r, 500));

    const first = addRole(`${P}role-1`, 'First');
    const doneAt = await writeElsewhere(editor.caller.keyId, first.query, first.variables);
    expect(await live.until(() => live.received.some((c) => c.ids.includes(`${P}role-1`)))).toBe(true);
    const change = live.received.find((c) => c.ids.includes(`${P}role-1`))!;
    expect(change).toMatchObject({ operation: 'ADD_ROLE', node: { id: `${P}role-1`, title: 'First' } });
    expect(change.arrivedAt - doneAt).toBeLessThan(2_000);

    // The client goes away; two writes land while it is gone; it comes back with `since` and receives both, once each.
    live.stop();
    await client.dispose();
    for (const [id, title] of [
      [`${P}role-2`, 'Second'],
      [`${P}role-3`, 'Third'],
    ]) {
      const { query, variables } = addRole(id, title);
      expect((await api.run(query, variables, { keyId: editor.caller.keyId, role: 'EDITOR' })).errors).toBeUndefined();
    }
    const again = listen(connect(editor.key), { since: change.at, ids: [`${P}person`] });
    const resumed = await again.until(() => again.received.length >= 2);
    expect(again.errors).toEqual([]);
    expect(resumed).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    // `since` is inclusive: the change received last may come again (clients skip ids they have); the others once each.
    expect(again.received.map((c) => c.ids[0]).filter((id) => id !== `${P}role-1`)).toEqual([`${P}role-2`, `${P}role-3`]);
    expect(again.received.filter((c) => c.ids[0] === `${P}role-1`).length).toBeLessThanOrEqual(1);
  });

  it('refuses a connection without a key when reads need one, and one with a bad key', async () => {
    const strict = await createTestServer({ READS_NEED_KEY: 'true' });
    const strictPort = await strict.server.listen(0, '127.0.0.1');
    try {
      const closeCode = (key?: string) =>
        new Promise<number>((resolve) => {
          const client = createClient({
            url: `ws://127.0.0.1:${strictPort}/graphql`,
            webSocketImpl: WebSocket,
            connectionParams: key ? { authorization: key } : {},
            retryAttempts: 0,
            lazy: false,
            onNonLazyError: () => undefined,
            on: { closed: (event) => resolve((event as { code: number }).code) },
          });
          clients.push(client);
        });
      expect(await closeCode()).toBe(4403);
      expect(await closeCode('Bearer not-a-key')).toBe(4403);
      const ok = listen(connect(editor.key), {});
      await new Promise((r) => setTimeout(r, 300));
      ok.stop();
    } finally {
      await strict.stop();
    }
  });

  it('closes a client that stops reading, with its own close code, and keeps nothing for it', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((r) => socket.once('open', r));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${editor.key}` } }));
    await new Promise((r) => socket.once('message', r));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { changes(entityIds: ["${P}person"]) { id operation ids reason } }` } }));
    await new Promise((r) => setTimeout(r, 300));
    socket.pause();
    // Writes whose entries are large (a long reason), until the socket's buffers are full and the queue overflows.
    const reason = 'x'.repeat(200_000);
    for (let i = 0; i < 8; i++) {
      await testDatabase().writeRows(
        `UNWIND range(1, 10) AS n CREATE (:AuditEntry {id: $prefix + 'entry-' + $batch + '-' + n, at: datetime(), operation: 'addRole', ids: [$person], reason: $reason})`,
        { prefix: P, batch: i, person: `${P}person`, reason },
      );
      await new Promise((r) => setTimeout(r, 150));
    }
    socket.resume();
    const code = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 15_000))]);
    expect(code).toBe(SLOW_SUBSCRIBER.code);
  });
});
