import type { BenchReport, PathOutcome, PathResult, QueryResult } from './cli';
import { describeCheck } from './planCheck';

const isResult = (o: PathOutcome | undefined): o is PathResult => !!o && 'p50_ms' in o;
const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

function cell(o: PathOutcome): string[] {
  if (isResult(o)) return [fmt(o.p50_ms, 2), fmt(o.p95_ms, 2), fmt(o.p99_ms, 2), fmt(o.rps, 0), o.db_hits === null ? '–' : String(o.db_hits)];
  if ('unsupported' in o) return ['n/a', '', '', '', ''];
  return ['failed', '', '', '', ''];
}

/** The Markdown table of one run, with the targets of the issue checked. */
export function renderTable(report: BenchReport): string {
  const lines: string[] = [];
  lines.push(`## Benchmark: data set ${report.dataset} (${report.nodes.toLocaleString('en')} nodes, ${report.relationships.toLocaleString('en')} relationships)`);
  lines.push('');
  lines.push('Latency in ms at concurrency 1; rps = requests per second at concurrency 32; db hits from PROFILE (all statements of one request).');
  lines.push('');
  lines.push('| query | path | p50 | p95 | p99 | rps | db hits |');
  lines.push('|---|---|---:|---:|---:|---:|---:|');
  for (const q of report.queries) {
    for (const [key, label] of [
      ['ours', 'ours'],
      ['neo4j_graphql', '@neo4j/graphql'],
      ['raw', 'raw Cypher'],
    ] as const) {
      lines.push(`| ${key === 'ours' ? q.name : ''} | ${label} | ${cell(q[key]).join(' | ')} |`);
    }
    if (q.raw_http) lines.push(`|  | raw Cypher over HTTP (bare node:http) | ${cell(q.raw_http).join(' | ')} |`);
  }
  lines.push('');
  lines.push(
    `Our API's peak RSS: ${report.ours_peak_rss_mb} MB (idle after start: ${report.ours_idle_rss_mb ?? '–'} MB; the @neo4j/graphql server's peak: ${report.neo4j_graphql_peak_rss_mb ?? '–'} MB). Both servers run compiled JavaScript, as npm start does.`,
  );
  lines.push('');
  lines.push('### Targets');
  lines.push('');
  lines.push(
    '| query | ours / raw over HTTP p50 (≤ 1.10) | ours / raw over HTTP rps (≥ 0.8) | ours / raw p50 (in process) | ours / @neo4j/graphql p50 (≤ 1.0) | ours / @neo4j/graphql rps (≥ 1.5, nested) |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|');
  for (const q of report.queries) lines.push(targetRow(q));
  const first = report.queries.find((q) => q.name.startsWith('lobbying efforts by target') && q.name.includes('first page'));
  const fiftieth = report.queries.find((q) => q.name.startsWith('lobbying efforts by target') && q.name.includes('50th page'));
  if (first && fiftieth && isResult(first.ours) && isResult(fiftieth.ours)) {
    const r = ratio(fiftieth.ours.p50_ms, first.ours.p50_ms);
    lines.push('');
    lines.push(
      `50th page vs first page (ours, p50): ${fmt(r, 2)}x — target ≤ 1.2: ${r <= 1.2 ? 'met' : 'not met'}` +
        (report.params?.page50Number && report.params.page50Number < 50 ? ` (the target has only ${report.params.page50Number} pages: the last page was measured)` : ''),
    );
  }
  lines.push(...filterChecks(report));
  const disagree = report.queries.filter((q) => q.ids_agree === false).map((q) => q.name);
  if (disagree.length) {
    lines.push('');
    lines.push(`Answers differ between paths (ids returned) for: ${disagree.join('; ')} — see bench/README.md.`);
  }
  const unsupported = report.queries.flatMap((q) =>
    (['ours', 'neo4j_graphql', 'raw'] as const)
      .filter((k) => !isResult(q[k]))
      .map((k) => `${q.name} (${k}): ${'unsupported' in q[k] ? (q[k] as { unsupported: string }).unsupported : (q[k] as { failed: string }).failed}`),
  );
  if (unsupported.length) {
    lines.push('');
    lines.push('Not measured:');
    for (const u of unsupported) lines.push(`- ${u}`);
  }
  return lines.join('\n') + '\n';
}

