// The path finder: two ends chosen by search, the shortest connections between them, one highlighted at a time.
import { graphql } from './graphql.js';
import { fill, h } from './dom.js';
import { edgeLabel, nodeLabel } from './labels.js';
import { PATHS } from './queries.js';
import { attachSearchBox } from './searchBox.js';

/**
 * Wires the path form. `onPaths(paths)` draws them; `onHighlight(path)` highlights one. Returns `setFrom(node)` and
 * `setTo(node)`, so that the details panel can offer "path from here" and "path to here".
 */
export function createPathFinder(form, results, { onPaths, onHighlight }) {
  const ends = { from: null, to: null };
  const fromBox = attachSearchBox(form.querySelector('#path-from'), (node) => (ends.from = node));
  const toBox = attachSearchBox(form.querySelector('#path-to'), (node) => (ends.to = node));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!ends.from || !ends.to) {
      fill(results, h('p', { className: 'warn' }, 'Choose both ends from the search suggestions.'));
      return;
    }
    const maxHops = Number(form.querySelector('#path-hops').value);
    const asOf = form.querySelector('#path-asof').value || null;
    fill(results, h('p', { className: 'muted' }, 'Searching…'));
    try {
      const { paths } = await graphql(PATHS, { from: ends.from.id, to: ends.to.id, maxHops, asOf });
      show(paths.edges.map((edge) => edge.node));
    } catch (error) {
      fill(results, h('p', { className: 'warn' }, `Paths failed: ${error.message}`));
    }
  });

  function show(paths) {
    if (paths.length === 0) {
      fill(results, h('p', { className: 'muted' }, `No connection within ${form.querySelector('#path-hops').value} hops.`));
      return;
    }
    onPaths(paths);
    const items = paths.map((path, index) => {
      const names = new Map(path.nodes.map((n) => [n.id, nodeLabel(n)]));
      return h('li', null,
        h('button', { type: 'button', className: 'path-choice', 'data-index': index, onclick: (event) => pick(event.currentTarget, path) },
          h('strong', null, `Path ${index + 1} · ${path.length} hop${path.length === 1 ? '' : 's'}`),
          h('span', null, path.nodes.map((n) => names.get(n.id)).join(' — ')),
          h('small', null, path.edges.map(edgeLabel).join(', '))));
    });
    fill(results, h('ol', { className: 'paths' }, ...items));
    pick(results.querySelector('.path-choice'), paths[0]);
  }

  function pick(button, path) {
    results.querySelectorAll('.path-choice').forEach((b) => b.classList.toggle('chosen', b === button));
    onHighlight(path);
  }

  return {
    setFrom(node) {
      ends.from = node;
      fromBox.set(node);
    },
    setTo(node) {
      ends.to = node;
      toBox.set(node);
    },
  };
}
