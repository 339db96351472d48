/**
 * Words that make a sentence something other than a statement that a thing is
 * so: a forecast, a possibility, a plan, an expectation, a schedule, an
 * attempt ("applied to join"). One list,
 * so every claim reader honours the same ones.
 */
const MODAL = String.raw`will|would|could|might|may|should|shall|(?:is|are|was|were|be) (?:set|due|scheduled|slated|poised|about|yet) to|(?:is|are) to be|plans? to|planned to|aims? to|intends? to|expects? to|(?:un)?likely to|expected to|projected to|predicted to|forecast to|on (?:track|course) to|hopes? to|hoped to|seeks? to|sought to|wants? to|wanted to|pledged? to|vow(?:s|ed)? to|promis(?:e|es|ed) to|appl(?:y|ies|ied|ying) to|bid(?:s|ding)? to|tr(?:y|ies|ied|ying) to|(?:is|are|was|were) tipped to|predicts?|forecasts?`;

/** Anywhere in the text: "will gain two more", "officials predict". */
const NOT_ASSERTED = new RegExp(String.raw`\b(?:${MODAL})\b`, 'i');

/** Within the three words before the end of the text: "is set to become the newest". */
const NOT_ASSERTED_JUST_BEFORE = new RegExp(String.raw`\b(?:${MODAL})\s+(?:\S+\s+){0,3}$`, 'i');

/**
 * A statement attributed to a forecast, a projection or a plan: "…, the
 * Commission's spring forecast says", "according to the projections" — the
 * words of a document about the future, or drawn up before the fact.
 */
const FORECAST_SOURCE = String.raw`(?:forecasts?|projections?|predictions?|outlook|scenarios?|roadmap)`;
const ATTRIBUTED_TO_FORECAST = new RegExp(
  String.raw`\b${FORECAST_SOURCE}\s+(?:says?|said|shows?|showed|assumes?|assumed|puts?|projects?|projected|expects?|expected|predicts?|predicted|estimates?|estimated|counts?|counted)\b|\baccording to\s+(?:\S+\s+){0,3}${FORECAST_SOURCE}\b`,
  'i',
);

/** Whether the text holds a modal word anywhere: what follows it is not asserted. */
export function notAsserted(text: string): boolean {
  return NOT_ASSERTED.test(maskMonths(text));
}

/** Where one clause ends and another begins: "…, and", "…; ", "… — ". */
const CLAUSE_BREAK = /;|,\s*(?:and|but|while|whereas|yet|although|though)\s+|\s[—–]\s/gi;

/**
 * Whether a modal word stands in the last clause of the text: "will become
 * the 21st member on 1 January 2026, and the euro area's 20 members" asserts
 * the 20.
 */
export function notAssertedInClause(text: string): boolean {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return notAsserted(text.slice(start));
}

/** Whether a modal word stands within the three words before the end of the text: "is expected to become the sixth". */
export function notAssertedJustBefore(text: string): boolean {
  return NOT_ASSERTED_JUST_BEFORE.test(maskMonths(text));
}

/** Whether a sentence says its words are a forecast's, wherever it says so: "Nineteen countries use the euro, the forecast says". */
export function attributedToForecast(sentence: string): boolean {
  return ATTRIBUTED_TO_FORECAST.test(sentence);
}

/** "May 2008" is a month, not the modal. */
function maskMonths(text: string): string {
  // A capture, not a lookbehind: "(?<=\d\s+)" scans back over every run of spaces, quadratic in a long one.
  return text.replace(/(\d\s+)May\b|\bMay(?=\s+\d)/g, (_, digits: string | undefined) => `${digits ?? ''}Mai`);
}
