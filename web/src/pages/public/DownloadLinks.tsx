// Downloads of a published report (the public export endpoints; the server names the files).
import { Button, Flex } from 'antd';

const FORMATS = [
  { ext: 'docx', label: 'Word（DOCX）' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'xlsx', label: 'Excel（XLSX）' },
  { ext: 'json', label: '数据（JSON）' },
] as const;

export const exportUrl = (agencyId: string, year: number, ext: string) => `/api/public/agencies/${encodeURIComponent(agencyId)}/reports/${year}/export.${ext}`;

export function DownloadLinks({ agencyId, year, size = 'middle' }: { agencyId: string; year: number; size?: 'small' | 'middle' }) {
  return (
    <Flex wrap gap={8} role="group" aria-label={`下载${year}年年度报告`}>
      {FORMATS.map((f) => (
        <Button key={f.ext} size={size} href={exportUrl(agencyId, year, f.ext)} download>
          下载 {f.label}
        </Button>
      ))}
    </Flex>
  );
}
