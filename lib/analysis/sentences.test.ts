import { describe, expect, it } from 'vitest';
import { toArticleInput } from './input';
import { splitSentences } from './sentences';
import { LIMITS } from './thresholds';

const split = (text: string): string[] => {
  const input = toArticleInput(text);
  return splitSentences(input.text, input.blocks).map((s) => text.slice(s.start, s.end));
};

describe('splitSentences', () => {
  it('does not split after honorifics and titles', () => {
    expect(split('Mr. Smith met Dr. Jones and Gen. Lee at St. Mary’s. They talked for an hour.')).toEqual([
      'Mr. Smith met Dr. Jones and Gen. Lee at St. Mary’s.',
      'They talked for an hour.',
    ]);
  });

  it('does not split after a plural title before a list of names ("Govs.", "Sens.", "Reps.")', () => {
    expect(split('He spared his rivals, particularly Govs. Jeb Bush and Chris Christie. They left.')).toHaveLength(2);
    expect(split('Sens. Ted Cruz and Marco Rubio spoke, as did Reps. Ann Lee and Drs. Bo Ray and Jo Kim. Then it ended.')).toHaveLength(2);
  });

  it('treats U.S., Jan. and state abbreviations by what follows', () => {
    expect(split('The U.S. Senate voted on Jan. 5 in Boston. It passed.')).toHaveLength(2);
    expect(split('He moved to the U.S. He liked it there.')).toHaveLength(2);
    expect(split('"No," said Sen. Jane Roe, D-Mass. She left the room.')).toHaveLength(2);
  });

  it('keeps decimals, initials and "No. 10" together', () => {
    expect(split('Growth was 3.5 per cent last year, said J. K. Rowling at No. 10 on Friday.')).toHaveLength(1);
  });

  it('splits after a closing quotation mark', () => {
    expect(split('“We won. We did it.” The crowd cheered.')).toEqual(['“We won.', 'We did it.”', 'The crowd cheered.']);
  });

  it('does not split when a question inside a quote is followed by lower case attribution', () => {
    expect(split('“Why now?” she asked. Nobody knew.')).toEqual(['“Why now?” she asked.', 'Nobody knew.']);
  });

  it('always breaks at block boundaries, even without a full stop', () => {
    expect(split('Minister resigns over expenses row\n\nThe minister quit on Monday.')).toEqual([
      'Minister resigns over expenses row',
      'The minister quit on Monday.',
    ]);
  });

  it('returns offsets into the original text', () => {
    const text = '  First one here.   Second one there.  ';
    const input = toArticleInput(text);
    for (const s of splitSentences(input.text, input.blocks)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('cuts a run with no sentence end into pieces at spaces, marked as cut', () => {
    const text = 'word '.repeat(1_000).trim(); // 4,999 characters, no full stop
    const input = toArticleInput(text);
    const pieces = splitSentences(input.text, input.blocks);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(LIMITS.maxSentenceChars);
      expect(p.cut).toBe(true);
      expect(text.slice(p.start, p.end)).toMatch(/^word(?: word)*$/); // cut between words, no space kept
    }
    expect(pieces.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(text);
  });

  it('keeps a long real sentence whole', () => {
    const long = `The council said ${'the new plan, which covers roads, schools and the harbour, '.repeat(20)}would pass.`;
    expect(long.length).toBeGreaterThan(1_000);
    const input = toArticleInput(`${long} It did.`);
    const sentences = splitSentences(input.text, input.blocks);
    expect(sentences.map((s) => input.text.slice(s.start, s.end))).toEqual([long, 'It did.']);
    expect(sentences[0].cut).toBeUndefined();
  });
});
