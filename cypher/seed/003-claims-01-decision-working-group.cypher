// 003-claims-01-decision-working-group.cypher: Meta weighs letting Trump back (the reinstatement Decision), who
// takes part in it (DecisionRoles), the internal working group and the teams it draws from, and what spokesperson
// Andy Stone told CNN.
//
// Conventions of every 003-claims-*.cypher script:
// - A claim is MERGEd on its id with the label Claim and its own label, createdAt is set on create only, then its
//   properties are SET: running a script twice changes nothing.
// - Every claim has SUPPORTED_BY edges to the CNN story as read (French), keyed by `locator` (the paragraph, ¶1 is
//   the Dubai dateline paragraph), with `quote` copied character for character from
//   shared/sources/cnn-meta-trump-reinstatement-fr.txt (typographic ’ “ ” « » and the translation's own typos kept).
//   attribution REPORTED when CNN reports it, DIRECT when the passage quotes the speaker's words.
// - A source that CNN relays and that we have not read (Financial Times, Clegg's blog post, the Schiff-Whitehouse
//   letter) gets its own SUPPORTED_BY with attribution ACCORDING_TO. Its quote is the French passage of CNN that
//   relays it, `quoteVia` names that CNN source (extension, see docs/graph-model.md) and `locator` is null (we do
//   not know where the passage stands in the relayed document).
// - Shortcut edges are written in the same statement as the claim's own relationships: MERGE on
//   (from)-[:TYPE {claimId}]->(to), then SET the other properties, validFrom / validTo copied from the claim.
// - Dates. The story is from early January 2023, before Saturday 7 January 2023 (see 001-sources.cypher).
//   A fact the story states in the present tense with no start date gets validFrom 2023-01-01, precision MONTH:
//   "true as of the report", the earliest date the text supports. Other approximations are explained where made.

