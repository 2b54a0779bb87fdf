// A staff page's name: its h1 and the document title, which carries the workbench's name.
import type { CSSProperties } from 'react';
import { PageHeading } from '../../components/PageHeading';

export function PageTitle({ children, style }: { children: string; style?: CSSProperties }) {
  return (
    <PageHeading title={`${children} - 政府信息公开工作台`} style={{ marginTop: 0, ...style }}>
      {children}
    </PageHeading>
  );
}
