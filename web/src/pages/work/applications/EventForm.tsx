// One step of an application's life as a small form in a dialog: the fields the event needs, the
// date defaulting to the office's today, and the step sent with the version it was read at.
import { Alert, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ApiError } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { EVENT_LABELS } from '../../../../../src/core/applications/errors.js';
import { isOutcome, LAPSE_OUTCOMES, outcomeAllowedIn, type Outcome } from '../../../../../src/core/applications/outcomes.js';
import type { ApplicationEventType } from '../../../../../src/core/applications/types.js';
import { yearOf } from '../../../../../src/core/calendar/iso-date.js';
import { feeOptions, type Fee, type FeeError } from '../../../../../src/core/fees/fees.js';
import { FORMATS, formatForYear, RESULTS_GROUP } from '../../../../../src/core/formats.js';
import { dateText, fromIso, toIso, type ApplicationView, type EventResult } from './model';

export type StepType = Exclude<ApplicationEventType, 'register'>;

/** What the date of each step is called on its form. */
const DATE_LABELS: Readonly<Record<StepType, string>> = {
  requestCorrection: '补正通知日期',
  receiveCorrection: '收到补正材料日期',
  correctionLapsed: '登记日期',
  startConsultation: '发出征求意见日期',
  endConsultation: '收到意见日期',
  requestExtension: '申请延期日期',
  approveExtension: '批准日期',
  rejectExtension: '日期',
  noticeFee: '发出收费通知日期',
  payFee: '缴费日期',
  feeLapsed: '登记日期',
  decide: '答复日期',
  deliver: '送达日期',
  close: '归档日期',
};

const EXPLAIN: Partial<Record<StepType, string>> = {
  requestCorrection: '申请内容不明确的，应当自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限（条例第三十条）。',
  correctionLapsed: '申请人无正当理由逾期不补正的，视为放弃申请，本机关不再处理（条例第三十条）。',
  startConsultation: '征求第三方或其他机关意见所需时间不计算在答复期限内（条例第三十二条、第三十四条）。',
  requestExtension: '需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日（条例第三十三条第二款）。',
  approveExtension: '批准后答复期限延长，并应告知申请人。',
  noticeFee: '按件计收或按量计收只能选择一种（国办函〔2020〕109号第三条）；申请人应自收到通知次日起20个工作日内缴纳。',
  feeLapsed: '申请人逾期未缴纳信息处理费的，视为放弃申请，本机关不再处理。',
};

/** A button's label: the event's name, or 撤回 for the one who asked for the extension. */
export function stepLabel(type: StepType, withdraw: boolean): string {
  return type === 'rejectExtension' && withdraw ? '撤回延期申请' : EVENT_LABELS[type];
}

interface Values {
  on: Dayjs;
  items?: string;
  respondBy?: Dayjs;
  party?: 'thirdParty' | 'agency';
  name?: string;
  index?: number;
  workingDays?: number;
  reason?: string;
  method?: 'byCount' | 'byPages';
  itemsThisMonthBefore?: number;
  feeItems?: number;
  pages?: number;
  servedOn?: Dayjs;
  outcome?: Outcome;
  deliveryMethod?: string;
}

type OutcomeOption = { value: Outcome; label: string; disabled?: boolean } | { label: string; title: string; options: { value: Outcome; label: string; disabled?: boolean }[] };

/** The outcomes a decision may state on `on`, grouped as the annual report's result rows. */
export function outcomeOptions(on: string, correctionReceived: boolean): OutcomeOption[] {
  const out: OutcomeOption[] = [];
  const groups = new Map<string, { label: string; title: string; options: { value: Outcome; label: string; disabled?: boolean }[] }>();
  const format = formatForYear(yearOf(on));
  for (const row of FORMATS[format].applicationRows) {
    const key = row.key;
    if (!isOutcome(key) || LAPSE_OUTCOMES.includes(key) || !outcomeAllowedIn(key, format)) continue;
    // （四）3 only follows a 补正.
    const option = { value: key, label: row.group === RESULTS_GROUP ? row.label : row.cellLabel, ...(key === 'unavailableUnclear' && !correctionReceived ? { disabled: true } : {}) };
    if (row.group === null || row.group === RESULTS_GROUP) {
      out.push(option);
      continue;
    }
    let group = groups.get(row.group);
    if (!group) {
      group = { label: row.group, title: row.group, options: [] };
      groups.set(row.group, group);
      out.push(group);
    }
    group.options.push(option);
  }
  return out;
}

