// What the page session shows: auto-findings merged with the reader's saved annotations.
import type { Annotation, Finding, Kind } from '@/lib/model';
import type { PageSummaryItem } from '@/lib/messaging/contract';

export interface PageItem extends PageSummaryItem {
  /** Saved record, when the reader keeps it (or dismissed it). */
  annotation: Annotation | null;
  /** The analysis finding, for auto items. */
  finding: Finding | null;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
export const findingKey = (kind: Kind, text: string) => `${kind}|${norm(text)}`;

/** Stable id for an auto-finding: kind + a hash of its text + which occurrence it is. */
export function findingIds(findings: Finding[]): string[] {
  let ids = idsOf.get(findings);
  if (!ids) idsOf.set(findings, (ids = computeIds(findings)));
  return ids;
}
// Findings arrive once per analysis and are laid out on every repaint: their ids are kept.
const idsOf = new WeakMap<Finding[], string[]>();

function computeIds(findings: Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = findingKey(f.kind, f.text);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `auto-${f.kind}-${stableHash(key)}${n ? `-${n}` : ''}`;
  });
}

export function stableHash(s: string): string {
  // FNV-1a, 32 bit: short stable ids, not security.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function itemFromFinding(f: Finding, id: string): PageItem {
  return {
    id,
    kind: f.kind,
    source: 'auto',
    text: f.text,
    speaker: f.speaker ?? null,
    disputedBy: f.disputedBy ?? null,
    claimant: f.claimant ?? null,
    reason: f.reason,
    note: '',
    saved: false,
    orphan: false,
    annotation: null,
    finding: f,
  };
}

export function itemFromAnnotation(a: Annotation, orphan: boolean): PageItem {
  return {
    id: a.id,
    kind: a.kind,
    source: a.source,
    text: a.exact,
    speaker: a.speaker,
    disputedBy: a.disputedBy,
    claimant: a.claimant,
    reason: a.reason,
    note: a.note,
    saved: true,
    orphan,
    originalSpeaker: a.originalSpeaker,
    originalDisputedBy: a.originalDisputedBy,
    annotation: a,
    finding: null,
  };
}

/**
 * Auto-findings the reader has not acted on: a finding whose kind and text match a saved
 * annotation made from an auto-finding (kept, edited or dismissed) is represented by that record,
 * and so is one the reader re-classified (saved under another kind: its record's id, `<finding
 * id>@<page>`, names it).
 */
export function unsavedFindings(findings: Finding[], saved: Annotation[]): { finding: Finding; id: string }[] {
  const taken = new Set<string>();
  for (const a of saved) if (a.source === 'auto') taken.add(findingKey(a.kind, a.exact)).add(a.id.split('@')[0]!);
  const ids = findingIds(findings);
  const all = findings.map((finding, i) => ({ finding, id: ids[i]! }));
  return taken.size ? all.filter(({ finding, id }) => !taken.has(id) && !taken.has(findingKey(finding.kind, finding.text))) : all;
}
