// The explorer's only way to the data: the public GraphQL API, as any client would use it.

/** Sends one operation to POST /graphql as JSON (Apollo's CSRF prevention wants that content type). */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The API answered HTTP ${response.status} without JSON.`);
  }
  if (body.errors && body.errors.length > 0) {
    const error = new Error(body.errors.map((e) => e.message).join('; '));
    error.graphqlErrors = body.errors;
    throw error;
  }
  if (!response.ok) throw new Error(`The API answered HTTP ${response.status}.`);
  return body.data;
}
