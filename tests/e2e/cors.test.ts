import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeTestDatabases } from '../helpers/testDatabase';
import { launchChromium, type HeadlessBrowser } from '../helpers/launchChromium';
import { createTestServer, type TestServer } from '../helpers/testServer';

// The functions passed to page.waitForFunction run in the browser; the project compiles without the DOM library.
declare const window: any;

const ALLOWED = 'https://app.example.org';
const REFUSED = 'https://evil.example.net';
const QUERY = '{ decision(id: "decision-meta-trump-reinstatement") { title } }';

/**
 * A Vite-style app page: its module script calls the API named in `?api=` with a JSON POST (which makes the browser
 * send a preflight first), and leaves what happened in `window.corsResult`.
 */
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A browser app on another origin</title></head>
  <body>
    <pre id="out">calling the API…</pre>
    <script type="module">
      const api = new URLSearchParams(location.search).get('api');
      try {
        const response = await fetch(api, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: ${JSON.stringify(QUERY)} }),
        });
        window.corsResult = { ok: true, status: response.status, requestId: response.headers.get('x-request-id'), body: await response.json() };
      } catch (error) {
        window.corsResult = { ok: false, name: error.name, message: error.message };
      }
      document.getElementById('out').textContent = JSON.stringify(window.corsResult);
    </script>
  </body>
</html>
`;

interface Listening {
  api: TestServer;
  base: string;
  /** Method and path of every request the API received, in order. */
  seen: string[];
}

async function listening(env: Record<string, string>): Promise<Listening> {
  const api = await createTestServer(env);
  const seen: string[] = [];
  // Before Express's own listener, which rewrites req.url under a mount path.
  api.server.httpServer.prependListener('request', (req: http.IncomingMessage) => seen.push(`${req.method} ${req.url}`));
  const port = await api.server.listen(0, '127.0.0.1');
  return { api, base: `http://127.0.0.1:${port}`, seen };
}

function preflight(url: string, origin: string | undefined, method = 'POST', headers = 'content-type'): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { ...(origin ? { origin } : {}), 'access-control-request-method': method, 'access-control-request-headers': headers },
  });
}

function post(url: string, headers: Record<string, string>, body: string = JSON.stringify({ query: QUERY })): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

const firstError = async (response: Response) => ((await response.json()) as ErrorBody).errors[0];

const vary = (response: Response) => (response.headers.get('vary') ?? '').split(',').map((part) => part.trim().toLowerCase());

