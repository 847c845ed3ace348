/**
 * `npx ts-node --transpile-only bench/run/serveNeo4j.ts <folder under .neo4j, e.g. bench-M>`: runs an embedded Neo4j
 * on a bench data folder and prints `NEO4J_URI=…` until Ctrl-C or until its standard input closes (for looking at a
 * data set by hand, or for pointing a test run at a Neo4j of one's own with NEO4J_URI).
 */
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { quietLogger, startBenchGraph } from '../common';

async function main() {
  const name = process.argv[2] ?? 'bench-M';
  if (!name.startsWith('bench-')) throw new Error('Only .neo4j/bench-* folders.');
  const graph = await startBenchGraph(path.join(projectRoot, '.neo4j', name), quietLogger('serve'));
  process.stdout.write(`NEO4J_URI=${graph.uri}\n`);
  const stop = () => void graph.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((e: Error) => {
  console.error(e.stack ?? e.message);
  process.exit(1);
});
