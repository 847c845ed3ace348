// 002-entities.cypher: the actors and things of the CNN story, and the structural edges between them
// (identity and structure, not claims: PART_OF, OPERATES, HAS_ACCOUNT, ON_PLATFORM, CAMPAIGN_FOR).
// Re-runnable: MERGE on id, then SET — createdAt / updatedAt are set on create only, so a second run changes
// nothing. `aliasesText` (aliases joined with ' | ', for the full-text index) is derived at the end of the file.
//
// Names and descriptions are in English (the working language of the API) — aliases add the French forms the
// story uses, so that a search with the article's words finds the entity. wikidataId is left null: the article
// gives none and we add none we could not check.

// ---------------------------------------------------------------- People

MERGE (n:Person:Entity {id: 'donald-trump'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Donald Trump',
    n.aliases = ['Donald J. Trump'],
    n.description = 'Former president of the United States, suspended from Facebook and Instagram after the attack on the U.S. Capitol of 6 January 2021.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'nick-clegg'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Nick Clegg',
    n.aliases = ['Nicholas Clegg'],
    n.description = 'Meta’s head of global affairs, who oversees the decision on Donald Trump’s return — former UK deputy prime minister.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'andy-stone'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Andy Stone',
    n.aliases = [],
    n.description = 'Meta spokesperson.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'mark-zuckerberg'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Mark Zuckerberg',
    n.aliases = ['Mark Elliot Zuckerberg'],
    n.description = 'Founder of Meta — CNN reports he is more focused on developing the metaverse.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'elon-musk'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Elon Musk',
    n.aliases = ['Elon Reeve Musk'],
    n.description = 'New owner of Twitter, who reinstated Donald Trump’s Twitter account in November 2022.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'adam-schiff'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Adam Schiff',
    n.aliases = ['Adam B. Schiff'],
    n.description = 'Democratic member of the U.S. House of Representatives — co-author of a December 2022 letter urging Meta to keep Donald Trump’s ban.',
    n.wikidataId = null;

MERGE (n:Person:Entity {id: 'sheldon-whitehouse'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Sheldon Whitehouse',
    n.aliases = [],
    n.description = 'Democratic U.S. senator — co-author of a December 2022 letter urging Meta to keep Donald Trump’s ban.',
    n.wikidataId = null;

// ---------------------------------------------------------------- Organizations

// Meta was called Facebook, Inc. until October 2021: one entity, the old names among its aliases.
// 'META' is how the French text writes it in ¶6 ("responsable des affaires internationales de META").
MERGE (n:Organization:Entity {id: 'meta'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Meta',
    n.kind = 'COMPANY',
    n.aliases = ['Meta Platforms', 'Meta Platforms, Inc.', 'Facebook, Inc.', 'Facebook', 'META'],
    n.description = 'Parent company of Facebook (“la société mère de Facebook”) — operates Facebook and Instagram. Called Facebook, Inc. until October 2021.',
    n.wikidataId = null;

// The company — the platform of the same name is the Platform 'twitter' below.
MERGE (n:Organization:Entity {id: 'twitter-inc'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Twitter',
    n.kind = 'COMPANY',
    n.aliases = ['Twitter, Inc.'],
    n.description = 'The company that operates Twitter — Elon Musk is its new owner (“le nouveau propriétaire de la société”).',
    n.wikidataId = null;

// The story calls Truth Social Trump's own platform ("sa plateforme de médias sociaux", ¶13) without naming its
// operator. Trump Media & Technology Group is added (general knowledge, not from the article) so that the
// platform has an operator like the others.
MERGE (n:Organization:Entity {id: 'trump-media-technology-group'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Trump Media & Technology Group',
    n.kind = 'COMPANY',
    n.aliases = ['TMTG'],
    n.description = 'The company that operates Truth Social, Donald Trump’s social media platform (the operator is not named in the CNN story).',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'cnn'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'CNN',
    n.kind = 'MEDIA_OUTLET',
    n.aliases = ['Cable News Network'],
    n.description = 'U.S. news network — publisher of the story this dataset encodes.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'financial-times'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Financial Times',
    n.kind = 'MEDIA_OUTLET',
    n.aliases = ['FT'],
    n.description = 'British newspaper (“le journal britannique”) that first reported the details of Meta’s working group.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'us-senate'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'U.S. Senate',
    n.kind = 'LEGISLATURE',
    n.aliases = ['United States Senate', 'Sénat des États-Unis'],
    n.description = 'The upper chamber of the U.S. Congress.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'us-house-of-representatives'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'U.S. House of Representatives',
    n.kind = 'LEGISLATURE',
    n.aliases = ['United States House of Representatives', 'Chambre des représentants des États-Unis'],
    n.description = 'The lower chamber of the U.S. Congress.',
    n.wikidataId = null;

// Holds Trump's former office ("l'ancien président américain"): a Role needs an organization.
MERGE (n:Organization:Entity {id: 'us-government'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Government of the United States',
    n.kind = 'PUBLIC_BODY',
    n.aliases = ['U.S. government', 'United States federal government'],
    n.description = 'The U.S. federal government, whose head is the president of the United States.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'democratic-party'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Democratic Party',
    n.kind = 'PARTY',
    n.aliases = ['U.S. Democratic Party', 'Parti démocrate'],
    n.description = 'U.S. political party of Adam Schiff and Sheldon Whitehouse (“deux législateurs démocrates”).',
    n.wikidataId = null;

// Where Clegg lost his seat in 2017 (¶6: "perdu son siège au Parlement britannique").
MERGE (n:Organization:Entity {id: 'uk-parliament'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'UK Parliament',
    n.kind = 'LEGISLATURE',
    n.aliases = ['Parliament of the United Kingdom', 'Parlement britannique'],
    n.description = 'The Parliament of the United Kingdom.',
    n.wikidataId = null;

// Holds Clegg's former office ("ancien vice-Premier ministre britannique").
MERGE (n:Organization:Entity {id: 'uk-government'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'UK Government',
    n.kind = 'PUBLIC_BODY',
    n.aliases = ['Government of the United Kingdom', 'Gouvernement britannique'],
    n.description = 'The government of the United Kingdom.',
    n.wikidataId = null;

// Meta's teams represented in the working group (¶3), and the working group itself (¶2, ¶3).
MERGE (n:Organization:Entity {id: 'meta-public-policy-team'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Meta public policy team',
    n.kind = 'TEAM',
    n.aliases = ['équipe de politique publique de Meta'],
    n.description = 'Meta’s public policy team, represented in the working group on Donald Trump’s return.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'meta-communications-team'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Meta communications team',
    n.kind = 'TEAM',
    n.aliases = ['équipe de communication de Meta'],
    n.description = 'Meta’s communications team, represented in the working group on Donald Trump’s return.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'meta-content-policy-team'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Meta content policy team',
    n.kind = 'TEAM',
    n.aliases = ['équipe de politique de contenu de Meta'],
    n.description = 'Meta’s content policy team, represented in the working group on Donald Trump’s return.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'meta-safety-integrity-team'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Meta safety and integrity team',
    n.kind = 'TEAM',
    n.aliases = ['Meta safety & integrity team', 'équipe de sécurité et d’intégrité de Meta'],
    n.description = 'Meta’s safety and integrity team, represented in the working group on Donald Trump’s return.',
    n.wikidataId = null;

MERGE (n:Organization:Entity {id: 'meta-trump-working-group'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Meta working group on Donald Trump’s reinstatement',
    n.kind = 'WORKING_GROUP',
    n.aliases = ['groupe de travail interne de Meta'],
    n.description = 'Internal Meta working group of executives from several departments examining whether to let Donald Trump back on Facebook and Instagram — first reported by the Financial Times.',
    n.wikidataId = null;

// Trump's election campaigns: "Les campagnes précédentes de Trump" (¶11) and the 2024 one it mentions.
// One organization for all of them: the story does not tell them apart.
MERGE (n:Organization:Entity {id: 'trump-campaign'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Donald Trump’s election campaigns',
    n.kind = 'CAMPAIGN',
    n.aliases = ['Trump campaign', 'campagne électorale de Trump'],
    n.description = 'Donald Trump’s presidential campaigns, which praised Facebook’s targeted advertising tools and spent millions on Facebook ads.',
    n.wikidataId = null;

// ---------------------------------------------------------------- Platforms

MERGE (n:Platform:Entity {id: 'facebook'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Facebook',
    n.aliases = [],
    n.description = 'Social network operated by Meta.',
    n.wikidataId = null;

MERGE (n:Platform:Entity {id: 'instagram'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Instagram',
    n.aliases = [],
    n.description = 'Photo and video social network operated by Meta.',
    n.wikidataId = null;

MERGE (n:Platform:Entity {id: 'twitter'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Twitter',
    n.aliases = [],
    n.description = 'Social network operated by Twitter, Inc.',
    n.wikidataId = null;

MERGE (n:Platform:Entity {id: 'truth-social'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Truth Social',
    n.aliases = [],
    n.description = 'Donald Trump’s social media platform (“sa plateforme de médias sociaux”), where he kept posting.',
    n.wikidataId = null;

// ---------------------------------------------------------------- Trump's accounts
// The story names no handle. The handles below are the accounts' public, well-known handles (general
// knowledge, not from the article).

MERGE (n:Account {id: 'trump-facebook-account'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.handle = 'DonaldTrump';

MERGE (n:Account {id: 'trump-instagram-account'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.handle = 'realdonaldtrump';

MERGE (n:Account {id: 'trump-twitter-account'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.handle = 'realDonaldTrump';

MERGE (n:Account {id: 'trump-truth-social-account'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.handle = 'realDonaldTrump';

// ---------------------------------------------------------------- Events

MERGE (n:Event {id: 'capitol-attack-2021-01-06'})
ON CREATE SET n.createdAt = datetime(), n.updatedAt = datetime()
SET n.name = 'Attack on the U.S. Capitol',
    n.date = date('2021-01-06'),
    n.datePrecision = 'DAY',
    n.description = 'The attack on the United States Capitol of 6 January 2021 (“l’attaque contre le Capitole américain le 6 janvier 2021”), after which Meta suspended Donald Trump.';

// ---------------------------------------------------------------- Structure: teams and the working group

MATCH (team:Organization {id: 'meta-public-policy-team'}), (meta:Organization {id: 'meta'})
MERGE (team)-[:PART_OF]->(meta);

MATCH (team:Organization {id: 'meta-communications-team'}), (meta:Organization {id: 'meta'})
MERGE (team)-[:PART_OF]->(meta);

MATCH (team:Organization {id: 'meta-content-policy-team'}), (meta:Organization {id: 'meta'})
MERGE (team)-[:PART_OF]->(meta);

MATCH (team:Organization {id: 'meta-safety-integrity-team'}), (meta:Organization {id: 'meta'})
MERGE (team)-[:PART_OF]->(meta);

MATCH (wg:Organization {id: 'meta-trump-working-group'}), (meta:Organization {id: 'meta'})
MERGE (wg)-[:PART_OF]->(meta);

// ---------------------------------------------------------------- Structure: who operates which platform

MATCH (o:Organization {id: 'meta'}), (p:Platform {id: 'facebook'})
MERGE (o)-[:OPERATES]->(p);

MATCH (o:Organization {id: 'meta'}), (p:Platform {id: 'instagram'})
MERGE (o)-[:OPERATES]->(p);

MATCH (o:Organization {id: 'twitter-inc'}), (p:Platform {id: 'twitter'})
MERGE (o)-[:OPERATES]->(p);

MATCH (o:Organization {id: 'trump-media-technology-group'}), (p:Platform {id: 'truth-social'})
MERGE (o)-[:OPERATES]->(p);

// ---------------------------------------------------------------- Structure: Trump's accounts

MATCH (trump:Person {id: 'donald-trump'}), (a:Account {id: 'trump-facebook-account'}), (p:Platform {id: 'facebook'})
MERGE (trump)-[:HAS_ACCOUNT]->(a)
MERGE (a)-[:ON_PLATFORM]->(p);

MATCH (trump:Person {id: 'donald-trump'}), (a:Account {id: 'trump-instagram-account'}), (p:Platform {id: 'instagram'})
MERGE (trump)-[:HAS_ACCOUNT]->(a)
MERGE (a)-[:ON_PLATFORM]->(p);

MATCH (trump:Person {id: 'donald-trump'}), (a:Account {id: 'trump-twitter-account'}), (p:Platform {id: 'twitter'})
MERGE (trump)-[:HAS_ACCOUNT]->(a)
MERGE (a)-[:ON_PLATFORM]->(p);

MATCH (trump:Person {id: 'donald-trump'}), (a:Account {id: 'trump-truth-social-account'}), (p:Platform {id: 'truth-social'})
MERGE (trump)-[:HAS_ACCOUNT]->(a)
MERGE (a)-[:ON_PLATFORM]->(p);

// ---------------------------------------------------------------- Structure: whose campaign (extension)
// (Organization {kind: 'CAMPAIGN'})-[:CAMPAIGN_FOR]->(Person): the candidate a campaign is for. Identity, not a
// claim ("la campagne électorale de Trump", ¶11) — see docs/graph-model.md.

MATCH (c:Organization {id: 'trump-campaign'}), (trump:Person {id: 'donald-trump'})
MERGE (c)-[:CAMPAIGN_FOR]->(trump);

// ---------------------------------------------------------------- Derived: aliasesText (extension)
// Full-text indexes cannot index LIST<STRING>, so each entity also stores its aliases joined with ' | '.
// Recomputed from `aliases` on every run: same aliases, same text.
MATCH (n:Entity)
WHERE n.aliases IS NOT NULL
SET n.aliasesText = reduce(text = '', alias IN n.aliases |
  CASE WHEN text = '' THEN alias ELSE text + ' | ' + alias END);
