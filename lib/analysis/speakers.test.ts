import { describe, expect, it } from 'vitest';
import { analyze } from './index';

const speakers = (text: string): Array<[string, string | null | undefined]> =>
  analyze(text).filter((f) => f.kind === 'quote').map((f) => [f.text, f.speaker]);

describe('quote attribution', () => {
  it('reads "X said", "said X" and "according to X"', () => {
    expect(speakers('“It is over,” Jane Doe said.\n\n“It is not,” said Sen. Mark Roe, R-Ohio.\n\nAccording to Ann Lee, “nothing changed”.')).toEqual([
      ['It is over,', 'Jane Doe'],
      ['It is not,', 'Mark Roe'],
      ['nothing changed', 'Ann Lee'],
    ]);
  });

  it('maps "Mr X" and role nouns to the full name the article gave', () => {
    const text = [
      'Foreign Minister Petra Novak met Prime Minister Tomas Berg on Friday.',
      '“We agreed on the basics,” Ms Novak told reporters.',
      'The prime minister said the talks were “useful but slow”.',
      '“We will meet again,” the foreign minister added.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['We agreed on the basics,', 'Petra Novak'],
      ['useful but slow', 'Tomas Berg'],
      ['We will meet again,', 'Petra Novak'],
    ]);
  });

  it('resolves he/she to the latest person of that gender', () => {
    const text = 'Mr Alan Price met Ms Rita Gold in Leeds.\n\nMs Gold spoke first.\n\n“It went well,” she said.\n\n“I agree,” he said.';
    expect(speakers(text)).toEqual([
      ['It went well,', 'Rita Gold'],
      ['I agree,', 'Alan Price'],
    ]);
  });

  it('reads spokespeople: "a spokesperson for X" is X, "X’s spokesman Y" is Y, "X’s office" is X', () => {
    const text = [
      'A spokesperson for Northwind Energy said: “Supplies are safe.”',
      'Mr Carl Boyd’s spokesman Tim Ash told the BBC: “He is resting.”',
      'Carl Boyd’s office said the claim was “absurd”.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      ['Supplies are safe.', 'Northwind Energy'],
      ['He is resting.', 'Tim Ash'],
      ['absurd', 'Carl Boyd'],
    ]);
  });

  it('carries the speaker over split quotes, quote-only paragraphs and multi-paragraph quotes', () => {
    const text = [
      '“We will,” said coach Dana Wells, “fight on.”',
      '“Nobody here is giving up.”',
      'Wells went further at the weekend.',
      '“We are not finished.',
      '“We have only just started.”',
    ].join('\n\n');
    expect(speakers(text).map(([, s]) => s)).toEqual(['Dana Wells', 'Dana Wells', 'Dana Wells', 'Dana Wells', 'Dana Wells']);
  });

  it('takes the speaker named in the next sentence', () => {
    expect(speakers('“The plan is dead.” That was the verdict of Jane Doe, a local councillor.')).toEqual([['The plan is dead.', 'Jane Doe']]);
  });

  it('keeps organisations as written', () => {
    expect(speakers('“Talks begin today,” the White House said in a statement.')).toEqual([['Talks begin today,', 'the White House']]);
  });
});
