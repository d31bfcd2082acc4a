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

  /** The nearest block-level element holding `node` (the root if none is closer). */
  blockOf(node: Node): Element {
    const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!start) return this.#root;
    const hit = this.#blocks.get(start);
    if (hit) return hit;
    const chain: Element[] = [];
    let el: Element | null = start;
    let found: Element = this.#root;
    while (el) {
      const cached = this.#blocks.get(el);
      if (cached) {
        found = cached;
        break;
      }
      if (el === this.#root || isBlockElement(el)) {
        found = el;
        break;
      }
      chain.push(el);
      el = el.parentElement;
    }
    for (const c of chain) this.#blocks.set(c, found);
    if (el) this.#blocks.set(el, found);
    return found;
  }

  /** Heading, list item or blockquote by the nearest such element up to the root; else paragraph. */
  typeOf(block: Element): BlockType {
    const chain: Element[] = [];
    let el: Element | null = block;
    let type: BlockType = 'paragraph';
    while (el) {
      const cached = this.#types.get(el);
      if (cached) {
        type = cached;
        break;
      }
      const own = ownType(el);
      if (own) {
        type = own;
        chain.push(el);
        break;
      }
      chain.push(el);
      if (el === this.#root) break;
      el = el.parentElement;
    }
    for (const c of chain) this.#types.set(c, type);
    return type;
  }

  /** Is `node` inside an <a href> (below the root)? */
  inLink(node: Node): boolean {
    const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!start) return false;
    const hit = this.#links.get(start);
    if (hit !== undefined) return hit;
    const chain: Element[] = [];
    let el: Element | null = start;
    let result = false;
    while (el) {
      const cached = this.#links.get(el);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      chain.push(el);
      if (el.localName === 'a' && el.hasAttribute('href')) {
        result = true;
        break;
      }
      if (el === this.#root) break;
      el = el.parentElement;
    }
    for (const c of chain) this.#links.set(c, result);
    return result;
  }
}

function ownType(el: Element): BlockType | null {
  switch (el.localName) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return 'heading';
    case 'li': case 'dt': case 'dd':
      return 'listitem';
    case 'blockquote':
      return 'blockquote';
    default:
      return el.getAttribute('role') === 'heading' ? 'heading' : null;
  }
}
