import { PLACES } from './places';
import { genderOfFirstName } from './first-names';

/** US states as the AP abbreviates them after a town ("Ashton, Md.", "Raleigh, N.C.", "Berea, Ohio"), lower case, no final dot. */
const STATE_ABBREVIATIONS = new Set('ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c'.split(' '));
import type { Token } from './words';
import { lowerBound } from './lower-bound';
import {
  DESCRIPTIVE_NOUNS, DESCRIPTORS, GROUP_NOUNS, GROUP_QUANTIFIERS, HONORIFICS, NAME_CONNECTORS, NAME_SUFFIXES, NAMED_BODIES, NOT_NAME_WORDS,
  LEADING_NOT_NAME_WORDS, ORG_ROLE_NOUNS, ORG_WORDS, PERSON_ROLE_NOUNS, PERSON_TITLES, PLACE_WORDS, ROLE_MODIFIERS, TITLE_WORDS,
  SPEECH_VERBS, GROUP_NAME_LINKS, EVENT_NAME_ENDS, isNumberWord, VERBS, MODALS, CLAUSE_SKIP,
} from './lexicon';

export type MentionKind = 'name' | 'pronoun' | 'role' | 'group';

/** A noun phrase that may refer to a speaker: "Mr Trump", "the US president", "she", "Russian officials". */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** As written, with a lower-case determiner: "the White House", "Mr Trump", "the US president". */
  text: string;
  /** Index (into the token array) of the first token after the mention. */
  next: number;
  possessive: boolean;
  /** name: the name without honorific, titles or suffixes ("Donald Trump", "Trump"). */
  name: string;
  /** Number of words in `name`. */
  nameLength: number;
  gender: 'm' | 'f' | null;
  /** name: role keys from the titles before it ("us president", "president"); role: its key. */
  roles: string[];
  /** Looks like an organisation. */
  org: boolean;
  /** name: a country, state or city ("South Carolina"); also counted as `org` (it may speak as a government). */
  place: boolean;
  honorific: boolean;
  /** name: the honorific takes a first name, not a surname ("Sir Keir", "Dame Harriet"). */
  firstNameHonorific: boolean;
  /** name: a generational suffix as written after the name ("Jr.", "III"): part of the fullest form, not of the surname. */
  suffix: string;
  /** name: an affiliation in front of role words and a person's name ("Council chief executive Zara Whitfield"): not the subject. */
  modifier: boolean;
  /** role: the head noun ("president", "company"); role mentions with a qualifier ("the Welsh government") are `qualified`. */
  head: string;
  qualified: boolean;
  /** role: "the minister" rather than "a former minister". */
  definite: boolean;
}

/** Honorifics used with a first name alone: "Sir Keir", "Dame Harriet", "Lady Anne". */
const FIRST_NAME_HONORIFICS = new Set(['sir', 'dame', 'lady', 'sheikh', 'sheik', 'prince', 'princess', 'emir']);
/** Generational suffixes, kept in the fullest form of a name ("Brent Bozell III", "James Kennedy Jr."). */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Lower-case particles that may run two together inside a name: "Ursula von der Leyen", "Ana de la Cruz". */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'la', 'del', 'da', 'dos', 'das', 'di', 'du', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'le']);
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
/** A lower-case particle joined to a capitalised name: "al-Ansari", "bin-Salman", "de-Gaulle". */
const PARTICLE_NAME = /^(?:al|el|bin|ibn|abu|de|di|da|du|van|von|le|la)-\p{Lu}/u;

const adjacent = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0'); // a web page's no-break space too

function base(kind: MentionKind, start: number, end: number, text: string, next: number): Mention {
  return { kind, start, end, text, next, possessive: false, name: '', nameLength: 0, gender: null, roles: [], org: false, place: false, honorific: false, firstNameHonorific: false, suffix: '', modifier: false, head: '', qualified: false, definite: true };
}

/** What the whole article tells the mention finder. */
export interface MentionOptions {
  /** Words the article also writes in lower case ("does", "thousands"): capitalised at a sentence's start they are not names. */
  common?: ReadonlySet<string>;
  /** Words the article writes capitalised inside a sentence: a name (or part of one) wherever it stands. */
  midCaps?: ReadonlySet<string>;
}

/** Finds mentions among `tokens` (the words of one stretch of text, in order). Linear in the token count. */
export function findMentions(text: string, tokens: readonly Token[], options: MentionOptions = {}): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const lower = t.lower;
    // "he’d respond", "she’ll say": the pronoun with its auxiliary clipped on is the subject all the same
    const pronoun = (lower === 'he' || lower === 'she') && !t.possessive ? lower : /^(?:he|she)['’](?:d|ll)$/.test(lower) ? lower.slice(0, lower.length - (lower.endsWith('d') ? 2 : 3)) : '';
    if (pronoun) {
      const m = base('pronoun', t.start, t.end, pronoun, i + 1);
      m.gender = pronoun === 'he' ? 'm' : 'f';
      out.push(m);
      i++;
      continue;
    }
    if (lower === 'the' || lower === 'a' || lower === 'an') {
      const role = roleAt(text, tokens, i);
      if (role) {
        out.push(role);
        i = role.next;
        continue;
      }
    }
    const group = groupAt(text, tokens, i);
    if (group) {
      out.push(group);
      i = group.next;
      continue;
    }
    if (t.cap) {
      const name = nameAt(text, tokens, i, options.common, options.midCaps);
      if (name) {
        out.push(name);
        i = name.next;
        continue;
      }
    }
    i++;
  }
  markModifiers(tokens, out);
  for (const m of out) {
    if (m.text.includes('\u00a0')) m.text = m.text.replace(/\u00a0/g, ' ');
    if (m.name.includes('\u00a0')) m.name = m.name.replace(/\u00a0/g, ' ');
  }
  return out;
}

