// 2023-01-25-meta-reinstatement.cypher: Meta decides to let Donald Trump back (25 January 2023), read from the research
// note sources/meta-reinstatement-2023-01-25-summary.txt, which relays Meta's newsroom post by Nick Clegg.

// The note (read: REPORTED, with ¶ locators) and Meta's post it relays (not read: ACCORDING_TO, quoteVia the note).
MERGE (s:Source {id: 'note-meta-reinstatement-2023-01-25'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Summary of Meta’s announcement of 25 January 2023 (research note)', s.url = null, s.language = 'en', s.publishedAt = null, s.publishedAtPrecision = null, s.retrievedAt = null;

MERGE (p:Source {id: 'meta-newsroom-ending-trump-suspension-2023-01-25'})
ON CREATE SET p.createdAt = datetime(), p.updatedAt = datetime()
SET p.title = 'Ending Suspension of Trump’s Accounts With New Guardrails to Deter Repeat Offenses', p.language = 'en',
    p.url = 'https://about.fb.com/news/2023/01/trump-facebook-instagram-account-suspension/', p.publishedAt = date('2023-01-25'), p.publishedAtPrecision = 'DAY', p.retrievedAt = null
WITH p
MATCH (meta:Organization {id: 'meta'}), (note:Source {id: 'note-meta-reinstatement-2023-01-25'})
MERGE (p)-[:PUBLISHED_BY]->(meta)
MERGE (note)-[r:CITES]->(p) SET r.context = '¶1–¶3: Meta’s newsroom post by Nick Clegg, summarized';

// The decision enters the state DECIDED on 25 January 2023 (¶1); its status as opened stays UNDER_CONSIDERATION, and
// the seed's decidedAt is left to the seed (a re-applied seed script would set it back).
MERGE (s:Claim:DecisionState {id: 'decision-state-meta-trump-reinstatement-decided'})
ON CREATE SET s.createdAt = datetime()
SET s.status = 'DECIDED', s.validFrom = date('2023-01-25'), s.validFromPrecision = 'DAY', s.validTo = null, s.validToPrecision = null, s.confidence = 0.95
WITH s MATCH (d:Decision {id: 'decision-meta-trump-reinstatement'}) MERGE (s)-[:STATE_OF]->(d);

// Clegg's title as the note gives it (¶2), as of the post.
MERGE (c:Claim:Role {id: 'role-clegg-meta-president-global-affairs'})
ON CREATE SET c.createdAt = datetime()
SET c.title = 'President of Global Affairs', c.kind = 'EXECUTIVE', c.validFrom = date('2023-01-25'), c.validFromPrecision = 'DAY',
    c.validTo = null, c.validToPrecision = null, c.confidence = 0.9
WITH c MATCH (holder:Person {id: 'nick-clegg'}), (org:Organization {id: 'meta'})
MERGE (holder)-[:HOLDS]->(c) MERGE (c)-[:AT]->(org);

// What Clegg wrote in the post (¶2, ¶3): the note paraphrases him, so isDirectQuote is false.
UNWIND [{id: 'statement-clegg-hear-politicians-2023-01-25', text: 'The public should be able to hear what politicians are saying.'},
        {id: 'statement-clegg-new-guardrails-2023-01-25', text: 'Meta is putting new guardrails in place to deter repeat offenses: content that breaks its rules will be removed, and Trump could be suspended again for between one month and two years, depending on the severity of the violation.'}] AS row
MERGE (c:Claim:Statement {id: row.id})
ON CREATE SET c.createdAt = datetime()
SET c.text = row.text, c.language = 'en', c.originalLanguage = null, c.isDirectQuote = false, c.medium = 'BLOG_POST',
    c.saidAt = date('2023-01-25'), c.saidAtPrecision = 'DAY', c.validFrom = date('2023-01-25'), c.validFromPrecision = 'DAY',
    c.validTo = null, c.validToPrecision = null, c.confidence = 0.9
WITH c
MATCH (speaker:Person {id: 'nick-clegg'}), (d:Decision {id: 'decision-meta-trump-reinstatement'})
MERGE (speaker)-[:MADE]->(c) MERGE (c)-[:ABOUT]->(d);

// Evidence: the note's own words (REPORTED, with its ¶), and Meta's post as relayed by the note (ACCORDING_TO).
UNWIND [['decision-state-meta-trump-reinstatement-decided', '¶1', 'On 25 January 2023, Meta announced that it would restore Donald Trump\'s Facebook and Instagram accounts "in the coming weeks", ending the suspension it had imposed after the attack on the US Capitol on 6 January 2021.'],
        ['decision-meta-trump-reinstatement', '¶1', 'On 25 January 2023, Meta announced that it would restore Donald Trump\'s Facebook and Instagram accounts "in the coming weeks", ending the suspension it had imposed after the attack on the US Capitol on 6 January 2021.'],
        ['role-clegg-meta-president-global-affairs', '¶2', 'The announcement was made in a post on Meta\'s newsroom by Nick Clegg, Meta\'s President of Global Affairs, who wrote that the public should be able to hear what politicians are saying.'],
        ['statement-clegg-hear-politicians-2023-01-25', '¶2', 'The announcement was made in a post on Meta\'s newsroom by Nick Clegg, Meta\'s President of Global Affairs, who wrote that the public should be able to hear what politicians are saying.'],
        ['statement-clegg-new-guardrails-2023-01-25', '¶3', 'Clegg wrote that Meta was putting "new guardrails" in place to deter repeat offenses: if Trump posted further content that broke Meta\'s rules, the content would be removed and he could be suspended again for between one month and two years, depending on the severity of the violation.']] AS ev
MATCH (c:Claim {id: ev[0]}), (note:Source {id: 'note-meta-reinstatement-2023-01-25'}), (post:Source {id: 'meta-newsroom-ending-trump-suspension-2023-01-25'})
MERGE (c)-[e:SUPPORTED_BY {locator: ev[1]}]->(note)
SET e.quote = ev[2], e.quoteLanguage = 'en', e.attribution = 'REPORTED', e.confidence = 0.9
MERGE (c)-[f:SUPPORTED_BY]->(post)
SET f.quote = ev[2], f.quoteLanguage = 'en', f.attribution = 'ACCORDING_TO', f.locator = null,
    f.quoteVia = 'note-meta-reinstatement-2023-01-25', f.confidence = 0.85;
