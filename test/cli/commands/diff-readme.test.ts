import * as fs from 'fs';
import { bufferedContext } from '../../../cli/context';
import { runCli } from '../../../cli/main';
import { scratchRepo } from '../../helpers/git-repo';

/** The markdown block of the README's "Reviewing site changes" section. */
function readmeMarkdown(): string {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Reviewing site changes'));
  const start = section.indexOf('```markdown\n') + '```markdown\n'.length;
  return section.slice(start, section.indexOf('\n```\n', start) + 1);
}

test('the README shows the markdown aisite diff prints for its example change', async () => {
  const repo = scratchRepo('aisite-diff-readme-');
  const cwd = process.cwd();
  try {
    for (const f of fs.readdirSync('examples')) repo.write(`sites/${f}`, fs.readFileSync(`examples/${f}`, 'utf8'));
    repo.commit('the examples');
    repo.git('checkout', '-q', '-b', 'more-gpus');
    const national = 'sites/haenam-national-ai-center.yaml';
    repo.write(national, fs.readFileSync(`examples/haenam-national-ai-center.yaml`, 'utf8').replace('count: 512', 'count: 544'));
    repo.commit('32 more GPU cabinets');
    process.chdir(repo.dir);
    const ctx = bufferedContext();
    const code = await runCli(['diff', '--base', 'main', 'sites/', '-f', 'markdown'], ctx);
    process.chdir(cwd);
    expect(code).toBe(0);
    expect(readmeMarkdown()).toBe(ctx.out);
  } finally {
    process.chdir(cwd);
    repo.dispose();
  }
});
