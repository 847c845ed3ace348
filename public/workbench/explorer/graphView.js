// The drawing: cytoscape (served from this server's node_modules), with nodes coloured by type and labelled edges.
/* global cytoscape */
import { edgeLabel, nodeLabel, truncate } from './labels.js';

const TYPE_COLOURS = {
  Person: '#2f6fde',
  Organization: '#1f8a5b',
  Platform: '#7b4bd1',
  Decision: '#d9822b',
  Account: '#6b7686',
  Restriction: '#c23b3b',
  Statement: '#b59b1a',
  Event: '#c2417f',
  Source: '#4a5568',
  Role: '#3d8fb0',
  LobbyingEffort: '#c23b3b',
  Observation: '#6b7686',
};
const TYPE_SHAPES = {
  Person: 'ellipse',
  Organization: 'round-rectangle',
  Platform: 'hexagon',
  Decision: 'diamond',
  Account: 'round-tag',
  Restriction: 'octagon',
  Statement: 'round-triangle',
  Event: 'star',
  Source: 'rectangle',
};
const EDGE_COLOURS = {
  DECIDED: '#d9822b',
  ROLE_AT: '#2f6fde',
  LOBBIED: '#c23b3b',
  STATED_ABOUT: '#8a94a6',
  RESTRICTED: '#a32d2d',
  OPERATES: '#7b4bd1',
  OWNS_STAKE: '#1f8a5b',
};

/** The legend entries: the node types the drawing colours. */
export const LEGEND = Object.entries(TYPE_COLOURS).filter(([type]) => TYPE_SHAPES[type]);

