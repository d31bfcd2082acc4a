import type { ArticleInput, Block } from '../model';

/**
 * Normalises the analysis input. A plain string is split into blocks at line breaks (blank lines or
 * single newlines); its first block is a heading when it has no closing punctuation and more blocks follow.
 * Offsets always refer to the original string.
 */
export function toArticleInput(input: ArticleInput | string): ArticleInput {
  if (typeof input !== 'string') {
    const text = typeof input?.text === 'string' ? input.text : '';
    const blocks = Array.isArray(input?.blocks) && input.blocks.length ? sanitizeBlocks(input.blocks, text.length) : splitBlocks(text);
    return { text, blocks, title: input?.title };
  }
  const blocks = splitBlocks(input);
  if (blocks.length > 1 && !/[.?!:;"”’']\s*$/.test(input.slice(blocks[0].start, blocks[0].end))) {
    blocks[0] = { ...blocks[0], type: 'heading' };
  }
  return { text: input, blocks };
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lineBreak = /\r?\n|\r|\u2028|\u2029/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) blocks.push({ type: 'paragraph', start: s, end: e });
  };
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return blocks;
}

/** Keeps blocks inside the text, in order and non-overlapping; trims surrounding whitespace. */
function sanitizeBlocks(blocks: Block[], length: number): Block[] {
  const out: Block[] = [];
  let last = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    const start = Math.max(last, Math.min(length, Math.floor(b.start)));
    const end = Math.max(start, Math.min(length, Math.floor(b.end)));
    if (end > start) out.push({ type: b.type, start, end });
    last = end;
  }
  return out;
}

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b;
}
