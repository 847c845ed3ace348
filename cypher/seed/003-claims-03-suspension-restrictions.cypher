// 003-claims-03-suspension-restrictions.cypher: Meta's suspension of Donald Trump from Facebook and Instagram after
// the attack on the Capitol, why Meta said it banned him, and its change into a two-year period.
// Conventions: see the header of 003-claims-01-decision-working-group.cypher.
//
// One Restriction per platform, each restricting that platform's account (the API gives a Restriction one
// subject), with the RESTRICTED shortcut from Meta to the account.
//
// Dates. ¶4: banned indefinitely after the attack of 6 January 2021, then changed into a two-year period whose end
// is "le samedi 7 janvier 2023". The story gives no day for the start: a two-year period ending on 7 January 2023
// began on 7 January 2021, the day after the attack, so validFrom 2021-01-07 (DAY, computed, not stated) and
// validTo 2023-01-07 (DAY, stated). duration 'P2Y' is the term after the change. The initial indefinite term has no
// property of its own: it stands in the ¶4 quote ("banni indéfiniment") and in the Meta statement on the change.
// The suspension was still in force when the story was written: Meta had not yet decided (¶5).

MERGE (c:Claim:Restriction {id: 'restriction-meta-trump-facebook-suspension'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'SUSPENSION',
    c.reason = 'Praising people involved in the violence at the U.S. Capitol (Meta’s initial explanation).',
    c.duration = 'P2Y',
    c.validFrom = date('2021-01-07'), c.validFromPrecision = 'DAY',
    c.validTo = date('2023-01-07'), c.validToPrecision = 'DAY',
    c.confidence = 0.9
WITH c
MATCH (meta:Organization {id: 'meta'}),
      (account:Account {id: 'trump-facebook-account'}),
      (attack:Event {id: 'capitol-attack-2021-01-06'})
MERGE (meta)-[:IMPOSED]->(c)
MERGE (c)-[:RESTRICTS]->(account)
MERGE (c)-[:IN_RESPONSE_TO]->(attack)
MERGE (meta)-[r:RESTRICTED {claimId: c.id}]->(account)
SET r.kind = c.kind, r.validFrom = c.validFrom, r.validTo = c.validTo;

MERGE (c:Claim:Restriction {id: 'restriction-meta-trump-instagram-suspension'})
ON CREATE SET c.createdAt = datetime()
SET c.kind = 'SUSPENSION',
    c.reason = 'Praising people involved in the violence at the U.S. Capitol (Meta’s initial explanation).',
    c.duration = 'P2Y',
    c.validFrom = date('2021-01-07'), c.validFromPrecision = 'DAY',
    c.validTo = date('2023-01-07'), c.validToPrecision = 'DAY',
    c.confidence = 0.9
WITH c
MATCH (meta:Organization {id: 'meta'}),
      (account:Account {id: 'trump-instagram-account'}),
      (attack:Event {id: 'capitol-attack-2021-01-06'})
MERGE (meta)-[:IMPOSED]->(c)
MERGE (c)-[:RESTRICTS]->(account)
MERGE (c)-[:IN_RESPONSE_TO]->(attack)
MERGE (meta)-[r:RESTRICTED {claimId: c.id}]->(account)
SET r.kind = c.kind, r.validFrom = c.validFrom, r.validTo = c.validTo;

// Evidence for both: the ban, its change and its end (¶4), and its reason (¶8).
UNWIND ['restriction-meta-trump-facebook-suspension', 'restriction-meta-trump-instagram-suspension'] AS claimId
MATCH (c:Claim {id: claimId}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶4'}]->(s)
SET e.quote = 'Trump a été banni indéfiniment des plateformes Facebook et Instagram de Meta après l’attaque contre le Capitole américain le 6 janvier 2021. Cela a ensuite été modifié, et la société a déclaré qu’elle envisageait d’autoriser Trump à revenir sur les plateformes après deux ans, et les deux- fin de l’année, le samedi 7 janvier 2023.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9
MERGE (c)-[f:SUPPORTED_BY {locator: '¶8'}]->(s)
SET f.quote = 'Meta a initialement déclaré que Trump avait été banni de ses plates-formes pour avoir fait l’éloge des personnes impliquées dans la violence au Capitole américain.',
    f.quoteLanguage = 'fr', f.attribution = 'REPORTED', f.confidence = 0.95;

// ---------------------------------------------------------------- What Meta said at the time of the ban
// "Meta a initialement déclaré" (¶8): at the time of the ban, which followed the attack of 6 January 2021 and
// preceded the change of June 2021. The story gives no date or medium: saidAt 2021-01-01 at YEAR precision,
// medium null. Reported speech, translated: isDirectQuote false, originalLanguage 'en'.
MERGE (c:Claim:Statement {id: 'statement-meta-initial-ban-reason'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'Trump avait été banni de ses plates-formes pour avoir fait l’éloge des personnes impliquées dans la violence au Capitole américain',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = false,
    c.medium = null,
    c.saidAt = date('2021-01-01'), c.saidAtPrecision = 'YEAR',
    c.validFrom = date('2021-01-01'), c.validFromPrecision = 'YEAR',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.9
WITH c
MATCH (speaker:Organization {id: 'meta'}),
      (trump:Person {id: 'donald-trump'}),
      (attack:Event {id: 'capitol-attack-2021-01-06'})
MERGE (speaker)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(trump)
MERGE (c)-[:ABOUT]->(attack)
MERGE (speaker)-[x1:STATED_ABOUT {claimId: c.id}]->(trump)
SET x1.validFrom = c.validFrom, x1.validTo = c.validTo
MERGE (speaker)-[x2:STATED_ABOUT {claimId: c.id}]->(attack)
SET x2.validFrom = c.validFrom, x2.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-meta-initial-ban-reason'}),
      (r1:Restriction {id: 'restriction-meta-trump-facebook-suspension'}),
      (r2:Restriction {id: 'restriction-meta-trump-instagram-suspension'}),
      (speaker:Organization {id: 'meta'})
MERGE (c)-[:ABOUT]->(r1)
MERGE (c)-[:ABOUT]->(r2)
MERGE (speaker)-[x1:STATED_ABOUT {claimId: c.id}]->(r1)
SET x1.validFrom = c.validFrom, x1.validTo = c.validTo
MERGE (speaker)-[x2:STATED_ABOUT {claimId: c.id}]->(r2)
SET x2.validFrom = c.validFrom, x2.validTo = c.validTo;

MATCH (c:Claim {id: 'statement-meta-initial-ban-reason'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶8'}]->(s)
SET e.quote = 'Meta a initialement déclaré que Trump avait été banni de ses plates-formes pour avoir fait l’éloge des personnes impliquées dans la violence au Capitole américain.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

// ---------------------------------------------------------------- What Meta said when it changed the ban
// "Cela a ensuite été modifié, et la société a déclaré qu'elle envisageait d'autoriser Trump à revenir sur les
// plateformes après deux ans" (¶4). The story does not date the change. Clegg's blog post of June 2021 (¶8)
// explained how Meta would consider letting Trump back, so we date the statement June 2021, MONTH precision,
// with a lower confidence. Medium not given: null.
MERGE (c:Claim:Statement {id: 'statement-meta-two-year-suspension'})
ON CREATE SET c.createdAt = datetime()
SET c.text = 'elle envisageait d’autoriser Trump à revenir sur les plateformes après deux ans',
    c.language = 'fr',
    c.originalLanguage = 'en',
    c.isDirectQuote = false,
    c.medium = null,
    c.saidAt = date('2021-06-01'), c.saidAtPrecision = 'MONTH',
    c.validFrom = date('2021-06-01'), c.validFromPrecision = 'MONTH',
    c.validTo = null, c.validToPrecision = null,
    c.confidence = 0.8
WITH c
MATCH (speaker:Organization {id: 'meta'}),
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

MATCH (c:Claim {id: 'statement-meta-two-year-suspension'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶4'}]->(s)
SET e.quote = 'Cela a ensuite été modifié, et la société a déclaré qu’elle envisageait d’autoriser Trump à revenir sur les plateformes après deux ans, et les deux- fin de l’année, le samedi 7 janvier 2023.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.9;

MATCH (c:Claim {id: 'statement-meta-two-year-suspension'}), (s:Source {id: 'cnn-meta-trump-reinstatement-fr'})
MERGE (c)-[e:SUPPORTED_BY {locator: '¶8'}]->(s)
SET e.quote = 'Dans un article de blog publié en juin 2021, Clegg a expliqué comment la société envisagerait de permettre à Trump de revenir sur ses plateformes.',
    e.quoteLanguage = 'fr', e.attribution = 'REPORTED', e.confidence = 0.75;
