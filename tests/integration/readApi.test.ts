import fs from 'node:fs';
import path from 'node:path';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { fold } from '../../src/lib/lucene';

const operations = path.resolve(__dirname, '..', '..', 'schema', 'operations');
const operation = (name: string) => fs.readFileSync(path.join(operations, `${name}.graphql`), 'utf8');

/**
 * This suite reads the article's graph (cypher/seed), which no suite changes. Lists over the whole graph also hold what
 * other suites write meanwhile, always with ids starting with `test-`: the assertions on such lists are about the
 * article's nodes in them, and about every node they return where the filter says something of each.
 */
const fromArticle = (ids: string[]) => ids.filter((id) => !id.startsWith('test-'));
const LETTER = 'lobbying-schiff-whitehouse-letter-meta';
const ARTICLE_PEOPLE = ['adam-schiff', 'andy-stone', 'donald-trump', 'elon-musk', 'mark-zuckerberg', 'nick-clegg', 'sheldon-whitehouse'];
const ARTICLE_TEAMS = ['meta-communications-team', 'meta-content-policy-team', 'meta-public-policy-team', 'meta-safety-integrity-team'];

describe('the read API against the article', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await api.run<T>(query, variables);
    expect(errors).toBeUndefined();
    return data as T;
  }

  async function fails(query: string, variables?: Record<string, unknown>) {
    const { errors } = await api.run(query, variables);
    expect(errors).toBeDefined();
    return errors![0];
  }

  /** Every node of a connection, 100 at a time: lists over the whole graph may be longer than a page. */
  async function everyNode(field: string, args: string, fields = ''): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1_000; page++) {
      const data: any = await ok(
        `query($after: String) { list: ${field}(${args ? `${args}, ` : ''}first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id ${fields} } } } }`,
        { after },
      );
      nodes.push(...data.list.edges.map((e: any) => e.node));
      if (!data.list.pageInfo.hasNextPage) return nodes;
      after = data.list.pageInfo.endCursor;
    }
    throw new Error(`${field}(${args}): more than 1000 pages`);
  }
  const idsOf = (nodes: any[]) => nodes.map((n) => n.id as string);
  /** The nodes of one page of a connection. */
  const nodesOf = (connection: any): any[] => connection.edges.map((e: any) => e.node);

  /** Every item of a root connection whose node is not an `id` node (timeline, search), 100 at a time. */
  async function everyItem(field: string, args: string, selection: string): Promise<any[]> {
    const items: any[] = [];
    let after: string | null = null;
    for (let page = 0; page < 1_000; page++) {
      const data: any = await ok(
        `query($after: String) { list: ${field}(${args ? `${args}, ` : ''}first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
        { after },
      );
      items.push(...nodesOf(data.list));
      if (!data.list.pageInfo.hasNextPage) return items;
      after = data.list.pageInfo.endCursor;
    }
    throw new Error(`${field}(${args}): more than 1000 pages`);
  }

  describe('the example operations', () => {
    it('every example operation runs without error', async () => {
      for (const file of fs.readdirSync(operations).filter((f) => f.endsWith('.graphql'))) {
        const { errors } = await api.run(fs.readFileSync(path.join(operations, file), 'utf8'));
        expect({ file, errors }).toEqual({ file, errors: undefined });
      }
    });

    it('says Nick Clegg oversees Meta’s decision, under consideration, with the French passage from CNN', async () => {
      const { decision } = await ok(operation('WhoOverseesMetasDecision'));
      expect(decision.status).toBe('UNDER_CONSIDERATION');
      expect(decision.expectedBy).toBe('dans les semaines à venir');
      expect(decision.decidedBy.map((e: any) => e.name)).toEqual(['Meta']);
      const participants = nodesOf(decision.participants);
      const overseer = participants.find((p: any) => p.role === 'OVERSEER');
      expect(overseer.actor.name).toBe('Nick Clegg');
      expect(overseer.evidence[0].quote).toContain('supervise la décision');
      expect(overseer.evidence[0].source.publisher.name).toBe('CNN');
      const roles = participants.map((p: any) => `${p.role}:${p.actor.name}`);
      expect(roles).toEqual(expect.arrayContaining(['SPOKESPERSON:Andy Stone', 'DECISION_MAKER:Meta']));
      const group = participants.find((p: any) => p.role === 'DELIBERATING_BODY');
      expect(group.evidence.map((e: any) => e.attribution)).toContain('ACCORDING_TO');
      expect(group.evidence.map((e: any) => e.source.publisher?.name)).toContain('Financial Times');
    });

    it('says Schiff and Whitehouse lobbied Meta by letter against reinstatement', async () => {
      const { lobbyingEfforts } = await ok(operation('WhoLobbiedMeta'));
      expect(lobbyingEfforts.totalCount).toBe(1);
      const effort = lobbyingEfforts.edges[0].node;
      expect(effort).toMatchObject({ method: 'LETTER', stance: 'OPPOSE', date: '2022-12-01', datePrecision: 'MONTH' });
      expect(effort.lobbyists.map((l: any) => l.name).sort()).toEqual(['Adam Schiff', 'Sheldon Whitehouse']);
      expect(effort.regarding[0].title).toMatch(/Trump back on Facebook and Instagram/);
      expect(effort.statements.map((s: any) => s.text).join(' ')).toContain('maintienne l’interdiction');
      expect(effort.evidence.length).toBeGreaterThan(0);
    });

    it('says what Clegg wrote in his June 2021 blog post, as a direct quote', async () => {
      const { person } = await ok(operation('WhatCleggSaid'));
      const statements = person.statements.edges.map((e: any) => e.node);
      const risk = statements.find((s: any) => s.text.includes('risque sérieux pour la sécurité publique'));
      expect(risk).toMatchObject({ medium: 'BLOG_POST', saidAt: '2021-06-01', saidAtPrecision: 'MONTH', isDirectQuote: true });
      expect(risk.evidence[0].source.publisher.name).toBe('CNN');
      expect(statements.some((s: any) => s.text.includes('révoqués'))).toBe(true);
    });

    it('gives Trump’s accounts with 34 and 23 million followers, and the restrictions on them', async () => {
      const { person } = await ok(operation('TrumpsAccounts'));
      const byPlatform = Object.fromEntries(nodesOf(person.accounts).map((a: any) => [a.platform.name, a]));
      expect(Object.keys(byPlatform).sort()).toEqual(['Facebook', 'Instagram', 'Truth Social', 'Twitter']);
      expect(nodesOf(byPlatform.Facebook.followers)[0]).toMatchObject({ value: 34_000_000, approximate: true });
      expect(nodesOf(byPlatform.Instagram.followers)[0]).toMatchObject({ value: 23_000_000, approximate: true });
      expect(byPlatform.Facebook.platform.operator.name).toBe('Meta');
      const facebookSuspension = nodesOf(byPlatform.Facebook.restrictions)[0];
      expect(facebookSuspension).toMatchObject({ kind: 'SUSPENSION', duration: 'P2Y', validTo: '2023-01-07' });
      expect(facebookSuspension.imposedBy.name).toBe('Meta');
      const twitterBan = nodesOf(byPlatform.Twitter.restrictions)[0];
      expect(twitterBan.kind).toBe('BAN');
      expect(twitterBan.liftedBy.status).toBe('IMPLEMENTED');
    });

    it('connects Adam Schiff to Nick Clegg in two hops, through Meta, with the claims on the way', async () => {
      const data = await ok(operation('HowSchiffConnectsToClegg'));
      const paths = nodesOf(data.paths);
      expect(paths.length).toBeGreaterThan(0);
      expect(data.paths.totalCount).toBeGreaterThanOrEqual(paths.length);
      for (const p of paths) {
        expect(p.length).toBe(2);
        expect(p.nodes[0].id).toBe('adam-schiff');
        expect(p.nodes.at(-1).id).toBe('nick-clegg');
        expect(p.edges).toHaveLength(2);
        for (const edge of p.edges) expect(edge.claim.evidence.length).toBeGreaterThan(0);
      }
      const all = await ok(`{ paths(fromId: "adam-schiff", toId: "nick-clegg", first: 20) { edges { node { nodes { id } edges { type } } } } }`);
      const viaMeta = nodesOf(all.paths).find((p: any) => p.nodes[1].id === 'meta');
      expect(viaMeta.edges.map((e: any) => e.type)).toEqual(['LOBBIED', 'ROLE_AT']);
    });

    it('lays out Trump’s suspensions in time: the attack, the suspensions, their end, the Twitter reinstatement', async () => {
      const data = await ok(operation('TimelineOfTrumpsSuspensions'));
      const timeline = nodesOf(data.timeline);
      expect(data.timeline.totalCount).toBeGreaterThanOrEqual(timeline.length);
      const dates = timeline.map((t: any) => t.date);
      expect([...dates].sort()).toEqual(dates);
      const find = (id: string, kind: string) => timeline.find((t: any) => t.node.id === id && t.kind === kind);
      expect(find('capitol-attack-2021-01-06', 'EVENT').date).toBe('2021-01-06');
      expect(find('restriction-meta-trump-facebook-suspension', 'START').date).toBe('2021-01-07');
      expect(find('restriction-meta-trump-facebook-suspension', 'END').date).toBe('2023-01-07');
      expect(find('decision-twitter-trump-reinstatement', 'START')).toMatchObject({ date: '2022-11-01', precision: 'MONTH' });
      expect(timeline.every((t: any) => t.summary.length > 0)).toBe(true);
    });

    it('forgives case and accents, and finds Meta by its old name', async () => {
      const data = await ok(operation('SearchForgivesCaseAndAccents'));
      expect(nodesOf(data.emirats).map((h: any) => h.node.id)).toContain('cnn-meta-trump-reinstatement-fr');
      // The first of the article's hits: other suites' entities (test ids) may share a name's words.
      expect(fromArticle(nodesOf(data.clegg).map((h: any) => h.node.id))[0]).toBe('nick-clegg');
      expect(fromArticle(nodesOf(data.facebookInc).map((h: any) => h.node.id))[0]).toBe('meta');
    });

    it('lists Meta’s platforms, teams and open decision', async () => {
      const { organization } = await ok(operation('MetasRolesAsOf'));
      expect(organization.aliases).toContain('Facebook, Inc.');
      expect(
        nodesOf(organization.platforms)
          .map((p: any) => p.name)
          .sort(),
      ).toEqual(['Facebook', 'Instagram']);
      expect(nodesOf(organization.units).map((u: any) => u.kind)).toContain('WORKING_GROUP');
      expect(nodesOf(organization.decisions).map((d: any) => d.title)).toEqual(['Whether to let Donald Trump back on Facebook and Instagram']);
    });

    it('draws Meta’s neighbourhood with edges only between nodes it returns', async () => {
      const { neighborhood } = await ok(operation('NeighborhoodOfMeta'));
      const ids = new Set(neighborhood.nodes.map((n: any) => n.id));
      expect(neighborhood.nodes[0].id).toBe('meta');
      expect(ids).toEqual(expect.objectContaining({}));
      expect([...ids]).toEqual(expect.arrayContaining(['nick-clegg', 'facebook', 'instagram', 'adam-schiff']));
      for (const edge of neighborhood.edges) {
        expect(ids.has(edge.from)).toBe(true);
        expect(ids.has(edge.to)).toBe(true);
      }
    });
  });

  describe('lookups', () => {
    it('finds any node by id, and answers null for an unknown one', async () => {
      const data = await ok(`{
        a: node(id: "nick-clegg") { __typename id ... on Person { name } }
        b: node(id: "decision-meta-trump-reinstatement") { __typename ... on Decision { title } }
        c: node(id: "trump-facebook-account") { __typename ... on Account { handle } }
        d: node(id: "capitol-attack-2021-01-06") { __typename ... on Event { date } }
        e: node(id: "no-such-node") { id }
        f: person(id: "no-such-person") { id }
        g: organization(id: "meta") { kind }
        h: platform(id: "truth-social") { operator { name } }
        i: decision(id: "nope") { id }
      }`);
      expect(data.a).toEqual({ __typename: 'Person', id: 'nick-clegg', name: 'Nick Clegg' });
      expect(data.b.__typename).toBe('Decision');
      expect(data.c.__typename).toBe('Account');
      expect(data.d).toEqual({ __typename: 'Event', date: '2021-01-06' });
      expect(data.e).toBeNull();
      expect(data.f).toBeNull();
      expect(data.g.kind).toBe('COMPANY');
      expect(data.i).toBeNull();
    });

    it('gives every claim at least one piece of evidence, whatever the type', async () => {
      const timeline = await everyItem('timeline', '', 'node { __typename ... on Claim { id evidence { quote source { id title language } } } }');
      // Other suites' claims (test ids) may be in the timeline too; whether they carry evidence is theirs to check.
      const claims = timeline.map((t: any) => t.node).filter((n: any) => n.evidence && !n.id.startsWith('test-'));
      expect(claims.length).toBeGreaterThan(20);
      for (const claim of claims) expect({ id: claim.id, evidence: claim.evidence.length > 0 }).toEqual({ id: claim.id, evidence: true });
    });

    it('lists sources with their publishers and translations', async () => {
      // Page by page: other suites' sources may come first.
      const sources = await everyNode('sources', '', 'title language publisher { name } translationOf { id language } cites { id }');
      const cnn = sources.find((s: any) => s.id === 'cnn-meta-trump-reinstatement-fr');
      expect(cnn).toMatchObject({ language: 'fr', publisher: { name: 'CNN' }, translationOf: { id: 'cnn-meta-trump-reinstatement-en', language: 'en' } });
      expect(cnn.cites.length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('time', () => {
    it('keeps a role whose end is known only to the year until the last day of that year', async () => {
      const q = `query($d: Date) { person(id: "nick-clegg") { roles(asOf: $d, first: 100) { edges { node { id } } } } }`;
      const at = async (d: string) => idsOf(nodesOf((await ok(q, { d })).person.roles));
      expect(await at('2017-12-31')).toContain('role-clegg-uk-parliament-seat');
      expect(await at('2018-01-01')).not.toContain('role-clegg-uk-parliament-seat');
    });

    it('counts a role from the first day of its period when its start is known only to the year', async () => {
      const q = `query($d: Date) { person(id: "nick-clegg") { roles(asOf: $d, first: 100) { edges { node { id } } } } }`;
      expect(idsOf(nodesOf((await ok(q, { d: '2017-12-31' })).person.roles))).not.toContain('role-clegg-meta-joined-2018');
      expect(idsOf(nodesOf((await ok(q, { d: '2018-01-01' })).person.roles))).toContain('role-clegg-meta-joined-2018');
    });

    it('drops a “former” role from the date by which the source says it had ended', async () => {
      const q = `query($d: Date) { person(id: "donald-trump") { roles(asOf: $d, first: 100) { edges { node { id } } } } }`;
      expect(idsOf(nodesOf((await ok(q, { d: '2020-06-01' })).person.roles))).toContain('role-trump-us-president');
      expect(idsOf(nodesOf((await ok(q, { d: '2023-01-05' })).person.roles))).not.toContain('role-trump-us-president');
    });

    it('filters decisions and lobbying by period', async () => {
      // The article has one lobbying effort, the letter of December 2022 (known to the month).
      expect(fromArticle(idsOf(await everyNode('lobbyingEfforts', 'to: "2022-11-30"')))).toEqual([]);
      expect(fromArticle(idsOf(await everyNode('lobbyingEfforts', 'from: "2022-12-15", to: "2022-12-20"')))).toEqual([LETTER]);
      expect(fromArticle(idsOf(await everyNode('lobbyingEfforts', 'from: "2023-01-01"')))).toEqual([]);
      expect(idsOf(await everyNode('decisions', 'from: "2021-01-01", to: "2021-12-31"'))).toContain('decision-meta-trump-reinstatement');
    });

    it('limits a timeline to a period', async () => {
      const timeline = await everyItem('timeline', 'entityId: "donald-trump", from: "2022-01-01", to: "2022-12-31"', 'date');
      expect(timeline.length).toBeGreaterThan(0);
      for (const item of timeline) expect(item.date >= '2022-01-01' && item.date <= '2022-12-31').toBe(true);
    });

    it('finds paths as of a date only through claims valid then', async () => {
      const q = `query($d: Date) { paths(fromId: "nick-clegg", toId: "uk-parliament", maxHops: 1, asOf: $d) { totalCount edges { node { length } } } }`;
      const then = (await ok(q, { d: '2015-01-01' })).paths;
      expect(nodesOf(then)).toEqual([{ length: 1 }]);
      expect(then.totalCount).toBe(1);
      const later = (await ok(q, { d: '2019-01-01' })).paths;
      expect(later.edges).toHaveLength(0);
      expect(later.totalCount).toBe(0);
    });
  });

  describe('filters', () => {
    it('finds decisions by decider, participant, subject and status', async () => {
      const data = await ok(`{ aboutTrump: decisions(concernsId: "donald-trump") { totalCount } }`);
      expect(fromArticle(idsOf(await everyNode('decisions', 'decidedById: "meta"')))).toEqual(['decision-meta-trump-reinstatement']);
      expect(fromArticle(idsOf(await everyNode('decisions', 'participantId: "nick-clegg"')))).toEqual(['decision-meta-trump-reinstatement']);
      expect(data.aboutTrump.totalCount).toBeGreaterThanOrEqual(1);
      const implemented = await everyNode('decisions', 'status: IMPLEMENTED', 'status');
      expect(fromArticle(idsOf(implemented))).toEqual(['decision-twitter-trump-reinstatement']);
      expect(implemented.filter((d) => d.status !== 'IMPLEMENTED')).toEqual([]);
    });

    it('finds lobbying by lobbyist, target, decision and stance', async () => {
      const data = await ok(`{
        bySchiff: lobbyingEfforts(lobbyistId: "adam-schiff", targetId: "meta") { totalCount }
        regarding: lobbyingEfforts(regardingId: "decision-meta-trump-reinstatement") { totalCount }
        targetingClegg: lobbyingEfforts(targetId: "nick-clegg") { totalCount }
      }`);
      expect(data).toEqual({ bySchiff: { totalCount: 1 }, regarding: { totalCount: 1 }, targetingClegg: { totalCount: 0 } });
      // By stance over the whole graph: the article's letter opposes; every effort returned has the stance asked for.
      const support = await everyNode('lobbyingEfforts', 'stance: SUPPORT', 'stance');
      const oppose = await everyNode('lobbyingEfforts', 'stance: OPPOSE', 'stance');
      expect(fromArticle(idsOf(support))).toEqual([]);
      expect(fromArticle(idsOf(oppose))).toEqual([LETTER]);
      expect(support.filter((l) => l.stance !== 'SUPPORT')).toEqual([]);
      expect(oppose.filter((l) => l.stance !== 'OPPOSE')).toEqual([]);
    });

    it('finds statements by speaker, subject and words', async () => {
      const data = await ok(`{
        clegg: statements(speakerId: "nick-clegg") { totalCount }
        aboutDecision: statements(aboutId: "decision-meta-trump-reinstatement") { totalCount }
      }`);
      expect(data.clegg.totalCount).toBeGreaterThanOrEqual(2);
      expect(data.aboutDecision.totalCount).toBeGreaterThanOrEqual(1);
      const words = await everyNode('statements', 'text: "SÉCURITÉ PUBLIQUE"', 'speaker { name }');
      expect(words.map((s) => s.speaker.name)).toContain('Nick Clegg');
    });

    it('finds organizations by kind and by a fragment of a name or alias', async () => {
      const teams = await everyNode('organizations', 'kind: TEAM', 'kind');
      expect(fromArticle(idsOf(teams)).sort()).toEqual(ARTICLE_TEAMS);
      expect(teams.filter((t) => t.kind !== 'TEAM')).toEqual([]);
      // Every organization or person returned has the fragment in its name or an alias, whatever its case.
      const hasFragment = (fragment: string) => (n: any) => [n.name, ...(n.aliases ?? [])].some((x: string) => x.toLowerCase().includes(fragment));
      const facebook = await everyNode('organizations', 'nameContains: "facebook, inc"', 'name aliases');
      expect(fromArticle(idsOf(facebook))).toEqual(['meta']);
      expect(facebook.filter((o) => !hasFragment('facebook, inc')(o))).toEqual([]);
      const clegg = await everyNode('people', 'nameContains: "CLEGG"', 'name aliases');
      expect(fromArticle(idsOf(clegg))).toEqual(['nick-clegg']);
      expect(clegg.filter((p) => !hasFragment('clegg')(p))).toEqual([]);
    });
  });

  describe('pagination', () => {
    it('pages through people with opaque cursors, never repeating or skipping one', async () => {
      // Other suites may add or remove people while this one pages: the article's seven must each come exactly once,
      // no one twice, and every totalCount must lie between the counts of people before and after the paging.
      const countPeople = async () => Number((await testDatabase().readRows('MATCH (p:Person) RETURN count(p) AS n'))[0].n);
      const q = `query($after: String) { people(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
      const seen: string[] = [];
      const totals: number[] = [];
      const before = await countPeople();
      let after: string | null = null;
      for (let page = 0; page < 1_000; page++) {
        const { people }: { people: any } = await ok(q, { after });
        seen.push(...people.edges.map((e: any) => e.node.id));
        totals.push(people.totalCount);
        if (!people.pageInfo.hasNextPage) break;
        after = people.pageInfo.endCursor;
        expect(after).not.toMatch(/nick|clegg/);
      }
      const afterwards = await countPeople();
      expect(fromArticle(seen).sort()).toEqual(ARTICLE_PEOPLE);
      expect(new Set(seen).size).toBe(seen.length);
      for (const total of totals) {
        expect(total).toBeGreaterThanOrEqual(Math.min(before, afterwards));
        expect(total).toBeLessThanOrEqual(Math.max(before, afterwards));
      }
      // With no one added or removed meanwhile (the usual case), the pages hold exactly totalCount people.
      if (before === afterwards && totals.every((t) => t === before)) expect(seen).toHaveLength(before);
    });

    it('pages a nested connection too', async () => {
      const first = await ok(`{ person(id: "nick-clegg") { statements(first: 1) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`);
      const page = first.person.statements;
      expect(page.edges).toHaveLength(1);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const second = await ok(`query($a: String) { person(id: "nick-clegg") { statements(first: 1, after: $a) { edges { node { id } } } } }`, { a: page.pageInfo.endCursor });
      expect(second.person.statements.edges[0].node.id).not.toBe(page.edges[0].node.id);
    });

    it('defaults to 20 and refuses more than 100, naming the argument', async () => {
      const error = await fails(`{ people(first: 101) { totalCount } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(error.message).toMatch(/capped at 100/);
      const nested = await fails(`{ person(id: "nick-clegg") { statements(first: 500) { totalCount } } }`);
      expect(nested.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    });

    it('refuses a negative page size and a forged cursor, naming the argument', async () => {
      expect((await fails(`{ decisions(first: -1) { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect((await fails(`{ people(after: "not-a-cursor") { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    });
  });

  describe('search', () => {
    it('finds every person and organization by a lower-case, accent-free fragment of its name', async () => {
      const rows = await testDatabase().readRows(
        `MATCH (n) WHERE (n:Person OR n:Organization) AND NOT n.id STARTS WITH 'test-' AND NOT n.id STARTS WITH 'example-' RETURN n.id AS id, n.name AS name`,
      );
      expect(rows.length).toBeGreaterThan(20);
      for (const { id, name } of rows as Array<{ id: string; name: string }>) {
        const word = fold(name)
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length >= 3)
          .sort((a, b) => b.length - a.length)[0];
        const fragment = word.slice(0, Math.max(3, word.length - 2));
        const { search } = await ok(`query($t: String!) { search(text: $t, first: 50) { edges { node { node { id } } } } }`, { t: fragment });
        expect({
          name,
          fragment,
          found: nodesOf(search)
            .map((h: any) => h.node.id)
            .includes(id),
        }).toEqual({ name, fragment, found: true });
      }
    });

    it('treats Lucene operators and Cypher in user text as words to look for', async () => {
      for (const text of ['name:"Trump" OR *:*', 'clegg~ AND (x)^2 \\ / [a TO z]', "' RETURN 1 //", '"', '*']) {
        const { errors } = await api.run(`query($t: String!) { search(text: $t) { edges { node { score } } } }`, { t: text });
        expect({ text, errors }).toEqual({ text, errors: undefined });
      }
    });

    it('filters by type and refuses an unknown one', async () => {
      const search = await everyItem('search', 'text: "trump", types: [DECISION]', 'node { __typename }');
      expect(search.length).toBeGreaterThan(0);
      expect(new Set(search.map((h: any) => h.node.__typename))).toEqual(new Set(['Decision']));
      expect((await fails(`{ search(text: "x", types: [MIGRATION]) { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types[0]' });
    });
  });

  describe('bad input', () => {
    it('refuses a malformed date literal or variable with BAD_USER_INPUT', async () => {
      const literal = await fails(`{ decisions(from: "2023-02-30") { totalCount } }`);
      expect(literal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
      const variable = await fails(`query($d: Date) { decisions(to: $d) { totalCount } }`, { d: '7 janvier 2023' });
      expect(variable.extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.message).toMatch(/\$d/);
    });

    it('refuses a period that ends before it starts', async () => {
      expect((await fails(`{ statements(from: "2023-01-01", to: "2022-01-01") { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from' });
    });

    it('caps path length at 6 hops and refuses a path from a node to itself', async () => {
      expect((await fails(`{ paths(fromId: "a", toId: "b", maxHops: 7) { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxHops' });
      expect((await fails(`{ paths(fromId: "meta", toId: "meta") { totalCount } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'toId' });
      expect((await fails(`{ neighborhood(id: "meta", depth: 4) { nodes { id } } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
    });

    it('answers unknown ends of a path with no path', async () => {
      expect((await ok(`{ paths(fromId: "nobody", toId: "meta") { totalCount edges { node { length } } } }`)).paths).toEqual({ totalCount: 0, edges: [] });
      expect((await ok(`{ neighborhood(id: "nobody") { nodes { id } } }`)).neighborhood).toBeNull();
    });
  });
});
