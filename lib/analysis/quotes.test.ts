import { describe, expect, it } from 'vitest';
import { toArticleInput } from './input';
import { findQuotes } from './quotes';

const quotes = (text: string): string[] => {
  const input = toArticleInput(text);
  return findQuotes(input.text, input.blocks).map((q) => text.slice(q.innerStart, q.innerEnd));
};

describe('findQuotes', () => {
  it('finds curly and straight double quotes, without their marks', () => {
    expect(quotes('“We will win,” she said. He called it "a farce" on Monday.')).toEqual(['We will win,', 'a farce']);
  });

  it('handles British single quotes with nested doubles', () => {
    expect(quotes('‘They keep saying “it’s the boilers”, but it isn’t,’ he said.')).toEqual(['They keep saying “it’s the boilers”, but it isn’t,']);
  });

  it('is not fooled by apostrophes that look like closing marks', () => {
    expect(quotes('‘The Rovers’ fans sang at Nico’s until the ’90s songs ran out,’ said Ann.')).toEqual([
      'The Rovers’ fans sang at Nico’s until the ’90s songs ran out,',
    ]);
    expect(quotes('The Rovers’ manager and Nico’s owner met in the ’90s.')).toEqual([]);
  });

  it('returns a quote split around its attribution as two quotes', () => {
    expect(quotes('“We will,” she said, “fight on.”')).toEqual(['We will,', 'fight on.']);
  });

  it('keeps partial quotes of a few words', () => {
    expect(quotes('The agency called it a “movement to peace” and said talks would “begin soon”.')).toEqual(['movement to peace', 'begin soon']);
  });

  it('links the paragraphs of a multi-paragraph quote', () => {
    const text = '“We are not against paying.\n\n“What we object to is secrecy.\n\n“Show us the books,” he said.';
    const input = toArticleInput(text);
    const found = findQuotes(input.text, input.blocks);
    expect(found.map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(['We are not against paying.', 'What we object to is secrecy.', 'Show us the books,']);
    expect(found.map((q) => q.prevPart)).toEqual([-1, 0, 1]);
    expect(found.map((q) => q.open)).toEqual([true, true, false]);
  });

  it('closes a double quote set off by a space after a nested single quote or a question mark', () => {
    expect(quotes('"We were told it would be \'temporary,\' " said Ann Ross. "It never was."')).toEqual(["We were told it would be 'temporary,'", 'It never was.']);
    expect(quotes("''They call it a 'fresh start,' '' Mr. Lee said. ''We will see.''")).toEqual(["They call it a 'fresh start,'", 'We will see.']);
    expect(quotes('"So what does that mean? " she asked the panel.')).toEqual(['So what does that mean?']);
    // a lone spaced mark after an ordinary word is still not a closing mark
    expect(quotes('The sign read " closed for winter and the door was locked.')).toEqual([]);
  });

  it('keeps a quotation that holds another quotation whole', () => {
    expect(quotes('She wrote: “Fans wore “Vote Early” hats at every rally this week.” Then she left.')).toEqual(['Fans wore “Vote Early” hats at every rally this week.']);
    expect(quotes('He posted, "A guard shouted "Stop!" as the crowd ran." Nobody replied.')).toEqual(['A guard shouted "Stop!" as the crowd ran.']);
    expect(quotes('He wrote, "The plan is not about “fairness” any more. It is about power."')).toEqual(['The plan is not about “fairness” any more. It is about power.']);
    // unbalanced marks: the first closing mark still ends the quotation
    expect(quotes('“We will win,” she said, “and “soon.')).toEqual(['We will win,']);
  });

  it('ignores an unclosed mark in the middle of a paragraph', () => {
    expect(quotes('He said “this never closes and nothing follows.')).toEqual([]);
  });
});
