import { useEffect, useId, useState } from 'preact/hooks';
import { type Webhook, type WebhookDelivery, api, ok } from '../api';
import { Button } from '../components/Button';
import { Badge } from '../components/Badge';
import { DataTable, actionsColumn } from '../components/DataTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { Time } from '../components/Time';
import { useLoad } from '../hooks';
import { eventText, responseText, statusText } from './webhook-words';

/** The log shows this many of the newest deliveries. */
const LOG_SIZE = 10;
/** How often the log refreshes by itself, and while a test event waits for its result. */
const REFRESH_MS = 15_000;
const WAIT_POLL_MS = 1_000;
/** A test stops being watched after this long (the scheduler runs every minute by default). */
const WAIT_LIMIT_MS = 150_000;

type Test =
  | { state: 'sending' }
  | { state: 'waiting'; id: string; after: string; since: number }
  | { state: 'done'; delivery: WebhookDelivery }
  | { state: 'stale' }
  | { state: 'error'; error: unknown };

interface WebhookCardProps {
  webhook: Webhook;
  onEdit: () => void;
  onRoll: () => void;
  onDelete: () => void;
}

/** One endpoint: what it receives, its actions, the result of a test event in place, and its delivery log. */
export function WebhookCard({ webhook: w, onEdit, onRoll, onDelete }: WebhookCardProps) {
  const headingId = useId();
  const [test, setTest] = useState<Test | null>(null);
  const deliveries = useLoad(
    () => ok(api.GET('/api/webhooks/{id}/deliveries', { params: { path: { id: w.id }, query: { limit: LOG_SIZE } } })).then((page) => page.data),
    [w.id],
    REFRESH_MS,
  );
  const { data: log, error: logError } = deliveries;
  const loadLog = deliveries.reload;

  // While a test event waits for its first attempt, the log is read every second.
  const waitingId = test?.state === 'waiting' ? test.id : null;
  useEffect(() => {
    if (!waitingId) return;
    const timer = setInterval(loadLog, WAIT_POLL_MS);
    return () => clearInterval(timer);
  }, [waitingId, loadLog]);
  // Each answer is checked for the awaited attempt: an attempt (or its end) changes `updated_at`; a
  // redelivery starts from the log entry's last one.
  useEffect(() => {
    if (test?.state !== 'waiting') return;
    const d = log?.find((x) => x.id === test.id);
    if (d && d.updated_at !== test.after) setTest({ state: 'done', delivery: d });
    else if (Date.now() - test.since > WAIT_LIMIT_MS) setTest({ state: 'stale' });
  }, [log]);

  const sendTest = async () => {
    setTest({ state: 'sending' });
    try {
      const d = await ok(api.POST('/api/webhooks/{id}/test', { params: { path: { id: w.id } } }));
      setTest({ state: 'waiting', id: d.id, after: d.updated_at, since: Date.now() });
      loadLog();
    } catch (error) {
      setTest({ state: 'error', error });
    }
  };

  const redeliver = async (d: WebhookDelivery) => {
    try {
      const queued = await ok(api.POST('/api/webhooks/{id}/deliveries/{delivery_id}/redeliver', { params: { path: { id: w.id, delivery_id: d.id } } }));
      setTest({ state: 'waiting', id: d.id, after: queued.updated_at, since: Date.now() });
      loadLog();
    } catch (error) {
      setTest({ state: 'error', error });
    }
  };

  return (
    <li class="webhook-card">
      <div class="webhook-card-head">
        <div class="webhook-card-title">
          <h2 id={headingId} class="webhook-url">
            {w.url}
          </h2>
          <p class="webhook-meta muted">
            {w.enabled ? (
              <Badge tone="green">Enabled</Badge>
            ) : (
              <Badge tone={w.disabled_reason ? 'red' : 'gray'}>{w.disabled_reason ? 'Disabled by Keyward' : 'Paused'}</Badge>
            )}{' '}
            Added <Time iso={w.created_at} dateOnly />
            {w.failing_since && (
              <>
                {' '}
                ·{' '}
                <span class="warn-text">
                  failing since <Time iso={w.failing_since} />
                </span>
              </>
            )}
          </p>
          {w.disabled_reason && (
            <p class="muted small">
              {w.disabled_reason === 'failing'
                ? 'Keyward turned it off after its deliveries had failed for 3 days. Fix the receiver, then Edit it and turn deliveries back on.'
                : `Turned off: ${w.disabled_reason}.`}
            </p>
          )}
        </div>
        <div class="webhook-actions">
          <Button small variant="primary" onClick={() => void sendTest()} disabled={test?.state === 'sending'}>
            {test?.state === 'sending' ? 'Sending…' : 'Send test event'}
          </Button>
          <Button small onClick={onEdit}>
            Edit
          </Button>
          <Button small onClick={onRoll}>
            Roll secret
          </Button>
          <Button small variant="danger-outline" onClick={onDelete}>
            Delete
          </Button>
        </div>
      </div>
      <ul class="webhook-events" aria-label="Events sent">
        {w.events.map((e) => (
          <li key={e} class="tag">
            {e}
          </li>
        ))}
      </ul>
      <div class="test-result" role="status" data-testid="test-result">
        <TestResult test={test} />
      </div>
      <div class="delivery-log-head">
        <div>
          <h3>Delivery log</h3>
          <p class="muted small">Newest first; refreshes every {REFRESH_MS / 1000} seconds.</p>
        </div>
        <Button small onClick={loadLog}>
          Refresh
        </Button>
      </div>
      <ErrorAlert error={logError} />
      {log && log.length === 0 && <p class="muted">No deliveries yet. Send a test event to try the endpoint.</p>}
      {log && log.length > 0 && (
        <DataTable
          rows={log}
          rowKey={(d) => d.id}
          rowAttrs={(d) => ({ 'data-delivery-id': d.id })}
          wrapClass="delivery-log-wrap"
          tableClass="delivery-log"
          caption={`Deliveries to ${w.url}, newest first`}
          captionClass="visually-hidden"
          columns={[
            { label: 'Time', cell: (d) => <Time iso={d.created_at} /> },
            { label: 'Event', cell: (d) => eventText(d.type) },
            {
              label: 'Status',
              cell: (d) => (
                <Badge tone={d.status === 'delivered' ? 'green' : d.status === 'failed' ? 'red' : d.attempts > 0 ? 'amber' : 'gray'}>{statusText(d)}</Badge>
              ),
            },
            { label: 'Response', cell: (d) => responseText(d) ?? '—' },
            { label: 'Attempts', cell: (d) => d.attempts },
            { label: 'Next try', cell: (d) => (d.next_attempt_at ? <Time iso={d.next_attempt_at} /> : '—') },
            actionsColumn(
              (d: WebhookDelivery) => (
                <Button small onClick={() => void redeliver(d)}>
                  Redeliver
                </Button>
              ),
              'delivery-actions',
            ),
          ]}
        />
      )}
    </li>
  );
}

/** The latest test (or redelivery) in words: sent, waiting, or what the endpoint answered. */
function TestResult({ test }: { test: Test | null }) {
  if (!test) return null;
  if (test.state === 'sending') return <p>Sending a test event…</p>;
  if (test.state === 'waiting') return <p>Queued: waiting for the endpoint's answer…</p>;
  if (test.state === 'stale') return <p>Still queued: the server sends deliveries on its next scheduled run. The delivery log below will show the result.</p>;
  if (test.state === 'error') return <ErrorAlert error={test.error} />;
  const d = test.delivery;
  const answer = responseText(d);
  if (d.status === 'delivered') {
    return (
      <p class="test-ok">
        <strong>Delivered</strong> — the endpoint answered {answer ?? 'OK'} (<Time iso={d.updated_at} />
        ).
      </p>
    );
  }
  return (
    <p class="test-failed">
      <strong>{d.status === 'failed' ? 'Failed' : 'Not delivered'}</strong> — {answer ?? 'no answer'}
      {d.next_attempt_at ? (
        <>
          ; Keyward tries again at <Time iso={d.next_attempt_at} />.
        </>
      ) : (
        '.'
      )}
    </p>
  );
}
