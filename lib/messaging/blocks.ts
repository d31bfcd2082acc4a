// An article's blocks on the wire as one string ("p0,120 h122,180 …"): thousands of small objects
// in an extension message are converted one by one by the browser, a long task on a slow CPU for a
// live blog; one string is copied at once. The content script encodes; the background checks the
// string with the message (./from-content.ts) and decodes it for the analysis.
import type { Block, BlockType } from '../model';
import { ValidationError, string, type Validator } from '../schema/validate';

const CODE: Record<BlockType, string> = { heading: 'h', paragraph: 'p', blockquote: 'q', listitem: 'l' };
const TYPE: Record<string, BlockType> = { h: 'heading', p: 'paragraph', q: 'blockquote', l: 'listitem' };
const ONE = /^([hpql])(\d{1,9}),(\d{1,9})$/;

export const encodeBlocks = (blocks: readonly Block[]): string => blocks.map((b) => `${CODE[b.type]}${b.start},${b.end}`).join(' ');

/** Encoded blocks, each checked (a known type, start ≤ end), at most `max` of them. */
export function encodedBlocks(max: number): Validator<string> {
  return (v, path) => {
    const text = string({ max: max * 24 })(v, path);
    const parts = text ? text.split(' ') : [];
    if (parts.length > max) throw new ValidationError(path, `has ${parts.length.toLocaleString('en')} blocks; the limit is ${max.toLocaleString('en')}`);
    parts.forEach((p, i) => {
      const m = ONE.exec(p);
      if (!m || Number(m[3]) < Number(m[2])) throw new ValidationError(`${path}[${i}]`, `expected a block like "p0,120", got ${JSON.stringify(p.slice(0, 30))}`);
    });
    return text;
  };
}

/** Blocks from a string encodedBlocks() accepted. */
export function decodeBlocks(text: string): Block[] {
  return text
    ? text.split(' ').map((p) => {
        const [, type, start, end] = ONE.exec(p)!;
        return { type: TYPE[type!]!, start: Number(start), end: Number(end) };
      })
    : [];
}
