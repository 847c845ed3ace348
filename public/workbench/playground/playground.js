// The offline playground: GraphiQL from this server's own files, with the project's example operations as tabs and
// as a picker in the sidebar. Nothing is loaded from a CDN.
/* global React, ReactDOM, GraphiQL */

const root = document.getElementById('graphiql');

/** Loads the example operations the server read from schema/operations at start. */
async function loadExamples() {
  const response = await fetch('/workbench/operations.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`operations.json: HTTP ${response.status}`);
  return response.json();
}

/** A sidebar plugin listing the examples; choosing one loads it into the editor, ready to run. */
function examplesPlugin(examples, choose, chosen) {
  const e = React.createElement;
  const icon = () =>
    e('svg', { viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
      e('path', { d: 'M4 5h16M4 10h16M4 15h10M4 20h7' }));
  const content = () =>
    e('div', { className: 'wb-examples' },
      e('h2', null, 'Examples'),
      e('p', null, 'The operations of schema/operations. Choose one, then press ▶ to run it.'),
      ...examples.map((op) =>
        e('button', {
          key: op.name,
          type: 'button',
          className: op.name === chosen() ? 'wb-example wb-chosen' : 'wb-example',
          'aria-pressed': op.name === chosen(),
          'data-operation': op.name,
          onClick: () => choose(op),
        },
          e('strong', null, op.name), e('span', null, op.description))));
  return { title: 'Examples', icon, content };
}

async function main() {
  const examples = await loadExamples().catch((error) => {
    console.error(error);
    return [];
  });
  const sendToApi = GraphiQL.createFetcher({ url: '/graphql' });
  // GraphiQL reads the operation name from the editor about 100 ms after its text changes: running an example chosen
  // just before would send the previous example's name, which the new text does not define, and the API would refuse
  // it. Send a name only when the text defines it (or the text's only operation's name).
  const fetcher = (params, options) => {
    const names = [...String(params.query || '').matchAll(/\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/g)].map((m) => m[1]);
    const operationName = params.operationName && names.includes(params.operationName) ? params.operationName : names.length === 1 ? names[0] : undefined;
    return sendToApi({ ...params, operationName }, options);
  };
  let chosen = examples[0] || { name: '', query: '# No example operations found.\n{ platforms { edges { node { id name } } } }\n' };
  const plugin = examplesPlugin(
    examples,
    (op) => {
      chosen = op;
      render();
    },
    () => chosen.name,
  );
  const reactRoot = ReactDOM.createRoot(root);
  function render() {
    reactRoot.render(
      React.createElement(GraphiQL, {
        fetcher,
        query: chosen.query,
        defaultEditorToolsVisibility: false,
        plugins: [plugin],
        visiblePlugin: plugin,
        shouldPersistHeaders: false,
        isHeadersEditorEnabled: true,
      }),
    );
  }
  render();
}

main();
