// Letters through the API: a draft from the template, edited, validated and rendered as DOCX.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { onBothEngines } from '../api-testkit.js';

onBothEngines('letters through the API', (h) => {
  let id = '';

  test('a decided application gets a reply letter citing the article, editable, as DOCX', async () => {
    h().clock.setToday('2024-03-04');
    const cookie = await h().cookie('clerkA');
    const made = await h().api.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie },
      payload: { applicantType: 'naturalPerson', applicant: { name: '陈某' }, content: '某村土地征收补偿方案', receipt: { channel: 'post', signedForOn: '2024-03-01' } },
    });
    assert.equal(made.statusCode, 201, made.body);
    id = made.json().id;
    const decided = await h().api.inject({ method: 'POST', url: `/api/applications/${id}/events`, headers: { cookie }, payload: { version: 1, event: { type: 'decide', on: '2024-03-04', outcome: 'unavailableNotHeld' } } });
    assert.equal(decided.statusCode, 200, decided.body);
    const draft = await h().api.inject({ method: 'GET', url: `/api/applications/${id}/letters/reply`, headers: { cookie } });
    assert.equal(draft.statusCode, 200, draft.body);
    const letter = draft.json();
    assert.match(letter.basis, /第三十六条/);
    assert.equal(letter.addressee, '陈某：');
    letter.paragraphs.push('如有疑问，请与本机关联系。');
    const docx = await h().api.inject({ method: 'POST', url: `/api/applications/${id}/letters/reply/docx`, headers: { cookie }, payload: letter });
    assert.equal(docx.statusCode, 200, docx.body.slice(0, 300));
    assert.match(String(docx.headers['content-disposition']), /filename\*=UTF-8''/);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    assert.ok(xml.includes('如有疑问，请与本机关联系。'));
    assert.ok(xml.includes('第三十六条'));
  });

  test('a letter edited into something unsendable is refused with every problem', async () => {
    const cookie = await h().cookie('clerkA');
    const draft = (await h().api.inject({ method: 'GET', url: `/api/applications/${id}/letters/reply`, headers: { cookie } })).json();
    draft.paragraphs = draft.paragraphs.map(() => '【请填写：理由】');
    const r = await h().api.inject({ method: 'POST', url: `/api/applications/${id}/letters/reply/docx`, headers: { cookie }, payload: draft });
    assert.equal(r.statusCode, 422);
    assert.ok(r.json().error.details.length >= 1);
    assert.match(r.json().error.message, /文书不能生成/);
  });

  test('a notice whose step is not recorded is not drafted; another agency cannot draft', async () => {
    const notReady = await h().api.inject({ method: 'GET', url: `/api/applications/${id}/letters/extensionNotice`, headers: { cookie: await h().cookie('clerkA') } });
    assert.equal(notReady.statusCode, 422);
    assert.equal(notReady.json().error.code, 'LETTER_NOT_READY');
    const other = await h().api.inject({ method: 'GET', url: `/api/applications/${id}/letters/reply`, headers: { cookie: await h().cookie('clerkB') } });
    assert.equal(other.statusCode, 404);
  });
});
