// 政府信息公开申请表 (online): the fields follow the applicant type; ID numbers and credit codes are
// checked in the browser with the core's check-character rules before sending; a successful
// submission shows the receipt with the tracking code.
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, messageOf } from '../../api';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ApplyReceipt, type Receipt } from './ApplyReceipt';
import { applicationBody, creditCodeProblem, ORGANISATION_TYPES, phoneProblem, REQUESTED_FORMS, residentIdProblem, type FormValues } from './application-form';
import { useAgency } from './useAgency';

const { Paragraph } = Typography;

const check = (problem: (v: string) => string | null, empty: string) => (_: unknown, value: string | undefined) => {
  if (!value?.trim()) return Promise.reject(new Error(empty));
  const p = problem(value);
  return p ? Promise.reject(new Error(p)) : Promise.resolve();
};

const half = { xs: 24, md: 12 };

export default function Apply() {
  const { id } = useParams();
  const { agency, error, loading } = useAgency(id);
  const [form] = Form.useForm<FormValues>();
  const kind = Form.useWatch('kind', form);
  const idType = Form.useWatch('idType', form);
  const requestedForm = Form.useWatch('requestedForm', form);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  if (loading) return <Loading />;
  if (!agency) {
    return (
      <>
        <PageHeading title="政府信息公开申请 - 政府信息公开">政府信息公开申请</PageHeading>
        <ErrorBox error={error} title="无法打开申请表" />
      </>
    );
  }
  if (receipt) {
    return (
      <ApplyReceipt
        agency={agency}
        receipt={receipt}
        onAgain={() => {
          form.resetFields();
          setReceipt(null);
        }}
      />
    );
  }

  const organisation = kind === 'organisation';
  const emailNeeded = REQUESTED_FORMS.some((f) => f.value === requestedForm && f.email);

  const submit = async (values: FormValues) => {
    setSending(true);
    setFailure(null);
    try {
      const r = await api.post<Receipt>(`/api/public/agencies/${agency.id}/applications`, applicationBody(values));
      setReceipt(r);
      window.scrollTo({ top: 0 });
    } catch (e) {
      // The server's identifier checks mirror the browser's; show them on the field as well.
      if (e instanceof ApiError && (e.code === 'ID_NUMBER_INVALID' || e.code === 'CREDIT_CODE_INVALID')) {
        form.setFields([{ name: 'idNumber', errors: [messageOf(e)] }]);
      }
      setFailure(e);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <PageHeading title={`政府信息公开申请 - ${agency.name}`}>政府信息公开申请</PageHeading>
      <Paragraph>
        受理机关：<strong>{agency.name}</strong>。提交前请阅读本机关
        <Link to={`/agencies/${agency.id}`}>《政府信息公开指南》</Link>。带 <span aria-hidden="true">*</span>
        号的为必填项。通过本平台提交的申请，提交当日为本机关收到申请之日，本机关自收到申请之日起20个工作日内答复。
      </Paragraph>
      <Form<FormValues>
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError
        initialValues={{ kind: 'person', idType: 'residentId', organisationType: 'commercial', requestedForm: '纸质文本（邮寄）', declaration: false }}
        onFinish={submit}
        onValuesChange={(changed: Partial<FormValues>) => {
          // Another applicant type asks for another identifier: the number typed and the old
          // messages no longer apply.
          if ('kind' in changed) {
            form.setFields([
              { name: 'idNumber', value: undefined, errors: [] },
              { name: 'name', errors: [] },
            ]);
          } else if ('idType' in changed) form.setFields([{ name: 'idNumber', errors: [] }]);
        }}
      >
        <Card title="申请人信息" style={{ marginBottom: 16 }}>
          <Form.Item name="kind" label="申请人类型" rules={[{ required: true, message: '请选择申请人类型' }]}>
            <Radio.Group optionType="button" buttonStyle="solid" aria-label="申请人类型">
              <Radio.Button value="person">自然人</Radio.Button>
              <Radio.Button value="organisation">法人或其他组织</Radio.Button>
            </Radio.Group>
          </Form.Item>
          {organisation && (
            <Form.Item name="organisationType" label="组织类别" rules={[{ required: true, message: '请选择组织类别' }]}>
              <Radio.Group aria-label="组织类别">
                <Flex wrap gap="8px 16px">
                  {ORGANISATION_TYPES.map((t) => (
                    <Radio key={t.value} value={t.value}>
                      {t.label}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
          )}
          <Row gutter={16}>
            <Col {...half}>
              <Form.Item name="name" label={organisation ? '名称' : '姓名'} rules={[{ required: true, whitespace: true, message: organisation ? '请填写法人或其他组织的名称' : '请填写姓名' }]}>
                <Input maxLength={200} autoComplete={organisation ? 'organization' : 'name'} />
              </Form.Item>
            </Col>
            {!organisation && (
              <Col {...half}>
                <Form.Item name="idType" label="证件类型" rules={[{ required: true, message: '请选择证件类型' }]}>
                  <Radio.Group aria-label="证件类型">
                    <Radio value="residentId">居民身份证</Radio>
                    <Radio value="other">其他有效身份证件</Radio>
                  </Radio.Group>
                </Form.Item>
              </Col>
            )}
            <Col {...half}>
              {organisation ? (
                <Form.Item name="idNumber" label="统一社会信用代码" required validateTrigger="onBlur" rules={[{ validator: check(creditCodeProblem, '请填写统一社会信用代码') }]} extra="18位，见营业执照或登记证书。">
                  <Input maxLength={18} autoComplete="off" style={{ textTransform: 'uppercase' }} />
                </Form.Item>
              ) : idType === 'other' ? (
                <Form.Item name="idNumber" label="证件号码" rules={[{ required: true, whitespace: true, message: '请填写证件号码' }]} extra="护照、港澳居民来往内地通行证、台湾居民来往大陆通行证等。">
                  <Input maxLength={40} autoComplete="off" />
                </Form.Item>
              ) : (
                <Form.Item name="idNumber" label="居民身份证号码" required validateTrigger="onBlur" rules={[{ validator: check(residentIdProblem, '请填写居民身份证号码') }]}>
                  <Input maxLength={18} autoComplete="off" inputMode="text" />
                </Form.Item>
              )}
            </Col>
            {organisation && (
              <Col {...half}>
                <Form.Item name="contactPerson" label="联系人姓名" rules={[{ required: true, whitespace: true, message: '请填写联系人姓名' }]}>
                  <Input maxLength={40} autoComplete="name" />
                </Form.Item>
              </Col>
            )}
            <Col {...half}>
              <Form.Item name="phone" label="联系电话" required validateTrigger="onBlur" rules={[{ validator: check(phoneProblem, '请填写联系电话') }]}>
                <Input maxLength={30} type="tel" autoComplete="tel" inputMode="tel" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="email" label="电子邮箱" dependencies={['requestedForm']} rules={[{ required: emailNeeded, message: '选择以电子邮件获取信息的，请填写电子邮箱' }, { type: 'email', message: '电子邮箱格式不正确' }]}>
                <Input maxLength={200} type="email" autoComplete="email" inputMode="email" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="address" label="通信地址" rules={[{ required: true, whitespace: true, message: '请填写通信地址（邮寄答复文书用）' }]} extra="邮寄答复文书的地址，请写明省、市、县（区）、街道和门牌号。">
                <Input maxLength={440} autoComplete="street-address" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title="申请公开的政府信息" style={{ marginBottom: 16 }}>
          <Form.Item
            name="content"
            label="所需政府信息的描述"
            rules={[{ required: true, whitespace: true, message: '请填写申请公开的政府信息' }]}
            extra="请写明政府信息的名称、文号，或者便于查询的其他特征性描述（如制作机关、大致时间、涉及的事项或地点）。例如：“某县2024年某路段改造工程的立项批复文件”。建议一份申请只申请一项信息。"
          >
            <Input.TextArea rows={5} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item name="requestedForm" label="获取信息的方式" rules={[{ required: true, message: '请选择获取信息的方式' }]}>
            <Radio.Group aria-label="获取信息的方式">
              <Flex wrap gap="8px 16px">
                {REQUESTED_FORMS.map((f) => (
                  <Radio key={f.value} value={f.value}>
                    {f.value}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="requestedFormNote"
            label="其他要求"
            dependencies={['requestedForm']}
            rules={[{ required: requestedForm === '其他', whitespace: true, message: '选择“其他”的，请说明获取信息的方式' }]}
          >
            <Input maxLength={200} placeholder={requestedForm === '其他' ? '请说明获取信息的方式、途径' : '选填'} />
          </Form.Item>
        </Card>

        <Form.Item
          name="declaration"
          valuePropName="checked"
          rules={[{ validator: (_, checked: boolean) => (checked ? Promise.resolve() : Promise.reject(new Error('请阅读并确认申请声明'))) }]}
        >
          <Checkbox>本人（本单位）已阅读政府信息公开指南，承诺以上填写的信息真实、准确。</Checkbox>
        </Form.Item>
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message="您的身份证件号码和联系电话加密保存，仅用于办理本申请；查询办理进度时不显示个人信息。" />
        <ErrorBox error={failure} title="提交失败" />
        <Button type="primary" htmlType="submit" size="large" loading={sending} style={{ minWidth: 200 }}>
          提交申请
        </Button>
      </Form>
    </>
  );
}
