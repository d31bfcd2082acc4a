// input.blocks from a text map: each run of nodes between block separators, trimmed of
// surrounding whitespace, typed by its block element.

import type { Block } from '../model';
import type { TextMap } from '../dom/text-map';
import type { BlockIndex } from './block-index';
import { STEP_NODES, type Steps } from '../dom/steps';

/** A pass that can pause (see lib/dom/steps.ts): a live blog has tens of thousands of text nodes. */
export function* blocksOf(map: TextMap, index: BlockIndex): Steps<Block[]> {
  const { nodes, starts, text } = map;
  const blocks: Block[] = [];
  let runFirst = 0;
  const close = (first: number, last: number) => {
    const from = starts[first]!;
    const to = starts[last]! + nodes[last]!.data.length;
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    // Type by the node that holds the first visible character.
    let i = first;
    while (i < last && starts[i]! + nodes[i]!.data.length <= start) i++;
    blocks.push({ type: index.typeOf(index.blockOf(nodes[i]!)), start, end });
  };
  for (let i = 1; i < nodes.length; i++) {
    if (i % STEP_NODES === 0) yield;
    if (starts[i]! > starts[i - 1]! + nodes[i - 1]!.data.length) {
      close(runFirst, i - 1);
      runFirst = i;
    }
  }
  if (nodes.length) close(runFirst, nodes.length - 1);
  return blocks;
}

const SPACE = /\s/;
function isSpace(c: number): boolean {
  return SPACE.test(String.fromCharCode(c));
}
