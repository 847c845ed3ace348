// The graph explorer: search, draw a node's neighbourhood, expand by clicking, read the evidence of any edge,
// find paths, and see a timeline. It talks only to the public GraphQL API of this server.
import { graphql } from './graphql.js';
import { h } from './dom.js';
import { createGraphView, LEGEND } from './graphView.js';
import { renderEdgeDetails, renderMessage, renderNodeDetails } from './detailsPanel.js';
import { nodeLabel } from './labels.js';
import { createPathFinder } from './pathFinder.js';
import { DETAILS, INTERLOCKS, NEIGHBORHOOD, TIMELINE, TIMELINE_MAX_ITEMS } from './queries.js';
import { attachSearchBox } from './searchBox.js';
import { renderTimeline } from './timelineView.js';
import { subscribeToChanges } from './liveChanges.js';
import { createLinksView } from './linksView.js';

const NEIGHBOURS = 40;
const details = document.getElementById('tab-details');
const timeline = document.getElementById('tab-timeline');
const interlocks = document.getElementById('tab-interlocks');
const linksPanel = document.getElementById('tab-links');
const status = document.getElementById('status');

const view = createGraphView(document.getElementById('graph'), {
  onNode: (node) => chooseNode(node, { expand: true }),
  onEdge: (edge) => chooseEdge(edge),
  onBackground: () => view.clearHighlight(),
});
const pathFinder = createPathFinder(document.getElementById('path-form'), document.getElementById('path-results'), {
  onPaths: (paths) => {
    const before = view.cy.nodes().length;
    for (const path of paths) {
      view.merge({ nodes: path.nodes.slice(0, 1), edges: [] });
      path.nodes.forEach((node, index) => index > 0 && view.merge({ nodes: [node], edges: [] }, path.nodes[index - 1].id));
      view.merge({ nodes: [], edges: path.edges });
    }
    if (view.cy.nodes().length > before) view.fit();
  },
  onHighlight: (path) => view.highlightPath(path),
});
// A hub's links per kind: the first page of each drawn with the neighbourhood, the next ones on "More".
const linksView = createLinksView(linksPanel, {
  merge: (subgraph, around) => view.merge(subgraph, around),
  drawnCount: (id, kind) =>
    view.cy
      .$id(id)
      .connectedEdges()
      .filter((e) => e.data('type') === kind.type && (kind.direction === 'OUT' ? e.data('source') === id : e.data('target') === id)).length,
});
attachSearchBox(document.getElementById('search'), (node) => start(node));
document.getElementById('relayout').addEventListener('click', () => view.layout());
document.getElementById('export').addEventListener('click', () => exportDrawing(document.getElementById('export-format').value));
document.getElementById('clear').addEventListener('click', () => {
  view.clear();
  renderMessage(details, 'Search for a person, an organisation or a decision to start.');
  renderMessage(timeline, 'Choose a node to see its timeline.');
});
renderLegend(document.getElementById('legend'));
showTab('details');
document.querySelectorAll('[data-tab]').forEach((button) => button.addEventListener('click', () => showTab(button.dataset.tab)));
// New claims as they land: a write that touches a drawn node redraws that node's neighbourhood, without a reload.
const live = document.getElementById('live');
subscribeToChanges(
  async (change) => {
    const drawn = change.about.filter((id) => view.cy.getElementById(id).length > 0);
    if (drawn.length === 0) return;
    for (const id of drawn) await expand(id, { links: false });
    setStatus(`New: ${change.operation.toLowerCase().replace(/_/g, ' ')} (${change.ids[0]})`);
  },
  { onState: (state) => live && (live.textContent = state === 'live' ? '● live' : '○ reconnecting…') },
);

/** Exposed for the browser console and the browser tests. */
window.explorer = { cy: view.cy, start, chooseEdge, exportUrl, linksView };

