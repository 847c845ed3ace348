import { createTestServer, type RunResult, type TestServer } from '../helpers/testServer';
import { planOperators } from '../helpers/planOperators';
import { Database } from '../../src/db';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';
import { fold } from '../../src/lib/lucene';
import { WHERE_LIMITS } from '../../src/filters/compileWhere';
import { shapeOfEnds, whereShape } from '../../src/filters/whereInputs';
import { sortableProperties } from '../../src/filters/listArgs';
import type { PropertyDef, RelationDef } from '../../src/model';

/**
 * Every operator of every generated `where` filter, on every root list, against the real Neo4j: the expected answer
 * is computed here in JavaScript from the nodes as Cypher reads them (the article's seed, ids not starting with
 * `test-`), so a property or relationship added to the model is tested without a new test.
 */
const ROOTS: Record<string, string> = {
  Person: 'people',
  Organization: 'organizations',
  Platform: 'platforms',
  Account: 'accounts',
  Event: 'events',
  Source: 'sources',
  Role: 'roles',
  Statement: 'statements',
  Decision: 'decisions',
  DecisionRole: 'decisionRoles',
  LobbyingEffort: 'lobbyingEfforts',
  Restriction: 'restrictions',
  Observation: 'observations',
  Ownership: 'ownerships',
  Payment: 'payments',
};

type Props = Record<string, unknown>;
type ListPage = { list: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } };
interface Item {
  id: string;
  props: Props;
  /** The ids at the other end of each relation (label and retraction checked). */
  related: Record<string, string[]>;
  evidence: Array<{ attribution: string; quote: string; sourceId: string }>;
}

/** The read statements the API sends to Neo4j until `stop()`, each with its parameters (for plan checks). */
function captureStatements(): { statements: Array<{ cypher: string; params: Record<string, unknown> }>; stop: () => void } {
  const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const read = Database.prototype.read;
  const spy = jest.spyOn(Database.prototype, 'read').mockImplementation(async function (this: Database, work: any, options?: any) {
    return read.call(
      this,
      (tx: any) => work({ run: (cypher: string, params: Record<string, unknown> = {}) => (statements.push({ cypher, params }), tx.run(cypher, params)) }),
      options,
    );
  } as never);
  return { statements, stop: () => spy.mockRestore() };
}

const CLAIM_LABELS = ['Role', 'Statement', 'Decision', 'DecisionRole', 'LobbyingEffort', 'Restriction', 'Observation', 'Ownership', 'Payment'];

/** The last day of the period a date of this precision stands for. */
function periodEnd(date: string, precision: unknown): string {
  const [y, m] = date.split('-').map(Number);
  if (precision === 'YEAR') return `${y}-12-31`;
  if (precision === 'MONTH') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return date;
}

/** Whether a value passes one operator of a property's filter, as the API documents it. */
function passes(property: PropertyDef, props: Props, op: string, operand: unknown): boolean {
  let value = props[property.name];
  if ((value === null || value === undefined) && property.default !== undefined) value = property.default;
  if (value === null || value === undefined) return false;
  if (property.kind === 'strings') {
    const list = value as string[];
    if (op === 'eq') return list.includes(operand as string);
    if (op === 'contains') return list.some((a) => fold(a).includes(fold(operand as string)));
    return list.some((a) => fold(a).startsWith(fold(operand as string)));
  }
  if (op === 'contains') return fold(String(value)).includes(fold(operand as string));
  if (op === 'startsWith') return fold(String(value)).startsWith(fold(operand as string));
  if (property.kind === 'date') {
    const start = value as string;
    const end = property.precision ? periodEnd(start, props[`${property.name}Precision`]) : start;
    const d = operand as string;
    switch (op) {
      case 'eq':
        return start <= d && end >= d;
      case 'in':
        return (operand as string[]).some((x) => start <= x && end >= x);
      case 'lt':
        return start < d;
      case 'lte':
        return start <= d;
      case 'gt':
        return end > d;
      default:
        return end >= d;
    }
  }
  const a = property.kind === 'datetime' ? Date.parse(value as string) : value;
  const b = property.kind === 'datetime' ? Date.parse(operand as string) : operand;
  switch (op) {
    case 'eq':
      return a === b;
    case 'in':
      return (operand as unknown[]).includes(value);
    case 'lt':
      return (a as number) < (b as number);
    case 'lte':
      return (a as number) <= (b as number);
    case 'gt':
      return (a as number) > (b as number);
    default:
      return (a as number) >= (b as number);
  }
}

