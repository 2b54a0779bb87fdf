// 政府信息公开指南 of one agency: what may be requested and how, what an application contains, the
// time limits, fees and remedies. Periods and fee rates come from the core (the same numbers the
// office's deadline and fee calculations use), so the guide cannot drift from the workbench.
import { Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { countRateYuan, pageRateYuan } from '../../../../src/core/fees/fees.js';
import {
  CONSULTATION_WORKING_DAYS,
  CORRECTION_NOTICE_WORKING_DAYS,
  EXTENSION_MAX_WORKING_DAYS,
  REPLY_WORKING_DAYS,
} from '../../../../src/core/deadlines/rules.js';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ButtonLink } from './ButtonLink';
import { useAgency } from './useAgency';

const { Title, Paragraph, Text } = Typography;

interface Band {
  from: number;
  to: number;
  rate: number;
}

/** Consecutive units with one rate, from 1 to `last` (the last band is open-ended). */
function bands(rate: (n: number) => number, last: number): Band[] {
  const out: Band[] = [];
  for (let n = 1; n <= last; n++) {
    const r = rate(n);
    const band = out[out.length - 1];
    if (band && band.rate === r) band.to = n;
    else out.push({ from: n, to: n, rate: r });
  }
  return out;
}

function bandItems(list: Band[], unit: string, openEnded: boolean) {
  return list.map((b, i) => {
    const open = openEnded && i === list.length - 1;
    const range = b.from === 1 ? `${b.to}${unit}以内（含）` : open ? `第${b.from}${unit}起` : `第${b.from}—${b.to}${unit}`;
    return { key: String(b.from), label: range, children: b.rate === 0 ? '免费' : `${b.rate}元/${unit}` };
  });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={{ marginTop: 24 }}>
      <Title level={2} id={id} style={{ fontSize: 20 }}>
        {title}
      </Title>
      {children}
    </section>
  );
}

const LAW = '《条例》';

