// Small pieces the application pages share: the state tag and the working days left.
import { Tag } from 'antd';
import { STATE_COLORS, type ApplicationView } from './model';

export function StateTag({ app }: { app: Pick<ApplicationView, 'state' | 'stateLabel'> }) {
  return <Tag color={STATE_COLORS[app.state]}>{app.stateLabel}</Tag>;
}

/** Working days left to reply: orange when 3 or fewer, red once overdue; a dash without a running clock. */
export function DaysLeft({ reply }: { reply: ApplicationView['reply'] }) {
  if (!reply) return <span aria-label="无答复期限">—</span>;
  const { workingDaysLeft: n, status } = reply;
  if (status === 'overdue') return <Tag color="red">已逾期{n < 0 ? ` ${-n} 个工作日` : ''}</Tag>;
  if (status === 'dueSoon') return <Tag color="orange">{n === 0 ? '今日到期' : `剩余 ${n} 个工作日`}</Tag>;
  return <span>剩余 {n} 个工作日</span>;
}
