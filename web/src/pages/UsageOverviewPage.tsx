import { useEffect, useState } from 'preact/hooks';
import { type KeyUsageTotals, type UsageOverview, api } from '../api';
import { ErrorAlert } from '../components/ErrorAlert';
import { UsageChart } from '../components/UsageChart';
import { useTitle } from '../hooks';
import { linkClick } from '../router';
import { PERIODS, type KeyUsage, fetchKeyUsage } from '../usage';

/** /settings/usage (keys:admin): the workspace's busiest keys over 30 days, and the busiest one's chart. */
export function UsageOverviewPage() {
  useTitle('Key usage');
  const [overview, setOverview] = useState<UsageOverview | null>(null);
  const [top, setTop] = useState<KeyUsage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.get<UsageOverview>('/api/usage/keys').then(async (o) => {
      setOverview(o);
      const busiest = o.by_requests[0];
      if (busiest) setTop(await fetchKeyUsage(busiest.key.id, PERIODS[3]));
    }, setError);
  }, []);

  return (
    <section class="stack">
      <h1 tabIndex={-1}>Key usage</h1>
      <p>The workspace's busiest keys over the last 30 days.</p>
      <ErrorAlert error={error} />
      {overview && overview.by_requests.length === 0 && <p>No key has been used in the last 30 days.</p>}
      {overview && top && overview.by_requests[0] && (
        <UsageChart buckets={top.buckets} label={`Requests and 429s per day of ${overview.by_requests[0].key.name}, the busiest key`} />
      )}
      {overview && overview.by_requests.length > 0 && <TopTable caption="Most requests" rows={overview.by_requests} />}
      {overview && overview.by_rate_limited.length > 0 && <TopTable caption="Most rate limited (429)" rows={overview.by_rate_limited} />}
    </section>
  );
}

function TopTable({ caption, rows }: { caption: string; rows: KeyUsageTotals[] }) {
  return (
    <div class="table-wrap">
      <table class="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Owner</th>
            <th scope="col">Requests</th>
            <th scope="col">429s</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key.id}>
              <td data-label="Key">
                <a href={`/settings/api-keys/${encodeURIComponent(r.key.id)}/usage`} onClick={linkClick}>
                  {r.key.name}
                </a>{' '}
                <code class="hint">{r.key.hint}</code>
              </td>
              <td data-label="Owner">{r.key.owner.name}</td>
              <td data-label="Requests">{r.requests}</td>
              <td data-label="429s">{r.rate_limited}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
