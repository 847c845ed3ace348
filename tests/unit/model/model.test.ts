import fs from 'node:fs';
import path from 'node:path';
import { endLookup } from '../../../src/claims/claimWriter';
import { CLAIM_TYPES, NODE_TYPES, VOCABULARIES, claimType, nodeEnumRules, shortcutTypes, walkedTypes } from '../../../src/model';
import { linkRules } from '../../../src/validate/graphChecks';

const srcRoot = path.resolve(__dirname, '..', '..', '..', 'src');
const modelRoot = path.join(srcRoot, 'model');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === modelRoot ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The labels the writer's Cypher accepts at the end of a link: the label test after its id lookup. */
function writerEnds(claim: string, type: string): string[] {
  const link = claimType(claim).links.find((l) => l.type === type)!;
  const test = /WHERE t:([A-Za-z|]+)$/.exec(endLookup(link));
  if (!test) throw new Error(`no label test in the writer's lookup of ${claim}.${type}`);
  return test[1].split('|').sort();
}

describe('the model', () => {
  it('makes writes and validate accept exactly the same ends for every link', () => {
    const validate = linkRules();
    const links = CLAIM_TYPES.flatMap((claim) => claim.links.map((link) => ({ claim: claim.label, link })));
    expect(validate).toHaveLength(links.length);
    for (const { claim, link } of links) {
      const rule = validate.find((r) => r.label === claim && r.type === link.type);
      expect({ claim, type: link.type, ends: [...rule!.ends].sort() }).toEqual({ claim, type: link.type, ends: writerEnds(claim, link.type) });
      expect(rule!.direction).toBe(link.direction === 'in' ? 'IN' : 'OUT');
      expect(rule!.required).toBe(link.required);
    }
  });

  it('declares every end, shortcut and page key against known labels and links', () => {
    const labels = new Set<string>([...NODE_TYPES.map((n) => n.label), ...CLAIM_TYPES.map((c) => c.label)]);
    for (const claim of CLAIM_TYPES) {
      for (const link of claim.links) for (const end of link.ends) expect(labels).toContain(end);
      const types = claim.links.map((l) => l.type);
      for (const s of claim.shortcuts) {
        for (const side of [s.from, s.to]) if (side !== 'claim') expect(types).toContain(side);
        for (const ref of Object.values(s.references)) expect(types).toContain(ref);
      }
      for (const paged of claim.pageKeys) expect(types).toContain(paged);
    }
    expect(walkedTypes()).toEqual(expect.arrayContaining(shortcutTypes()));
  });

  it('gives every enum property a vocabulary, and every dated property its precision rule', () => {
    const rules = nodeEnumRules();
    expect(rules).toContainEqual({ label: 'Payment', property: 'bound', allowed: ['EXACT', 'AT_LEAST', 'AT_MOST'] });
    expect(rules).toContainEqual({ label: 'Statement', property: 'saidAtPrecision', allowed: ['DAY', 'MONTH', 'YEAR'] });
    for (const claim of CLAIM_TYPES) for (const p of claim.properties) if (p.kind === 'enum') expect(p.vocabulary).toBeDefined();
  });

  it('is the only place in src/ that lists a vocabulary or a set of ends', () => {
    const labels = [...NODE_TYPES.map((n) => n.label), ...CLAIM_TYPES.map((c) => c.label), 'Entity', 'Claim'];
    const problems: string[] = [];
    for (const file of sourceFiles(srcRoot)) {
      const text = fs.readFileSync(file, 'utf8');
      const where = path.relative(srcRoot, file);
      for (const vocabulary of VOCABULARIES) {
        const quoted = vocabulary.values.filter((v) => new RegExp(`['"\`]${v}['"\`]`).test(text));
        if (quoted.length >= 2) problems.push(`${where} spells out ${vocabulary.name} (${quoted.join(', ')})`);
      }
      for (const match of text.matchAll(/\[([^\]\n]*)\]/g)) {
        const listed = labels.filter((l) => new RegExp(`['"]${l}['"]`).test(match[1]));
        if (listed.length >= 2) problems.push(`${where} lists labels ${listed.join(', ')}`);
      }
      for (const match of text.matchAll(/:((?:[A-Z][A-Za-z]+\|)+[A-Z][A-Za-z]+)/g)) {
        const listed = match[1].split('|').filter((l) => labels.includes(l));
        if (listed.length >= 2) problems.push(`${where} writes the label expression ${match[1]}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