// ---------------------------------------------------------------- The decision
// Under consideration as of the story. openedAt: the story does not say when Meta started weighing the return.
// It says that the indefinite ban was changed into a two-year period after which Meta would consider letting Trump
// back (¶4), and that Clegg's blog post of June 2021 explained how it would consider it (¶8): the question was
// opened then, so openedAt = validFrom = 2021-06-01, precision MONTH.
// expectedBy is the story's words: "dans les semaines à venir" (in the coming weeks, ¶5).
MERGE (c:Claim:Decision {id: 'decision-meta-trump-reinstatement'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'Whether to let Donald Trump back on Facebook and Instagram',
    c.question = 'Should Meta let Donald Trump back on Facebook and Instagram?',
    c.status = 'UNDER_CONSIDERATION',
    c.outcome = null,
    c.openedAt = date('2021-06-01'),
    c.openedAtPrecision = 'MONTH',
    c.expectedBy = 'dans les semaines à venir',
    c.decidedAt = null,
    c.decidedAtPrecision = null,
    c.validFrom = date('2021-06-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (meta:Organization {id: 'meta'}),
      (trump:Person {id: 'donald-trump'}),
      (fb:Account {id: 'trump-facebook-account'}),
      (ig:Account {id: 'trump-instagram-account'})
MERGE (c)-[:DECIDED_BY]->(meta)
MERGE (c)-[:CONCERNS]->(trump)
MERGE (c)-[:CONCERNS]->(fb)
MERGE (c)-[:CONCERNS]->(ig)
MERGE (meta)-[d:DECIDED {claimId: c.id}]->(c)
SET d.role = 'DECIDED_BY', d.validFrom = c.validFrom, d.validTo = c.validTo;

MATCH (c:Claim {id: 'decision-meta-trump-reinstatement'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s)
SET e.quote = 'Un porte-parole de Meta, la société mère de Facebook, a déclaré à CNN que la société étudie l’opportunité d’autoriser l’ancien président américain Donald Trump à revenir sur ses plateformes, et qu’elle annoncera sa décision dans le semaines à venir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

MATCH (c:Claim {id: 'decision-meta-trump-reinstatement'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶5'}]->(s)
SET e.quote = 'La société ne devrait pas annoncer sa décision samedi prochain, mais le porte-parole de Meta, Andy Stone, a déclaré à CNN que la décision serait annoncée “dans les semaines à venir”.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// Supports openedAt (June 2021), with a lower confidence: the date is our reading of ¶4 and ¶8 together.
MATCH (c:Claim {id: 'decision-meta-trump-reinstatement'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶8'}]->(s)
SET e.quote = 'Dans un article de blog publié en juin 2021, Clegg a expliqué comment la société envisagerait de permettre à Trump de revenir sur ses plateformes.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.8;

// ---------------------------------------------------------------- Who takes part, and how (DecisionRoles)

// Meta decides: same validity as the decision itself.
MERGE (c:Claim:DecisionRole {id: 'decision-role-meta-decision-maker'})
ON CREATE SET c.createdAt = datetime()
SET c.role = 'DECISION_MAKER',
    c.validFrom = date('2021-06-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (actor:Organization {id: 'meta'}), (decision:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (actor)-[:PLAYS]->(c)
MERGE (c)-[:IN]->(decision)
MERGE (actor)-[d:DECIDED {claimId: c.id}]->(decision)
SET d.role = c.role, d.validFrom = c.validFrom, d.validTo = c.validTo;

MATCH (c:Claim {id: 'decision-role-meta-decision-maker'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s)
SET e.quote = 'Un porte-parole de Meta, la société mère de Facebook, a déclaré à CNN que la société étudie l’opportunité d’autoriser l’ancien président américain Donald Trump à revenir sur ses plateformes, et qu’elle annoncera sa décision dans le semaines à venir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// Nick Clegg oversees the decision ("supervise la décision", ¶6): present tense, so as of the report.
MERGE (c:Claim:DecisionRole {id: 'decision-role-clegg-overseer'})
ON CREATE SET c.createdAt = datetime()
SET c.role = 'OVERSEER',
    c.validFrom = date('2023-01-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (actor:Person {id: 'nick-clegg'}), (decision:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (actor)-[:PLAYS]->(c)
MERGE (c)-[:IN]->(decision)
MERGE (actor)-[d:DECIDED {claimId: c.id}]->(decision)
SET d.role = c.role, d.validFrom = c.validFrom, d.validTo = c.validTo;

MATCH (c:Claim {id: 'decision-role-clegg-overseer'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶6'}]->(s)
SET e.quote = 'Nick Clegg, responsable des affaires internationales de META et ancien vice-Premier ministre britannique, supervise la décision de ramener l’ancien président américain sur scène.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// The internal working group examines the decision (¶2, from "une source proche des délibérations", hence a
// lower confidence), first reported by the Financial Times (¶3). As of the report.
MERGE (c:Claim:DecisionRole {id: 'decision-role-working-group-deliberating-body'})
ON CREATE SET c.createdAt = datetime()
SET c.role = 'DELIBERATING_BODY',
    c.validFrom = date('2023-01-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.85
WITH c
MATCH (actor:Organization {id: 'meta-trump-working-group'}), (decision:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (actor)-[:PLAYS]->(c)
MERGE (c)-[:IN]->(decision)
MERGE (actor)-[d:DECIDED {claimId: c.id}]->(decision)
SET d.role = c.role, d.validFrom = c.validFrom, d.validTo = c.validTo;

MATCH (c:Claim {id: 'decision-role-working-group-deliberating-body'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶2'}]->(s)
SET e.quote = 'Une source proche des délibérations a confirmé à CNN que la décision, qui est probablement l’une des plus importantes de l’histoire de l’entreprise, est examinée par un groupe de travail interne à l’entreprise composé de dirigeants de divers départements.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.85;

MATCH (c:Claim {id: 'decision-role-working-group-deliberating-body'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶3'}]->(s)
SET e.quote = 'Le journal britannique “Financial Times” a publié pour la première fois les détails du groupe de travail.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.85;

MATCH (c:Claim {id: 'decision-role-working-group-deliberating-body'}), (s:Source {id: 'ft-meta-trump-working-group'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = 'Le journal britannique “Financial Times” a publié pour la première fois les détails du groupe de travail.',
    e.quoteLanguage = 'fr', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'cnn-meta-trump-reinstatement-fr', e.confidence = 0.8;

// Andy Stone speaks for Meta on the decision (¶5).
MERGE (c:Claim:DecisionRole {id: 'decision-role-stone-spokesperson'})
ON CREATE SET c.createdAt = datetime()
SET c.role = 'SPOKESPERSON',
    c.validFrom = date('2023-01-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (actor:Person {id: 'andy-stone'}), (decision:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (actor)-[:PLAYS]->(c)
MERGE (c)-[:IN]->(decision)
MERGE (actor)-[d:DECIDED {claimId: c.id}]->(decision)
SET d.role = c.role, d.validFrom = c.validFrom, d.validTo = c.validTo;

MATCH (c:Claim {id: 'decision-role-stone-spokesperson'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶5'}]->(s)
SET e.quote = 'La société ne devrait pas annoncer sa décision samedi prochain, mais le porte-parole de Meta, Andy Stone, a déclaré à CNN que la décision serait annoncée “dans les semaines à venir”.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// ---------------------------------------------------------------- What Andy Stone told CNN
// One statement, reported in ¶5 (named) and ¶1 ("Un porte-parole de Meta", unnamed: taken to be the same
// statement, hence the lower confidence of that edge). Reported speech around a quoted fragment ("dans les
// semaines à venir"), so isDirectQuote is false. Stone spoke to CNN in English: originalLanguage 'en'.
// saidAt: days before the story, early January 2023, MONTH precision.
MERGE (c:Claim:Statement {id: 'statement-stone-cnn-coming-weeks'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'la décision serait annoncée “dans les semaines à venir”',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = false,
    c.medium = 'INTERVIEW',
    c.saidAt = date('2023-01-01'),
    c.saidAtPrecision = 'MONTH',
    c.validFrom = date('2023-01-01'),
    c.validFromPrecision = 'MONTH',
    c.validTo = null,
    c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (speaker:Person {id: 'andy-stone'}), (decision:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(decision)
MERGE (speaker)-[x:STATED_ABOUT {claimId: c.id}]->(decision)
SET x.validFrom = c.validFrom, x.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-stone-cnn-coming-weeks'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶5'}]->(s)
SET e.quote = 'La société ne devrait pas annoncer sa décision samedi prochain, mais le porte-parole de Meta, Andy Stone, a déclaré à CNN que la décision serait annoncée “dans les semaines à venir”.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

MATCH (c:Claim {id: 'statement-stone-cnn-coming-weeks'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s)
SET e.quote = 'Un porte-parole de Meta, la société mère de Facebook, a déclaré à CNN que la société étudie l’opportunité d’autoriser l’ancien président américain Donald Trump à revenir sur ses plateformes, et qu’elle annoncera sa décision dans le semaines à venir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.85;

// ---------------------------------------------------------------- The teams in the working group
// Role (extension: an Organization holds a MEMBER role): each team has representatives in the working group
// (¶3, from the same anonymous source, first reported by the Financial Times). As of the report.
// title: the story's words, distributed over the four teams it lists.

MERGE (c:Claim:Role {id: 'role-meta-public-policy-team-working-group-member'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'représentants des équipes de politique publique',
    c.kind = 'MEMBER',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.85
WITH c
MATCH (holder:Organization {id: 'meta-public-policy-team'}), (org:Organization {id: 'meta-trump-working-group'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MERGE (c:Claim:Role {id: 'role-meta-communications-team-working-group-member'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'représentants des équipes de communication',
    c.kind = 'MEMBER',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.85
WITH c
MATCH (holder:Organization {id: 'meta-communications-team'}), (org:Organization {id: 'meta-trump-working-group'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MERGE (c:Claim:Role {id: 'role-meta-content-policy-team-working-group-member'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'représentants des équipes de politique de contenu',
    c.kind = 'MEMBER',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.85
WITH c
MATCH (holder:Organization {id: 'meta-content-policy-team'}), (org:Organization {id: 'meta-trump-working-group'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

MERGE (c:Claim:Role {id: 'role-meta-safety-integrity-team-working-group-member'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'représentants des équipes de sécurité et d’intégrité',
    c.kind = 'MEMBER',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.85
WITH c
MATCH (holder:Organization {id: 'meta-safety-integrity-team'}), (org:Organization {id: 'meta-trump-working-group'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org)
MERGE (holder)-[r:ROLE_AT {claimId: c.id}]->(org)
SET r.kind = c.kind, r.title = c.title, r.validFrom = c.validFrom, r.validTo = c.validTo;

// The same evidence for the four memberships: CNN ¶3, and the Financial Times that CNN relays.
UNWIND ['role-meta-public-policy-team-working-group-member',
        'role-meta-communications-team-working-group-member',
        'role-meta-content-policy-team-working-group-member',
        'role-meta-safety-integrity-team-working-group-member'] AS claimId
MATCH (c:Claim {id: claimId}),
      (cnn:Source {id: 'cnn-meta-trump-reinstatement-fr'}),
      (ft:Source {id: 'ft-meta-trump-working-group'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶3'}]->(cnn)
SET e.quote = 'La source a ajouté que le groupe comprend des représentants des équipes de politique publique, de communication, de politique de contenu et de sécurité et d’intégrité de l’entreprise.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.85
MERGE (c)-[f:SUPPORTED_BY]->(ft)
SET f.quote = 'La source a ajouté que le groupe comprend des représentants des équipes de politique publique, de communication, de politique de contenu et de sécurité et d’intégrité de l’entreprise. Le journal britannique “Financial Times” a publié pour la première fois les détails du groupe de travail.',
    f.quoteLanguage = 'fr', f.attribution = 'ACCORDING_TO', f.locator = null,
    f.quoteVia = 'cnn-meta-trump-reinstatement-fr', f.confidence = 0.8;
