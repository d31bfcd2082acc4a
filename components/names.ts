// The names to suggest when the reader corrects who said or disputes something: the people the
// article's findings name (speakers, disputers, claimants), most named first, then other names the
// reader already uses.
export interface Named {
  speaker?: string | null;
  disputedBy?: string | null;
  claimant?: string | null;
}

export function namesFrom(items: Iterable<Named>, more: Iterable<string> = []): string[] {
  const count = new Map<string, number>();
  for (const i of items) {
    for (const n of [i.speaker, i.disputedBy, i.claimant]) {
      const name = n?.replace(/\s+/g, ' ').trim();
      if (name) count.set(name, (count.get(name) ?? 0) + 1);
    }
  }
  // Stable: most named first, then first seen.
  const names = [...count.entries()].map(([name, n], order) => ({ name, n, order }));
  names.sort((a, b) => b.n - a.n || a.order - b.order);
  const out = names.map((x) => x.name);
  for (const m of more) {
    const name = m.replace(/\s+/g, ' ').trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** "Speaker" for quotes, "Disputed by" for disputed assertions: the field a kind's finding can correct. */
export type NameField = 'speaker' | 'disputedBy';

export function nameFieldOf(kind: string): NameField | null {
  return kind === 'quote' ? 'speaker' : kind === 'disputed' ? 'disputedBy' : null;
}

export const NAME_LABEL: Record<NameField, string> = { speaker: 'Speaker', disputedBy: 'Disputed by' };

export interface Corrected {
  originalSpeaker?: string | null;
  originalDisputedBy?: string | null;
}

/**
 * "Corrected by you · Claimlight said Jane Doe" for a name the reader corrected, or null. (What the
 * analysis had said is shown so the reader can judge, and put it back.)
 */
export function correctionNote(item: Corrected, field: NameField): string | null {
  const original = field === 'speaker' ? item.originalSpeaker : item.originalDisputedBy;
  if (original === undefined) return null;
  return original ? `Corrected by you · Claimlight said ${original}` : 'Named by you · Claimlight named no one';
}

/** The alias to offer after a correction: "always read <what the analysis said> as <the reader's name>". */
export function aliasOffer(item: Corrected & Named, field: NameField): { from: string; to: string } | null {
  const from = field === 'speaker' ? item.originalSpeaker : item.originalDisputedBy;
  const to = field === 'speaker' ? item.speaker : item.disputedBy;
  return from && to && from !== to ? { from, to } : null;
}
