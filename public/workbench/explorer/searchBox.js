// A search box with a list of matches under it, used for the main search and for the path finder's ends.
import { graphql } from './graphql.js';
import { fill, h } from './dom.js';
import { nodeLabel } from './labels.js';
import { SEARCH } from './queries.js';

/**
 * Turns an <input> into a search box: typing searches (after a short pause), the matches drop down, and choosing
 * one (click or Enter) calls `onChoose(node)`. Returns `{ set(node), clear() }` to show a chosen node's name.
 */
export function attachSearchBox(input, onChoose, { types } = {}) {
  const list = h('ul', { className: 'search-results', role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('autocomplete', 'off');
  let timer = 0;
  let hits = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    active = -1;
  };
  const choose = (hit) => {
    close();
    input.value = nodeLabel(hit.node);
    onChoose(hit.node);
  };
  const show = () => {
    fill(list, 
      ...(hits.length === 0
        ? [h('li', { className: 'search-empty' }, 'No match.')]
        : hits.map((hit, index) =>
            h('li', { role: 'option', className: index === active ? 'active' : '', 'data-id': hit.node.id, onmousedown: (event) => { event.preventDefault(); choose(hit); } },
              h('span', { className: `type-badge type-${hit.node.__typename}` }, hit.node.__typename),
              h('span', { className: 'search-name' }, nodeLabel(hit.node)),
              hit.matched && hit.matched !== nodeLabel(hit.node) ? h('small', null, hit.matched) : null))),
    );
    list.hidden = false;
  };
  const search = async () => {
    const text = input.value.trim();
    if (text.length < 2) return close();
    const ticket = ++asked;
    try {
      const data = await graphql(SEARCH, { text });
      if (ticket !== asked) return;
      hits = data.search.edges.map((edge) => edge.node).filter((hit) => !types || types.includes(hit.node.__typename));
      active = hits.length > 0 ? 0 : -1;
      show();
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      fill(list, h('li', { className: 'search-empty' }, `Search failed: ${error.message}`));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || hits.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && hits[active]) choose(hits[active]);
      else search();
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return {
    set(node) {
      input.value = node ? nodeLabel(node) : '';
    },
    clear() {
      input.value = '';
      close();
    },
  };
}
