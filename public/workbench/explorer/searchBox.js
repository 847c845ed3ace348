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
  // Enter pressed before the suggestions for the current text arrived: choose the first one when they do.
  let chooseWhenReady = false;
  let shownFor = '';

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
      shownFor = text;
      if (chooseWhenReady && hits[0]) {
        chooseWhenReady = false;
        return choose(hits[0]);
      }
      chooseWhenReady = false;
      show();
    } catch (error) {
      if (ticket !== asked) return;
      hits = [];
      fill(list, h('li', { className: 'search-empty' }, `Search failed: ${error.message}`));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    chooseWhenReady = false;
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
      const current = !list.hidden && shownFor === input.value.trim();
      if (current && hits[active]) choose(hits[active]);
      else {
        // The suggestions for this text have not arrived yet (or are for older text): search now, choose on arrival.
        chooseWhenReady = true;
        clearTimeout(timer);
        search();
      }
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