function FeePreview({ options }: { options: { byCount: Fee | FeeError; byPages: Fee | FeeError } }) {
  const show = (f: Fee | FeeError) =>
    f.ok ? (
      <>
        <Typography.Text strong>{f.amountYuan} 元</Typography.Text>
        <div style={{ fontSize: 12, color: '#666' }}>
          {f.lines.filter((l) => l.rateYuan > 0).map((l) => `第${l.from}至${l.to}${f.method === 'byCount' ? '件' : '页'} ${l.units}×${l.rateYuan}元`).join('；') || '免费额度以内'}
        </div>
      </>
    ) : (
      <Typography.Text type="danger">{f.message}</Typography.Text>
    );
  return (
    <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }} title="两种计费方式对照">
      <Descriptions.Item label="按件计收">{show(options.byCount)}</Descriptions.Item>
      <Descriptions.Item label="按量计收">{show(options.byPages)}</Descriptions.Item>
    </Descriptions>
  );
}

export function EventForm(props: {
  type: StepType;
  app: ApplicationView;
  today: string;
  withdraw: boolean;
  onCancel(): void;
  onDone(result: EventResult): void;
  onConflict(): void;
}) {
  const { type, app, today } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const on = Form.useWatch('on', form);
  const onIso = on ? toIso(on) : today;
  const itemsBefore = Form.useWatch('itemsThisMonthBefore', form) ?? 0;
  const feeItems = Form.useWatch('feeItems', form) ?? 1;
  const pages = Form.useWatch('pages', form) ?? 0;
  const openConsultations = app.consultations.flatMap((c, i) => (c.to === undefined ? [{ value: i, label: `${c.name}（${dateText(c.from)}发出）` }] : []));

  const eventOf = (v: Values): Record<string, unknown> => {
    const base = { type, on: toIso(v.on) };
    switch (type) {
      case 'requestCorrection':
        return { ...base, items: v.items?.trim(), respondBy: v.respondBy && toIso(v.respondBy) };
      case 'startConsultation':
        return { ...base, party: v.party, name: v.name?.trim() };
      case 'endConsultation':
        return { ...base, ...(v.index !== undefined ? { index: v.index } : {}) };
      case 'requestExtension':
        return { ...base, workingDays: v.workingDays, reason: v.reason?.trim() };
      case 'noticeFee':
        return {
          ...base,
          choice: v.method === 'byCount' ? { method: 'byCount', itemsThisMonthBefore: v.itemsThisMonthBefore ?? 0, items: v.feeItems ?? 1 } : { method: 'byPages', pages: v.pages ?? 0 },
          ...(v.servedOn ? { servedOn: toIso(v.servedOn) } : {}),
        };
      case 'decide':
        return { ...base, outcome: v.outcome };
      case 'deliver':
        return { ...base, ...(v.deliveryMethod?.trim() ? { method: v.deliveryMethod.trim() } : {}) };
      default:
        return base;
    }
  };

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<EventResult>(`/api/applications/${app.id}/events`, { version: app.version, event: eventOf(v) });
      props.onDone(result);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') props.onConflict();
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const notAfterToday = (d: Dayjs) => toIso(d) > today;
  const label = stepLabel(type, props.withdraw);
  return (
    <Modal open title={label} okText="提交" cancelText="取消" onOk={() => void submit()} onCancel={props.onCancel} confirmLoading={busy} destroyOnHidden width={type === 'noticeFee' || type === 'decide' ? 640 : 520}>
      {EXPLAIN[type] && <Alert type="info" showIcon message={EXPLAIN[type]} style={{ marginBottom: 16 }} />}
      <ErrorBox error={error} title={`${label}未成功`} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ on: fromIso(today), party: 'thirdParty', workingDays: 20, method: 'byPages', itemsThisMonthBefore: 0, feeItems: 1, pages: 0, ...(openConsultations.length === 1 ? { index: openConsultations[0]!.value } : {}) }}
        onFinish={() => void submit()}
      >
        <Form.Item name="on" label={DATE_LABELS[type]} rules={[{ required: true, message: `请选择${DATE_LABELS[type]}` }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={notAfterToday} />
        </Form.Item>
        {type === 'requestCorrection' && (
          <>
            <Form.Item name="items" label="需要补正的事项" rules={[{ required: true, whitespace: true, message: '请写明需要补正的事项' }, { max: 5000, message: '不超过5000个字' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item
              name="respondBy"
              label="补正期限"
              dependencies={['on']}
              rules={[
                { required: true, message: '请选择补正期限' },
                {
                  validator: async (_, d: Dayjs | undefined) => {
                    if (d && toIso(d) <= onIso) throw new Error('补正期限应当晚于补正通知日期');
                  },
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) <= onIso} />
            </Form.Item>
          </>
        )}
        {type === 'startConsultation' && (
          <>
            <Form.Item name="party" label="征求意见对象">
              <Radio.Group
                options={[
                  { value: 'thirdParty', label: '第三方（条例第三十二条）' },
                  { value: 'agency', label: '其他机关（条例第三十四条）' },
                ]}
              />
            </Form.Item>
            <Form.Item name="name" label="被征求意见方名称" rules={[{ required: true, whitespace: true, message: '请填写被征求意见方名称' }, { max: 200, message: '不超过200个字' }]}>
              <Input />
            </Form.Item>
          </>
        )}
        {type === 'endConsultation' && openConsultations.length > 1 && (
          <Form.Item name="index" label="结束哪一项征求意见" rules={[{ required: true, message: '请选择' }]}>
            <Select options={openConsultations} />
          </Form.Item>
        )}
        {type === 'requestExtension' && (
          <>
            <Form.Item name="workingDays" label="延长的工作日数" rules={[{ required: true, message: '请填写延长的工作日数' }, { type: 'integer', min: 1, max: 20, message: '延长的期限为1至20个工作日' }]}>
              <InputNumber min={1} max={20} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="reason" label="延期理由" rules={[{ required: true, whitespace: true, message: '请填写延期理由' }, { max: 2000, message: '不超过2000个字' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {type === 'noticeFee' && (
          <>
            <Form.Item name="itemsThisMonthBefore" label="该申请人本月此前已申请件数" extra="按件计收时使用：同一申请人一个自然月内累计申请10件以下免费（第四条）。">
              <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="feeItems" label="本次申请件数">
              <InputNumber min={1} max={100000} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="pages" label="提供信息的页数" extra="按量计收时使用：30页以下免费（第五条）。">
              <InputNumber min={0} max={10000000} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <FeePreview options={feeOptions({ itemsThisMonthBefore: Number(itemsBefore) || 0, items: Number(feeItems) || 1, pages: Number(pages) || 0 })} />
            <Form.Item name="method" label="本申请采用的计费方式" rules={[{ required: true, message: '请选择计费方式' }]}>
              <Radio.Group
                options={[
                  { value: 'byCount', label: '按件计收' },
                  { value: 'byPages', label: '按量计收' },
                ]}
              />
            </Form.Item>
            <Form.Item name="servedOn" label="申请人收到通知日期（可选，默认为发出当日）">
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) < onIso} />
            </Form.Item>
          </>
        )}
        {type === 'decide' && (
          <Form.Item name="outcome" label="办理结果" extra="按年度报告“本年度办理结果”的分类选择。" rules={[{ required: true, message: '请选择办理结果' }]}>
            <Select showSearch optionFilterProp="label" placeholder="选择或输入关键词" options={outcomeOptions(onIso, app.correction?.receivedOn !== undefined)} />
          </Form.Item>
        )}
        {type === 'deliver' && (
          <Form.Item name="deliveryMethod" label="送达方式（可选）" rules={[{ max: 200, message: '不超过200个字' }]}>
            <Select
              allowClear
              placeholder="选择送达方式"
              options={['直接送达', '邮寄送达', '电子邮件送达', '通过互联网渠道送达', '传真送达'].map((m) => ({ value: m, label: m }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
