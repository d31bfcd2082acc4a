import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_POSSESSIVE } from './lexicon';
import { countWordRuns, tokenize, WORD, type Token } from './words';

/** tokenize as it was written before it read words by hand: the expression, match by match. */
function byExpression(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let raw = m[0];
    const s = m.index;
    if (s + raw.length > end) raw = raw.slice(0, end - s);
    const dot = raw.endsWith('.');
    let word = dot ? raw.slice(0, -1) : raw;
    let possessive = false;
    const apostrophe = word.length > 2 && word.endsWith('s') ? word[word.length - 2] : '';
    if ((apostrophe === "'" || apostrophe === '’') && !NOT_POSSESSIVE.has(word.slice(0, -2).toLowerCase())) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (!dot && /s$/u.test(word) && /['’]/.test(text[s + raw.length] ?? '') && /\s/.test(text[s + raw.length + 1] ?? '') && /\p{Lu}/u.test(text[s + raw.length + 2] ?? '')) {
      possessive = true;
    } else if (!dot && /^\p{Lu}\p{Ll}+s$/u.test(word) && /['’]/.test(text[s + raw.length] ?? '') && / \p{Ll}/u.test(text.slice(s + raw.length + 1, s + raw.length + 3))) {
      possessive = true;
    }
    out.push({ word, lower: word.toLowerCase(), start: s, end: s + raw.length, cap: /^\p{Lu}/u.test(word), dot, possessive });
    if (re.lastIndex >= end) break;
  }
  return out;
}

// Letters of several scripts, digits, marks, the joiners, spaces and punctuation, astral letters and digits, lone surrogates.
const PIECES = ['a', 'Z', 's', 'S', '7', 'é', 'É', 'ß', 'ı', 'İ', 'Ж', 'ж', '中', 'ـ', '٣', '\u0301', '\u20dd', '.', "'", '’', '&', '-', ' ', '\u00a0', '\n', ',', '“', '”', '(', '$', '%',
  '𝐀', '𝟙', '😀', '\ud835', '\udc00', "s'", "s’ ", 'Jones’ lawyer', 'Tenants’ Federation', 'U.S.', 'O’Brien', 'AT&T', 'al-Assad', 'Sen.', "it's", 'Mr. X’s'];

describe('tokenize', () => {
  it('reads words as the WORD expression matches them, whatever the text and the range', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        expect(tokenize(text, start, end)).toEqual(byExpression(text, start, end));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps abbreviations, possessives and joined words whole', () => {
    const text = 'Sen. O’Brien’s AT&T deal, the U.S. and al-Assad’s 2,000 Tenants’ Federation';
    expect(tokenize(text, 0, text.length).map((t) => [t.word, t.dot, t.possessive, t.cap])).toEqual([
      ['Sen', true, false, true], ['O’Brien', false, true, true], ['AT&T', false, false, true], ['deal', false, false, false],
      ['the', false, false, false], ['U.S', true, false, true], ['and', false, false, false], ['al-Assad', false, true, false],
      ['2', false, false, false], ['000', false, false, false], ['Tenants', false, true, true], ['Federation', false, false, true],
    ]);
    expect(tokenize(text, 0, text.length)).toEqual(byExpression(text, 0, text.length));
  });

  it('starts inside a surrogate pair as the expression does (from the pair) and never reads past the range', () => {
    const text = 'x 𝐀bc def';
    expect(tokenize(text, 3, 5)).toEqual(byExpression(text, 3, 5));
    expect(tokenize(text, 3, 5)[0]).toMatchObject({ start: 2, end: 5 });
    expect(tokenize(text, 0, 5).at(-1)).toMatchObject({ word: '𝐀b' });
    expect(tokenize(text, 0, 4).at(-1)).toMatchObject({ word: '𝐀' });
  });
});

describe('countWordRuns', () => {
  /** The count as it was taken before: matches of the expression from `start` that begin before `end`. */
  function byExpression(source: string, text: string, start: number, end: number, cap: number): number {
    const re = new RegExp(source, 'gu');
    let n = 0;
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < end && n < cap; m = re.exec(text)) n++;
    return n;
  }

  it('counts the runs of letters and numbers (and apostrophes) in a range as the expressions do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }), (parts, a, b, cap) => {
        const text = parts.join('');
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        expect(countWordRuns(text, start, end, cap)).toBe(byExpression("[\\p{L}\\p{N}]+", text, start, end, cap));
        expect(countWordRuns(text, start, end, cap, true)).toBe(byExpression("[\\p{L}\\p{N}']+", text, start, end, cap));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('generated verb forms', () => {
  it('writes -es after a consonant and o, as after s, x, z, ch and sh', async () => {
    const { verbForms } = await import('./inflect');
    expect(verbForms('go', { past: 'went', participle: 'gone' })).toContain('goes');
    expect(verbForms('veto')).toEqual(expect.arrayContaining(['vetoes', 'vetoed', 'vetoing']));
    expect(verbForms('woo')).toContain('woos');
    expect(verbForms('push')).toContain('pushes');
  });
});
