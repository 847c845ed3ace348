import { ORG_KINDS, Random, WORDS, orgName, personName, sentence, surname, type Counts } from './model';

/** One batch of rows for one Cypher writer. */
export interface Batch {
  kind: string;
  rows: Record<string, unknown>[];
  /** Nodes and relationships the batch creates (for the progress bar and throughput). */
  nodes: number;
  relationships: number;
}

const ROLE_KINDS = ['EXECUTIVE', 'SPOKESPERSON', 'OFFICE_HOLDER', 'EMPLOYEE', 'OWNER', 'FOUNDER', 'MEMBER'];
const ROLE_TITLES: Record<string, string[]> = {
  EXECUTIVE: ['Chief Executive Officer', 'President of Global Affairs', 'Chief Operating Officer'],
  SPOKESPERSON: ['Spokesperson', 'Head of Communications'],
  OFFICE_HOLDER: ['Senator', 'Representative', 'Commissioner', 'Minister'],
  EMPLOYEE: ['Policy Manager', 'Engineer', 'Counsel'],
  OWNER: ['Owner'],
  FOUNDER: ['Co-founder', 'Founder'],
  MEMBER: ['Member'],
};
const MEDIA = ['INTERVIEW', 'BLOG_POST', 'LETTER', 'PRESS_STATEMENT', 'SOCIAL_POST'];
const STATUSES = ['UNDER_CONSIDERATION', 'DECIDED', 'IMPLEMENTED', 'REVERSED', 'ABANDONED'];
const DECISION_ROLES = ['DECISION_MAKER', 'OVERSEER', 'DELIBERATING_BODY', 'ADVISER', 'SPOKESPERSON'];
const METHODS = ['LETTER', 'MEETING', 'PUBLIC_STATEMENT', 'CAMPAIGN', 'FILING', 'AD_SPEND'];
const ATTRIBUTIONS = ['DIRECT', 'REPORTED', 'ACCORDING_TO'];
const LANGS = ['en', 'en', 'en', 'fr', 'de', 'es'];

export const personId = (i: number) => `gen-person-${i}`;
export const orgId = (i: number) => `gen-org-${i}`;
export const SUPERNODE_ID = orgId(0);

/**
 * Every generated row in write order, in batches of `size`; deterministic for (seed, counts). Each kind draws from a
 * random sequence of its own, so `only` (some kinds) gives exactly those kinds' rows of the whole set.
 */
