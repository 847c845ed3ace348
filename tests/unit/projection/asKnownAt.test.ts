import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../../src/schema';
import { selectionFor } from '../../helpers/selectionFor';
import { GraphReader } from '../../../src/modules/shared/graphReader';
import { typeRegistry } from '../../../src/modules/registry';
import { active, liveEdge } from '../../../src/modules/shared/cypherHelpers';
import { knownAt } from '../../../src/model';

describe('asKnownAt in the read machinery', () => {
  let schema: GraphQLSchema;
  const reader = new GraphReader(undefined as never, typeRegistry, 100);
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  const cypherOf = async (document: string) => {
    const selection = await selectionFor(schema, document);
    const q = reader.projector(selection);
    return { q, cypher: q.project(selection, 'Person', 'n') };
  };

  it('leaves the Cypher of a read without asKnownAt exactly as the current graph reads it', async () => {
    const { q, cypher } = await cypherOf(`{ person(id: "x") { name aliases roles { edges { node { id title evidence { quote } } } } lobbying { edges { node { id } } } } }`);
    expect(q.knownAt).toBeNull();
    expect(cypher).not.toMatch(/recordedAt|createdAt|EntityVersion|datetime/);
    expect(cypher).toContain('.retractedAt IS NULL');
    expect(active('w')).toBe('w.retractedAt IS NULL');
    expect(liveEdge('r')).toBe('coalesce(r.retracted, false) = false');
  });

  it('applies the one record-time predicate of the model to every claim, evidence edge and list item under a read with asKnownAt', async () => {
    const { q, cypher } = await cypherOf(`{ person(id: "x", asKnownAt: "2024-01-01T00:00:00Z") { name roles { edges { node { id evidence { quote } } } } } }`);
    expect(q.knownAt).toBe('datetime($p0)');
    expect(q.params.p0).toBe('2024-01-01T00:00:00.000Z');
    expect(cypher).toContain(knownAt('w1', 'datetime($p0)').slice(0, 40));
    expect(cypher).not.toContain('.retractedAt IS NULL AND');
    expect(cypher).toContain('EntityVersion');
  });
});
