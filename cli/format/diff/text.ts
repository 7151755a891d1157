import { DiffBlock } from '../../../spec/diff/diff-document';
import { Block } from '../../../spec/report/report-document';
import { reportText } from '../report/text';

/** The diff as plain text, laid out as the capacity report is; folded parts are sub-sections. */
export function diffText(blocks: readonly DiffBlock[]): string {
  const flat: Block[] = [];
  for (const b of blocks) {
    if (b.type !== 'details') flat.push(b);
    else {
      flat.push({ type: 'heading', level: 3, text: b.summary });
      for (const inner of b.blocks) flat.push(inner);
    }
  }
  return reportText(flat);
}
