/**
 * What the bench's analysis tools share (breakdown, cpuProfile, cypherFloor, dbPhases, explain, phases): their
 * arguments (`[S|M|L|XL] [words] [--requests N]`), the queries the words pick, and a generated data set's Neo4j with a
 * driver and the bench parameters, stopped however the tool ends.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { benchHome, quietLogger, startBenchGraph, withCleanup, type BenchGraph } from '../common';
import { discoverParams } from './cli';
import { QUERIES, type BenchParams, type BenchQuery } from './queries';

export interface ToolArgs {
  /** The data set (the first word). */
  size: string;
  /** The other words, lower case: a query is measured when its name holds one of them (all when none). */
  words: string[];
  /** `--requests N`, or the tool's default. */
  requests: number;
}

export function toolArgs(argv: readonly string[], defaults: { size: string; requests?: number }): ToolArgs {
  const flag = argv.indexOf('--requests');
  const positional = argv.filter((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1));
  return {
    size: (positional[0] ?? defaults.size).toUpperCase(),
    words: positional.slice(1).map((w) => w.toLowerCase()),
    requests: flag >= 0 ? Number(argv[flag + 1]) : (defaults.requests ?? 0),
  };
}

/** The bench queries whose name holds one of `words` (all when none), but the 50th page, which needs the runner's paging. */
export function selectedQueries(words: readonly string[]): BenchQuery[] {
  return QUERIES.filter((q) => !q.name.includes('50th') && (words.length === 0 || words.some((w) => q.name.toLowerCase().includes(w))));
}

export interface ToolGraph {
  graph: BenchGraph;
  driver: Driver;
  logger: Logger;
  params: BenchParams;
  /** Runs `close` when the tool ends (before the driver and Neo4j stop), also on failure and Ctrl-C. */
  onClose(close: () => Promise<unknown>): void;
}

/** Starts the Neo4j of data set `size` and a driver, runs `fn`, then closes what `fn` registered, the driver and Neo4j. */
export async function withToolGraph(name: string, size: string, fn: (tool: ToolGraph) => Promise<void>): Promise<void> {
  const logger = quietLogger(name);
  const graph = await startBenchGraph(benchHome(size), logger);
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true });
  const closers: Array<() => Promise<unknown>> = [];
  await withCleanup(
    async () => fn({ graph, driver, logger, params: await discoverParams(driver), onClose: (close) => closers.push(close) }),
    async () => {
      for (const close of closers.reverse()) await close().catch(() => undefined);
      await driver.close().catch(() => undefined);
      await graph.close();
    },
  );
}
