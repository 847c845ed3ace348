import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../src/schema';
import { selectionFor } from '../../helpers/selectionFor';
import { PlanCache, Projector, planKey, selectionKey, type FieldSelection } from '../../../src/projection';
import { typeRegistry } from '../../../src/modules/registry';

const PERSON = `query($id: ID!, $asOf: Date, $first: Int, $last: Int, $withRoles: Boolean! = true) {
  person(id: $id) { id name roles(asOf: $asOf, first: $first, last: $last) @include(if: $withRoles) { edges { node { title organization { name } } } } }
}`;

describe('the plan cache key', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  const key = async (variables: Record<string, unknown>, inputs: { counter?: number; knownAt?: string | null; maxPageSize?: number; typeName?: string } = {}) =>
    planKey({
      selection: await selectionFor(schema, PERSON, variables),
      typeName: inputs.typeName ?? 'Person',
      scope: { v: 'n' },
      counter: inputs.counter ?? 1,
      knownAt: inputs.knownAt ?? null,
      maxPageSize: inputs.maxPageSize ?? 100,
    });

  it('leaves out the root field’s own arguments: another id is the same plan', async () => {
    expect(await key({ id: 'nick-clegg' })).toBe(await key({ id: 'adam-schiff' }));
  });

  it('holds every argument below the root and what changes the text', async () => {
    const base = await key({ id: 'a', first: 5 });
    const others = [
      await key({ id: 'a', last: 5 }),
      await key({ id: 'a', first: 6 }),
      await key({ id: 'a', first: 5, asOf: '2020-01-01' }),
      await key({ id: 'a', first: 5, withRoles: false }),
      await key({ id: 'a', first: 5 }, { counter: 2 }),
      await key({ id: 'a', first: 5 }, { knownAt: 'datetime($p0)' }),
      await key({ id: 'a', first: 5 }, { maxPageSize: 50 }),
      await key({ id: 'a', first: 5 }, { typeName: 'Entity' }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });

  it('tells an argument left out from one given as null', async () => {
    const given = await selectionFor(schema, '{ person(id: "a") { roles(asOf: null) { totalCount } } }');
    const left = await selectionFor(schema, '{ person(id: "a") { roles { totalCount } } }');
    expect(selectionKey(given)).not.toBe(selectionKey(left));
  });

  it('holds the response keys and the order of the fields (they shape the answer)', async () => {
    const a = await selectionFor(schema, '{ person(id: "a") { id name } }');
    const b = await selectionFor(schema, '{ person(id: "a") { name id } }');
    const c = await selectionFor(schema, '{ person(id: "a") { id n: name } }');
    expect(new Set([selectionKey(a), selectionKey(b), selectionKey(c)]).size).toBe(3);
  });
});

describe('a projector with a plan cache', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  /** One request's projection: the root match takes p0, as a repository's does. */
  const project = (plans: PlanCache | undefined, selection: FieldSelection, id: string) => {
    const q = new Projector(typeRegistry, 100, plans);
    const match = `MATCH (n:Person {id: ${q.param(id)}})`;
    const text = `${match} RETURN ${q.project(selection, 'Person', 'n')} AS value`;
    return { text, params: q.params, next: q.variable('x') };
  };

  it('gives the text, the parameters and the next names of a projection built afresh', async () => {
    const plans = new PlanCache();
    const selection = await selectionFor(schema, PERSON, { id: 'a', asOf: '2022-06-01', first: 3 });
    const first = project(plans, selection, 'a');
    expect(plans.stats).toEqual({ hits: 0, misses: 1, entries: 1 });
    const again = project(plans, await selectionFor(schema, PERSON, { id: 'b', asOf: '2022-06-01', first: 3 }), 'b');
    expect(plans.stats).toEqual({ hits: 1, misses: 1, entries: 1 });
    const fresh = project(undefined, await selectionFor(schema, PERSON, { id: 'b', asOf: '2022-06-01', first: 3 }), 'b');
    expect(again).toEqual(fresh);
    expect(again.params.p0).toBe('b');
    expect(first.text).toBe(again.text);
    expect(Object.values(again.params)).toContain('2022-06-01');
  });

  it('builds again when an argument below the root changes, and keeps both plans', async () => {
    const plans = new PlanCache();
    project(plans, await selectionFor(schema, PERSON, { id: 'a', first: 3 }), 'a');
    const backward = project(plans, await selectionFor(schema, PERSON, { id: 'a', last: 3 }), 'a');
    expect(plans.stats).toEqual({ hits: 0, misses: 2, entries: 2 });
    expect(backward).toEqual(project(undefined, await selectionFor(schema, PERSON, { id: 'a', last: 3 }), 'a'));
  });

  it('drops the least recently used plan past its bound', async () => {
    const plans = new PlanCache(2);
    const one = await selectionFor(schema, PERSON, { id: 'a', first: 1 });
    project(plans, one, 'a');
    project(plans, await selectionFor(schema, PERSON, { id: 'a', first: 2 }), 'a');
    project(plans, one, 'a');
    project(plans, await selectionFor(schema, PERSON, { id: 'a', first: 3 }), 'a');
    expect(plans.stats.entries).toBe(2);
    project(plans, one, 'a');
    expect(plans.stats.hits).toBe(2);
  });

  it('caches nothing of a projection that throws', async () => {
    const plans = new PlanCache();
    const selection = await selectionFor(schema, '{ person(id: "a") { name } }');
    const q = new Projector(typeRegistry, 100, plans);
    expect(() => q.project(selection, 'NoSuchType', 'n')).toThrow();
    expect(plans.stats.entries).toBe(0);
  });
});
