/**
 * Checks an options object as MiniSearch does: an unknown option, or a value outside its range,
 * throws an error that names the option, so a misspelt or mistaken setting fails where it is made
 * instead of being ignored or quietly giving odd answers.
 */

/** What a numeric option may hold. */
export interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
}

/** Each known option's rule; `'any'` for options whose own code checks them (objects, lists). */
export type OptionRules = Readonly<Record<string, NumberRule | 'any'>>;

/** A share, 0..1. */
export const SHARE: NumberRule = { min: 0, max: 1 };
/** A count of at least one. */
export const COUNT: NumberRule = { min: 1, integer: true };
/** Any number that is not negative. */
export const NON_NEGATIVE: NumberRule = { min: 0 };

const describe = (rule: NumberRule) =>
  `${rule.integer ? 'a whole number' : 'a number'} ${rule.max === undefined ? `of at least ${rule.min}` : `from ${rule.min} to ${rule.max}`}`;

/** Throws `TypeError` for an unknown option and `RangeError` for a value its rule refuses; `what` names the caller ("answer"). */
export function checkOptions(what: string, options: object, rules: OptionRules): void {
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(rules, key)) throw new TypeError(`${what}: unknown option "${key}"`);
    const rule = rules[key]!;
    if (rule === 'any' || value === undefined) continue;
    // Infinity is no setting: an exponent of it makes 1 ** Infinity, NaN, of a confidence.
    const ok = typeof value === 'number' && Number.isFinite(value) && value >= rule.min && (rule.max === undefined || value <= rule.max) && (!rule.integer || Number.isInteger(value));
    if (!ok) throw new RangeError(`${what}: option "${key}" must be ${describe(rule)}, got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`);
  }
}
