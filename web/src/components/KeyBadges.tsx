import type { ApiKey } from '../api';
import { Badge, type Tone } from './Badge';

const STATUS: Record<ApiKey['status'], { label: string; tone: Tone }> = {
  active: { label: 'Active', tone: 'green' },
  expired: { label: 'Expired', tone: 'gray' },
  revoked: { label: 'Revoked', tone: 'red' },
};

/** The key reminders in words: rotation due after 90 days, unused for 30 days, expiring within 7 days. */
const FLAGS: Record<string, { label: string; tone: Tone; title: string }> = {
  rotation_due: { label: 'Rotation due', tone: 'amber', title: 'Older than 90 days: roll it to rotate it' },
  unused: { label: 'Unused', tone: 'amber', title: 'Not used for 30 days: revoke it if nothing needs it' },
  expiring_soon: { label: 'Expiring soon', tone: 'amber', title: 'Expires within 7 days: roll it to keep the integration working' },
  leaked: { label: 'Leaked', tone: 'red', title: 'Revoked because it was reported as publicly exposed' },
};

export function StatusBadge({ status }: { status: ApiKey['status'] }) {
  const s = STATUS[status];
  return <Badge tone={s.tone}>{s.label}</Badge>;
}

export function FlagBadges({ flags }: { flags: readonly string[] }) {
  return (
    <>
      {flags.map((f) => {
        const known = FLAGS[f] ?? { label: f.replace(/_/g, ' '), tone: 'blue' as const, title: f };
        return (
          <Badge key={f} tone={known.tone} title={known.title}>
            {known.label}
          </Badge>
        );
      })}
    </>
  );
}
