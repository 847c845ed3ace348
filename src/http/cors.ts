import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../errors/codes';

/** The methods a page on an allowed origin may use. */
export const CORS_ALLOWED_METHODS = ['GET', 'POST', 'OPTIONS'] as const;

/**
 * The request headers a page on an allowed origin may send (lower case, as browsers list them in
 * `Access-Control-Request-Headers`): the JSON body's type, the API key, Apollo's preflight headers, the request id
 * the API echoes, and the client name and version Apollo Client may send.
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  'apollographql-client-name',
  'apollographql-client-version',
] as const;

/** How long (seconds) a browser may reuse a preflight's answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * Express middleware that lets pages on the listed origins call the API from a browser.
 *
 * - No `Origin` header (curl, servers, most same-origin GETs): the request passes untouched.
 * - An origin on the list: a preflight (`OPTIONS` with `Access-Control-Request-Method`) is answered here with 204
 *   and the methods, headers and max age allowed; any other request goes on with `Access-Control-Allow-Origin` and
 *   `Vary: Origin` set, so the browser lets the page read the answer (errors included).
 * - An origin not on the list: a preflight is answered 403 with a JSON error in the API's format; any other request
 *   goes on without CORS headers, so a browser on another origin cannot read it, while a same-origin page (whose
 *   POSTs carry its own `Origin`) works as before.
 *
 * It holds no state: the answer depends on the request and the list only. Credentials (cookies) are not allowed; the
 * API key travels in `Authorization`. Apollo's CSRF prevention still applies to every request that reaches it.
 */
export function cors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  const methods = CORS_ALLOWED_METHODS.join(', ');
  const headers = CORS_ALLOWED_HEADERS.join(', ');
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    if (origin === undefined) return next();
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    res.vary('Origin');
    if (!allowed.has(origin)) {
      if (!preflight) return next();
      refuse(res, 'This origin may not call the API from a browser: it is not on the server’s CORS_ORIGINS list.');
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (!preflight) {
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
      return next();
    }
    res.vary('Access-Control-Request-Method');
    res.vary('Access-Control-Request-Headers');
    const method = String(req.headers['access-control-request-method']).trim().toUpperCase();
    if (!(CORS_ALLOWED_METHODS as readonly string[]).includes(method)) {
      refuse(res, `The method ${method} is not allowed; use ${methods}.`);
      return;
    }
    const asked = (req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '');
    const refused = asked.filter((name) => !(CORS_ALLOWED_HEADERS as readonly string[]).includes(name));
    if (refused.length > 0) {
      refuse(res, `The request headers ${refused.join(', ')} are not allowed; allowed: ${headers}.`);
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', methods);
    res.setHeader('Access-Control-Allow-Headers', headers);
    res.setHeader('Access-Control-Max-Age', String(CORS_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}

/** A refused preflight: 403 with a GraphQL-shaped error, and no `Access-Control-Allow-*` header for the browser. */
function refuse(res: Response, message: string): void {
  res.removeHeader('Access-Control-Allow-Origin');
  res.status(403).json({ errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN } }] });
}
