// Letters and notices of 依申请公开: drafted from templates, edited by staff, validated before sending.
export { draftLetter } from './draft.js';
export { decisionParagraph, FEE_RULES, LAW, OUTCOME_TEXTS, remediesParagraph, type OutcomeText } from './outcome-texts.js';
export * from './types.js';
export * from './validate.js';
