import type { Generated } from 'kysely';
import type { UsageCounts } from './types.js';

/** Table shapes as stored. Timestamps are epoch milliseconds (integer / bigint), JSON columns are text. */
export interface WorkspaceTable {
  id: string;
  name: string;
  created_at: number;
  max_key_lifetime_days: number;
  require_key_expiry: number;
  require_two_factor: Generated<number>;
  /** JSON: custom permission → roles holding it (src/users/custom-permissions.ts). */
  custom_permissions: Generated<string>;
  /** Moves with every change to the workspace's protected APIs (migration 012). */
  protected_apis_version: Generated<number>;
}

export interface UserTable {
  id: string;
  workspace_id: string;
  /** Null for a service account. */
  email: string | null;
  name: string;
  role: string;
  /** Null for a service account. */
  password_hash: string | null;
  disabled: number;
  created_at: number;
  must_change_password: Generated<number>;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | null;
  email_verified: Generated<number>;
  /** 'person' or 'service'. */
  kind: Generated<string>;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  workspace_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  stage: string;
  ip: string | null;
  user_agent: string | null;
  last_seen_at: number | null;
  reauth_at: number | null;
}

export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  used_at: number | null;
}

/** One-time links sent by email: only the token's SHA-256 is stored. */
export interface AccountTokenTable {
  token_hash: string;
  user_id: string;
  workspace_id: string;
  purpose: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface UserIpTable {
  user_id: string;
  ip: string;
  last_seen: number;
}

export interface ContactTable {
  id: string;
  workspace_id: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  notes: string | null;
  tags: string;
  created_at: number;
  updated_at: number;
  /** Folded copies for search (src/store/search.ts), written with every create and update. */
  search_name: string | null;
  search_email: string | null;
  search_company: string | null;
}

export interface ApiKeyTable {
  id: string;
  workspace_id: string;
  user_id: string;
  key_hash: string;
  hint: string;
  name: string;
  created_at: number;
  created_by: string;
  expires_at: number | null;
  last_used_at: number | null;
  last_used_ip: string | null;
  revoked_at: number | null;
  revoked_by: string | null;
  revoked_reason: string | null;
  restriction: string | null;
  rate_limit_per_minute: number | null;
  rate_limit_per_second: number | null;
  rolled_from: string | null;
  replaced_by: string | null;
  /** JSON array of addresses and CIDRs; null = anywhere. */
  allowed_ips: string | null;
  revoke_when_idle_ms: number | null;
}

export interface AuditTable {
  id: string;
  workspace_id: string;
  at: number;
  action: string;
  actor_type: string;
  actor_id: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string;
}

export interface KeyEventTable {
  id: string;
  workspace_id: string;
  key_id: string;
  owner_id: string;
  type: string;
  threshold: string;
  at: number;
  data: string;
}

export interface NotificationTable {
  id: string;
  workspace_id: string;
  user_id: string;
  event_id: string | null;
  type: string;
  at: number;
  read_at: number | null;
  data: string;
}

export interface WebhookTable {
  id: string;
  workspace_id: string;
  url: string;
  events: string;
  enabled: number;
  secret: string;
  created_at: number;
  failing_since: number | null;
  disabled_reason: string | null;
}

export interface DeliveryTable {
  id: string;
  workspace_id: string;
  event_id: string;
  channel: string;
  webhook_id: string | null;
  user_id: string | null;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  locked_until: number | null;
  locked_by: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_duration_ms: number | null;
  created_at: number;
  updated_at: number;
}

export interface NotificationPreferenceTable {
  user_id: string;
  event_type: string;
  email: number;
}

/** One key's counters for one bucket (a minute, or an hour once rolled up); each counter is a column of its name. */
export interface KeyUsageTable extends UsageCounts {
  key_id: string;
  span_ms: number;
  start: number;
  workspace_id: string;
}

export interface KeyIpTable {
  key_id: string;
  ip: string;
  last_seen: number;
}

/**
 * PostgreSQL only (migration 006): one row whose `version` moves with every commit that changes
 * authentication state, whoever writes it.
 */
export interface AuthVersionTable {
  id: number;
  version: number;
}

/** Migration 007: the first answer to each Idempotency-Key of a principal, kept 24 hours. */
export interface IdempotencyTable {
  workspace_id: string;
  principal: string;
  idempotency_key: string;
  fingerprint: string;
  created_at: number;
  status: number | null;
  body: string | null;
}

/** Migration 012: a workspace's protected API; `hosts` and `rules` are JSON text. */
export interface ProtectedApiTable {
  id: string;
  workspace_id: string;
  name: string;
  hosts: string;
  path_prefix: string;
  rules: string;
  created_at: number;
  updated_at: number;
}

/** One row per workspace: a counter per resource, moved by triggers with every write of it (migration 013). */
export interface ResourceVersionTable {
  workspace_id: string;
  contacts: number;
  keys: number;
  users: number;
  workspace: number;
  audit: number;
  notifications: number;
}

export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  sessions: SessionTable;
  contacts: ContactTable;
  api_keys: ApiKeyTable;
  audit_events: AuditTable;
  key_events: KeyEventTable;
  notifications: NotificationTable;
  webhooks: WebhookTable;
  deliveries: DeliveryTable;
  notification_preferences: NotificationPreferenceTable;
  key_usage: KeyUsageTable;
  key_ips: KeyIpTable;
  recovery_codes: RecoveryCodeTable;
  user_ips: UserIpTable;
  account_tokens: AccountTokenTable;
  auth_version: AuthVersionTable;
  idempotency_keys: IdempotencyTable;
  protected_apis: ProtectedApiTable;
  resource_versions: ResourceVersionTable;
}
