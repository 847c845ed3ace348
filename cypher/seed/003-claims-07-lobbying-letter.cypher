// 003-claims-07-lobbying-letter.cypher: Representative Adam Schiff and Senator Sheldon Whitehouse urge Meta, by
// letter, to keep Donald Trump's ban (¶14, ¶15). Conventions: see the header of
// 003-claims-01-decision-working-group.cypher.
//
// Date: "Le mois dernier" in a story of early January 2023 is December 2022: date, saidAt and validFrom
// 2022-12-01, MONTH precision.
// Stance: the decision's question is "Should Meta let Donald Trump back on Facebook and Instagram?" — they want the
// ban kept, so OPPOSE.
// The translation: ¶14 says they urged Meta "à conserver le commentaire de Trump", a mistranslation of keeping
// Trump's ban ("maintienne l'interdiction", ¶15). The quote keeps the translation's words as they stand.
// The letter itself (a Source) is relayed by CNN, not read by us: its edges are ACCORDING_TO with quoteVia.

// ---------------------------------------------------------------- The letter's words (Statements)

// The quoted passage (¶15): a direct quote. The translation opens « and never closes it: the text runs to the end
// of the paragraph.
MERGE (c:Claim:Statement {id: 'statement-schiff-whitehouse-letter-keep-ban'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'Pour que Meta maintienne la crédibilité d’une politique d’intégrité électorale légitime, il est essentiel que l’entreprise maintienne l’interdiction de l’ex-président de ses plates-formes, et sur la base de la propre déclaration de Meta sur les critères pour permettre à Trump de revenir sur la plateforme, il doit continuer à bannir son compte.',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = true,
    c.medium = 'LETTER',
    c.saidAt = date('2022-12-01'), c.saidAtPrecision = 'MONTH',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (schiff:Person {id: 'adam-schiff'}),
      (whitehouse:Person {id: 'sheldon-whitehouse'}),
      (decision:Decision {id: 'decision-meta-trump-reinstatement'}),
      (trump:Person {id: 'donald-trump'})
MERGE (schiff)-[:MADE]->(c)
MERGE (whitehouse)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(decision)
MERGE (c)-[:ABOUT]->(trump)
MERGE (schiff)-[x1:STATED_ABOUT {claimId: c.id}]->(decision)
SET x1.validFrom = c.validFrom, x1.validTo = c.validTo
MERGE (whitehouse)-[x2:STATED_ABOUT {claimId: c.id}]->(decision)
SET x2.validFrom = c.validFrom, x2.validTo = c.validTo
MERGE (schiff)-[x3:STATED_ABOUT {claimId: c.id}]->(trump)
SET x3.validFrom = c.validFrom, x3.validTo = c.validTo
MERGE (whitehouse)-[x4:STATED_ABOUT {claimId: c.id}]->(trump)
SET x4.validFrom = c.validFrom, x4.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-schiff-whitehouse-letter-keep-ban'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶15'}]->(s)
SET e.quote = 'Le représentant Adam Schiff et le sénateur Sheldon Whitehouse ont écrit dans une lettre: «Pour que Meta maintienne la crédibilité d’une politique d’intégrité électorale légitime, il est essentiel que l’entreprise maintienne l’interdiction de l’ex-président de ses plates-formes, et sur la base de la propre déclaration de Meta sur les critères pour permettre à Trump de revenir sur la plateforme, il doit continuer à bannir son compte.',
    e.quoteLanguage = 'fr', e.attribution = 'DIRECT', e.confidence = 0.95;

