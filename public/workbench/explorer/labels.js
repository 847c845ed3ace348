// How nodes, edges and dates read on screen.

/** A short readable name for any node the API returns. */
export function nodeLabel(node) {
  switch (node.__typename) {
    case 'Person':
    case 'Organization':
    case 'Platform':
    case 'Event':
      return node.name || node.id;
    case 'Decision':
    case 'Source':
    case 'Role':
      return node.title || node.id;
    case 'Account':
      return node.handle ? `@${node.handle}${node.platform ? ` (${node.platform.name})` : ''}` : node.id;
    case 'Restriction':
      return `${capitalise(node.kind || 'restriction')} of ${subjectName(node.subject) || node.id}`;
    case 'Statement':
      return node.text ? `“${truncate(node.text, 60)}”` : node.id;
    case 'LobbyingEffort':
      return `${node.method || 'Lobbying'} ${node.stance ? `(${node.stance})` : ''}`.trim();
    case 'Observation':
      return `${node.metric}: ${node.value}`;
    default:
      return node.id;
  }
}

/** The edge's type and, when it has one, its role, stance or kind: "DECIDED · OVERSEER". */
export function edgeLabel(edge) {
  return edge.label ? `${edge.type} · ${edge.label}` : edge.type;
}

/** A date as precisely as the source gives it: "2018", "June 2021", "7 January 2021". */
export function formatDate(date, precision) {
  if (!date) return '';
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y, (m || 1) - 1, d || 1));
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return when.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Cuts a text to `max` characters with an ellipsis. */
export function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function subjectName(subject) {
  if (!subject) return '';
  return subject.handle ? `@${subject.handle}` : subject.name || subject.id;
}

function capitalise(text) {
  return text.charAt(0) + text.slice(1).toLowerCase();
}
