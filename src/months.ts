/**
 * The months as news writes them, for the patterns that read dates in articles and questions: one
 * list, so a date the answer types read is one the dateline and sentence readers read too.
 */

/** The months written out and capitalised ("May" the month, not the verb), as a pattern's alternation. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Their short forms ("Jan.", "Sept."), as a pattern's alternation; "May" is its own. */
export const MONTH_SHORT_FORMS = String.raw`Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
