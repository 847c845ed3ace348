import fs from 'node:fs';
import path from 'node:path';
import { createTestServer, type TestServer } from '../helpers/testServer';
import { closeTestDatabases } from '../helpers/testDatabase';

/** The questions API 1.0 part 3 answers in one request, as the example operations ask them, against the article. */
describe('example operations: where, orderBy and aggregate', () => {
  let api: TestServer;
  const operation = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'operations', `${name}.graphql`), 'utf8');
  const ok = async (name: string) => {
    const { data, errors } = await api.run<any>(operation(name));
    expect(errors).toBeUndefined();
    return data;
  };

  beforeAll(async () => {
    api = await createTestServer();
  });

  afterAll(async () => {
    await api.stop();
    await closeTestDatabases();
  });

  it('finds the lawmakers’ letter opposing Meta’s decision, newest first, all of it OPPOSE, and Meta as its target', async () => {
    const { lobbyingEfforts } = await ok('OpposedEffortsByLawmakers');
    const lobbyists = lobbyingEfforts.edges.flatMap((e: any) => e.node.lobbyists.map((l: any) => l.name));
    expect(lobbyists).toEqual(expect.arrayContaining(['Adam Schiff', 'Sheldon Whitehouse']));
    expect(lobbyingEfforts.aggregate.byStance).toEqual([{ key: 'OPPOSE', count: lobbyingEfforts.totalCount }]);
    expect(lobbyingEfforts.aggregate.byTarget[0].node).toEqual({ id: 'meta', name: 'Meta' });
    const dates = lobbyingEfforts.edges.map((e: any) => e.node.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(lobbyingEfforts.edges.every((e: any) => e.node.evidence.length > 0)).toBe(true);
  });

  it('says who was lobbied most: Meta, with counts by method and year that add up', async () => {
    const { lobbyingEfforts } = await ok('WhoWasLobbiedMost');
    const { count, byTarget, byMethod, byYear } = lobbyingEfforts.aggregate;
    expect(byTarget[0].node.id).toBe('meta');
    expect(byTarget.map((g: any) => g.count)).toEqual([...byTarget.map((g: any) => g.count)].sort((a: number, b: number) => b - a));
    expect(byMethod.reduce((s: number, g: any) => s + g.count, 0)).toBe(count);
    expect(byYear.reduce((s: number, g: any) => s + g.count, 0)).toBe(count);
  });

  it('lists statements by people who held a role at Meta on 1 December 2022, Nick Clegg’s among them, with evidence', async () => {
    const { statements } = await ok('StatementsByMetaPeopleOnADay');
    const speakers = statements.edges.flatMap((e: any) => e.node.speakers.map((s: any) => s.name));
    expect(speakers).toContain('Nick Clegg');
    expect(statements.edges.every((e: any) => e.node.evidence.length > 0)).toBe(true);
  });
});
