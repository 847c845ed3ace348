import fs from 'node:fs';
import path from 'node:path';
import { closeTestDatabases, testDatabase } from '../helpers/testDatabase';

/**
 * The article dataset, fact by fact (shared/design/domain-model.md, section 6): each test checks with Cypher that a
 * fact the CNN story states is in the graph, together with the French passage that supports it.
 * Read-only: the global setup loaded cypher/schema and cypher/seed.
 */

type Row = Record<string, unknown>;

const db = testDatabase();
const CNN = 'cnn-meta-trump-reinstatement-fr';

/**
 * The source texts: `../shared/sources` beside the repository is the upstream copy; `sources/` in the repository is a
 * byte-for-byte copy of it, so that a fresh clone (CI) has them too. The tests read the upstream copy when it is there.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const UPSTREAM_SOURCES = path.resolve(ROOT, '..', 'shared', 'sources');
const REPO_SOURCES = path.join(ROOT, 'sources');
const SOURCE_FILES = ['cnn-meta-trump-reinstatement-fr.txt', 'meta-reinstatement-2023-01-25-summary.txt'];
const sourceText = (file: string) => {
  const upstream = path.join(UPSTREAM_SOURCES, file);
  return fs.readFileSync(fs.existsSync(upstream) ? upstream : path.join(REPO_SOURCES, file), 'utf8');
};

afterAll(() => closeTestDatabases());

async function one(cypher: string, params: Row = {}): Promise<Row> {
  const rows = await db.readRows(cypher, params);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** The SUPPORTED_BY edges of a claim, one row per edge. */
async function evidenceOf(claimId: string): Promise<Row[]> {
  return db.readRows(
    `MATCH (c:Claim {id: $claimId})-[e:SUPPORTED_BY]->(s:Source)
     RETURN s.id AS source, e.locator AS locator, e.quote AS quote, e.quoteLanguage AS quoteLanguage,
            e.attribution AS attribution, e.quoteVia AS quoteVia
     ORDER BY source, locator`,
    { claimId },
  );
}

/** Asserts that the claim cites the CNN story at `locator` with a French passage containing `words`. */
async function expectCnnPassage(claimId: string, locator: string, words: string, attribution = 'REPORTED'): Promise<void> {
  expect(await evidenceOf(claimId)).toContainEqual(expect.objectContaining({ source: CNN, locator, quoteLanguage: 'fr', attribution, quote: expect.stringContaining(words) }));
}

/** Asserts that the claim also cites a relayed source with ACCORDING_TO, the quote read in the CNN story. */
async function expectRelayedSource(claimId: string, sourceId: string, words: string): Promise<void> {
  expect(await evidenceOf(claimId)).toContainEqual(
    expect.objectContaining({
      source: sourceId,
      attribution: 'ACCORDING_TO',
      quoteVia: CNN,
      quoteLanguage: 'fr',
      quote: expect.stringContaining(words),
    }),
  );
}

