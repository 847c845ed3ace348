// 003-claims-05-followers-ads.cypher: Donald Trump's audience on Facebook and Instagram, and his campaigns' use of
// Facebook advertising (¶11). Conventions: see the header of 003-claims-01-decision-working-group.cypher.
//
// Observations are as of the story: observedAt = validFrom = 2023-01-01, MONTH precision.
// "34 millions" and "23 millions" are rounded figures: value as stated, approximate true, bound EXACT (the figure
// is the estimate itself, not a floor). "des millions" is at least one million: value 1000000, approximate true,
// bound AT_LEAST (extension). The story names no currency for the ad spend: U.S. campaigns spend dollars, hence
// the AD_SPEND_USD metric.

MERGE (c:Claim:Observation {id: 'observation-trump-facebook-followers'})
ON CREATE SET c.createdAt = datetime()
SET c.metric = 'FOLLOWERS',
    c.value = 34000000.0,
    c.approximate = true,
    c.bound = 'EXACT',
    c.observedAt = date('2023-01-01'), c.observedAtPrecision = 'MONTH',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (account:Account {id: 'trump-facebook-account'})
MERGE (c)-[:OBSERVED_ON]->(account);

MERGE (c:Claim:Observation {id: 'observation-trump-instagram-followers'})
ON CREATE SET c.createdAt = datetime()
SET c.metric = 'FOLLOWERS',
    c.value = 23000000.0,
    c.approximate = true,
    c.bound = 'EXACT',
    c.observedAt = date('2023-01-01'), c.observedAtPrecision = 'MONTH',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (account:Account {id: 'trump-instagram-account'})
MERGE (c)-[:OBSERVED_ON]->(account);

UNWIND ['observation-trump-facebook-followers', 'observation-trump-instagram-followers'] AS claimId
MATCH (c:Claim {id: claimId}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶11'}]->(s)
SET e.quote = 'Trump compte 34 millions de followers sur Facebook et 23 millions de followers sur Instagram.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.95;

// ---------------------------------------------------------------- The campaigns and Facebook ads

// "Les campagnes précédentes de Trump ont loué l'efficacité des outils de publicité ciblée de Facebook": a
// statement by the campaign organization, reported. When and how is not in the story ("précédentes": before the
// story, nothing more): saidAt, validFrom and medium are null.
MERGE (c:Claim:Statement {id: 'statement-trump-campaign-praised-facebook-ads'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'Les campagnes précédentes de Trump ont loué l’efficacité des outils de publicité ciblée de Facebook',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = false,
    c.medium = null,
    c.saidAt = null, c.saidAtPrecision = null,
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (speaker:Organization {id: 'trump-campaign'}), (facebook:Platform {id: 'facebook'})
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(facebook)
MERGE (speaker)-[x:STATED_ABOUT {claimId: c.id}]->(facebook)
SET x.validFrom = c.validFrom, x.validTo = c.validTo;

// Money spent on Facebook ads by the campaigns, cumulative as of the story. OBSERVED_ON the spender — "sur
// Facebook" stands in the quote (an Observation has one subject).
MERGE (c:Claim:Observation {id: 'observation-trump-campaign-facebook-ad-spend'})
ON CREATE SET c.createdAt = datetime()
SET c.metric = 'AD_SPEND_USD',
    c.value = 1000000.0,
    c.approximate = true,
    c.bound = 'AT_LEAST',
    c.observedAt = date('2023-01-01'), c.observedAtPrecision = 'MONTH',
    c.validFrom = date('2023-01-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (campaign:Organization {id: 'trump-campaign'})
MERGE (c)-[:OBSERVED_ON]->(campaign);

UNWIND ['statement-trump-campaign-praised-facebook-ads', 'observation-trump-campaign-facebook-ad-spend'] AS claimId
MATCH (c:Claim {id: claimId}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶11'}]->(s)
SET e.quote = 'Les campagnes précédentes de Trump ont loué l’efficacité des outils de publicité ciblée de Facebook et ont dépensé des millions pour diffuser des publicités sur Facebook.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;
