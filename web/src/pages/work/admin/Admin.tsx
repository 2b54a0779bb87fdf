// 系统管理 (administrators): accounts and agencies of the administrator's subtree, and the working
// calendar. The tab lives in the address (?tab=users|agencies|calendar).
import { Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorBox } from '../../../components/ErrorBox';
import { Loading } from '../../../components/Loading';
import type { Me } from '../../../session';
import { PageTitle } from '../PageTitle';
import { yearOf } from '../../../../../src/core/calendar/iso-date.js';
import { useToday } from '../applications/model';
import { Agencies } from './Agencies';
import { Calendar } from './Calendar';
import type { AgencyView } from './model';
import { Users } from './Users';

const TABS = ['users', 'agencies', 'calendar'] as const;

export default function Admin({ me }: { me: Me }) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = (TABS as readonly string[]).includes(asked ?? '') ? asked! : 'users';
  const { today, error: todayError } = useToday();
  const [agencies, setAgencies] = useState<AgencyView[] | null>(null);
  const [agencyError, setAgencyError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    setAgencyError(null);
    api.get<AgencyView[]>('/api/agencies').then(
      (a) => live && setAgencies(a),
      (e: unknown) => live && setAgencyError(e),
    );
    return () => {
      live = false;
    };
  }, [reload]);
  if (todayError) return <ErrorBox error={todayError} />;
  if (!today) return <Loading />;
  return (
    <>
      <PageTitle>系统管理</PageTitle>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={[
          {
            key: 'users',
            label: '用户',
            children: (
              <>
                <ErrorBox error={agencyError} title="机关列表加载失败" />
                <Users agencies={agencies ?? []} ownAgencyId={me.agencyId} />
              </>
            ),
          },
          { key: 'agencies', label: '机关', children: <Agencies agencies={agencies} error={agencyError} onChanged={() => setReload((n) => n + 1)} /> },
          { key: 'calendar', label: '工作日历', children: <Calendar thisYear={yearOf(today)} /> },
        ]}
      />
    </>
  );
}
