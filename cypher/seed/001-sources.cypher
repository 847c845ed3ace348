// 001-sources.cypher: the documents that support the article dataset, and how they relate.
// Re-runnable: MERGE on id, then SET (createdAt / updatedAt only on create, so a second run changes nothing).
// The publishers are created here too (MERGE on id) — 002-entities.cypher completes their properties.
//
// Dates the sources do not give exactly are stored at the precision the text supports:
// - The CNN story carries no date. It speaks of "samedi prochain" (¶5) as the end of the two-year suspension,
//   "le samedi 7 janvier 2023" (¶4), so it was written in the days before Saturday 7 January 2023, and the letter
//   of "le mois dernier" (¶14) is from December 2022: publishedAt 2023-01-01, precision MONTH.
// - No URL is known for any of these documents: url stays null rather than guessed.
// - retrievedAt is unknown (the French text reached us as a file): left null.
// - Titles: the file has no headline, so the titles below are descriptive, written by us, not the publishers'.

// The CNN story as we read it: the French translation (shared/sources/cnn-meta-trump-reinstatement-fr.txt).
MERGE (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Meta étudie l’opportunité d’autoriser Donald Trump à revenir sur Facebook et Instagram (CNN, traduction française)',
    s.url = null,
    s.language = 'fr',
    s.publishedAt = date('2023-01-01'),
    s.publishedAtPrecision = 'MONTH',
    s.retrievedAt = null,
    // The dateline, as the text gives it (¶1): searchable, so that "emirats" or "dubai" finds the story.
    s.dateline = 'Dubaï, Émirats arabes unis (CNN)',
    s.description = 'Dépêche CNN datée de Dubaï, Émirats arabes unis : Meta étudie le retour de Donald Trump sur Facebook et Instagram.';

// The original English CNN story, which we have not read: the French text says "(CNN)" in its dateline.
MERGE (s:Source {id: 'cnn-meta-trump-reinstatement-en'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Meta weighs whether to let Donald Trump back on Facebook and Instagram (CNN)',
    s.url = null,
    s.language = 'en',
    s.publishedAt = date('2023-01-01'),
    s.publishedAtPrecision = 'MONTH',
    s.retrievedAt = null;

// The Financial Times report that first gave the details of Meta's working group (¶3). Not read by us.
// Its date is not in the article: it came before the CNN story, nothing more is known, so publishedAt is null.
// Language 'en': the FT publishes in English.
MERGE (s:Source {id: 'ft-meta-trump-working-group'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Financial Times report on the Meta working group weighing Donald Trump’s return',
    s.url = null,
    s.language = 'en',
    s.publishedAt = null,
    s.publishedAtPrecision = null,
    s.retrievedAt = null;

// Nick Clegg's blog post of June 2021 (¶8: "Dans un article de blog publié en juin 2021"): month precision.
// Published by Meta (then still called Facebook, Inc. — one entity, see 002-entities.cypher). Not read by us.
MERGE (s:Source {id: 'meta-clegg-blog-trump-suspension-2021-06'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Nick Clegg’s blog post on Donald Trump’s suspension and the conditions of his return',
    s.url = null,
    s.language = 'en',
    s.publishedAt = date('2021-06-01'),
    s.publishedAtPrecision = 'MONTH',
    s.retrievedAt = null;

// The letter of Representative Adam Schiff and Senator Sheldon Whitehouse to Meta. ¶14 says "Le mois dernier"
// in a story from early January 2023, so December 2022, MONTH precision. Not read by us.
// No PUBLISHED_BY: a letter of two lawmakers has no publishing organization (its authors are the MADE edges
// of the statement it contains, see 003-claims-07-lobbying-letter.cypher).
MERGE (s:Source {id: 'letter-schiff-whitehouse-meta-2022-12'})
ON CREATE SET s.createdAt = datetime(), s.updatedAt = datetime()
SET s.title = 'Letter from Representative Adam Schiff and Senator Sheldon Whitehouse urging Meta to keep Donald Trump’s ban',
    s.url = null,
    s.language = 'en',
    s.publishedAt = date('2022-12-01'),
    s.publishedAtPrecision = 'MONTH',
    s.retrievedAt = null;

// Publishers (properties completed in 002-entities.cypher).
MERGE (o:Organization:Entity {id: 'cnn'})
ON CREATE SET o.createdAt = datetime(), o.updatedAt = datetime();

MERGE (o:Organization:Entity {id: 'financial-times'})
ON CREATE SET o.createdAt = datetime(), o.updatedAt = datetime();

MERGE (o:Organization:Entity {id: 'meta'})
ON CREATE SET o.createdAt = datetime(), o.updatedAt = datetime();

MATCH (s:Source {id: 'cnn-meta-trump-reinstatement-fr'}), (o:Organization {id: 'cnn'})
MERGE (s)-[:PUBLISHED_BY]->(o);

MATCH (s:Source {id: 'cnn-meta-trump-reinstatement-en'}), (o:Organization {id: 'cnn'})
MERGE (s)-[:PUBLISHED_BY]->(o);

MATCH (s:Source {id: 'ft-meta-trump-working-group'}), (o:Organization {id: 'financial-times'})
MERGE (s)-[:PUBLISHED_BY]->(o);

MATCH (s:Source {id: 'meta-clegg-blog-trump-suspension-2021-06'}), (o:Organization {id: 'meta'})
MERGE (s)-[:PUBLISHED_BY]->(o);

// The French text is a translation of CNN's English story.
MATCH (fr:Source {id: 'cnn-meta-trump-reinstatement-fr'}), (en:Source {id: 'cnn-meta-trump-reinstatement-en'})
MERGE (fr)-[:TRANSLATION_OF]->(en);

// What the CNN story relays. `context` says where and for what.
MATCH (cnn:Source {id: 'cnn-meta-trump-reinstatement-fr'}), (ft:Source {id: 'ft-meta-trump-working-group'})
MERGE (cnn)-[r:CITES]->(ft)
SET r.context = '¶3: the Financial Times first published the details of Meta’s internal working group';

MATCH (cnn:Source {id: 'cnn-meta-trump-reinstatement-fr'}), (blog:Source {id: 'meta-clegg-blog-trump-suspension-2021-06'})
MERGE (cnn)-[r:CITES]->(blog)
SET r.context = '¶8–¶10: Clegg’s June 2021 blog post on how Meta would consider letting Trump back, quoted and paraphrased';

MATCH (cnn:Source {id: 'cnn-meta-trump-reinstatement-fr'}), (letter:Source {id: 'letter-schiff-whitehouse-meta-2022-12'})
MERGE (cnn)-[r:CITES]->(letter)
SET r.context = '¶14–¶15: the Schiff–Whitehouse letter urging Meta to keep the ban, paraphrased and quoted';
