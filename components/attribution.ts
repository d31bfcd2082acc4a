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

/** A short form of long text for accessible names: "first words…", cut between words (never mid-word). */
export function snippet(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  // Ending where a word ends keeps that word; else back to the last space.
  const space = t[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  // A single word longer than the limit is the one case cut inside a word.
  return `${(space > max / 3 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
