import type { Attribution } from './cues';
import type { Context, Unit } from './context';
import { cuesOf } from './cues';
import { BROADCASTERS, FUNCTION_WORDS, WORK_WORDS } from './lexicon';
import { quoteKeysOf, type Quote } from './quotes';
import { FIRST_NAME_GENDER } from './first-names';

/**
 * Quotation marks that do not mark anyone's words: terms and labels ("a practice known as “public safety power
 * shutoff”"), rating scales ("from “poor” to “fair”"), titles of works ("appeared on “Good Morning America”",
 * "the HBO series “The Wire”") and scare quotes in headlines. Each rule has an id so the evaluation can count
 * what it removes.
 */
export interface NotAQuoteRule {
  id: string;
  test(ctx: Context, q: Quote, a: Attribution): boolean;
}

const OPEN = '[“"‘\'`]';
const CLOSE = '[”"’\']';
/** Words that present a quoted phrase as a name or a term rather than as someone's words. */
/** Words that present a quoted phrase as a name or a term rather than as someone's words. "The term …", "the phrase …"
 * are left out: news uses them for words someone used ("she refrained from using the phrase “…”"), which are quotes. */
const TERM_INTRO = /\b(?:(?:known as|referred to as|nicknamed)(?:\s+(?:the|an?))?|so-called|so- called|aka|a\.k\.a\.|the (?:label|hashtag))\s*$/iu;
/** A channel or station named with its kind or its call letters: "Fox News Channel’s", "ABC News’s", "WTMJ’s", "television’s". */
const CHANNEL = /(?:\b(?:News|[Cc]hannel|Network|Radio|XM|TV|television|radio)|\b[KW][A-Z]{2,3})['’]s$/u;
/** After a quotation: "…," by the Daily Planet's Lois Lane: or a link — the headline of a cited article. */
const CITED_BY = /^\s*,?\s*by\s+(?:the\s+)?[^.\n]{0,80}?(?:https?:\/\/|\b[\w-]+\.(?:com|ly|fo|st|org|us|gl)\/|['’]s?\s+\S+\s+\S+\s*[:(])/u;
/** Before a quotation: "“Headline,” by the Gazette's Ann Lee: " — the excerpt of the cited article that follows its headline. */
const CITED_BEFORE = /[”"’']\s*,?\s*by\s+(?:the\s+)?[^.\n“”"]{0,60}?['’]s?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s*$/u;
/** One or two capitalised words, as a nickname is written: "Bobby", "Tig", "The Rock". */
const NICKNAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;
/** A capitalised first name or initial, after a capitalised word or at a sentence's start, then one space. */
const NAME_BEFORE = /(?:^|[\s.])\p{Lu}[\p{L}'’-]*(?: \p{Lu}\.)? $/u;
const FROM_BEFORE = /\bfrom\s*$/iu;
const TO_AFTER = new RegExp(`^\\s*to\\s*${OPEN}`, 'u');
const FROM_TO_BEFORE = new RegExp(`\\bfrom\\s*${OPEN}[^”"’']{1,40}${CLOSE}\\s*to\\s*$`, 'iu');
/** Sieves that find a reporting verb or credit in the quotation's own sentence. */
const DIRECT = new Set(['label', 'dash-credit', 'after-quote', 'before-quote', 'reporting-speaker', 'according-to', 'sentence-cue', 'next-sentence', 'continued-quotation']);
/** What may stand between two items of a list of quoted titles: "“A,” “B” and “C”", "“A”, “B”, or “C”". */
const LIST_GAP = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u;
/** Pronouns that make no one's words on their own in marks: "the word “We”". */
const LONE_PRONOUNS = new Set(['we', 'i', 'you', 'us', 'me', 'they', 'them', 'he', 'she', 'it', 'him', 'her']);
const WORD_INTRO = /\bthe (?:word|name)\s*$/iu;
/** A scale's point before its noun: "the “…” range", "the “…” to “…” range". */
const SCALE_NOUNS = '(?:range|scale|spectrum|zone|territory|category|end)';
const SCALE_THE_BEFORE = /\bthe\s*$/iu;
const SCALE_TO_BEFORE = new RegExp(`\\bthe\\s*${OPEN}[^”"]{1,40}?${CLOSE}\\s*to\\s*$`, 'iu');
const SCALE_NOUN_AFTER = new RegExp(`^\\s*${SCALE_NOUNS}\\b`, 'u');
const SCALE_TO_AFTER = new RegExp(`^\\s*to\\s*${OPEN}[^”"]{1,40}?${CLOSE}\\s*${SCALE_NOUNS}\\b`, 'u');
const SMALL_WORDS = new Set('a an the and or of in on at to for with by from as but vs nor is it its'.split(' '));

/** What the rules need to know of all the article's quotations, computed once per article. */
interface Survey {
  /** Each quotation's words (quoteKey: lower-case, a space at both ends, for comparing two at word edges). */
  keys: string[];
  /** Index of each quotation. */
  index: Map<Quote, number>;
  /** By key, the first quotation outside headings that has it. */
  firstInBody: Map<string, number>;
  /** Top-level quotations outside headings, in double and in single marks. */
  double: number;
  single: number;
}
const surveys = new WeakMap<Context, Survey>();
function survey(ctx: Context): Survey {
  let s = surveys.get(ctx);
  if (!s) {
    s = { keys: quoteKeysOf(ctx), index: new Map(), firstInBody: new Map(), double: 0, single: 0 };
    for (const [i, o] of ctx.quotes.entries()) {
      s.index.set(o, i);
      if (ctx.blocks[o.block]?.type === 'heading') continue;
      if (!s.firstInBody.has(s.keys[i])) s.firstInBody.set(s.keys[i], i);
      if (o.style === 'double') s.double++;
      else s.single++;
    }
    surveys.set(ctx, s);
  }
  return s;
}
const isHeading = (ctx: Context, q: Quote): boolean => ctx.blocks[q.block]?.type === 'heading';
/** The unit (sentence group) of the quotation at index i of ctx.quotes, when no one says anything in it, else null. */
function silentUnit(ctx: Context, i: number): Unit | null {
  const unit = ctx.units[ctx.quoteUnit[i]];
  return unit !== undefined && cuesOf(ctx, unit).length === 0 ? unit : null;
}

const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu) ?? [];
const inner = (ctx: Context, q: Quote): string => ctx.text.slice(q.innerStart, q.innerEnd);

/** "Good Morning America", "The Wire", "Lost Tycoon": every word but small ones capitalised. */
function titleCase(s: string): boolean {
  const w = wordsOf(s.replace(/[.,!?;:]+$/, ''));
  if (!w.length || w.length > 10 || !/^[\p{Lu}\p{N}]/u.test(w[0])) return false;
  return w.every((x, i) => i === 0 || SMALL_WORDS.has(x.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(x));
}

/** Words around a quotation that make it the title of a work: "the HBO series", "starred in", "CBS’s". */
function workContext(ctx: Context, q: Quote, words: number): boolean {
  const before = ctx.text.slice(Math.max(ctx.blocks[q.block]?.start ?? 0, q.start - (words === 1 ? 18 : 45)), q.start);
  const after = ctx.text.slice(q.end, q.end + 30).split(/[.;:]/)[0];
  const near = (s: string): boolean => (s.toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => WORK_WORDS.has(w));
  return near(before) || (words > 1 && near(after)) || BROADCASTERS.test(before.trim()) || CHANNEL.test(before.trim());
}

/**
 * Lists of quoted titles, found once per article: consecutive title-case quotations of one paragraph with only a
 * comma, "and" or "or" between them (the earlier not ending in . ! or ?) form a list. `run` gives each quotation's
 * list (-1 for none), `work` whether a work word stands by it, `works` how many of a list's titles have one.
 */
interface TitleLists {
  run: number[];
  work: boolean[];
  works: number[];
}
const titleListsOf = new WeakMap<Context, TitleLists>();
function titleLists(ctx: Context): TitleLists {
  let t = titleListsOf.get(ctx);
  if (t) return t;
  const n = ctx.quotes.length;
  t = { run: new Array<number>(n).fill(-1), work: new Array<boolean>(n).fill(false), works: [] };
  const title = ctx.quotes.map((o) => titleCase(inner(ctx, o)));
  const linked = (a: Quote, b: Quote): boolean => a.block === b.block && !/[.!?]$/.test(inner(ctx, a)) && LIST_GAP.test(ctx.text.slice(a.end, b.start));
  for (let i = 0; i < n; i++) {
    if (!title[i]) continue;
    const o = ctx.quotes[i];
    t.work[i] = workContext(ctx, o, wordsOf(inner(ctx, o)).length);
    if (i > 0 && t.run[i - 1] >= 0 && linked(ctx.quotes[i - 1], o)) t.run[i] = t.run[i - 1];
    else if (i + 1 < n && title[i + 1] && linked(o, ctx.quotes[i + 1])) t.run[i] = t.works.push(0) - 1;
    if (t.run[i] >= 0 && t.work[i]) t.works[t.run[i]]++;
  }
  titleListsOf.set(ctx, t);
  return t;
}

export const NOT_A_QUOTE: readonly NotAQuoteRule[] = [
  { id: 'term', test: (ctx, q) => wordsOf(inner(ctx, q)).length <= 5 && TERM_INTRO.test(ctx.text.slice(Math.max(0, q.start - 60), q.start)) },
  {
    // "Rep. Robert C. “Bobby” Scott", "John “Tig” Tiegen": a nickname inside a person's name
    id: 'nickname',
    test: (ctx, q) => NICKNAME.test(inner(ctx, q)) && NAME_BEFORE.test(ctx.text.slice(Math.max(0, q.start - 30), q.start)) && /^ \p{Lu}\p{Ll}/u.test(ctx.text.slice(q.end, q.end + 3)),
  },
  {
    id: 'rating-scale',
    test(ctx, q) {
      if (wordsOf(inner(ctx, q)).length > 3) return false;
      const before = ctx.text.slice(Math.max(0, q.start - 60), q.start);
      return (FROM_BEFORE.test(before) && TO_AFTER.test(ctx.text.slice(q.end, q.end + 8))) || FROM_TO_BEFORE.test(before);
    },
  },
  {
    // a reading list: "“Town hall votes to keep the old library,” by the Gazette's Ann Lee: http://…" — the quotation is
    // the headline of a cited article, credited to its reporter and outlet, not words anyone spoke
    id: 'cited-headline',
    test: (ctx, q) => CITED_BY.test(ctx.text.slice(q.end, Math.min(q.end + 160, ctx.blocks[q.block]?.end ?? q.end + 160))),
  },
  {
    // "… by the Gazette's Ann Lee: “The council voted on Tuesday …”": an excerpt of the cited article, after its headline
    id: 'cited-excerpt',
    test: (ctx, q) => CITED_BEFORE.test(ctx.text.slice(Math.max(ctx.blocks[q.block]?.start ?? 0, q.start - 200), q.start)),
  },
  {
    // "the “it'll do” to “this is terrible” range", "in the “this is great” zone": points of a scale, named by the words
    // at them, between "the" and a scale noun
    id: 'scale-point',
    test(ctx, q) {
      if (wordsOf(inner(ctx, q)).length > 4) return false;
      const before = ctx.text.slice(Math.max(0, q.start - 60), q.start);
      const after = ctx.text.slice(q.end, q.end + 60);
      return (SCALE_THE_BEFORE.test(before) || SCALE_TO_BEFORE.test(before)) && (SCALE_NOUN_AFTER.test(after) || SCALE_TO_AFTER.test(after));
    },
  },
  {
    id: 'work-title',
    test(ctx, q) {
      const s = inner(ctx, q);
      return titleCase(s) && workContext(ctx, q, wordsOf(s).length);
    },
  },
  {
    // "hits including “Listen To The Music,” “Black Water” and “China Grove”": the work word names one title, the list holds the rest
    id: 'title-list',
    test(ctx, q) {
      if (!titleCase(inner(ctx, q))) return false;
      const { index } = survey(ctx);
      const i = index.get(q) ?? -1;
      const { run, works, work } = titleLists(ctx);
      // another title of the same list has a work word by it (its own is work-title's, tried before)
      return run[i] >= 0 && works[run[i]] - (work[i] ? 1 : 0) > 0;
    },
  },
  {
    // "A “concession” wagon was pulled through the crowd." — a word or two in marks, no one says or writes anything in
    // the sentence, and only an earlier paragraph names anyone: a term or a scare quote, not someone's words
    id: 'lone-term',
    test(ctx, q, a) {
      if (a.sieve !== 'previous-paragraph' || wordsOf(inner(ctx, q)).length > 2) return false;
      return silentUnit(ctx, survey(ctx).index.get(q) ?? -1) !== null;
    },
  },
  {
    // a headline quoting words the article quotes again in its text: the words are marked where they are said, with
    // their speaker, not twice
    id: 'headline-repeat',
    test(ctx, q) {
      if (!isHeading(ctx, q)) return false;
      const { keys, index } = survey(ctx);
      const key = keys[index.get(q) ?? -1];
      if (!key || key === '  ') return false;
      return ctx.quotes.some((o, j) => !isHeading(ctx, o) && keys[j].includes(key));
    },
  },
  {
    // "the boy wore a 'Make America Great Again' hat" in an article that quotes people in double marks: single marks
    // at the top level there set off labels, terms and headline-style lines (US style), not someone's words. Articles
    // that quote in single marks (UK style) keep them: they have few top-level double quotations.
    id: 'single-in-double',
    test(ctx, q) {
      if (q.style !== 'single' || isHeading(ctx, q)) return false;
      const { double, single } = survey(ctx);
      return double >= 3 && double >= 3 * single;
    },
  },
  {
    // a word or two quoted again after an earlier quotation gave them, in a sentence where no one speaks: the term, reused
    id: 'term-again',
    test(ctx, q) {
      if (wordsOf(inner(ctx, q)).length > 2) return false;
      const { keys, index, firstInBody } = survey(ctx);
      const i = index.get(q) ?? -1;
      if (!((firstInBody.get(keys[i]) ?? i) < i)) return false;
      return silentUnit(ctx, i) !== null;
    },
  },
  {
    // "his trademark of the word “We”", "the use of “We.”", "the name “Trump”": one word in marks talked about as a word
    // — a lone pronoun, or any word after "the word" / "the name" — not anyone's words
    id: 'word-mention',
    test(ctx, q) {
      const w = wordsOf(inner(ctx, q));
      if (w.length !== 1) return false;
      return LONE_PRONOUNS.has(w[0].toLowerCase()) || WORD_INTRO.test(ctx.text.slice(Math.max(0, q.start - 20), q.start));
    },
  },
  {
    // "the review's “baseline” figures", "a “normal” day": up to three words in marks that no sieve could give to
    // anyone, in a sentence where no one says anything — a term, a label or a scare quote, not someone's words.
    // (PolNeAR train: 120 fewer predictions, 58 of them quoted terms its annotators gave to the writer; F1 unchanged.)
    id: 'unsaid-term',
    test(ctx, q, a) {
      if (a.speaker || wordsOf(inner(ctx, q)).length > 3) return false;
      // inside a sentence of the writer's (a quotation standing alone, "“We won!”", is someone's words)
      return (silentUnit(ctx, survey(ctx).index.get(q) ?? -1)?.frame.length ?? 0) >= 2;
    },
  },
  {
    id: 'headline-term',
    test: (ctx, q, a) => ctx.blocks[q.block]?.type === 'heading' && !DIRECT.has(a.sieve) && wordsOf(inner(ctx, q)).length <= 6,
  },
  {
    // "the “Don’t Jerk and Drive” campaign", "a three-day “Jeb Can Fix It” bus tour", "the “Three Amigos” summit": a name
    // in title case (two words or more) set before the noun it names, and no reporting verb or credit right by it — a
    // campaign's, an event's or a group's name, not anyone's words. (PolNeAR train: 20 removed, 11 not quotes, 9 names
    // its annotators counted as attributions: "the “Choose Life” license plates", "the “Gang of Eight” bill".)
    id: 'named-thing',
    test(ctx, q, a) {
      const s = inner(ctx, q);
      if (DIRECT.has(a.sieve) || /[,;:!?]$/.test(s) || wordsOf(s).length < 2 || !titleCase(s)) return false;
      return nounAfter(ctx, q);
    },
  },
  {
    // "he said on “Meet the Press.”", "analysis on ''Monday Night Baseball''": a title-case name right after "on" is a
    // programme or a page, where words were said, not the words. (PolNeAR train: 8 removed, 6 not quotes.)
    id: 'on-title',
    test: (ctx, q) => ON_BEFORE.test(ctx.text.slice(Math.max(0, q.start - 4), q.start)) && wordsOf(inner(ctx, q)).length >= 2 && titleCase(inner(ctx, q)),
  },
  {
    // "sparked a wave of “Cleggmania” that …", "the “Belfastisation” of the city", "the “Avatar” star": one capitalised
    // word, inside its sentence (neither opening nor closing it), that the article writes nowhere else and that is no
    // given name, with no reporting verb or credit right by it — a coined word or a title, not someone's words.
    // (PolNeAR train: 6 removed, 5 not quotes; the sixth is "referring to Sen. Elizabeth Warren as “Pocahontas”".)
    id: 'coined-word',
    test(ctx, q, a) {
      const s = inner(ctx, q);
      if (STRICT.has(a.sieve) || !/^\p{Lu}\p{Ll}+,?$/u.test(s)) return false;
      const word = s.replace(/,$/, '');
      if (FIRST_NAME_GENDER.has(word.toLowerCase())) return false;
      if (SENTENCE_OPEN.test(ctx.text.slice(Math.max(ctx.blocks[q.block]?.start ?? 0, q.start - 6), q.start))) return false;
      return (capitalisedWords(ctx).get(word) ?? 0) <= 1; // the quotation's own
    },
  },
  {
    // "to keep the “whistleblower’s” identity secret": one word in marks with a possessive ending is a term made a
    // noun's owner; nobody says a possessive on its own. (PolNeAR train: none.)
    id: 'possessive-term',
    test: (ctx, q) => /^\p{L}[\p{L}-]*['’]s$/u.test(inner(ctx, q)),
  },
  {
    // "shows from Pixar, “Star Wars,” Marvel Studios and classic Disney fare, including “Mary Poppins” and “Bambi.”": a
    // title-case quotation with no cue right by it, in a sentence where another is a work's title (work-title's words
    // stand by it) — another title. (PolNeAR train: 8 removed, 6 not quotes; the 2 others are TV shows' titles.)
    id: 'title-sentence',
    test(ctx, q, a) {
      if (DIRECT.has(a.sieve) || !titleCase(inner(ctx, q))) return false;
      const i = survey(ctx).index.get(q) ?? -1;
      const { work } = titleLists(ctx);
      const u = ctx.quoteUnit[i];
      return ctx.quotes.some((o, j) => j !== i && ctx.quoteUnit[j] === u && work[j]);
    },
  },
];

const capitalisedCounts = new WeakMap<Context, Map<string, number>>();
/**
 * How often each capitalised word ("Cleggmania": a capital, then small letters, between non-letters) stands in the
 * text, counted once per analysis: searching the text for each quotation's word cost a text's length per quotation.
 */
function capitalisedWords(ctx: Context): Map<string, number> {
  let counts = capitalisedCounts.get(ctx);
  if (!counts) {
    counts = new Map();
    for (const m of ctx.text.matchAll(/(?<!\p{L})\p{Lu}\p{Ll}+(?!\p{L})/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    capitalisedCounts.set(ctx, counts);
  }
  return counts;
}

/** Sieves that find the speaker right by the quotation: a verb just before or after it, a credit or "according to". */
const STRICT = new Set(['label', 'dash-credit', 'after-quote', 'before-quote', 'according-to', 'as-clause']);
const ON_BEFORE = /\bon\s*$/u;
/** What stands before a quotation that opens its sentence: the paragraph's start, or a stop and space. */
const SENTENCE_OPEN = /(?:^|[.!?:]["”’']?\s)\s*$/u;
/** Whether a noun follows the quotation directly ("“…” campaign"): a lower-case word that is no function word, adverb or -ed form. */
function nounAfter(ctx: Context, q: Quote): boolean {
  const m = /^ ([a-z][a-z-]*)\b/.exec(ctx.text.slice(q.end, q.end + 30));
  return !!m && !FUNCTION_WORDS.has(m[1]) && !/(?:ly|ed)$/.test(m[1]);
}

/** The id of the rule that says quotation q marks no one's words, or null. */
export function notAQuote(ctx: Context, q: Quote, a: Attribution): string | null {
  for (const r of NOT_A_QUOTE) if (r.test(ctx, q, a)) return r.id;
  return null;
}
