// A page's name: its one h1 (sized as antd's h2, the size the pages were designed with) and the
// document title, which React 19 moves into the head, so screen readers and browser tabs name the page.
import { theme, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

export function PageHeading({ title, children, style }: { title: string; children: ReactNode; style?: CSSProperties }) {
  const { token } = theme.useToken();
  return (
    <>
      <title>{title}</title>
      <Typography.Title level={1} style={{ fontSize: token.fontSizeHeading2, lineHeight: token.lineHeightHeading2, ...style }}>
        {children}
      </Typography.Title>
    </>
  );
}
