/**
 * A one-line Cypher summary of a claim or event in `c`, in the words of the graph ("Nick Clegg — head of global
 * affairs (Meta)"). Used by timelines, so that a reader sees what happened without opening the node.
 */
export function summaryOf(c: string): string {
  const name = (pattern: string) => `coalesce(head(COLLECT { MATCH ${pattern} RETURN coalesce(sx.name, sx.title, sx.handle, sx.id) }), '?')`;
  const names = (pattern: string) => `reduce(s = '', n IN COLLECT { MATCH ${pattern} RETURN sx.name } | s + CASE s WHEN '' THEN '' ELSE ', ' END + n)`;
  return `CASE
    WHEN ${c}:Role THEN ${name(`(sx)-[:HOLDS]->(${c})`)} + ' — ' + coalesce(${c}.title, ${c}.kind) + ' (' + ${name(`(${c})-[:AT]->(sx)`)} + ')'
    WHEN ${c}:Statement THEN ${names(`(sx)-[:MADE]->(${c})`)} + ': “' + left(${c}.text, 140) + CASE WHEN size(${c}.text) > 140 THEN '…' ELSE '' END + '”'
    WHEN ${c}:Decision THEN ${c}.title + ' (' + ${c}.status + ')'
    WHEN ${c}:DecisionRole THEN ${name(`(sx)-[:PLAYS]->(${c})`)} + ' — ' + ${c}.role + ' in ' + ${name(`(${c})-[:IN]->(sx)`)}
    WHEN ${c}:LobbyingEffort THEN ${names(`(sx)-[:LOBBIED_IN]->(${c})`)} + ' lobbied ' + ${names(`(${c})-[:TARGETED]->(sx)`)} + coalesce(' (' + ${c}.stance + ', ' + ${c}.method + ')', '')
    WHEN ${c}:Restriction THEN ${name(`(sx)-[:IMPOSED]->(${c})`)} + ' — ' + ${c}.kind + ' of ' + ${name(`(${c})-[:RESTRICTS]->(sx)`)} + coalesce(': ' + ${c}.reason, '')
    WHEN ${c}:Observation THEN ${c}.metric + ' ' + toString(${c}.value) + ' on ' + ${name(`(${c})-[:OBSERVED_ON]->(sx)`)}
    WHEN ${c}:Ownership THEN ${name(`(sx)-[:OWNS]->(${c})`)} + ' owns ' + ${name(`(${c})-[:OF]->(sx)`)}
    ELSE coalesce(${c}.name, ${c}.title, ${c}.id)
  END`;
}
