/**
 * Words that make a sentence something other than a statement that a thing is
 * so: a forecast, a possibility, a plan. One list, so every claim reader
 * honours the same ones.
 */
const MODAL = String.raw`will|would|could|might|may|should|is set to|are set to|plans? to|aims? to|expects? to|hopes? to|pledged? to|predicts?|forecasts?`;

/** Anywhere in the text: "will gain two more", "officials predict". */
export const NOT_ASSERTED = new RegExp(String.raw`\b(?:${MODAL})\b`, 'i');

/** Within the three words before the end of the text: "is set to become the newest". */
export const NOT_ASSERTED_JUST_BEFORE = new RegExp(String.raw`\b(?:${MODAL})\s+(?:\S+\s+){0,3}$`, 'i');
