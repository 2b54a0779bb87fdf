// 主动公开: the register of 规章 and 行政规范性文件, the cells of section 二 entered for a year, and
// section 二 as the report will print it. The year lives in the address (?year=).
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import type { Me } from '../../../session';
import { PageTitle } from '../PageTitle';
import { yearOf } from '../../../../../src/core/calendar/iso-date.js';
import { handles, useToday } from '../applications/model';
import { yearsUpTo } from '../appeals/model';
import { CountsForm } from './CountsForm';
import { DocumentRegister } from './DocumentRegister';
import { FiguresTable } from './FiguresTable';

export default function Proactive({ me }: { me: Me }) {
  const { today, error } = useToday();
  const [params, setParams] = useSearchParams();
  // Bumped on each change: the register decides which cells are entered; both feed section 二.
  const [registerRevision, setRegisterRevision] = useState(0);
  const [countsRevision, setCountsRevision] = useState(0);
  if (error) return <ErrorBox error={error} />;
  if (!today) return <Loading />;
  const thisYear = yearOf(today);
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2008 && asked <= thisYear ? asked : thisYear - 1;
  const canWrite = handles(me.role);
  return (
    <>
      <PageTitle>主动公开</PageTitle>
      <Typography.Paragraph type="secondary">年度报告第二部分“主动公开政府信息情况”的数据来源：登记簿自动统计的文件件数，加上本页填写的其他数据。</Typography.Paragraph>
      <DocumentRegister today={today} canWrite={canWrite} onChanged={() => setRegisterRevision((n) => n + 1)} />
      <section aria-labelledby="counts-heading" style={{ marginTop: 24 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography.Title level={2} id="counts-heading" style={{ fontSize: 20 }}>
            年度数据填报
          </Typography.Title>
          <Space>
            <label htmlFor="proactive-year">年度</label>
            <Select
              id="proactive-year"
              style={{ width: 120 }}
              value={year}
              onChange={(y: number) => setParams({ year: String(y) })}
              options={yearsUpTo(thisYear).map((y) => ({ value: y, label: `${y}年` }))}
            />
          </Space>
        </Space>
        <CountsForm year={year} canWrite={canWrite} revision={registerRevision} onSaved={() => setCountsRevision((n) => n + 1)} />
      </section>
      <section aria-labelledby="figures-heading" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="figures-heading" style={{ fontSize: 20 }}>
          {year}年度报告第二部分（计算结果）
        </Typography.Title>
        <FiguresTable year={year} revision={registerRevision + countsRevision} />
      </section>
    </>
  );
}
