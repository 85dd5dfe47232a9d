import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { UNGIVEN_FORM_CONFIDENCE } from '../src/answer.ts';
import { asksYesOrNo } from '../src/answerTypes.ts';
import { noneOf } from '../src/comparison.ts';
import { analyze } from '../src/analyze.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

const safeguard = article(
  { title: 'Japan raises beef tariff under safeguard', publisher: 'Wire', date: '2017-07-29' },
  'Tokyo had planned to scrap the WTO-based beef safeguard once the pact took effect.\n\nImporters have bought more beef from Australia this year.',
);

describe('asksYesOrNo: a question whose every clause asks yes or no', () => {
  it('reads a question opened by an auxiliary', () => {
    expect(asksYesOrNo("did washington take japan's beef safeguard to the wto")).toBe(true);
    expect(asksYesOrNo('@TradeTalk is starbucks coffee japan majority-owned by the americans?')).toBe(true);
  });

  it('does not read a question that also asks with a question word, or a polite request that holds one', () => {
    expect(asksYesOrNo('is the us gonna make japan cap its car exports? what did lighthizer tell motegi')).toBe(false);
    expect(asksYesOrNo('can you tell me when the talks start?')).toBe(false);
    expect(asksYesOrNo('when did japan scrap the beef safeguard')).toBe(false);
  });

  it('does not read a yes/no question that also asks, by a question word joined to it, for a value', () => {
    expect(asksYesOrNo('did japan raise the tariff, and by how much?')).toBe(false);
    expect(asksYesOrNo('was the deal signed, and when?')).toBe(false);
  });

  it('reads the question after a heading, which asks nothing: "may 2019 talks: did japan agree?"', () => {
    expect(asksYesOrNo('may 2019 talks: did japan agree?')).toBe(true);
    expect(asksYesOrNo('beef safeguard: did tokyo scrap it?')).toBe(true);
  });

  it('does not read the month May before a number as the auxiliary', () => {
    expect(asksYesOrNo('may 2019 tariff talks with japan?')).toBe(false);
    expect(asksYesOrNo('may japan retaliate?')).toBe(true);
  });
});

describe('answer: certainty needs the form of answer asked for, not only the question\'s words', () => {
  it('is not certain of a yes/no question that a sentence holding all its words neither confirms nor denies', async () => {
    const index = await tempIndex({ ...otherArticles(), 'safeguard.md': safeguard });
    const a = answer(index, "did washington take japan's beef safeguard to the wto");
    expect(a.status).toBe('answered');
    expect(a.confidence).toBeLessThanOrEqual(UNGIVEN_FORM_CONFIDENCE);
  });

  it('is less sure of a yes/no question joined to "by how much?" when the quotes give no figure', async () => {
    const body = 'Japan raised its tariff on frozen US beef under the safeguard on Tuesday, the farm ministry said.';
    const index = await tempIndex({ ...otherArticles(), 'beef.md': article({ title: 'Japan raises beef tariff', publisher: 'Wire', date: '2017-07-29' }, body) });
    expect(answer(index, 'did japan raise the tariff on frozen us beef, and by how much?').confidence).toBeLessThan(UNGIVEN_FORM_CONFIDENCE);
  });

  it('is certain of a yes/no question joined to "by how much?" when the quotes give the figure', async () => {
    const body = 'Japan raised its tariff on frozen US beef to 50 percent from 38.5 percent under the safeguard on Tuesday, the farm ministry said.';
    const index = await tempIndex({ ...otherArticles(), 'beef.md': article({ title: 'Japan raises beef tariff', publisher: 'Wire', date: '2017-07-29' }, body) });
    expect(answer(index, 'did japan raise the tariff on frozen us beef, and by how much?').confidence).toBeGreaterThan(UNGIVEN_FORM_CONFIDENCE);
  });

  it('stays certain of the same words asked with a question word', async () => {
    const index = await tempIndex({ ...otherArticles(), 'safeguard.md': safeguard });
    expect(answer(index, 'what did tokyo plan for the wto-based beef safeguard').confidence).toBeGreaterThan(UNGIVEN_FORM_CONFIDENCE);
  });

  it('is not certain of "X vs Y" when the quotes give a value for one side only', async () => {
    const body = 'Trump signed an order fixing a 15 percent tariff on Japanese cars after the promised fix.\n\nThe order came a month after the deal.';
    const index = await tempIndex({ ...otherArticles(), 'order.md': article({ title: 'Trump signs car tariff order', publisher: 'Wire', date: '2025-09-05' }, body) });
    const a = answer(index, 'car tariff on japan before vs after the promised order?');
    expect(a.status).toBe('answered');
    expect(a.confidence).toBeLessThanOrEqual(UNGIVEN_FORM_CONFIDENCE);
  });

  it('stays certain of "X vs Y" when a side is none, written without a figure', async () => {
    const body = 'Japan charges no tariff on imported American-made cars, while the United States levies 2.5 percent on passenger cars from Japan.';
    const index = await tempIndex({ ...otherArticles(), 'levies.md': article({ title: 'Car tariffs', publisher: 'Wire', date: '2021-04-10' }, body) });
    expect(answer(index, "us tariff on japanese cars vs japan's tariff on us-made cars?").confidence).toBeGreaterThan(UNGIVEN_FORM_CONFIDENCE);
  });

  it('is not certain of "why" when the only reason cue is in a sentence about something else', async () => {
    const body = 'Trump and Abe played golf at Mobara and ate cheeseburgers made with American beef for lunch. It was their fifth round together since Trump took office.';
    const index = await tempIndex({ ...otherArticles(['rice', 'steel', 'cars', 'yen', 'wheat']), 'golf.md': article({ title: 'Trump and Abe play golf', publisher: 'Wire', date: '2019-05-26' }, body) });
    const a = answer(index, 'why are japanese eating american beef');
    expect(a.status).toBe('answered');
    expect(a.confidence).toBeLessThanOrEqual(UNGIVEN_FORM_CONFIDENCE);
  });
});

describe('noneOf: a side of a comparison whose value is none', () => {
  const keys = new Set(analyze('tariff duty'));
  it('reads "no", "zero" and "-free" before or with a question word', () => {
    expect(noneOf('Japan charges no tariff on imported American-made cars.', keys).size).toBe(1);
    expect(noneOf('Beef now enters duty-free.', keys).size).toBe(1);
  });

  it('does not read "no" before a word the question does not use', () => {
    expect(noneOf('There was no sign of a deal.', keys).size).toBe(0);
  });
});
