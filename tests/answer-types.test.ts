import { describe, expect, it } from 'vitest';
import { holdsType, questionType } from '../src/answerTypes.ts';

describe('what a question asks for', () => {
  it('asks for an amount with "how many", "how much", "what share"', () => {
    for (const q of ['how many holes did they play', 'how much is the deficit', 'what share of imports']) expect(questionType(q), q).toBe('quantity');
  });

  it('asks for a date with "when", and with "which" or "what" before a word for a time', () => {
    for (const q of ['when did they meet', 'whens the next round', 'what month will talks start']) expect(questionType(q), q).toBe('date');
  });

  it('asks for a person with "who", and with "which" before a word for a person', () => {
    for (const q of ['who is the trade representative', 'which minister said that']) expect(questionType(q), q).toBe('person');
  });

  it('asks for a place with "where", and with "which" before a word for a place', () => {
    for (const q of ['where did they play golf', 'which port cleared the shipment']) expect(questionType(q), q).toBe('place');
  });

  it('asks for a reason with "why" or "how come"', () => {
    for (const q of ['why is japan against a currency clause', 'how come tokyo said no']) expect(questionType(q), q).toBe('reason');
  });

  it('asks for no particular type with "what" or with "which" before a thing', () => {
    for (const q of ['what did abe say', 'which japanese warship did they board']) expect(questionType(q), q).toBeUndefined();
  });
});

describe('what a sentence holds', () => {
  it('holds a date, a number, a person, a place', () => {
    expect(holdsType('The talks start in August.', 'date')).toBe(true);
    expect(holdsType('They played 16 holes.', 'quantity')).toBe(true);
    expect(holdsType('The deal was signed by Finance Minister Taro Aso.', 'person')).toBe(true);
    expect(holdsType('Japan rejected the idea.', 'place')).toBe(true);
  });

  it('holds a reason when it gives a cause or a purpose', () => {
    expect(holdsType('The administration wants a deal to give US goods more access to Japanese markets.', 'reason')).toBe(true);
    expect(holdsType('Japan rejected the idea because of farm politics.', 'reason')).toBe(true);
    expect(holdsType('The talks were held in Tokyo.', 'reason')).toBe(false);
  });

  it('holds a date in a month or weekday name, not in the verb "may"', () => {
    expect(holdsType('The deal may come later.', 'date')).toBe(false);
    expect(holdsType('Talks resume on Monday.', 'date')).toBe(true);
  });

  it('holds no number when it gives none', () => {
    expect(holdsType('He said the trade imbalance was unbelievably big.', 'quantity')).toBe(false);
  });
});
