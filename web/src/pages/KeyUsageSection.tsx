import { useState } from 'preact/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { PeriodSelect } from '../components/PeriodSelect';
import { UsageChart } from '../components/UsageChart';
import { useLoad } from '../hooks';
import { PERIODS, fetchKeyUsage, total } from '../usage';

/**
 * A key's traffic: requests and 429s over the last hour, day, 7 days or 30 days. A section of its own so
 * the key detail page can embed it as it is.
 */
export function KeyUsageSection({ keyId, keyName }: { keyId: string; keyName: string }) {
  const [periodId, setPeriodId] = useState('day');
  const period = PERIODS.find((p) => p.id === periodId) ?? PERIODS[1];
  const { data: usage, error } = useLoad(() => fetchKeyUsage(keyId, period), [keyId, periodId], 30_000);

  return (
    <section class="usage-section stack" aria-labelledby="usage-heading">
      <div class="toolbar">
        <h2 id="usage-heading" class="section-title">
          Usage
        </h2>
        <PeriodSelect value={periodId} onChange={setPeriodId} />
      </div>
      <ErrorAlert error={error} />
      {usage && (
        <>
          <p class="usage-totals" data-testid="usage-totals">
            <strong>{total(usage.buckets, 'requests')}</strong> requests, <strong>{total(usage.buckets, 'rate_limited')}</strong> rate limited (429),{' '}
            <strong>{total(usage.buckets, 'client_errors')}</strong> other client errors — {period.label.toLowerCase()}
          </p>
          <UsageChart buckets={usage.buckets} label={`Requests and 429s of ${keyName}, ${period.label.toLowerCase()}`} />
        </>
      )}
    </section>
  );
}
