/**
 * The export formats, each written page by page to a stream with backpressure: FtM JSON lines, GEXF 1.3, GraphML and
 * CSV. The XML formats go through xmlbuilder2's streaming (callback) builder, which escapes and nests for us: the
 * graphology writers (graphology-gexf; graphology-graphml has none) serialize a whole in-memory graph, so their memory
 * grows with the graph. The tests load every file back with graphology's parsers.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { createCB } from 'xmlbuilder2';
import { toFtm } from '../ftm/toFtm';
import type { ExportReader, GraphEdge, GraphNode } from './exportReader';

export const EXPORT_FORMATS = ['ftm', 'gexf', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export wrote. */
export interface ExportCounts {
  nodes: number;
  edges: number;
  /** FtM entities (the FtM export counts these instead of nodes and edges). */
  entities: number;
}

export type ProgressFn = (counts: ExportCounts) => void;

async function drain(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

/** Node attributes every graph format carries, and edge attributes (the edge's provenance). */
const NODE_ATTRIBUTES = ['type', 'kind'] as const;
const EDGE_ATTRIBUTES = ['type', 'claimId', 'validFrom', 'validTo', 'detail', 'sourceIds', 'sourceTitles', 'sourceUrls'] as const;

const nodeValues = (n: GraphNode): Record<(typeof NODE_ATTRIBUTES)[number], string> => ({ type: n.label, kind: n.kind ?? '' });
const edgeValues = (e: GraphEdge): Record<(typeof EDGE_ATTRIBUTES)[number], string> => ({
  type: e.type,
  claimId: e.claimId ?? '',
  validFrom: e.validFrom ?? '',
  validTo: e.validTo ?? '',
  detail: e.detail ?? '',
  sourceIds: e.sources.map((s) => s.id).join(' | '),
  sourceTitles: e.sources.map((s) => s.title ?? '').join(' | '),
  sourceUrls: e.sources.map((s) => s.url ?? '').join(' | '),
});

/** FtM JSON lines: one entity a line. */
export async function writeFtm(reader: ExportReader, out: Writable, progress?: ProgressFn): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, edges: 0, entities: 0 };
  for await (const page of reader.records()) {
    let text = '';
    for (const record of page) {
      for (const entity of toFtm(record)) {
        text += `${JSON.stringify(entity)}\n`;
        counts.entities += 1;
      }
      counts.nodes += 1;
    }
    out.write(text);
    progress?.(counts);
    await drain(out);
  }
  return counts;
}

/** Drives an xmlbuilder2 streaming builder into `out`. */
function xmlTo(out: Writable) {
  const xml = createCB({ prettyPrint: true });
  let buffer = '';
  xml.on('data', (chunk: string) => {
    buffer += chunk;
  });
  return {
    xml,
    async flush() {
      if (buffer) out.write(buffer);
      buffer = '';
      await drain(out);
    },
  };
}

/** GEXF 1.3 (Gephi): node and edge attributes declared, nodes then edges. */
export async function writeGexf(reader: ExportReader, out: Writable, progress?: ProgressFn): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, edges: 0, entities: 0 };
  const { xml, flush } = xmlTo(out);
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('gexf', { xmlns: 'http://gexf.net/1.3', version: '1.3' });
  xml.ele('meta').ele('creator').txt('influence-graph').up().ele('description').txt(describe(reader)).up().up();
  xml.ele('graph', { defaultedgetype: 'directed', mode: 'static' });
  xml.ele('attributes', { class: 'node' });
  for (const a of NODE_ATTRIBUTES) xml.ele('attribute', { id: a, title: a, type: 'string' }).up();
  xml.up().ele('attributes', { class: 'edge' });
  for (const a of EDGE_ATTRIBUTES) xml.ele('attribute', { id: a, title: a, type: 'string' }).up();
  xml.up().ele('nodes');
  for await (const page of reader.graphNodes()) {
    for (const n of page) {
      xml.ele('node', { id: n.id, label: n.name }).ele('attvalues');
      for (const [k, v] of Object.entries(nodeValues(n))) xml.ele('attvalue', { for: k, value: v }).up();
      xml.up().up();
      counts.nodes += 1;
    }
    progress?.(counts);
    await flush();
  }
  xml.up().ele('edges');
  for await (const page of reader.graphEdges()) {
    for (const e of page) {
      xml.ele('edge', { id: e.id, source: e.from, target: e.to, label: e.type }).ele('attvalues');
      for (const [k, v] of Object.entries(edgeValues(e))) xml.ele('attvalue', { for: k, value: v }).up();
      xml.up().up();
      counts.edges += 1;
    }
    progress?.(counts);
    await flush();
  }
  xml.up().up().up().end();
  await flush();
  return counts;
}