export default function Guide() {
  const { id } = useParams();
  const { agency, parent, error, loading } = useAgency(id);
  if (loading) return <Loading />;
  if (!agency) {
    return (
      <>
        <PageHeading title="政府信息公开指南 - 政府信息公开">政府信息公开指南</PageHeading>
        <ErrorBox error={error} title="无法打开公开指南" />
      </>
    );
  }

  const count = bands(countRateYuan, 50);
  const step = countRateYuan(41) - countRateYuan(31);
  const pages = bands(pageRateYuan, 201);
  const actions = (
    <Flex wrap gap={12} style={{ margin: '16px 0' }}>
      <ButtonLink to={`/agencies/${agency.id}/apply`} type="primary" size="large">
        在线申请政府信息公开
      </ButtonLink>
      <ButtonLink to={`/agencies/${agency.id}/reports`} size="large">
        查阅年度报告
      </ButtonLink>
      <ButtonLink to="/track" size="large">
        查询办理进度
      </ButtonLink>
    </Flex>
  );

  return (
    <article>
      <PageHeading title={`${agency.name}政府信息公开指南`}>{agency.name}政府信息公开指南</PageHeading>
      <Paragraph>
        为保障公民、法人和其他组织依法获取政府信息，根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称{LAW}），编制本指南。申请人可以通过本指南了解向{agency.name}（以下简称本机关）申请获取政府信息的范围、方式、程序、时限和救济途径。
      </Paragraph>
      {actions}
      <nav aria-label="指南目录">
        <Card size="small" title="目录">
          <ol style={{ margin: 0, paddingLeft: 20, lineHeight: 2 }}>
            <li><a href="#scope">可以申请公开的政府信息</a></li>
            <li><a href="#how">申请方式</a></li>
            <li><a href="#contents">申请应当包括的内容</a></li>
            <li><a href="#limits">办理时限</a></li>
            <li><a href="#fees">收费</a></li>
            <li><a href="#remedies">监督和救济</a></li>
            <li><a href="#reports">年度报告</a></li>
          </ol>
        </Card>
      </nav>

      <Section id="scope" title="一、可以申请公开的政府信息">
        <Paragraph>
          除本机关主动公开的政府信息外，公民、法人或者其他组织可以向本机关申请获取本机关在履行行政管理职能过程中制作或者获取的，以一定形式记录、保存的信息（{LAW}第二条、第二十七条）。
        </Paragraph>
        <Paragraph>下列信息依法不予公开或者可以不予公开：</Paragraph>
        <ul>
          <li>依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息（第十四条）；</li>
          <li>涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，但第三方同意公开或者本机关认为不公开会对公共利益造成重大影响的除外（第十五条）；</li>
          <li>人事管理、后勤管理、内部工作流程等方面的内部事务信息，以及讨论记录、过程稿、磋商信函、请示报告等过程性信息和行政执法案卷信息（第十六条）。</li>
        </ul>
        <Paragraph>
          申请需要本机关对现有政府信息进行加工、分析的，本机关可以不予提供（第三十八条）。以政府信息公开申请的形式进行信访、投诉、举报等活动的，本机关将告知申请人通过相应渠道提出；要求提供政府公报、报刊、书籍等公开出版物的，本机关可以告知获取的途径（第三十九条）。
        </Paragraph>
      </Section>

      <Section id="how" title="二、申请方式">
        <Paragraph>
          申请人应当采用包括信件、数据电文在内的书面形式提出申请；采用书面形式确有困难的，可以口头提出，由本机关政府信息公开工作机构代为填写政府信息公开申请（{LAW}第二十九条第一款）。
        </Paragraph>
        <ol>
          <li>
            <Text strong>在线申请。</Text>在本平台填写
            <Link to={`/agencies/${agency.id}/apply`}>《政府信息公开申请表》</Link>
            并提交。提交成功即为双方确认，提交当日为本机关收到申请之日（第三十一条第三项）。提交后页面显示查询码，请妥善保存，凭查询码可以
            <Link to="/track">查询办理进度</Link>。
          </li>
          <li>
            <Text strong>信函申请。</Text>将书面申请寄至本机关政府信息公开工作机构，请在信封上注明“政府信息公开申请”字样。以本机关签收之日为收到申请之日；以平常信函等无需签收的方式提出的，以双方确认之日为收到申请之日（第三十一条第二项）。
          </li>
          <li>
            <Text strong>当面申请。</Text>到本机关政府信息公开工作机构当面提交书面申请，以提交之日为收到申请之日（第三十一条第一项）。
          </li>
        </ol>
        <Paragraph type="secondary">本机关政府信息公开工作机构的地址、办公时间和联系电话，以本机关门户网站或者办公场所公布的为准。</Paragraph>
        <Paragraph>为便于及时办理，建议一份申请只申请一项政府信息（一事一申请）。</Paragraph>
      </Section>

      <Section id="contents" title="三、申请应当包括的内容">
        <Paragraph>政府信息公开申请应当包括下列内容（{LAW}第二十九条第二款）：</Paragraph>
        <ol>
          <li>申请人的姓名或者名称、身份证明、联系方式；</li>
          <li>申请公开的政府信息的名称、文号或者便于行政机关查询的其他特征性描述；</li>
          <li>申请公开的政府信息的形式要求，包括获取信息的方式、途径。</li>
        </ol>
        <Paragraph>
          申请内容不明确的，本机关将给予指导和释明，并自收到申请之日起{CORRECTION_NOTICE_WORKING_DAYS}个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。申请人无正当理由逾期不补正的，视为放弃申请，本机关不再处理该申请（第三十条）。
        </Paragraph>
      </Section>

      <Section id="limits" title="四、办理时限">
        <ul>
          <li>能够当场答复的，当场予以答复（{LAW}第三十三条第一款）。</li>
          <li>
            不能当场答复的，自收到申请之日起<Text strong>{REPLY_WORKING_DAYS}个工作日</Text>内予以答复；需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过
            <Text strong>{EXTENSION_MAX_WORKING_DAYS}个工作日</Text>（第三十三条第一款）。
          </li>
          <li>需要补正的，答复期限自本机关收到补正后的申请之日起计算（第三十条）。</li>
          <li>
            涉及第三方合法权益、需要书面征求第三方意见的，第三方应当自收到征求意见书之日起{CONSULTATION_WORKING_DAYS}个工作日内提出意见（第三十二条）；征求第三方和其他机关意见所需时间不计算在答复期限内（第三十三条第二款）。
          </li>
          <li>
            申请公开政府信息的数量、频次明显超过合理范围的，本机关可以要求申请人说明理由；理由合理但无法在上述期限内答复的，可以确定延迟答复的合理期限并告知申请人（第三十五条）。
          </li>
        </ul>
        <Paragraph type="secondary">以上期限均为工作日，不含法定节假日和休息日；因调休上班的日期计为工作日。</Paragraph>
      </Section>

      <Section id="fees" title="五、收费">
        <Paragraph>
          本机关依申请提供政府信息，<Text strong>不收取费用</Text>。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，可以收取信息处理费（{LAW}第四十二条）。
        </Paragraph>
        <Paragraph>
          信息处理费依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）按件或者按量计收，均实行超额累进；对同一申请只选择其中一种方式计收（第三条）。需要收费的，本机关将向申请人发出收费通知。
        </Paragraph>
        <Flex wrap gap={16}>
          <Descriptions
            style={{ flex: '1 1 300px' }}
            bordered
            size="small"
            column={1}
            title="按件计收（第四条）：同一申请人一个自然月内累计申请件数"
            items={[
              ...bandItems(count.slice(0, 3), '件', false),
              { key: 'more', label: `第${count[3]?.from ?? 41}件起`, children: `每10件为一档，每档每件增加${step}元` },
            ]}
          />
          <Descriptions
            style={{ flex: '1 1 300px' }}
            bordered
            size="small"
            column={1}
            title="按量计收（第五条）：同一申请提供的页数"
            items={bandItems(pages, '页', true)}
          />
        </Flex>
      </Section>

      <Section id="remedies" title="六、监督和救济">
        <Paragraph>
          公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关
          {parent ? `（${parent.name}）` : ''}
          或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（{LAW}第五十一条）。
        </Paragraph>
        <ul>
          <li>申请行政复议的，应当自知道或者应当知道该行政行为之日起六十日内提出（《中华人民共和国行政复议法》第二十条）；</li>
          <li>直接提起行政诉讼的，应当自知道或者应当知道作出行政行为之日起六个月内提出（《中华人民共和国行政诉讼法》第四十六条）。</li>
        </ul>
      </Section>

      <Section id="reports" title="七、年度报告">
        <Paragraph>
          本机关依照{LAW}第四十九条、第五十条的规定，每年公布上一年度政府信息公开工作年度报告，内容包括主动公开情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况等。
          <Link to={`/agencies/${agency.id}/reports`}>查阅本机关历年年度报告</Link>。
        </Paragraph>
      </Section>
      {actions}
    </article>
  );
}