/** One drawn edge's id: the same claim between the same nodes is one edge, however often it is fetched. */
export function edgeId(edge) {
  return `${edge.type}|${edge.from}|${edge.to}|${edge.claim ? edge.claim.id : ''}`;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': (n) => TYPE_COLOURS[n.data('type')] || '#6b7686',
      shape: (n) => TYPE_SHAPES[n.data('type')] || 'ellipse',
      width: (n) => (['Person', 'Organization', 'Platform'].includes(n.data('type')) ? 34 : 26),
      height: (n) => (['Person', 'Organization', 'Platform'].includes(n.data('type')) ? 34 : 26),
      label: 'data(label)',
      color: '#1d2330',
      'font-size': 11,
      'font-family': 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': 150,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': 2,
      'text-background-shape': 'round-rectangle',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#1d2330', 'font-weight': 600 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', 'overlay-opacity': 0 } },
  {
    selector: 'edge',
    style: {
      width: 1.6,
      'curve-style': 'bezier',
      'control-point-step-size': 46,
      'line-color': (e) => lineColour(e),
      'target-arrow-color': (e) => lineColour(e),
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      label: 'data(label)',
      'font-size': 9,
      color: '#3a4254',
      'text-background-color': '#f6f7f9',
      'text-background-opacity': 0.9,
      'text-background-padding': 1,
      'text-rotation': 'autorotate',
    },
  },
  { selector: 'edge[type = "STATED_ABOUT"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { width: 3.5, 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', color: '#000', 'font-weight': 600, 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.18 } },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  { selector: 'edge.on-path', style: { width: 4, 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', 'z-index': 20, color: '#000', 'font-weight': 600 } },
];

function lineColour(edge) {
  const type = edge.data('type');
  if (type === 'LOBBIED') return edge.data('stance') === 'SUPPORT' ? '#1f8a5b' : '#c23b3b';
  return EDGE_COLOURS[type] || '#9aa3b2';
}

/**
 * Creates the drawing in `container`. `onNode(node)` and `onEdge(edge)` receive the API's objects when the user taps
 * one. Returns the operations the page needs: merge a subgraph, highlight a path, focus a node, clear.
 */
export function createGraphView(container, { onNode, onEdge, onBackground }) {
  const cy = cytoscape({
    container,
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    selectionType: 'single',
  });
  cy.on('tap', 'node', (event) => onNode(event.target.data('node')));
  cy.on('tap', 'edge', (event) => onEdge(event.target.data('edge')));
  cy.on('tap', (event) => {
    if (event.target === cy) onBackground();
  });

  /**
   * Adds the nodes and edges not drawn yet. New nodes are placed on an arc around `around` (an id), facing away from
   * the rest of the drawing, so that expanding a node never moves what the user has already looked at.
   */
  function merge({ nodes, edges }, around) {
    let fresh = nodes.filter((node) => cy.$id(node.id).empty());
    const centre = fresh.find((node) => node.id === around);
    if (centre) {
      addNode(centre, { x: 0, y: 0 });
      fresh = fresh.filter((node) => node !== centre);
    }
    const anchor = around && cy.$id(around).nonempty() ? cy.$id(around) : null;
    const spots = anchor ? arcAround(anchor, fresh.length) : fresh.map((_, i) => ({ x: 140 * i, y: 0 }));
    cy.batch(() => {
      fresh.forEach((node, index) => addNode(node, spots[index]));
      for (const node of nodes) cy.$id(node.id).data('node', { ...cy.$id(node.id).data('node'), ...node });
      for (const edge of edges) {
        const id = edgeId(edge);
        if (cy.$id(id).nonempty() || cy.$id(edge.from).empty() || cy.$id(edge.to).empty()) continue;
        cy.add({ group: 'edges', data: { id, source: edge.from, target: edge.to, type: edge.type, stance: edge.label, label: edgeLabel(edge), edge } });
      }
    });
    return fresh.length + (centre ? 1 : 0);
  }

  function addNode(node, position) {
    cy.add({ group: 'nodes', data: { id: node.id, type: node.__typename, label: truncate(nodeLabel(node), 70), node }, position });
  }

  /** `count` positions on an arc around `anchor`, opening away from the centre of the drawing. */
  function arcAround(anchor, count) {
    const at = anchor.position();
    const others = cy.nodes().not(anchor);
    const middle = others.nonempty() ? others.boundingBox() : null;
    const away = middle ? Math.atan2(at.y - (middle.y1 + middle.y2) / 2, at.x - (middle.x1 + middle.x2) / 2) : 0;
    const whole = others.empty();
    const spread = whole ? 2 * Math.PI : Math.min(Math.PI * 1.2, 0.45 * Math.max(count, 1));
    const radius = Math.max(whole ? 290 : 210, (count * 90) / (whole ? 2 * Math.PI : spread));
    return Array.from({ length: count }, (_, i) => {
      const angle = whole
        ? -Math.PI / 2 + (2 * Math.PI * i) / count
        : away - spread / 2 + (count === 1 ? spread / 2 : (spread * i) / (count - 1));
      return { x: at.x + radius * Math.cos(angle), y: at.y + radius * Math.sin(angle) };
    });
  }

  /** Fits the drawing in view, without zooming in so far that labels become huge. */
  function fit() {
    cy.fit(undefined, 60);
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
  }

  /** Lays the whole drawing out again with a force-directed layout, starting from where the nodes are. */
  function layout() {
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: false,
      nodeRepulsion: () => 600000,
      // Parallel edges (several claims between the same two nodes) get longer springs, so their labels fit.
      idealEdgeLength: (edge) => Math.min(420, 170 + 80 * (edge.source().edgesWith(edge.target()).length - 1)),
      edgeElasticity: () => 60,
      nodeOverlap: 40,
      gravity: 0.4,
      componentSpacing: 120,
      numIter: 2000,
    }).run();
    fit();
  }

  return {
    cy,
    merge,
    layout,
    fit,
    /** Marks the node the user is looking at. */
    focus(id) {
      cy.nodes().removeClass('center');
      cy.$id(id).addClass('center');
    },
    select(id) {
      cy.elements().unselect();
      cy.$id(id).select();
    },
    /** Highlights one path (nodes and edges) and fades the rest. */
    highlightPath(path) {
      const ids = [...path.nodes.map((n) => n.id), ...path.edges.map(edgeId)];
      const on = cy.collection(ids.map((id) => cy.$id(id)).filter((c) => c.nonempty()));
      cy.elements().removeClass('on-path').addClass('faded');
      on.removeClass('faded').addClass('on-path');
      cy.fit(on, 90);
      if (cy.zoom() > 1.2) {
        cy.zoom(1.2);
        cy.center(on);
      }
    },
    clearHighlight() {
      cy.elements().removeClass('on-path faded');
    },
    clear() {
      cy.elements().remove();
    },
    edgesOf(id) {
      return cy.$id(id).connectedEdges().map((e) => e.data('edge'));
    },
    nodeData(id) {
      const element = cy.$id(id);
      return element.nonempty() ? element.data('node') : null;
    },
  };
}