/** GraphML: keys declared, nodes then edges. */
export async function writeGraphml(reader: ExportReader, out: Writable, progress?: ProgressFn): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, edges: 0, entities: 0 };
  const { xml, flush } = xmlTo(out);
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  xml.ele('key', { id: 'label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' }).up();
  for (const a of NODE_ATTRIBUTES) xml.ele('key', { id: `n_${a}`, for: 'node', 'attr.name': a, 'attr.type': 'string' }).up();
  for (const a of EDGE_ATTRIBUTES) xml.ele('key', { id: `e_${a}`, for: 'edge', 'attr.name': a, 'attr.type': 'string' }).up();
  xml.ele('graph', { id: 'influence-graph', edgedefault: 'directed' });
  for await (const page of reader.graphNodes()) {
    for (const n of page) {
      xml.ele('node', { id: n.id }).ele('data', { key: 'label' }).txt(n.name).up();
      for (const [k, v] of Object.entries(nodeValues(n)))
        if (v)
          xml
            .ele('data', { key: `n_${k}` })
            .txt(v)
            .up();
      xml.up();
      counts.nodes += 1;
    }
    progress?.(counts);
    await flush();
  }
  for await (const page of reader.graphEdges()) {
    for (const e of page) {
      xml.ele('edge', { id: e.id, source: e.from, target: e.to });
      for (const [k, v] of Object.entries(edgeValues(e)))
        if (v)
          xml
            .ele('data', { key: `e_${k}` })
            .txt(v)
            .up();
      xml.up();
      counts.edges += 1;
    }
    progress?.(counts);
    await flush();
  }
  xml.up().up().end();
  await flush();
  return counts;
}

/** CSV: the nodes file or the edges file (`part`), with a header row. */
export async function writeCsv(reader: ExportReader, out: Writable, part: 'nodes' | 'edges', progress?: ProgressFn): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, edges: 0, entities: 0 };
  if (part === 'nodes') {
    out.write(stringify([['id', 'name', ...NODE_ATTRIBUTES]]));
    for await (const page of reader.graphNodes()) {
      out.write(stringify(page.map((n) => [n.id, n.name, ...Object.values(nodeValues(n))])));
      counts.nodes += page.length;
      progress?.(counts);
      await drain(out);
    }
  } else {
    out.write(stringify([['id', 'source', 'target', ...EDGE_ATTRIBUTES]]));
    for await (const page of reader.graphEdges()) {
      out.write(stringify(page.map((e) => [e.id, e.from, e.to, ...Object.values(edgeValues(e))])));
      counts.edges += page.length;
      progress?.(counts);
      await drain(out);
    }
  }
  return counts;
}

function describe(reader: ExportReader): string {
  const { rootId, depth, ids, asOf } = reader.scope;
  const what = rootId ? `the neighbourhood of ${rootId} (depth ${depth ?? 1})` : ids ? `${ids.length} ids` : 'the whole graph';
  return `influence-graph export of ${what}${asOf ? ` as of ${asOf}` : ''}; every edge carries its claim id, dates and sources.`;
}
