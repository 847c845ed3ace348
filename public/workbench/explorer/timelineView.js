// The side panel's "Timeline": dated claims and events around the chosen node, oldest first.
import { fill, h } from './dom.js';
import { formatDate } from './labels.js';

/** Lists timeline items grouped by year; choosing one calls `onPick(item.node)`. */
export function renderTimeline(panel, title, items, onPick) {
  if (items.length === 0) {
    fill(panel, h('h2', null, title), h('p', { className: 'muted' }, 'Nothing dated around this node.'));
    return;
  }
  const years = new Map();
  for (const item of items) {
    const year = item.date.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(item);
  }
  fill(panel, 
    h('h2', null, title),
    ...[...years].map(([year, list]) =>
      h('section', { className: 'timeline-year' },
        h('h3', null, year),
        h('ol', { className: 'timeline' },
          ...list.map((item) =>
            h('li', { className: `timeline-item kind-${item.kind}` },
              h('button', { type: 'button', className: 'link', onclick: () => onPick(item.node) },
                h('span', { className: 'timeline-date' }, formatDate(item.date, item.precision)),
                h('span', { className: `kind-badge kind-${item.kind}` }, item.kind),
                h('span', { className: 'timeline-summary' }, item.summary))))))),
  );
}
