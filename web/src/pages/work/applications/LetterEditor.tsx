// A letter of an application (答复书, 补正告知书 …): the draft from the templates, edited here
// (title, 文号, paragraphs added, changed or removed), previewed in the official layout, checked, and
// generated as a Word document. What still prevents sending (【请填写：…】, the basis or the deadline
// edited out of the body) is listed in Chinese before and after asking the server.
import { Alert, Button, Card, Col, DatePicker, Input, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import { NotFound } from '../../../components/NotFound';
import type { Me } from '../../../session';
import { isOutcome } from '../../../../../src/core/applications/outcomes.js';
import { isLetterKind, LETTER_TITLES, type Letter } from '../../../../../src/core/letters/types.js';
import { letterProblems, MAX_PARAGRAPHS } from '../../../../../src/core/letters/validate.js';
import { PageTitle } from '../PageTitle';
import { dateText, fromIso, toIso, UUID } from './model';

/** Posts the letter and saves the DOCX the server makes of it; problems come back as ApiError details. */
async function downloadDocx(path: string, letter: Letter): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(letter) });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', '无法连接服务器，请检查网络后重试。');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string; details?: unknown[] } } | null;
    throw new ApiError(response.status, body?.error?.code ?? 'HTTP_ERROR', body?.error?.message ?? `服务器返回错误（HTTP ${response.status}），请稍后再试。`, body?.error?.details);
  }
  const blob = await response.blob();
  const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('content-disposition') ?? '');
  const filename = named?.[1] ? decodeURIComponent(named[1]) : `${letter.title}.docx`;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has started the download by now; the address is released a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return filename;
}

/** Problems from the server's 422 (details: {field, message}). */
function problemsOf(e: unknown): string[] {
  if (!(e instanceof ApiError) || !e.details) return [];
  return e.details.flatMap((d) => (typeof d === 'object' && d !== null && typeof (d as { message?: unknown }).message === 'string' ? [(d as { message: string }).message] : []));
}

function Preview({ letter }: { letter: Letter }) {
  return (
    <article aria-label="文书预览" style={{ fontFamily: '"FangSong", "STFangsong", serif', fontSize: 16, lineHeight: 1.9, padding: '24px 32px', background: '#fff', border: '1px solid #eee' }}>
      <h2 style={{ textAlign: 'center', fontFamily: '"SimSun", "STSong", serif', fontSize: 22, margin: '0 0 8px' }}>{letter.title}</h2>
      <p style={{ textAlign: 'center', margin: '0 0 16px' }}>{letter.reference}</p>
      <p style={{ margin: 0 }}>{letter.addressee}</p>
      {letter.paragraphs.map((p, i) => (
        <p key={i} style={{ textIndent: '2em', margin: 0 }}>
          {p}
        </p>
      ))}
      <p style={{ textAlign: 'right', margin: '24px 0 0' }}>{letter.agencyName}</p>
      <p style={{ textAlign: 'right', margin: 0 }}>{dateText(letter.date)}</p>
      {letter.contact && <p style={{ margin: '16px 0 0' }}>（{letter.contact}）</p>}
    </article>
  );
}

