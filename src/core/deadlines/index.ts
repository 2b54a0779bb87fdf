// The deadline engine: 条例第三十、三十一、三十二、三十三、三十四条 on a working-day calendar.
export { CHANNEL_LABELS, receiptDate } from './receipt.js';
export { correctionNoticeDue, extendedDue, replyDue, type ExtendedDue, type ReplyDue } from './reply.js';
export * from './rules.js';
export { deadlineStatus, workingDaysLeft, type DeadlineStatus } from './status.js';
export { deadlineSummary, type DeadlineSummary, type SummaryInput } from './summary.js';
export type * from './types.js';
