import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { toArticleInput } from './input';

/** The canonical name coreference gives the possessive "his"/"her" at the n-th occurrence of `word` in the text. */
function ownerOf(text: string, word: string, n = 0): string | null {
  const ctx = buildContext(toArticleInput(text));
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(word, at + 1);
  return ctx.ownerAt(at)?.canonical ?? null;
}

describe('coreference of a possessive "his"/"her"', () => {
  it('reads the latest person of that gender before the pronoun, in reading order', () => {
    const text = 'Omar Reyes met Ana Ruiz on Monday.\n\nHis campaign denied the report, and her lawyers agreed.';
    expect(ownerOf(text, 'His')).toBe('Omar Reyes');
    expect(ownerOf(text, 'her')).toBe('Ana Ruiz');
    // a man named after the pronoun is not its owner; the one before it is
    expect(ownerOf('Omar Reyes spoke.\n\nHis aide, said Leo Hart, left.', 'His')).toBe('Omar Reyes');
    expect(ownerOf('Omar Reyes spoke. Then Leo Hart spoke.\n\nHis aide left.', 'His')).toBe('Leo Hart');
  });

  it('follows the people coreference resolved, however far back and however named since', () => {
    // named once, four sentences back, then only "he": still the owner
    const text = 'Omar Reyes spoke on Monday. He left early. It rained. Snow fell later.\n\nHis campaign denied the report.';
    expect(ownerOf(text, 'His')).toBe('Omar Reyes');
    // "Mr Reyes" resolves to the full name the article gave
    expect(ownerOf('Omar Reyes and Ana Ruiz spoke.\n\nMr Reyes left. Her aide stayed. His aide left.', 'His')).toBe('Omar Reyes');
  });

  it('gives no owner when no person of that gender was read before', () => {
    expect(ownerOf('Ana Ruiz spoke.\n\nHis campaign denied the report.', 'His')).toBeNull();
    expect(ownerOf('His campaign denied the report. Omar Reyes spoke.', 'His')).toBeNull();
  });
});
