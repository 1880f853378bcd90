import { useEffect, useState } from 'preact/hooks';
import { type ApiKey, api, seg } from '../api';
import { Time } from '../components/Time';
import { PERIODS, fetchKeyUsage, total } from '../usage';

/**
 * During a roll's grace period: is the old key still carrying traffic? "Old key: N requests in the last
 * hour, last at …", refreshed every 15 s, so its owner can see when the cut-over is done.
 */
export function OldKeyTraffic({ k }: { k: ApiKey }) {
  const [state, setState] = useState<{ requests: number; lastUsedAt: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const [usage, fresh] = await Promise.all([fetchKeyUsage(k.id, PERIODS[0]), api.get<ApiKey>(`/api/keys/${seg(k.id)}`)]);
        if (live) setState({ requests: total(usage.buckets, 'requests'), lastUsedAt: fresh.last_used_at });
      } catch {
        // A transient failure leaves the last figure in place; the next refresh tries again.
      }
    };
    void load();
    const timer = setInterval(load, 15_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [k.id]);

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
