// 003-claims-06-twitter-musk.cypher: Twitter's ban of Donald Trump, lifted by its new owner Elon Musk, and Trump's
// silence on Twitter since (¶12, ¶13). Conventions: see the header of 003-claims-01-decision-working-group.cypher.
//
// Dates. "a rétabli son compte en novembre" in a story of early January 2023: November 2022, so the reinstatement
// is decidedAt 2022-11-01 with MONTH precision, and the ban's validTo is the same. When Twitter banned Trump is not
// in the story: the ban's validFrom is null. Nor is the date Musk became owner: "le nouveau propriétaire" acting as
// owner in November 2022 supports 2022, so the ownership's validFrom is 2022-01-01 at YEAR precision.

// ---------------------------------------------------------------- Ownership: Musk owns Twitter
// share null: the story does not say how much of the company he owns.
MERGE (c:Claim:Ownership {id: 'ownership-musk-twitter'})
ON CREATE SET c.createdAt = datetime()
SET c.share = null,
    c.validFrom = date('2022-01-01'), c.validFromPrecision = 'YEAR',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (owner:Person {id: 'elon-musk'}), (owned:Organization {id: 'twitter-inc'})
MERGE (owner)-[:OWNS]->(c)
MERGE (c)-[:OF]->(owned)
MERGE (owner)-[x:OWNS_STAKE {claimId: c.id}]->(owned)
SET x.share = c.share, x.validFrom = c.validFrom, x.validTo = c.validTo;

// ---------------------------------------------------------------- Musk's decision to reinstate Trump
MERGE (c:Claim:Decision {id: 'decision-twitter-trump-reinstatement'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'Reinstating Donald Trump’s Twitter account',
    c.question = 'Should Twitter reinstate Donald Trump’s account?',
    c.status = 'IMPLEMENTED',
    c.outcome = 'Donald Trump’s Twitter account was reinstated.',
    c.openedAt = null, c.openedAtPrecision = null,
    c.expectedBy = null,
    c.decidedAt = date('2022-11-01'), c.decidedAtPrecision = 'MONTH',
    c.validFrom = date('2022-11-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (musk:Person {id: 'elon-musk'}),
      (trump:Person {id: 'donald-trump'}),
      (account:Account {id: 'trump-twitter-account'})
MERGE (c)-[:DECIDED_BY]->(musk)
MERGE (c)-[:CONCERNS]->(trump)
MERGE (c)-[:CONCERNS]->(account)
MERGE (musk)-[d:DECIDED {claimId: c.id}]->(c)
SET d.role = 'DECIDED_BY', d.validFrom = c.validFrom, d.validTo = c.validTo;

MERGE (c:Claim:DecisionRole {id: 'decision-role-musk-twitter-decision-maker'})
ON CREATE SET c.createdAt = datetime()
SET c.role = 'DECISION_MAKER',
    c.validFrom = date('2022-11-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (actor:Person {id: 'elon-musk'}), (decision:Decision {id: 'decision-twitter-trump-reinstatement'})
MERGE (actor)-[:PLAYS]->(c)
MERGE (c)-[:IN]->(decision)
MERGE (actor)-[d:DECIDED {claimId: c.id}]->(decision)
SET d.role = c.role, d.validFrom = c.validFrom, d.validTo = c.validTo;

// ---------------------------------------------------------------- Twitter's ban, lifted by that decision
// No reason, duration or triggering event in the story for Twitter ("également banni"): null, no IN_RESPONSE_TO.
MERGE (c:Claim:Restriction {id: 'restriction-twitter-trump-ban'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'BAN',
    c.reason = null,
    c.duration = null,
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = date('2022-11-01'), c.validToPrecision = 'MONTH',
    c.confidence = 0.95
WITH c
MATCH (twitter:Organization {id: 'twitter-inc'}),
      (account:Account {id: 'trump-twitter-account'}),
      (decision:Decision {id: 'decision-twitter-trump-reinstatement'})
MERGE (twitter)-[:IMPOSED]->(c)
MERGE (c)-[:RESTRICTS]->(account)
MERGE (c)-[:LIFTED_BY]->(decision)
MERGE (twitter)-[r:RESTRICTED {claimId: c.id}]->(account)
SET r.kind = c.kind, r.validFrom = c.validFrom, r.validTo = c.validTo;

UNWIND ['ownership-musk-twitter', 'decision-twitter-trump-reinstatement',
        'decision-role-musk-twitter-decision-maker', 'restriction-twitter-trump-ban'] AS claimId
MATCH (c:Claim {id: claimId}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶12'}]->(s)
SET e.quote = 'Trump a également été banni de Twitter, mais le nouveau propriétaire de la société, Elon Musk, a rétabli son compte en novembre.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED',
    e.confidence = CASE claimId WHEN 'ownership-musk-twitter' THEN 0.9 ELSE 0.95 END;

// ---------------------------------------------------------------- No post on Twitter since
// "Trump n'a pas encore publié sur Twitter" (¶13): zero posts since the reinstatement, as of the story.
// That he kept posting on Truth Social has no claim type of its own (no metric counts it): it stands in the quote,
// and his Truth Social account is in 002-entities.cypher.
MERGE (c:Claim:Observation {id: 'observation-trump-twitter-posts-since-reinstatement'})
ON CREATE SET c.createdAt = datetime()
SET c.metric = 'POSTS_SINCE_REINSTATEMENT',
    c.value = 0.0,
    c.approximate = false,
    c.bound = 'EXACT',
    c.observedAt = date('2023-01-01'), c.observedAtPrecision = 'MONTH',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (account:Account {id: 'trump-twitter-account'})
MERGE (c)-[:OBSERVED_ON]->(account);

MATCH (c:Claim {id: 'observation-trump-twitter-posts-since-reinstatement'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶13'}]->(s)
SET e.quote = 'Trump n’a pas encore publié sur Twitter, mais a continué à publier sur sa plateforme de médias sociaux, Truth Social.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;