/** Draws a node and its neighbourhood from scratch. */
async function start(node) {
  view.clear();
  linksView.render(node.id);
  const loading = `Loading ${nodeLabel(node)}…`;
  setStatus(loading);
  await expand(node.id, { fresh: true });
  view.focus(node.id);
  view.select(node.id);
  await Promise.all([showNode(node.id), showTimeline(node), showInterlocks(node)]);
  // Unless something said more since (a live change, an error): that message stays.
  if (status.textContent === loading) setStatus('');
}

/**
 * Fetches a node's neighbourhood and merges it into the drawing; for an entity, also the first page of each kind of
 * link (a hub's thousands are not drawn whole: the Links tab has "More" for the next pages).
 */
async function expand(id, { fresh = false, links = true } = {}) {
  try {
    const { neighborhood } = await graphql(NEIGHBORHOOD, { id, limit: NEIGHBOURS });
    if (!neighborhood) return setStatus(`Nothing is known about ${id}.`);
    const added = view.merge(neighborhood, id);
    if (fresh || added > 0) view.fit();
    if (links) drawLinks(id);
  } catch (error) {
    setStatus(`Could not load the neighbourhood: ${error.message}`);
  }
}

/**
 * Draws the first page of each kind of link of an entity, after its neighbourhood and without holding up the rest
 * (details, timeline): the view moves again only when the pages drew something the neighbourhood had not.
 */
function drawLinks(id) {
  const before = view.cy.nodes().length;
  linksView.load(view.nodeData(id)).then(
    () => view.cy.nodes().length > before && view.fit(),
    (error) => setStatus(`Could not load the links of ${id}: ${error.message}`),
  );
}

async function chooseNode(node, { expand: grow }) {
  view.select(node.id);
  view.focus(node.id);
  linksView.render(node.id);
  const work = [showNode(node.id), showTimeline(node), showInterlocks(node)];
  if (grow) work.push(expand(node.id));
  await Promise.all(work);
}

/**
 * The details panel shows what was chosen last. Each request for it takes a turn; an answer that arrives after a
 * later choice is dropped (a node's details still loading must not replace the evidence of an edge clicked since).
 */
let detailsTurn = 0;
function takeDetailsTurn() {
  const turn = (detailsTurn += 1);
  return () => turn === detailsTurn;
}

async function showNode(id) {
  const current = takeDetailsTurn();
  renderMessage(details, 'Loading…');
  try {
    const { node } = await graphql(DETAILS, { id });
    if (!current()) return;
    if (!node) return renderMessage(details, `Nothing is known about ${id}.`, 'warn');
    renderNodeDetails(details, node, {
      edges: view.edgesOf(id),
      nameOf,
      onEdge: chooseEdge,
      actions: [
        ['Expand', () => expand(id)],
        ['Path from here', () => { pathFinder.setFrom(node); showTab('paths'); }],
        ['Path to here', () => { pathFinder.setTo(node); showTab('paths'); }],
      ],
    });
  } catch (error) {
    if (current()) renderMessage(details, `Could not load ${id}: ${error.message}`, 'warn');
  }
}

/** Shows an edge and fetches the evidence of the claim it stands for. */
async function chooseEdge(edge) {
  showTab('details');
  const current = takeDetailsTurn();
  const element = view.cy.edges().filter((e) => e.data('edge') === edge || sameEdge(e.data('edge'), edge));
  view.cy.elements().unselect();
  element.select();
  if (!edge.claim) return renderEdgeDetails(details, edge, null, { nameOf });
  renderMessage(details, 'Loading the evidence…');
  try {
    const { node: claim } = await graphql(DETAILS, { id: edge.claim.id });
    if (current()) renderEdgeDetails(details, edge, claim, { nameOf });
  } catch (error) {
    if (current()) renderMessage(details, `Could not load the claim: ${error.message}`, 'warn');
  }
}

