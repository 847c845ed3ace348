import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('uses the embedded Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.mode).toBe('embedded');
    expect(config.port).toBe(4000);
    expect(config.seedOnStart).toBe(true);
  });

  it('uses the server at NEO4J_URI, and does not seed it unless asked', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'x' });
    expect(config.neo4j.mode).toBe('external');
    expect(config.neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(config.seedOnStart).toBe(false);
  });

  it.each([
    ['PORT', 'eighty', /PORT: "eighty" is not a whole number/],
    ['PORT', '70000', /PORT: 70000 is outside 0..65535/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI: "http:\/\/localhost:7474" is not a Neo4j URI/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: "loud" is not one of/],
    ['SEED_ON_START', 'maybe', /SEED_ON_START: "maybe" is not a boolean/],
  ])('rejects %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('turns the playground and introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_PLAYGROUND: 'true' }).playground).toBe(true);
  });
});