export function* batches(counts: Counts, seed: number, size: number, only?: ReadonlySet<string>): Generator<Batch> {
  const chunks = function* (kind: string, total: number, make: (i: number, r: Random) => { row: Record<string, unknown>; nodes: number; relationships: number }) {
    if (only && !only.has(kind)) return;
    const r = new Random(seed ^ hash(kind));
    for (let start = 0; start < total; start += size) {
      const rows: Record<string, unknown>[] = [];
      let nodes = 0;
      let relationships = 0;
      for (let i = start; i < Math.min(total, start + size); i += 1) {
        const made = make(i, r);
        rows.push(made.row);
        nodes += made.nodes;
        relationships += made.relationships;
      }
      yield { kind, rows, nodes, relationships };
    }
  };
  const actor = (r: Random, personShare = 0.7) =>
    r.chance(personShare) ? { label: 'Person', id: personId(r.skewed(counts.persons)) } : { label: 'Organization', id: orgId(r.skewed(counts.organizations)) };
  const evidence = (r: Random) => {
    const k = r.chance(0.35) ? 2 : 1;
    return r.distinctSkewed(counts.sources, k, 2).map((s, j) => ({
      source: `gen-source-${s}`,
      quote: sentence(r, 8 + r.int(12)),
      quoteLanguage: 'en',
      attribution: j === 0 ? r.pick(ATTRIBUTIONS.slice(0, 2)) : 'ACCORDING_TO',
      locator: `¶${1 + r.int(30)}`,
      confidence: Math.round((0.6 + r.next() * 0.4) * 100) / 100,
    }));
  };
  const validity = (r: Random) => {
    const validFrom = r.date(2000, 2022);
    const ended = r.chance(0.3);
    const validTo = ended ? addDays(validFrom, 30 + r.int(3000)) : null;
    const precision = r.chance(0.8) ? 'DAY' : r.chance(0.5) ? 'MONTH' : 'YEAR';
    return {
      validFrom: precision === 'DAY' ? validFrom : precision === 'MONTH' ? validFrom.slice(0, 8) + '01' : validFrom.slice(0, 5) + '01-01',
      validFromPrecision: precision,
      validTo,
      validToPrecision: validTo ? 'DAY' : null,
      confidence: Math.round((0.5 + r.next() * 0.5) * 100) / 100,
      retracted: r.chance(0.005),
    };
  };

  yield* chunks('Person', counts.persons, (i, r) => {
    const name = personName(r);
    const aliases = r.chance(0.3) ? [`${name.split(' ')[0][0]}. ${name.split(' ')[1]}`] : [];
    return { row: { id: personId(i), name, aliases, aliasesText: aliases.join(' | '), description: `${sentence(r, 6)}` }, nodes: 1, relationships: 0 };
  });
  yield* chunks('Organization', counts.organizations, (i, r) => {
    const kind = i < 6 ? 'COMPANY' : r.pick(ORG_KINDS);
    const name = i === 0 ? 'Omnigraph Platforms' : orgName(r, kind);
    const aliases = i === 0 ? ['Omnigraph', 'Omnigraph Platforms, Inc.', 'OMNI'] : r.chance(0.2) ? [name.split(' ')[0]] : [];
    const partOf = (kind === 'TEAM' || kind === 'WORKING_GROUP') && i > 6 ? orgId(r.skewed(Math.min(i, 50))) : null;
    return { row: { id: orgId(i), name, kind, aliases, aliasesText: aliases.join(' | '), description: sentence(r, 6), partOf }, nodes: 1, relationships: partOf ? 1 : 0 };
  });
  yield* chunks('Platform', counts.platforms, (i, r) => {
    const name = `${surname(r)}${r.pick(['gram', 'book', 'chat', 'tube', 'social'])}`;
    return { row: { id: `gen-platform-${i}`, name, aliases: [], aliasesText: '', description: sentence(r, 5), operator: orgId(i) }, nodes: 1, relationships: 1 };
  });
  yield* chunks('Source', counts.sources, (i, r) => {
    const publishedAt = r.date(2000, 2024);
    const publisher = r.chance(0.9) ? orgId(r.skewed(counts.organizations)) : null;
    return {
      row: { id: `gen-source-${i}`, url: `https://news.example.org/${publishedAt.slice(0, 4)}/${i}`, title: sentence(r, 7), publishedAt, language: r.pick(LANGS), publisher },
      nodes: 1,
      relationships: publisher ? 1 : 0,
    };
  });
  yield* chunks('Account', counts.accounts, (i, r) => {
    const owner = personId(r.skewed(counts.persons, 1.5));
    return {
      row: { id: `gen-account-${i}`, handle: `@${surname(r).toLowerCase()}${i}`, owner, platform: `gen-platform-${r.skewed(counts.platforms, 1.5)}` },
      nodes: 1,
      relationships: 2,
    };
  });
  yield* chunks('Decision', counts.decisions, (i, r) => {
    const v = validity(r);
    const status = r.pick(STATUSES);
    const decider = actor(r, 0.2);
    const concerns = r.chance(0.5) ? personId(r.skewed(counts.persons)) : `gen-platform-${r.int(counts.platforms)}`;
    const topic = `${r.pick(WORDS)} ${r.pick(WORDS)}`;
    return {
      row: {
        ...v,
        id: `gen-decision-${i}`,
        title: `Decision on ${topic} ${i}`,
        question: `Should ${topic} be allowed?`,
        status,
        outcome: status === 'UNDER_CONSIDERATION' ? null : sentence(r, 6),
        openedAt: v.validFrom,
        openedAtPrecision: v.validFromPrecision,
        expectedBy: r.chance(0.3) ? 'in the coming weeks' : null,
        decidedAt: status === 'UNDER_CONSIDERATION' ? null : addDays(v.validFrom, 10 + r.int(400)),
        decider: decider.id,
        concerns,
        evidence: evidence(r),
      },
      nodes: 1,
      relationships: 2 + (v.retracted ? 0 : 1),
    };
  });
  yield* chunks('Role', counts.roles, (i, r) => {
    const v = validity(r);
    const toSuper = r.chance(0.1);
    const org = toSuper ? 0 : r.skewed(counts.organizations);
    const kind = r.pick(ROLE_KINDS);
    const holder =
      kind === 'MEMBER' && r.chance(0.3)
        ? { label: 'Organization', id: orgId(6 + r.int(Math.max(1, counts.organizations - 6))) }
        : { label: 'Person', id: personId(r.skewed(counts.persons, 1.8)) };
    return {
      row: { ...v, id: `gen-role-${i}`, title: r.pick(ROLE_TITLES[kind]), kind, holder: holder.id, org: orgId(org), evidence: evidence(r) },
      nodes: 1,
      relationships: 2 + (v.retracted ? 0 : 1),
    };
  });
  yield* chunks('DecisionRole', counts.decisionRoles, (i, r) => {
    const v = validity(r);
    const a = actor(r, 0.75);
    return {
      row: { ...v, id: `gen-decision-role-${i}`, role: r.pick(DECISION_ROLES), actor: a.id, decision: `gen-decision-${r.skewed(counts.decisions, 2)}`, evidence: evidence(r) },
      nodes: 1,
      relationships: 2 + (v.retracted ? 0 : 1),
    };
  });
  yield* chunks('Statement', counts.statements, (i, r) => {
    const v = validity(r);
    const speakers = r.chance(0.05) ? [SUPERNODE_ID] : r.chance(0.05) ? [actor(r).id, actor(r).id].filter((x, j, a) => a.indexOf(x) === j) : [actor(r).id];
    const about = [r.chance(0.1) ? SUPERNODE_ID : r.chance(0.5) ? `gen-decision-${r.skewed(counts.decisions, 2)}` : actor(r).id];
    if (r.chance(0.2)) about.push(`gen-platform-${r.int(counts.platforms)}`);
    const shortcuts = v.retracted ? 0 : speakers.length * about.length;
    return {
      row: {
        ...v,
        validTo: null,
        validToPrecision: null,
        id: `gen-statement-${i}`,
        text: sentence(r, 10 + r.int(20)),
        language: 'en',
        isDirectQuote: r.chance(0.6),
        medium: r.pick(MEDIA),
        saidAt: v.validFrom,
        saidAtPrecision: v.validFromPrecision,
        speakers,
        about,
        evidence: evidence(r),
      },
      nodes: 1,
      relationships: speakers.length + about.length + shortcuts,
    };
  });
  yield* chunks('LobbyingEffort', counts.lobbying, (i, r) => {
    const v = validity(r);
    const lobbyists = r.chance(0.2) ? [actor(r, 0.3).id, actor(r, 0.3).id].filter((x, j, a) => a.indexOf(x) === j) : [actor(r, 0.3).id];
    const target = r.chance(0.1) ? SUPERNODE_ID : actor(r, 0.6).id;
    const stance = r.chance(0.5) ? 'SUPPORT' : 'OPPOSE';
    const onBehalfOf = r.chance(0.15) ? orgId(r.skewed(counts.organizations)) : null;
    return {
      row: {
        ...v,
        validTo: null,
        validToPrecision: null,
        id: `gen-lobbying-${i}`,
        method: r.pick(METHODS),
        stance,
        desiredOutcome: sentence(r, 6),
        date: v.validFrom,
        datePrecision: v.validFromPrecision,
        lobbyists,
        target,
        decision: `gen-decision-${r.skewed(counts.decisions, 2)}`,
        onBehalfOf,
        evidence: evidence(r),
      },
      nodes: 1,
      relationships: lobbyists.length + 2 + (onBehalfOf ? 1 : 0) + (v.retracted ? 0 : lobbyists.length),
    };
  });
}

/** SUPPORTED_BY edges of a batch (counted after the fact: the evidence lists vary). */
export function evidenceCount(batch: Batch): number {
  return batch.rows.reduce((n, row) => n + (Array.isArray(row.evidence) ? row.evidence.length : 0), 0);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The kinds of row, in write order. */
export const KINDS = ['Person', 'Organization', 'Platform', 'Source', 'Account', 'Decision', 'Role', 'DecisionRole', 'Statement', 'LobbyingEffort'] as const;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