/**
 * "Council chief executive Zara Whitfield", "Conservative finance critic Jasmine Patel": a name followed by
 * one to three lower-case role words and then a person's name only qualifies that person.
 */
const NOT_PORTFOLIO = new Set(`the a an and or but to of for with by from at in on as told tells says said asks asked met meets
  thanked thanks praised praises called calls named names than that who whom whose`.split(/\s+/));

/** "defenseman", "goalkeeper", "novelist", "librarian": a noun for what a person does, by its ending. */
const AGENT_NOUN = /^[a-z]{2,}(?:man|woman|person|keeper|ist|ian|er|or)$/;
const NOT_AGENT_NOUNS = new Set(`after over under other either neither whether never rather later ever however whatever together
  another better further former latter nor per for or her their our your counter ahead`.split(/\s+/));
const agentNoun = (w: string): boolean => AGENT_NOUN.test(w) && !NOT_AGENT_NOUNS.has(w) && !NOT_PORTFOLIO.has(w);

/** Words that never describe a person between a name and another: "said Trump in Ohio", "said Reed after Jo Lee spoke". */
const PREPOSITIONS_AFTER = new Set('in on at after before during about over into from since until while when where because if as so then also'.split(' '));

/** Whether the token before the one starting at `start` is a lower-case reporting verb ("said", "added"). */
function afterSpeechVerb(tokens: readonly Token[], start: number): boolean {
  const v = tokens[lowerBound(tokens, (t) => t.start < start) - 1];
  return !!v && !v.cap && SPEECH_VERBS.has(v.lower) && !v.lower.endsWith('ing');
}

function markModifiers(tokens: readonly Token[], mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const next = mentions[k + 1];
    if (m.kind !== 'name' || m.possessive || next.kind !== 'name' || next.org || (next.nameLength < 2 && !next.honorific)) continue;
    const between: string[] = [];
    for (let j = m.next; j < tokens.length && tokens[j].start < next.start; j++) between.push(tokens[j].lower);
    const roleWord = (w: string): boolean => PERSON_ROLE_NOUNS.has(w) || ORG_ROLE_NOUNS.has(w) || ROLE_MODIFIERS.has(w);
    // One other word may name the portfolio: "Opposition transport spokeswoman Lena Varga", "Labour housing
    // minister Jo Reed" — a plain noun, not a verb or a function word ("Smith told the coach Jones").
    const portfolio = (w: string): boolean => /^[a-z][a-z-]*$/.test(w) && !/(?:ed|ing|ly)$/.test(w) && !NOT_PORTFOLIO.has(w);
    const others = between.slice(0, -1).filter((w) => !roleWord(w));
    const head = between[between.length - 1] ?? '';
    // "Concord resident Whit Symms", "Blaze co-host Stu Burguiere": a place or body before a person's role and name
    if (between.length >= 1 && between.length <= 3 && others.length <= 1 && others.every(portfolio) && (PERSON_ROLE_NOUNS.has(head) || DESCRIPTIVE_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(head.replace(/^co-/, '')) || agentNoun(head))) m.modifier = true;
    // "Air Force 1st Lt. Tyler Livingston", "Army 2nd Lt. Jo Reed": a service, then a rank with its ordinal, then the name
    else if (next.honorific && between.length >= 1 && between.length <= 2 && between.every((w) => /^\d+(?:st|nd|rd|th)$/.test(w) || roleWord(w))) m.modifier = true;
    // right after an inverted reporting verb any plain noun or two may describe the person named next:
    // "“…,” said Clinton ally James Carville", "said Cruz constituent Dan Golvach"
    else if (between.length >= 1 && between.length <= 2 && !next.possessive && afterSpeechVerb(tokens, m.start) && between.every((w) => /^[a-z][a-z-]*$/.test(w) && (!/(?:ed|ly)$/.test(w) || w === 'ally') && !NOT_PORTFOLIO.has(w) && !PREPOSITIONS_AFTER.has(w))) m.modifier = true;
  }
}

/**
 * "the government of Velmora", "the ministry of health of Dastria": a body's office followed by "of" and a
 * capitalised name is that body's own name (an organisation), not a role to resolve to whatever body came last.
 */