/** The operators a property's filter has, each with an operand taken from a sample value. */
function operands(property: PropertyDef, sample: unknown): Array<[string, unknown]> {
  switch (property.kind) {
    case 'string':
    case 'text': {
      const text = String(sample);
      return [
        ['eq', text],
        ['in', [text, 'no such text']],
        ['contains', text.slice(1, 5).toUpperCase()],
        ['startsWith', text.slice(0, 3).toLowerCase()],
      ];
    }
    case 'strings': {
      const first = (sample as string[])[0];
      return [
        ['eq', first],
        ['contains', first.slice(1, 4)],
        ['startsWith', first.slice(0, 2).toUpperCase()],
      ];
    }
    case 'enum':
      return [
        ['eq', sample],
        ['in', [sample]],
      ];
    case 'boolean':
      return [['eq', sample]];
    default:
      return ['eq', 'lt', 'lte', 'gt', 'gte', ...(property.kind === 'datetime' ? [] : ['in'])].map((op) => [op, op === 'in' ? [sample] : sample]);
  }
}

describe('where, orderBy and aggregate on every root list', () => {
  let api: TestServer;
  const items = new Map<string, Item[]>();

  /** Every seed item a root list answers for `where` (all pages), as ids, sorted. */
  async function answer(typeName: string, where: unknown, extra = ''): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: RunResult<ListPage> = await api.run<ListPage>(
        `query ($where: ${typeName}Where, $after: String) { list: ${ROOTS[typeName]}(where: $where, first: 100, after: $after${extra}) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { where, after },
      );
      expect(errors).toBeUndefined();
      ids.push(...data!.list.edges.map((e) => e.node.id));
      if (!data!.list.pageInfo.hasNextPage) break;
      after = data!.list.pageInfo.endCursor;
    }
    return ids.filter((id) => !id.startsWith('test-')).sort();
  }

  beforeAll(async () => {
    api = await createTestServer();
    const db = testDatabase();
    for (const typeName of Object.keys(ROOTS)) {
      const shape = whereShape(typeName);
      const rows = await db.readRows(
        `MATCH (n:${typeName}) WHERE n.id IS NOT NULL AND NOT n.id STARTS WITH 'test-' AND n.retractedAt IS NULL
         RETURN n.id AS id, properties(n) AS props,
                COLLECT { MATCH (n)-[e:SUPPORTED_BY]->(s:Source) RETURN {attribution: coalesce(e.attribution, 'REPORTED'), quote: e.quote, sourceId: s.id} } AS evidence`,
      );
      const list: Item[] = rows.map((r) => ({ id: r.id as string, props: r.props as Props, related: {}, evidence: r.evidence as Item['evidence'] }));
      for (const relation of shape.relations) {
        const ends = relation.ends.map((l) => `u:${l}`).join(' OR ') || 'true';
        const pattern = relation.pattern('n', 'u');
        const related = await db.readRows(
          `MATCH (n:${typeName}) WHERE n.id IN $ids MATCH ${pattern} WHERE (${ends})${relation.claim ? ' AND u.retractedAt IS NULL' : ''} RETURN n.id AS id, collect(DISTINCT u.id) AS ends`,
          { ids: list.map((i) => i.id) },
        );
        for (const item of list) item.related[relation.field] = (related.find((r) => r.id === item.id)?.ends as string[] | undefined) ?? [];
      }
      items.set(typeName, list);
    }
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  for (const typeName of Object.keys(ROOTS)) {
    describe(typeName, () => {
      it('filters on every property with every operator of its filter', async () => {
        const list = items.get(typeName)!;
        expect(list.length).toBeGreaterThan(0);
        const cases: Array<{ name: string; op: string; where: unknown; expected: string[] }> = [];
        for (const property of whereShape(typeName).properties) {
          const sample = list.map((i) => i.props[property.name]).find((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0));
          if (sample === undefined) continue;
          for (const [op, operand] of operands(property, sample)) {
            const expected = list
              .filter((i) => passes(property, i.props, op, operand))
              .map((i) => i.id)
              .sort();
            cases.push({ name: property.name, op, where: { [property.name]: { [op]: operand } }, expected });
          }
        }
        expect(cases.length).toBeGreaterThan(0);
        // Sent at once, compared in order.
        const answers = await Promise.all(cases.map((c) => answer(typeName, c.where)));
        cases.forEach(({ name, op, expected }, k) => expect([name, op, answers[k]]).toEqual([name, op, expected]));
      });

      it('filters on every relationship with some, none and all, and AND / OR / NOT', async () => {
        const list = items.get(typeName)!;
        for (const relation of whereShape(typeName).relations) {
          const end = list.flatMap((i) => i.related[relation.field]).find(Boolean);
          if (!end) continue;
          const on = (i: Item) => i.related[relation.field];
          const byId = { id: { eq: end } };
          if (relation.many) {
            const cases: Array<[string, (i: Item) => boolean]> = [
              ['some', (i) => on(i).includes(end)],
              ['none', (i) => !on(i).includes(end)],
              ['all', (i) => on(i).every((x) => x === end)],
            ];
            for (const [quantifier, test] of cases) {
              expect([relation.field, quantifier, await answer(typeName, { [relation.field]: { [quantifier]: byId } })]).toEqual([
                relation.field,
                quantifier,
                list
                  .filter(test)
                  .map((i) => i.id)
                  .sort(),
              ]);
            }
          } else {
            expect([relation.field, await answer(typeName, { [relation.field]: byId })]).toEqual([
              relation.field,
              list
                .filter((i) => on(i).includes(end))
                .map((i) => i.id)
                .sort(),
            ]);
          }
          const other = list[0].id;
          expect(await answer(typeName, { OR: [{ id: { eq: other } }, { NOT: { id: { eq: other } } }] })).toEqual(list.map((i) => i.id).sort());
          expect(await answer(typeName, { AND: [{ id: { in: [other] } }, { NOT: { id: { eq: other } } }] })).toEqual([]);
          break;
        }
      });

      if (CLAIM_LABELS.includes(typeName)) {
        it('filters by validAt and by evidence', async () => {
          const list = items.get(typeName)!;
          const day = '2022-12-01';
          const holds = (p: Props) => {
            const from = p.validFrom as string | null;
            const to = p.validTo as string | null;
            const before = p.validToBefore as string | null;
            return (!from || from <= day) && (!to || periodEnd(to, p.validToPrecision) >= day) && (!before || before > day);
          };
          expect(await answer(typeName, { validAt: day })).toEqual(
            list
              .filter((i) => holds(i.props))
              .map((i) => i.id)
              .sort(),
          );
          const attribution = list.flatMap((i) => i.evidence).map((e) => e.attribution)[0];
          const source = list.flatMap((i) => i.evidence).map((e) => e.sourceId)[0];
          expect(await answer(typeName, { evidence: { some: { attribution: { eq: attribution } } } })).toEqual(
            list
              .filter((i) => i.evidence.some((e) => e.attribution === attribution))
              .map((i) => i.id)
              .sort(),
          );
          expect(await answer(typeName, { evidence: { none: { source: { id: { eq: source } } } } })).toEqual(
            list
              .filter((i) => !i.evidence.some((e) => e.sourceId === source))
              .map((i) => i.id)
              .sort(),
          );
          expect(await answer(typeName, { evidence: { all: { source: { id: { eq: source } } } } })).toEqual(
            list
              .filter((i) => i.evidence.every((e) => e.sourceId === source))
              .map((i) => i.id)
              .sort(),
          );
        });
      }

      it('orders by every sortable property both ways, with cursors that keep the order across pages', async () => {
        // Every property and direction pages at once (each its own pages in turn): the same checks, in a fraction of the time.
        const runs = sortableProperties(typeName).flatMap((property) => ['ASC', 'DESC'].map((direction) => ({ property, direction })));
        const checked = await Promise.all(
          runs.map(async ({ property, direction }) => {
            const seen: string[] = [];
            let after: string | null = null;
            for (;;) {
              const { data, errors }: RunResult<ListPage> = await api.run<ListPage>(
                `query ($after: String) { list: ${ROOTS[typeName]}(orderBy: [{ ${property.name}: ${direction} }], first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
                { after },
              );
              expect(errors).toBeUndefined();
              seen.push(...data!.list.edges.map((e) => e.node.id));
              if (!data!.list.pageInfo.hasNextPage) break;
              after = data!.list.pageInfo.endCursor;
            }
            const list = items.get(typeName)!;
            const key = (id: string) => list.find((i) => i.id === id)?.props[property.name] ?? property.default ?? null;
            const seed = seen.filter((id) => !id.startsWith('test-') && list.some((i) => i.id === id));
            const values = seed.map(key);
            const comparable = values.map((v) => (v === null ? '' : property.kind === 'datetime' ? Date.parse(v as string) : v));
            const sorted = [...comparable].sort((a, b) => (a === b ? 0 : a === '' ? -1 : b === '' ? 1 : (a as number) < (b as number) ? -1 : 1));
            return { name: property.name, direction, seen, comparable, expected: direction === 'ASC' ? sorted : [...sorted].reverse() };
          }),
        );
        for (const { name, direction, seen, comparable, expected } of checked) {
          expect(new Set(seen).size).toBe(seen.length);
          expect([name, direction, comparable]).toEqual([name, direction, expected]);
        }
      });

      it('counts and groups the whole filtered list', async () => {
        const list = items.get(typeName)!;
        const { data, errors } = await api.run(`{ list: ${ROOTS[typeName]}(first: 1) { totalCount aggregate { count } } }`);
        expect(errors).toBeUndefined();
        expect(data!.list.aggregate.count).toBe(data!.list.totalCount);
        const enumProperty = whereShape(typeName).properties.find((p) => p.kind === 'enum');
        if (!enumProperty) return;
        const grouped = await api.run(
          `query ($where: ${typeName}Where) { list: ${ROOTS[typeName]}(where: $where, first: 1) { aggregate { count groupBy(by: ${enumProperty.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}, first: 100) { key count } } } }`,
          { where: { id: { in: list.map((i) => i.id) } } },
        );
        expect(grouped.errors).toBeUndefined();
        const counts = new Map<string, number>();
        for (const i of list) {
          const key = String(i.props[enumProperty.name] ?? enumProperty.default ?? null);
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const groups = grouped.data!.list.aggregate.groupBy as Array<{ key: string; count: number }>;
        expect(Object.fromEntries(groups.map((g) => [String(g.key), g.count]))).toEqual(Object.fromEntries(counts));
        expect(groups.map((g) => g.count)).toEqual([...groups.map((g) => g.count)].sort((a, b) => b - a));
      });
    });
  }

  it('answers "efforts that opposed a decision, by lawmakers, since 2022, newest first, with counts by stance" in one request', async () => {
    const { data, errors } = await api.run(`{
      lobbyingEfforts(
        where: { regarding: { some: { id: { eq: "decision-meta-trump-reinstatement" } } }, stance: { eq: OPPOSE },
                 lobbyists: { some: { rolesHeld: { some: { organization: { kind: { eq: LEGISLATURE } } } } } }, date: { gte: "2022-01-01" } }
        orderBy: [{ date: DESC }]
        first: 10
      ) {
        totalCount
        aggregate { count groupBy(by: STANCE) { key count } byTarget: groupBy(by: TARGET) { key count node { id ... on Entity { name } } } }
        edges { node { id lobbyists { name } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.lobbyingEfforts.edges.length).toBeGreaterThan(0);
    expect(data!.lobbyingEfforts.aggregate.groupBy).toEqual([{ key: 'OPPOSE', count: data!.lobbyingEfforts.totalCount }]);
    expect(data!.lobbyingEfforts.aggregate.byTarget[0].node.id).toBe('meta');
  });

  it('groups a nested list as the same list at the root groups it: by a vocabulary, a month (null included) and a linked node', async () => {
    // Neo4j refuses aggregating functions in a nested list's subquery; its groups are counted another way.
    const groups = `aggregate { count byStance: groupBy(by: STANCE) { key count } byMonth: groupBy(by: MONTH) { key count } byLobbyist: groupBy(by: LOBBYIST, first: 100) { key count node { id } } }`;
    const onlyStance = `aggregate { count groupBy(by: STANCE) { key count } }`;
    const pairs: Array<[string, string, string]> = [
      [
        `organization(id: "meta") { list: lobbiedBy(first: 0) { ${groups} } }`,
        `lobbyingEfforts(where: { targets: { some: { id: { eq: "meta" } } } }, first: 0) { ${groups} }`,
        'organization',
      ],
      [
        `decision(id: "decision-meta-trump-reinstatement") { list: lobbyingAbout(first: 0) { ${groups} } }`,
        `lobbyingEfforts(where: { regarding: { some: { id: { eq: "decision-meta-trump-reinstatement" } } } }, first: 0) { ${groups} }`,
        'decision',
      ],
      [
        `decision(id: "decision-meta-trump-reinstatement") { list: lobbyingAbout(first: 0) { ${onlyStance} } }`,
        `lobbyingEfforts(where: { regarding: { some: { id: { eq: "decision-meta-trump-reinstatement" } } } }, first: 0) { ${onlyStance} }`,
        'decision',
      ],
    ];
    for (const [nested, root, field] of pairs) {
      const a = await api.run(`{ ${field}: ${nested} }`);
      const b = await api.run(`{ root: ${root} }`);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      const nestedAggregate = a.data![field].list.aggregate;
      expect(nestedAggregate).toEqual(b.data!.root.aggregate);
      expect(nestedAggregate.count).toBeGreaterThan(0);
    }
  });

  it('answers "statements by anyone who held a role at Meta on a given day"', async () => {
    const { data, errors } = await api.run(`{
      statements(where: { speakers: { some: { rolesHeld: { some: { organization: { id: { eq: "meta" } }, validAt: "2022-12-01" } } } } }, first: 50) {
        edges { node { id speakers { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const speakers = data!.statements.edges.flatMap((e: { node: { speakers: Array<{ id: string }> } }) => e.node.speakers.map((s) => s.id));
    expect(speakers).toContain('nick-clegg');
  });

  it('filters nested lists with the same arguments', async () => {
    const { data, errors } = await api.run(`{
      organization(id: "meta") {
        lobbiedBy(where: { stance: { eq: OPPOSE } }) { totalCount aggregate { count } }
        rolesAt: roles(where: { holder: { id: { eq: "nick-clegg" } } }, orderBy: [{ validFrom: DESC }]) { edges { node { title holder { id } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.organization.lobbiedBy.aggregate.count).toBe(data!.organization.lobbiedBy.totalCount);
    expect(data!.organization.rolesAt.edges.every((e: { node: { holder: { id: string } } }) => e.node.holder.id === 'nick-clegg')).toBe(true);
    expect(data!.organization.rolesAt.edges.length).toBeGreaterThan(0);
  });

  it('refuses a where nested too deep or holding too many operators before any Cypher runs', async () => {
    let deep: Record<string, unknown> = { id: { eq: 'x' } };
    for (let i = 0; i < WHERE_LIMITS.depth + 1; i++) deep = { NOT: deep };
    const before = api.queryCount();
    const tooDeep = await api.run(`query ($w: PersonWhere) { people(where: $w) { totalCount } }`, { w: deep });
    expect(tooDeep.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'whereDepth', max: WHERE_LIMITS.depth });
    const wide = { OR: Array.from({ length: WHERE_LIMITS.operators + 1 }, (_, i) => ({ id: { eq: `x${i}` } })) };
    const tooWide = await api.run(`query ($w: PersonWhere) { people(where: $w) { totalCount } }`, { w: wide });
    expect(tooWide.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'whereOperators', max: WHERE_LIMITS.operators });
    expect(api.queryCount()).toBe(before);
  });

  it('starts a list pinned by its filter at the pinned node (an index seek), not at a scan of the label', async () => {
    const captured = captureStatements();
    try {
      const { errors } = await api.run(`{ roles(where: { organization: { id: { eq: "meta" } }, validAt: "2022-12-01" }, first: 5) { edges { node { id } } } }`);
      expect(errors).toBeUndefined();
    } finally {
      captured.stop();
    }
    const [{ cypher, params }] = captured.statements;
    const plan = await planOperators(testDatabase(), `EXPLAIN ${cypher}`, params);
    expect(plan.some((op) => /NodeUniqueIndexSeek/.test(op))).toBe(true);
    expect(plan.some((op) => /NodeByLabelScan/.test(op))).toBe(false);
  });

  it('seeks the id index for a list of people or organizations filtered by id, its page and its count, not a scan of the label', async () => {
    const captured = captureStatements();
    try {
      const people = await api.run(`{ people(where: { id: { in: ["nick-clegg", "mark-zuckerberg"] } }, first: 5) { totalCount edges { node { id } } } }`);
      expect(people.errors).toBeUndefined();
      expect(people.data!.people.totalCount).toBe(2);
      expect(people.data!.people.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(['mark-zuckerberg', 'nick-clegg']);
      const orgs = await api.run(`{ organizations(where: { id: { in: ["meta"] } }, first: 5) { totalCount edges { node { id } } } }`);
      expect(orgs.errors).toBeUndefined();
      expect(orgs.data!.organizations.totalCount).toBe(1);
    } finally {
      captured.stop();
    }
    expect(captured.statements).toHaveLength(2);
    for (const { cypher, params } of captured.statements) {
      const plan = await planOperators(testDatabase(), `EXPLAIN ${cypher}`, params);
      expect({ cypher, scans: plan.filter((op) => /NodeByLabelScan/.test(op)) }).toEqual({ cypher, scans: [] });
    }
  });

  it('starts a list filtered two relationships deep, its counts and groups, and evidence from one source at the pinned node', async () => {
    const captured = captureStatements();
    try {
      const { data, errors } = await api.run(
        `{ lobbyingEfforts(where: { lobbyists: { some: { rolesHeld: { some: { organization: { id: { eq: "us-house-of-representatives" } } } } } } }, first: 5) { edges { node { id } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data!.lobbyingEfforts.edges.length).toBeGreaterThan(0);
      // The counts and groups of a pinned list start at the pinned node too, and so does evidence from one source.
      const counted = await api.run(
        `{ lobbyingEfforts(where: { targets: { some: { id: { eq: "meta" } } } }, first: 0) { totalCount aggregate { count groupBy(by: STANCE) { key count } } } }`,
      );
      expect(counted.errors).toBeUndefined();
      const sourced = await api.run(`{ roles(where: { evidence: { some: { source: { id: { eq: "cnn-meta-trump-reinstatement-fr" } } } } }, first: 5) { totalCount } }`);
      expect(sourced.errors).toBeUndefined();
      expect(sourced.data!.roles.totalCount).toBeGreaterThan(0);
    } finally {
      captured.stop();
    }
    expect(captured.statements).toHaveLength(3);
    for (const { cypher, params } of captured.statements) {
      const plan = await planOperators(testDatabase(), `EXPLAIN ${cypher}`, params);
      expect(plan.filter((op) => /NodeByLabelScan/.test(op))).toEqual([]);
    }
  });

  it('answers a filter pinned through a chain of relationships as the same filter tested item by item', async () => {
    // `AND: [where]` is never pinned: the list scans its label and tests the nested EXISTS on each item.
    const same = async (typeName: string, where: Record<string, unknown>) => {
      const pinned = await answer(typeName, where);
      expect([JSON.stringify(where), pinned]).toEqual([JSON.stringify(where), await answer(typeName, { AND: [where] })]);
      return pinned;
    };
    const party = { id: { eq: 'democratic-party' } };
    const byParty = (lobbyist: Record<string, unknown> = {}, role: Record<string, unknown> = {}, organization: Record<string, unknown> = {}) => ({
      lobbyists: { some: { ...lobbyist, rolesHeld: { some: { ...role, organization: { ...party, ...organization } } } } },
    });
    expect(await same('LobbyingEffort', byParty())).not.toEqual([]);
    // The other conditions of each level of the chain hold on the node the chain walks through.
    expect(await same('LobbyingEffort', byParty({ name: { startsWith: 'adam' } }, { title: { contains: 'DEMOCRATE' } }, { name: { contains: 'democratic' } }))).not.toEqual([]);
    expect(await same('LobbyingEffort', byParty({ name: { startsWith: 'zed' } }))).toEqual([]);
    expect(await same('LobbyingEffort', byParty({}, { validAt: '1990-01-01' }))).toEqual([]);
    expect(await same('LobbyingEffort', byParty({}, {}, { name: { startsWith: 'zzz' } }))).toEqual([]);
    // `none` and `all` next to the `some` that pins stay tested on the item; so do the item's own conditions.
    const withNone = byParty();
    (withNone.lobbyists as Record<string, unknown>).none = { id: { eq: 'adam-schiff' } };
    expect(await same('LobbyingEffort', withNone)).toEqual([]);
    expect(await same('LobbyingEffort', { ...byParty(), stance: { eq: 'SUPPORT' } })).toEqual(
      (await answer('LobbyingEffort', byParty())).filter((id) => items.get('LobbyingEffort')!.find((i) => i.id === id)?.props.stance === 'SUPPORT'),
    );
    // A pinned node of another label than the relationship reaches, and a pinned id with another operator.
    expect(await same('Role', { organization: { id: { eq: 'adam-schiff' } } })).toEqual([]);
    expect(await same('Role', { organization: { id: { eq: 'democratic-party', in: ['democratic-party'] } } })).not.toEqual([]);
    expect(await same('Role', { organization: { id: { eq: 'democratic-party', in: ['us-senate'] } } })).toEqual([]);
    expect(await same('Person', { id: { eq: 'nick-clegg', in: ['adam-schiff'] } })).toEqual([]);
    // The chain may walk the same relationship twice, as nested EXISTS do: the roles of whoever holds this role, itself included.
    const role = 'role-clegg-meta-global-affairs';
    expect(await same('Role', { holder: { rolesHeld: { some: { id: { eq: role } } } } })).toContain(role);
    // Evidence from one source, with a condition on the evidence edge.
    const source = { id: { eq: 'ft-meta-trump-working-group' } };
    expect(await same('Role', { evidence: { some: { source, attribution: { eq: 'ACCORDING_TO' } } } })).not.toEqual([]);
    expect(await same('Role', { evidence: { some: { source: { ...source, title: { startsWith: 'zzz' } } } } })).toEqual([]);
    // Counts and groups of a pinned list are those of the unpinned one.
    const counts = async (where: unknown) => {
      const { data, errors } = await api.run(
        `query ($where: LobbyingEffortWhere) { list: lobbyingEfforts(where: $where, first: 0) { totalCount aggregate { count groupBy(by: STANCE) { key count } one: groupBy(by: STANCE, first: 1) { key } } } }`,
        { where },
      );
      expect(errors).toBeUndefined();
      return data!.list;
    };
    for (const where of [byParty(), { targets: { some: { id: { eq: 'meta' } } } }]) {
      const pinned = await counts(where);
      expect(pinned.totalCount).toBeGreaterThan(0);
      expect(pinned.aggregate.count).toBe(pinned.totalCount);
      expect(pinned.aggregate.one).toEqual(pinned.aggregate.groupBy.slice(0, 1).map((g: { key: string }) => ({ key: g.key })));
      expect(pinned).toEqual(await counts({ AND: [where] }));
    }
  });

  it('walks a pinned chain once, and reads a pinned hub once for its count and groups (PROFILE)', async () => {
    const captured = captureStatements();
    try {
      const chain = await api.run(
        `{ lobbyingEfforts(where: { lobbyists: { some: { rolesHeld: { some: { organization: { id: { eq: "democratic-party" } } } } } } }) { edges { node { id } } } }`,
      );
      expect(chain.errors).toBeUndefined();
      expect(chain.data!.lobbyingEfforts.edges.length).toBeGreaterThan(0);
      const grouped = await api.run(
        `{ lobbyingEfforts(where: { targets: { some: { id: { eq: "meta" } } } }, first: 0) { aggregate { count groupBy(by: STANCE) { key count } } } }`,
      );
      expect(grouped.errors).toBeUndefined();
      expect(grouped.data!.lobbyingEfforts.aggregate.count).toBeGreaterThan(0);
    } finally {
      captured.stop();
    }
    expect(captured.statements).toHaveLength(2);
    // What Neo4j reads for each, against the same answer written by hand (bench/run/queries.ts's floor).
    const dbHits = async (cypher: string, params: Record<string, unknown>) => {
      const session = testDatabase().driver.session({ database: testDatabase().settings.database });
      try {
        const sum = (plan: { dbHits: number; children: unknown[] }): number => Number(plan.dbHits) + plan.children.reduce<number>((n, c) => n + sum(c as never), 0);
        return sum((await session.run(`PROFILE ${cypher}`, params)).summary.profile as never);
      } finally {
        await session.close();
      }
    };
    const [chain, grouped] = await Promise.all(captured.statements.map((x) => dbHits(x.cypher, x.params)));
    const chainFloor = await dbHits(
      `MATCH (:Organization {id: $org})<-[:AT]-(r:Role)<-[:HOLDS]-(:Entity)-[:LOBBIED_IN]->(l:LobbyingEffort) WHERE r.retractedAt IS NULL AND l.retractedAt IS NULL
       WITH DISTINCT l ORDER BY l.date, l.id LIMIT 21 RETURN collect(l {.id}) AS items`,
      { org: 'democratic-party' },
    );
    const groupedFloor = await dbHits(
      `MATCH (:Entity {id: $t})<-[:TARGETED]-(l:LobbyingEffort) WHERE l.retractedAt IS NULL
       WITH l.stance AS key, count(*) AS n ORDER BY n DESC, key RETURN {count: sum(n), groupBy: collect({key: key, count: n})} AS aggregate`,
      { t: 'meta' },
    );
    // The chain walked once (not again per effort to test the filter); the hub read once for the count and the groups,
    // and no page read when none is asked for.
    expect({ chain, grouped }).toEqual({ chain: expect.any(Number), grouped: expect.any(Number) });
    expect(chain).toBeLessThanOrEqual(Math.ceil(chainFloor * 1.25) + 4);
    expect(grouped).toBeLessThanOrEqual(Math.ceil(groupedFloor * 1.25) + 4);
  });

  it('orders a hub’s page-keyed list by its own date either way from the index, without sorting the hub', async () => {
    const captured = captureStatements();
    let newest: string[] = [];
    let oldest: string[] = [];
    try {
      const desc = await api.run(`{ lobbyingEfforts(targetId: "meta", orderBy: [{ date: DESC }], first: 100) { edges { node { id date } } } }`);
      const asc = await api.run(`{ lobbyingEfforts(targetId: "meta", orderBy: [{ date: ASC }], first: 100) { edges { node { id date } } } }`);
      expect(desc.errors).toBeUndefined();
      newest = desc.data!.lobbyingEfforts.edges.map((e: any) => e.node.id);
      oldest = asc.data!.lobbyingEfforts.edges.map((e: any) => e.node.id);
    } finally {
      captured.stop();
    }
    expect(newest.length).toBeGreaterThan(0);
    expect(newest).toEqual([...oldest].reverse());
    const plan = await planOperators(testDatabase(), `EXPLAIN ${captured.statements[0].cypher}`, captured.statements[0].params);
    expect(plan.filter((op) => /^(Sort|Top|PartialSort|PartialTop)/.test(op))).toEqual([]);
    expect(plan.some((op) => /RelationshipIndex/.test(op))).toBe(true);
  });

  it('covers every relation and end shape of the model (a new link needs no new test)', () => {
    const relations: RelationDef[] = Object.keys(ROOTS).flatMap((t) => whereShape(t).relations);
    expect(relations.length).toBeGreaterThan(20);
    for (const relation of relations) expect(shapeOfEnds(relation.ends).name).toBeTruthy();
  });
});
