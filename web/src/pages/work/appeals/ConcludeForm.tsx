// 登记审结: the decision or judgment of a case (结果维持, 结果纠正, 其他结果) and its date; once per case,
// sent with the version it was read at.
import { DatePicker, Descriptions, Form, Modal, Radio } from 'antd';
import { useFormSubmit } from '../../../components/useFormSubmit';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { APPEAL_OUTCOMES, appealStatusLabel, type AppealOutcome } from '../../../../../src/core/appeals/appeals.js';
import { dateText, fromIso, toIso } from '../applications/model';
import type { AppealView } from './model';

interface Values {
  outcome: AppealOutcome;
  concludedOn: Dayjs;
}

const OUTCOME_HELP: Readonly<Record<AppealOutcome, string>> = {
  maintained: '维持本机关的行为（驳回复议申请、驳回诉讼请求等）',
  corrected: '撤销、变更、确认违法或责令履行等',
  other: '终止、撤回申请或起诉等',
};

export function ConcludeForm({ appeal, today, onCancel, onDone }: { appeal: AppealView; today: string; onCancel(): void; onDone(a: AppealView): void }) {
  const [form] = Form.useForm<Values>();

  const { submit, busy, error } = useFormSubmit(form, (v: Values) => api.post<AppealView>(`/api/appeals/${appeal.id}/conclude`, { outcome: v.outcome, concludedOn: toIso(v.concludedOn), version: appeal.version }), onDone);

  return (
    <Modal open title="登记审结" okText="提交" cancelText="取消" onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="案号">{appeal.caseNumber}</Descriptions.Item>
        <Descriptions.Item label="类别">{appeal.kindLabel}</Descriptions.Item>
        <Descriptions.Item label="申请复议或起诉日期">{dateText(appeal.filedOn)}</Descriptions.Item>
      </Descriptions>
      <ErrorBox error={error} title="登记审结未成功" />
      <Form<Values> form={form} layout="vertical" initialValues={{ concludedOn: fromIso(today) }} onFinish={() => void submit()}>
        <Form.Item name="outcome" label="审结结果" rules={[{ required: true, message: '请选择审结结果' }]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={APPEAL_OUTCOMES.map((o) => ({ value: o, label: `${appealStatusLabel(o)}（${OUTCOME_HELP[o]}）` }))}
          />
        </Form.Item>
        <Form.Item name="concludedOn" label="审结日期" rules={[{ required: true, message: '请选择审结日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) > today || toIso(d) < appeal.filedOn} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