MATCH (c:Claim {id: 'statement-schiff-whitehouse-letter-keep-ban'}), (s:Source {id: 'letter-schiff-whitehouse-meta-2022-12'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = 'Pour que Meta maintienne la crédibilité d’une politique d’intégrité électorale légitime, il est essentiel que l’entreprise maintienne l’interdiction de l’ex-président de ses plates-formes, et sur la base de la propre déclaration de Meta sur les critères pour permettre à Trump de revenir sur la plateforme, il doit continuer à bannir son compte.',
    e.quoteLanguage = 'fr', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'cnn-meta-trump-reinstatement-fr', e.confidence = 0.9;

// Their argument (¶14): Trump's recent posts on Truth Social show he would likely break Meta's policies if he came
// back. Reported speech — taken to be in the same letter, hence the lower confidence of the letter edge.
MERGE (c:Claim:Statement {id: 'statement-schiff-whitehouse-letter-truth-social-posts'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'les récents messages de l’ancien président sur Truth Social indiquaient qu’il violerait probablement les politiques du géant des médias sociaux s’il avait la possibilité de revenir',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = false,
    c.medium = 'LETTER',
    c.saidAt = date('2022-12-01'), c.saidAtPrecision = 'MONTH',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (schiff:Person {id: 'adam-schiff'}),
      (whitehouse:Person {id: 'sheldon-whitehouse'}),
      (decision:Decision {id: 'decision-meta-trump-reinstatement'}),
      (truthSocial:Platform {id: 'truth-social'})
MERGE (schiff)-[:MADE]->(c)
MERGE (whitehouse)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(decision)
MERGE (c)-[:ABOUT]->(truthSocial)
MERGE (schiff)-[x1:STATED_ABOUT {claimId: c.id}]->(decision)
SET x1.validFrom = c.validFrom, x1.validTo = c.validTo
MERGE (whitehouse)-[x2:STATED_ABOUT {claimId: c.id}]->(decision)
SET x2.validFrom = c.validFrom, x2.validTo = c.validTo
MERGE (schiff)-[x3:STATED_ABOUT {claimId: c.id}]->(truthSocial)
SET x3.validFrom = c.validFrom, x3.validTo = c.validTo
MERGE (whitehouse)-[x4:STATED_ABOUT {claimId: c.id}]->(truthSocial)
SET x4.validFrom = c.validFrom, x4.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-schiff-whitehouse-letter-truth-social-posts'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶14'}]->(s)
SET e.quote = 'Le mois dernier, deux législateurs démocrates ont exhorté Meta à conserver le commentaire de Trump sur ses plateformes, arguant que les récents messages de l’ancien président sur Truth Social indiquaient qu’il violerait probablement les politiques du géant des médias sociaux s’il avait la possibilité de revenir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

MATCH (c:Claim {id: 'statement-schiff-whitehouse-letter-truth-social-posts'}), (s:Source {id: 'letter-schiff-whitehouse-meta-2022-12'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = 'Le mois dernier, deux législateurs démocrates ont exhorté Meta à conserver le commentaire de Trump sur ses plateformes, arguant que les récents messages de l’ancien président sur Truth Social indiquaient qu’il violerait probablement les politiques du géant des médias sociaux s’il avait la possibilité de revenir.',
    e.quoteLanguage = 'fr', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'cnn-meta-trump-reinstatement-fr', e.confidence = 0.8;

// ---------------------------------------------------------------- The lobbying effort
MERGE (c:Claim:LobbyingEffort {id: 'lobbying-schiff-whitehouse-letter-meta'})
ON CREATE SET c.createdAt = datetime()
SET c.method = 'LETTER',
    c.stance = 'OPPOSE',
    c.desiredOutcome = 'Meta keeps Donald Trump’s ban on its platforms.',
    c.date = date('2022-12-01'), c.datePrecision = 'MONTH',
    c.validFrom = date('2022-12-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.95
WITH c
MATCH (schiff:Person {id: 'adam-schiff'}),
      (whitehouse:Person {id: 'sheldon-whitehouse'}),
      (meta:Organization {id: 'meta'}),
      (decision:Decision {id: 'decision-meta-trump-reinstatement'}),
      (keepBan:Statement {id: 'statement-schiff-whitehouse-letter-keep-ban'}),
      (truthSocialPosts:Statement {id: 'statement-schiff-whitehouse-letter-truth-social-posts'})
MERGE (schiff)-[:LOBBIED_IN]->(c)
MERGE (whitehouse)-[:LOBBIED_IN]->(c)
MERGE (c)-[:TARGETED]->(meta)
MERGE (c)-[reg:REGARDING]->(decision)
SET reg.stance = c.stance
MERGE (c)-[:INCLUDES]->(keepBan)
MERGE (c)-[:INCLUDES]->(truthSocialPosts)
MERGE (schiff)-[l1:LOBBIED {claimId: c.id}]->(meta)
SET l1.stance = c.stance, l1.method = c.method, l1.decisionId = decision.id,
    l1.validFrom = c.validFrom, l1.validTo = c.validTo
MERGE (whitehouse)-[l2:LOBBIED {claimId: c.id}]->(meta)
SET l2.stance = c.stance, l2.method = c.method, l2.decisionId = decision.id,
    l2.validFrom = c.validFrom, l2.validTo = c.validTo;

MATCH (c:Claim {id: 'lobbying-schiff-whitehouse-letter-meta'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶14'}]->(s)
SET e.quote = 'Le mois dernier, deux législateurs démocrates ont exhorté Meta à conserver le commentaire de Trump sur ses plateformes, arguant que les récents messages de l’ancien président sur Truth Social indiquaient qu’il violerait probablement les politiques du géant des médias sociaux s’il avait la possibilité de revenir.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

MATCH (c:Claim {id: 'lobbying-schiff-whitehouse-letter-meta'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶15'}]->(s)
SET e.quote = 'Le représentant Adam Schiff et le sénateur Sheldon Whitehouse ont écrit dans une lettre: «Pour que Meta maintienne la crédibilité d’une politique d’intégrité électorale légitime, il est essentiel que l’entreprise maintienne l’interdiction de l’ex-président de ses plates-formes, et sur la base de la propre déclaration de Meta sur les critères pour permettre à Trump de revenir sur la plateforme, il doit continuer à bannir son compte.',
    e.quoteLanguage = 'fr', e.attribution = 'DIRECT', e.confidence = 0.95;

MATCH (c:Claim {id: 'lobbying-schiff-whitehouse-letter-meta'}), (s:Source {id: 'letter-schiff-whitehouse-meta-2022-12'})
MERGE (c)-[e:SUPPORTED_BY]->(s)
SET e.quote = 'Pour que Meta maintienne la crédibilité d’une politique d’intégrité électorale légitime, il est essentiel que l’entreprise maintienne l’interdiction de l’ex-président de ses plates-formes, et sur la base de la propre déclaration de Meta sur les critères pour permettre à Trump de revenir sur la plateforme, il doit continuer à bannir son compte.',
    e.quoteLanguage = 'fr', e.attribution = 'ACCORDING_TO', e.locator = null,
    e.quoteVia = 'cnn-meta-trump-reinstatement-fr', e.confidence = 0.9;