describe('the article dataset', () => {
  describe('Meta and its platforms', () => {
    it('records Meta as the parent of Facebook that operates Facebook and Instagram, known also as Facebook, Inc.', async () => {
      const meta = await one(
        `MATCH (m:Organization:Entity {id: 'meta'})
         RETURN m.kind AS kind, m.aliases AS aliases, m.aliasesText AS aliasesText,
                [(m)-[:OPERATES]->(p:Platform) | p.id] AS platforms`,
      );
      expect(meta.kind).toBe('COMPANY');
      expect(meta.aliases).toEqual(expect.arrayContaining(['Facebook, Inc.', 'Facebook', 'META']));
      expect(meta.aliasesText).toContain('Facebook, Inc.');
      expect((meta.platforms as string[]).sort()).toEqual(['facebook', 'instagram']);
      await expectCnnPassage('decision-meta-trump-reinstatement', '¶1', 'Un porte-parole de Meta, la société mère de Facebook');
    });

    it('records Trump’s accounts on Facebook, Instagram, Twitter and Truth Social, each on its platform', async () => {
      const rows = await db.readRows(
        `MATCH (:Person {id: 'donald-trump'})-[:HAS_ACCOUNT]->(a:Account)-[:ON_PLATFORM]->(p:Platform)
         OPTIONAL MATCH (operator:Organization)-[:OPERATES]->(p)
         RETURN p.id AS platform, a.id AS account, operator.id AS operator ORDER BY platform`,
      );
      expect(rows).toEqual([
        { platform: 'facebook', account: 'trump-facebook-account', operator: 'meta' },
        { platform: 'instagram', account: 'trump-instagram-account', operator: 'meta' },
        { platform: 'truth-social', account: 'trump-truth-social-account', operator: 'trump-media-technology-group' },
        { platform: 'twitter', account: 'trump-twitter-account', operator: 'twitter-inc' },
      ]);
    });
  });

  describe('the reinstatement decision', () => {
    it('records that Meta is weighing whether to let Trump back, to be announced in the coming weeks, with the French passage', async () => {
      const decision = await one(
        `MATCH (d:Claim:Decision {id: 'decision-meta-trump-reinstatement'})
         RETURN d.status AS status, d.expectedBy AS expectedBy, d.question AS question,
                [(d)-[:DECIDED_BY]->(x) | x.id] AS decidedBy,
                [(d)-[:CONCERNS]->(x) | x.id] AS concerns,
                [(x)-[e:DECIDED {claimId: d.id}]->(d) | [x.id, e.role]] AS shortcuts`,
      );
      expect(decision.status).toBe('UNDER_CONSIDERATION');
      expect(decision.expectedBy).toBe('dans les semaines à venir');
      expect(decision.decidedBy).toEqual(['meta']);
      expect((decision.concerns as string[]).sort()).toEqual(['donald-trump', 'trump-facebook-account', 'trump-instagram-account']);
      expect(decision.shortcuts).toEqual([['meta', 'DECIDED_BY']]);
      await expectCnnPassage('decision-meta-trump-reinstatement', '¶5', 'a déclaré à CNN que la décision serait annoncée “dans les semaines à venir”.');
    });

    it('records Meta as the decision maker, with the French passage', async () => {
      const role = await one(
        `MATCH (a {id: 'meta'})-[:PLAYS]->(r:DecisionRole {id: 'decision-role-meta-decision-maker'})-[:IN]->(d:Decision)
         RETURN r.role AS role, d.id AS decision`,
      );
      expect(role).toEqual({ role: 'DECISION_MAKER', decision: 'decision-meta-trump-reinstatement' });
      await expectCnnPassage('decision-role-meta-decision-maker', '¶1', 'qu’elle annoncera sa décision');
    });

    it('records what spokesperson Andy Stone told CNN about the decision, with the French passage', async () => {
      const statement = await one(
        `MATCH (p:Person {id: 'andy-stone'})-[:MADE]->(s:Statement {id: 'statement-stone-cnn-coming-weeks'})-[:ABOUT]->(d:Decision)
         RETURN s.text AS text, s.medium AS medium, s.language AS language, s.saidAt AS saidAt, s.saidAtPrecision AS precision,
                d.id AS about, EXISTS { (p)-[:STATED_ABOUT {claimId: s.id}]->(d) } AS shortcut`,
      );
      expect(statement).toEqual({
        text: 'la décision serait annoncée “dans les semaines à venir”',
        medium: 'INTERVIEW',
        language: 'fr',
        saidAt: '2023-01-01',
        precision: 'MONTH',
        about: 'decision-meta-trump-reinstatement',
        shortcut: true,
      });
      await expectCnnPassage('statement-stone-cnn-coming-weeks', '¶5', 'le porte-parole de Meta, Andy Stone, a déclaré à CNN');
    });

    it('records Andy Stone as Meta’s spokesperson and as the decision’s spokesperson, with the French passage', async () => {
      const row = await one(
        `MATCH (p:Person {id: 'andy-stone'})
         RETURN [(p)-[:HOLDS]->(r:Role)-[:AT]->(o) | [r.kind, r.title, o.id]] AS roles,
                [(p)-[:PLAYS]->(r:DecisionRole)-[:IN]->(d) | [r.role, d.id]] AS decisionRoles`,
      );
      expect(row.roles).toEqual([['SPOKESPERSON', 'porte-parole de Meta', 'meta']]);
      expect(row.decisionRoles).toEqual([['SPOKESPERSON', 'decision-meta-trump-reinstatement']]);
      await expectCnnPassage('role-stone-meta-spokesperson', '¶5', 'le porte-parole de Meta, Andy Stone');
      await expectCnnPassage('decision-role-stone-spokesperson', '¶5', 'le porte-parole de Meta, Andy Stone');
    });
  });

  describe('the working group', () => {
    it('records that an internal working group of Meta examines the decision, first reported by the Financial Times', async () => {
      const row = await one(
        `MATCH (wg:Organization {id: 'meta-trump-working-group'})-[:PART_OF]->(m:Organization)
         MATCH (wg)-[:PLAYS]->(r:DecisionRole)-[:IN]->(d:Decision)
         RETURN wg.kind AS kind, m.id AS partOf, r.id AS claim, r.role AS role, d.id AS decision`,
      );
      expect(row).toEqual({
        kind: 'WORKING_GROUP',
        partOf: 'meta',
        claim: 'decision-role-working-group-deliberating-body',
        role: 'DELIBERATING_BODY',
        decision: 'decision-meta-trump-reinstatement',
      });
      await expectCnnPassage(row.claim as string, '¶2', 'est examinée par un groupe de travail interne à l’entreprise');
      await expectRelayedSource(row.claim as string, 'ft-meta-trump-working-group', '“Financial Times” a publié pour la première fois');
    });

    it('records the public policy, communications, content policy and safety and integrity teams as members of the group', async () => {
      const rows = await db.readRows(
        `MATCH (team:Organization)-[:HOLDS]->(r:Role {kind: 'MEMBER'})-[:AT]->(:Organization {id: 'meta-trump-working-group'})
         MATCH (team)-[:PART_OF]->(:Organization {id: 'meta'})
         RETURN team.id AS team, team.kind AS kind, r.id AS claim ORDER BY team`,
      );
      expect(rows.map((r) => [r.team, r.kind])).toEqual([
        ['meta-communications-team', 'TEAM'],
        ['meta-content-policy-team', 'TEAM'],
        ['meta-public-policy-team', 'TEAM'],
        ['meta-safety-integrity-team', 'TEAM'],
      ]);
      for (const row of rows) {
        await expectCnnPassage(row.claim as string, '¶3', 'des équipes de politique publique, de communication, de politique de contenu et de sécurité et d’intégrité');
        await expectRelayedSource(row.claim as string, 'ft-meta-trump-working-group', 'Financial Times');
      }
    });
  });

  describe('Nick Clegg', () => {
    it('records Nick Clegg as Meta’s head of global affairs, with the French passage', async () => {
      const role = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:HOLDS]->(r:Role {id: 'role-clegg-meta-global-affairs'})-[:AT]->(o)
         RETURN r.kind AS kind, r.title AS title, o.id AS org`,
      );
      expect(role).toEqual({ kind: 'EXECUTIVE', title: 'responsable des affaires internationales', org: 'meta' });
      await expectCnnPassage('role-clegg-meta-global-affairs', '¶6', 'responsable des affaires internationales de META');
    });

    it('records Nick Clegg as a former UK deputy prime minister, with the French passage', async () => {
      const role = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:HOLDS]->(r:Role {id: 'role-clegg-uk-deputy-prime-minister'})-[:AT]->(o)
         RETURN r.kind AS kind, r.title AS title, o.id AS org`,
      );
      expect(role).toEqual({ kind: 'OFFICE_HOLDER', title: 'ancien vice-Premier ministre britannique', org: 'uk-government' });
      await expectCnnPassage('role-clegg-uk-deputy-prime-minister', '¶6', 'ancien vice-Premier ministre britannique');
    });

    it('records that Nick Clegg oversees the decision, with the French passage', async () => {
      const row = await one(
        `MATCH (p:Person {id: 'nick-clegg'})-[:PLAYS]->(r:DecisionRole {id: 'decision-role-clegg-overseer'})-[:IN]->(d:Decision)
         RETURN r.role AS role, d.id AS decision, [(p)-[e:DECIDED {claimId: r.id}]->(d) | e.role] AS shortcut`,
      );
      expect(row).toEqual({ role: 'OVERSEER', decision: 'decision-meta-trump-reinstatement', shortcut: ['OVERSEER'] });
      await expectCnnPassage('decision-role-clegg-overseer', '¶6', 'supervise la décision de ramener l’ancien président américain sur scène');
    });

    it('records that Nick Clegg joined Meta in 2018, with the French passage', async () => {
      const role = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:HOLDS]->(r:Role {id: 'role-clegg-meta-joined-2018'})-[:AT]->(o)
         RETURN o.id AS org, r.validFrom AS validFrom, r.validFromPrecision AS precision, r.validTo AS validTo`,
      );
      expect(role).toEqual({ org: 'meta', validFrom: '2018-01-01', precision: 'YEAR', validTo: null });
      await expectCnnPassage('role-clegg-meta-joined-2018', '¶6', 'depuis qu’il a rejoint l’entreprise en 2018');
    });

    it('records that Nick Clegg lost his seat in the UK Parliament in 2017, with the French passage', async () => {
      const role = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:HOLDS]->(r:Role {id: 'role-clegg-uk-parliament-seat'})-[:AT]->(o)
         RETURN o.id AS org, o.kind AS kind, r.validTo AS validTo, r.validToPrecision AS precision`,
      );
      expect(role).toEqual({ org: 'uk-parliament', kind: 'LEGISLATURE', validTo: '2017-01-01', precision: 'YEAR' });
      await expectCnnPassage('role-clegg-uk-parliament-seat', '¶6', 'un an après avoir perdu son siège au Parlement britannique');
    });

    it('records that over the past year Clegg took charge of the thorniest policy decisions, shielding founder Mark Zuckerberg', async () => {
      const role = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:HOLDS]->(r:Role {id: 'role-clegg-meta-thorniest-policy-decisions'})-[:AT]->(o)
         RETURN o.id AS org, r.title AS title, r.validFrom AS validFrom, r.validFromPrecision AS precision`,
      );
      expect(role).toEqual({
        org: 'meta',
        title: 'responsabilité globale des décisions politiques les plus épineuses de l’entreprise',
        validFrom: '2022-01-01',
        precision: 'YEAR',
      });
      await expectCnnPassage('role-clegg-meta-thorniest-policy-decisions', '¶7', 'protégeant le fondateur Mark Zuckerberg');
    });

    it('records Mark Zuckerberg as Meta’s founder, with the French passage', async () => {
      const role = await one(
        `MATCH (:Person {id: 'mark-zuckerberg'})-[:HOLDS]->(r:Role {kind: 'FOUNDER'})-[:AT]->(o)
         RETURN r.id AS claim, o.id AS org, r.title AS title`,
      );
      expect(role).toEqual({ claim: 'role-zuckerberg-meta-founder', org: 'meta', title: 'fondateur' });
      await expectCnnPassage('role-zuckerberg-meta-founder', '¶7', 'qui serait plus concentré sur le développement de métaverses');
    });
  });

  describe('the suspension', () => {
    it('records Meta’s suspension of Trump on Facebook and Instagram after the 6 January 2021 attack, ending on 7 January 2023', async () => {
      const rows = await db.readRows(
        `MATCH (:Organization {id: 'meta'})-[:IMPOSED]->(r:Restriction)-[:RESTRICTS]->(a:Account)
         MATCH (r)-[:IN_RESPONSE_TO]->(e:Event)
         RETURN r.id AS claim, a.id AS account, r.kind AS kind, r.duration AS duration, r.reason AS reason,
                r.validFrom AS validFrom, r.validTo AS validTo, r.validToPrecision AS validToPrecision,
                e.date AS eventDate, EXISTS { (:Organization {id: 'meta'})-[:RESTRICTED {claimId: r.id}]->(a) } AS shortcut
         ORDER BY account`,
      );
      expect(rows.map((r) => [r.claim, r.account])).toEqual([
        ['restriction-meta-trump-facebook-suspension', 'trump-facebook-account'],
        ['restriction-meta-trump-instagram-suspension', 'trump-instagram-account'],
      ]);
      for (const row of rows) {
        expect(row).toEqual(
          expect.objectContaining({
            kind: 'SUSPENSION',
            duration: 'P2Y',
            validFrom: '2021-01-07',
            validTo: '2023-01-07',
            validToPrecision: 'DAY',
            eventDate: '2021-01-06',
            shortcut: true,
          }),
        );
        expect(row.reason).toMatch(/praising people involved in the violence/i);
        await expectCnnPassage(row.claim as string, '¶4', 'Trump a été banni indéfiniment des plateformes Facebook et Instagram de Meta');
        await expectCnnPassage(row.claim as string, '¶8', 'pour avoir fait l’éloge des personnes impliquées dans la violence');
      }
    });

    it('records Meta’s initial statement that Trump was banned for praising people involved in the violence', async () => {
      const statement = await one(
        `MATCH (:Organization {id: 'meta'})-[:MADE]->(s:Statement {id: 'statement-meta-initial-ban-reason'})
         RETURN s.text AS text, [(s)-[:ABOUT]->(x) | x.id] AS about`,
      );
      expect(statement.text).toContain('pour avoir fait l’éloge des personnes impliquées dans la violence au Capitole américain');
      expect(statement.about).toEqual(expect.arrayContaining(['donald-trump', 'restriction-meta-trump-facebook-suspension']));
      await expectCnnPassage('statement-meta-initial-ban-reason', '¶8', 'Meta a initialement déclaré');
    });

    it('records that Meta changed the ban into two years after which it would consider Trump’s return', async () => {
      const statement = await one(
        `MATCH (:Organization {id: 'meta'})-[:MADE]->(s:Statement {id: 'statement-meta-two-year-suspension'})
         RETURN s.text AS text`,
      );
      expect(statement.text).toContain('après deux ans');
      await expectCnnPassage('statement-meta-two-year-suspension', '¶4', 'Cela a ensuite été modifié');
    });
  });

  describe('Clegg’s blog post of June 2021', () => {
    it('records Clegg’s direct quote on a serious risk to public safety, in French, from an English blog post', async () => {
      const statement = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:MADE]->(s:Statement {id: 'statement-clegg-blog-public-safety-risk'})
         RETURN s.text AS text, s.isDirectQuote AS direct, s.language AS language, s.originalLanguage AS originalLanguage,
                s.medium AS medium, s.saidAt AS saidAt, s.saidAtPrecision AS precision,
                [(s)-[:ABOUT]->(d:Decision) | d.id] AS decisions`,
      );
      expect(statement).toEqual({
        text: 'Si nous déterminons qu’il reste un risque sérieux pour la sécurité publique, nous prolongerons l’interdiction pour une période déterminée et nous continuerons à réévaluer jusqu’à ce que ce risque soit passé',
        direct: true,
        language: 'fr',
        originalLanguage: 'en',
        medium: 'BLOG_POST',
        saidAt: '2021-06-01',
        precision: 'MONTH',
        decisions: ['decision-meta-trump-reinstatement'],
      });
      await expectCnnPassage('statement-clegg-blog-public-safety-risk', '¶9', '“Si nous déterminons qu’il reste un risque sérieux', 'DIRECT');
      await expectRelayedSource('statement-clegg-blog-public-safety-risk', 'meta-clegg-blog-trump-suspension-2021-06', 'risque sérieux pour la sécurité publique');
    });

    it('records Clegg’s point that reinstated accounts can be revoked again, up to permanent removal', async () => {
      const statement = await one(
        `MATCH (:Person {id: 'nick-clegg'})-[:MADE]->(s:Statement {id: 'statement-clegg-blog-reinstated-accounts-revocable'})
         RETURN s.text AS text, s.isDirectQuote AS direct, s.medium AS medium`,
      );
      expect(statement.direct).toBe(false);
      expect(statement.medium).toBe('BLOG_POST');
      expect(statement.text).toContain('la suppression permanente de ses pages et de ses comptes');
      await expectCnnPassage('statement-clegg-blog-reinstated-accounts-revocable', '¶10', 'ils peuvent être révoqués à nouveau');
    });

    it('records the blog post as a Meta source of June 2021, in English', async () => {
      const source = await one(
        `MATCH (s:Source {id: 'meta-clegg-blog-trump-suspension-2021-06'})-[:PUBLISHED_BY]->(o)
         RETURN o.id AS publisher, s.publishedAt AS publishedAt, s.publishedAtPrecision AS precision, s.language AS language`,
      );
      expect(source).toEqual({ publisher: 'meta', publishedAt: '2021-06-01', precision: 'MONTH', language: 'en' });
    });
  });

  describe('followers and advertising', () => {
    it('records 34 million Facebook followers and 23 million Instagram followers, with the French passage', async () => {
      const rows = await db.readRows(
        `MATCH (o:Observation {metric: 'FOLLOWERS'})-[:OBSERVED_ON]->(a:Account)<-[:HAS_ACCOUNT]-(:Person {id: 'donald-trump'})
         RETURN o.id AS claim, a.id AS account, o.value AS value, o.approximate AS approximate ORDER BY account`,
      );
      expect(rows.map((r) => [r.account, r.value, r.approximate])).toEqual([
        ['trump-facebook-account', 34_000_000, true],
        ['trump-instagram-account', 23_000_000, true],
      ]);
      for (const row of rows) {
        await expectCnnPassage(row.claim as string, '¶11', 'Trump compte 34 millions de followers sur Facebook et 23 millions de followers sur Instagram.');
      }
    });

    it('records that Trump’s campaigns praised Facebook’s targeted advertising, with the French passage', async () => {
      const statement = await one(
        `MATCH (c:Organization {kind: 'CAMPAIGN'})-[:MADE]->(s:Statement {id: 'statement-trump-campaign-praised-facebook-ads'})-[:ABOUT]->(p)
         RETURN c.id AS campaign, p.id AS about, [(c)-[:CAMPAIGN_FOR]->(x) | x.id] AS candidate`,
      );
      expect(statement).toEqual({ campaign: 'trump-campaign', about: 'facebook', candidate: ['donald-trump'] });
      await expectCnnPassage('statement-trump-campaign-praised-facebook-ads', '¶11', 'ont loué l’efficacité des outils de publicité ciblée de Facebook');
    });

    it('records that the campaigns spent millions on Facebook ads, as at least one million', async () => {
      const observation = await one(
        `MATCH (o:Observation {id: 'observation-trump-campaign-facebook-ad-spend'})-[:OBSERVED_ON]->(c)
         RETURN o.metric AS metric, o.value AS value, o.approximate AS approximate, o.bound AS bound, c.id AS subject`,
      );
      expect(observation).toEqual({ metric: 'AD_SPEND_USD', value: 1_000_000, approximate: true, bound: 'AT_LEAST', subject: 'trump-campaign' });
      await expectCnnPassage('observation-trump-campaign-facebook-ad-spend', '¶11', 'ont dépensé des millions pour diffuser des publicités sur Facebook');
    });
  });

  describe('Twitter and Elon Musk', () => {
    it('records Twitter’s ban of Trump, lifted by Elon Musk’s decision to reinstate his account in November 2022', async () => {
      const row = await one(
        `MATCH (:Organization {id: 'twitter-inc'})-[:IMPOSED]->(r:Restriction)-[:RESTRICTS]->(a:Account {id: 'trump-twitter-account'})
         MATCH (r)-[:LIFTED_BY]->(d:Decision)-[:DECIDED_BY]->(musk:Person)
         RETURN r.id AS restriction, r.kind AS kind, r.validTo AS liftedOn, d.id AS decision, d.status AS status,
                d.decidedAt AS decidedAt, d.decidedAtPrecision AS precision, musk.id AS decidedBy`,
      );
      expect(row).toEqual({
        restriction: 'restriction-twitter-trump-ban',
        kind: 'BAN',
        liftedOn: '2022-11-01',
        decision: 'decision-twitter-trump-reinstatement',
        status: 'IMPLEMENTED',
        decidedAt: '2022-11-01',
        precision: 'MONTH',
        decidedBy: 'elon-musk',
      });
      await expectCnnPassage('restriction-twitter-trump-ban', '¶12', 'Trump a également été banni de Twitter');
      await expectCnnPassage('decision-twitter-trump-reinstatement', '¶12', 'Elon Musk, a rétabli son compte en novembre');
    });

    it('records Elon Musk as Twitter’s new owner, with the French passage', async () => {
      const row = await one(
        `MATCH (musk:Person {id: 'elon-musk'})-[:OWNS]->(o:Ownership)-[:OF]->(t:Organization {id: 'twitter-inc'})
         RETURN o.id AS claim, EXISTS { (musk)-[:OWNS_STAKE {claimId: o.id}]->(t) } AS shortcut`,
      );
      expect(row).toEqual({ claim: 'ownership-musk-twitter', shortcut: true });
      await expectCnnPassage('ownership-musk-twitter', '¶12', 'le nouveau propriétaire de la société, Elon Musk');
    });

    it('records that Trump has not posted on Twitter since, and keeps posting on Truth Social', async () => {
      const observation = await one(
        `MATCH (o:Observation {metric: 'POSTS_SINCE_REINSTATEMENT'})-[:OBSERVED_ON]->(a:Account {id: 'trump-twitter-account'})
         RETURN o.id AS claim, o.value AS value, o.approximate AS approximate`,
      );
      expect(observation).toEqual({ claim: 'observation-trump-twitter-posts-since-reinstatement', value: 0, approximate: false });
      await expectCnnPassage(observation.claim as string, '¶13', 'mais a continué à publier sur sa plateforme de médias sociaux, Truth Social');
    });
  });

  describe('the Schiff–Whitehouse letter', () => {
    it('records the letter urging Meta to keep the ban as a lobbying effort opposing reinstatement, with the French passages', async () => {
      const effort = await one(
        `MATCH (l:Claim:LobbyingEffort {id: 'lobbying-schiff-whitehouse-letter-meta'})
         MATCH (l)-[reg:REGARDING]->(d:Decision)
         RETURN l.method AS method, l.stance AS stance, l.date AS date, l.datePrecision AS precision,
                l.desiredOutcome AS desiredOutcome, reg.stance AS regardingStance, d.id AS decision,
                [(x)-[:LOBBIED_IN]->(l) | x.id] AS lobbyists,
                [(l)-[:TARGETED]->(x) | x.id] AS targets,
                [(l)-[:INCLUDES]->(s:Statement) | s.id] AS statements`,
      );
      expect(effort).toEqual(
        expect.objectContaining({
          method: 'LETTER',
          stance: 'OPPOSE',
          date: '2022-12-01',
          precision: 'MONTH',
          regardingStance: 'OPPOSE',
          decision: 'decision-meta-trump-reinstatement',
          targets: ['meta'],
        }),
      );
      expect(effort.desiredOutcome).toMatch(/keeps Donald Trump’s ban/);
      expect((effort.lobbyists as string[]).sort()).toEqual(['adam-schiff', 'sheldon-whitehouse']);
      expect(effort.statements).toContain('statement-schiff-whitehouse-letter-keep-ban');
      await expectCnnPassage('lobbying-schiff-whitehouse-letter-meta', '¶14', 'Le mois dernier, deux législateurs démocrates ont exhorté Meta');
      await expectCnnPassage('lobbying-schiff-whitehouse-letter-meta', '¶15', 'ont écrit dans une lettre: «Pour que Meta maintienne', 'DIRECT');
      await expectRelayedSource('lobbying-schiff-whitehouse-letter-meta', 'letter-schiff-whitehouse-meta-2022-12', 'il doit continuer à bannir son compte.');
    });

    it('records LOBBIED shortcut edges from Schiff and Whitehouse to Meta, with stance, method and decision', async () => {
      const rows = await db.readRows(
        `MATCH (p:Person)-[e:LOBBIED {claimId: 'lobbying-schiff-whitehouse-letter-meta'}]->(m:Organization {id: 'meta'})
         RETURN p.id AS lobbyist, e.stance AS stance, e.method AS method, e.decisionId AS decisionId, e.validFrom AS validFrom
         ORDER BY lobbyist`,
      );
      const edge = { stance: 'OPPOSE', method: 'LETTER', decisionId: 'decision-meta-trump-reinstatement', validFrom: '2022-12-01' };
      expect(rows).toEqual([
        { lobbyist: 'adam-schiff', ...edge },
        { lobbyist: 'sheldon-whitehouse', ...edge },
      ]);
    });

    it('records the letter’s quoted passage as a direct quote by both lawmakers', async () => {
      const statement = await one(
        `MATCH (s:Statement {id: 'statement-schiff-whitehouse-letter-keep-ban'})
         RETURN s.text AS text, s.isDirectQuote AS direct, s.medium AS medium, s.saidAt AS saidAt,
                [(x)-[:MADE]->(s) | x.id] AS speakers`,
      );
      expect(statement.direct).toBe(true);
      expect(statement.medium).toBe('LETTER');
      expect(statement.saidAt).toBe('2022-12-01');
      expect(statement.text).toMatch(/^Pour que Meta maintienne la crédibilité d’une politique d’intégrité électorale légitime/);
      expect((statement.speakers as string[]).sort()).toEqual(['adam-schiff', 'sheldon-whitehouse']);
      await expectCnnPassage('statement-schiff-whitehouse-letter-keep-ban', '¶15', 'il est essentiel que l’entreprise maintienne l’interdiction', 'DIRECT');
    });

    it('records Adam Schiff as a representative and Sheldon Whitehouse as a senator, both Democrats', async () => {
      const rows = await db.readRows(
        `MATCH (p:Person)-[:HOLDS]->(r:Role)-[:AT]->(o:Organization)
         WHERE p.id IN ['adam-schiff', 'sheldon-whitehouse']
         RETURN p.id AS person, r.title AS title, o.id AS org ORDER BY person, org`,
      );
      expect(rows).toEqual([
        { person: 'adam-schiff', title: 'législateur démocrate', org: 'democratic-party' },
        { person: 'adam-schiff', title: 'représentant', org: 'us-house-of-representatives' },
        { person: 'sheldon-whitehouse', title: 'législateur démocrate', org: 'democratic-party' },
        { person: 'sheldon-whitehouse', title: 'sénateur', org: 'us-senate' },
      ]);
      await expectCnnPassage('role-schiff-us-house-representative', '¶15', 'Le représentant Adam Schiff');
      await expectCnnPassage('role-whitehouse-us-senate-senator', '¶15', 'le sénateur Sheldon Whitehouse');
      await expectCnnPassage('role-whitehouse-democratic-party-member', '¶14', 'deux législateurs démocrates');
    });
  });

  describe('more of the story', () => {
    it('records Donald Trump as a former U.S. president, with the French passage', async () => {
      const role = await one(
        `MATCH (:Person {id: 'donald-trump'})-[:HOLDS]->(r:Role)-[:AT]->(o)
         RETURN r.id AS claim, r.title AS title, o.id AS org`,
      );
      expect(role).toEqual({ claim: 'role-trump-us-president', title: 'ancien président américain', org: 'us-government' });
      await expectCnnPassage('role-trump-us-president', '¶1', 'l’ancien président américain Donald Trump');
    });

    it('records the French CNN text as a translation of the English story, citing the FT, the blog post and the letter', async () => {
      const source = await one(
        `MATCH (fr:Source {id: $cnn})-[:TRANSLATION_OF]->(en:Source)
         MATCH (fr)-[:PUBLISHED_BY]->(publisher)
         RETURN fr.language AS language, fr.url AS url, fr.publishedAt AS publishedAt, en.id AS original,
                en.language AS originalLanguage, publisher.id AS publisher,
                [(fr)-[c:CITES]->(x) WHERE c.context IS NOT NULL | x.id] AS cites`,
        { cnn: CNN },
      );
      expect(source).toEqual(
        expect.objectContaining({
          language: 'fr',
          url: null,
          publishedAt: '2023-01-01',
          original: 'cnn-meta-trump-reinstatement-en',
          originalLanguage: 'en',
          publisher: 'cnn',
        }),
      );
      expect((source.cites as string[]).sort()).toEqual(['ft-meta-trump-working-group', 'letter-schiff-whitehouse-meta-2022-12', 'meta-clegg-blog-trump-suspension-2021-06']);
    });

    it('supports every claim of the article with a paragraph of the CNN story, quoted in French', async () => {
      const rows = await db.readRows(
        `MATCH (c:Claim)
         WHERE NOT c.id STARTS WITH 'test-' AND NOT c.id STARTS WITH 'example-'
           AND NOT all(s IN [(c)-[:SUPPORTED_BY]->(s:Source) | s.id] WHERE s IN $laterArticles)
         RETURN c.id AS claim,
                [(c)-[e:SUPPORTED_BY]->(:Source {id: $cnn}) WHERE e.locator =~ '¶[0-9]+' AND e.quoteLanguage = 'fr' AND size(e.quote) > 0 | e.locator] AS locators`,
        // Claims that only later articles (cypher/articles/) support are theirs, not the CNN story's.
        { cnn: CNN, laterArticles: ['note-meta-reinstatement-2023-01-25', 'meta-newsroom-ending-trump-suspension-2023-01-25'] },
      );
      expect(rows.length).toBeGreaterThanOrEqual(40);
      expect(rows.filter((r) => (r.locators as string[]).length === 0).map((r) => r.claim)).toEqual([]);
    });

    it('writes every shortcut edge of the article with the id of an existing claim and its validity', async () => {
      const rows = await db.readRows(
        `MATCH (a)-[e:ROLE_AT|DECIDED|LOBBIED|STATED_ABOUT|RESTRICTED|OWNS_STAKE]->(b)
         WHERE NOT coalesce(e.claimId, '') STARTS WITH 'test-' AND NOT coalesce(e.claimId, '') STARTS WITH 'example-'
         OPTIONAL MATCH (c:Claim {id: e.claimId})
         WITH e, c
         WHERE c IS NULL OR NOT (coalesce(e.validFrom = c.validFrom, e.validFrom IS NULL AND c.validFrom IS NULL)
                                 AND coalesce(e.validTo = c.validTo, e.validTo IS NULL AND c.validTo IS NULL))
         RETURN type(e) AS type, e.claimId AS claimId`,
      );
      expect(rows).toEqual([]);
    });

    it('finds entities by full-text search regardless of case and accents, aliases included', async () => {
      // The article's nodes only: other suites' entities (test ids) may share a name's words.
      const search = async (text: string) =>
        (await db.readRows(`CALL db.index.fulltext.queryNodes('search', $text) YIELD node WHERE NOT node.id STARTS WITH 'test-' RETURN node.id AS id LIMIT 5`, { text })).map(
          (r) => r.id,
        );
      expect(await search('CLEGG')).toContain('nick-clegg');
      expect(await search('zuckerberg')).toContain('mark-zuckerberg');
      expect((await search('facebook, inc'))[0]).toBe('meta');
      expect(await search('democrate')).toContain('democratic-party');
    });
  });
});

