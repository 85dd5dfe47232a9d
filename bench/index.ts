/** `npm run bench`: prints every speed and memory figure. Not part of `npm test`: shared machines are noisy. */
import { benchAnswer } from './answer.ts';
import { benchDiscord } from './discord.ts';
import { benchLoad } from './load.ts';
import { benchScale } from './scale.ts';
import { benchSlack } from './slack.ts';
import { benchSoak } from './soak.ts';
import { benchStartup } from './startup.ts';

const only = process.argv[2];
const benches: [string, () => Promise<string>][] = [
  ['startup', benchStartup],
  ['answer', benchAnswer],
  ['slack', benchSlack],
  ['discord', benchDiscord],
  ['soak', benchSoak],
  ['load', benchLoad],
  ['scale', benchScale],
];
const names = benches.map(([name]) => name);
if (only && !names.includes(only)) {
  console.error(`unknown benchmark "${only}": run one of ${names.join(', ')}, or none for all`);
  process.exit(2);
}
if (!only) console.error('Running every benchmark, 20 to 25 minutes on a 2-core machine (`npm run bench <name>` runs one).');
for (const [name, run] of benches) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  console.log(await run());
}
