import path from 'node:path';
import { ConfigError, loadConfig, projectRoot } from '../../src/config';

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

  it('reads NEO4J_EMBEDDED_CONF as a file from the project root, none by default', () => {
    expect(loadConfig({}).embedded.confFile).toBeUndefined();
    const { confFile } = loadConfig({ NEO4J_EMBEDDED_CONF: 'tests/helpers/testNeo4j.conf' }).embedded;
    expect(confFile).toBe(path.join(projectRoot, 'tests', 'helpers', 'testNeo4j.conf'));
  });

  it('reads CORS_ORIGINS as a list of exact origins, empty by default', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: '  ' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.org, http://localhost:5173,https://app.example.org' }).corsOrigins).toEqual([
      'https://app.example.org',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: 'http://127.0.0.1:8080,https://[::1]:8443' }).corsOrigins).toEqual(['http://127.0.0.1:8080', 'https://[::1]:8443']);
  });

  it.each([
    ['https://app.example.org/', /CORS_ORIGINS: "https:\/\/app.example.org\/" is not an origin, scheme:\/\/host\[:port\] with no path.*; write it as https:\/\/app.example.org$/],
    ['https://app.example.org/graphql', /CORS_ORIGINS: "https:\/\/app.example.org\/graphql" is not an origin.*e\.g\. https:\/\/app.example.org$/],
    ['https://App.Example.org', /write it as https:\/\/app.example.org$/],
    ['https://app.example.org:443', /write it as https:\/\/app.example.org$/],
    ['app.example.org', /CORS_ORIGINS: "app.example.org" is not an origin/],
    ['localhost:5173', /CORS_ORIGINS: "localhost:5173" is not an origin/],
    ['ftp://files.example.org', /CORS_ORIGINS: "ftp:\/\/files.example.org" is not an origin/],
    ['null', /CORS_ORIGINS: "null" is not an origin/],
    ['https://user:pw@app.example.org', /CORS_ORIGINS: "https:\/\/user:pw@app.example.org" is not an origin/],
    ['https://app.example.org?x=1', /is not an origin/],
    ['*', /CORS_ORIGINS: "\*" is not allowed; list the exact origins/],
    ['https://a.example.org,,https://b.example.org', /CORS_ORIGINS: .* has an empty entry/],
  ])('rejects CORS_ORIGINS=%s with a message naming the variable', (value, message) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(message);
  });

  it('turns the playground and introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).playground).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_PLAYGROUND: 'true' }).playground).toBe(true);
  });
});
