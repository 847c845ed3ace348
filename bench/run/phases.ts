/**
 * `npx ts-node --transpile-only bench/run/phases.ts [S|M|L] [words] [--requests N]`: where a request's time goes on
 * our fast path, phase by phase, for each bench query at concurrency 1. The API runs in this process (as `npm start`
 * serves it) and the queries are sent over HTTP from this process; the phases are timed by wrapping the functions
 * that bound them (no change to src):
 *
 * - before: from the request's arrival to the compiled query's start (body read and parsed, caller, context);
 * - resolve: from there to the reader's first call (graphql-jit's argument coercion, type-graphql's argument classes
 *   and validation, `selectionOf`, the service), of which `selection` is `selectionOf` (the field's selection read
 *   from the document);
 * - build: in the reader, until the statement is handed to the database (the Projector writing the Cypher);
 * - database: `Database.read` whole (session, the driver's round trip and decoding, rows made plain, session close),
 *   of which `plain` is the conversion of the rows to plain values (`toPlain` on each RETURN value);
 * - after: from the reader's answer to the compiled query's end (connections made into edges, jit's field walk);
 * - write: from there to the answer written (`JSON.stringify`, headers, `res.end`).
 *
 * p50 of each phase (so the columns do not add up to the total's p50 exactly).
 */
import 'reflect-metadata';
import http from 'node:http';
import os from 'node:os';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import * as plain from '../../src/db/toPlain';
import * as selections from '../../src/projection/selection';
import { CompiledOperations } from '../../src/fastpath';
import { GraphReader } from '../../src/modules/shared/graphReader';
import { createServer } from '../../src/server';
import { runTool } from '../common';
import { percentile, postGraphql } from './measure';
import { selectedQueries, toolArgs, withToolGraph } from './tool';

type Phase = 'total' | 'before' | 'resolve' | 'selection' | 'build' | 'database' | 'plain' | 'after' | 'write';
const PHASES: Phase[] = ['total', 'before', 'resolve', 'selection', 'build', 'database', 'plain', 'after', 'write'];

/** The timestamps of the request being served (concurrency 1: one at a time). */
interface Marks {
  arrived: number;
  queryStart?: number;
  queryEnd?: number;
  readerStart?: number;
  runStart?: number;
  runEnd?: number;
  readerEnd?: number;
  plain: number;
  selection: number;
}
let current: Marks | undefined;
let samples: Array<Record<Phase, number>> = [];

function instrument(): void {
  const now = () => performance.now();
  const wrapAsync = <T extends object>(proto: T, name: string, before: () => void, after: () => void) => {
    const original = (proto as Record<string, (...a: unknown[]) => Promise<unknown>>)[name];
    (proto as Record<string, unknown>)[name] = async function (this: unknown, ...args: unknown[]) {
      before();
      try {
        return await original.apply(this, args);
      } finally {
        after();
      }
    };
  };
  // Repositories that write their own statement start at `projector()` and end at `run`.
  const projector = GraphReader.prototype.projector;
  GraphReader.prototype.projector = function (this: GraphReader, ...a: Parameters<typeof projector>) {
    if (current) current.readerStart ??= now();
    return projector.apply(this, a);
  };
  for (const name of ['one', 'many', 'connection', 'rows', 'run'] as const) {
    wrapAsync(
      GraphReader.prototype,
      name,
      () => current && (current.readerStart ??= now()),
      () => current && (current.readerEnd = now()),
    );
  }
  wrapAsync(
    Database.prototype,
    'read',
    () => current && (current.runStart ??= now()),
    () => current && (current.runEnd = now()),
  );
  const toPlain = plain.toPlain;
  (plain as { toPlain: typeof toPlain }).toPlain = (value: unknown) => {
    const t = now();
    const out = toPlain(value);
    if (current) current.plain += now() - t;
    return out;
  };
  const selectionOf = selections.selectionOf;
  (selections as { selectionOf: typeof selectionOf }).selectionOf = (info) => {
    const t = now();
    const out = selectionOf(info);
    if (current) current.selection += now() - t;
    return out;
  };
  const get = CompiledOperations.prototype.get;
  CompiledOperations.prototype.get = function (this: CompiledOperations, query: string, operationName: string | undefined) {
    const compiled = get.call(this, query, operationName);
    if (!compiled) return compiled;
    return {
      ...compiled,
      query: async (...args: Parameters<typeof compiled.query>) => {
        if (current) current.queryStart = now();
        const result = await compiled.query(...args);
        if (current) current.queryEnd = now();
        return result;
      },
    } as typeof compiled;
  };
}

async function main() {
  const { size, words, requests } = toolArgs(process.argv.slice(2), { size: 'S', requests: 500 });
  await withToolGraph('phases', size, async ({ graph, logger, params }) => {
    instrument();
    const config = loadConfig({ ...process.env, NEO4J_URI: graph.uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    const db = new Database({ ...config.neo4j, uri: graph.uri }, logger);
    const server = await createServer({ config, db, logger });
    (server.httpServer as http.Server).prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      const c: Marks = { arrived: performance.now(), plain: 0, selection: 0 };
      current = c;
      res.once('finish', () => {
        const end = performance.now();
        if (c.queryStart === undefined || c.readerStart === undefined || c.runStart === undefined) return;
        samples.push({
          total: end - c.arrived,
          before: c.queryStart - c.arrived,
          resolve: c.readerStart - c.queryStart,
          selection: c.selection,
          build: c.runStart - c.readerStart,
          database: c.runEnd! - c.runStart,
          plain: c.plain,
          after: c.queryEnd! - c.readerEnd!,
          write: end - c.queryEnd!,
        });
      });
    });
    const port = await server.listen(0, '127.0.0.1');
    console.log(`| query (${size}, ${requests} requests each, p50 ms) | ${PHASES.join(' | ')} |`);
    console.log(`|---|${PHASES.map(() => '---:').join('|')}|`);
    try {
      for (const q of selectedQueries(words)) {
        const body = JSON.stringify(q.ours(params));
        for (let i = 0; i < 100; i++) await postGraphql(port, body);
        samples = [];
        for (let i = 0; i < requests; i++) await postGraphql(port, body);
        const p50 = (phase: Phase) =>
          percentile(
            samples.map((s) => s[phase]).sort((a, b) => a - b),
            50,
          );
        console.log(`| ${q.name} | ${PHASES.map((p) => p50(p).toFixed(3)).join(' | ')} |`);
      }
      console.log(
        `\nLoad average at the end: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}; ${samples.length} samples in the last row.`,
      );
    } finally {
      await server.stop();
      await db.close();
    }
  });
}

runTool(main);
