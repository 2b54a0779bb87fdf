import { Button, Result } from 'antd';
import { PageHeading } from './PageHeading';

export function NotFound() {
  return (
    <Result
      status="404"
      title={
        <PageHeading title="页面不存在 - 政府信息公开" style={{ margin: 0, fontSize: 24 }}>
          页面不存在
        </PageHeading>
      }
      subTitle="您访问的页面不存在或已被移除。"
      extra={
        <Button type="primary" href="/">
          返回首页
        </Button>
      }
    />
  );
}
