import type { NextFunction, Request, Response } from 'express';

/**
 * The content security policy of the workbench pages: scripts, styles, fonts and fetches from this server only.
 * Why: the pages must work with no internet, and the browser itself then refuses anything that would leave the
 * machine (a CDN script, a web font, a tracking pixel).
 */
export const WORKBENCH_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Express middleware that sets the workbench's security headers on a page or asset. */
export function workbenchHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', WORKBENCH_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}
