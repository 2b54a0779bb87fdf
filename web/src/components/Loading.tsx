import { Spin } from 'antd';

export function Loading({ tip = '正在加载……' }: { tip?: string }) {
  return (
    <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
      <div style={{ marginTop: 12, color: '#666' }}>{tip}</div>
    </div>
  );
}
