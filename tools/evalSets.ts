/**
 * Every evaluation set, with the corpus it is scored against, in one place: `npm run eval:all`
 * and the quality floors (tests/quality.test.ts) read them from here. Each held-out set is scored
 * with the articles of the sets before it in one corpus, as a user who keeps adding articles
 * would have them; the 2022–2025 set, like the transfer set, with the seed articles and its own.
 * docs/quality.md describes each set and how it was made.
 */
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './corpusDir.ts';

/** The shared evaluation data, beside the project (as in CI). */
export const SHARED_EVAL = resolve(PROJECT_ROOT, '../shared/eval');

export interface EvalSet {
  /** Short name, as `npm run eval:all` prints it. */
  name: string;
  title: string;
  /** The question file (JSONL, format: ../shared/eval/README.md). */
  questions: string;
  /** Corpus directories read as one corpus. */
  corpora: string[];
}

const own = (path: string) => resolve(PROJECT_ROOT, path);
const SEED = own('corpus');
const TRANSFER = resolve(SHARED_EVAL, 'transfer/articles');
const UP_TO_2019 = [SEED, TRANSFER, own('eval/heldout/articles')];
const UP_TO_2017_2020 = [...UP_TO_2019, own('eval/heldout2/articles')];
const UP_TO_2025 = [...UP_TO_2017_2020, own('eval/heldout3/articles')];
const SEED_AND_2022_2025 = [SEED, own('eval/heldout4/articles')];
const SEED_AND_2021_2025 = [SEED, own('eval/heldout5/articles')];
const SEED_AND_2022_2026 = [SEED, own('eval/heldout6/articles')];
const SEED_AND_2018_2025 = [SEED, own('eval/heldout7/articles')];
const SEED_AND_2017_2024 = [SEED, own('eval/heldout8/articles')];
const SEED_AND_2017_2024_SECOND = [SEED, own('eval/heldout9/articles')];
const SEED_AND_2016_2024 = [SEED, own('eval/heldout10/articles')];
const SEED_AND_2016_2025 = [SEED, own('eval/heldout11/articles')];
const SEED_AND_2017_2023 = [SEED, own('eval/heldout12/articles')];
const SEED_AND_2018_2023 = [SEED, own('eval/heldout13/articles')];
const SEED_AND_2016_2024_SECOND = [SEED, own('eval/heldout14/articles')];
const SEED_AND_2016_2023 = [SEED, own('eval/heldout15/articles')];
const SEED_AND_1989_2014 = [SEED, own('eval/heldout16/articles')];
const SEED_AND_1988_2013 = [SEED, own('eval/heldout17/articles')];
const SEED_AND_1982_2007 = [SEED, own('eval/heldout18/articles')];
const SEED_AND_1971_1998 = [SEED, own('eval/heldout19/articles')];
const SEED_AND_1974_2005 = [SEED, own('eval/heldout20/articles')];
const SEED_AND_1963_2010 = [SEED, own('eval/heldout21/articles')];
const SEED_AND_1967_2004 = [SEED, own('eval/heldout22/articles')];
const SEED_AND_1973_2009 = [SEED, own('eval/heldout23/articles')];
const SEED_AND_1955_2006 = [SEED, own('eval/heldout24/articles')];
const SEED_AND_1957_2003 = [SEED, own('eval/heldout25/articles')];
const SEED_AND_1954_2015 = [SEED, own('eval/heldout26/articles')];
const SEED_AND_1950_1969 = [SEED, own('eval/heldout27/articles')];
const SEED_AND_1952_1965 = [SEED, own('eval/heldout28/articles')];

/**
 * A held-out set: its single questions and its dialogues, both in `eval/<dir>/`, scored against one
 * corpus. `span` names it by the years its articles cover ("2019", "2021-2025"); `about` follows it in
 * the title of the questions.
 */
function heldOut(name: string, span: string, about: string, dir: string, corpora: string[]): EvalSet[] {
  return [
    { name, title: `${span} set${about}`, questions: own(`eval/${dir}/questions.jsonl`), corpora },
    { name: `${name}-d`, title: `the ${span} set's dialogues`, questions: own(`eval/${dir}/dialogues.jsonl`), corpora },
  ];
}

