import { ftmEntities } from '../../../bench/generate/ftm';
import { checkEntity } from '../../../src/interchange/ftm/ftmModel';

const ENTITY_PROPERTIES = [
  'director',
  'organization',
  'member',
  'employee',
  'employer',
  'owner',
  'asset',
  'payer',
  'beneficiary',
  'sender',
  'organizer',
  'involved',
  'entity',
  'document',
  'authorityId',
];

describe('the FtM stream generator (bench/generate/ftm.ts)', () => {
  const entities = [...ftmEntities({ entities: 3000, seed: 42, prefix: 'gen-' })];

  it('writes the number of entities asked for, the same for the same seed, and another stream for another seed', () => {
    expect(entities).toHaveLength(3000);
    expect([...ftmEntities({ entities: 3000, seed: 42, prefix: 'gen-' })]).toEqual(entities);
    expect([...ftmEntities({ entities: 3000, seed: 7, prefix: 'gen-' })]).not.toEqual(entities);
  });

  it('writes only entities the followthemoney model accepts, with unique ids, each reference naming an earlier entity', () => {
    const seen = new Set<string>();
    for (const [i, e] of entities.entries()) {
      expect({ line: i + 1, problems: checkEntity(e) }).toEqual({ line: i + 1, problems: [] });
      expect(seen.has(e.id)).toBe(false);
      for (const p of ENTITY_PROPERTIES) for (const ref of e.properties[p] ?? []) expect(seen.has(ref)).toBe(true);
      seen.add(e.id);
    }
    const schemata = new Set(entities.map((e) => e.schema));
    for (const s of [
      'Person',
      'Company',
      'Organization',
      'PublicBody',
      'Article',
      'Directorship',
      'Membership',
      'Employment',
      'Ownership',
      'Payment',
      'Message',
      'Event',
      'Sanction',
      'Documentation',
    ]) {
      expect(schemata).toContain(s);
    }
  });
});
