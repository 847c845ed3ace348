// 003-claims-04-clegg-blog-post.cypher: what Nick Clegg wrote in his blog post of June 2021 on the conditions of
// Donald Trump's return. Conventions: see the header of 003-claims-01-decision-working-group.cypher.
//
// Both statements come from the blog post "publié en juin 2021" (¶8): saidAt 2021-06-01, MONTH precision — medium
// BLOG_POST — written in English (originalLanguage 'en'), stored in the French of the CNN translation (language
// 'fr'). The English wording is not in our sources and is not reconstructed. Each cites the CNN story and, with
// ACCORDING_TO, the blog post that CNN relays.

// The risk to public safety: CNN quotes Clegg's words (¶9), so isDirectQuote true and the ¶9 edge is DIRECT.
MERGE (c:Claim:Statement {id: 'statement-clegg-blog-public-safety-risk'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'Si nous déterminons qu’il reste un risque sérieux pour la sécurité publique, nous prolongerons l’interdiction pour une période déterminée et nous continuerons à réévaluer jusqu’à ce que ce risque soit passé',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = true,
    c.medium = 'BLOG_POST',
    c.saidAt = date('2021-06-01'), c.saidAtPrecision = 'MONTH',
    c.validFrom = date('2021-06-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (speaker:Person {id: 'nick-clegg'}),
      (decision:Decision {id: 'decision-meta-trump-reinstatement'}),
      (r1:Restriction {id: 'restriction-meta-trump-facebook-suspension'}),
      (r2:Restriction {id: 'restriction-meta-trump-instagram-suspension'})
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(decision)
MERGE (c)-[:ABOUT]->(r1)
MERGE (c)-[:ABOUT]->(r2)
MERGE (speaker)-[x0:STATED_ABOUT {claimId: c.id}]->(decision)
SET x0.validFrom = c.validFrom, x0.validTo = c.validTo
MERGE (speaker)-[x1:STATED_ABOUT {claimId: c.id}]->(r1)
SET x1.validFrom = c.validFrom, x1.validTo = c.validTo
MERGE (speaker)-[x2:STATED_ABOUT {claimId: c.id}]->(r2)
SET x2.validFrom = c.validFrom, x2.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-clegg-blog-public-safety-risk'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶9'}]->(s)
SET e.quote = '“Si nous déterminons qu’il reste un risque sérieux pour la sécurité publique, nous prolongerons l’interdiction pour une période déterminée et nous continuerons à réévaluer jusqu’à ce que ce risque soit passé”, a écrit Clegg.',
    e.quoteLanguage = 'fr', e.attribution = 'DIRECT', e.confidence = 0.95;

// Dates the words: the blog post of June 2021.
MATCH (c:Claim {id: 'statement-clegg-blog-public-safety-risk'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶8'}]->(s)
SET e.quote = 'Dans un article de blog publié en juin 2021, Clegg a expliqué comment la société envisagerait de permettre à Trump de revenir sur ses plateformes.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

MATCH (c:Claim {id: 'statement-clegg-blog-public-safety-risk'}), (s:Source {id: 'meta-clegg-blog-trump-suspension-2021-06'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = '“Si nous déterminons qu’il reste un risque sérieux pour la sécurité publique, nous prolongerons l’interdiction pour une période déterminée et nous continuerons à réévaluer jusqu’à ce que ce risque soit passé”, a écrit Clegg.',
    e.quoteLanguage = 'fr', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'cnn-meta-trump-reinstatement-fr', e.confidence = 0.9;

// Reinstated accounts can be revoked again, up to the permanent removal of his pages and accounts (¶10).
// Reported speech ("Clegg a souligné que"): isDirectQuote false. ¶10 follows the blog-post paragraphs and is taken
// to paraphrase the same post, hence the lower confidence of the blog-post edge.
MERGE (c:Claim:Statement {id: 'statement-clegg-blog-reinstated-accounts-revocable'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'si les comptes de Trump sont rétablis, ils peuvent être révoqués à nouveau si les règles de la plateforme sont enfreintes. Cela inclut la suppression permanente de ses pages et de ses comptes.',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = false,
    c.medium = 'BLOG_POST',
    c.saidAt = date('2021-06-01'), c.saidAtPrecision = 'MONTH',
    c.validFrom = date('2021-06-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (speaker:Person {id: 'nick-clegg'}),
      (decision:Decision {id: 'decision-meta-trump-reinstatement'}),
      (fb:Account {id: 'trump-facebook-account'}),
      (ig:Account {id: 'trump-instagram-account'})
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(decision)
MERGE (c)-[:ABOUT]->(fb)
MERGE (c)-[:ABOUT]->(ig)
MERGE (speaker)-[x0:STATED_ABOUT {claimId: c.id}]->(decision)
SET x0.validFrom = c.validFrom, x0.validTo = c.validTo
MERGE (speaker)-[x1:STATED_ABOUT {claimId: c.id}]->(fb)
SET x1.validFrom = c.validFrom, x1.validTo = c.validTo
MERGE (speaker)-[x2:STATED_ABOUT {claimId: c.id}]->(ig)
SET x2.validFrom = c.validFrom, x2.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-clegg-blog-reinstated-accounts-revocable'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶10'}]->(s)
SET e.quote = 'Clegg a souligné que si les comptes de Trump sont rétablis, ils peuvent être révoqués à nouveau si les règles de la plateforme sont enfreintes. Cela inclut la suppression permanente de ses pages et de ses comptes.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

MATCH (c:Claim {id: 'statement-clegg-blog-reinstated-accounts-revocable'}), (s:Source {id: 'meta-clegg-blog-trump-suspension-2021-06'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = 'Clegg a souligné que si les comptes de Trump sont rétablis, ils peuvent être révoqués à nouveau si les règles de la plateforme sont enfreintes. Cela inclut la suppression permanente de ses pages et de ses comptes.',
    e.quoteLanguage = 'fr', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'cnn-meta-trump-reinstatement-fr', e.confidence = 0.8;
