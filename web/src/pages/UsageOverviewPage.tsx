import { useState } from 'preact/hooks';
import type { KeyUsageTotals, UsageOverview } from '../api';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { PeriodSelect } from '../components/PeriodSelect';
import { UsageChart } from '../components/UsageChart';
import { useLoad, useTitle } from '../hooks';
import { linkClick } from '../router';
import { PERIODS, type KeyUsage, fetchKeyUsage, fetchUsageOverview } from '../usage';

/** What the page shows for one period: the top lists, and the busiest key's buckets (none when idle). */
interface Shown {
  periodId: string;
  overview: UsageOverview;
  busiest: KeyUsage | null;
}

/** /settings/usage (keys:admin): the workspace's busiest keys over a period, and the busiest one's chart. */
export function UsageOverviewPage() {
  useTitle('Key usage');
  const [periodId, setPeriodId] = useState('month');
  const period = PERIODS.find((p) => p.id === periodId) ?? PERIODS[3];
  const during = period.label.toLowerCase();

  const { data: shown, error } = useLoad(async (): Promise<Shown> => {
    const overview = await fetchUsageOverview(period);
    const first = overview.by_requests[0];
    const busiest = first ? await fetchKeyUsage(first.key.id, period) : null;
    return { periodId, overview, busiest };
  }, [periodId]);

  const current = shown?.periodId === periodId ? shown : null;
  const overview = current?.overview;
  const first = overview?.by_requests[0];
  return (
    <section class="usage-section stack" aria-busy={!current && !error}>
      <div class="toolbar">
        <h1 tabIndex={-1}>Key usage</h1>
        <PeriodSelect value={periodId} onChange={setPeriodId} />
      </div>
      <p>The workspace's busiest keys over the {during}.</p>
      <ErrorAlert error={error} />
      {overview && !first && <p>No key has been used in the {during}.</p>}
      {first && current?.busiest && (
        <UsageChart buckets={current.busiest.buckets} label={`Requests and 429s of ${first.key.name}, the busiest key, ${during}`} />
      )}
      {overview && first && <TopTable caption={`Most requests, ${during}`} rows={overview.by_requests} />}
      {overview && first && overview.by_rate_limited.length === 0 && <p>No key was rate limited (429) in the {during}.</p>}
      {overview && overview.by_rate_limited.length > 0 && <TopTable caption={`Most rate limited (429), ${during}`} rows={overview.by_rate_limited} />}
    </section>
  );
}

function TopTable({ caption, rows }: { caption: string; rows: KeyUsageTotals[] }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.key.id}
      caption={caption}
      columns={[
        {
          label: 'Key',
          cell: (r) => (
            <>
              <a href={`/settings/api-keys/${encodeURIComponent(r.key.id)}/usage`} onClick={linkClick}>
                {r.key.name}
              </a>{' '}
              <code class="hint">{r.key.hint}</code>
            </>
          ),
        },
        { label: 'Owner', cell: (r) => r.key.owner.name },
        { label: 'Requests', cell: (r) => r.requests },
        { label: 'Rate limited (429)', cardLabel: 'Rate limited', cell: (r) => r.rate_limited },
      ]}
    />
  );
}
