/**
 * `npx ts-node --transpile-only bench/run/explain.ts [S|M|L] [words]`: prints, for each benchmark query, the Cypher our
 * API sends and the db hits of each path, plus the PROFILE operators of our statements with the most db hits. For
 * finding what to make faster; starts and stops its own Neo4j on the data set.
 */
import { loadConfig } from '../../src/config';
import { runTool } from '../common';
import { OursProfiler, neo4jGraphqlDbHits, rawDbHits, type ProfiledPlan } from './profile';
import { comparisonDriver, comparisonSchema } from './neo4jGraphqlServer';
import type { GraphqlCall } from './queries';
import { selectedQueries, toolArgs, withToolGraph } from './tool';

function walk(plan: ProfiledPlan, out: Array<{ op: string; hits: number; rows: number; details: string }>) {
  out.push({ op: plan.operatorType, hits: Number(plan.dbHits), rows: Number(plan.rows), details: String(plan.arguments?.Details ?? '').slice(0, 160) });
  for (const c of plan.children ?? []) walk(c, out);
}

async function main() {
  const { size, words } = toolArgs(process.argv.slice(2), { size: 'S' });
  await withToolGraph('explain', size, async ({ graph, driver, logger, params, onClose }) => {
    const ngqlDriver = comparisonDriver(graph.uri);
    onClose(() => ngqlDriver.close());
    const profiler = await OursProfiler.start(loadConfig({ ...process.env, NEO4J_URI: graph.uri }), graph.uri, logger, driver);
    const schema = await comparisonSchema(ngqlDriver);
    for (const q of selectedQueries(words)) {
      console.log(`\n--- ${q.name}`);
      const started = Date.now();
      const ours = await profiler.dbHits(q.ours(params)).catch((e: Error) => {
        console.log(`ours failed after ${Date.now() - started} ms: ${e.message}`);
        return null;
      });
      if (!ours) continue;
      const ng = q.neo4jGraphql(params);
      const ngHits = 'query' in ng ? (await neo4jGraphqlDbHits(schema, ngqlDriver, ng as GraphqlCall)).dbHits : null;
      const raw = await rawDbHits(driver, q.raw(params));
      console.log(`\n=== ${q.name}: ours ${ours.dbHits} db hits in ${ours.statements} statement(s), @neo4j/graphql ${ngHits}, raw ${raw}`);
      for (const { cypher, params: p } of ours.captured) {
        console.log(cypher);
        const session = driver.session();
        const r = await session.run(`PROFILE ${cypher}`, p);
        await session.close();
        const ops: Array<{ op: string; hits: number; rows: number; details: string }> = [];
        walk(r.summary.profile as unknown as ProfiledPlan, ops);
        for (const o of ops.sort((a, b) => b.hits - a.hits).slice(0, 8))
          console.log(`   ${String(o.hits).padStart(7)} hits ${String(o.rows).padStart(6)} rows  ${o.op}  ${o.details}`);
      }
    }
    await profiler.stop();
  });
}

runTool(main);
