// Tags typed as text: "war, talks #ukraine" → ['war', 'talks', 'ukraine'] (the store normalises further).
export function parseTags(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[,\n]+|\s+(?=#)/)) {
    const t = raw.trim().replace(/^#+/, '').trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export const formatTags = (tags: readonly string[]) => tags.join(', ');