async function showTimeline(node) {
  const title = `Timeline of ${nodeLabel(node)}`;
  renderMessage(timeline, 'Loading…');
  try {
    // Page by page (the API gives at most 100 items a page), up to TIMELINE_MAX_ITEMS.
    const items = [];
    let after = null;
    while (items.length < TIMELINE_MAX_ITEMS) {
      const data = await graphql(TIMELINE, { id: node.id, after });
      items.push(...data.timeline.edges.map((edge) => edge.node));
      if (!data.timeline.pageInfo.hasNextPage) break;
      after = data.timeline.pageInfo.endCursor;
    }
    renderTimeline(timeline, title, items.slice(0, TIMELINE_MAX_ITEMS), async (item) => {
      showTab('details');
      if (view.cy.$id(item.id).nonempty()) view.select(item.id);
      await showNode(item.id);
    });
  } catch (error) {
    renderMessage(timeline, `Could not load the timeline: ${error.message}`, 'warn');
  }
}

function sameEdge(a, b) {
  return a && b && a.type === b.type && a.from === b.from && a.to === b.to && (a.claim && a.claim.id) === (b.claim && b.claim.id);
}

function nameOf(id) {
  const node = view.nodeData(id);
  return node ? nodeLabel(node) : id;
}

function showTab(name) {
  document.querySelectorAll('[data-tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === name)));
  document.querySelectorAll('.tab-panel').forEach((panel) => (panel.hidden = panel.id !== `tab-${name}`));
}

function setStatus(text) {
  status.textContent = text;
}

function renderLegend(element) {
  element.replaceChildren(...LEGEND.map(([type, colour]) => h('span', { className: 'legend-item' }, h('i', { style: `background:${colour}` }), type)));
}

/** The address of the export of what is drawn: its nodes by id (the server adds the edges between them). */
function exportUrl(choice) {
  const [format, part] = choice.split('-');
  const ids = view.cy.nodes().map((n) => n.id());
  const params = new URLSearchParams({ format, ids: ids.join(',') });
  if (part) params.set('part', part);
  return `/export?${params}`;
}

/** Downloads the export of what is drawn. */
function exportDrawing(choice) {
  if (view.cy.nodes().length === 0) return setStatus('Draw something first: search for a node.');
  const link = h('a', { href: exportUrl(choice), download: '' });
  document.body.append(link);
  link.click();
  link.remove();
}

/** Lists the organisations (or people) that share people (or organisations) with a node, with the claims. */
async function showInterlocks(node) {
  if (node.__typename !== 'Organization' && node.__typename !== 'Person') {
    return renderMessage(interlocks, 'Interlocks are for organisations and people.');
  }
  renderMessage(interlocks, 'Loading…');
  try {
    const data = await graphql(INTERLOCKS, { id: node.id });
    const items = data.interlocks.edges.map((e) => e.node);
    const what = node.__typename === 'Organization' ? 'people' : 'organisations';
    interlocks.replaceChildren(
      h('h3', null, `${nodeLabel(node)} shares ${what} with ${data.interlocks.totalCount}`),
      items.length === 0
        ? h('p', { className: 'muted' }, 'No interlock: no shared ' + what + ' at overlapping times.')
        : h(
            'ul',
            { className: 'interlocks' },
            ...items.map((item) =>
              h(
                'li',
                { 'data-id': item.entity.id },
                h('strong', null, item.entity.name),
                h('span', { className: 'muted' }, ` (${item.sharedCount} shared)`),
                h(
                  'ul',
                  null,
                  ...item.shared.map((link) =>
                    h('li', null, `${link.via.name}: `, link.claims.map((c) => `${c.__typename} ${c.id} (${c.evidence.map((e) => e.source.title).join('; ')})`).join(' · ')),
                  ),
                ),
              ),
            ),
          ),
    );
  } catch (error) {
    renderMessage(interlocks, `Could not load the interlocks: ${error.message}`, 'warn');
  }
}
