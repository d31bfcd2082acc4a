// Stable ids for auto-findings: kind + a hash of their text + which occurrence it is, so the same
// finding gets the same id on every visit and in every tab. The background computes them with the
// analysis (entrypoints/background/page-handlers.ts), so a page with thousands of findings does not
// spend a long task on them; the content script matches saved annotations by findingKey.
import type { Finding, Kind } from './model';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
export const findingKey = (kind: Kind, text: string) => `${kind}|${norm(text)}`;

export function stableHash(s: string): string {
  // FNV-1a, 32 bit: short stable ids, not security.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The ids of a list of findings, in order. */
export function findingIdsOf(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = findingKey(f.kind, f.text);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `auto-${f.kind}-${stableHash(key)}${n ? `-${n}` : ''}`;
  });
}
