// A property-test case: an article, an annotated span, edits; and the judge of an anchoring result.
import fc from 'fast-check';
import type { TextQuoteSelector } from '../../model';
import { splitsSurrogatePair } from '../codepoints';
import { CONTEXT_LENGTH, describeText } from '../describe-text';
import { applyEdit, article, editRecipe, mapSpan, resolveEdit, snap, type EditRecipe, type Span } from './random-docs';

export interface Scenario {
  before: string;
  quote: Span;
  recipes: EditRecipe[];
}

export const scenario: fc.Arbitrary<Scenario> = article.chain((before) =>
  fc
    .record({
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      length: fc.oneof(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 8, max: 40 }), fc.integer({ min: 41, max: 160 })),
      recipes: fc.array(editRecipe, { maxLength: 3 }),
    })
    .map(({ at, length, recipes }) => {
      const start = snap(before, Math.floor(at * before.length));
      let end = Math.min(before.length, start + length);
      if (splitsSurrogatePair(before, end)) end++;
      return { before, quote: { start, end }, recipes };
    })
    .filter(({ quote }) => quote.end > quote.start),
);

export interface Edited {
  after: string;
  /** Where the annotated words are now: the original, plus copies (of parts) made by duplication edits. */
  locations: Span[];
  /** Some edit changed characters of the original quote. */
  touched: boolean;
}

export function applyScenario(s: Scenario): Edited {
  let text = s.before;
  let locations: Span[] = [s.quote];
  let touched = false;
  for (const recipe of s.recipes) {
    const edit = resolveEdit(text, recipe, locations[0]!);
    // A duplication (always an insertion) copies whatever part of each location it covers: those
    // copied characters are the annotated words too.
    const from = edit.copyFrom;
    const copies = from
      ? locations
          .map((l) => ({ start: Math.max(l.start, from.start), end: Math.min(l.end, from.end) }))
          .filter((l) => l.end > l.start)
          .map((l) => ({ start: edit.start + l.start - from.start, end: edit.start + l.end - from.start }))
      : [];
    const mapped = locations.map((l) => mapSpan(l, edit));
    touched ||= mapped[0]!.touched;
    locations = [...mapped.map((m) => m.span), ...copies];
    text = applyEdit(text, edit);
  }
  return { after: text, locations, touched };
}

export type Verdict = 'exact' | 'near' | 'orphan' | 'wrong';

export interface Judgement {
  verdict: Verdict;
  /** The quote and its full context survived unchanged, exactly once: anchoring must find it exactly. */
  clean: boolean;
}

function overlapsOrTouches(r: Span, loc: Span): boolean {
  return loc.start === loc.end ? r.start <= loc.start && loc.start <= r.end : r.start < loc.end && loc.start < r.end;
}

/**
 * "Wrong" precisely: a result that neither overlaps any location of the annotated words in the
 * edited text (nor, when an edit deleted them all, touches the point where they were).
 */
export function judge(s: Scenario, edited: Edited, result: Span | null): Judgement {
  const [quote] = describeText(s.before, s.quote.start, s.quote.end) as [TextQuoteSelector];
  const original = edited.locations[0]!;
  const whole = quote.prefix + quote.exact + quote.suffix;
  const context = edited.after.slice(original.start - quote.prefix.length, original.end + quote.suffix.length);
  // Context cut short by the edge of the text must still end at that edge.
  const edgesHold =
    (quote.prefix.length >= CONTEXT_LENGTH || original.start === quote.prefix.length) &&
    (quote.suffix.length >= CONTEXT_LENGTH || original.end + quote.suffix.length === edited.after.length);
  const clean =
    !edited.touched &&
    edited.locations.length === 1 &&
    original.start >= quote.prefix.length &&
    edgesHold &&
    context === whole &&
    edited.after.indexOf(whole) === edited.after.lastIndexOf(whole);
  if (!result) return { verdict: 'orphan', clean };
  if (edited.locations.some((l) => l.start === result.start && l.end === result.end)) return { verdict: 'exact', clean };
  if (edited.locations.some((l) => overlapsOrTouches(result, l))) return { verdict: 'near', clean };
  return { verdict: 'wrong', clean };
}
