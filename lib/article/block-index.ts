// Per-element answers needed for every text node — "which block am I in?", "what kind of block?",
// "am I link text?" — computed once per element and cached, so a page with 10,000 paragraphs
// costs one look per element rather than a climb to the root per text node.

import type { BlockType } from '../model';
import { isBlockElement } from './tags';

export class BlockIndex {
  readonly #blocks = new Map<Element, Element>();
  readonly #types = new Map<Element, BlockType>();
  readonly #links = new Map<Element, boolean>();
  /** `root` bounds every climb: it is the outermost block. */
  readonly #root: Element;

  constructor(root: Element) {
    this.#root = root;
  }

  /**
   * Climb from `start` to the root until an element answers for itself (`own`) or was answered
   * before; every element passed on the way gets the same answer (`none` when nothing answered).
   */
  #climb<T>(cache: Map<Element, T>, start: Element | null, own: (el: Element) => T | undefined, none: T): T {
    const chain: Element[] = [];
    let found = none;
    for (let el = start; el; el = el === this.#root ? null : el.parentElement) {
      const v = cache.get(el) ?? own(el);
      chain.push(el);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    for (const c of chain) cache.set(c, found);
    return found;
  }

  /** The nearest block-level element holding `node` (the root if none is closer). */
  blockOf(node: Node): Element {
    const root = this.#root;
    return this.#climb(this.#blocks, node.nodeType === 1 ? (node as Element) : node.parentElement, (el) => (el === root || isBlockElement(el) ? el : undefined), root);
  }

  /** Heading, list item or blockquote by the nearest such element up to the root; else paragraph. */
  typeOf(block: Element): BlockType {
    return this.#climb(this.#types, block, ownType, 'paragraph');
  }

  /** Is `node` inside an <a href> (below the root)? */
  inLink(node: Node): boolean {
    return this.#climb(this.#links, node.nodeType === 1 ? (node as Element) : node.parentElement, isLink, false);
  }
}

const isLink = (el: Element): true | undefined => (el.localName === 'a' && el.hasAttribute('href')) || undefined;

function ownType(el: Element): BlockType | undefined {
  switch (el.localName) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return 'heading';
    case 'li': case 'dt': case 'dd':
      return 'listitem';
    case 'blockquote':
      return 'blockquote';
    default:
      return el.getAttribute('role') === 'heading' ? 'heading' : undefined;
  }
}
