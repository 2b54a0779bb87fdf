// 登记申请: an application received in person, by post, fax or e-mail, registered by staff. The day
// of receipt follows from the channel (条例第三十一条), so the form asks for the date that channel needs.
import { App, AutoComplete, Button, Card, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import type { Me } from '../../../session';
import { APPLICANT_TYPES, applicantTypeLabel, type ApplicantType } from '../../../../../src/core/applications/applicant.js';
import { isCreditCode, isResidentIdNumber } from '../../../../../src/core/applications/identifiers.js';
import { CHANNEL_LABELS } from '../../../../../src/core/deadlines/receipt.js';
import type { ReceiptChannel } from '../../../../../src/core/deadlines/types.js';
import { PageTitle } from '../PageTitle';
import { fromIso, toIso, useToday, type ApplicationView } from './model';
import type { Dayjs } from 'dayjs';

type IdType = 'residentId' | 'creditCode' | 'other';

interface Values {
  channel: ReceiptChannel;
  receivedOn: Dayjs;
  sentOn?: Dayjs;
  applicantType: ApplicantType;
  name: string;
  idType: IdType;
  idNumber?: string;
  phone?: string;
  address?: string;
  email?: string;
  content: string;
  requestedForm?: string;
  referenceNumber?: string;
}

/** The date 第三十一条 counts from, by channel: its label and the receipt field it fills. */
const RECEIPT_DATE: Readonly<Record<ReceiptChannel, { label: string; field: 'submittedOn' | 'signedForOn' | 'confirmedOn'; help: string }>> = {
  inPerson: { label: '当面提交日期', field: 'submittedOn', help: '当面提交的，以提交之日为收到申请之日（条例第三十一条第一项）。' },
  post: { label: '签收日期', field: 'signedForOn', help: '以邮寄方式提交的，以本机关签收之日为收到申请之日（条例第三十一条第二项）。' },
  postUnsigned: { label: '与申请人确认日期', field: 'confirmedOn', help: '以平常信函等无需签收的邮寄方式提交的，以与申请人确认之日为收到申请之日（条例第三十一条第二项）。' },
  online: { label: '双方确认日期', field: 'confirmedOn', help: '通过互联网渠道提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。' },
  fax: { label: '双方确认日期', field: 'confirmedOn', help: '通过传真提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。' },
  email: { label: '双方确认日期', field: 'confirmedOn', help: '通过电子邮件提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）。' },
};

const ID_TYPES: { value: IdType; label: string }[] = [
  { value: 'residentId', label: '居民身份证' },
  { value: 'creditCode', label: '统一社会信用代码' },
  { value: 'other', label: '其他证件' },
];

const FORMS = ['纸质文本', '电子邮件', '光盘', '当面查阅', '邮寄'];

export default function ApplicationNew(_: { me: Me }) {
  const { today, error: todayError } = useToday();
  const [form] = Form.useForm<Values>();
  const channel = Form.useWatch('channel', form) ?? 'inPerson';
  const applicantType = Form.useWatch('applicantType', form) ?? 'naturalPerson';
  const idType = Form.useWatch('idType', form) ?? 'residentId';
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (todayError) return <ErrorBox error={todayError} />;
  if (!today) return <Loading />;
  const receipt = RECEIPT_DATE[channel];
  const person = applicantType === 'naturalPerson';

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const opt = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
    const body = {
      applicantType: v.applicantType,
      applicant: {
        name: v.name.trim(),
        ...(opt(v.idNumber) ? { idType: v.idType, idNumber: opt(v.idNumber) } : {}),
        ...(opt(v.phone) ? { phone: opt(v.phone) } : {}),
        ...(opt(v.address) ? { address: opt(v.address) } : {}),
        ...(opt(v.email) ? { email: opt(v.email) } : {}),
      },
      content: v.content.trim(),
      ...(opt(v.requestedForm) ? { requestedForm: opt(v.requestedForm) } : {}),
      ...(opt(v.referenceNumber) ? { referenceNumber: opt(v.referenceNumber) } : {}),
      receipt: { channel: v.channel, [receipt.field]: toIso(v.receivedOn), ...(v.sentOn && receipt.field === 'confirmedOn' ? { sentOn: toIso(v.sentOn) } : {}) },
    };
    try {
      const made = await api.post<ApplicationView>('/api/applications', body);
      void message.success(`已登记，查询码 ${made.trackingCode}`);
      navigate(`/work/applications/${made.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>登记申请</PageTitle>
      <Typography.Paragraph type="secondary">登记当面、邮寄、传真、电子邮件等渠道收到的政府信息公开申请。带 * 的为必填项。</Typography.Paragraph>
      <ErrorBox error={error} title="登记失败" />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'inPerson', receivedOn: fromIso(today), applicantType: 'naturalPerson', idType: 'residentId' }}
        onFinish={(v) => void submit(v)}
        scrollToFirstError
      >
        <Card title="收到申请" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="channel" label="收到申请的方式" rules={[{ required: true, message: '请选择收到申请的方式' }]}>
                <Select options={(Object.keys(CHANNEL_LABELS) as ReceiptChannel[]).map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="receivedOn" label={receipt.label} extra={receipt.help} rules={[{ required: true, message: `请选择${receipt.label}` }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) > today} />
              </Form.Item>
            </Col>
            {receipt.field === 'confirmedOn' && (
              <Col xs={24} md={8}>
                <Form.Item name="sentOn" label="申请人发出日期（可选）">
                  <DatePicker style={{ width: '100%' }} disabledDate={(d) => toIso(d) > today} />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Form.Item name="referenceNumber" label="本机关申请编号（可选）" rules={[{ max: 60, message: '申请编号不超过60个字' }]}>
            <Input style={{ maxWidth: 320 }} />
          </Form.Item>
        </Card>
        <Card title="申请人" style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="applicantType" label="申请人类型" rules={[{ required: true, message: '请选择申请人类型' }]}>
                <Select
                  options={APPLICANT_TYPES.map((t) => ({ value: t, label: t === 'naturalPerson' ? applicantTypeLabel(t) : `法人或其他组织 - ${applicantTypeLabel(t)}` }))}
                  onChange={(t: ApplicantType) => form.setFieldValue('idType', t === 'naturalPerson' ? 'residentId' : 'creditCode')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="name"
                label={person ? '姓名' : '名称'}
                rules={[
                  { required: true, whitespace: true, message: person ? '请填写申请人姓名' : '请填写申请人名称' },
                  { max: 200, message: '不超过200个字' },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="idType" label="证件类型">
                <Select options={ID_TYPES} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="idNumber"
                label="证件号码（加密保存）"
                rules={[
                  {
                    validator: async (_, v: string | undefined) => {
                      const t = v?.trim() ?? '';
                      if (t === '') return;
                      if (idType === 'residentId' && !isResidentIdNumber(t)) throw new Error('居民身份证号码无效：应为18位，且校验位正确。');
                      if (idType === 'creditCode' && !isCreditCode(t)) throw new Error('统一社会信用代码无效：应为18位，且校验位正确。');
                      if (t.length > 40) throw new Error('证件号码不超过40个字符。');
                    },
                  },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="phone" label="联系电话（加密保存）" rules={[{ pattern: /^[0-9+()\- ]{3,30}$/, message: '电话号码只能包含数字、空格和 + - ( )，3至30位' }]}>
                <Input autoComplete="off" inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="email" label="电子邮箱" rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="address" label="通信地址" rules={[{ max: 500, message: '不超过500个字' }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title="申请内容" style={{ marginBottom: 16 }}>
          <Form.Item
            name="content"
            label="申请公开的政府信息"
            extra="政府信息的名称、文号或者便于行政机关查询的其他特征性描述（条例第二十九条）。"
            rules={[
              { required: true, whitespace: true, message: '请填写申请公开的政府信息' },
              { max: 5000, message: '不超过5000个字' },
            ]}
          >
            <Input.TextArea rows={4} showCount maxLength={5000} />
          </Form.Item>
          <Form.Item name="requestedForm" label="获取信息的方式（可选）" rules={[{ max: 500, message: '不超过500个字' }]}>
            <AutoComplete options={FORMS.map((f) => ({ value: f }))} style={{ maxWidth: 320 }} placeholder="如：纸质文本、电子邮件" />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" loading={busy}>
          登记
        </Button>
        <Link to="/work/applications" style={{ marginLeft: 16 }}>
          取消
        </Link>
      </Form>
    </>
  );
}
