import { describe, expect, it } from 'vitest';
import { lemmatizer } from '../src/lexical/morphy.ts';
import { isEnglishWord, lookup, nounSort } from '../src/lexical/wordnet.ts';
import { phrasalSynonyms } from '../src/lexical/extract.ts';

describe('WordNet extract', () => {
  it('gives derivationally related forms', () => {
    expect(lookup('bankrupt').flatMap((e) => e.derived)).toContain('bankruptcy');
  });

  it('links an adjective to the noun it pertains to and an adverb to its adjective, both ways', () => {
    expect(lookup('agricultural').flatMap((e) => e.derived)).toContain('agriculture');
    expect(lookup('agriculture').flatMap((e) => e.derived)).toContain('agricultural');
    expect(lookup('reportedly').flatMap((e) => e.derived)).toContain('reported');
    expect(lookup('officially').flatMap((e) => e.derived)).toContain('official');
  });

  it('gives the synonyms of a word’s most frequent sense, for inflected forms too', () => {
    expect(lookup('countries').flatMap((e) => e.synonyms)).toContain('nation');
  });

  it('gives the words of a word’s other senses, only when it has few senses', () => {
    expect(lookup('ceiling').flatMap((e) => e.otherSenses)).toContain('cap');
    expect(lookup('clients').flatMap((e) => e.otherSenses)).toContain('customer');
    // "turn" has 38 senses (play, round, act, become…): none of them is likely meant.
    expect(lookup('turn').flatMap((e) => e.otherSenses)).toEqual([]);
  });

  it('gives what a word’s most frequent sense is a kind of, for inflected forms too', () => {
    expect(lookup('gadgets').flatMap((e) => e.hypernyms)).toContain('device');
    expect(lookup('bug').flatMap((e) => e.hypernyms)).toContain('insect');
  });

  it('gives hypernyms two levels up: haggling is bargaining, which is negotiation', () => {
    expect(lookup('haggle').flatMap((e) => e.hypernyms)).toEqual(expect.arrayContaining(['bargaining', 'negotiation']));
  });

  it('does not reach the top of WordNet’s hierarchy above the first level: to cup is to shape, not "change"', () => {
    expect(lookup('cup').flatMap((e) => e.hypernyms)).not.toContain('change');
  });

  it('keeps a hypernym’s word only when that is the word’s own most frequent sense (an ocean is no "water")', () => {
    expect(lookup('ocean').flatMap((e) => e.hypernyms)).not.toContain('water');
  });

  it('gives a named instance no hypernym: Reagan is not any president', () => {
    expect(lookup('reagan').flatMap((e) => e.hypernyms)).toEqual([]);
  });

  it('gives the verbs a verb is grouped with, refers to or entails ("move" → climb)', () => {
    expect(lookup('moved').flatMap((e) => e.verbKin)).toContain('climb');
  });

  it('gives the verbs a verb is directly a kind of ("endorse" → approve), not two levels up', () => {
    expect(lookup('endorse').flatMap((e) => e.verbKinds)).toContain('approve');
    expect(lookup('haggle').flatMap((e) => e.verbKinds)).not.toContain('negotiate');
  });

  it('tells what sort of thing a noun names', () => {
    expect(nounSort('minister')).toBe('person');
    expect(nounSort('port')).toBe('location');
    expect(nounSort('month')).toBe('time');
  });

  it('sorts the word that heads a sort as that sort, not as a top of the hierarchy ("groups" is a group, "person" a person)', () => {
    expect(nounSort('groups')).toBe('group');
    expect(nounSort('person')).toBe('person');
    expect(nounSort('entity')).toBe('Tops');
  });

  it('tells no noun sort for a verb form, though its base is also a noun ("mulling", not a headland)', () => {
    expect(nounSort('mulling')).toBe('');
    expect(nounSort('ports')).toBe('location');
  });

  it('gives the one-word synonyms of a phrasal verb of a stop-listed verb, and of no other', () => {
    expect(phrasalSynonyms('take over')).toContain('assume');
    expect(phrasalSynonyms('come about')).toContain('happen');
    // "put" is searched for as it is; "well" is an adverb ("well over 100").
    expect(phrasalSynonyms('put off')).toBeUndefined();
    expect(phrasalSynonyms('well over')).toBeUndefined();
  });

  it('tells English words from typos and names', () => {
    expect(isEnglishWord('negotiations')).toBe(true);
    expect(isEnglishWord('negotaitions')).toBe(false);
    expect(isEnglishWord('lighthizer')).toBe(false);
  });
});

describe('lemmatizer (WordNet morphy over the extract)', () => {
  it('turns regular plurals into their singular', () => {
    expect(['countries', 'tariffs', 'taxes', 'churches', 'wishes', 'congressmen'].map(lemmatizer.noun)).toEqual(['country', 'tariff', 'tax', 'church', 'wish', 'congressman']);
  });

  it('takes irregular forms from WordNet’s exception lists', () => {
    expect(lemmatizer.noun('men')).toBe('man');
    expect(lemmatizer.noun('children')).toBe('child');
    expect(lemmatizer.verb('went')).toBe('go');
    expect(lemmatizer.verb('led')).toBe('lead');
    expect(lemmatizer.adjective('better')).toBe('good');
  });

  it('finds the base of a regular verb form, trying the base ending in "e" first', () => {
    expect(['agreed', 'imposed', 'negotiating', 'tries', 'talks'].map(lemmatizer.verb)).toEqual(['agree', 'impose', 'negotiate', 'try', 'talk']);
    // "hop" and "rat" are verbs too, but "hoped" and "rating" are forms of "hope" and "rate".
    expect(['hoped', 'hoping', 'rating'].map(lemmatizer.verb)).toEqual(['hope', 'hope', 'rate']);
  });

  it('finds the base of a comparative or superlative adjective', () => {
    expect(['larger', 'cheapest', 'wider'].map(lemmatizer.adjective)).toEqual(['large', 'cheap', 'wide']);
  });

  it('accepts a base form only when WordNet has it as that part of speech', () => {
    // "new" is no noun and no verb, so "news" is not its plural or its third person.
    expect(lemmatizer.noun('news')).toBe('news');
    expect(lemmatizer.verb('news')).toBe('news');
    expect(lemmatizer.verb('bus')).toBe('bus');
  });

  it('leaves short nouns and nouns ending in "ss" alone, as morphy does', () => {
    expect(['us', 'bus', 'business', 'glass'].map(lemmatizer.noun)).toEqual(['us', 'bus', 'business', 'glass']);
  });

  it('keeps an exception that says a word is its own base, so "number" is not a form of "numb"', () => {
    expect(lemmatizer.adjective('number')).toBe('number');
  });

  it('leaves names it does not know as they are', () => {
    for (const name of ['lighthizer', 'motegi', 'aso', 'davos']) {
      expect([lemmatizer.noun(name), lemmatizer.verb(name), lemmatizer.adjective(name)]).toEqual([name, name, name]);
    }
  });
});
