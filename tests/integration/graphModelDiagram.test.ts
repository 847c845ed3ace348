import fs from 'node:fs';
import path from 'node:path';
import { GLOBAL_ID_LABEL } from '../../src/model';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';

/** Labels every node of a family carries besides its own (Claim, Entity) and the global id label: not drawn. */
const FAMILY_LABELS = ['Claim', 'Entity'];

const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
const mermaid = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

/** Relationship types and labels the README's diagram names. */
const drawnTypes = new Set([...mermaid.matchAll(/--\s*([A-Z_]+)\s*-->|-\.\s*([A-Z_]+)\s*\.->/g)].map((m) => m[1] ?? m[2]));
const drawnLabels = new Set([...mermaid.matchAll(/\b([A-Z][a-zA-Z]+)\b/g)].map((m) => m[1]));

describe("the README's graph diagram", () => {
  afterAll(closeTestDatabases);

  it('draws every relationship type the article graph uses', async () => {
    const rows = await testDatabase().readRows(
      `MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT a:AuditEntry AND NOT a:ApiKey AND NOT a:MergedId
         AND NOT a.id STARTS WITH 'test-' AND NOT b.id STARTS WITH 'test-' AND NOT a.id STARTS WITH 'example-'
       RETURN DISTINCT type(r) AS type`,
    );
    const used = rows.map((r) => r.type as string).filter((t) => !t.startsWith('TEST_'));
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((t) => !drawnTypes.has(t))).toEqual([]);
  });

  it('draws every label the article graph uses', async () => {
    const rows = await testDatabase().readRows(
      `MATCH (n) WHERE NOT n:Migration AND NOT n:AuditEntry AND NOT n:ApiKey AND NOT n:MergedId AND NOT n.id STARTS WITH 'test-'
       UNWIND labels(n) AS label RETURN DISTINCT label`,
    );
    const used = rows.map((r) => r.label as string).filter((l) => ![...FAMILY_LABELS, GLOBAL_ID_LABEL].includes(l) && !l.startsWith('Test'));
    expect(used.filter((l) => !drawnLabels.has(l))).toEqual([]);
  });
});
