// Live changes: the `changes` subscription of the public API, over WebSocket at /graphql (the graphql-transport-ws
// protocol that graphql-ws speaks, written out here so the page needs no bundle). Reconnects after a drop and resumes
// from the last change received (`since`), skipping the one that comes again.

const CHANGES = `subscription LiveChanges($since: DateTime) {
  changes(since: $since) { id at operation ids about node { id __typename } }
}`;

/**
 * Calls `onChange(change)` for every write the API records from now on, whoever made it (another tab, another API
 * replica, an import). Returns a function that stops listening.
 */
export function subscribeToChanges(onChange, { onState = () => {} } = {}) {
  let socket;
  let stopped = false;
  let since = null;
  let lastId = null;
  let retry = 1000;

  const open = () => {
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        retry = 1000;
        onState('live');
        socket.send(JSON.stringify({ id: 'changes', type: 'subscribe', payload: { query: CHANGES, variables: { since } } }));
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next' && message.payload && message.payload.data) {
        const change = message.payload.data.changes;
        since = change.at;
        if (change.id === lastId) return;
        lastId = change.id;
        onChange(change);
      }
    });
    socket.addEventListener('close', () => {
      if (stopped) return;
      onState('reconnecting');
      setTimeout(open, retry);
      retry = Math.min(retry * 2, 30000);
    });
  };
  open();
  return () => {
    stopped = true;
    if (socket) socket.close(1000, 'done');
  };
}
