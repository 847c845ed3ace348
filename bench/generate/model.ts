/**
 * The deterministic shape of a generated data set: counts per size, a seeded random source, power-law picks, names
 * and dates. Everything here is pure: the same seed and counts give the same rows.
 */

export interface Counts {
  persons: number;
  organizations: number;
  platforms: number;
  sources: number;
  decisions: number;
  roles: number;
  statements: number;
  decisionRoles: number;
  lobbying: number;
  accounts: number;
}

/** Counts for `units` (about the number of nodes): the ratios of a newsroom's graph. */
export function countsFor(units: number): Counts {
  const n = (ratio: number, min: number) => Math.max(min, Math.round(units * ratio));
  return {
    persons: n(0.1, 50),
    organizations: n(0.03, 20),
    platforms: 6,
    sources: n(0.1, 30),
    decisions: n(0.03, 10),
    roles: n(0.14, 60),
    statements: n(0.3, 100),
    decisionRoles: n(0.09, 30),
    lobbying: n(0.2, 80),
    accounts: n(0.01, 10),
  };
}

/** S ~10 thousand nodes, M ~100 thousand nodes, L ~1 million relationships, XL ~10 million (~3.9 relationships per node). */
export const SIZE_UNITS: Record<string, number> = { S: 10_000, M: 100_000, L: 265_000, XL: 2_650_000 };

/** mulberry32: small, fast, good enough for data generation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A power-law index in 0..n-1: small indexes are picked far more often (degree ~ Zipf-like). */
  skewed(n: number, exponent = 2.6): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), exponent)));
  }
  /** k distinct skewed indexes. */
  distinctSkewed(n: number, k: number, exponent = 2.6): number[] {
    const out = new Set<number>();
    let guard = 0;
    while (out.size < Math.min(k, n) && guard++ < k * 20) out.add(this.skewed(n, exponent));
    return [...out];
  }
  /** A day between 2000-01-01 and 2024-12-31, as an ISO date. */
  date(fromYear = 2000, toYear = 2024): string {
    const start = Date.UTC(fromYear, 0, 1);
    const end = Date.UTC(toYear, 11, 31);
    return new Date(start + this.int((end - start) / 86_400_000 + 1) * 86_400_000).toISOString().slice(0, 10);
  }
}

/** Given names and name syllables, shared with the FtM stream generator (bench/generate/ftm.ts). */
export const FIRST = [
  'Ada',
  'Bruno',
  'Chloé',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiro',
  'Inès',
  'Jonas',
  'Kwame',
  'Lena',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sami',
  'Tove',
  'Umar',
  'Vera',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoé',
];
export const SYLLABLES = ['bar', 'cel', 'dov', 'fen', 'gar', 'hol', 'kes', 'lin', 'mor', 'nak', 'pel', 'ros', 'sta', 'tur', 'val', 'wen', 'zed', 'qui', 'mar', 'lo'];
const ORG_SUFFIX: Record<string, string[]> = {
  COMPANY: ['Inc.', 'Group', 'Labs', 'Holdings', 'Media'],
  PUBLIC_BODY: ['Authority', 'Commission', 'Agency', 'Office'],
  LEGISLATURE: ['Assembly', 'Senate', 'Parliament'],
  MEDIA_OUTLET: ['Times', 'Herald', 'Tribune', 'Post'],
  PARTY: ['Party', 'Alliance', 'Movement'],
  TEAM: ['Policy Team', 'Trust & Safety Team'],
  WORKING_GROUP: ['Working Group', 'Task Force'],
  CAMPAIGN: ['Campaign'],
};
export const ORG_KINDS = Object.keys(ORG_SUFFIX);

export function surname(r: Random): string {
  const k = 2 + r.int(2);
  let s = '';
  for (let i = 0; i < k; i += 1) s += r.pick(SYLLABLES);
  return s[0].toUpperCase() + s.slice(1);
}

export function personName(r: Random): string {
  return `${r.pick(FIRST)} ${surname(r)}`;
}

export function orgName(r: Random, kind: string): string {
  return `${surname(r)} ${r.pick(ORG_SUFFIX[kind])}`;
}

export const WORDS = [
  'platform',
  'ban',
  'policy',
  'election',
  'integrity',
  'account',
  'reinstatement',
  'moderation',
  'speech',
  'safety',
  'advertising',
  'privacy',
  'data',
  'regulation',
  'antitrust',
  'misinformation',
  'oversight',
  'transparency',
  'algorithm',
  'children',
  'tax',
  'merger',
  'license',
  'spectrum',
  'encryption',
];

export function sentence(r: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(r.pick(WORDS));
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}
