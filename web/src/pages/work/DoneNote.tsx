// What a step just did, kept on the page (not a toast that vanishes) in a live region that exists
// before the text arrives, so screen readers announce it.
import { Alert } from 'antd';

export function DoneNote({ text, onClose }: { text: string | null; onClose(): void }) {
  return (
    <div role="status">
      {text && <Alert type="success" showIcon closable onClose={onClose} message={text} style={{ marginBottom: 16 }} />}
    </div>
  );
}
