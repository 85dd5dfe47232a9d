import { readFileSync } from 'node:fs';
import { buildIndex, loadCorpus, answer } from '/work/main/src/index.ts';
import { parseEvalFile } from '/work/main/src/evaluate.ts';
import { analyzeQuery, rankPassages } from '/work/main/src/rank.ts';
import { prepareQuestion } from '/work/main/src/question.ts';
const items = parseEvalFile(readFileSync('/work/shared/eval/dev-questions.jsonl','utf8'));
const index = buildIndex(await loadCorpus('/work/main/corpus'));
const only = process.argv[2];
for (const it of items) {
  if (only && !only.split(',').includes(it.id)) continue;
  const a = answer(index, it.question, { minConfidence: 0 });
  const q = analyzeQuery(index, prepareQuestion(it.question).text);
  const r = rankPassages(index, q);
  console.log(it.id, it.in_scope ? 'IN ' : 'OUT', it.kind.padEnd(10), String(a.confidence).padEnd(6), q.terms.map(t=>`${t.term}${t.known?'':'?'}:${t.weight.toFixed(1)}`).join(' '), q.corrections.length? JSON.stringify(q.corrections):'');
  if (only) { for (const x of r.slice(0,5)) console.log('   ', x.score.toFixed(2), x.coverage.toFixed(2), x.matched.join(','), '|', x.passage.id, x.passage.text.slice(0,120)); console.log('  =>', a.text.slice(0,400)); }
}
