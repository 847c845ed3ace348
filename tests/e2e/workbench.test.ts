import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { deriveAll } from '../../src/claims/derived';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { RUN, runPrefix } from '../helpers/testIds';
import { launchChromium, type HeadlessBrowser } from '../helpers/launchChromium';
import { createTestServer, type TestServer } from '../helpers/testServer';

// The functions passed to page.evaluate run in the browser; the project compiles without the DOM library.
declare const window: any;
declare const document: any;

const root = path.resolve(__dirname, '..', '..');
const artifacts = path.join(root, 'test-artifacts');
const docsImages = path.join(root, 'docs', 'images');
/** The ids and the name word of this run's own data (the long timeline). */
const P = runPrefix('workbench');
const MARKER = `busy${RUN}`;

describe("the researchers' workbench in a real browser", () => {
  let api: TestServer;
  let base: string;
  let browser: HeadlessBrowser;
  /** Every URL each page asked for, by page name. */
  const requested = new Map<string, string[]>();
  const problems: string[] = [];

  beforeAll(async () => {
    // Interlocks' first request of its shape is mostly planning, which took over 10 s (the default query timeout) on a
    // loaded two-core machine: the analysis suite allows 60 s, and so does this one.
    api = await createTestServer({ GRAPHQL_PLAYGROUND: 'true', NEO4J_QUERY_TIMEOUT_MS: '60000' });
    const port = await api.server.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
    fs.mkdirSync(artifacts, { recursive: true });
  });

  afterAll(async () => {
    await testDatabase().writeRows(`MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: P });
    await browser?.close();
    await api?.stop();
    await closeTestDatabases();
  });

  async function openPage(name: string, url: string): Promise<Page> {
    const page = await browser.context.newPage();
    const urls: string[] = [];
    requested.set(name, urls);
    page.on('request', (request) => urls.push(request.url()));
    // A refused request is named with what was sent and answered, so that a failure says why.
    page.on('response', (response) => {
      if (response.status() < 400) return;
      const sent = response.request().postData() ?? '';
      response.text().then(
        (body) => problems.push(`${name}: ${response.status()} for ${response.request().method()} ${response.url()} ${sent.slice(0, 300)} → ${body.slice(0, 300)}`),
        () => problems.push(`${name}: ${response.status()} for ${response.request().method()} ${response.url()} ${sent.slice(0, 300)}`),
      );
    });
    page.on('pageerror', (error) => problems.push(`${name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${name}: ${message.text()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    const file = path.join(artifacts, `${name}.png`);
    await page.screenshot({ path: file });
    fs.mkdirSync(docsImages, { recursive: true });
    fs.copyFileSync(file, path.join(docsImages, `${name}.png`));
  }

  it('serves the playground to a browser at /graphql and runs an example operation', async () => {
    const page = await openPage('playground', `${base}/graphql`);
    await page.click('.wb-example[data-operation="WhoOverseesMetasDecision"]');
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('WhoOverseesMetasDecision'));
    // GraphiQL reads the operation's name from the editor 100 ms after a change (debounced), then stores it: pressing
    // run before that sends the new query under the previous example's name ("Unknown operation named …", seen on a
    // loaded machine).
    await page.waitForFunction(() => window.localStorage.getItem('graphiql:operationName') === 'WhoOverseesMetasDecision');
    await page.click('.graphiql-execute-button');
    // CodeMirror draws only the visible lines, so the whole result is read from its editor.
    const result = () =>
      page.evaluate(() => {
        const editor = document.querySelector('.result-window .CodeMirror')?.CodeMirror;
        return editor ? editor.getValue() : (document.querySelector('.result-window')?.textContent ?? '');
      });
    // Data or errors: a refused request shows its errors below rather than a timeout here.
    await page.waitForFunction(() => /"(data|errors)"/.test(document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? ''));
    const answer = JSON.parse(await result());
    expect(answer.errors).toBeUndefined();
    expect(answer.data.decision.participants.edges.map((e: { node: unknown }) => e.node)).toContainEqual(
      expect.objectContaining({ role: 'OVERSEER', actor: { name: 'Nick Clegg' } }),
    );
    expect(await result()).toContain('Nick Clegg');
    await screenshot(page, 'playground');

    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    expect(await page.textContent('.graphiql-doc-explorer')).toContain('Query');
    await page.close();
  });

  it('finds "clegg" in the explorer, draws Meta and his decision, and shows the evidence of an edge', async () => {
    const page = await openPage('explorer', `${base}/explorer`);
    await page.fill('#search', 'clegg');
    await page.click('.search-results li[data-id="nick-clegg"]');
    const edge = 'DECIDED|nick-clegg|decision-meta-trump-reinstatement|decision-role-clegg-overseer';
    await page.waitForFunction((id) => {
      const cy = window.explorer.cy;
      return cy.$id('meta').nonempty() && cy.$id('decision-meta-trump-reinstatement').nonempty() && cy.$id(id).nonempty();
    }, edge);
    expect(await page.evaluate((id) => window.explorer.cy.$id(id).data('label'), edge)).toBe('DECIDED · OVERSEER');

    await page.evaluate(() => {
      const cy = window.explorer.cy;
      (window as unknown as { savedView: unknown }).savedView = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    });
    // Zoomed to the edge alone, its midpoint lies away from the nodes at its ends, whatever the layout drew around
    // it: a click there reaches the edge, not a node or a label that happened to cover it. On a loaded machine the
    // layout may still be moving when the first click lands, so the click is aimed again (at most three times).
    const showsEdge = () =>
      page
        .waitForFunction(() => document.getElementById('tab-details')?.textContent?.includes('supervise la décision'), undefined, { timeout: 10_000 })
        .then(
          () => true,
          () => false,
        );
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const at = await page.evaluate((id) => {
        const cy = window.explorer.cy;
        cy.fit(cy.$id(id), 120);
        const point = cy.$id(id).renderedMidpoint();
        const box = document.getElementById('graph')!.getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      }, edge);
      await page.mouse.click(at.x, at.y);
      // The node's own details are still loading when the edge is drawn: the panel must show the edge, chosen last.
      if (await showsEdge()) break;
    }
    await page.waitForSelector('#tab-details .evidence-item blockquote');
    const panel = await page.textContent('#tab-details');
    expect(panel).toContain('supervise la décision');
    // The drawing as it was before zooming to the edge, for the screenshot.
    // In braces: `viewport()` returns the cytoscape instance, which Playwright would serialise whole (11 s of the
    // page's CPU on this drawing) to hand it back.
    await page.evaluate(() => {
      window.explorer.cy.viewport((window as unknown as { savedView: { zoom: number; pan: { x: number; y: number } } }).savedView);
    });
    expect(panel).toContain('CNN');
    expect(panel).toContain('DECIDED · OVERSEER');
    await screenshot(page, 'explorer');
    await page.close();
  }, 120_000);

  it('finds the paths from Adam Schiff to Nick Clegg, and shows a timeline of more than one page', async () => {
    const page = await openPage('explorer-paths', `${base}/explorer`);
    await page.click('button[data-tab="paths"]');
    await page.fill('#path-from', 'schiff');
    await page.click('#path-from + .search-results li[data-id="adam-schiff"]');
    await page.fill('#path-to', 'clegg');
    await page.click('#path-to + .search-results li[data-id="nick-clegg"]');
    await page.click('#path-form button[type="submit"]');
    await page.waitForSelector('#path-results .path-choice');
    const choices = await page.$$eval('#path-results .path-choice strong', (elements) => elements.map((e) => e.textContent ?? ''));
    // The explorer asks for the first 5 paths: as many as the API gives, each from Schiff to Clegg in two hops.
    const api5 = await api.run<any>(`{ paths(fromId: "adam-schiff", toId: "nick-clegg", maxHops: 4, first: 5) { edges { node { length } } } }`);
    expect(choices).toHaveLength(api5.data!.paths.edges.length);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.endsWith('2 hops'))).toBe(true);
    const listed = await page.$$eval('#path-results .path-choice span', (elements) => elements.map((e) => e.textContent ?? ''));
    expect(listed.every((names) => names.startsWith('Adam Schiff — ') && names.endsWith(' — Nick Clegg'))).toBe(true);

    // A timeline longer than one page (the API gives at most 100 items a page): an organization of this run's own with
    // 130 dated statements. The explorer reads it page by page and shows all of it (up to 200 items).
    await testDatabase().writeRows(
      `MERGE (o:Organization:Entity:Node {id: $prefix + 'busy'}) SET o.name = 'Busy ' + $marker, o.kind = 'COMPANY'
       WITH o UNWIND range(1, 130) AS i
       MERGE (s:Claim:Statement:Node {id: $prefix + 'statement-' + i}) SET s.text = 'Statement ' + i, s.saidAt = date('2020-01-01') + duration({days: i})
       MERGE (o)-[:MADE]->(s)`,
      { prefix: P, marker: MARKER },
    );
    const count = await api.run<any>(`query($id: ID!) { timeline(entityId: $id, first: 0) { totalCount } }`, { id: `${P}busy` });
    expect(count.data!.timeline.totalCount).toBe(130);
    await page.fill('#search', MARKER);
    await page.click(`#search + .search-results li[data-id="${P}busy"]`);
    await page.click('button[data-tab="timeline"]');
    await page.waitForSelector('#tab-timeline .timeline-item');
    expect(await page.$$eval('#tab-timeline .timeline-item', (items) => items.length)).toBe(130);
    expect(await page.textContent('#tab-timeline')).toContain('Statement 130');
    await page.close();
  }, 120_000);

  it('shows a claim added elsewhere in the drawing, live, without a reload', async () => {
    const page = await openPage('explorer-live', `${base}/explorer`);
    await page.waitForFunction(() => document.getElementById('live')?.textContent?.includes('live'), undefined, { timeout: 20_000 });
    await page.evaluate(() => window.explorer.start({ id: 'meta', __typename: 'Organization', name: 'Meta' }));
    await page.waitForFunction(() => window.explorer.cy.$id('meta').nonempty());
    const person = `${P}live-person`;
    expect(await page.evaluate((id) => window.explorer.cy.$id(id).nonempty(), person)).toBe(false);
    // Another client writes a role at Meta: the explorer hears of it through the changes subscription.
    const editor = { keyId: `${P}live-key`, role: 'EDITOR' as const };
    const created = await api.run(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
      { input: { id: person, name: `Live ${MARKER}` } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const role = await api.run(
      `mutation ($input: AddRoleInput!) { addRole(input: $input) { role { id } } }`,
      {
        input: {
          id: `${P}live-role`,
          holderId: person,
          organizationId: 'meta',
          title: 'Live tester',
          validFrom: '2022-12-01',
          evidence: [{ sourceId: 'cnn-meta-trump-reinstatement-fr', quote: 'Un porte-parole de Meta', attribution: 'REPORTED' }],
        },
      },
      editor,
    );
    expect(role.errors).toBeUndefined();
    await page.waitForFunction((id) => window.explorer.cy.$id(id).nonempty(), person, { timeout: 15_000 });
    // The status line names the change once the neighbourhoods it touched are redrawn (just after the node appears).
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.includes('New:'), undefined, { timeout: 15_000 });
    expect(await page.textContent('#status')).toContain('New:');
    await page.close();
  }, 120_000);

  /** The drawing's nodes (ids) and edges (type, ends, claim), sorted. */
  const drawing = (page: Page) =>
    page.evaluate(() => {
      const cy = window.explorer.cy;
      return {
        nodes: cy
          .nodes()
          .map((n: any) => n.id())
          .sort(),
        edges: cy
          .edges()
          .map((e: any) => `${e.data('edge').type}|${e.data('source')}|${e.data('target')}|${e.data('edge').claim?.id ?? ''}`)
          .sort(),
      };
    });

  it('exports what the explorer draws: the downloaded GEXF has the drawn nodes and edges', async () => {
    const page = await openPage('explorer-export', `${base}/explorer`);
    await page.evaluate(() => window.explorer.start({ id: 'adam-schiff', __typename: 'Person', name: 'Adam Schiff' }));
    // The first page of each kind of link is drawn after the neighbourhood.
    await page.evaluate(() => window.explorer.linksView.settled());
    const drawn = await drawing(page);
    expect(drawn.nodes).toContain('meta');
    expect(drawn.edges.length).toBeGreaterThan(1);
    await page.selectOption('#export-format', 'gexf');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<gexf /);
    const graph = gexf.parse(MultiDirectedGraph, text);
    expect(graph.nodes().sort()).toEqual(drawn.nodes);
    expect(graph.size).toBe(drawn.edges.length);
    // The same edges: each drawn edge (type, ends) is in the file as often as it is drawn.
    const exported = graph.mapEdges((_e, attributes, source, target) => `${attributes.type ?? attributes.label}|${source}|${target}`).sort();
    expect(exported).toEqual(drawn.edges.map((e: string) => e.split('|').slice(0, 3).join('|')));
    await page.close();
  }, 120_000);

  it('opens the interlocks view of Meta: the people it shares with other organizations, with evidence', async () => {
    const page = await openPage('explorer-interlocks', `${base}/explorer`);
    await page.evaluate(() => window.explorer.start({ id: 'meta', __typename: 'Organization', name: 'Meta' }));
    await page.click('button[data-tab="interlocks"]');
    // The list, or the panel's message that it could not be loaded.
    const settled = () =>
      page.waitForFunction(
        () => {
          const panel = document.getElementById('tab-interlocks');
          return Boolean(panel?.querySelector('ul.interlocks > li')) || /Could not load/.test(panel?.textContent ?? '');
        },
        undefined,
        { timeout: 90_000 },
      );
    await settled();
    if (!(await page.$('#tab-interlocks ul.interlocks > li'))) {
      // The first request of its shape is mostly planning and may time out on a loaded machine; once more, warm.
      await page.evaluate(() => window.explorer.start({ id: 'meta', __typename: 'Organization', name: 'Meta' }));
      await settled();
    }
    await page.waitForSelector('#tab-interlocks ul.interlocks > li');
    const { data } = await api.run<any>(`{ interlocks(id: "meta", first: 20) { totalCount edges { node { entity { id } shared { via { name } } } } } }`);
    const listed = await page.$$eval('#tab-interlocks ul.interlocks > li', (items) => items.map((li) => li.getAttribute('data-id')));
    expect(listed).toEqual(data!.interlocks.edges.map((e: any) => e.node.entity.id));
    expect(await page.textContent('#tab-interlocks h3')).toContain(`shares people with ${data!.interlocks.totalCount}`);
    // Each shared person is named with the claims that tie them, each with its sources' titles.
    const shared = await page.$$eval('#tab-interlocks ul.interlocks > li > ul > li', (items) => items.map((li) => li.textContent ?? ''));
    const people = data!.interlocks.edges.flatMap((e: any) => e.node.shared.map((x: any) => x.via.name));
    expect(shared).toHaveLength(people.length);
    shared.forEach((line, i) => {
      expect(line.startsWith(`${people[i]}: `)).toBe(true);
      expect(line).toMatch(/\(\S[^)]*\)/);
    });
    await page.close();
  }, 120_000);

  it('draws a hub per relationship type with its counts, and the next links of a type on "More"', async () => {
    // A hub of this run's own: 60 people lobbied it, two hold roles at it.
    const hub = `${P}hub`;
    await testDatabase().write(async (tx) => {
      await tx.run(
        `MATCH (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
         CREATE (h:Organization:Entity:Node {id: $hub, name: 'Hub ' + $marker, kind: 'COMPANY'})
         WITH h, s UNWIND range(0, 61) AS i
         WITH h, s, i, CASE WHEN i < 60 THEN $hub + '-lobbyist-' + right('0' + toString(i), 2) ELSE $hub + '-member-' + toString(i) END AS pid
         CREATE (x:Person:Entity:Node {id: pid, name: 'Hub person ' + toString(i)})
         FOREACH (_ IN CASE WHEN i < 60 THEN [1] ELSE [] END |
           CREATE (x)-[:LOBBIED_IN]->(c:LobbyingEffort:Claim:Node {id: pid + '-effort', method: 'MEETING', createdAt: datetime()})-[:TARGETED]->(h)
           CREATE (c)-[:SUPPORTED_BY {quote: 'q', attribution: 'REPORTED', createdAt: datetime()}]->(s))
         FOREACH (_ IN CASE WHEN i >= 60 THEN [1] ELSE [] END |
           CREATE (x)-[:HOLDS]->(c:Role:Claim:Node {id: pid + '-role', title: 'Director', createdAt: datetime()})-[:AT]->(h)
           CREATE (c)-[:SUPPORTED_BY {quote: 'q', attribution: 'REPORTED', createdAt: datetime()}]->(s))`,
        { hub, marker: MARKER },
      );
      const [ids] = await tx.run(`MATCH (n:Node) WHERE n.id STARTS WITH $hub RETURN collect(n.id) AS ids`, { hub });
      await deriveAll(tx, ids.ids as string[]);
    });
    const page = await openPage('explorer-hub', `${base}/explorer`);
    await page.evaluate((id) => window.explorer.start({ id, __typename: 'Organization', name: 'Hub' }), hub);
    await page.click('button[data-tab="links"]');
    const lobbied = '#tab-links li[data-kind="LOBBIED|IN"]';
    await page.waitForSelector(lobbied);
    const kind = (selector: string) =>
      page.$eval(selector, (li) => ({ count: Number(li.getAttribute('data-count')), drawn: Number(li.getAttribute('data-drawn')), text: li.textContent ?? '' }));
    expect(await kind('#tab-links li[data-kind="ROLE_AT|IN"]')).toEqual(expect.objectContaining({ count: 2, drawn: 2 }));
    let state = await kind(lobbied);
    expect(state.count).toBe(60);
    expect(state.drawn).toBeGreaterThanOrEqual(10);
    expect(state.drawn).toBeLessThan(60);
    expect(state.text).toContain(`${state.drawn} of 60 drawn`);
    expect((await drawing(page)).nodes).toHaveLength(1 + 2 + state.drawn);
    // "More" draws the next links of the type, until all are drawn.
    for (let clicks = 0; state.drawn < 60; clicks += 1) {
      expect(clicks).toBeLessThan(10);
      const before = state.drawn;
      await page.click(`${lobbied} button.more`);
      await page.waitForFunction(([selector, n]) => Number(document.querySelector(selector)?.getAttribute('data-drawn')) > n, [lobbied, before] as const);
      state = await kind(lobbied);
      expect((await drawing(page)).nodes).toHaveLength(1 + 2 + state.drawn);
    }
    expect(state.drawn).toBe(60);
    expect(await page.$eval(`${lobbied} button.more`, (b) => (b as any).disabled)).toBe(true);
    await screenshot(page, 'explorer-links');
    await page.close();
  }, 180_000);

  it('makes every request of both pages to this machine only, and logs no error', () => {
    for (const name of ['playground', 'explorer']) {
      const urls = requested.get(name) ?? [];
      expect(urls.length).toBeGreaterThan(3);
      const leaving = urls.filter((url) => !url.startsWith(`${base}/`) && !/^(data|blob|about):/.test(url));
      expect(leaving).toEqual([]);
    }
    expect(problems).toEqual([]);
  });

  it('still sends every non-browser request to Apollo', async () => {
    const curlLike = await fetch(`${base}/graphql`, { headers: { accept: '*/*' } });
    expect(curlLike.status).toBe(400);
    const withQuery = await fetch(`${base}/graphql?query=${encodeURIComponent('{ platforms { totalCount } }')}`, { headers: { accept: 'text/html' } });
    expect(withQuery.headers.get('content-type')).not.toMatch(/text\/html/);
    const post = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/html,application/json' },
      body: JSON.stringify({ query: '{ person(id: "nick-clegg") { name } }' }),
    });
    expect(await post.json()).toEqual({ data: { person: { name: 'Nick Clegg' } } });
  });

  it('serves the example operations of schema/operations', async () => {
    const response = await fetch(`${base}/workbench/operations.json`);
    const operations = (await response.json()) as { name: string; query: string }[];
    const files = fs.readdirSync(path.join(root, 'schema', 'operations')).filter((f) => f.endsWith('.graphql'));
    expect(operations.map((op) => `${op.name}.graphql`).sort()).toEqual(files.sort());
    expect(operations.find((op) => op.name === 'WhoOverseesMetasDecision')?.query).toContain('decision-meta-trump-reinstatement');
  });

  it('serves no playground, and Apollo no landing page, when the playground is off', async () => {
    const off = await createTestServer({ GRAPHQL_PLAYGROUND: 'false' });
    try {
      const port = await off.server.listen(0, '127.0.0.1');
      const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      expect((await fetch(`http://127.0.0.1:${port}/workbench/operations.json`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${port}/explorer`)).status).toBe(200);
    } finally {
      await off.stop();
    }
  });
});
