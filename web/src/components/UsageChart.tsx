import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { UsageBucket } from '../usage';

interface UsageChartProps {
  buckets: UsageBucket[];
  /** Accessible name of the chart (its numbers are also given as text beside it). */
  label: string;
  height?: number;
}

/**
 * Requests and 429s per bucket, drawn with uPlot (a 50 KB canvas chart). Self-contained: give it the
 * buckets of GET /api/keys/{id}/usage; it fills its container's width and follows resizes (phones too).
 */
export function UsageChart({ buckets, label, height = 220 }: UsageChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data: uPlot.AlignedData = [buckets.map((b) => Date.parse(b.start) / 1000), buckets.map((b) => b.requests), buckets.map((b) => b.rate_limited)];
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height,
      legend: { show: true },
      cursor: { points: { size: 6 } },
      scales: { y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [{ stroke: '#555' }, { stroke: '#555', size: 44 }],
      series: [{}, { label: 'Requests', stroke: '#2563eb', fill: 'rgba(37, 99, 235, 0.12)', width: 2 }, { label: '429s', stroke: '#dc2626', width: 2 }],
    };
    chart.current?.destroy();
    chart.current = new uPlot(opts, data, el);
    const resize = new ResizeObserver(() => chart.current?.setSize({ width: Math.max(240, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [buckets, height]);

  return <div class="usage-chart" ref={box} role="img" aria-label={label} />;
}
