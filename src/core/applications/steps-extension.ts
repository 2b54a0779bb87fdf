// 延期 (条例第三十三条第二款): one extension of at most 20 working days, approved by another person who is an approver.
import { chineseDate, type IsoDate } from '../calendar/iso-date.js';
import { extensionInvalid } from '../deadlines/problems.js';
import { validExtension } from '../deadlines/reply.js';
import { fail, missingField, notNow } from './errors.js';
import { alreadyDecided, copy, LAW, textOf, type EventOf, type Step } from './step.js';
import type { Application, ApplicationState, ApplyContext, ApplyError } from './types.js';

const MAY_EXTEND: ReadonlySet<ApplicationState> = new Set(['registered', 'inConsultation', 'feePending']);

function dueHasPassed(app: Application, on: IsoDate): ApplyError | null {
  const due = app.deadlines.due;
  if (due !== null && on > due) {
    return fail('EXTENSION_AFTER_DUE', `答复期限已于${chineseDate(due)}届满，${chineseDate(on)}不能再延长（延长须在答复期限内经批准，条例第三十三条第二款）。`);
  }
  return null;
}

export function requestExtension(app: Application, e: EventOf<'requestExtension'>, ctx: ApplyContext): Step {
  const done = alreadyDecided(app);
  if (done) return done;
  if (app.extension !== null) {
    const what = app.extension.approvedOn !== undefined ? '答复期限已经延长过' : '已有待审批的延期申请';
    return fail('EXTENSION_TWICE', `${what}：延长答复期限只能一次，最长20个工作日（条例第三十三条第二款）。`);
  }
  if (!MAY_EXTEND.has(app.state)) return notNow(app.state, 'requestExtension');
  if (!validExtension(e.workingDays)) return extensionInvalid(e.workingDays);
  const reason = textOf(e.reason);
  if (reason === null) return missingField('延期理由');
  const late = dueHasPassed(app, e.on);
  if (late) return late;
  const next = copy(app);
  next.extension = { workingDays: e.workingDays, reason, requestedBy: ctx.actor.id, requestedOn: e.on };
  return { ok: true, next, effects: [] };
}

function pendingExtension(app: Application): ApplyError | null {
  const done = alreadyDecided(app);
  if (done) return done;
  if (app.extension === null) return fail('EXTENSION_NOT_REQUESTED', '没有待审批的延期申请。');
  if (app.extension.approvedOn !== undefined) return fail('EXTENSION_TWICE', `延期已于${chineseDate(app.extension.approvedOn)}批准，不能重复审批。`);
  return null;
}

export function approveExtension(app: Application, e: EventOf<'approveExtension'>, ctx: ApplyContext): Step {
  const bad = pendingExtension(app);
  if (bad) return bad;
  const extension = app.extension!;
  if (extension.requestedBy === ctx.actor.id) return fail('EXTENSION_SELF_APPROVAL', '不能批准本人提出的延期申请，请由另一位审核人审批。');
  // 第三十三条第二款: 经政府信息公开工作机构负责人同意.
  if (ctx.actor.role !== 'approver') return fail('EXTENSION_APPROVER_REQUIRED', '延长答复期限须经政府信息公开工作机构负责人（审核人）同意（条例第三十三条第二款）。');
  const late = dueHasPassed(app, e.on);
  if (late) return late;
  const next = copy(app);
  next.extension = { ...extension, approvedBy: ctx.actor.id, approvedOn: e.on };
  if (next.state === 'registered') next.state = 'extended';
  return { ok: true, next, effects: [{ kind: 'letter', letter: 'extensionNotice', basis: `${LAW}第三十三条第二款` }] };
}

export function rejectExtension(app: Application, _e: EventOf<'rejectExtension'>, ctx: ApplyContext): Step {
  const bad = pendingExtension(app);
  if (bad) return bad;
  if (ctx.actor.role !== 'approver' && ctx.actor.id !== app.extension!.requestedBy) {
    return fail('EXTENSION_APPROVER_REQUIRED', '只有审核人或提出人可以撤回、不批准延期申请。');
  }
  const next = copy(app);
  next.extension = null;
  return { ok: true, next, effects: [] };
}
