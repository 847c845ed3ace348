import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Authenticator } from '../../auth';
import type { Database } from '../../db';
import { AppError, UnauthenticatedError } from '../../errors';
import { EXPORT_FORMATS, FORMAT_FILES, isDate, runExport, type ExportFormat, type ExportScope } from './runExport';

const MAX_DEPTH = 3;

class ExportArgumentError extends Error {
  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}

function query(req: Request, name: string): string | undefined {
  const v = req.query[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function parse(req: Request): { format: ExportFormat; scope: ExportScope; part: 'nodes' | 'edges' } {
  const format = query(req, 'format') ?? 'ftm';
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) throw new ExportArgumentError(`format must be one of ${EXPORT_FORMATS.join(', ')}.`, 'format');
  const scope: ExportScope = {};
  const root = query(req, 'root');
  const depth = query(req, 'depth');
  const ids = query(req, 'ids');
  const asOf = query(req, 'asOf') ?? query(req, 'as-of');
  if (root) scope.rootId = root;
  if (depth !== undefined) {
    if (!/^\d+$/.test(depth) || Number(depth) > MAX_DEPTH) throw new ExportArgumentError(`depth must be a whole number from 0 to ${MAX_DEPTH}.`, 'depth');
    scope.depth = Number(depth);
  }
  if (ids)
    scope.ids = ids
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (asOf) {
    if (!isDate(asOf)) throw new ExportArgumentError('asOf must be a date, YYYY-MM-DD.', 'asOf');
    scope.asOf = asOf;
  }
  const part = query(req, 'part') ?? 'nodes';
  if (part !== 'nodes' && part !== 'edges') throw new ExportArgumentError('part must be nodes or edges.', 'part');
  return { format: format as ExportFormat, scope, part };
}

const fail = (res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });

/**
 * `GET /export?format=ftm|gexf|graphml|csv&root=ID&depth=N&ids=a,b&asOf=YYYY-MM-DD[&part=nodes|edges]`: the export,
 * streamed as it is read. The same access rule as `/graphql`'s reads: open unless READS_NEED_KEY, and a key that is
 * sent must be valid. Errors before the first byte are GraphQL-shaped JSON with a code; an error later cuts the body.
 */
export function exportRoute(deps: { db: Database; authenticator: Authenticator; readsNeedKey: boolean; logger: Logger }) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const caller = await deps.authenticator.callerFor(req.headers.authorization);
      if (deps.readsNeedKey && caller.role === 'ANONYMOUS') throw new UnauthenticatedError('Reads need an API key on this server: send `Authorization: Bearer <key>`.');
    } catch (error) {
      if (error instanceof AppError) return void fail(res, 401, error.code, error.message);
      throw error;
    }
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(req);
    } catch (error) {
      if (error instanceof ExportArgumentError) return void fail(res, 400, 'BAD_USER_INPUT', error.message, { argument: error.argument });
      throw error;
    }
    const { format, scope, part } = parsed;
    const file = FORMAT_FILES[format];
    const name = `influence-graph${scope.rootId ? `-${scope.rootId.replace(/[^\w.-]/g, '_')}` : ''}${format === 'csv' ? `.${part}` : ''}.${file.extension}`;
    try {
      // The scope is resolved before the first byte: an unknown root is still a 404.
      const started = Date.now();
      const begin = () => {
        res.status(200).setHeader('content-type', file.type);
        res.setHeader('content-disposition', `attachment; filename="${name}"`);
      };
      const counts = await runExport(deps.db, format, scope, res, { part, onStart: begin });
      res.end();
      deps.logger.info({ format, scope, ...counts, durationMs: Date.now() - started }, 'export');
    } catch (error) {
      const message = (error as Error).message;
      if (!res.headersSent) {
        if (/^No entity with id/.test(message)) return void fail(res, 404, 'NOT_FOUND', message, { argument: 'root' });
        if (/more than \d+ nodes/.test(message)) return void fail(res, 400, 'BAD_USER_INPUT', message, { argument: 'depth' });
        deps.logger.error({ err: error }, 'export failed');
        return void fail(res, 500, 'INTERNAL_SERVER_ERROR', 'The export failed.');
      }
      deps.logger.error({ err: error }, 'export failed part-way');
      res.destroy(error as Error);
    }
  };
}
