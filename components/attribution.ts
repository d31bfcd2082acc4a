// One line saying who is behind an annotation: "Said by X", "Disputed by X · Claimed by Y".
export interface Attributable {
  kind: string;
  speaker: string | null;
  disputedBy: string | null;
  claimant: string | null;
}

export function attribution(a: Attributable): string {
  const parts: string[] = [];
  if (a.kind === 'quote' && a.speaker) parts.push(`Said by ${a.speaker}`);
  if (a.disputedBy) parts.push(`Disputed by ${a.disputedBy}`);
  if (a.claimant) parts.push(`Claimed by ${a.claimant}`);
  return parts.join(' · ');
}

/** A short form of long text for accessible names: "first words…". */
export function snippet(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
