import type { Context } from './context';
import { TITLE_WORDS } from './lexicon';
import type { Attribution, AttributionState } from './cues';
import { ATTRIBUTION_SIEVES, REPEATED_QUOTE_SIEVE, type Sieve } from './sieves';

/** Attributes every quotation: the first sieve (in order) that names a speaker decides. */
export function attributeQuotes(ctx: Context, sieves: readonly Sieve[] = ATTRIBUTION_SIEVES): Attribution[] {
  const blockFirstUnit: number[] = new Array(ctx.blocks.length).fill(-1);
  ctx.units.forEach((u, i) => {
    if (blockFirstUnit[u.block] < 0) blockFirstUnit[u.block] = i;
  });
  const state: AttributionState = { ctx, done: [], lastInUnit: new Map(), lastInBlock: new Map(), blockFirstUnit };
  ctx.quotes.forEach((q, qi) => {
    let a: Attribution = { speaker: null, sieve: '', confidence: 0 };
    for (const sieve of sieves) {
      const speaker = sieve.apply(state, qi);
      if (speaker) {
        a = { speaker, sieve: sieve.id, confidence: sieve.confidence };
        break;
      }
    }
    state.done.push(a);
    if (a.speaker) {
      state.lastInUnit.set(ctx.quoteUnit[qi], a.speaker);
      state.lastInBlock.set(q.block, a.speaker);
    }
  });
  // a pull quote before the words' attributed occurrence: once all are attributed, the repeat finds its speaker
  if (sieves.includes(REPEATED_QUOTE_SIEVE)) {
    state.done.forEach((a, qi) => {
      if (a.speaker) return;
      const speaker = REPEATED_QUOTE_SIEVE.apply(state, qi);
      if (speaker) state.done[qi] = { speaker, sieve: REPEATED_QUOTE_SIEVE.id, confidence: REPEATED_QUOTE_SIEVE.confidence };
    });
  }
  // "Mr. Regalado" when the article never gives a given name: the name is "Regalado", the form of address is not part of it
  // (kept when the article addresses a man and a woman by that surname: "Mr. Lim" and "Ms. Lim" are two people)
  const plain = new Map<string, string>();
  for (const a of state.done) {
    if (!a.speaker) continue;
    let name = plain.get(a.speaker);
    // "Dale" when the article named "Dale Ford": the fullest form
    if (name === undefined) plain.set(a.speaker, (name = (/^\p{Lu}\p{Ll}+$/u.test(a.speaker) && ctx.fullNameOfGiven?.(a.speaker)) || withoutAddress(a.speaker, ctx.text)));
    a.speaker = name;
  }
  return state.done;
}

/** A form of address before a lone surname ("Ms. Lim", "Gov. Kasich"); not the titles a peer or a given name keeps ("Lord Sugar", "Sir Keir"). */
const ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Gov|Sen|Rep)\.? (\p{Lu}[\p{L}'’-]+)$/u;

export function withoutAddress(speaker: string, text = ''): string {
  const surname = ADDRESS.exec(speaker)?.[1];
  if (!surname || TITLE_WORDS.has(surname.toLowerCase())) return speaker; // "Mr. President", "Mr. Speaker": an office, not a name
  let man = false;
  let woman = false;
  for (const m of text.matchAll(new RegExp(`\\b(Mr|Mrs|Ms|Miss)\\.? ${surname}\\b`, 'gu'))) {
    if (m[1] === 'Mr') man = true;
    else woman = true;
  }
  return man && woman ? speaker : surname;
}
