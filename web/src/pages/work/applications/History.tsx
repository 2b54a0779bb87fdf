// The application's history, oldest first: what was done, when, by whom (append-only on the server).
import { Empty, Timeline, Typography } from 'antd';
import { outcomeLabel, isOutcome } from '../../../../../src/core/applications/outcomes.js';
import { CHANNEL_LABELS } from '../../../../../src/core/deadlines/receipt.js';
import { dateText, instantText, type HistoryEntry } from './model';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** What the entry recorded, in words: the event's date and its particulars. */
function particulars(e: HistoryEntry): string[] {
  const p = e.payload;
  const out: string[] = [];
  if (e.kind === 'register') {
    const receipt = p.receipt as Record<string, unknown> | string | undefined;
    if (typeof receipt === 'object' && receipt) {
      const channel = str(receipt.channel);
      const on = str(receipt.submittedOn) ?? str(receipt.signedForOn) ?? str(receipt.confirmedOn);
      out.push(`${channel && channel in CHANNEL_LABELS ? CHANNEL_LABELS[channel as keyof typeof CHANNEL_LABELS] : '收到'}，收到申请日期：${dateText(on)}`);
    }
    return out;
  }
  if (e.kind === 'imported') return [`由台账“${str(p.file) ?? ''}”第${String(p.row ?? '')}行导入`];
  if (str(p.on)) out.push(`日期：${dateText(str(p.on))}`);
  if (str(p.items)) out.push(`补正事项：${str(p.items)}`);
  if (str(p.respondBy)) out.push(`补正期限：${dateText(str(p.respondBy))}`);
  if (str(p.name)) out.push(`${p.party === 'agency' ? '其他机关' : '第三方'}：${str(p.name)}`);
  if (typeof p.workingDays === 'number') out.push(`延长${p.workingDays}个工作日`);
  if (str(p.reason)) out.push(`理由：${str(p.reason)}`);
  const choice = p.choice as { method?: string } | undefined;
  if (choice?.method) out.push(choice.method === 'byCount' ? '按件计收' : '按量计收');
  if (str(p.servedOn)) out.push(`通知送达日期：${dateText(str(p.servedOn))}`);
  if (isOutcome(p.outcome)) out.push(`办理结果：${outcomeLabel(p.outcome)}`);
  if (str(p.method)) out.push(`送达方式：${str(p.method)}`);
  return out;
}

export function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <Empty description="暂无办理记录" />;
  return (
    <Timeline
      items={entries.map((e) => ({
        children: (
          <>
            <Typography.Text strong>{e.label}</Typography.Text>
            <div style={{ color: '#666', fontSize: 13 }}>
              {instantText(e.at)} · {e.actorName ?? (e.actorId ? '工作人员' : e.kind === 'imported' ? '台账导入' : '申请人（在线提交）')}
            </div>
            {particulars(e).map((line) => (
              <div key={line} style={{ fontSize: 13 }}>
                {line}
              </div>
            ))}
          </>
        ),
      }))}
    />
  );
}
