// 003-claims-09-decision-states.cypher: where the reinstatement decision stood, in valid time. Conventions: see the
// header of 003-claims-01-decision-working-group.cypher; the DecisionState claim type is declared in
// src/model/claims.ts.
//
// A state holds from its validFrom until the next state of the same decision begins: a later article adds a state
// (the follow-up of 25 January 2023 adds DECIDED), it never closes or overwrites this one. The story says Meta is
// weighing the return (¶1); the question was opened in June 2021 (see the decision in 003-claims-01): under
// consideration from 2021-06-01, precision MONTH. The quote is the one of the decision's own evidence.
MERGE (c:Claim:DecisionState {id: 'decision-state-meta-trump-reinstatement-under-consideration'})
ON CREATE SET c.createdAt = datetime()
SET c.status = 'UNDER_CONSIDERATION',
    c.validFrom = date('2021-06-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (d:Claim:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (c)-[:STATE_OF]->(d);

MATCH (c:Claim:DecisionState {id: 'decision-state-meta-trump-reinstatement-under-consideration'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s)
SET e.quote = 'Un porte-parole de Meta, la société mère de Facebook, a déclaré à CNN que la société étudie l’opportunité d’autoriser l’ancien président américain Donald Trump à revenir sur ses plateformes, et qu’elle annoncera sa décision dans le semaines à venir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;