function targetRow(q: QueryResult): string {
  const ours = q.ours;
  if (!isResult(ours)) return `| ${q.name} | – | – | – | – | – |`;
  const floor = isResult(q.raw_http) ? ratio(ours.p50_ms, q.raw_http.p50_ms) : NaN;
  const floorRps = isResult(q.raw_http) ? ratio(ours.rps, q.raw_http.rps) : NaN;
  const raw = isResult(q.raw) ? ratio(ours.p50_ms, q.raw.p50_ms) : NaN;
  const ng = isResult(q.neo4j_graphql) ? ratio(ours.p50_ms, q.neo4j_graphql.p50_ms) : NaN;
  const rps = isResult(q.neo4j_graphql) ? ratio(ours.rps, q.neo4j_graphql.rps) : NaN;
  const mark = (x: number, ok: boolean) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(2)} ${ok ? '✅' : '❌'}`);
  const nested = q.nested ?? (q.name.startsWith('decision') || q.name.startsWith('person'));
  return `| ${q.name} | ${mark(floor, floor <= 1.1)} | ${mark(floorRps, floorRps >= 0.8)} | ${fmt(raw, 2)} | ${mark(ng, ng <= 1.0)} | ${nested ? mark(rps, rps >= 1.5) : Number.isNaN(rps) ? 'n/a' : rps.toFixed(2)} |`;
}

/** The --growth table: p50 per size of the main queries, and ours at L over ours at S. */
export function renderGrowth(rows: Array<{ size: string; nodes: number; relationships: number; queries: QueryResult[] }>): string {
  const lines: string[] = [];
  lines.push('## Growth: p50 (ms) of the main queries by data set size');
  lines.push('');
  lines.push(`Sizes: ${rows.map((r) => `${r.size} = ${r.nodes.toLocaleString('en')} nodes, ${r.relationships.toLocaleString('en')} relationships`).join('; ')}.`);
  lines.push('');
  lines.push(`| query | path | ${rows.map((r) => r.size).join(' | ')} | largest / smallest |`);
  lines.push(`|---|---|${rows.map(() => '---:').join('|')}|---:|`);
  const names = rows[0]?.queries.map((q) => q.name) ?? [];
  for (const name of names) {
    for (const [key, label] of [
      ['ours', 'ours'],
      ['neo4j_graphql', '@neo4j/graphql'],
      ['raw', 'raw Cypher'],
    ] as const) {
      const values = rows.map((r) => r.queries.find((q) => q.name === name)?.[key]).map((o) => (isResult(o) ? o.p50_ms : NaN));
      const g = ratio(values[values.length - 1], values[0]);
      lines.push(
        `| ${key === 'ours' ? name : ''} | ${label} | ${values.map((v) => fmt(v, 2)).join(' | ')} | ${Number.isNaN(g) ? '–' : `${g.toFixed(2)}${key === 'ours' ? (g <= 1.25 ? ' ✅' : ' ❌') : ''}`} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Issue #15's acceptance for the filter queries: what PROFILE of our statements shows, and the 50th page vs the first. */
function filterChecks(report: BenchReport): string[] {
  const checked = report.queries.filter((q) => q.plan);
  if (checked.length === 0) return [];
  const lines = ['', '### Filters, sorts and aggregates: PROFILE of our statements (issue #15)', ''];
  lines.push('| query | ours db hits | @neo4j/graphql db hits | raw db hits | ours / raw p50 (≤ 2) | ours / @neo4j/graphql p50 (≤ 1.0) | plan of ours |');
  lines.push('|---|---:|---:|---:|---:|---:|---|');
  for (const q of checked) {
    const hits = (o: PathOutcome) => (isResult(o) && o.db_hits !== null ? String(o.db_hits) : isResult(o) ? '–' : 'unsupported' in o ? 'n/a' : 'failed');
    const r = (o: PathOutcome) => (isResult(q.ours) && isResult(o) ? fmt(ratio(q.ours.p50_ms, o.p50_ms), 2) : '–');
    lines.push(`| ${q.name} | ${hits(q.ours)} | ${hits(q.neo4j_graphql)} | ${hits(q.raw)} | ${r(q.raw)} | ${r(q.neo4j_graphql)} | ${describeCheck(q.plan!)} |`);
  }
  const first = report.queries.find((q) => q.name.includes('newest first') && q.name.includes('first page'));
  const fiftieth = report.queries.find((q) => q.name.includes('newest first') && q.name.includes('50th page'));
  if (first && fiftieth && isResult(first.ours) && isResult(fiftieth.ours) && first.ours.db_hits && fiftieth.ours.db_hits !== null) {
    const r = ratio(fiftieth.ours.db_hits, first.ours.db_hits);
    const n = report.params?.page50DescNumber;
    lines.push('');
    lines.push(
      `Sorted hub list (${report.params?.sortHubEfforts ?? '?'} efforts), 50th page vs first page, ours: ${fiftieth.ours.db_hits} vs ${first.ours.db_hits} db hits = ${fmt(r, 2)}x — ` +
        `target ≤ 1.2: ${r <= 1.2 ? 'met' : 'not met'}; p50 ${fmt(fiftieth.ours.p50_ms, 2)} vs ${fmt(first.ours.p50_ms, 2)} ms` +
        (n && n < 50 ? ` (the hub has only ${n} pages: its last page was measured)` : ''),
    );
  }
  return lines;
}
