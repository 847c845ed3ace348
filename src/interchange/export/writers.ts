/**
 * The export formats, each written page by page to a stream with backpressure: FtM JSON lines, GEXF 1.3, GraphML and
 * CSV. The XML formats go through xml-writer, the streaming writer graphology-gexf itself writes with, which escapes
 * and nests for us and hands every piece to a callback: the graphology writers (graphology-gexf; graphology-graphml
 * has none) serialize a whole in-memory graph, so their memory grows with the graph. (xmlbuilder2's callback builder,
 * used before, builds a DOM document for every element: 0.4 ms an edge, most of an export's time.) The tests load
 * every file back with graphology's parsers.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import XMLWriter from 'xml-writer';
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

/** Characters XML 1.0 cannot carry, even escaped: dropped from text and attribute values. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (value: string) => value.replace(NOT_XML, '');

/**
 * A streaming XML writer into `out`: pieces are buffered and written every 1 MB and at each `flush` (once a page, which
 * waits for the stream to drain). Writing every 1 MB keeps a page's text from piling up as a string of millions of
 * small concatenated pieces.
 */
function xmlTo(out: Writable) {
  let buffer = '';
  const w = new XMLWriter('  ', (chunk) => {
    buffer += chunk;
    if (buffer.length >= 1 << 20) {
      out.write(buffer);
      buffer = '';
    }
  });
  const api = {
    open(name: string, attributes: Record<string, string> = {}) {
      w.startElement(name);
      // startAttribute/text/endAttribute rather than writeAttribute, which drops empty values (GEXF's attvalue needs its value).
      for (const [k, v] of Object.entries(attributes)) w.startAttribute(k).text(xmlText(v)).endAttribute();
      return api;
    },
    leaf(name: string, attributes: Record<string, string> = {}, text?: string) {
      api.open(name, attributes);
      if (text !== undefined) w.text(xmlText(text));
      w.endElement();
      return api;
    },
    close() {
      w.endElement();
      return api;
    },
    async flush() {
      if (buffer) out.write(buffer);
      buffer = '';
      await drain(out);
    },
  };
  w.startDocument('1.0', 'UTF-8');
  return api;
}

/** GEXF 1.3 (Gephi): node and edge attributes declared, nodes then edges. */
export async function writeGexf(reader: ExportReader, out: Writable, progress?: ProgressFn): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, edges: 0, entities: 0 };
  const xml = xmlTo(out);
  xml.open('gexf', { xmlns: 'http://gexf.net/1.3', version: '1.3' });
  xml.open('meta').leaf('creator', {}, 'influence-graph').leaf('description', {}, describe(reader)).close();
  xml.open('graph', { defaultedgetype: 'directed', mode: 'static' });
  xml.open('attributes', { class: 'node' });
  for (const a of NODE_ATTRIBUTES) xml.leaf('attribute', { id: a, title: a, type: 'string' });
  xml.close().open('attributes', { class: 'edge' });
  for (const a of EDGE_ATTRIBUTES) xml.leaf('attribute', { id: a, title: a, type: 'string' });
  xml.close().open('nodes');
  for await (const page of reader.graphNodes()) {
    for (const n of page) {
      xml.open('node', { id: n.id, label: n.name }).open('attvalues');
      for (const [k, v] of Object.entries(nodeValues(n))) xml.leaf('attvalue', { for: k, value: v });
      xml.close().close();
      counts.nodes += 1;
    }
    progress?.(counts);
    await xml.flush();
  }
  xml.close().open('edges');
  for await (const page of reader.graphEdges()) {
    for (const e of page) {
      xml.open('edge', { id: e.id, source: e.from, target: e.to, label: e.type }).open('attvalues');
      for (const [k, v] of Object.entries(edgeValues(e))) xml.leaf('attvalue', { for: k, value: v });
      xml.close().close();
      counts.edges += 1;
    }
    progress?.(counts);
    await xml.flush();
  }
  xml.close().close().close();
  await xml.flush();
  return counts;
}

/** GraphML: keys declared, nodes then edges. */
export async function writeGraphml(reader: ExportReader, out: Writable, progress?: ProgressFn): Promise<ExportCounts> {
  const counts: ExportCounts = { nodes: 0, edges: 0, entities: 0 };
  const xml = xmlTo(out);
  xml.open('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  xml.leaf('key', { id: 'label', for: 'node', 'attr.name': 'label', 'attr.type': 'string' });
  for (const a of NODE_ATTRIBUTES) xml.leaf('key', { id: `n_${a}`, for: 'node', 'attr.name': a, 'attr.type': 'string' });
  for (const a of EDGE_ATTRIBUTES) xml.leaf('key', { id: `e_${a}`, for: 'edge', 'attr.name': a, 'attr.type': 'string' });
  xml.open('graph', { id: 'influence-graph', edgedefault: 'directed' });
  for await (const page of reader.graphNodes()) {
    for (const n of page) {
      xml.open('node', { id: n.id }).leaf('data', { key: 'label' }, n.name);
      for (const [k, v] of Object.entries(nodeValues(n))) if (v) xml.leaf('data', { key: `n_${k}` }, v);
      xml.close();
      counts.nodes += 1;
    }
    progress?.(counts);
    await xml.flush();
  }
  for await (const page of reader.graphEdges()) {
    for (const e of page) {
      xml.open('edge', { id: e.id, source: e.from, target: e.to });
      for (const [k, v] of Object.entries(edgeValues(e))) if (v) xml.leaf('data', { key: `e_${k}` }, v);
      xml.close();
      counts.edges += 1;
    }
    progress?.(counts);
    await xml.flush();
  }
  xml.close().close();
  await xml.flush();
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
