import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/db/toPlain';

describe('toPlain', () => {
  it('converts driver values nested in maps and lists, and undefined to null', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Person'], { id: 'p', born: new neo4j.types.Date(1967, 1, 7) }, 'e1');
    const value = {
      a: neo4j.int(42),
      list: [neo4j.int(1), { d: new neo4j.types.Date(2023, 1, 7) }, undefined, 'x', null],
      nested: { node, missing: undefined, deeper: [[new neo4j.types.DateTime(2023, 1, 7, 10, 0, 0, 0, 0)]] },
      nullProto: Object.assign(Object.create(null) as Record<string, unknown>, { n: neo4j.int(3) }),
    };
    expect(toPlain(value)).toEqual({
      a: 42,
      list: [1, { d: '2023-01-07' }, null, 'x', null],
      nested: { node: { id: 'p', born: '1967-01-07' }, missing: null, deeper: [['2023-01-07T10:00:00.000Z']] },
      nullProto: { n: 3 },
    });
  });

  it('keeps scalars and turns undefined into null', () => {
    expect(toPlain('s')).toBe('s');
    expect(toPlain(3.5)).toBe(3.5);
    expect(toPlain(true)).toBe(true);
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain(null)).toBeNull();
  });
});
