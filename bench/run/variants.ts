/**
 * `npx ts-node --transpile-only bench/run/variants.ts [S|M|L] file.json`: times Cypher variants side by side on a data
 * set (p50 of 100 runs and PROFILE db hits each). file.json: [{"name": "...", "cypher": "...", "params": {...}}].
 */
import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { benchHome, quietLogger, startBenchGraph, withCleanup, runTool } from '../common';
import { latency } from './measure';
import { rawDbHits } from './profile';

async function main() {
  const size = (process.argv[2] ?? 'S').toUpperCase();
  const variants = JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) as Array<{ name: string; cypher: string; params: Record<string, unknown> }>;
  const graph = await startBenchGraph(benchHome(size), quietLogger('variants'));
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true });
  await withCleanup(
    async () => {
      for (let round = 0; round < 2; round += 1) {
        for (const v of variants) {
          const run = async () => {
            const session = driver.session({ defaultAccessMode: neo4j.session.READ });
            try {
              return (await session.executeRead((tx) => tx.run(v.cypher, v.params))).records.length;
            } finally {
              await session.close();
            }
          };
          const lat = await latency(run, 100, 20, 20_000);
          const hits = await rawDbHits(driver, { cypher: v.cypher, params: v.params });
          console.log(`round ${round + 1}  ${v.name.padEnd(40)} p50 ${lat.p50_ms.toFixed(2).padStart(7)} ms  p95 ${lat.p95_ms.toFixed(2).padStart(7)}  ${hits} db hits`);
        }
      }
    },
    async () => {
      await driver.close().catch(() => undefined);
      await graph.close();
    },
  );
}

runTool(main);
