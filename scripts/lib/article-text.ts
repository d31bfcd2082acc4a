// The analysis input for a plain article.txt (line 1 = headline, one paragraph per non-empty line),
// shared by the evaluation scripts.
import type { ArticleInput, Block } from '../../lib/model';

/** Non-empty lines are blocks, joined by blank lines; the first is the heading. */
export function inputFromArticleText(raw: string): ArticleInput {
  const lines = raw.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const blocks: Block[] = [];
  let text = '';
  lines.forEach((line, i) => {
    if (i) text += '\n\n';
    blocks.push({ type: i === 0 ? 'heading' : 'paragraph', start: text.length, end: text.length + line.length });
    text += line;
  });
  return { text, blocks, title: lines[0] };
}