describe('the quotes of the article dataset', () => {
  it('keeps its copies of the sources, byte for byte the same as ../shared/sources when that is there', () => {
    for (const file of SOURCE_FILES) {
      const copy = path.join(REPO_SOURCES, file);
      expect({ file, inRepository: fs.existsSync(copy) }).toEqual({ file, inRepository: true });
      const upstream = path.join(UPSTREAM_SOURCES, file);
      if (fs.existsSync(upstream)) {
        expect({ file, sameAsUpstream: fs.readFileSync(copy).equals(fs.readFileSync(upstream)) }).toEqual({ file, sameAsUpstream: true });
      }
    }
  });

  it('copies every CNN quote character for character from the paragraph its locator names', async () => {
    const paragraphs = sourceText('cnn-meta-trump-reinstatement-fr.txt')
      .split(/\n\s*\n/)
      .filter((p) => p.trim());
    expect(paragraphs.length).toBeGreaterThanOrEqual(15);
    const rows = await db.readRows(
      `MATCH (c:Claim)-[e:SUPPORTED_BY]->(:Source {id: $cnn})
       WHERE NOT c.id STARTS WITH 'test-' AND NOT c.id STARTS WITH 'example-'
       RETURN c.id AS claim, e.locator AS locator, e.quote AS quote`,
      { cnn: CNN },
    );
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const misquoted = rows.filter((r) => {
      const paragraph = paragraphs[Number(String(r.locator).slice(1)) - 1] ?? '';
      return !paragraph.includes(r.quote as string);
    });
    expect(misquoted).toEqual([]);
  });
});
