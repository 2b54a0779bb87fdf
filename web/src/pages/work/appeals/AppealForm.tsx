// 登记案件: a 行政复议 or 行政诉讼 against the agency, with the application it concerns (found by tracking
// code, reference number or applicant) and, for a suit after review, the concluded review it follows.
import { DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { APPEAL_KINDS, appealKindLabel, type AppealKind } from '../../../../../src/core/appeals/appeals.js';
import { dateText, fromIso, toIso, type ApplicationView } from '../applications/model';
import { BODY_LABELS, type AppealView } from './model';

interface Values {
  kind: AppealKind;
  caseNumber: string;
  body: string;
  filedOn: Dayjs;
  applicationId?: string;
  reviewId?: string;
  note?: string;
}

const applicationLabel = (a: ApplicationView) =>
  `${a.trackingCode}${a.referenceNumber ? `（${a.referenceNumber}）` : ''} ${a.applicant.name ?? ''} · ${(a.content ?? '').slice(0, 24)}`;

/** The agency's applications matching what was typed (tracking code, reference number, applicant). */
function ApplicationPicker({ id, value, onChange }: { id?: string; value?: string; onChange?: (v: string | undefined) => void }) {
  const [text, setText] = useState('');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  // The chosen application stays labelled when a later search no longer lists it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    let live = true;
    setLoading(true);
    // A short pause after typing so each key does not send a request.
    const timer = setTimeout(() => {
      const q = new URLSearchParams({ limit: '20' });
      if (text.trim()) q.set('text', text.trim().slice(0, 100));
      api
        .get<{ items: ApplicationView[] }>(`/api/applications?${q}`)
        .then((r) => live && setOptions(r.items.map((a) => ({ value: a.id, label: applicationLabel(a) }))))
        .catch(() => live && setOptions([]))
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  const shown = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      onChange={(v: string | undefined) => {
        setChosen(shown.find((o) => o.value === v) ?? null);
        onChange?.(v);
      }}
      loading={loading}
      placeholder="输入查询码、申请编号或申请人搜索"
      notFoundContent={loading ? '正在搜索……' : '没有找到申请'}
      options={shown}
    />
  );
}

export function AppealForm({ today, onCancel, onDone }: { today: string; onCancel(): void; onDone(a: AppealView): void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'review';
  const reviewId = Form.useWatch('reviewId', form);
  const [reviews, setReviews] = useState<AppealView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (kind !== 'litigationAfterReview') return;
    let live = true;
    api.get<{ items: AppealView[] }>('/api/appeals?kind=review').then(
      (r) => live && setReviews(r.items.filter((a) => a.concludedOn !== null)),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [kind]);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    const link = kind === 'litigationAfterReview' && v.reviewId ? { reviewId: v.reviewId } : v.applicationId ? { applicationId: v.applicationId } : {};
    try {
      const made = await api.post<AppealView>('/api/appeals', {
        kind: v.kind,
        caseNumber: v.caseNumber.trim(),
        body: v.body.trim(),
        filedOn: toIso(v.filedOn),
        ...link,
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
      });
      onDone(made);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const bodyLabel = BODY_LABELS[kind];
  return (
    <Modal open title="登记复议或诉讼案件" okText="登记" cancelText="取消" onOk={() => void submit()} onCancel={onCancel} confirmLoading={busy} destroyOnHidden width={600}>
      <ErrorBox error={error} title="登记未成功" />
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'review', filedOn: fromIso(today) }} onFinish={() => void submit()}>
        <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Radio.Group options={APPEAL_KINDS.map((k) => ({ value: k, label: appealKindLabel(k) }))} />
        </Form.Item>
        <Form.Item name="caseNumber" label="案号" rules={[{ required: true, whitespace: true, message: '请填写复议或诉讼案号' }, { max: 100, message: '不超过100个字' }]}>
          <Input placeholder={kind === 'review' ? '如 某县政复〔2024〕12号' : '如（2024）某0102行初123号'} />
        </Form.Item>
        <Form.Item name="body" label={bodyLabel} rules={[{ required: true, whitespace: true, message: `请填写${bodyLabel}` }, { max: 200, message: '不超过200个字' }]}>
          <Input placeholder={kind === 'review' ? '如 某县人民政府' : '如 某县人民法院'} />
        </Form.Item>
        <Form.Item name="filedOn" label={kind === 'review' ? '申请复议日期' : '起诉日期'} rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) > today} />
        </Form.Item>
        {kind === 'litigationAfterReview' && (
          <Form.Item
            name="reviewId"
            label="所关联的行政复议（可选）"
            extra={reviews.length === 0 ? '本机关没有已审结的行政复议；复议未在本系统登记的，可不选。' : '起诉所针对的、已审结的行政复议；所涉申请随之确定。'}
          >
            <Select allowClear placeholder="选择已审结的行政复议" options={reviews.map((r) => ({ value: r.id, label: `${r.caseNumber}（${r.statusLabel}，${dateText(r.concludedOn)}审结）` }))} />
          </Form.Item>
        )}
        {!(kind === 'litigationAfterReview' && reviewId) && (
          <Form.Item name="applicationId" label="所涉申请（可选）" extra="本机关登记的申请；按查询码、申请编号或申请人姓名搜索。">
            <ApplicationPicker />
          </Form.Item>
        )}
        <Form.Item name="note" label="备注（可选）" rules={[{ max: 2000, message: '不超过2000个字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Typography.Text type="secondary">被申请人或被告为本机关；案件登记后计入年度报告第四部分。</Typography.Text>
      </Form>
    </Modal>
  );
}
