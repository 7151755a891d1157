const Y=require('yaml');
function depth(tokens) {
  let max = 0;
  const stack = [];
  for (const t of tokens) if (t.type === 'document') stack.push([t.value, 0]);
  while (stack.length) {
    const [t, d] = stack.pop();
    if (!t) continue;
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') {
      if (d + 1 > max) max = d + 1;
      for (const it of t.items) { stack.push([it.key, d + 1]); stack.push([it.value, d + 1]); }
    }
  }
  return max;
}
for (const [name, src] of [['flow10k', '['.repeat(10000)], ['flowbal100k', '['.repeat(100000)+']'.repeat(100000)], ['map', '{a: '.repeat(10000)+'1'+'}'.repeat(10000)],
  ['block', Array.from({length: 5000}, (_, i) => ' '.repeat(i+1) + 'k:').join('\n') + ' 1\n'], ['seqblock', Array.from({length: 5000}, (_, i) => ' '.repeat(i) + '- ').join('\n')], ['compactseq', '- '.repeat(5000) + 'x'],
  ['example', require('fs').readFileSync('examples/haenam-national-ai-center.yaml','utf8')]]) {
  const t0 = Date.now();
  try { const toks = Array.from(new Y.Parser().parse(src)); console.log(name, toks.length, depth(toks), Date.now()-t0, 'ms'); } catch (e) { console.log(name, 'THREW', e.message); }
}
