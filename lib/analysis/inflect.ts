// Generates the inflected forms of English lexicon entries, so that word lists hold lemmas only.

/** Irregular forms of a verb; anything not given is generated. */
export interface VerbForms {
  s?: string;
  past?: string;
  /** Past participle when it differs from the past tense ("written"). */
  participle?: string;
  ing?: string;
}

const VOWEL = /[aeiou]/;

/**
 * Every form of a verb lemma. A trailing "+" doubles the final consonant before -ed/-ing ("admit+" →
 * admitted, admitting); a trailing "~" allows both ("label~" → labelled and labeled).
 */
export function verbForms(entry: string, irregular: VerbForms = {}): string[] {
  const double = entry.endsWith('+');
  const both = entry.endsWith('~');
  const lemma = double || both ? entry.slice(0, -1) : entry;
  const out = new Set<string>([lemma]);
  const last = lemma[lemma.length - 1] ?? '';
  const beforeLast = lemma[lemma.length - 2] ?? '';
  // -s
  if (irregular.s) out.add(irregular.s);
  else if (/(?:s|x|z|ch|sh)$/.test(lemma)) out.add(lemma + 'es');
  else if (last === 'y' && !VOWEL.test(beforeLast)) out.add(lemma.slice(0, -1) + 'ies');
  else out.add(lemma + 's');
  // -ed
  const stems: string[] = [];
  if (double || both) stems.push(lemma + last);
  if (!double) stems.push(lemma);
  if (irregular.past) out.add(irregular.past);
  else {
    for (const st of stems) {
      if (st.endsWith('e')) out.add(st + 'd');
      else if (st === lemma && last === 'y' && !VOWEL.test(beforeLast)) out.add(lemma.slice(0, -1) + 'ied');
      else out.add(st + 'ed');
    }
  }
  if (irregular.participle) out.add(irregular.participle);
  // -ing
  if (irregular.ing) out.add(irregular.ing);
  else {
    for (const st of stems) {
      if (st.endsWith('ie')) out.add(st.slice(0, -2) + 'ying');
      else if (st.endsWith('e') && !st.endsWith('ee') && st.length > 2) out.add(st.slice(0, -1) + 'ing');
      else out.add(st + 'ing');
    }
  }
  return [...out];
}

/** Singular and plural of a noun lemma ("analyst" → analysts; "spokesman" → spokesmen; "party" → parties). */
export function nounForms(lemma: string): string[] {
  if (lemma.endsWith('man') && !lemma.endsWith('human')) return [lemma, lemma.slice(0, -3) + 'men'];
  if (lemma.endsWith('person')) return [lemma, lemma.slice(0, -6) + 'people', lemma + 's'];
  const last = lemma[lemma.length - 1] ?? '';
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return [lemma, lemma + 'es'];
  if (last === 'y' && !VOWEL.test(lemma[lemma.length - 2] ?? '')) return [lemma, lemma.slice(0, -1) + 'ies'];
  if (lemma.endsWith('fe')) return [lemma, lemma.slice(0, -2) + 'ves'];
  return [lemma, lemma + 's'];
}
