import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../src/schema';
import { selectionFor } from '../../helpers/selectionFor';
import { Projector } from '../../../src/projection';
import { reversedOrderBy } from '../../../src/projection/projector';
import { encodeCursor, listTag } from '../../../src/projection/cursor';
import { pagedList } from '../../../src/modules/shared/pageKeys';
import { typeRegistry } from '../../../src/modules/registry';

describe('Projector', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('compiles a nested selection into one expression with every value as a parameter', async () => {
    const selection = await selectionFor(
      schema,
      `query($d: Date) { person(id: "nick-clegg") { name roles(asOf: $d) { edges { node { title organization { name } evidence { quote source { title } } } } } } }`,
      { d: '2022-06-01' },
    );
    const q = new Projector(typeRegistry);
    const cypher = q.project(selection, 'Person', 'n');
    expect(cypher).toContain('COLLECT { MATCH (n)-[:HOLDS]->');
    expect(cypher).toContain('SUPPORTED_BY');
    expect(cypher).not.toContain('2022-06-01');
    expect(Object.values(q.params)).toContain('2022-06-01');
  });

  it('answers each alias under its own key, with its own arguments', async () => {
    const selection = await selectionFor(
      schema,
      `{ person(id: "x") { now: roles(asOf: "2022-06-01") { edges { node { id } } } then: roles(asOf: "2010-01-01") { edges { node { id } } } } }`,
    );
    const q = new Projector(typeRegistry);
    const cypher = q.project(selection, 'Person', 'n');
    expect(cypher).toContain('`now`:');
    expect(cypher).toContain('`then`:');
    expect(Object.values(q.params)).toEqual(expect.arrayContaining(['2022-06-01', '2010-01-01']));
  });

  it('names the type of a map only where the field is declared with an interface', async () => {
    // person(id) is a Person: graphql-js needs no __typename; roles' organization is an Organization.
    const concrete = await selectionFor(schema, `{ person(id: "x") { name roles { edges { node { organization { name } } } } } }`);
    expect(new Projector(typeRegistry).project(concrete, 'Person', 'n')).not.toContain('__typename');
    // A Person projected where the schema declares an Entity (a mutation's answer, a merged entity): resolveType reads it.
    const asEntity = { ...concrete, type: 'Entity' };
    expect(new Projector(typeRegistry).project(asEntity, 'Person', 'n')).toMatch(/^\{__typename: 'Person', /);
  });

  it('projects an interface as one branch per concrete type, merging fragments', async () => {
    const selection = await selectionFor(schema, `{ node(id: "x") { id ... on Person { name } ... on Decision { title status } } }`);
    const cypher = new Projector(typeRegistry).project(selection, 'Node', 'n');
    expect(cypher).toMatch(/^CASE WHEN n:Person THEN \{__typename: 'Person', `name`: n.`name`, `id`: n.`id`\}/);
    expect(cypher).toContain("WHEN n:Decision THEN {__typename: 'Decision', `title`: n.`title`, `status`:");
    expect(cypher).toContain("WHEN n:Organization THEN {__typename: 'Organization', `id`: n.`id`}");
  });

  it('counts only when totalCount is asked for', async () => {
    const withCount = await selectionFor(schema, `{ people { totalCount edges { node { id } } } }`);
    const without = await selectionFor(schema, `{ people { edges { node { id } } } }`);
    const page = { first: 5 };
    const sort = { match: (w: string) => `(${w}:Person)`, sortKey: (w: string) => [`${w}.id`] };
    expect(new Projector(typeRegistry).connection(withCount, 'Person', sort, page)).toContain('COUNT {');
    expect(new Projector(typeRegistry).connection(without, 'Person', sort, page)).not.toContain('COUNT {');
  });

  describe('backward pages', () => {
    const sort = { match: (w: string) => `(${w}:Person)`, sortKey: (w: string) => [`coalesce(${w}.name, '')`, `${w}.id`] };
    const tag = listTag('Query', 'people', JSON.stringify(sort.sortKey('_')));

    it('reverse every ORDER BY expression, parts of several expressions included', () => {
      expect(reversedOrderBy(['a.x', { cursor: 'r.pageKey', order: 'r.pageOf, r.pageKey' }, 'r.pageId'])).toBe('a.x DESC, r.pageOf DESC, r.pageKey DESC, r.pageId DESC');
      expect(reversedOrderBy(["coalesce(w.name, '')", 'w.id DESC', "CASE WHEN w.a IN [1, 2] THEN 'x, y' END"])).toBe(
        "coalesce(w.name, '') DESC, w.id, CASE WHEN w.a IN [1, 2] THEN 'x, y' END DESC",
      );
    });

    it('read the list in reverse, strictly before the cursor, one past the page', async () => {
      const selection = await selectionFor(schema, `{ people { edges { node { id } } } }`);
      const q = new Projector(typeRegistry);
      const cypher = q.connection(selection, 'Person', sort, { last: 2, before: encodeCursor(tag, ['Nick Clegg', 'nick-clegg']) });
      expect(cypher).toMatch(/ORDER BY coalesce\(w\d+\.name, ''\) DESC, w\d+\.id DESC LIMIT toInteger\(\$p\d+\)/);
      expect(cypher).toMatch(/WHERE \(coalesce\(w\d+\.name, ''\) <= \$p\d+ AND NOT \(coalesce\(w\d+\.name, ''\) = \$p\d+ AND NOT \(w\d+\.id < \$p\d+\)\)\)/);
      // The page's size, direction and list tag go as one parameter, which the connection is built from.
      expect(Object.values(q.params)).toEqual(expect.arrayContaining([3, 'Nick Clegg', 'nick-clegg']));
      expect(Object.values(q.params)).toContainEqual(expect.objectContaining({ size: 2, backward: true, after: false, before: true, tag }));
    });

    it('keep a page-keyed list on its index: the keyset joins the WHERE, the index order reversed', async () => {
      const selection = await selectionFor(schema, `{ people { edges { node { id } } } }`);
      const q = new Projector(typeRegistry);
      const list = pagedList('Statement', 'MADE', "'nick-clegg'", () => []);
      const before = encodeCursor(listTag('Query', 'people', JSON.stringify(list.sortKey('_'))), ['2022-01-01', 's1']);
      const cypher = q.connection(selection, 'Statement', list, { last: 1, before });
      expect(cypher).toMatch(/USING INDEX w\d+r:MADE\(pageOf, pageKey, pageId\) WHERE .* AND \(w\d+r\.pageKey <= \$p\d+ AND NOT/);
      expect(cypher).toMatch(/ORDER BY (w\d+)r\.pageOf DESC, \1r\.pageKey DESC, \1r\.pageId DESC LIMIT/);
    });

    it('page forward with first and after, backward with last (or before alone); refuse first with last', async () => {
      const selection = await selectionFor(schema, `{ people { edges { node { id } } } }`);
      const q = new Projector(typeRegistry, 100);
      expect(q.pageWindow({})).toEqual({ size: 20, backward: false });
      expect(q.pageWindow({ last: 3 })).toEqual({ size: 3, backward: true });
      expect(q.pageWindow({ before: 'x' })).toEqual({ size: 20, backward: true });
      expect(q.pageWindow({ first: 0, after: 'x' })).toEqual({ size: 0, backward: false });
      expect(() => q.pageWindow({ first: 1, last: 1 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'last' }) }));
      expect(() => q.pageWindow({ last: 101 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ argument: 'last', max: 100 }) }));
      expect(() => q.connection(selection, 'Person', sort, { last: 1, before: 'garbage' })).toThrow(/Argument "before" is not a cursor/);
      const other = encodeCursor(listTag('Query', 'organizations', JSON.stringify(sort.sortKey('_'))), ['Meta', 'meta']);
      expect(() => q.connection(selection, 'Person', sort, { after: other })).toThrow(/Argument "after" is a cursor of another list/);
    });
  });

  it('refuses a page larger than the cap, naming the argument', () => {
    const q = new Projector(typeRegistry, 100);
    expect(() => q.pageSize(101)).toThrow(/Argument "first" is capped at 100/);
    expect(() => q.pageSize(101)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 }) }));
    expect(() => q.pageSize(-1)).toThrow(/Argument "first" must be a whole number/);
    expect(q.pageSize(undefined)).toBe(20);
  });
});
