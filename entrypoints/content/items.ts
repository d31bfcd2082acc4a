// What the page session shows: auto-findings merged with the reader's saved annotations.
import type { Annotation, Finding } from '@/lib/model';
import { findingKey } from '@/lib/finding-ids';
import type { PageSummaryItem } from '@/lib/messaging/contract';

export interface PageItem extends PageSummaryItem {
  /** Saved record, when the reader keeps it (or dismissed it). */
  annotation: Annotation | null;
  /** The analysis finding, for auto items. */
  finding: Finding | null;
}

export { stableHash } from '@/lib/finding-ids';

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
export function unsavedFindings(findings: Finding[], ids: readonly string[], saved: Annotation[]): { finding: Finding; id: string }[] {
  const taken = new Set<string>();
  for (const a of saved) if (a.source === 'auto') taken.add(findingKey(a.kind, a.exact)).add(a.id.split('@')[0]!);
  const all = findings.map((finding, i) => ({ finding, id: ids[i]! }));
  return taken.size ? all.filter(({ finding, id }) => !taken.has(id) && !taken.has(findingKey(finding.kind, finding.text))) : all;
}

/** An item as the popup sees it: without the saved record and the raw finding. */
export function toSummary({ annotation: _a, finding: _f, ...rest }: PageItem): PageSummaryItem {
  return rest;
}