function officeOf(text: string, tokens: readonly Token[], i: number, j: number): Mention | null {
  const of = tokens[j + 1];
  if (of?.lower !== 'of' || !adjacent(text, tokens[j], of)) return null;
  let e = j + 2;
  while (e < tokens.length && e < j + 6 && tokens[e].cap && !NOT_NAME_WORDS.has(tokens[e].lower) && adjacent(text, tokens[e - 1], tokens[e])) {
    e++;
    if (tokens[e - 1].possessive || tokens[e - 1].dot) break;
  }
  if (e === j + 2) return null;
  const last = tokens[e - 1];
  const end = last.start + last.word.length;
  const m = base('name', tokens[i].start, last.end, 'the ' + text.slice(tokens[i + 1].start, end), e);
  m.name = m.text;
  m.nameLength = e - (j + 2);
  m.org = true;
  m.definite = true;
  m.possessive = last.possessive;
  m.head = tokens[j].lower;
  return m;
}

/** "the (US) president", "the company", "the Inner Mongolia health commission": lower-case role noun within 4 words of "the". */
function roleAt(text: string, tokens: readonly Token[], i: number): Mention | null {
  const definite = tokens[i].lower === 'the';
  for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) {
    let t = tokens[j];
    if (!adjacent(text, tokens[j - 1], t)) return null;
    const age = /^\d{1,3}-year-old$/.test(t.lower); // "the 45-year-old"
    if (/\d/.test(t.word) && !age) return null;
    const person = age || PERSON_ROLE_NOUNS.has(t.lower) || DESCRIPTIVE_NOUNS.has(t.lower);
    if (!t.cap && (person || (definite && ORG_ROLE_NOUNS.has(t.lower)))) {
      const quals = tokens.slice(i + 1, j);
      if (quals.some((q) => q.possessive || q.dot)) return null;
      // four words after "the" only for a two-word name before the noun: "the Inner Mongolia health commission"
      if (definite && quals.length === 3 && !(quals[0].cap && quals[1].cap)) return null;
      if (!definite && (SPOKES.has(t.lower) || quals.some((q) => q.cap && !isNationality(q)))) return null; // "a Western Grid spokesperson": the name speaks
      while (person && !t.possessive && j + 1 < tokens.length && !tokens[j + 1].cap && PERSON_ROLE_NOUNS.has(tokens[j + 1].lower) && adjacent(text, t, tokens[j + 1])) t = tokens[++j]; // "the chief executive"
      const key = [...quals.map((q) => q.lower), t.lower].join(' ');
      const m = base('role', tokens[i].start, t.end, (definite ? 'the ' : tokens[i].lower + ' ') + text.slice(tokens[i + 1].start, t.end), j + 1);
      m.definite = definite;
      m.possessive = t.possessive;
      if (t.possessive) m.text = 'the ' + text.slice(tokens[i + 1].start, tokens[i + 1].start + (t.start - tokens[i + 1].start) + t.word.length);
      m.roles = [key];
      m.head = age ? 'year-old' : t.lower;
      m.org = !person;
      m.qualified = quals.length > 0;
      return (m.org && definite && !t.possessive && officeOf(text, tokens, i, j)) || m;
    }
    if (t.possessive || t.dot) return null;
  }
  return null;
}

/** "Qatari", "British": a nationality adjective, not an organisation's name. */
function isNationality(t: Token): boolean {
  return DESCRIPTORS.has(t.lower) || /(?:an|ese|ish|i)$/.test(t.lower);
}

/** "some analysts", "Russian officials", "Democrats". */
const GROUP_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'these', 'those']);

function groupAt(text: string, tokens: readonly Token[], i: number): Mention | null {
  let j = i;
  // (a capitalised function word opening the sentence is no qualifier: "While Republicans have …")
  const isQualifier = (t: Token): boolean => GROUP_QUANTIFIERS.has(t.lower) || (t.cap && !GROUP_NOUNS.has(t.lower) && (GROUP_DETERMINERS.has(t.lower) || !NOT_NAME_WORDS.has(t.lower)));
  while (j < tokens.length && j < i + 2 && isQualifier(tokens[j]) && !tokens[j].possessive && !tokens[j].dot && j + 1 < tokens.length && adjacent(text, tokens[j], tokens[j + 1])) j++;
  const head = tokens[j];
  if (!head || !GROUP_NOUNS.has(head.lower) || (head.possessive && head.cap)) return null; // "Tenants’ Federation" is a name
  // "Doctors for Camp Closure", "Physicians for Human Rights", "Mothers Against Drunk Driving": a capitalised group noun
  // that opens a capitalised name with "for", "against" or "without" is an organisation's name
  if (j === i && head.cap && !head.possessive && bodyAfterGroup(text, tokens, j)) return null;
  const first = tokens[i];
  let s = first.start;
  let written = text.slice(s, head.start + head.word.length);
  if (j > i && first.lower === 'the') {
    written = 'the' + written.slice(3);
  } else if (j > i && GROUP_QUANTIFIERS.has(first.lower)) {
    written = first.lower + written.slice(first.word.length);
  } else if (j === i) {
    s = head.start;
  }
  const m = base('group', s, head.end, written, j + 1);
  m.possessive = head.possessive;
  m.org = true;
  return m;
}

/** Whether "for", "against" or "without" and a capitalised word follow tokens[j], both written as part of one name. */
function bodyAfterGroup(text: string, tokens: readonly Token[], j: number): boolean {
  const link = tokens[j + 1];
  const next = tokens[j + 2];
  const linkCap = !!link && /^(?:For|Against|Without)$/.test(link.word);
  return !!link && !!next && (GROUP_NAME_LINKS.has(link.word) || linkCap) && next.cap && !NOT_NAME_WORDS.has(next.lower) &&
    adjacent(text, tokens[j], link) && adjacent(text, link, next);
}

