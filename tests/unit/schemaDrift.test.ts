import 'reflect-metadata';
import fs from 'node:fs';
import { buildAppSchema, SCHEMA_FILE } from '../../src/schema';
import { printSchemaWithDirectives } from '../../src/schemaPrinter';

describe('schema/schema.graphql', () => {
  it('is what the code generates (run `npm run schema:emit` and commit it when this fails)', async () => {
    const generated = printSchemaWithDirectives(await buildAppSchema());
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('offers every operation and type of the API contract', async () => {
    const sdl = fs.readFileSync(SCHEMA_FILE, 'utf8');
    for (const query of [
      'node(',
      'search(',
      'person(',
      'people(',
      'organization(',
      'organizations(',
      'platform(',
      'platforms(',
      'decisions(',
      'decision(',
      'lobbyingEfforts(',
      'statements(',
      'sources(',
      'timeline(',
      'paths(',
      'neighborhood(',
      'changes(',
    ]) {
      expect(sdl).toContain(`  ${query}`);
    }
    for (const type of [
      'Person',
      'Organization',
      'Platform',
      'Account',
      'Role',
      'Statement',
      'Decision',
      'DecisionRole',
      'LobbyingEffort',
      'Restriction',
      'Observation',
      'Event',
      'Source',
      'Evidence',
      'SearchHit',
      'Path',
      'PathEdge',
      'Subgraph',
      'TimelineItem',
      'PageInfo',
      // api-1.0 §2: lists that can grow are connections.
      'SearchHitConnection',
      'TimelineItemConnection',
      'PathConnection',
      'SourceConnection',
      'PlatformConnection',
      'AuditEntryConnection',
    ]) {
      expect(sdl).toMatch(new RegExp(`^type ${type} `, 'm'));
    }
    for (const iface of ['Node', 'Entity', 'Claim']) expect(sdl).toMatch(new RegExp(`^interface ${iface} `, 'm'));
  });
});
