import { describe, expect, it } from 'vitest';
import { formatDate, resolveRelativeDate } from '../src/dates.ts';

describe('resolveRelativeDate', () => {
  it('reads "yesterday" as the day before the article', () => {
    expect(resolveRelativeDate('They agreed yesterday to start talks.', '2018-09-27')).toEqual({ phrase: 'yesterday', meaning: 'September 26, 2018' });
  });

  it('reads "on Monday" as the latest Monday up to the article date', () => {
    // 2017-10-17 is a Tuesday.
    expect(resolveRelativeDate('talks on Monday', '2017-10-17')?.meaning).toBe('October 16, 2017');
  });

  it('reads "next Tuesday" as the first Tuesday after the article date', () => {
    // 2017-04-13 is a Thursday.
    expect(resolveRelativeDate('starting next Tuesday', '2017-04-13')?.meaning).toBe('April 18, 2017');
  });

  it('reads "next week" as the week that starts on the next Monday', () => {
    // 2019-05-18 is a Saturday.
    expect(resolveRelativeDate('Trump travels to Tokyo next week', '2019-05-18')?.meaning).toBe('the week of May 20, 2019');
  });

  it('reads "last week" as the week that started on the Monday before this one', () => {
    // 2017-04-13 is a Thursday.
    expect(resolveRelativeDate('Washington said last week it wanted talks', '2017-04-13')?.meaning).toBe('the week of April 3, 2017');
  });

  it('reads "five years ago" as a year', () => {
    expect(resolveRelativeDate('ratified until five years ago', '2017-04-18')?.meaning).toBe('around 2012');
  });

  it('reads "last month" in January as December of the year before', () => {
    expect(resolveRelativeDate('talks broke down last month', '2018-01-15')?.meaning).toBe('December 2017');
  });

  it('reads "next month" in December as January of the year after', () => {
    expect(resolveRelativeDate('talks resume next month', '2018-12-03')?.meaning).toBe('January 2019');
  });

  it('returns nothing when the sentence has no relative date', () => {
    expect(resolveRelativeDate('The deficit was $59 billion.', '2019-06-04')).toBeUndefined();
  });
});

describe('formatDate', () => {
  it('writes an ISO date out in words', () => expect(formatDate('2019-06-04')).toBe('June 4, 2019'));
  it('returns text that is not an ISO date unchanged', () => expect(formatDate('sometime')).toBe('sometime'));
});
