import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';

/**
 * The tests' own embedded Neo4j runs with the settings of tests/helpers/testNeo4j.conf (NEO4J_EMBEDDED_CONF, read by
 * src/neo4j-embedded/Launcher.java). A run against a Neo4j named by NEO4J_URI has the server's settings instead, and
 * only checks that they can be read.
 */
describe('the shared test Neo4j', () => {
  afterAll(() => closeTestDatabases());

  it('runs with the settings of tests/helpers/testNeo4j.conf', async () => {
    const rows = await testDatabase().readRows(
      `SHOW SETTINGS YIELD name, value WHERE name IN ['dbms.cypher.statistics_divergence_threshold', 'dbms.cypher.min_replan_interval'] RETURN name, value ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(['dbms.cypher.min_replan_interval', 'dbms.cypher.statistics_divergence_threshold']);
    if (process.env.TEST_EMBEDDED_NEO4J_PID) {
      expect(Object.fromEntries(rows.map((r) => [r.name, r.value]))).toEqual({
        'dbms.cypher.min_replan_interval': '1h',
        'dbms.cypher.statistics_divergence_threshold': '1.0',
      });
    }
  });
});
