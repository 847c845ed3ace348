// article.cypher: a template, one annotated block per action. Copy the blocks you need into your article's script
// (`npm run new-article -- <slug>` writes one with a source block in cypher/articles/), then replace every `example-`
// id and every value. The guide is docs/adding-an-article.md; this file is never applied (cypher/templates/ is not an
// import folder), but the tests dry-run it, so every block here is valid and passes the import's checks.
//
// The rules every block follows:
// - MERGE on `id` (a slug: lower case, words joined by `-`), `createdAt` set ON CREATE only, then SET every property,
//   unknown ones to null: running the script twice changes nothing.
// - A claim carries `Claim` and its own label; every claim has at least one SUPPORTED_BY edge with the passage
//   (`quote`) copied character for character from the source.
// - Dates: `date('YYYY-MM-DD')` with a precision beside it (`DAY`, `MONTH`: the 1st of the month, `YEAR`: 1 January).
// - Shortcut edges (ROLE_AT, DECIDED, ...), page keys and `aliasesText` are NOT written here: the import derives them.
// - Every statement ends with `;` and writes something (a statement that changes nothing is refused: it usually is a
//   MATCH on a misspelled id).

// ---------------------------------------------------------------- Entities
// People, organizations (kind from the model's OrganizationKind), platforms. Names in English, the source's own
// forms as aliases (search finds them). In a script, order matters: a node must exist before a later statement
// MATCHes it, so entities come first (the source below MATCHes its publisher).
MERGE (n:Person:Entity {id: 'example-jane-doe'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Jane Doe',
    n.aliases = ['J. Doe'],
    n.description = 'Chief executive of Example Corp from March 2024.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'example-john-roe'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'John Roe', n.aliases = [], n.description = 'A lawmaker.', n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'example-corp'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Example Corp', n.aliases = [], n.kind = 'COMPANY', n.description = 'A company.', n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'example-news-outlet'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Example News', n.aliases = [], n.kind = 'MEDIA_OUTLET', n.description = 'A news outlet.', n.wikidataId = null;

// A platform, who operates it, and an account on it (structure, not claims: no evidence needed).
MERGE (n:Platform:Entity {id: 'example-platform'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Example Social', n.aliases = [], n.description = 'A social platform.', n.wikidataId = null
WITH n
MATCH (operator:Organization {id: 'example-corp'})
MERGE (operator)-[:OPERATES]->(n);

MERGE (a:Account {id: 'example-jane-doe-account'})
ON CREATE SET a.createdAt = datetime()
SET a.handle = '@janedoe'
WITH a
MATCH (owner:Person {id: 'example-jane-doe'}), (platform:Platform {id: 'example-platform'})
MERGE (owner)-[:HAS_ACCOUNT]->(a)
MERGE (a)-[:ON_PLATFORM]->(platform);

// An event something answers (a restriction's IN_RESPONSE_TO).
MERGE (e:Event {id: 'example-event-outage'})
ON CREATE SET e.createdAt = datetime()
SET e.name = 'Example Social outage', e.date = date('2024-02-01'), e.datePrecision = 'DAY', e.description = null;

// ---------------------------------------------------------------- A source you read
// The document your quotes come from. Keep its text in sources/ when you can. `publishedAt` at the precision the
// document gives; url null rather than guessed.
MERGE (s:Source {id: 'example-source-news-story'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Example Corp hires a new chief executive',
    s.url = 'https://news.example.org/example-corp-ceo',
    s.language = 'en',
    s.publishedAt = date('2024-03-05'), s.publishedAtPrecision = 'DAY',
    s.retrievedAt = null
WITH s
MATCH (publisher:Organization {id: 'example-news-outlet'})
MERGE (s)-[:PUBLISHED_BY]->(publisher);

// ---------------------------------------------------------------- A relayed source (one you did not read)
// A document your source quotes or reports (a press release, a letter, another paper). It gets its own Source; the
// source you read CITES it. Evidence to it is ACCORDING_TO with `quoteVia` (see "Evidence relayed by another source").
MERGE (s:Source {id: 'example-source-press-release'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Example Corp press release on its new chief executive',
    s.url = null,
    s.language = 'en',
    s.publishedAt = date('2024-03-04'), s.publishedAtPrecision = 'DAY',
    s.retrievedAt = null
WITH s
MATCH (story:Source {id: 'example-source-news-story'})
MERGE (story)-[c:CITES]->(s)
SET c.context = 'the story quotes the press release';

// ---------------------------------------------------------------- Claim: Role (who holds which position where)
// kind: EXECUTIVE, SPOKESPERSON, OFFICE_HOLDER, EMPLOYEE, OWNER, FOUNDER, MEMBER. title: as the source states it.
MERGE (c:Claim:Role {id: 'role-example-jane-doe-ceo'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'chief executive', c.kind = 'EXECUTIVE',
    c.validFrom = date('2024-03-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (holder:Person {id: 'example-jane-doe'}), (org:Organization {id: 'example-corp'})
MERGE (holder)-[:HOLDS]->(c)
MERGE (c)-[:AT]->(org);

// ---------------------------------------------------------------- Evidence (one SUPPORTED_BY per source and passage)
// Merged on its locator (the paragraph, ¶n), so a second passage of the same source is a second edge.
// attribution: DIRECT (the actor's own words), REPORTED (the source reports it), ACCORDING_TO (relayed).
MATCH (c:Claim {id: 'role-example-jane-doe-ceo'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶1'}]->(s)
SET e.quote = 'Example Corp named Jane Doe its chief executive in March.',
    e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.9;

// ---------------------------------------------------------------- Evidence relayed by another source (quoteVia)
// The claim also cites the press release you did not read: ACCORDING_TO, the quote is the passage of the source you
// read that relays it, `quoteVia` names that source, and `locator` is null (you do not know where it stands).
MATCH (c:Claim {id: 'role-example-jane-doe-ceo'}), (s:Source {id: 'example-source-press-release'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = 'Example Corp named Jane Doe its chief executive in March.',
    e.quoteLanguage = 'en', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'example-source-news-story', e.confidence = 0.85;

// ---------------------------------------------------------------- Claim: Statement (something an actor said)
// medium: INTERVIEW, BLOG_POST, LETTER, PRESS_STATEMENT, SOCIAL_POST. text in `language`; isDirectQuote only when
// the source quotes the words. ABOUT: anything the words are about (optional).
MERGE (c:Claim:Statement {id: 'statement-example-jane-doe-growth'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'We will double in size.', c.language = 'en', c.originalLanguage = null, c.isDirectQuote = true,
    c.medium = 'PRESS_STATEMENT',
    c.saidAt = date('2024-03-04'), c.saidAtPrecision = 'DAY',
    c.validFrom = date('2024-03-04'), c.validFromPrecision = 'DAY', c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (speaker:Person {id: 'example-jane-doe'}), (about:Organization {id: 'example-corp'})
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(about);

MATCH (c:Claim {id: 'statement-example-jane-doe-growth'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶2'}]->(s)
SET e.quote = '“We will double in size,” Doe said.', e.quoteLanguage = 'en', e.attribution = 'DIRECT', e.confidence = 0.9;

// ---------------------------------------------------------------- Claim: Decision (a decision made or weighed)
// status: UNDER_CONSIDERATION, DECIDED, IMPLEMENTED, REVERSED, ABANDONED, as of when the decision was opened. A
// later change of state is a DecisionState claim (below), never an overwrite of `status`.
MERGE (c:Claim:Decision {id: 'decision-example-corp-expansion'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'Whether Example Corp opens offices abroad', c.question = 'Should Example Corp open offices abroad?',
    c.status = 'UNDER_CONSIDERATION', c.outcome = null,
    c.openedAt = date('2024-03-01'), c.openedAtPrecision = 'MONTH', c.expectedBy = 'by the summer',
    c.decidedAt = null, c.decidedAtPrecision = null,
    c.validFrom = date('2024-03-01'), c.validFromPrecision = 'MONTH', c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.8
WITH c
MATCH (decider:Organization {id: 'example-corp'})
MERGE (c)-[:DECIDED_BY]->(decider);

MATCH (c:Claim {id: 'decision-example-corp-expansion'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶3'}]->(s)
SET e.quote = 'The company is weighing offices abroad and expects to decide by the summer.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.8;

// ---------------------------------------------------------------- Claim: DecisionRole (the part an actor plays)
// role: DECISION_MAKER, OVERSEER, DELIBERATING_BODY, ADVISER, SPOKESPERSON.
MERGE (c:Claim:DecisionRole {id: 'decision-role-example-jane-doe-overseer'})
ON CREATE SET c.createdAt = datetime()
SET c.role = 'OVERSEER', c.validFrom = date('2024-03-01'), c.validFromPrecision = 'MONTH', c.validTo = null, c.validToPrecision = null, c.confidence = 0.8
WITH c
MATCH (actor:Person {id: 'example-jane-doe'}), (decision:Decision {id: 'decision-example-corp-expansion'})
MERGE (actor)-[:PLAYS]->(c)
MERGE (c)-[:IN]->(decision);

MATCH (c:Claim {id: 'decision-role-example-jane-doe-overseer'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶3'}]->(s)
SET e.quote = 'Doe oversees the decision.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.8;

// ---------------------------------------------------------------- Claim: DecisionState (a decision changes state)
// The state holds from `validFrom` until the next state's `validFrom`: no validTo needed. The decision's own `status`
// stays what it was when opened. You may fill the decision's decidedAt/outcome if they are still null (coalesce).
MERGE (c:Claim:DecisionState {id: 'decision-state-example-corp-expansion-decided'})
ON CREATE SET c.createdAt = datetime()
SET c.status = 'DECIDED', c.validFrom = date('2024-06-10'), c.validFromPrecision = 'DAY', c.validTo = null, c.validToPrecision = null, c.confidence = 0.9
WITH c
MATCH (d:Decision {id: 'decision-example-corp-expansion'})
MERGE (c)-[:STATE_OF]->(d)
SET d.decidedAt = coalesce(d.decidedAt, c.validFrom), d.decidedAtPrecision = coalesce(d.decidedAtPrecision, c.validFromPrecision),
    d.outcome = coalesce(d.outcome, 'Offices abroad, from 2025.');

MATCH (c:Claim {id: 'decision-state-example-corp-expansion-decided'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶4'}]->(s)
SET e.quote = 'On 10 June the company decided to open offices abroad from 2025.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.9;

// ---------------------------------------------------------------- Claim: LobbyingEffort (who lobbied whom, how)
// method: LETTER, MEETING, PUBLIC_STATEMENT, CAMPAIGN, FILING, AD_SPEND. stance: SUPPORT or OPPOSE the decision's
// question; REGARDING copies it (SET r.stance). INCLUDES links the statement that carries the words (optional).
MERGE (c:Claim:LobbyingEffort {id: 'lobbying-example-john-roe-expansion'})
ON CREATE SET c.createdAt = datetime()
SET c.method = 'LETTER', c.stance = 'OPPOSE', c.desiredOutcome = 'Keep the jobs at home.',
    c.date = date('2024-04-01'), c.datePrecision = 'MONTH',
    c.validFrom = date('2024-04-01'), c.validFromPrecision = 'MONTH', c.validTo = null, c.validToPrecision = null, c.confidence = 0.8
WITH c
MATCH (lobbyist:Person {id: 'example-john-roe'}), (target:Organization {id: 'example-corp'}), (d:Decision {id: 'decision-example-corp-expansion'})
MERGE (lobbyist)-[:LOBBIED_IN]->(c)
MERGE (c)-[:TARGETED]->(target)
MERGE (c)-[r:REGARDING]->(d)
SET r.stance = c.stance;

MATCH (c:Claim {id: 'lobbying-example-john-roe-expansion'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶5'}]->(s)
SET e.quote = 'In April, Roe wrote to the company to oppose the plan.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.8;

// ---------------------------------------------------------------- Claim: Restriction (suspension, ban, removal)
// kind: SUSPENSION, BAN, REMOVAL. RESTRICTS an Account, Person or Organization; IN_RESPONSE_TO an event and
// LIFTED_BY a decision are optional. A restriction's end is its validTo.
MERGE (c:Claim:Restriction {id: 'restriction-example-jane-doe-account'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'SUSPENSION', c.reason = 'Posts during the outage.', c.duration = 'P1M',
    c.validFrom = date('2024-02-02'), c.validFromPrecision = 'DAY', c.validTo = date('2024-03-02'), c.validToPrecision = 'DAY', c.confidence = 0.8
WITH c
MATCH (by:Organization {id: 'example-corp'}), (account:Account {id: 'example-jane-doe-account'}), (event:Event {id: 'example-event-outage'})
MERGE (by)-[:IMPOSED]->(c)
MERGE (c)-[:RESTRICTS]->(account)
MERGE (c)-[:IN_RESPONSE_TO]->(event);

MATCH (c:Claim {id: 'restriction-example-jane-doe-account'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶6'}]->(s)
SET e.quote = 'Her account was suspended for a month after the outage.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.8;

// ---------------------------------------------------------------- Claim: Observation (a figure at a date)
// metric: FOLLOWERS, AD_SPEND_USD, POSTS_SINCE_REINSTATEMENT. bound: EXACT, AT_LEAST, AT_MOST ("millions" is
// AT_LEAST 1000000, approximate true).
MERGE (c:Claim:Observation {id: 'observation-example-jane-doe-followers-2024-03'})
ON CREATE SET c.createdAt = datetime()
SET c.metric = 'FOLLOWERS', c.value = 1000000.0, c.approximate = true, c.bound = 'AT_LEAST',
    c.observedAt = date('2024-03-01'), c.observedAtPrecision = 'MONTH',
    c.validFrom = date('2024-03-01'), c.validFromPrecision = 'MONTH', c.validTo = null, c.validToPrecision = null, c.confidence = 0.7
WITH c
MATCH (account:Account {id: 'example-jane-doe-account'})
MERGE (c)-[:OBSERVED_ON]->(account);

MATCH (c:Claim {id: 'observation-example-jane-doe-followers-2024-03'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶7'}]->(s)
SET e.quote = 'Doe has more than a million followers.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.7;

// ---------------------------------------------------------------- Claim: Ownership (who owns what, how much)
// share from 0 to 1, null when unknown. What is owned: an Organization or a Platform.
MERGE (c:Claim:Ownership {id: 'ownership-example-jane-doe-example-corp'})
ON CREATE SET c.createdAt = datetime()
SET c.share = 0.1, c.validFrom = date('2024-01-01'), c.validFromPrecision = 'YEAR', c.validTo = null, c.validToPrecision = null, c.confidence = 0.7
WITH c
MATCH (owner:Person {id: 'example-jane-doe'}), (owned:Organization {id: 'example-corp'})
MERGE (owner)-[:OWNS]->(c)
MERGE (c)-[:OF]->(owned);

MATCH (c:Claim {id: 'ownership-example-jane-doe-example-corp'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶8'}]->(s)
SET e.quote = 'Doe owns a tenth of the company.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.7;

// ---------------------------------------------------------------- Claim: Payment (money from one actor to another)
// amount in `currency` (ISO 4217); bound as for observations.
MERGE (c:Claim:Payment {id: 'payment-example-corp-example-news-2024'})
ON CREATE SET c.createdAt = datetime()
SET c.amount = 50000.0, c.bound = 'EXACT', c.currency = 'USD', c.purpose = 'Advertising.',
    c.date = date('2024-01-01'), c.datePrecision = 'YEAR',
    c.validFrom = date('2024-01-01'), c.validFromPrecision = 'YEAR', c.validTo = null, c.validToPrecision = null, c.confidence = 0.7
WITH c
MATCH (payer:Organization {id: 'example-corp'}), (payee:Organization {id: 'example-news-outlet'})
MERGE (payer)-[:PAID_IN]->(c)
MERGE (c)-[:PAID_TO]->(payee);

MATCH (c:Claim {id: 'payment-example-corp-example-news-2024'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶9'}]->(s)
SET e.quote = 'The company paid Example News $50,000 for advertising in 2024.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.7;

// ---------------------------------------------------------------- Updating a claim that exists
// MATCH it by id (a misspelled id matches nothing: the import refuses the script and names the line), SET what the
// new source says, and add the new source as evidence. Here the source says the role ended.
MATCH (c:Claim:Role {id: 'role-example-jane-doe-ceo'})
SET c.validTo = date('2024-12-31'), c.validToPrecision = 'DAY';

MATCH (c:Claim {id: 'role-example-jane-doe-ceo'}), (s:Source {id: 'example-source-news-story'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶10'}]->(s)
SET e.quote = 'Doe will step down at the end of the year.', e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.8;
