import http from 'node:http';
import autocannon from 'autocannon';

export interface Latency {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  samples: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs a GraphQL body to 127.0.0.1:port/graphql; resolves with the parsed answer, rejects on HTTP or GraphQL errors. */
export function postGraphql(port: number, body: string): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  // Once more on a reset socket: a keep-alive connection the server closed as it idled (its keepAliveTimeout) while
  // the bench was between queries, not an error of the server.
  return postOnce(port, body).catch((error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? postOnce(port, body) : Promise.reject(error)));
}

function postOnce(port: number, body: string): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const json = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }> };
            if (res.statusCode !== 200 || json.errors?.length) reject(new Error(`HTTP ${res.statusCode}: ${json.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 300)}`));
            else resolve(json);
          } catch {
            reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Runs `fn` one at a time: `warmup` unmeasured runs, then up to `n` measured ones (stopping after `maxMs`). */
export async function latency(fn: () => Promise<unknown>, n: number, warmup: number, maxMs: number, onTick?: (i: number) => void): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  const deadline = Date.now() + maxMs;
  for (let i = 0; i < n && (i < 20 || Date.now() < deadline); i += 1) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    onTick?.(i + 1);
  }
  times.sort((a, b) => a - b);
  return { p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), p99_ms: round(percentile(times, 99)), samples: times.length };
}

/**
 * Latency of several paths measured in rotation (one request of each in turn), so that all of them see the same
 * machine load: on a shared machine, measuring one path after the other would compare different moments.
 */
export async function interleavedLatency(
  fns: Record<string, () => Promise<unknown>>,
  n: number,
  warmup: number,
  maxMs: number,
): Promise<Record<string, Latency | { failed: string }>> {
  const names = Object.keys(fns);
  const times: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  const failed: Record<string, string> = {};
  for (let i = 0; i < warmup; i += 1) {
    for (const k of names) {
      if (failed[k]) continue;
      await fns[k]().catch((error: Error) => (failed[k] = error.message));
    }
  }
  const deadline = Date.now() + maxMs;
  for (let i = 0; i < n && (i < 20 || Date.now() < deadline); i += 1) {
    for (const k of names) {
      if (failed[k]) continue;
      const t = process.hrtime.bigint();
      try {
        await fns[k]();
        times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
      } catch (error) {
        failed[k] = (error as Error).message;
      }
    }
  }
  const out: Record<string, Latency | { failed: string }> = {};
  for (const k of names) {
    if (failed[k]) {
      out[k] = { failed: failed[k] };
      continue;
    }
    const sorted = times[k].sort((a, b) => a - b);
    out[k] = { p50_ms: round(percentile(sorted, 50)), p95_ms: round(percentile(sorted, 95)), p99_ms: round(percentile(sorted, 99)), samples: sorted.length };
  }
  return out;
}

/** Requests per second at `connections` concurrent connections for `seconds`, over HTTP (autocannon). */
export async function httpThroughput(port: number, body: string, connections: number, seconds: number): Promise<{ rps: number; errors: number }> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
    // A slow path must still be counted, not timed out: 32 requests of 0.5 s each queue for many seconds.
    timeout: 120,
  });
  const errors = result.errors + result.non2xx + result.timeouts;
  return { rps: round(result['2xx'] / seconds), errors };
}

/** Calls per second with `concurrency` calls in flight for `seconds` (the raw driver path). */
export async function fnThroughput(fn: () => Promise<unknown>, concurrency: number, seconds: number): Promise<{ rps: number; errors: number }> {
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  let errors = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        try {
          await fn();
          done += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { rps: round(done / ((Date.now() - started) / 1000)), errors };
}

/** Every string value under an `id` key, for comparing what the three paths answered. */
export function idsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else idsIn(v, out);
    }
  }
  return out;
}
