import { Alert } from 'antd';
import { messageOf } from '../api';

/** An error from the API, shown in Chinese, announced to screen readers. */
export function ErrorBox({ error, title = '出错了' }: { error: unknown; title?: string }) {
  if (!error) return null;
  return <Alert role="alert" type="error" showIcon message={title} description={messageOf(error)} style={{ margin: '16px 0' }} />;
}
