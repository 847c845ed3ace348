import { decodeCursor, encodeCursor, listTag } from '../../../src/projection/cursor';
import { toConnection } from '../../../src/projection/toConnection';

const people = listTag('Query', 'people', '["name","id"]');
const organizations = listTag('Query', 'organizations', '["name","id"]');

function refusal(run: () => unknown): { message: string; extensions: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    return error as never;
  }
  throw new Error('not refused');
}

describe('cursors', () => {
  it('are opaque base64url that decode to the key of the list that gave them out', () => {
    const cursor = encodeCursor(people, ['Nick Clegg', 'nick-clegg']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('nick');
    expect(decodeCursor(cursor, { tag: people, length: 2, argument: 'after' })).toEqual(['Nick Clegg', 'nick-clegg']);
    expect(decodeCursor(encodeCursor(people, ['2022-01-01', 3]), { tag: people, length: 2, argument: 'before' })).toEqual(['2022-01-01', 3]);
  });

  it('tags lists by parent type, field and sort key shape, stably', () => {
    expect(people).toHaveLength(8);
    expect(listTag('Query', 'people', '["name","id"]')).toBe(people);
    expect(organizations).not.toBe(people);
    expect(listTag('Person', 'statements', '["x"]')).not.toBe(listTag('Organization', 'statements', '["x"]'));
    expect(listTag('Query', 'people', '["id"]')).not.toBe(people);
  });

  it('refuses a cursor of another list, naming the argument', () => {
    const cursor = encodeCursor(organizations, ['Meta', 'meta']);
    const error = refusal(() => decodeCursor(cursor, { tag: people, length: 2, argument: 'after' }));
    expect(error.message).toMatch(/Argument "after" is a cursor of another list/);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(refusal(() => decodeCursor(cursor, { tag: people, length: 2, argument: 'before' })).extensions.argument).toBe('before');
  });

  it('refuses garbage, an untagged (old) cursor and a cursor of the wrong length', () => {
    const expect400 = (cursor: string) => {
      const error = refusal(() => decodeCursor(cursor, { tag: people, length: 2, argument: 'after' }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(error.message).toMatch(/Argument "after"/);
    };
    for (const garbage of ['', 'not a cursor!', 'bm9wZQ', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[1,2]').toString('base64url'), 'x'.repeat(3000)]) {
      expect400(garbage);
    }
    expect400(Buffer.from(JSON.stringify(['Nick Clegg', 'nick-clegg'])).toString('base64url'));
    expect400(encodeCursor(people, ['only-one']));
    expect400(Buffer.from(JSON.stringify([people, 'a', null])).toString('base64url'));
  });
});

describe('toConnection', () => {
  const items = (...ids: string[]) => ids.map((id) => ({ node: { id }, sortKey: [id] }));
  const page = { size: 2, backward: false, after: false, before: false, tag: people };

  it('pages forward: one item past the page means a next page; after means a previous one', () => {
    const c = toConnection({ __items: items('a', 'b', 'c'), __page: page });
    expect(c.edges.map((e) => e.node)).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: c.edges[0].cursor, endCursor: c.edges[1].cursor });
    const last = toConnection({ __items: items('c'), __page: { ...page, after: true } });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward: items come newest first and leave in list order', () => {
    const c = toConnection({ __items: items('c', 'b', 'a'), __page: { ...page, backward: true } });
    expect(c.edges.map((e) => (e.node as { id: string }).id)).toEqual(['b', 'c']);
    expect(c.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(decodeCursor(c.pageInfo.startCursor!, { tag: people, length: 1, argument: 'before' })).toEqual(['b']);
    const first = toConnection({ __items: items('a'), __page: { ...page, backward: true, before: true } });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('answers an empty page (first: 0) with null cursors and hasNextPage only when an item follows', () => {
    const some = toConnection({ __items: items('a'), __page: { ...page, size: 0 } });
    expect(some).toMatchObject({ edges: [], pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null } });
    const none = toConnection({ __items: [], __page: { ...page, size: 0 } });
    expect(none.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
