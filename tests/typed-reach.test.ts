import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, type SearchIndex } from '../src/index.ts';
import { heldOutArticle, tempIndex } from './helpers/corpus.ts';

/** The five stories of a held-out set, as one corpus. */
async function storiesOf(set: string): Promise<SearchIndex> {
  const dir = resolve(import.meta.dirname, `../eval/${set}/articles`);
  return tempIndex(Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => [f, heldOutArticle(`${set}/articles/${f}`)])));
}

let deals: SearchIndex;
let banks: SearchIndex;
let plants: SearchIndex;
let nuclear: SearchIndex;
beforeAll(async () => {
  deals = await storiesOf('heldout22');
  plants = await storiesOf('heldout24');
  nuclear = await storiesOf('heldout10');
  banks = await storiesOf('heldout13');
});

const quoted = (a: ReturnType<typeof answer>) => a.sentences.map((s) => s.text).join(' ');

describe('compose: a date or figure in a lower passage of the best article', () => {
  it('reads on in the best article for the sum asked for: what Sumitomo is putting into Goldman', () => {
    const a = answer(deals, 'how much $$ is sumitomo putting into goldman');
    expect(a.status).toBe('answered');
    expect(quoted(a)).toContain('$500 million');
  });

  it('reads on for the sum a plant costs: what Honda is putting into its Ohio car plant', () => {
    const a = answer(plants, 'how much $$ is honda sinking into the ohio car factory');
    expect(a.status).toBe('answered');
    expect(quoted(a)).toContain('$200 million');
  });

  it('reads on for the year and price of a purchase: when Toshiba bought Westinghouse', () => {
    const a = answer(nuclear, 'When did Toshiba acquire Westinghouse, and what did it pay?');
    expect(a.status).toBe('answered');
    expect(quoted(a)).toContain('2006');
  });

  it('does not grow surer for a figure reached that stands beside another lead: the loss on the Union Bank sale is untold', () => {
    const a = answer(banks, 'how big a loss is mufg booking on the union bank sale');
    expect(a.status).toBe('no_answer');
  });
});
