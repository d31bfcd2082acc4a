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
  else if (last === 'o' && !VOWEL.test(beforeLast)) out.add(lemma + 'es'); // goes, does, vetoes, echoes
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

/**
 * Irregular past tenses and participles of common English verbs, by lemma ("be" is left to its callers). Used through
 * irregularForms() and pastParticiple(); lexicon entries that give their own forms keep them.
 */
const IRREGULAR: Readonly<Record<string, readonly [past: string, participle: string]>> = {
  have: ['had', 'had'], do: ['did', 'done'], say: ['said', 'said'], tell: ['told', 'told'], make: ['made', 'made'],
  meet: ['met', 'met'], send: ['sent', 'sent'], pay: ['paid', 'paid'], give: ['gave', 'given'], take: ['took', 'taken'],
  see: ['saw', 'seen'], write: ['wrote', 'written'], speak: ['spoke', 'spoken'], know: ['knew', 'known'],
  break: ['broke', 'broken'], hit: ['hit', 'hit'], strike: ['struck', 'struck'], hear: ['heard', 'heard'],
  think: ['thought', 'thought'], understand: ['understood', 'understood'], get: ['got', 'got'], feel: ['felt', 'felt'],
  read: ['read', 'read'], choose: ['chose', 'chosen'], go: ['went', 'gone'], find: ['found', 'found'],
  buy: ['bought', 'bought'], bring: ['brought', 'brought'], leave: ['left', 'left'], keep: ['kept', 'kept'],
  steal: ['stole', 'stolen'], sell: ['sold', 'sold'], lose: ['lost', 'lost'], win: ['won', 'won'], teach: ['taught', 'taught'],
  seek: ['sought', 'sought'], forget: ['forgot', 'forgotten'], begin: ['began', 'begun'], grow: ['grew', 'grown'],
  throw: ['threw', 'thrown'], show: ['showed', 'shown'], shoot: ['shot', 'shot'], stand: ['stood', 'stood'],
  mislead: ['misled', 'misled'], misread: ['misread', 'misread'], misunderstand: ['misunderstood', 'misunderstood'],
};

/** The irregular forms of a verb lemma, if it has any ({ past: 'took', participle: 'taken' }). */
export function irregularForms(lemma: string): VerbForms {
  const f = IRREGULAR[lemma];
  if (!f) return {};
  return f[0] === f[1] ? { past: f[0] } : { past: f[0], participle: f[1] };
}

/** Every irregular past participle ("taken", "told", "been"). */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['been', ...Object.values(IRREGULAR).map((f) => f[1])]);

/** Whether a lower-case word may be a past participle: a regular -ed form or an irregular one ("decided", "told"). */
export const isPastParticiple = (word: string): boolean => /ed$/.test(word) || IRREGULAR_PARTICIPLES.has(word);
