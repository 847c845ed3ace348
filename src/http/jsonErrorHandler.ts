import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * The last Express error handler: errors raised before GraphQL runs (a body over the size limit, JSON that does not
 * parse) get a GraphQL-shaped JSON answer with a code, never an HTML page or a stack trace.
 */
export function jsonErrorHandler(logger: Logger) {
  return (error: Error & { type?: string; status?: number }, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const requestId = String(res.getHeader('x-request-id') ?? '');
    if (error.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: 'The request body is over the size limit (LIMIT_BODY).', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    logger.error({ err: error, path: req.path, requestId }, 'unexpected HTTP error');
    res.status(error.status && error.status >= 400 && error.status < 600 ? error.status : 500).json({
      errors: [{ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}
