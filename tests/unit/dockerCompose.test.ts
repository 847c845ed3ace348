import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..');
const compose = parse(fs.readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const pom = fs.readFileSync(path.join(root, 'src', 'neo4j-embedded', 'pom.xml'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the same Neo4j 5.26 patch as the embedded default', () => {
    const patch = /<neo4j.version>(5\.26\.\d+)<\/neo4j.version>/.exec(pom)?.[1];
    expect(patch).toBeDefined();
    expect(compose.services.neo4j.image).toBe(`neo4j:${patch}-community`);
  });

  it('exposes Bolt and the browser, keeps data in a volume and mounts the import folder', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.ports).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
    expect(neo4j.volumes).toEqual(expect.arrayContaining(['neo4j-data:/data', './import:/import:ro']));
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('gives Neo4j a healthcheck that probes its HTTP port', () => {
    const check = compose.services.neo4j.healthcheck;
    expect(check.test.join(' ')).toMatch(/localhost:7474/);
    expect(check.retries).toBeGreaterThan(0);
  });

  it('starts the API only once Neo4j is healthy, pointed at it over Bolt', () => {
    const api = compose.services.api;
    expect(api.build).toBe('.');
    expect(api.depends_on.neo4j.condition).toBe('service_healthy');
    expect(api.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(api.environment.HOST).toBe('0.0.0.0');
    expect(api.ports).toContain('4000:4000');
    expect(api.healthcheck.test.join(' ')).toMatch(/\/ready/);
  });

  it('builds the API from a Dockerfile that runs the compiled server', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/CMD \["node", "dist\/src\/index.js"\]/);
    for (const copied of dockerfile.matchAll(/^COPY (?!--from)(\S+)/gm)) {
      expect(fs.existsSync(path.join(root, copied[1]))).toBe(true);
    }
  });
});
