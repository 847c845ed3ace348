import path from 'node:path';

/** Where the Neo4j connection comes from: a server the user names, or the embedded default. */
export type Neo4jMode = 'external' | 'embedded';

/** The whole configuration, typed. Read once from the environment by {@link loadConfig}. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly neo4j: {
    readonly mode: Neo4jMode;
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    /** How long a query may run before Neo4j cancels it. */
    readonly queryTimeoutMs: number;
    /** How long the driver may keep retrying a transaction that failed for a transient reason. */
    readonly maxRetryMs: number;
    /** How long opening a connection (or getting one from the pool) may take. */
    readonly connectTimeoutMs: number;
    /** How long a command waits for Neo4j to answer at start before it gives up. */
    readonly startupWaitMs: number;
    readonly maxPoolSize: number;
  };
  readonly embedded: {
    readonly home: string;
    /** NEO4J_EMBEDDED_HOME was set: commands then use that folder's instance, not the running API's. */
    readonly homeGiven: boolean;
    readonly port: number;
    readonly heapMb: number;
    readonly pagecacheMb: number;
    readonly startTimeoutMs: number;
    readonly restartOnCrash: boolean;
    /** NEO4J_EMBEDDED_CONF: a neo4j.conf-style file of further Neo4j settings, beside those the launcher sets itself. */
    readonly confFile?: string;
  };
  readonly importDir: string;
  readonly seedOnStart: boolean;
  /** How many API processes serve the port (node:cluster); 1: this process alone. */
  readonly workers: number;
  readonly limits: {
    readonly maxDepth: number;
    readonly maxAliases: number;
    readonly maxCost: number;
    readonly maxTokens: number;
    readonly maxDirectives: number;
    readonly bodyLimit: string;
    readonly maxPageSize: number;
  };
  readonly introspection: boolean;
  readonly playground: boolean;
  readonly readsNeedKey: boolean;
  /** Queries already answered once run compiled (graphql-jit) on the next requests (src/fastpath). */
  readonly fastPath: boolean;
  /** Reuse the Cypher projection a root field built for an earlier request with the same selection (src/projection/planCache.ts). */
  readonly planCache: boolean;
  /** How long (ms) a key, once read, is trusted without reading it again: a revoked key's grace on each replica. */
  readonly keyCacheMs: number;
  /** Origins (`scheme://host[:port]`, as a browser sends them) whose pages may call the API; empty: none. */
  readonly corsOrigins: readonly string[];
}

/** A configuration problem, named after the variable it concerns. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** The project root: two levels above this file, whether it runs from src/ or dist/src/. */
export const projectRoot = findProjectRoot();

function findProjectRoot(): string {
  const here = __dirname;
  return here.includes(`${path.sep}dist${path.sep}`) ? path.resolve(here, '..', '..') : path.resolve(here, '..');
}

