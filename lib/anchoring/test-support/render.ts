// Random DOM renderings of a text: the same characters cut into pieces and spread over nested
// elements, empty and adjacent text nodes, <br>, comments, and skipped subtrees (scripts, our UI).
import fc from 'fast-check';
import { snap } from './random-docs';

export interface Rendering {
  /** Cut points as fractions of the text length. */
  cuts: number[];
  /** How each piece is placed (see `place`), cycled. */
  shapes: number[];
}

export const rendering: fc.Arbitrary<Rendering> = fc.record({
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
  shapes: fc.array(fc.nat(9), { minLength: 1, maxLength: 41 }),
});

function place(doc: Document, block: { el: Element }, root: Element, piece: string, shape: number): void {
  const text = () => doc.createTextNode(piece);
  switch (shape) {
    case 1: {
      const em = doc.createElement('em');
      em.appendChild(text());
      block.el.appendChild(em);
      return;
    }
    case 2: {
      const span = doc.createElement('span');
      span.appendChild(doc.createElement('b')).appendChild(text());
      block.el.appendChild(span);
      return;
    }
    case 3:
      block.el = root.appendChild(doc.createElement('p'));
      block.el.appendChild(text());
      return;
    case 4:
      block.el.appendChild(doc.createElement('br'));
      block.el.appendChild(text());
      return;
    case 5:
      block.el.appendChild(doc.createTextNode(''));
      block.el.appendChild(text());
      return;
    case 6:
      block.el.appendChild(doc.createElement('script')).appendChild(doc.createTextNode('var hidden = "not article text";'));
      block.el.appendChild(text());
      return;
    case 7:
      block.el.appendChild(doc.createComment('comment'));
      block.el.appendChild(text());
      return;
    case 8: {
      const mid = snap(piece, piece.length >> 1);
      block.el.appendChild(doc.createTextNode(piece.slice(0, mid)));
      block.el.appendChild(doc.createTextNode(piece.slice(mid)));
      return;
    }
    case 9: {
      const ui = block.el.appendChild(doc.createElement('span'));
      ui.setAttribute('data-claimlight-ui', '');
      ui.appendChild(doc.createTextNode('Claimlight button'));
      block.el.appendChild(text());
      return;
    }
    default:
      block.el.appendChild(text());
  }
}

/** A detached <div> whose anchoring text is exactly `text`. */
export function render(doc: Document, text: string, r: Rendering): HTMLElement {
  const root = doc.createElement('div');
  const block = { el: root.appendChild(doc.createElement('p')) as Element };
  const cuts = [...new Set(r.cuts.map((f) => snap(text, Math.floor(f * text.length))))].sort((a, b) => a - b);
  const bounds = [0, ...cuts.filter((c) => c > 0 && c < text.length), text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    place(doc, block, root, text.slice(bounds[i], bounds[i + 1]), r.shapes[i % r.shapes.length]!);
  }
  return root;
}
