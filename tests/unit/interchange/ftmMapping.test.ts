import { CLAIM_TYPES, ORGANIZATION_KIND, ROLE_KIND } from '../../../src/model';
import { checkEntity, ftm, ftmLanguage, ourLanguage } from '../../../src/interchange/ftm/ftmModel';
import { CLAIM_MAPPING, ORGANIZATION_SCHEMA, ROLE_SCHEMA } from '../../../src/interchange/ftm/mapping';
import { ftmDate, toFtm } from '../../../src/interchange/ftm/toFtm';
import { claimLabelOf, ourDate } from '../../../src/interchange/ftm/fromFtm';

describe('the FtM mapping', () => {
  it('maps every claim type, link, role kind and organization kind of the model to FtM schemata that exist', () => {
    for (const claim of CLAIM_TYPES) {
      const mapping = CLAIM_MAPPING[claim.label];
      expect(mapping).toBeDefined();
      for (const link of claim.links) expect(mapping.links[link.type]).toBeDefined();
      for (const prop of claim.properties) expect(prop.name in mapping.properties || mapping.noHome.includes(prop.name)).toBe(true);
    }
    for (const kind of ROLE_KIND.values) expect(() => ftm.getSchema(ROLE_SCHEMA[kind])).not.toThrow();
    for (const kind of ORGANIZATION_KIND.values) expect(ftm.getSchema(ORGANIZATION_SCHEMA[kind]).isA('Organization')).toBe(true);
  });

  it('checks entities with the followthemoney model: schema, properties, value types, required properties', () => {
    expect(checkEntity({ id: 'p1', schema: 'Person', properties: { name: ['Ada'], birthDate: ['1815-12'] } })).toEqual([]);
    expect(checkEntity({ id: 'p1', schema: 'Nope', properties: {} })[0]).toMatch(/unknown schema/);
    expect(checkEntity({ id: 'p1', schema: 'Person', properties: { name: ['Ada'], shoeSize: ['42'] } })[0]).toMatch(/no property "shoeSize"/);
    expect(checkEntity({ id: 'p1', schema: 'Person', properties: { name: ['Ada'], birthDate: ['yesterday'] } })[0]).toMatch(/not an ISO 8601 date/);
    expect(checkEntity({ id: 'p1', schema: 'Person', properties: { name: ['Ada'], nationality: ['xx-nowhere'] } })[0]).toMatch(/country/);
    expect(checkEntity({ id: 'd1', schema: 'Directorship', properties: { director: ['p1'] } }).join()).toMatch(/requires "organization"/);
    expect(checkEntity({ id: 'x', schema: 'Thing', properties: { name: ['x'] } }).join()).toMatch(/abstract/);
    expect(checkEntity('nope')).toEqual(['not a JSON object']);
  });

  it('leaves out a claim while a link the model requires has no end (read while its end was deleted), and maps it once it has', () => {
    const part = (links: Array<{ type: string; id: string }>) =>
      toFtm({
        id: 'dr1',
        labels: ['Claim', 'DecisionRole', 'Node'],
        props: { id: 'dr1', role: 'DECISION_MAKER' },
        referents: [],
        structural: [],
        links: links.map((l) => ({ ...l, name: null, labels: l.type === 'IN' ? ['Decision'] : ['Person'] })),
        evidence: [],
        owners: [],
        platformName: null,
        publisherKind: null,
      });
    expect(part([{ type: 'PLAYS', id: 'p1' }])).toEqual([]);
    const whole = part([
      { type: 'PLAYS', id: 'p1' },
      { type: 'IN', id: 'd1' },
    ]);
    expect(whole.map((e) => e.schema)).toContain('UnknownLink');
    for (const e of whole) expect(checkEntity(e)).toEqual([]);
  });

  it('keeps date precision both ways, and converts language codes', () => {
    expect(ftmDate('2022-11-01', 'MONTH')).toBe('2022-11');
    expect(ftmDate('2017-01-01', 'YEAR')).toBe('2017');
    expect(ourDate('2022-11')).toEqual({ date: '2022-11-01', precision: 'MONTH' });
    expect(ourDate('2017')).toEqual({ date: '2017-01-01', precision: 'YEAR' });
    expect(ourDate('2023-01-07T10:00:00')).toEqual({ date: '2023-01-07', precision: 'DAY' });
    expect(ftmLanguage('fr')).toBe('fra');
    expect(ourLanguage('fra')).toBe('fr');
  });

  it('reads Event-carried claims by their keyword marker and plain events as events', () => {
    expect(claimLabelOf({ id: 'e', schema: 'Event', properties: { name: ['x'], keywords: ['Decision'] } })).toBe('Decision');
    expect(claimLabelOf({ id: 'e', schema: 'Event', properties: { name: ['x'] } })).toBeNull();
    expect(claimLabelOf({ id: 'u', schema: 'UnknownLink', properties: { subject: ['a'], object: ['b'], role: ['OVERSEER'] } })).toBe('DecisionRole');
    expect(claimLabelOf({ id: 'u', schema: 'UnknownLink', properties: { subject: ['a'], object: ['b'], role: ['PART_OF'] } })).toBeNull();
  });
});