/** A run of tokens as a key of PLACES ("new york"). */
const placeKey = (run: readonly Token[]): string => run.map((t) => t.lower + (t.dot && t.lower.length <= 2 ? '.' : '')).join(' ');

/** Words after a sentence-opening adverb or participle ("Soon after", "Facing the"): it is no name. */
const PREP_OR_DET = new Set(['after', 'before', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'to', 'on', 'in', 'with', 'from', 'about', 'by', 'at', 'that', 'this']);

/** Party members as titles: "Republican Tom Cole", "Democrat Elijah Cummings". */
const PARTY_WORDS = new Set(['democrat', 'republican', 'libertarian', 'independent', 'conservative', 'liberal', 'labour', 'tory', 'socialist']);

/** "I'm", "It's", "That's", "We're": contractions are never names. */
const CONTRACTION = /^(?:I|It|That|There|Here|What|Let|He|She|We|They|You|Who)['’](?:m|s|re|ve|d|ll)$/;

/** "J.", "G.K.": an initial inside a person's name. */
const INITIAL = /^\p{Lu}(?:\.\p{Lu})*$/u;

/** First names that are also common words: at a sentence's start they still start a name ("Bill Clinton said"). */
const FIRST_NAMES_THAT_ARE_WORDS = new Set(`bill will mark rose grant hope joy faith frank guy chuck rich art gene ray jack pat sue dawn
  june april summer amber ruby pearl iris holly ivy daisy heather victor carol eve glen dale drew chase hunter cliff miles wade
  bob rob sandy penny sunny crystal harmony melody rusty buck max sky`.split(/\s+/));

/** Number words and quantifiers that open a sentence about things, not people: "One message read", "Any action". */
const OPENING_QUANTIFIERS = new Set(['one', 'any', 'none', 'two', 'three', 'four', 'five']);

/** Ordinals standing alone: "First, …", "Next, …". */
const ORDINAL_OPENERS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'last']);

/** Whether a run names no one: a day ("Election Day", "Christmas Eve") or a number word ("Fifty-one percent say"). */
function notAName(run: readonly Token[], before: Token | undefined): boolean {
  const first = run[0];
  const given = (w: string): boolean => !!genderOfFirstName(w) || FIRST_NAMES_THAT_ARE_WORDS.has(w);
  // (a lone "Day" after a capitalised word is the rest of a day's name this test already turned down)
  if (EVENT_NAME_ENDS.has(run[run.length - 1].lower) && (run.length >= 2 ? !given(first.lower) && !HONORIFICS.has(first.lower) : !!before?.cap)) return true;
  if (run.length !== 1 || first.possessive) return false;
  if (ORDINAL_OPENERS.has(first.lower)) return true; // "First uh - let me …", "Second, …": a list's order, no one
  return isNumberWord(first.lower); // "Fifty-one percent say", "Twenty of them"
}

/** Whether a word opens a sentence of the text: after its start, a full stop (a closing quotation mark may follow) or a line break. */
export function opensSentence(text: string, t: Token): boolean {
  return t.start === 0 || /(?:[.!?]["”’']?\s+|\n\s*)$/.test(text.slice(Math.max(0, t.start - 4), t.start));
}

/** Whether tokens[k] starts a sentence (or the stretch of text). */
function atSentenceStart(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return true;
  const before = text.slice(tokens[k - 1].end, tokens[k].start);
  return /[.!?]["”’']?\s+$/.test((tokens[k - 1].dot ? '.' : '') + before) || /\n/.test(before);
}

/** "Ukraine Kurt Volker", "Texas Sen. Ted Cruz": where a place that opens the run ends when a name follows it, else 0. */
function placeBeforeNameEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let k = Math.min(3, end - start - 2); k >= 1; k--) {
    const rest = tokens.slice(start + k, end);
    if (PLACES.has(placeKey(tokens.slice(start, start + k))) && !rest.some((t) => ORG_WORDS.has(t.lower)) && !NAME_CONNECTORS.has(rest[0].word)) return start + k;
  }
  return 0;
}

/**
 * Whether the capitalised run [start, end) already names a person ("Gov. Bill Richardson"), so that "of"
 * starts a place ("of New Mexico") rather than continuing an organisation's name ("Bank of England").
 */
function personSoFar(tokens: readonly Token[], start: number, end: number): boolean {
  end = placeBeforeNameEnd(tokens, start, end) || end;
  const run = tokens.slice(start, end);
  if (run.some((t) => ORG_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower))) return false;
  const names = run.filter((t) => !HONORIFICS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !DESCRIPTORS.has(t.lower));
  return names.length >= 1 && (names.length >= 2 || names.length < run.length);
}

/** Ordinals that open a sentence as adverbs: "Second, …". */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'last', 'lastly', 'firstly', 'secondly']);

/** A verb as a title-case headline writes it after a name: "Says", "Is", "Asked", "Questioned". */
function titleCaseVerb(w: string): boolean {
  return VERBS.has(w) || MODALS.has(w) || TITLE_CASE_AUXILIARIES.has(w) || (w.length > 4 && w.endsWith('ed'));
}
const TITLE_CASE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'does', 'did', 'gets', 'got', 'wants']);

