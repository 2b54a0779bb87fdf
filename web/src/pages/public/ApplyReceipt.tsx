// The receipt after applying online: the tracking code, big and copyable, the day of receipt and the
// reply deadline, and the way to the status page.
import { Button, Descriptions, Flex, Result, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { REPLY_WORKING_DAYS } from '../../../../src/core/deadlines/rules.js';
import { ButtonLink } from './ButtonLink';
import type { PublicAgency } from './Home';
import { chineseDate } from './useAgency';

export interface Receipt {
  trackingCode: string;
  receivedOn: string;
  due: string | null;
}

export function ApplyReceipt({ agency, receipt, onAgain }: { agency: PublicAgency; receipt: Receipt; onAgain: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen readers and keyboards start at the confirmation, not at the top of the old form.
  useEffect(() => heading.current?.focus(), []);
  const track = `/track/${encodeURIComponent(receipt.trackingCode)}`;
  return (
    <>
      <title>申请已提交 - 政府信息公开</title>
      <Result
        status="success"
        title={
          <h1 ref={heading} tabIndex={-1} style={{ margin: 0, fontSize: 24, outline: 'none' }}>
            申请已提交
          </h1>
        }
        subTitle={`${agency.name}已于${chineseDate(receipt.receivedOn)}收到您的政府信息公开申请。`}
        extra={
          <Flex vertical align="center" gap={16}>
            <div role="group" aria-label="查询码">
              <div style={{ color: '#666' }}>您的查询码</div>
              <Typography.Text
                strong
                copyable={{ text: receipt.trackingCode, tooltips: ['复制查询码', '已复制'] }}
                style={{ fontSize: 'clamp(24px, 7vw, 36px)', letterSpacing: 2, fontFamily: 'ui-monospace, Consolas, monospace' }}
                data-testid="tracking-code"
              >
                {receipt.trackingCode}
              </Typography.Text>
              <div style={{ color: '#666', marginTop: 4 }}>请复制或记下查询码，凭查询码查询办理进度。</div>
            </div>
            <Descriptions
              bordered
              size="small"
              column={1}
              style={{ maxWidth: 520, width: '100%', textAlign: 'left' }}
              styles={{ label: { width: '7em', whiteSpace: 'nowrap' } }}
              items={[
                { key: 'agency', label: '受理机关', children: agency.name },
                { key: 'received', label: '收到申请日期', children: chineseDate(receipt.receivedOn) },
                {
                  key: 'due',
                  label: '答复期限',
                  children: receipt.due ? (
                    <>
                      <strong>{chineseDate(receipt.due)}</strong>
                      <div style={{ color: '#666', fontSize: 13 }}>
                        自收到申请之日起{REPLY_WORKING_DAYS}个工作日。需要补正、征求第三方意见或者依法延期的，期限相应调整，以办理进度查询显示的为准。
                      </div>
                    </>
                  ) : (
                    '以办理进度查询显示的为准'
                  ),
                },
              ]}
            />
            <Flex wrap gap={12} justify="center">
              <ButtonLink to={track} type="primary" size="large">
                查询办理进度
              </ButtonLink>
              <Button size="large" onClick={() => window.print()}>
                打印回执
              </Button>
              <Button size="large" onClick={onAgain}>
                再提交一份申请
              </Button>
            </Flex>
          </Flex>
        }
      />
    </>
  );
}
