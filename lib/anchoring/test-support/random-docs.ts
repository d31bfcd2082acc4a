// Random articles, random edits with the annotated span tracked through them, and random DOM
// renderings of a text: the generators behind the anchoring property tests.
import fc from 'fast-check';
import { splitsSurrogatePair } from '../codepoints';

const WORDS = (
  'the a of to and in that is was for on with as he she they said it by at from his her which ' +
  'council mayor minister budget report plan vote city river bridge flood barrier police court judge ' +
  'trial witness school teacher hospital doctor nurse price market bank rate inflation growth strike union ' +
  'worker company profit loss season match goal coach player election voter turnout result seat majority ' +
  'review inquiry audit figure million billion percent spokesperson statement claim evidence dispute denied ' +
  'confirmed rejected warned promised announced delayed approved increased fell rose quickly later again ' +
  'Tuesday Friday March spring northern local national independent official early final new old more'
).split(' ');
const ODD_TOKENS = ['😀', '𝔘𝔫𝔦', '🎉', 'café', '«quoted»', '—', '2019', '£412', 'naïve'];

export const word = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_TOKENS) });
export const sentence = fc.array(word, { minLength: 3, maxLength: 14 }).map((ws) => ws.join(' ') + '. ');
export const article = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('') + '\n'), { minLength: 1, maxLength: 10 })
  .map((ps) => ps.join(''));

/** A position not between the halves of a surrogate pair. */
export function snap(text: string, at: number): number {
  const p = Math.max(0, Math.min(text.length, at));
  return splitsSurrogatePair(text, p) ? p - 1 : p;
}

export interface Span {
  start: number;
  end: number;
}

/** One edit: text[start, end) replaced by `insert`. */
export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** Raw edit recipes in 0..1 fractions, resolved against whatever the text is when applied. */
export type EditRecipe = { around: boolean } & (
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'paragraph'; at: number; text: string }
  | { kind: 'duplicate'; from: number; length: number; to: number }
);

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const oddChars = fc.constantFrom('x', 'é', '😀', ' ', ',', 'Q', '𝔘');

const recipeKind = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: frac, text: fc.oneof(word.map((w) => w + ' '), fc.array(oddChars, { minLength: 1, maxLength: 3 }).map((c) => c.join(''))) }),
  fc.record({ kind: fc.constant('delete' as const), at: frac, length: fc.integer({ min: 1, max: 24 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: frac, length: fc.integer({ min: 1, max: 12 }), text: word }),
  fc.record({ kind: fc.constant('paragraph' as const), at: frac, text: sentence.map((s) => s + '\n') }),
  fc.record({ kind: fc.constant('duplicate' as const), from: frac, length: fc.integer({ min: 5, max: 160 }), to: frac }),
);

/** An edit anywhere in the text, or (around: true) in or within 40 characters of the quote. */
export const editRecipe: fc.Arbitrary<EditRecipe> = fc
  .tuple(recipeKind, fc.boolean())
  .map(([r, around]) => ({ ...r, around }) as EditRecipe);

/** Reach of an "around" edit beyond the quote, in characters. */
const AROUND = 40;

/** A concrete edit for `text` from a recipe; `copyFrom` is set when the edit duplicates part of the text. */
export function resolveEdit(text: string, recipe: EditRecipe, focus: Span): Edit & { copyFrom?: Span } {
  const n = text.length;
  const lo = recipe.around ? Math.max(0, focus.start - AROUND) : 0;
  const hi = recipe.around ? Math.min(n, focus.end + AROUND) : n;
  const place = (f: number, inclusive = false) => lo + Math.floor(f * (hi - lo + (inclusive ? 1 : 0)));
  switch (recipe.kind) {
    case 'insert': {
      const at = snap(text, place(recipe.at, true));
      return { start: at, end: at, insert: recipe.text };
    }
    case 'delete':
    case 'replace': {
      const start = snap(text, place(recipe.at));
      const end = snap(text, start + recipe.length);
      return { start, end: Math.max(start, end), insert: recipe.kind === 'replace' ? recipe.text : '' };
    }
    case 'paragraph': {
      // At the next paragraph boundary, like an editor adding a paragraph.
      const from = place(recipe.at);
      const nl = text.indexOf('\n', from);
      const at = nl < 0 ? n : nl + 1;
      return { start: at, end: at, insert: recipe.text };
    }
    case 'duplicate': {
      const from = snap(text, place(recipe.from));
      const to = snap(text, Math.floor(recipe.to * (n + 1)));
      const end = snap(text, from + recipe.length);
      return { start: to, end: to, insert: text.slice(from, end), copyFrom: { start: from, end } };
    }
  }
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.insert + text.slice(e.end);
}

/**
 * Where a span of the old text is after the edit: shifted when the edit lies wholly before it (an
 * insertion exactly at its start counts as before), unchanged when wholly after, otherwise the
 * union of what survives of it and the replacement text. `touched`: the span's own characters changed.
 */
export function mapSpan(span: Span, e: Edit): { span: Span; touched: boolean } {
  const delta = e.insert.length - (e.end - e.start);
  const insertion = e.start === e.end;
  const before = insertion ? e.start <= span.start : e.end <= span.start;
  const after = e.start >= span.end;
  if (before) return { span: { start: span.start + delta, end: span.end + delta }, touched: false };
  if (after) return { span, touched: false };
  const start = Math.min(span.start, e.start);
  const end = e.end >= span.end ? e.start + e.insert.length : span.end + delta;
  return { span: { start, end: Math.max(start, end) }, touched: true };
}
