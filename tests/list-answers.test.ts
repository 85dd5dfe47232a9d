import { describe, expect, it } from 'vitest';
import { answer } from '../src/index.ts';
import { article, otherArticles, tempIndex } from './helpers/corpus.ts';

describe('answer: a question for a list the question word does not name', () => {
  it('quotes the sentence that gives the parts when asked to break something down', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'jal.md': article(
        { title: 'JAL stays with American', publisher: 'Wire', date: '2010-02-09' },
        "The decision was a blow to Delta, which with its SkyTeam partners had offered JAL $1 billion to switch alliances. American and its partners countered with an offer of as much as $1.4 billion to keep JAL. According to Standard & Poor's, the SkyTeam package was made up of $500 million in capital, a $300 million revenue guarantee and $200 million in asset-backed funding.",
      ),
    });
    const a = answer(index, 'break down the skyteam offer for me');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('$300 million revenue guarantee');
  });

  it('quotes the sentence that names the parts when asked to list them: "list the four forums…"', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'partnership.md': article(
        { title: 'Leaders launch an economic partnership', publisher: 'Wire', date: '2001-06-30' },
        'The two leaders announced the Economic Partnership for Growth, an initiative aimed at closer cooperation on trade and economic issues. Under the framework, the governments will set up four forums and a commission of government and business members.\n\nThe forums are the Regulatory Reform Initiative, the Financial Dialogue, the Trade Forum and the Investment Initiative, which is to address the climate for foreign investment. Senior officials will also meet once a year to set the direction of the partnership.',
      ),
    });
    const a = answer(index, 'list the four forums under the new growth partnership pls');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('the Financial Dialogue, the Trade Forum and the Investment Initiative');
  });

  it('answers "what three units…" with the units named, not declines it for giving no amount', async () => {
    const index = await tempIndex({
      ...otherArticles(),
      'firestone.md': article(
        { title: 'Bridgestone to buy Firestone', publisher: 'Wire', date: '1988-03-17' },
        'Firestone, founded by Harvey S. Firestone in 1900, had sales of $3.9 billion in the 12 months to October. In December it split itself into three units - tire manufacturing, retail stores and diversified products - a step some analysts said made the tire business easier to sell.',
      ),
    });
    const a = answer(index, 'what three units did firestone break itself into in december');
    expect(a.status).toBe('answered');
    expect(a.sentences.map((s) => s.text).join(' ')).toContain('tire manufacturing, retail stores and diversified products');
  });
});
