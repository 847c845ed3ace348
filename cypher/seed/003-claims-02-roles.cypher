// 003-claims-02-roles.cypher: who holds which role (Person)-[:HOLDS]->(Role)-[:AT]->(Organization), with the
// ROLE_AT shortcut. Conventions: see the header of 003-claims-01-decision-working-group.cypher.
// `title` is the role as the story states it, in French.
//
// Former offices ("ancien président", "ancien vice-Premier ministre"): the story says only that they ended before
// it was written, and gives no dates. validFrom and validTo stay null rather than take dates from outside the
// article, and the title keeps the story's "ancien"; validToBefore (extension, docs/graph-model.md) records what the
// story does support: the role had ended by January 2023, the month of the story, so an as-of query on or after
// 2023-01-01 leaves it out.

// ---------------------------------------------------------------- Nick Clegg

// Head of global affairs ("responsable des affaires internationales de META", ¶6). Present tense: as of the report.
MERGE (c:Claim:Role {id: 'role-clegg-meta-global-affairs'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'responsable des affaires internationales',
    c.kind = 'EXECUTIVE',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'nick-clegg'}), (org:Organization {id: 'meta'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MATCH (c:Claim {id: 'role-clegg-meta-global-affairs'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶6'}]->(s)
SET e.quote = 'Nick Clegg, responsable des affaires internationales de META et ancien vice-Premier ministre britannique, supervise la décision de ramener l’ancien président américain sur scène.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// At Meta since 2018 ("depuis qu'il a rejoint l'entreprise en 2018", ¶6): validFrom 2018-01-01, precision YEAR.
// The story gives no title for the job he joined in: the title repeats its words.
MERGE (c:Claim:Role {id: 'role-clegg-meta-joined-2018'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'a rejoint l’entreprise en 2018',
    c.kind = 'EMPLOYEE',
    c.validFrom = date('2018-01-01'), c.validFromPrecision = 'YEAR',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'nick-clegg'}), (org:Organization {id: 'meta'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MATCH (c:Claim {id: 'role-clegg-meta-joined-2018'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶6'}]->(s)
SET e.quote = 'Clegg a gravi les échelons de Meta depuis qu’il a rejoint l’entreprise en 2018, un an après avoir perdu son siège au Parlement britannique.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// Charge of the company's thorniest policy decisions, shielding founder Mark Zuckerberg (¶7). Encoded as a Role
// (EXECUTIVE at Meta), not a DecisionRole: it is about a class of decisions, not one Decision node. The shielding
// of Zuckerberg has no claim type of its own: it stands in the quote (and in Zuckerberg's description).
// "Au cours de l'année écoulée" in a story of early January 2023: during 2022, so validFrom 2022-01-01, YEAR.
MERGE (c:Claim:Role {id: 'role-clegg-meta-thorniest-policy-decisions'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'responsabilité globale des décisions politiques les plus épineuses de l’entreprise',
    c.kind = 'EXECUTIVE',
    c.validFrom = date('2022-01-01'), c.validFromPrecision = 'YEAR',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (holder:Person {id: 'nick-clegg'}), (org:Organization {id: 'meta'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MATCH (c:Claim {id: 'role-clegg-meta-thorniest-policy-decisions'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶7'}]->(s)
SET e.quote = 'Au cours de l’année écoulée, Clegg a assumé la responsabilité globale des décisions politiques les plus épineuses de l’entreprise, protégeant le fondateur Mark Zuckerberg, qui serait plus concentré sur le développement de métaverses.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

// Former UK deputy prime minister (¶6). No dates in the story (see the header).
MERGE (c:Claim:Role {id: 'role-clegg-uk-deputy-prime-minister'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'ancien vice-Premier ministre britannique',
    c.kind = 'OFFICE_HOLDER',
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = null, c.validToPrecision = null,
    c.validToBefore = date('2023-01-01'),
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'nick-clegg'}), (org:Organization {id: 'uk-government'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo, r.validToBefore = c.validToBefore;

MATCH (c:Claim {id: 'role-clegg-uk-deputy-prime-minister'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶6'}]->(s)
SET e.quote = 'Nick Clegg, responsable des affaires internationales de META et ancien vice-Premier ministre britannique, supervise la décision de ramener l’ancien président américain sur scène.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// His seat in the UK Parliament, lost "un an" before he joined Meta in 2018: validTo 2017-01-01, precision YEAR.
// When he won it is not in the story: validFrom null.
MERGE (c:Claim:Role {id: 'role-clegg-uk-parliament-seat'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'siège au Parlement britannique',
    c.kind = 'OFFICE_HOLDER',
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = date('2017-01-01'), c.validToPrecision = 'YEAR',
    c.confidence = 0.9
WITH c
MATCH (holder:Person {id: 'nick-clegg'}), (org:Organization {id: 'uk-parliament'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MATCH (c:Claim {id: 'role-clegg-uk-parliament-seat'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶6'}]->(s)
SET e.quote = 'Clegg a gravi les échelons de Meta depuis qu’il a rejoint l’entreprise en 2018, un an après avoir perdu son siège au Parlement britannique.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

// ---------------------------------------------------------------- Meta: spokesperson and founder

// Andy Stone, Meta's spokesperson (¶5). As of the report.
MERGE (c:Claim:Role {id: 'role-stone-meta-spokesperson'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'porte-parole de Meta',
    c.kind = 'SPOKESPERSON',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'andy-stone'}), (org:Organization {id: 'meta'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MATCH (c:Claim {id: 'role-stone-meta-spokesperson'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶5'}]->(s)
SET e.quote = 'La société ne devrait pas annoncer sa décision samedi prochain, mais le porte-parole de Meta, Andy Stone, a déclaré à CNN que la décision serait annoncée “dans les semaines à venir”.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// Mark Zuckerberg, founder ("le fondateur Mark Zuckerberg", ¶7). A founder stays one: no validTo. The founding
// date is not in the story: validFrom null.
MERGE (c:Claim:Role {id: 'role-zuckerberg-meta-founder'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'fondateur',
    c.kind = 'FOUNDER',
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'mark-zuckerberg'}), (org:Organization {id: 'meta'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MATCH (c:Claim {id: 'role-zuckerberg-meta-founder'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶7'}]->(s)
SET e.quote = 'Au cours de l’année écoulée, Clegg a assumé la responsabilité globale des décisions politiques les plus épineuses de l’entreprise, protégeant le fondateur Mark Zuckerberg, qui serait plus concentré sur le développement de métaverses.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// ---------------------------------------------------------------- Donald Trump

// Former U.S. president ("l'ancien président américain Donald Trump", ¶1). No dates in the story (see the header).
MERGE (c:Claim:Role {id: 'role-trump-us-president'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'ancien président américain',
    c.kind = 'OFFICE_HOLDER',
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = null, c.validToPrecision = null,
    c.validToBefore = date('2023-01-01'),
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'donald-trump'}), (org:Organization {id: 'us-government'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo, r.validToBefore = c.validToBefore;

MATCH (c:Claim {id: 'role-trump-us-president'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s)
SET e.quote = 'Un porte-parole de Meta, la société mère de Facebook, a déclaré à CNN que la société étudie l’opportunité d’autoriser l’ancien président américain Donald Trump à revenir sur ses plateformes, et qu’elle annoncera sa décision dans le semaines à venir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// ---------------------------------------------------------------- Adam Schiff and Sheldon Whitehouse
// Their offices and party as of their letter of "le mois dernier" (¶14): December 2022, MONTH precision, the
// earliest date the story supports. When they took office is not in the story.

MERGE (c:Claim:Role {id: 'role-schiff-us-house-representative'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'représentant',
    c.kind = 'OFFICE_HOLDER',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'adam-schiff'}), (org:Organization {id: 'us-house-of-representatives'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MERGE (c:Claim:Role {id: 'role-whitehouse-us-senate-senator'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'sénateur',
    c.kind = 'OFFICE_HOLDER',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'sheldon-whitehouse'}), (org:Organization {id: 'us-senate'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

UNWIND ['role-schiff-us-house-representative', 'role-whitehouse-us-senate-senator'] AS claimId
MATCH (c:Claim {id: claimId}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶15'}]->(s)
SET e.quote = 'Le représentant Adam Schiff et le sénateur Sheldon Whitehouse ont écrit dans une lettre',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// Both Democrats ("deux législateurs démocrates", ¶14, named in ¶15): a MEMBER role at the Democratic Party.
MERGE (c:Claim:Role {id: 'role-schiff-democratic-party-member'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'législateur démocrate',
    c.kind = 'MEMBER',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'adam-schiff'}), (org:Organization {id: 'democratic-party'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MERGE (c:Claim:Role {id: 'role-whitehouse-democratic-party-member'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'législateur démocrate',
    c.kind = 'MEMBER',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (holder:Person {id: 'sheldon-whitehouse'}), (org:Organization {id: 'democratic-party'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

UNWIND ['role-schiff-democratic-party-member', 'role-whitehouse-democratic-party-member'] AS claimId
MATCH (c:Claim {id: claimId}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶14'}]->(s)
SET e.quote = 'Le mois dernier, deux législateurs démocrates ont exhorté Meta à conserver le commentaire de Trump sur ses plateformes',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95
MERGE (c)-[f:SUPPORTED_BY {locator: '¶15'}]->(s)
SET f.quote = 'Le représentant Adam Schiff et le sénateur Sheldon Whitehouse ont écrit dans une lettre',
    f.quoteLanguage = 'fr', f.attribution = 'REPORTED', f.confidence = 0.95;