export const EVAL_SETS: readonly EvalSet[] = [
  { name: 'dev', title: 'development set', questions: resolve(SHARED_EVAL, 'dev-questions.jsonl'), corpora: [SEED] },
  { name: 'transfer', title: 'transfer set (seed and transfer articles in one corpus)', questions: resolve(SHARED_EVAL, 'transfer/questions.jsonl'), corpora: [SEED, TRANSFER] },
  { name: 'dialogues', title: 'dialogues about the seed and transfer articles', questions: own('tests/fixtures/dialogues.jsonl'), corpora: [SEED, TRANSFER] },
  ...heldOut('h2019', '2019', ' (fifteen articles in one corpus)', 'heldout', UP_TO_2019),
  ...heldOut('h2017', '2017-2020', ' (twenty articles in one corpus)', 'heldout2', UP_TO_2017_2020),
  ...heldOut('h2025', '2018-2025', ', written blind (all twenty-five articles in one corpus)', 'heldout3', UP_TO_2025),
  ...heldOut('h2022', '2022-2025', ', written blind (seed and its five articles in one corpus, as the transfer set is scored)', 'heldout4', SEED_AND_2022_2025),
  ...heldOut('h2021', '2021-2025', ', written blind (seed and its five articles in one corpus)', 'heldout5', SEED_AND_2021_2025),
  ...heldOut('h2026', '2022-2026', ', written blind (seed and its five articles in one corpus)', 'heldout6', SEED_AND_2022_2026),
  ...heldOut('h2018', '2018-2025 (second)', ', written blind (seed and its five articles in one corpus)', 'heldout7', SEED_AND_2018_2025),
  ...heldOut('h2024', '2017-2024', ', written blind (seed and its five articles in one corpus)', 'heldout8', SEED_AND_2017_2024),
  ...heldOut('h2024b', '2017-2024 (second)', ', written blind (seed and its five articles in one corpus)', 'heldout9', SEED_AND_2017_2024_SECOND),
  ...heldOut('h2016', '2016-2024', ', written blind (seed and its five articles in one corpus)', 'heldout10', SEED_AND_2016_2024),
  ...heldOut('h2025b', '2016-2025', ', written blind (seed and its five articles in one corpus)', 'heldout11', SEED_AND_2016_2025),
  ...heldOut('h2023', '2017-2023', ', written blind (seed and its five articles in one corpus)', 'heldout12', SEED_AND_2017_2023),
  ...heldOut('h2023b', '2018-2023', ', written blind (seed and its five articles in one corpus)', 'heldout13', SEED_AND_2018_2023),
  ...heldOut('h2016b', '2016-2024 (second)', ', written blind (seed and its five articles in one corpus)', 'heldout14', SEED_AND_2016_2024_SECOND),
  ...heldOut('h2016c', '2016-2023', ', written blind (seed and its five articles in one corpus)', 'heldout15', SEED_AND_2016_2023),
  ...heldOut('h1989', '1989-2014', ', written blind (seed and its five articles in one corpus)', 'heldout16', SEED_AND_1989_2014),
  ...heldOut('h1988', '1988-2013', ', written blind (seed and its five articles in one corpus)', 'heldout17', SEED_AND_1988_2013),
  ...heldOut('h1982', '1982-2007', ', written blind (seed and its five articles in one corpus)', 'heldout18', SEED_AND_1982_2007),
  ...heldOut('h1971', '1971-1998', ', written blind (seed and its five articles in one corpus)', 'heldout19', SEED_AND_1971_1998),
  ...heldOut('h1974', '1974-2005', ', written blind (seed and its five articles in one corpus)', 'heldout20', SEED_AND_1974_2005),
  ...heldOut('h1963', '1963-2010', ', written blind (seed and its five articles in one corpus)', 'heldout21', SEED_AND_1963_2010),
  ...heldOut('h1967', '1967-2004', ', written blind (seed and its five articles in one corpus)', 'heldout22', SEED_AND_1967_2004),
  ...heldOut('h1973', '1973-2009', ', written blind (seed and its five articles in one corpus)', 'heldout23', SEED_AND_1973_2009),
  ...heldOut('h1955', '1955-2006', ', written blind (seed and its five articles in one corpus)', 'heldout24', SEED_AND_1955_2006),
  ...heldOut('h1957', '1957-2003', ', written blind (seed and its five articles in one corpus)', 'heldout25', SEED_AND_1957_2003),
  ...heldOut('h1954', '1954-2015', ', written blind (seed and its five articles in one corpus)', 'heldout26', SEED_AND_1954_2015),
  ...heldOut('h1950', '1950-1969', ', written blind (seed and its five articles in one corpus)', 'heldout27', SEED_AND_1950_1969),
  ...heldOut('h1952', '1952-1965', ', written blind (seed and its five articles in one corpus)', 'heldout28', SEED_AND_1952_1965),
];

/** A set by its short name; throws naming the known ones. */
export function evalSet(name: string): EvalSet {
  const set = EVAL_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no evaluation set named "${name}"; the sets are ${EVAL_SETS.map((s) => s.name).join(', ')}`);
  return set;
}
