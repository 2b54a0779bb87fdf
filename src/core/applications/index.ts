// Applications for disclosure (依申请公开): applicant types, outcomes, the life cycle, deadlines, tracking codes.
export * from './applicant.js';
export { answeredOnTime, computeDeadlines, replyDeadlineStatus, type ReplyDeadlineView } from './deadlines.js';
export { EVENT_LABELS } from './errors.js';
export { apply, replay } from './lifecycle.js';
export { outcomeFromWording, type OutcomeWording, type OutcomeWordingCode } from './outcome-wording.js';
export * from './outcomes.js';
export { FEE_PAYMENT_WORKING_DAYS } from './steps-fee.js';
export * from './identifiers.js';
export * from './tracking-code.js';
export * from './types.js';
