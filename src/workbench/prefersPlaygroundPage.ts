import type { Request } from 'express';

/**
 * Whether a request to /graphql is a browser asking for a page: a GET that explicitly accepts text/html, prefers it
 * to JSON, and carries no `query`. Why: every other request (POSTs, GETs with a query, `curl` with Accept: *\/*) must
 * still reach Apollo unchanged, including its CSRF prevention.
 */
export function prefersPlaygroundPage(req: Request): boolean {
  if (req.method !== 'GET') return false;
  const accept = req.headers.accept ?? '';
  if (!/\btext\/html\b/i.test(accept)) return false;
  if (req.query && typeof req.query === 'object' && 'query' in req.query) return false;
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}
