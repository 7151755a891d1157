import { DiffBlock } from '../../../spec/diff/diff-document';
import { Block } from '../../../spec/report/report-document';
import { reportMarkdown } from '../report/markdown';

/**
 * The diff as GitHub-flavoured markdown, for a pull request comment or a job summary:
 * the capacity report's markdown, with the details of each site folded in `<details>`.
 */
export function diffMarkdown(blocks: readonly DiffBlock[]): string {
  const out: string[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length) out.push(reportMarkdown(run));
    run = [];
  };
  for (const b of blocks) {
    if (b.type !== 'details') {
      run.push(b);
      continue;
    }
    flush();
    // a blank line after <summary> lets GitHub render the markdown inside
    out.push(`<details><summary>${escapeHtml(b.summary)}</summary>\n\n${reportMarkdown(b.blocks).trimEnd()}\n\n</details>\n`);
  }
  flush();
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
