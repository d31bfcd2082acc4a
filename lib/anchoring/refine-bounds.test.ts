import { describe, expect, it } from 'vitest';
import { describeText } from './describe-text';
import { refineBounds } from './refine-bounds';
import { readTarget } from './selectors';

const BEFORE = 'The union said: “We will not accept any deal that leaves 70,543 businesses without support,” said Aisha.';

function target(words: string) {
  const at = BEFORE.indexOf(words);
  return readTarget(describeText(BEFORE, at, at + words.length))!;
}

describe('refineBounds', () => {
  it('takes in the whole replacement word at the edge of a quote that began on a word', () => {
    const after = BEFORE.replace('any deal', 'several deal');
    const cut = after.indexOf('al deal');
    const end = after.indexOf('70,543') + 6;
    const r = refineBounds(after, cut, end, target('any deal that leaves 70,543'));
    expect(after.slice(r.start, r.end)).toBe('several deal that leaves 70,543');
  });

  it('moves a start that drifted past the quote back to where the prefix ends', () => {
    const after = BEFORE.replace('We will not accept', 'We reported will not accept');
    const drifted = after.indexOf('orted');
    const end = after.indexOf(' businesses');
    const r = refineBounds(after, drifted, end, target('“We will not accept any deal that leaves 70,543'));
    expect(after.slice(r.start, r.end)).toBe('“We reported will not accept any deal that leaves 70,543');
  });

  it('leaves exact boundaries alone', () => {
    const t = target('accept any deal');
    const at = BEFORE.indexOf('accept any deal');
    expect(refineBounds(BEFORE, at, at + 15, t)).toEqual({ start: at, end: at + 15 });
  });
});
