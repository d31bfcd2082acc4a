import { describe, expect, it } from 'vitest';
import { contextFit } from './context-fit';
import { describeText } from './describe-text';
import { isConfirmed, pickClearWinner, type Candidate } from './policy';
import { readTarget, type AnchorTarget } from './selectors';

function targetFor(text: string, words: string): AnchorTarget {
  const at = text.indexOf(words);
  return readTarget(describeText(text, at, at + words.length))!;
}

function candidate(text: string, start: number, end: number, target: AnchorTarget, quoteErrors = 0): Candidate {
  return { start, end, quoteErrors, ...contextFit(text, start, end, target) };
}

const TEXT = 'The committee met on Tuesday and agreed to delay the vote on the new bridge until the spring session.';

describe('acceptance policy', () => {
  it('confirms a short quote only with exact context right next to it on both sides', () => {
    const target = targetFor(TEXT, 'vote');
    const at = TEXT.indexOf('vote');
    expect(isConfirmed(candidate(TEXT, at, at + 4, target), target)).toBe(true);
    const edited = TEXT.replace('the vote', 'the final vote');
    const moved = edited.indexOf('vote');
    expect(isConfirmed(candidate(edited, moved, moved + 4, target), target)).toBe(false);
  });

  it('counts a moved text edge against a quote that started the text', () => {
    const target = targetFor(TEXT, 'The committee met');
    expect(target.prefix).toBe('');
    expect(isConfirmed(candidate(TEXT, 0, 17, target), target)).toBe(true);
    const edited = 'Updated: ' + TEXT.replace('on Tuesday and agreed', 'and decided');
    expect(isConfirmed(candidate(edited, 9, 26, target), target)).toBe(false);
  });

  it('rejects a fuzzy candidate beyond the error budget whatever its context', () => {
    const target = targetFor(TEXT, 'agreed to delay the vote');
    const at = TEXT.indexOf('agreed to delay the vote');
    expect(isConfirmed(candidate(TEXT, at, at + 24, target, 7), target)).toBe(false);
    expect(isConfirmed(candidate(TEXT, at, at + 24, target, 2), target)).toBe(true);
  });

  it('picks no winner when two places score alike', () => {
    const text = 'said the mayor. ' + TEXT + ' ' + TEXT;
    const target = targetFor(TEXT, 'agreed to delay');
    const first = text.indexOf('agreed to delay');
    const second = text.lastIndexOf('agreed to delay');
    const both = [candidate(text, first, first + 15, target), candidate(text, second, second + 15, target)];
    expect(pickClearWinner(both, target)).toBeNull();
    expect(pickClearWinner(both.slice(0, 1), target)).toMatchObject({ start: first });
  });
});
