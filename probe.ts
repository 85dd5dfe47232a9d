import { readFileSync } from 'node:fs';
import { buildIndex, answer } from './src/index.ts';
import { loadCorpora } from './tools/corpusDir.ts';
const idx = buildIndex(await loadCorpora(['corpus', '../shared/eval/transfer/articles']));
const want = process.argv.slice(2);
for (const line of readFileSync('tests/fixtures/dialogues.jsonl', 'utf8').trim().split('\n')) {
  const d = JSON.parse(line); if (!want.includes(d.id) && !want.includes(d.kind)) continue;
  const hist = []; let firstRight = '';
  for (const q of d.history) { const a = answer(idx, q, { history: hist }); hist.push({ question: q, passageIds: a.citations.map(c => c.passageId) }); console.log(`  H ${q} -> ${a.sentences.map(s=>s.text).join(' | ').slice(0,160)}`); }
  const a = answer(idx, d.question, { history: hist });
  const txt = a.sentences.map(s=>s.text).join(' ');
  const ok = d.answers.some(g => txt.toLowerCase().includes(g.toLowerCase()));
  console.log(`Q ${d.id} ${ok?'OK':'--'} ${d.question} gold=${JSON.stringify(d.answers)}\n     -> ${a.status} ${txt.slice(0,200)}\n`);
}
