// Random small edits of an article's text (seeded), and where each annotated span ends up.
import { pick, randInt } from '../lib/stats.mjs';

const WORDS = ['new', 'reported', 'local', 'early', 'major', 'official', 'about', 'nearly', 'some', 'several'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Word-aligned spans of 2..12 words inside one paragraph: what a reader would select. */
export function annotationSpans(rand, text, count) {
  const words = [...text.matchAll(/[^\s]+/g)].map((m) => [m.index, m.index + m[0].length]);
  const spans = [];
  while (spans.length < count) {
    const i = randInt(rand, 0, words.length - 13);
    const k = randInt(rand, 2, 12);
    const s = words[i][0];
    const e = words[i + k - 1][1];
    if (text.slice(s, e).includes('\n')) continue;
    spans.push([s, e]);
  }
  return spans;
}

/** Selectors as describe() builds them (32 units of context; code points = UTF-16 units for BMP-only text). */
export function selectorsFor(text, [s, e]) {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - 32), s), suffix: text.slice(e, e + 32) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

/**
 * `count` non-overlapping word-level edits (typo, insert a word, delete a word, replace a word)
 * plus `paragraphs` new paragraphs, all positioned in the original text; returned in descending
 * order so they can be applied one after another.
 */
export function randomEdits(rand, text, paragraphStarts, count, paragraphs) {
  const words = [...text.matchAll(/[A-Za-z]+/g)].map((m) => [m.index, m.index + m[0].length]);
  const taken = [];
  const free = (a, b) => taken.every(([x, y]) => b + 1 < x || a > y + 1);
  const edits = [];
  let guard = count * 20;
  while (edits.length < count && guard-- > 0) {
    const [a, b] = pick(rand, words);
    const type = randInt(rand, 0, 3);
    let edit;
    if (type === 0 && b - a >= 4) {
      const at = randInt(rand, a + 1, b - 2);
      const letter = LETTERS[(LETTERS.indexOf(text[at].toLowerCase()) + randInt(rand, 1, 25)) % 26];
      edit = { p: at, d: 1, r: letter, type: 'typo' };
    } else if (type === 1 && text[b] === ' ') edit = { p: b + 1, d: 0, r: pick(rand, WORDS) + ' ', type: 'insert' };
    else if (type === 2 && text[b] === ' ') edit = { p: a, d: b - a + 1, r: '', type: 'delete' };
    else if (type === 3) edit = { p: a, d: b - a, r: pick(rand, WORDS), type: 'replace' };
    if (!edit || !free(edit.p, edit.p + edit.d)) continue;
    taken.push([edit.p, edit.p + edit.d]);
    edits.push(edit);
  }
  for (let i = 0; i < paragraphs; i++) {
    const p = pick(rand, paragraphStarts);
    if (!free(p, p)) continue;
    taken.push([p, p]);
    edits.push({ p, d: 0, r: 'A paragraph added after publication, with a correction and a short note from the editors.\n', para: true, type: 'paragraph' });
  }
  return edits.sort((x, y) => y.p - x.p);
}

/** Apply descending edits to a string. */
export function applyToText(text, edits) {
  let t = text;
  for (const e of edits) t = t.slice(0, e.p) + e.r + t.slice(e.p + e.d);
  return t;
}

/**
 * Where a span [s, e) is after the (descending) edits. An edit inside the span changes it with it;
 * an insertion exactly at a boundary stays outside; a span boundary inside a replaced region moves
 * to that region's edge (inside the span).
 */
export function mapSpan([s, e], edits) {
  let inside = false;
  for (const ed of edits) {
    const { p, d } = ed;
    const delta = ed.r.length - d;
    const mapStart = (x) => (x < p ? x : d === 0 || x >= p + d ? x + delta : p);
    const mapEnd = (x) => (x <= p ? x : x >= p + d ? x + delta : p + ed.r.length);
    if (d > 0 ? p < e && p + d > s : s < p && p < e) inside = true;
    s = mapStart(s);
    e = mapEnd(e);
  }
  return { span: [s, e], edited: inside };
}