/**
 * Reads and validates the environment. This is the only place that reads process.env for settings, so that a bad
 * value is reported once, naming its variable, before anything starts.
 */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const uri = optionalString(env, 'NEO4J_URI');
  if (uri !== undefined && !/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/.test(uri)) {
    throw new ConfigError('NEO4J_URI', `"${uri}" is not a Neo4j URI; expected e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io`);
  }
  return {
    env: nodeEnv,
    host: string(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    workers: integer(env, 'API_WORKERS', 1, 1, 64),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    neo4j: {
      mode: uri ? 'external' : 'embedded',
      uri,
      user: string(env, 'NEO4J_USER', 'neo4j'),
      password: string(env, 'NEO4J_PASSWORD', ''),
      database: string(env, 'NEO4J_DATABASE', 'neo4j'),
      queryTimeoutMs: integer(env, 'NEO4J_QUERY_TIMEOUT_MS', 10_000, 100, 3_600_000),
      maxRetryMs: integer(env, 'NEO4J_MAX_RETRY_MS', 2_000, 0, 600_000),
      connectTimeoutMs: integer(env, 'NEO4J_CONNECT_TIMEOUT_MS', 3_000, 100, 600_000),
      startupWaitMs: integer(env, 'NEO4J_STARTUP_WAIT_MS', 15_000, 0, 600_000),
      maxPoolSize: integer(env, 'NEO4J_MAX_POOL_SIZE', 100, 1, 10_000),
    },
    embedded: {
      home: path.resolve(projectRoot, string(env, 'NEO4J_EMBEDDED_HOME', '.neo4j/data')),
      homeGiven: optionalString(env, 'NEO4J_EMBEDDED_HOME') !== undefined,
      port: integer(env, 'NEO4J_EMBEDDED_PORT', 0, 0, 65535),
      heapMb: integer(env, 'NEO4J_EMBEDDED_HEAP_MB', 2048, 256, 1_048_576),
      pagecacheMb: integer(env, 'NEO4J_EMBEDDED_PAGECACHE_MB', 512, 16, 1_048_576),
      startTimeoutMs: integer(env, 'NEO4J_EMBEDDED_START_TIMEOUT_MS', 300_000, 5_000, 3_600_000),
      restartOnCrash: boolean(env, 'NEO4J_EMBEDDED_RESTART', true),
      confFile: optionalPath(env, 'NEO4J_EMBEDDED_CONF'),
    },
    importDir: path.resolve(projectRoot, string(env, 'IMPORT_DIR', 'import')),
    seedOnStart: boolean(env, 'SEED_ON_START', uri === undefined),
    limits: {
      maxDepth: integer(env, 'LIMIT_MAX_DEPTH', 12, 1, 1000),
      maxAliases: integer(env, 'LIMIT_MAX_ALIASES', 30, 1, 10_000),
      maxCost: integer(env, 'LIMIT_MAX_COST', 200_000, 1, 100_000_000),
      maxTokens: integer(env, 'LIMIT_MAX_TOKENS', 5_000, 10, 1_000_000),
      maxDirectives: integer(env, 'LIMIT_MAX_DIRECTIVES', 50, 1, 10_000),
      bodyLimit: string(env, 'LIMIT_BODY', '100kb'),
      maxPageSize: integer(env, 'LIMIT_MAX_PAGE_SIZE', 100, 1, 10_000),
    },
    introspection: boolean(env, 'GRAPHQL_INTROSPECTION', !production),
    playground: boolean(env, 'GRAPHQL_PLAYGROUND', !production),
    readsNeedKey: boolean(env, 'READS_NEED_KEY', false),
    fastPath: boolean(env, 'GRAPHQL_FAST_PATH', true),
    planCache: boolean(env, 'GRAPHQL_PLAN_CACHE', true),
    keyCacheMs: integer(env, 'KEY_CACHE_MS', 5_000, 0, 60_000),
    corsOrigins: originList(env, 'CORS_ORIGINS'),
  };
}

/** A file named by an environment variable, resolved from the project root; undefined when unset. */
function optionalPath(env: Env, name: string): string | undefined {
  const value = optionalString(env, name);
  return value === undefined ? undefined : path.resolve(projectRoot, value);
}

function optionalString(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function string(env: Env, name: string, fallback: string): string {
  return optionalString(env, name) ?? fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `${value} is outside ${min}..${max}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optionalString(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `"${raw}" is not a boolean; use true or false`);
}

/**
 * A comma-separated list of exact origins, each written as a browser serializes it in the `Origin` header
 * (`https://app.example.org`, `http://localhost:5173`: lower case, no default port, no path, no trailing slash), so
 * that the server compares strings. `*` is refused: the API takes bearer keys, and a wildcard would let any page a
 * user opens drive it with a key that page holds; list the apps instead.
 */
function originList(env: Env, name: string): string[] {
  const raw = optionalString(env, name);
  if (raw === undefined) return [];
  const origins: string[] = [];
  for (const entry of raw.split(',').map((part) => part.trim())) {
    if (entry === '') throw new ConfigError(name, `"${raw}" has an empty entry; separate origins with single commas`);
    if (entry === '*') throw new ConfigError(name, '"*" is not allowed; list the exact origins of the apps, e.g. https://app.example.org');
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const expected = 'an origin, scheme://host[:port] with no path, e.g. https://app.example.org';
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new ConfigError(name, `"${entry}" is not ${expected}`);
    }
    if (url.origin !== entry) {
      const hint = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password ? `; write it as ${url.origin}` : '';
      throw new ConfigError(name, `"${entry}" is not ${expected}${hint}`);
    }
    if (!origins.includes(entry)) origins.push(entry);
  }
  return origins;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optionalString(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return raw as T;
}

/**
 * For commands: the configuration, or undefined after writing the one-line "Configuration error" message to
 * `stderr` (the caller exits with its usage code). Other errors are thrown.
 */
export function loadConfigOrReport(stderr: { write(text: string): unknown }, env: Env = process.env): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr.write(`Configuration error: ${error.message}\n`);
    return undefined;
  }
}