/** A run of capitalised words, read as a (possibly titled) person or organisation name. */
function nameAt(text: string, tokens: readonly Token[], i: number, common?: ReadonlySet<string>, midCaps?: ReadonlySet<string>): Mention | null {
  let start = i;
  let determiner = i > 0 && tokens[i - 1].lower === 'the' && adjacent(text, tokens[i - 1], tokens[i]);
  // drop sentence-initial function words ("The", "But", "In") and common words ("Does Rubio", "Thousands")
  // a lone capitalised word the article also writes in lower case ("Thousands", "Often"), at a sentence's start
  const commonAtStart = (k: number): boolean =>
    !!common && common.has(tokens[k].lower) && !FIRST_NAMES_THAT_ARE_WORDS.has(tokens[k].lower) && atSentenceStart(text, tokens, k) &&
    !(k + 1 < tokens.length && tokens[k + 1].cap && adjacent(text, tokens[k], tokens[k + 1])) &&
    // "Secretary of State John F. Kerry said" in an article that also writes "press secretary": a title of a body
    !(TITLE_WORDS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of' && !!tokens[k + 2]?.cap && adjacent(text, tokens[k], tokens[k + 1]));
  // "Said Dorothy Poynter, who …", "Continued Stone:" — an inverted reporting verb opening the sentence; "Soon after,",
  // "Facing criticism,", "Interestingly," — an adverb or participle opening it; "I'm", "It's" — never names
  const verbAtStart = (k: number): boolean =>
    (SPEECH_VERBS.has(tokens[k].lower) && atSentenceStart(text, tokens, k)) ||
    // "First, …", "Second, …", "Then, …": an ordinal or time adverb and a comma opening the sentence
    ((CLAUSE_SKIP.has(tokens[k].lower) || ORDINAL_WORDS.has(tokens[k].lower)) && /^\s*,/.test(text.slice(tokens[k].end, tokens[k].end + 2)) && atSentenceStart(text, tokens, k)) ||
    CONTRACTION.test(tokens[k].word) ||
    (/(?:ly|ing|ed)$/.test(tokens[k].lower) && tokens[k].lower.length > 4 && atSentenceStart(text, tokens, k) && !(k + 1 < tokens.length && tokens[k + 1].cap && adjacent(text, tokens[k], tokens[k + 1])) &&
      (!!common?.has(tokens[k].lower) || /^\s*,/.test(text.slice(tokens[k].end, tokens[k].end + 2)) || (k + 1 < tokens.length && (PREP_OR_DET.has(tokens[k + 1].lower) ||
        (!tokens[k + 1].cap && /ly$/.test(tokens[k + 1].lower)))))); // "Fueled apparently by anger, …"
  // "Interestingly Blocher, …", "Hastily politicizing …", "Pollsters agree", "One message read": an adverb, participle,
  // plural noun or number opening the sentence that the article never capitalises inside one, and no given name
  const strangerAtStart = (k: number): boolean => {
    const t = tokens[k];
    if (!midCaps || midCaps.has(t.lower) || !opensSentence(text, t) || /^\p{Lu}+$/u.test(t.word) || genderOfFirstName(t.lower) || FIRST_NAMES_THAT_ARE_WORDS.has(t.lower)) return false;
    return OPENING_QUANTIFIERS.has(t.lower) || (t.lower.length >= 6 && /(?:ly|ing)$/.test(t.lower)) || (t.lower.length >= 5 && /[^s'’]s$/.test(t.lower));
  };
  // "Customs and Border Protection …" opening a sentence: a plural-looking word that starts a body's name joined by "and"
  const opensBody = (k: number): boolean => bodySoFar(tokens, k, k + 1) && tokens[k + 1]?.word === 'and' && adjacent(text, tokens[k], tokens[k + 1]) && andJoinsOrg(text, tokens, k + 1);
  while (start < tokens.length && tokens[start].cap && (NOT_NAME_WORDS.has(tokens[start].lower) || LEADING_NOT_NAME_WORDS.has(tokens[start].lower) ||
    ((commonAtStart(start) || verbAtStart(start) || strangerAtStart(start)) && !opensBody(start))) && !tokens[start].possessive) {
    if (tokens[start].lower === 'the') determiner = true;
    else determiner = false;
    if (start + 1 >= tokens.length || !adjacent(text, tokens[start], tokens[start + 1])) return null;
    start++;
  }
  if (start >= tokens.length || !tokens[start].cap) return null;
  let end = start + 1; // exclusive
  while (end < tokens.length) {
    const prev = tokens[end - 1];
    const t0 = tokens[end];
    if (prev.possessive && t0 && t0.cap && ORG_WORDS.has(t0.lower) && /^['’] $/.test(text.slice(prev.end, t0.start))) {
      end++; // "Harbourside Tenants’ Federation"
      continue;
    }
    if (prev.possessive && end === start + 1 && t0 && t0.cap && NAMED_BODIES.has(t0.lower) && adjacent(text, prev, t0)) {
      end++; // "Alzheimer’s Research UK", "Alzheimer’s Society"
      continue;
    }
    // "the People’s Daily", "the California Governor’s Office of Emergency Services": a common noun or a title in the possessive,
    // then an organisation's word — the body's own name, not its owner's
    if (prev.possessive && t0 && t0.cap && adjacent(text, prev, t0) && (TITLE_WORDS.has(prev.lower) || OWNING_PEOPLE.has(prev.lower)) && orgWordWithin(text, tokens, end, 3)) {
      end++;
      continue;
    }
    if (prev.possessive) break;
    if (prev.dot && !HONORIFICS.has(prev.lower) && !DESCRIPTORS.has(prev.lower) && !TITLE_WORDS.has(prev.lower) && !INITIAL.test(prev.word)) break;
    const t = tokens[end];
    if (!adjacent(text, prev, t)) break;
    const initial = t.dot && INITIAL.test(t.word) && end + 1 < tokens.length && tokens[end + 1].cap; // "Jock A. Finlayson"
    // a headline in title case ("Dana Quill Says Budget …", "Ivo Lind Asked Voters …"): a person's name ends before a verb
    // the article writes in lower case
    if (t.cap && end - start >= 2 && common?.has(t.lower) && genderOfFirstName(tokens[start].lower) && titleCaseVerb(t.lower)) break;
    if ((t.cap && !(NOT_NAME_WORDS.has(t.lower) && !ORG_WORDS.has(t.lower))) || PARTICLE_NAME.test(t.word) || initial) {
      end++;
      continue;
    }
    // "Customs and Border Protection", "Immigration and Customs Enforcement": without "the" too, when no person is named so far
    if (t.word === 'and' && (determiner || bodySoFar(tokens, start, end)) && (andJoinsOrg(text, tokens, end) || andEndsOrgName(text, tokens, start, end))) {
      end += 2; // "the Competition and Markets Authority"
      continue;
    }
    // "Ursula von der Leyen", "Ana de la Cruz": two particles between the parts of a person's name
    if (PARTICLES.has(t.word) && end + 2 < tokens.length && PARTICLES.has(tokens[end + 1].word) && tokens[end + 2].cap && !NOT_NAME_WORDS.has(tokens[end + 2].lower) &&
      adjacent(text, t, tokens[end + 1]) && adjacent(text, tokens[end + 1], tokens[end + 2]) && !ORG_WORDS.has(prev.lower)) {
      end += 3;
      continue;
    }
    if (end === start + 1 && GROUP_NOUNS.has(prev.lower) && bodyAfterGroup(text, tokens, end - 1)) {
      end += 2; // "Doctors for Camp Closure", "Mothers Against Drunk Driving"
      continue;
    }
    if (NAME_CONNECTORS.has(t.word) && !((t.word === 'of' || t.word === 'on' || t.word === 'for') && personSoFar(tokens, start, end)) && end + 1 < tokens.length && tokens[end + 1].cap && !NOT_NAME_WORDS.has(tokens[end + 1].lower) && adjacent(text, t, tokens[end + 1])) {
      end += 2;
      continue;
    }
    break;
  }
  // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": a title before "and" awaits the name
  if (end < tokens.length && tokens[end].lower === 'and' && tokens[end - 1].dot && TITLE_WORDS.has(tokens[end - 1].lower)) return null;
  // "Ukraine Kurt Volker", "Texas Sen. Ted Cruz": a place before a person's name is a mention of its own
  const placeEnd = placeBeforeNameEnd(tokens, start, end);
  const placeBeforeName = placeEnd > 0;
  if (placeBeforeName) end = placeEnd;
  const run = tokens.slice(start, end);
  if (run.every((t) => NOT_NAME_WORDS.has(t.lower))) return null;
  // "the Democratic caucus", "the Syrian refugees", "the German delegation": an adjective before a noun names no one
  if (run.length === 1 && determiner && adjectiveBeforeNoun(text, run[0], tokens[end])) return null;
  if (notAName(run, tokens[start - 1])) return null;
  // "of Ashton, Md., who …", "Raleigh, N.C.": a state's abbreviation after a town names no one
  if (run.length === 1 && run[0].dot && STATE_ABBREVIATIONS.has(run[0].lower) && /,\s*$/.test(text.slice(Math.max(0, run[0].start - 3), run[0].start))) return null;
  const last = run[run.length - 1];
  const m = base('name', run[0].start, last.start + last.word.length, '', end);
  m.possessive = last.possessive;
  const person = personAfterTitle(run);
  // "Doctors for Camp Closure": a group noun opening a body's name (no title: the whole run is the name)
  const groupBody = run.length > 2 && GROUP_NOUNS.has(run[0].lower) && bodyAfterGroup(text, tokens, start);
  m.place = PLACES.has(placeKey(run));
  m.modifier = placeBeforeName; // it only qualifies the person named next
  m.org = person < 0 && (m.place || run.some((t) => ORG_WORDS.has(t.lower)) || groupBody || (determiner && !HONORIFICS.has(run[0].lower)) || isAcronym(run));
  // honorific and titles
  let k = 0;
  const titles: string[] = [];
  const honor = HONORIFICS.get(run[0].lower);
  if (honor !== undefined) {
    m.honorific = true;
    m.gender = honor;
    m.firstNameHonorific = FIRST_NAME_HONORIFICS.has(run[0].lower);
  }
  // titles, honorifics and descriptors before the name: "Secretary-Treasurer", "Korean-born", "Republican" (a party member)
  const titleLike = (t: Token): boolean => HONORIFICS.has(t.lower) || TITLE_WORDS.has(t.lower) || DESCRIPTORS.has(t.lower) || PARTY_WORDS.has(t.lower) ||
    /-(?:born|based|bred|raised)$/.test(t.lower) || (t.lower.includes('-') && t.lower.split('-').every((p) => TITLE_WORDS.has(p)));
  // "a South Carolina Democrat", "a West Virginia coal miner": a place name that opens with a descriptor ("South") is no title
  // "the Attorney General’s Office", "the People’s Daily": a body named after its owner keeps every word
  const innerPossessive = run.slice(0, -1).some((t) => t.possessive);
  const opensWithPlace = DESCRIPTORS.has(run[0].lower) && [2, 3].some((j) => j < run.length && PLACES.has(placeKey(run.slice(0, j))));
  while (!opensWithPlace && !innerPossessive && !groupBody && k < run.length - 1 && (titleLike(run[k]) || (titles.length > 0 && NAME_CONNECTORS.has(run[k].word)))) {
    titles.push(run[k].lower);
    k++;
  }
  for (; k < person; k++) titles.push(run[k].lower);
  let e = run.length;
  while (e > k + 1 && NAME_SUFFIXES.has(run[e - 1].lower)) e--;
  const nameTokens = run.slice(k, e);
  // "Brent Bozell III", "James Kennedy Jr.": a generational suffix right after the name belongs to its fullest form
  const suffix = e < run.length && GENERATIONAL.has(run[e].lower) && e + 1 === run.length ? run[e] : null;
  if (suffix && nameTokens.length >= 2) m.suffix = suffix.word + (suffix.dot ? '.' : '');
  m.name = text.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].start + nameTokens[nameTokens.length - 1].word.length);
  m.nameLength = nameTokens.length;
  const roleWords = [...lowerRoleWords(text, tokens, start), ...titles.filter((w) => !HONORIFICS.has(w))];
  m.roles = roleKeys(roleWords);
  // "party Chairman Reince Priebus", "developer Mel Sembler": a title or a given name before the surname makes a person,
  // whatever body noun comes before ("company Western Grid" stays a body)
  const named = nameTokens.length >= 2 && nameTokens.length <= 3 && !run.some((t) => ORG_WORDS.has(t.lower)) && !m.place &&
    (titles.length > 0 || !!genderOfFirstName(nameTokens[0].lower));
  if (person < 0 && !named && start > 0 && ORG_ROLE_NOUNS.has(tokens[start - 1].lower)) m.org = true; // "Energy company Western Grid"
  // "a spokesperson for X" (not "a spokeswoman for President Ann Lowe": a title and a given name make a person)
  if (person < 0 && !named && start > 1 && tokens[start - 1].lower === 'for' && SPOKES.has(tokens[start - 2].lower)) m.org = true;
  if (person < 0 && !named && end < tokens.length && SPOKES.has(tokens[end].lower) && !last.possessive) m.org = true; // "a Western Grid spokesperson"
  m.text = m.org && determiner ? 'the ' + text.slice(run[0].start, m.end) : text.slice(run[0].start, m.end);
  if (m.honorific && titles.length > 0 && m.org) m.org = false;
  return m;
}

/**
 * Where a person's name starts inside a run that holds an affiliation and a capitalised title first:
 * "Coconino County Supervisor Luis Carrillo", "NATO Secretary General Mark Rutte", "Arizona Gov. Katie Hobbs". -1 when there is none.
 * Needs two or three name words after the title, none of them an organisation, place or title word.
 */
function personAfterTitle(run: readonly Token[]): number {
  for (let p = run.length - 3; p >= 1; p--) {
    const abbreviated = run[p].dot && HONORIFICS.has(run[p].lower); // "Arizona Gov. Katie Hobbs", "Ohio Sen. Mark Roe"
    // "White House Chief of Staff Denis McDonough", "Minister of Finance Jo Reed": a title "of" a portfolio
    const portfolio = p >= 2 && run[p - 1].word === 'of' && PERSON_TITLES.has(run[p - 2].lower) && !run[p].possessive;
    // "House Republican Jim Jordan", "Senate Intelligence Ranking Democrat Dianne Feinstein": a party member, then a given name
    const member = (run[p].lower === 'democrat' || run[p].lower === 'republican') && !run[p].dot;
    if ((!PERSON_TITLES.has(run[p].lower) && !abbreviated && !portfolio && !member) || run[p].possessive) continue;
    const name = run.slice(p + 1);
    const bad = (t: Token, i: number): boolean =>
      ORG_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower) || NOT_NAME_WORDS.has(t.lower) || (t.possessive && i < name.length - 1);
    // "Deputy Director of Public Prosecution Eva-Marie Persson": a portfolio of two words, then a given name
    const given = (t: Token): boolean => !!genderOfFirstName(t.lower) || !!genderOfFirstName(t.lower.split('-')[0]);
    if (member && !PERSON_TITLES.has(run[p].lower)) {
      if (name.length >= 2 && name.length <= 3 && given(name[0]) && !name.some(bad)) return p + 1;
      continue;
    }
    if (portfolio && name.length === 3 && !given(name[0]) && given(name[1]) && !name.some(bad)) return p + 2;
    return name.length <= 3 && !name.some(bad) ? p + 1 : -1;
  }
  return -1;
}

/** Adjectives of a nation, a faith or a party that stand before nouns: "the Syrian refugees", "the Democratic caucus". */
const NOUN_ADJECTIVES = new Set(['democratic', 'republican', 'islamic', 'jewish', 'christian', 'muslim', 'catholic', 'palestinian']);

/** Whether a lone capitalised word after "the" is an adjective of its noun: a nationality or party adjective, then a lower-case word that is no verb. */
function adjectiveBeforeNoun(text: string, t: Token, next: Token | undefined): boolean {
  if (t.possessive || t.dot || !next || next.cap || !adjacent(text, t, next)) return false;
  if (!NOUN_ADJECTIVES.has(t.lower) && !(DESCRIPTORS.has(t.lower) && /(?:an|ese|ish|ic|i)$/.test(t.lower))) return false;
  return !VERBS.has(next.lower) && !MODALS.has(next.lower);
}

/** Plural nouns for people that own a body's name in the possessive: "People’s Daily", "Children’s Hospital". */
const OWNING_PEOPLE = new Set('people children women men veterans workers citizens consumers farmers teachers nurses patients'.split(' '));

/** Whether one of the (at most n) adjacent capitalised words from k on is an organisation's word. */
function orgWordWithin(text: string, tokens: readonly Token[], k: number, n: number): boolean {
  for (let j = k; j < k + n && j < tokens.length; j++) {
    if (!tokens[j].cap || (j > k && !adjacent(text, tokens[j - 1], tokens[j]))) return false;
    if (ORG_WORDS.has(tokens[j].lower)) return true;
    if (tokens[j].possessive) return false;
  }
  return false;
}

/**
 * Whether the run [start, end) reads as the first half of a body's name without "the": one word for a field of work
 * ("Customs", "Immigration", "Security", "Employment"), not a given name.
 */
function bodySoFar(tokens: readonly Token[], start: number, end: number): boolean {
  const t = tokens[start];
  return end === start + 1 && !t.possessive && !t.dot && /(?:ion|ions|oms|ity|ment|ture)$/.test(t.lower) && !genderOfFirstName(t.lower);
}

/** Whether "and" at k joins two halves of one organisation's name: capitalised words up to an organisation word. */
function andJoinsOrg(text: string, tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) {
    if (!tokens[j].cap || !adjacent(text, tokens[j - 1], tokens[j])) return false;
    if (ORG_WORDS.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * "the Centers for Disease Control and Prevention", "the Office of Research and Development": after an organisation's word
 * and "of" or "for", "and" then one capitalised abstract noun that ends the name.
 */
function andEndsOrgName(text: string, tokens: readonly Token[], start: number, k: number): boolean {
  const last = tokens[k + 1];
  const after = tokens[k + 2];
  if (!last?.cap || last.possessive || !adjacent(text, tokens[k], last) || !/(?:ion|ment|ity|ance|ence|ics)s?$/.test(last.lower)) return false;
  if (after && after.cap && adjacent(text, last, after)) return false;
  let org = false;
  for (let j = start; j < k; j++) {
    if (ORG_WORDS.has(tokens[j].lower)) org = true;
    else if (org && (tokens[j].word === 'of' || tokens[j].word === 'for')) return true;
  }
  return false;
}

/** A lone upper-case abbreviation such as "GSK", "UNRWA" or "DPC" names an organisation. */
function isAcronym(run: readonly Token[]): boolean {
  return run.length === 1 && /^\p{Lu}{2,6}$/u.test(run[0].word) && !DESCRIPTORS.has(run[0].lower) && !HONORIFICS.has(run[0].lower);
}

/** Lower-case role words right before a name ("press secretary Karoline Leavitt", "Its chair, Derek Owusu"). */
function lowerRoleWords(text: string, tokens: readonly Token[], start: number): string[] {
  const words: string[] = [];
  let j = start - 1;
  if (j >= 0 && text.slice(tokens[j].end, tokens[start].start) === ', ' && PERSON_ROLE_NOUNS.has(tokens[j].lower)) {
    words.unshift(tokens[j].lower);
    j--;
    if (j >= 0 && ROLE_MODIFIERS.has(tokens[j].lower)) words.unshift(tokens[j].lower);
    return words;
  }
  while (j >= 0 && j >= start - 3 && !tokens[j].cap && adjacent(text, tokens[j], tokens[j + 1]) && (PERSON_ROLE_NOUNS.has(tokens[j].lower) || ROLE_MODIFIERS.has(tokens[j].lower))) {
    words.unshift(tokens[j].lower);
    j--;
  }
  return words;
}

/** Role keys from title words: ["us", "president"] → ["us president", "president"]. */
function roleKeys(words: string[]): string[] {
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!PERSON_ROLE_NOUNS.has(words[i])) continue;
    keys.add(words[i]);
    keys.add(words.slice(0, i + 1).join(' '));
    if (i > 0) keys.add(words.slice(i - 1, i + 1).join(' '));
  }
  return [...keys];
}
