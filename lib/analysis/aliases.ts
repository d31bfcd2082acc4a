// The reader's personal aliases ("always read Mr Trump as Donald Trump"), applied after the analysis
// has named speakers, disputers and claimants: a name equal to an alias's `from` — ignoring case,
// accents, spacing and a leading "the" — becomes its `to`, and the reason says so.
import type { Alias, Finding } from '../model';
import { withoutAddress } from './entities';

/** How two names are compared: case, accents, spacing, a leading "the" and end punctuation ignored. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[.,;:]+$/, '');
}

const FIELDS = ['speaker', 'disputedBy', 'claimant'] as const;

/** Findings with the reader's aliases applied (a new array; findings without a match are kept as they are). */
export function applyAliases(findings: readonly Finding[], aliases: readonly Alias[] | undefined): Finding[] {
  if (!Array.isArray(aliases) || !aliases.length) return [...findings];
  const table = new Map<string, string>();
  for (const a of aliases) {
    const from = aliasKey(a.from ?? '');
    const to = (a.to ?? '').replace(/\s+/g, ' ').trim();
    if (from && to && !table.has(from)) table.set(from, to);
  }
  // an alias saved for "Mr Rubel" still reads "Rubel", the name the analysis now gives when the article has no given name
  for (const a of aliases) {
    const from = aliasKey(withoutAddress((a.from ?? '').trim()));
    const to = (a.to ?? '').replace(/\s+/g, ' ').trim();
    if (from && to && !table.has(from)) table.set(from, to);
  }
  if (!table.size) return [...findings];
  return findings.map((f) => {
    let out: Finding | null = null;
    const read = new Map<string, string>();
    for (const field of FIELDS) {
      const name = f[field];
      if (!name) continue;
      const to = table.get(aliasKey(name));
      if (!to || to === name) continue;
      out ??= { ...f };
      out[field] = to;
      read.set(name, to);
    }
    if (!out) return f;
    const said = [...read].map(([from, to]) => `“${from}” read as ${to}`).join('; ');
    out.reason = `${f.reason} (your alias: ${said})`;
    return out;
  });
}
