import { PassThrough } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import type { FtmEntity } from '../../../src/interchange/ftm/ftmModel';
import { runExport, type ExportFormat, type ExportScope } from '../../../src/interchange/export/runExport';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { runPrefix } from '../../helpers/testIds';

/**
 * The export reads keyset pages (and chunks of a subset's ids): with pages of a few rows, every page boundary of the
 * seed is crossed, and the export must hold exactly what one large page gives, each node, edge and entity once, with
 * its provenance. The whole graph also holds other suites' data (ids starting with `test-`), so the comparisons are
 * of the seed's part; duplicates are looked for everywhere.
 */
const db = testDatabase();
const prefix = runPrefix('export-paging');
const isTest = (id: string) => id.startsWith('test-');

async function exportText(format: ExportFormat, scope: ExportScope, pageSize?: number, part?: 'nodes' | 'edges') {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const counts = await runExport(db, format, scope, out, { part, pageSize });
  out.end();
  return { text: Buffer.concat(chunks).toString('utf8'), counts };
}

const csvRows = (text: string) => parseCsv(text, { columns: true }) as Array<Record<string, string>>;
const ftmLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FtmEntity);
/** An FtM entity of the seed: neither it nor anything it points at is test data. */
const seedEntity = (e: FtmEntity) => !isTest(e.id) && !Object.values(e.properties).some((values) => values.some(isTest));
const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

beforeAll(async () => {
  // Five retracted people with consecutive ids: with pages of 2, at least one page holds only retracted nodes, which
  // the FtM export leaves out; the keyset must go on past it.
  await db.writeRows(`UNWIND range(1, 5) AS i CREATE (:Person:Entity:Node {id: $prefix + 'gone-' + i, name: 'Retracted ' + i, retractedAt: datetime()})`, { prefix });
});

afterAll(async () => {
  await db.writeRows('MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
  await closeTestDatabases();
});

describe('export pages', () => {
  it('CSV nodes and edges of the whole graph in pages of 7: every node and edge once, the same as one large page', async () => {
    const [small, large] = [7, undefined].map(async (pageSize) => ({
      nodes: csvRows((await exportText('csv', {}, pageSize, 'nodes')).text),
      edges: csvRows((await exportText('csv', {}, pageSize, 'edges')).text),
    }));
    const a = await small;
    const b = await large;
    expect(a.nodes.filter((n) => !isTest(n.id)).length).toBeGreaterThan(3 * 7);
    expect(duplicates(a.nodes.map((n) => n.id))).toEqual([]);
    expect(duplicates(a.edges.map((e) => e.id))).toEqual([]);
    const seedNodes = (rows: Array<Record<string, string>>) => rows.filter((n) => !isTest(n.id));
    const seedEdges = (rows: Array<Record<string, string>>) => rows.filter((e) => !isTest(e.source) && !isTest(e.target));
    expect(seedNodes(a.nodes)).toEqual(seedNodes(b.nodes));
    expect(seedEdges(a.edges)).toEqual(seedEdges(b.edges));
    expect(a.nodes.map((n) => n.id)).not.toContain(`${prefix}gone-1`);
    // Provenance on every claim edge: its claim, and the ids, titles and URLs of its sources.
    const claimEdges = seedEdges(a.edges).filter((e) => e.claimId);
    expect(claimEdges.length).toBeGreaterThan(7);
    for (const e of claimEdges) {
      expect(e.sourceIds).not.toBe('');
      expect(e.sourceIds.split(' | ')).toHaveLength(e.sourceTitles.split(' | ').length);
    }
    expect(claimEdges.find((e) => e.claimId === 'role-clegg-meta-global-affairs')).toMatchObject({ source: 'nick-clegg', target: 'meta' });
  });

  it('FtM records of the whole graph in pages of 2: past pages of retracted nodes, every entity once, the same as one large page', async () => {
    const small = ftmLines((await exportText('ftm', {}, 2)).text);
    const large = ftmLines((await exportText('ftm', {})).text);
    expect(duplicates(small.map((e) => e.id))).toEqual([]);
    expect(small.map((e) => e.id).filter((id) => id.startsWith(prefix))).toEqual([]);
    const seed = (entities: FtmEntity[]) => entities.filter(seedEntity);
    expect(seed(small).length).toBeGreaterThan(100);
    expect(seed(small)).toEqual(seed(large));
    // Evidence still travels: Documentation entities that tie claims to their sources.
    expect(seed(small).filter((e) => e.schema === 'Documentation').length).toBeGreaterThan(10);
  });

  it('a neighbourhood in chunks of 3 ids: the same GEXF graph as in one chunk, with edge provenance', async () => {
    const scope: ExportScope = { rootId: 'meta', depth: 2 };
    const parse = async (pageSize?: number) => gexf.parse(MultiDirectedGraph, (await exportText('gexf', scope, pageSize)).text);
    const small = await parse(3);
    const large = await parse();
    expect(small.order).toBeGreaterThan(3 * 3);
    expect(small.export()).toEqual(large.export());
    const lobbied = small.filterEdges((_e, attributes) => attributes.type === 'LOBBIED');
    expect(lobbied.length).toBeGreaterThan(0);
    for (const e of lobbied) expect(small.getEdgeAttributes(e)).toMatchObject({ claimId: 'lobbying-schiff-whitehouse-letter-meta', sourceTitles: expect.stringMatching(/Schiff/) });
  });
});
