// The dashboard's charts (ECharts, SVG, with ECharts' own aria description): results of the year,
// applicant types, this year against last, on-time rate and overdue applications by agency. Only this
// lazy chunk loads ECharts, and only the pieces it uses.
import { Card, Col, Empty, Row } from 'antd';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { keyTotals, KEY_TOTAL_LABELS, type KeyTotals } from '../../../../../src/core/figures-summary.js';
import type { RollupView } from './model';

echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const PALETTE = ['#b71c1c', '#d4380d', '#d48806', '#389e0d', '#1d39c4', '#531dab', '#8c8c8c'];

function EChart({ name, label, option, height = 280 }: { name: string; label: string; option: echarts.EChartsCoreOption; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    chart.current = echarts.init(el, null, { renderer: 'svg', locale: 'ZH' });
    const resize = new ResizeObserver(() => chart.current?.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ color: PALETTE, aria: { enabled: true }, ...option }, true);
  }, [option]);
  return <div ref={box} data-chart={name} aria-label={label} style={{ width: '100%', height }} />;
}

const YOY_KEYS: readonly (keyof KeyTotals)[] = ['newReceived', 'concluded', 'granted', 'reviews', 'lawsuits'];

export default function DashboardCharts({ rollup }: { rollup: RollupView }) {
  const { overall, year } = rollup;
  const options = useMemo(() => {
    // Per agency, each agency's own records (a county's row here is its own, not its sum).
    const own = rollup.agencies.map((a) => ({
      name: a.childIds.length > 0 ? `${a.agencyName}（本级）` : a.agencyName,
      totals: a.figures ? keyTotals(a.figures) : null,
      timeliness: a.ownTimeliness,
    }));
    const names = own.map((a) => a.name);
    const barAxis = { type: 'category', data: names, axisLabel: { interval: 0, width: 90, overflow: 'truncate' } };
    const outcome: echarts.EChartsCoreOption = {
      tooltip: { trigger: 'item', formatter: '{b}：{c}件（{d}%）' },
      legend: { bottom: 0, type: 'plain' },
      series: [{ type: 'pie', name: '办理结果', radius: ['35%', '65%'], center: ['50%', '45%'], data: overall.byOutcome.filter((s) => (s.value ?? 0) > 0).map((s) => ({ name: s.label, value: s.value })) }],
    };
    const types: echarts.EChartsCoreOption = {
      tooltip: { trigger: 'axis' },
      grid: { left: 100, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: overall.byApplicantType.map((s) => s.label), inverse: true },
      series: [{ type: 'bar', name: '本年新收申请', data: overall.byApplicantType.map((s) => s.value ?? 0), label: { show: true, position: 'right' } }],
    };
    const previous = overall.previousTotals;
    const yoy: echarts.EChartsCoreOption = {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 56 },
      xAxis: { type: 'category', data: YOY_KEYS.map((k) => KEY_TOTAL_LABELS[k].replace('本年', '')) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        ...(previous ? [{ type: 'bar', name: `${year - 1}年`, data: YOY_KEYS.map((k) => previous[k] ?? 0), itemStyle: { color: '#bfbfbf' } }] : []),
        { type: 'bar', name: `${year}年`, data: YOY_KEYS.map((k) => overall.totals[k] ?? 0), label: { show: true, position: 'top' } },
      ],
    };
    const onTime: echarts.EChartsCoreOption = {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '无办结申请') },
      grid: { left: 40, right: 16, top: 24, bottom: 64 },
      xAxis: barAxis,
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        {
          type: 'bar',
          name: '按时答复率',
          data: own.map((a) => (a.timeliness.onTimeRate === null ? null : Math.round(a.timeliness.onTimeRate * 1000) / 10)),
          label: { show: true, position: 'top', formatter: '{c}%' },
        },
      ],
    };
    const overdue: echarts.EChartsCoreOption = {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 64 },
      xAxis: barAxis,
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '当前逾期', data: own.map((a) => a.timeliness.overdueNow), itemStyle: { color: '#cf1322' }, label: { show: true, position: 'top' } }],
    };
    return { outcome, types, yoy, onTime, overdue };
  }, [rollup, overall, year]);

  const charts = [
    { name: 'outcome', title: `${year}年办理结果`, option: options.outcome, empty: !overall.byOutcome.some((s) => (s.value ?? 0) > 0) },
    { name: 'applicant-types', title: `${year}年新收申请的申请人类型`, option: options.types },
    { name: 'year-on-year', title: `与${year - 1}年比较`, option: options.yoy },
    { name: 'on-time', title: `${year}年按时答复率（各机关本级）`, option: options.onTime },
    { name: 'overdue', title: '当前逾期未答复（各机关本级）', option: options.overdue },
  ];
  return (
    <Row gutter={[16, 16]}>
      {charts.map((c) => (
        <Col key={c.name} xs={24} lg={12} xxl={8}>
          <Card size="small" title={c.title}>
            {c.empty ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年度没有办结的申请" style={{ height: 248 }} /> : <EChart name={c.name} label={c.title} option={c.option} />}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