export default function LetterEditor(_: { me: Me }) {
  const { id = '', kind = '' } = useParams();
  const [params] = useSearchParams();
  const outcome = params.get('outcome');
  const [letter, setLetter] = useState<Letter | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sendError, setSendError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = UUID.test(id) && isLetterKind(kind);

  useEffect(() => {
    if (!valid) return;
    let live = true;
    const q = outcome && isOutcome(outcome) ? `?outcome=${outcome}` : '';
    api.get<Letter>(`/api/applications/${id}/letters/${kind}${q}`).then(
      (l) => live && setLetter(l),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [id, kind, outcome, valid]);

  if (!valid) return <NotFound />;
  const back = (
    <Link to={`/work/applications/${id}`} style={{ display: 'inline-block', marginBottom: 8 }}>
      ← 返回申请
    </Link>
  );
  if (error) {
    return (
      <>
        {back}
        <PageTitle>编辑文书</PageTitle>
        <ErrorBox error={error} title="文书草稿生成失败" />
      </>
    );
  }
  if (!letter) return <Loading tip="正在生成文书草稿……" />;

  const change = (patch: Partial<Letter>) => {
    setLetter({ ...letter, ...patch });
    setSaved(null);
    setSendError(null);
  };
  const setParagraph = (i: number, text: string) => change({ paragraphs: letter.paragraphs.map((p, j) => (j === i ? text : p)) });
  const addAfter = (i: number) => change({ paragraphs: [...letter.paragraphs.slice(0, i + 1), '', ...letter.paragraphs.slice(i + 1)] });
  const remove = (i: number) => change({ paragraphs: letter.paragraphs.filter((_p, j) => j !== i) });
  const cleaned: Letter = { ...letter, ...(letter.contact?.trim() ? {} : { contact: undefined }) };
  const problems = letterProblems(cleaned).map((p) => p.message);
  const serverProblems = problemsOf(sendError);

  const generate = async () => {
    setBusy(true);
    setSendError(null);
    setSaved(null);
    try {
      setSaved(await downloadDocx(`/api/applications/${id}/letters/${kind}/docx`, cleaned));
    } catch (e) {
      setSendError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {back}
      <PageTitle>{`编辑${LETTER_TITLES[letter.kind]}`}</PageTitle>
      {problems.length > 0 && serverProblems.length === 0 && (
        <Alert
          type="warning"
          role="status"
          showIcon
          message="生成前请处理以下问题"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {sendError !== null && serverProblems.length === 0 && <ErrorBox error={sendError} title="文书未能生成" />}
      {serverProblems.length > 0 && (
        <Alert
          type="error"
          role="alert"
          showIcon
          message="文书未能生成"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {serverProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {saved && <Alert type="success" role="status" showIcon message={`已生成 Word 文档“${saved}”`} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title="编辑" size="small">
            <Space direction="vertical" style={{ width: '100%' }}>
              <label>
                标题
                <Input value={letter.title} maxLength={100} onChange={(e) => change({ title: e.target.value })} />
              </label>
              <label>
                发文字号
                <Input value={letter.reference} maxLength={100} onChange={(e) => change({ reference: e.target.value })} />
              </label>
              <label>
                主送
                <Input value={letter.addressee} maxLength={200} onChange={(e) => change({ addressee: e.target.value })} />
              </label>
              {letter.paragraphs.map((p, i) => (
                <div key={i}>
                  <label>
                    正文第{i + 1}段
                    <Input.TextArea value={p} autoSize={{ minRows: 2 }} maxLength={5000} onChange={(e) => setParagraph(i, e.target.value)} />
                  </label>
                  <Space size="small" style={{ marginTop: 4 }}>
                    <Button size="small" onClick={() => addAfter(i)} disabled={letter.paragraphs.length >= MAX_PARAGRAPHS}>
                      在第{i + 1}段后添加段落
                    </Button>
                    <Button size="small" danger onClick={() => remove(i)} disabled={letter.paragraphs.length <= 1}>
                      删除第{i + 1}段
                    </Button>
                  </Space>
                </div>
              ))}
              <label>
                依据（须在正文中引用）
                <Input value={letter.basis} maxLength={1000} onChange={(e) => change({ basis: e.target.value })} />
              </label>
              {letter.deadline && <Typography.Text type="secondary">文书写明的期限：{dateText(letter.deadline)}（由办理步骤确定，正文须写明）</Typography.Text>}
              <label>
                署名机关
                <Input value={letter.agencyName} maxLength={100} onChange={(e) => change({ agencyName: e.target.value })} />
              </label>
              <label>
                成文日期
                <DatePicker style={{ width: '100%' }} value={fromIso(letter.date)} allowClear={false} onChange={(d) => d && change({ date: toIso(d) })} />
              </label>
              <label>
                附注（联系人及电话，可选）
                <Input value={letter.contact ?? ''} maxLength={200} onChange={(e) => change({ contact: e.target.value })} />
              </label>
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="预览" size="small" extra={<Button type="primary" loading={busy} onClick={() => void generate()}>生成 Word 文档</Button>}>
            <Preview letter={cleaned} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
