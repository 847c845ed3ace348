import { orderBy } from '../../../src/projection/projector';
import { dateKey } from '../../../src/modules/shared/cypherHelpers';

describe('orderBy', () => {
  it('orders a date key by the date itself, missing dates first, and leaves other keys alone', () => {
    expect(orderBy([dateKey('w.saidAt'), 'w.id'])).toBe('w.saidAt IS NOT NULL, w.saidAt, w.id');
    expect(orderBy([dateKey('coalesce(w.date, w.validFrom)'), 'w.id'])).toBe('coalesce(w.date, w.validFrom) IS NOT NULL, coalesce(w.date, w.validFrom), w.id');
    expect(orderBy(['w.role', 'w.id'])).toBe('w.role, w.id');
  });
});
