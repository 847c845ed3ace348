// The side panel's "Details": what a node is, what an edge claims, and the evidence behind the claim.
import { fill, h } from './dom.js';
import { edgeLabel, formatDate, nodeLabel } from './labels.js';

/** Shows a node: its name, what it is, its connections in the drawing (each opens its evidence) and actions. */
export function renderNodeDetails(panel, node, { edges, nameOf, onEdge, actions }) {
  fill(panel, 
    h('div', { className: 'details-head' },
      h('span', { className: `type-badge type-${node.__typename}` }, node.__typename),
      h('h2', null, nodeLabel(node)),
      h('code', { className: 'node-id' }, node.id)),
    node.description ? h('p', { className: 'description' }, node.description) : null,
    node.aliases && node.aliases.length ? h('p', { className: 'aliases' }, 'Also known as: ', node.aliases.join(', ')) : null,
    h('div', { className: 'actions' }, ...actions.map(([label, run]) => h('button', { type: 'button', onclick: run }, label))),
    node.evidence ? renderClaimBody(node) : null,
    h('h3', null, `Connections in the drawing (${edges.length})`),
    edges.length === 0
      ? h('p', { className: 'muted' }, 'None drawn yet. Expand the node to fetch its neighbourhood.')
      : h('ul', { className: 'connections' },
          ...edges.map((edge) =>
            h('li', null,
              h('button', { type: 'button', className: 'link', onclick: () => onEdge(edge) },
                h('span', { className: 'edge-type' }, edgeLabel(edge)),
                ' ',
                edge.from === node.id ? `→ ${nameOf(edge.to)}` : `← ${nameOf(edge.from)}`)))),
  );
}

/** Shows an edge and, for a claim, what it says and its evidence; `claim` is null for structural edges. */
export function renderEdgeDetails(panel, edge, claim, { nameOf }) {
  fill(panel, 
    h('div', { className: 'details-head' },
      h('span', { className: 'type-badge type-edge' }, edge.type),
      h('h2', null, `${nameOf(edge.from)} → ${nameOf(edge.to)}`),
      edge.label ? h('p', { className: 'edge-label' }, edgeLabel(edge)) : null),
    claim
      ? h('div', null, h('p', { className: 'muted' }, `Claim ${claim.__typename} `, h('code', null, claim.id)), renderClaimBody(claim))
      : h('p', { className: 'muted' }, 'A structural fact (identity or structure), not a sourced claim: it has no evidence of its own.'),
  );
}

/** Shows a loading or error line in the panel. */
export function renderMessage(panel, text, kind = 'muted') {
  fill(panel, h('p', { className: kind }, text));
}

function renderClaimBody(claim) {
  return h('div', { className: 'claim' },
    h('dl', { className: 'facts' }, ...claimFacts(claim).flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)])),
    h('h3', null, `Evidence (${claim.evidence.length})`),
    h('ol', { className: 'evidence' }, ...claim.evidence.map(renderEvidence)));
}

function claimFacts(claim) {
  const names = (list) => (list || []).map((e) => e.name).join(', ');
  const facts = [];
  const add = (term, value) => {
    if (value !== undefined && value !== null && value !== '') facts.push([term, String(value)]);
  };
  add('Role', claim.role);
  add('Actor', claim.actor && claim.actor.name);
  add('Decision', claim.decision && claim.decision.title);
  add('Title', claim.__typename === 'Role' ? claim.title : undefined);
  add('Kind', claim.roleKind);
  add('Holder', claim.holder && claim.holder.name);
  add('At', claim.organization && claim.organization.name);
  add('Question', claim.question);
  add('Status', claim.status);
  add('Decided by', names(claim.decidedBy));
  add('Expected', claim.expectedBy);
  add('Outcome', claim.outcome);
  add('Method', claim.method);
  add('Stance', claim.stance);
  add('Lobbyists', names(claim.lobbyists));
  add('Targets', names(claim.targets));
  add('Desired outcome', claim.desiredOutcome);
  add('Said by', names(claim.speakers));
  add('Words', claim.__typename === 'Statement' ? claim.text : undefined);
  add('Medium', claim.medium);
  add('Reason', claim.reason);
  add('Duration', claim.duration);
  add('From', formatDate(claim.validFrom, claim.validFromPrecision));
  add('Until', formatDate(claim.validTo, claim.validToPrecision));
  add('No longer by', formatDate(claim.validToBefore, 'DAY'));
  add('Confidence', typeof claim.confidence === 'number' ? `${Math.round(claim.confidence * 100)} %` : undefined);
  return facts;
}

function renderEvidence(evidence) {
  const source = evidence.source;
  const published = [source.publisher && source.publisher.name, formatDate(source.publishedAt, source.publishedAtPrecision || 'DAY')].filter(Boolean).join(' · ');
  return h('li', { className: 'evidence-item' },
    evidence.quote ? h('blockquote', { lang: evidence.quoteLanguage || undefined }, evidence.quote) : h('p', { className: 'muted' }, 'No passage quoted.'),
    h('div', { className: 'source' },
      source.url
        ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title)
        : h('span', { className: 'source-title' }, source.title),
      h('div', { className: 'source-meta' },
        published,
        evidence.locator ? ` · ${evidence.locator}` : '',
        ` · ${evidence.attribution.replace('_', ' ').toLowerCase()}`,
        evidence.quoteLanguage ? ` · ${evidence.quoteLanguage}` : '')));
}
