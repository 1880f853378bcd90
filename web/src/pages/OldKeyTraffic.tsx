import { type ApiKey, getKey } from '../api';
import { useLoad } from '../hooks';
import { Time } from '../components/Time';
import { PERIODS, fetchKeyUsage, total } from '../usage';

/**
 * During a roll's grace period: is the old key still carrying traffic? "Old key: N requests in the last
 * hour, last at …", refreshed every 15 s, so its owner can see when the cut-over is done.
 */
export function OldKeyTraffic({ k }: { k: ApiKey }) {
  // A transient failure leaves the last figure in place; the next refresh tries again.
  const { data: state } = useLoad(
    async () => {
      const [usage, fresh] = await Promise.all([fetchKeyUsage(k.id, PERIODS[0]), getKey(k.id)]);
      return { requests: total(usage.buckets, 'requests'), lastUsedAt: fresh.last_used_at };
    },
    [k.id],
    15_000,
  );

  if (!state) return null;
  return (
    <span class="linked old-key-traffic" data-testid="old-key-traffic">
      Old key: {state.requests} {state.requests === 1 ? 'request' : 'requests'} in the last hour
      {state.lastUsedAt ? (
        <>
          , last at <Time iso={state.lastUsedAt} />
        </>
      ) : (
        ', never used'
      )}
    </span>
  );
}