describe('CORS from the CORS_ORIGINS allow-list', () => {
  let pageServer: http.Server;
  let pageOrigin: string;
  /** Its list holds https://app.example.org and the test page's origin. */
  let allowing: Listening;
  /** Its list holds https://app.example.org only. */
  let refusing: Listening;
  let title: string;

  beforeAll(async () => {
    pageServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(PAGE);
    });
    await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
    pageOrigin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
    allowing = await listening({ CORS_ORIGINS: `${ALLOWED},${pageOrigin}` });
    refusing = await listening({ CORS_ORIGINS: ALLOWED });
    const answer = await allowing.api.run<{ decision: { title: string } }>(QUERY);
    title = answer.data!.decision.title;
  }, 120_000);

  afterAll(async () => {
    await allowing?.api.stop();
    await refusing?.api.stop();
    if (pageServer?.listening) await new Promise<void>((resolve) => pageServer.close(() => resolve()));
    await closeTestDatabases();
  });

  describe('over HTTP', () => {
    it('answers a preflight from an allowed origin with 204 and the CORS headers', async () => {
      const response = await preflight(`${allowing.base}/graphql`, ALLOWED, 'POST', 'content-type,authorization,apollo-require-preflight,x-apollo-operation-name');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(vary(response)).toContain('origin');
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      const allowedHeaders = (response.headers.get('access-control-allow-headers') ?? '').split(',').map((name) => name.trim());
      expect(allowedHeaders).toEqual(expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name']));
      expect(response.headers.get('access-control-max-age')).toBe('600');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(await response.text()).toBe('');
    });

    it('answers preflights on the health routes too', async () => {
      for (const path of ['/health', '/ready']) {
        const response = await preflight(`${allowing.base}${path}`, ALLOWED, 'GET', '');
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      }
      const health = await fetch(`${allowing.base}/health`, { headers: { origin: ALLOWED } });
      expect(health.status).toBe(200);
      expect(health.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    });

    it('refuses a preflight from an origin not on the list: 403, a JSON error, no CORS header', async () => {
      for (const server of [allowing, refusing]) {
        const response = await preflight(`${server.base}/graphql`, REFUSED);
        expect(response.status).toBe(403);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-methods')).toBeNull();
        expect(response.headers.get('content-type')).toMatch(/application\/json/);
        expect(await response.json()).toEqual({ errors: [{ message: expect.stringMatching(/CORS_ORIGINS/), extensions: { code: 'FORBIDDEN' } }] });
      }
      // Origins compare exactly: another scheme or port is another origin.
      for (const near of ['http://app.example.org', 'https://app.example.org:8443', 'null']) {
        expect((await preflight(`${allowing.base}/graphql`, near)).status).toBe(403);
      }
    });

    it('refuses a preflight from an allowed origin that asks for a method or a header outside the lists', async () => {
      const method = await preflight(`${allowing.base}/graphql`, ALLOWED, 'DELETE');
      expect(method.status).toBe(403);
      expect(method.headers.get('access-control-allow-origin')).toBeNull();
      expect(await firstError(method)).toEqual({ message: expect.stringMatching(/DELETE/), extensions: { code: 'FORBIDDEN' } });
      const header = await preflight(`${allowing.base}/graphql`, ALLOWED, 'POST', 'content-type, x-secret-header');
      expect(header.status).toBe(403);
      expect((await firstError(header)).message).toMatch(/x-secret-header/);
    });

    it('adds Access-Control-Allow-Origin and Vary: Origin to an actual POST from an allowed origin', async () => {
      const response = await post(`${allowing.base}/graphql`, { origin: ALLOWED, 'x-request-id': 'cors-e2e-1' });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(vary(response)).toContain('origin');
      expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id');
      expect(response.headers.get('x-request-id')).toBe('cors-e2e-1');
      expect(await response.json()).toEqual({ data: { decision: { title } } });
    });

    it('lets a page on an allowed origin read the API’s errors too', async () => {
      const response = await post(`${allowing.base}/graphql`, { origin: ALLOWED }, '{"query": ');
      expect(response.status).toBe(400);
      expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect((await firstError(response)).extensions.code).toBe('BAD_REQUEST');
    });

    it('sets no CORS header on a request from an origin not on the list (a same-origin page still works)', async () => {
      const response = await post(`${refusing.base}/graphql`, { origin: REFUSED });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(await response.json()).toEqual({ data: { decision: { title } } });
      const sameOrigin = await post(`${refusing.base}/graphql`, { origin: refusing.base });
      expect(sameOrigin.status).toBe(200);
      expect(sameOrigin.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('keeps Apollo’s CSRF prevention: a simple cross-origin request from an allowed origin is still refused', async () => {
      const textPlain = await fetch(`${allowing.base}/graphql`, {
        method: 'POST',
        headers: { origin: ALLOWED, 'content-type': 'text/plain' },
        body: JSON.stringify({ query: QUERY }),
      });
      expect(textPlain.status).toBe(400);
      expect(await textPlain.text()).toMatch(/Cross-Site Request Forgery/);
      const simpleGet = await fetch(`${allowing.base}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { origin: ALLOWED } });
      expect(simpleGet.status).toBe(400);
      const withPreflightHeader = await fetch(`${allowing.base}/graphql?query=${encodeURIComponent(QUERY)}`, {
        headers: { origin: ALLOWED, 'apollo-require-preflight': 'true' },
      });
      expect(withPreflightHeader.status).toBe(200);
      expect(withPreflightHeader.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    });

    it('leaves a request without Origin as it was', async () => {
      const response = await post(`${allowing.base}/graphql`, {});
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('vary')).toBeNull();
      expect(await response.json()).toEqual({ data: { decision: { title } } });
      // An OPTIONS without Origin is not a CORS preflight: it reaches Apollo, as before.
      const options = await preflight(`${allowing.base}/graphql`, undefined);
      expect(options.status).not.toBe(204);
      expect(options.headers.get('access-control-allow-origin')).toBeNull();
      expect(options.headers.get('access-control-allow-methods')).toBeNull();
    });
  });

  describe('in headless Chromium, from a page served on another port', () => {
    let browser: HeadlessBrowser;

    beforeAll(async () => {
      browser = await launchChromium();
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
    });

    async function callFromPage(api: Listening): Promise<{ result: any; consoleErrors: string[] }> {
      const page = await browser.context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      try {
        await page.goto(`${pageOrigin}/?api=${encodeURIComponent(`${api.base}/graphql`)}`, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForFunction(() => window.corsResult !== undefined, undefined, { timeout: 60_000 });
        return { result: await page.evaluate(() => window.corsResult), consoleErrors };
      } finally {
        await page.close();
      }
    }

    it('gets the data when the page’s origin is on the list', async () => {
      allowing.seen.length = 0;
      const { result } = await callFromPage(allowing);
      expect(result).toEqual({ ok: true, status: 200, requestId: expect.any(String), body: { data: { decision: { title } } } });
      // The browser asked first (the JSON content type is not a simple request), then sent the POST.
      expect(allowing.seen).toEqual(['OPTIONS /graphql', 'POST /graphql']);
    }, 120_000);

    it('is refused, with a TypeError in the page, when the page’s origin is not on the list', async () => {
      refusing.seen.length = 0;
      const { result, consoleErrors } = await callFromPage(refusing);
      expect(result).toEqual({ ok: false, name: 'TypeError', message: expect.any(String) });
      // The preflight was refused, so the browser never sent the POST.
      expect(refusing.seen).toEqual(['OPTIONS /graphql']);
      expect(consoleErrors.join('\n')).toMatch(/CORS/);
    }, 120_000);
  });
});
