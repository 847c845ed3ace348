// 003-claims-08-payments.cypher: money the article says changed hands (¶11). Conventions: see the header of
// 003-claims-01-decision-working-group.cypher; the Payment claim type is declared in src/model/claims.ts.
//
// This script writes the claim, its two ends and its evidence only: the PAID shortcut edge from the payer to the
// payee is derived from the model by the import, as every shortcut edge is.
//
// "Les campagnes précédentes de Trump [...] ont dépensé des millions pour diffuser des publicités sur Facebook": the
// payer is Trump's election campaigns; Facebook ads are bought from Facebook's operator, Meta (Facebook, Inc. at the
// time). "des millions" is at least one million: amount 1000000, bound AT_LEAST. The story names no currency: U.S.
// campaigns pay in dollars (USD). "précédentes" places the spending before the story (early January 2023) without
// a date: no date or validFrom, and validToBefore 2023-01-01. The same fact stays recorded as an Observation
// (observation-trump-campaign-facebook-ad-spend, 003-claims-05) for the clients that read it that way.
MERGE (c:Claim:Payment {id: 'payment-trump-campaign-facebook-ads'})
ON CREATE SET c.createdAt = datetime()
SET c.amount = 1000000.0,
    c.bound = 'AT_LEAST',
    c.currency = 'USD',
    c.purpose = 'Facebook ads for Donald Trump’s previous election campaigns',
    c.date = null, c.datePrecision = null,
    c.validFrom = null, c.validFromPrecision = null,
    c.validTo = null, c.validToPrecision = null,
    c.validToBefore = date('2023-01-01'),
    c.confidence = 0.9
WITH c
MATCH (payer:Organization {id: 'trump-campaign'}), (payee:Organization {id: 'meta'})
MERGE (payer)-[:PAID_IN]->(c)
MERGE (c)-[:PAID_TO]->(payee);

MATCH (c:Claim:Payment {id: 'payment-trump-campaign-facebook-ads'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶11'}]->(s)
SET e.quote = 'Les campagnes précédentes de Trump ont loué l’efficacité des outils de publicité ciblée de Facebook et ont dépensé des millions pour diffuser des publicités sur Facebook.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;
