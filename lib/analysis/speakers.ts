import type { Context } from './context';
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
  // "Dale" when the article named "Dale Ford": the fullest form (a form of address is no part of the canonical name already: entities.ts withoutAddress)
  const full = new Map<string, string>();
  for (const a of state.done) {
    if (!a.speaker || !/^\p{Lu}\p{Ll}+$/u.test(a.speaker)) continue;
    let name = full.get(a.speaker);
    if (name === undefined) full.set(a.speaker, (name = ctx.fullNameOfGiven?.(a.speaker) || a.speaker));
    a.speaker = name;
  }
  return state.done;
}
