import { PassThrough } from 'node:stream';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { checkEntity, ftm, type FtmEntity } from '../../../src/interchange/ftm/ftmModel';
import { runExport, type ExportFormat, type ExportScope } from '../../../src/interchange/export/runExport';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { createTestServer, type TestServer } from '../../helpers/testServer';

const db = testDatabase();

async function exportText(format: ExportFormat, scope: ExportScope, part?: 'nodes' | 'edges') {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const counts = await runExport(db, format, scope, out, { part });
  out.end();
  return { text: Buffer.concat(chunks).toString('utf8'), counts };
}

afterAll(closeTestDatabases);

describe('FtM export', () => {
  let entities: FtmEntity[];

  beforeAll(async () => {
    const { text, counts } = await exportText('ftm', {});
    const lines = text.split('\n').filter(Boolean);
    expect(lines).toHaveLength(counts.entities);
    entities = lines.map((l) => JSON.parse(l) as FtmEntity);
  });

  it('writes lines the followthemoney model accepts: known schema, every property valid', () => {
    const problems = entities.flatMap((e) => checkEntity(e).map((p) => `${e.id}: ${p}`));
    expect(problems).toEqual([]);
    for (const e of entities) expect(() => ftm.getEntity(e)).not.toThrow();
  });

  it('maps the article: people, companies, public bodies, roles, sanctions, payments, sources, evidence', () => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(byId.get('nick-clegg')?.schema).toBe('Person');
    expect(byId.get('meta')?.schema).toBe('Company');
    expect(byId.get('role-clegg-meta-global-affairs')).toMatchObject({ schema: 'Directorship', properties: { director: ['nick-clegg'], organization: ['meta'] } });
    expect(byId.get('role-trump-us-president')?.schema).toBe('Occupancy');
    expect(byId.get('lobbying-schiff-whitehouse-letter-meta')).toMatchObject({
      schema: 'Event',
      properties: { organizer: expect.arrayContaining(['adam-schiff']), involved: ['meta'] },
    });
    const schemata = new Set(entities.map((e) => e.schema));
    for (const s of [
      'Person',
      'Company',
      'PublicBody',
      'Organization',
      'Position',
      'Occupancy',
      'Membership',
      'Employment',
      'Ownership',
      'UserAccount',
      'Sanction',
      'Payment',
      'Article',
      'Documentation',
    ]) {
      expect(schemata).toContain(s);
    }
  });

  it('gives every claim its evidence as Documentation of an Article or Document', () => {
    const byId = new Map(entities.map((e) => [e.id, e]));
    const documented = new Set(entities.filter((e) => e.schema === 'Documentation').map((e) => e.properties.entity[0]));
    const claims = entities.filter((e) => ['Directorship', 'Occupancy', 'Sanction', 'Payment', 'Message', 'Ownership'].includes(e.schema));
    expect(claims.length).toBeGreaterThan(10);
    for (const c of claims) expect(documented).toContain(c.id);
    for (const d of entities.filter((e) => e.schema === 'Documentation')) {
      const doc = byId.get(d.properties.document[0]);
      expect(doc && ftm.getSchema(doc.schema).isA('Document')).toBe(true);
    }
  });
});

describe('graph exports', () => {
  const scope: ExportScope = { rootId: 'meta', depth: 2 };

  it.each(['gexf', 'graphml'] as const)('%s loads back with graphology with the same node and edge counts', async (format) => {
    const { text, counts } = await exportText(format, scope);
    const graph = (format === 'gexf' ? gexf : graphml).parse(MultiDirectedGraph, text);
    expect(counts.nodes).toBeGreaterThan(15);
    expect(graph.order).toBe(counts.nodes);
    expect(graph.size).toBe(counts.edges);
    expect(graph.hasNode('nick-clegg')).toBe(true);
    // A claim that a statement is about is drawn, as the explorer draws it: the suspensions Clegg spoke of.
    expect(graph.hasNode('restriction-meta-trump-facebook-suspension')).toBe(true);
    expect(graph.filterEdges('restriction-meta-trump-facebook-suspension', (_e, a) => a.type === 'STATED_ABOUT').length).toBeGreaterThan(0);
    const lobbied = graph.filterEdges((_e, a) => a.type === 'LOBBIED');
    expect(lobbied.length).toBeGreaterThan(0);
    for (const e of lobbied) {
      const a = graph.getEdgeAttributes(e);
      expect(a.claimId).toBe('lobbying-schiff-whitehouse-letter-meta');
      expect(a.sourceTitles).toMatch(/Schiff/);
    }
  });

  it('writes CSV nodes and edges files whose edges carry claim, dates and sources', async () => {
    const nodes = await exportText('csv', scope, 'nodes');
    const edges = await exportText('csv', scope, 'edges');
    const nodeRows = parseCsv(nodes.text, { columns: true }) as Array<Record<string, string>>;
    const edgeRows = parseCsv(edges.text, { columns: true }) as Array<Record<string, string>>;
    expect(nodeRows).toHaveLength(nodes.counts.nodes);
    expect(edgeRows).toHaveLength(edges.counts.edges);
    const ids = new Set(nodeRows.map((r) => r.id));
    for (const e of edgeRows) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
      if (e.type !== 'OPERATES' && e.type !== 'PART_OF' && e.type !== 'HAS_ACCOUNT' && e.type !== 'ON_PLATFORM') {
        expect(e.claimId).not.toBe('');
        expect(e.sourceIds).not.toBe('');
      }
    }
  });

  it('exports a list of ids, and only the edges that held on --as-of', async () => {
    const all = await exportText('csv', { ids: ['nick-clegg', 'meta', 'uk-government'] }, 'edges');
    const rows = parseCsv(all.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.claimId)).toEqual(expect.arrayContaining(['role-clegg-meta-global-affairs']));
    const before = await exportText('csv', { ids: ['nick-clegg', 'meta', 'uk-government'], asOf: '2012-01-01' }, 'edges');
    const earlier = parseCsv(before.text, { columns: true }) as Array<Record<string, string>>;
    expect(earlier.map((r) => r.claimId)).not.toContain('role-clegg-meta-global-affairs');
  });
});

describe('GET /export', () => {
  let api: TestServer;
  let base: string;

  beforeAll(async () => {
    api = await createTestServer();
    base = `http://127.0.0.1:${await api.server.listen(0, '127.0.0.1')}`;
  });
  afterAll(() => api.stop());

  it('streams a neighbourhood as GEXF', async () => {
    const response = await fetch(`${base}/export?format=gexf&root=meta&depth=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/gexf/);
    const graph = gexf.parse(MultiDirectedGraph, await response.text());
    expect(graph.hasNode('meta')).toBe(true);
    expect(graph.order).toBeGreaterThan(5);
  });

  it('answers FtM lines', async () => {
    const response = await fetch(`${base}/export?format=ftm&root=nick-clegg&depth=1`);
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toContain('nick-clegg');
  });

  it('refuses a bad format (400) and an unknown root (404) with codes', async () => {
    const bad = await fetch(`${base}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'format' });
    const missing = await fetch(`${base}/export?format=gexf&root=no-such-entity-anywhere`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('needs a key when reads need one', async () => {
    const locked = await createTestServer({ READS_NEED_KEY: 'true' });
    const port = await locked.server.listen(0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/export?format=ftm&root=meta`);
      expect(response.status).toBe(401);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const wrong = await fetch(`http://127.0.0.1:${port}/export?format=ftm&root=meta`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
    } finally {
      await locked.stop();
    }
  });
});
