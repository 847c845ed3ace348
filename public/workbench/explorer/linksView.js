// A hub's links per kind (edge type and direction): each kind with its count, how many of them are drawn, and a
// "More" button that draws the next page. Nothing here reads a hub's links whole: counts come from `linkTypes`, pages
// from `links(type, direction, first, after)`.
import { graphql } from './graphql.js';
import { h } from './dom.js';
import { nodeLabel } from './labels.js';
import { LINK_TYPES, LINKS, LINKS_PER_PAGE } from './queries.js';

/**
 * Keeps, per entity id, its kinds of link and the cursor of the last page drawn of each. `merge(subgraph, around)`
 * draws; `drawnCount(id, kind)` counts the edges of a kind the drawing has at the entity.
 */
export function createLinksView(panel, { merge, drawnCount, onChange }) {
  /** id → { node, kinds: [{ type, direction, names, count, after, more }] } */
  const entities = new Map();
  let shown = null;
  /** The loads under way, for `settled()`. */
  const pending = new Set();

  const keyOf = (kind) => `${kind.type}|${kind.direction}`;

  /** Fetches the kinds of link of an entity and draws the first page of each; resolves when all are drawn. */
  function load(node) {
    const work = loadKinds(node);
    pending.add(work);
    const done = () => pending.delete(work);
    work.then(done, done);
    return work;
  }

  async function loadKinds(node) {
    // Until the first pages are drawn, the panel says so (a hub's counts and drawn links appear together).
    entities.set(node.id, { node, kinds: null });
    if (shown === node.id) render(node.id);
    try {
      const data = await graphql(LINK_TYPES, { id: node.id });
      if (!data.node || !data.node.linkTypes) {
        entities.delete(node.id);
        return;
      }
      const kinds = data.node.linkTypes.map((kind) => ({ ...kind, after: null, more: true }));
      await Promise.all(kinds.map((kind) => more(node.id, kind, { quiet: true, onePage: true })));
      entities.set(node.id, { node, kinds });
    } catch (error) {
      entities.delete(node.id);
      throw error;
    } finally {
      if (shown === node.id) render(node.id);
    }
  }

  /**
   * Draws the next page of a kind of link of an entity. Pages whose neighbours are all drawn already (the
   * neighbourhood drew them) are passed over, so that "More" always draws new links while the kind has any.
   */
  async function more(id, kind, { quiet = false, onePage = false } = {}) {
    const before = drawnCount(id, kind);
    for (let i = 0; i < 50; i += 1) {
      const data = await graphql(LINKS, { id, type: kind.type, direction: kind.direction, first: LINKS_PER_PAGE, after: kind.after });
      const page = data.node && data.node.links;
      if (!page) break;
      merge({ nodes: [data.node, ...page.edges.map((e) => e.node.neighbor)], edges: page.edges.map((e) => e.node.edge) }, id);
      kind.after = page.pageInfo.endCursor || kind.after;
      kind.more = page.pageInfo.hasNextPage;
      if (onePage || !kind.more || drawnCount(id, kind) > before) break;
    }
    if (quiet) return;
    if (shown === id) render(id);
    if (onChange) onChange();
  }

  /** Shows the kinds of link of an entity in the panel (or a note for a node that has none to list). */
  function render(id) {
    shown = id;
    const entry = entities.get(id);
    if (!entry) {
      panel.replaceChildren(h('p', { className: 'muted' }, 'Links by type are listed for people, organisations and platforms.'));
      return;
    }
    if (!entry.kinds) {
      panel.replaceChildren(h('p', { className: 'muted' }, 'Loading the links by type…'));
      return;
    }
    const total = entry.kinds.reduce((sum, kind) => sum + kind.count, 0);
    panel.replaceChildren(
      h('h3', null, `Links of ${nodeLabel(entry.node)} by type (${total})`),
      entry.kinds.length === 0
        ? h('p', { className: 'muted' }, 'No links.')
        : h(
            'ul',
            { className: 'link-kinds' },
            ...entry.kinds.map((kind) => {
              const drawn = Math.min(kind.count, drawnCount(id, kind));
              const button = h('button', { type: 'button', className: 'more', disabled: !kind.more }, kind.more ? `More (next ${LINKS_PER_PAGE})` : 'All drawn');
              button.addEventListener('click', async () => {
                button.disabled = true;
                button.textContent = 'Loading…';
                try {
                  await more(id, kind);
                } catch (error) {
                  button.textContent = `Could not load: ${error.message}`;
                }
              });
              return h(
                'li',
                { 'data-kind': keyOf(kind), 'data-count': String(kind.count), 'data-drawn': String(drawn) },
                h('strong', null, `${kind.names.join(' / ')}`),
                h('span', { className: 'muted' }, ` ${kind.type} ${kind.direction === 'OUT' ? '→' : '←'} `),
                h('span', { className: 'count' }, `${drawn} of ${kind.count} drawn`),
                ' ',
                button,
              );
            }),
          ),
    );
  }

  return {
    load,
    more,
    render,
    kindsOf: (id) => (entities.get(id) ? entities.get(id).kinds : null),
    /** Resolves when every load under way has drawn its pages (or failed). */
    settled: () => Promise.all([...pending].map((work) => work.catch(() => undefined))),
  };
}
