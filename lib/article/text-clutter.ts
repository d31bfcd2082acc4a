// Clutter recognised by what a small element says: link lists ("Read more", "Related"),
// bylines, datelines, newsletter pitches and section labels. Every rule looks at a bounded
// amount of text, so it is safe to run once per element on a very large page.

import { shortText, type ShortText } from './short-text';
import { standsAlone } from './stands-alone';
import { HEADING_TAGS, LIST_TAGS } from './tags';

/** Labels that introduce links to other pages. */
const LINK_LABEL =
  /^(read more|read also|also read|more on this( story)?|more from|related( (stories|articles|content|coverage|links|reading|topics))?|see also|recommended( (reading|stories|for you))?|you (may|might) also (like|be interested in)|most (read|popular|viewed|shared)|trending( now)?|top stories|latest (news|stories)|more (news|stories|headlines)|don[’']?t miss|watch|listen)\b/i;

/** A heading that is nothing but such a label (or a comments heading). */
const LABEL_HEADING = new RegExp(`${LINK_LABEL.source.replace(/\\b$/, '')}\\s*[:.…]?\\s*$|^comments?(\\s*\\(\\d+\\))?\\s*$`, 'i');

/** What may stand around a <time> in a dateline: "Published", "Updated 3 hours ago", "By X ·". */
const DATELINE_REST =
  /^[\s\p{P}\p{S}]*((first |last )?(published|updated|posted|modified)( on| at)?|by [^.!?]{1,60}|on|at|date)?[\s\p{P}\p{S}]*$/iu;

/** A dateline without <time>: "Updated 11:21 pm CST, Tuesday, November 19, 2019", "Published: 19/11/2019". */
const DATELINE_TEXT = /^((first |last )?(published|updated|posted|modified)( on| at)?|date)\b[\s:,-]*\S*\d/i;
/** A bare address shown as text (a permalink or share widget). */
const BARE_URL = /^https?:\/\/\S+$/i;

/** "By Jane Smith, Political editor" — short, names a person, not a sentence. */
const BYLINE = /^By\s+\p{Lu}/u;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;

const NEWSLETTER_PITCH = /\bnewsletters?\b/i;

/** A teaser's excerpt: cut off with an ellipsis (optionally before a "Read more"-style link). */
const CUT_OFF = /(\.\.\.|…|\[…\]|\[\.\.\.\])\s*(\S+( \S+){0,2})?$/u;

/**
 * What surrounds a story rather than tells it, in a short block: a photo caption ("In this May 1 file
 * photo…", "(AP Photo/Jane Doe)") or an appeal (follow us, support us, subscribe, contact the reporter,
 * have a tip). Rating boxes are known by their class (class-hints.ts).
 */
const AROUND =
  /^in this\b.{0,80}\bphoto|\b(AP|AFP|EPA) Photo\b|\b(follow (us|@\w+|\w+ on twitter)|(support|donate to|join) (us|our)|become a (member|subscriber)|if you (enjoyed|value) (this|our)|subscribe (to|now)|get access to|(e-?mail|reach|contact) (the )?(authors?|reporters?|him|her|us)\b|have a (news )?tip|our (full )?coverage)/i;

const SIGN_UP = /\b(sign[ -]?up|subscribe|register)\b/i;

/** Containers the short-block rules look at (others are inline, structural or handled elsewhere). */
const SHORT_BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'section', 'li', 'dd', 'dt', 'address']);

const SHORT_BUDGET = 300;
const LIST_BUDGET = 3000;

function linkShare(t: ShortText): number {
  return t.chars ? t.linkChars / t.chars : 0;
}

function isShortBlockClutter(t: ShortText, isListItem: boolean, isParagraph: boolean): boolean {
  if (!t.chars) return false;
  const links = linkShare(t);
  if (links >= (isListItem ? 0.75 : 0.8)) return true;
  if (links >= 0.3 && LINK_LABEL.test(t.text)) return true;
  if (t.hasTime && DATELINE_REST.test(t.textWithoutTime)) return true;
  if (t.chars <= 100 && BYLINE.test(t.text) && !SENTENCE_END.test(t.text)) return true;
  if (t.chars <= 80 && DATELINE_TEXT.test(t.text)) return true;
  if (BARE_URL.test(t.text)) return true;
  if (t.chars <= 250 && NEWSLETTER_PITCH.test(t.text) && SIGN_UP.test(t.text)) return true;
  // A teaser: linked headline, then an excerpt cut off with "…" (a <p> that opens with a link is a sentence).
  if (!isParagraph && t.startsWithLink && CUT_OFF.test(t.text)) return true;
  if (t.chars <= 250 && AROUND.test(t.text)) return true;
  return false;
}

/** Text-based clutter rules for one element. */
export function isTextClutter(el: Element): boolean {
  const name = el.localName;
  if (name === 'time') return standsAlone(el);
  if (HEADING_TAGS.has(name)) {
    const t = shortText(el, 60);
    return !!t && LABEL_HEADING.test(t.text);
  }
  if (LIST_TAGS.has(name)) {
    const t = shortText(el, LIST_BUDGET);
    return !!t && t.chars > 0 && linkShare(t) >= 0.6;
  }
  if (SHORT_BLOCKS.has(name)) {
    const t = shortText(el, SHORT_BUDGET);
    return !!t && isShortBlockClutter(t, name === 'li' || name === 'dd' || name === 'dt', name === 'p');
  }
  return false;
}
