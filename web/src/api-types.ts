/**
 * Generated from the OpenAPI document the server serves (/openapi.json) by openapi-typescript
 * (`npm run gen:api-types`): do not edit. test/contract/api-types.test.ts fails when it is stale.
 *
 * Its repeated blocks are the document's shapes (each operation's parameters, responses and errors, written
 * out in full by the generator): a repeat is changed in the document (src/http/schemas), not merged here.
 */

export interface paths {
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log, newest first, filtered by actor, action, target and time
         * @description Every key, user and sign-in event of the workspace, newest first; since and until are RFC 3339 times.
         *
         *     Requires the `audit:read` permission.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts, newest first; search name, email and company with q
         * @description Pages of at most `limit` contacts (default 25), newest first. Pass the previous page's `next_cursor` as `cursor` for the next page; `next_cursor` is null on the last page.
         *
         *     Requires the `contacts:read` permission.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Only `name` is required. Unknown fields are refused (400 validation_error).
         *
         *     Requires the `contacts:write` permission.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description One contact of the caller's workspace; another workspace's id answers 404.
         *
         *     Requires the `contacts:read` permission.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Deletes the contact for good.
         *
         *     Requires the `contacts:delete` permission.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes the fields sent (at least one); null clears an optional field.
         *
         *     Requires the `contacts:write` permission.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List keys, newest first: one's own (scope=mine) or the workspace's (scope=workspace, keys:admin)
         * @description Never returns a plaintext key or a hash. Filter by status; scope=workspace lists every key of the workspace and needs keys:admin.
         *
         *     Requires the `keys:own` permission.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create a key; the response holds the plaintext key this once
         * @description The plaintext `key` is in this response only: store it now. Give expires_at or expires_in_days (not both) within the workspace maximum; restriction limits the key to some of your permissions; rate_limit needs keys:admin.
         *
         *     Requires the `keys:own` permission.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a key
         * @description One of your keys (any key of the workspace with keys:admin).
         *
         *     Requires the `keys:own` permission.
         */
        get: operations["getKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a key; change its rate limit (keys:admin)
         * @description Renames a key (1–100 characters after trimming) or changes its rate limit (keys:admin).
         *
         *     Requires the `keys:own` permission.
         */
        patch: operations["updateKey"];
        trace?: never;
    };
    "/api/keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a key at once (idempotent)
         * @description The key stops working at once on every instance; revoking a revoked key changes nothing.
         *
         *     Requires the `keys:own` permission.
         */
        post: operations["revokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a key: a new key (shown once) and the old one expiring after grace_seconds (default 86400, at most 604800)
         * @description Creates a replacement with the same name, restriction and rate limit (its plaintext shown once) and lets the old key expire after grace_seconds, so deployments can switch without downtime.
         *
         *     Requires the `keys:own` permission.
         */
        post: operations["rollKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A key's requests per minute, hour or day (its owner, or keys:admin)
         * @description One key's requests counted per minute, hour or day between from and to (granularity defaults to minute; the default period ends with the current bucket and spans an hour of minutes, a day of hours or 30 days), split into 2xx, other 4xx, 429 and uses while revoked or expired. Minutes are kept 48 hours, hours and days 90 days. Your own keys; any key of the workspace with keys:admin.
         *
         *     Requires the `keys:own` permission.
         */
        get: operations["getKeyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/revoke-leaked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report leaked keys: every real key among them is revoked at once (no authentication; always 202)
         * @description Up to 1000 strings of at most 256 characters. Anyone may call it, at most 10 times a minute per address. The answer is the same whatever was found; owners see the key revoked with reason "leaked" and a key.leaked_revoked audit event.
         */
        post: operations["revokeLeakedKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who this key (or session) acts as, with its effective permissions
         * @description The key, user, workspace and the permissions this very call has: a quick way to check a key works.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which events you are emailed about
         * @description Which events you are emailed about
         *
         *     Requires the `keys:own` permission.
         */
        get: operations["getNotificationPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn email on or off per event type
         * @description Turn email on or off per event type
         *
         *     Requires the `keys:own` permission.
         */
        patch: operations["updateNotificationPreferences"];
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password; every other session of yours ends
         * @description Needs the current password (403 wrong_password, limited like sign-in). At least 12 characters. After a reset (pending: "password_change") this is the one call the session may make.
         */
        post: operations["updateMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your sessions: where, which browser, since when, last seen
         * @description Every live session of yours, newest first: its address, browser (user agent), when it started and was last seen (to the minute), and which one is this. The id names a session for DELETE; it cannot open one.
         */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        /**
         * End every session of yours but this one
         * @description Signs you out everywhere else; this session stays. Your API keys keep working.
         */
        delete: operations["deleteMyOtherSessions"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End one of your sessions (signs that browser out)
         * @description Signs that browser out at once (server-side). 404 for a session that is not yours.
         */
        delete: operations["deleteMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether two-factor sign-in is on, recovery codes left, and whether the workspace requires it
         * @description Also callable while the workspace policy forces enrolment (pending: two_factor_enrolment).
         */
        get: operations["getTwoFactor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in off: the password and a code
         * @description Needs both the current password (403 wrong_password) and a TOTP or recovery code (403 invalid_two_factor_code), and a recent password check (403 reauth_required); limited like sign-in.
         */
        post: operations["deleteTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm enrolment with a first code; returns 10 recovery codes, this once
         * @description Confirms POST /api/me/two-factor/setup with a code from the authenticator app (403 invalid_two_factor_code otherwise); from then on sign-in asks for a code. The answer holds 10 recovery codes, shown this once. Needs a recent password check (403 reauth_required).
         */
        post: operations["createTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ten new recovery codes (shown this once); the old ones stop working
         * @description Needs a recent password check (403 reauth_required); 409 two_factor_state when two-factor sign-in is off.
         */
        post: operations["createRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start two-factor enrolment: a new TOTP secret, as otpauth URI and QR code
         * @description Nothing changes until /enable confirms a code. Needs a recent password check (403 reauth_required).
         */
        post: operations["setupTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first, with the unread count
         * @description Your notifications, newest first, with the unread count
         *
         *     Requires the `keys:own` permission.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of your notifications read
         * @description Mark one of your notifications read
         *
         *     Requires the `keys:own` permission.
         */
        post: operations["updateNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
         * @description Mark all your notifications read
         *
         *     Requires the `keys:own` permission.
         */
        post: operations["updateAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protected-apis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's protected APIs, newest first
         * @description The workspace's protected APIs, newest first
         *
         *     Requires the `users:manage` permission.
         */
        get: operations["listProtectedApis"];
        put?: never;
        /**
         * Protect an API: the hosts and path prefix that select it, and its rules
         * @description Rules are tried in order; the first that matches decides.
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["createProtectedApi"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protected-apis/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a protected API
         * @description Get a protected API
         *
         *     Requires the `users:manage` permission.
         */
        get: operations["getProtectedApi"];
        put?: never;
        post?: never;
        /**
         * Stop protecting an API: its requests match nothing, so forward-auth refuses them
         * @description Stop protecting an API: its requests match nothing, so forward-auth refuses them
         *
         *     Requires the `users:manage` permission.
         */
        delete: operations["deleteProtectedApi"];
        options?: never;
        head?: never;
        /**
         * Change a protected API (rules are replaced as a whole); every instance applies it from the next request
         * @description Change a protected API (rules are replaced as a whole); every instance applies it from the next request
         *
         *     Requires the `users:manage` permission.
         */
        patch: operations["updateProtectedApi"];
        trace?: never;
    };
    "/api/usage/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's busiest keys in a period (default: the last 30 days), by requests and by 429s (keys:admin)
         * @description The keys of the workspace with the most requests and with the most 429 answers between from and to (default: the last 30 days).
         *
         *     Requires the `keys:admin` permission.
         */
        get: operations["listKeyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's users
         * @description Pages of users, newest first.
         *
         *     Requires the `users:manage` permission.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Add a user with a role
         * @description Adds a user to the workspace; only an owner may add an owner.
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a role, or disable / re-enable a user
         * @description Disabling a user ends their sessions and stops their keys at once; the last owner cannot be demoted or disabled.
         *
         *     Requires the `users:manage` permission.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/end-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of a user (signs them out everywhere)
         * @description Their API keys keep working (revoke or disable for that). An admin cannot end an owner's sessions.
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["deleteUserSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset a user's password: a temporary one shown once, or a link by email
         * @description Ends all their sessions. With method temporary_password (the default) they sign in with the temporary password and must choose a new one; with email_link (SMTP configured) they are emailed a one-time link (1 hour) to choose it, and the old password stops working once the SMTP server took the email (502 email_not_sent otherwise, and nothing changed). An admin cannot reset an owner; nobody resets their own this way (POST /api/me/password); an API key never can. Needs a recent password check (403 reauth_required).
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["updateUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a key your client presented: the same decision as forward-auth, for this workspace's keys
         * @description Answers 200 whatever the verdict: `valid`, and when not, the problem `code` Keyward would answer with. The verified key is counted (its limits, usage and last used, at `ip`); another workspace's key is answered exactly like an unknown one. Failed verifications count against the calling credential's own failed-auth gate. The caller's key must be restricted to `keys:verify` (an unrestricted key never holds it).
         *
         *     Requires the `keys:verify` permission.
         */
        post: operations["verifyKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's webhook endpoints
         * @description The workspace's webhook endpoints
         *
         *     Requires the `users:manage` permission.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add an endpoint; the response holds its signing secret this once
         * @description Add an endpoint; the response holds its signing secret this once
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an endpoint
         * @description Get an endpoint
         *
         *     Requires the `users:manage` permission.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint (pending deliveries are dropped)
         * @description Delete an endpoint (pending deliveries are dropped)
         *
         *     Requires the `users:manage` permission.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change the URL, events or enabled state
         * @description Change the URL, events or enabled state
         *
         *     Requires the `users:manage` permission.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's delivery log, newest first
         * @description The endpoint's delivery log, newest first
         *
         *     Requires the `users:manage` permission.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again (same webhook-id), now
         * @description Send a delivery again (same webhook-id), now
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["createWebhookRedelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/roll-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the new one is shown this once
         * @description Replace the signing secret; the new one is shown this once
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["rollWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook.test event to this endpoint
         * @description Send a webhook.test event to this endpoint
         *
         *     Requires the `users:manage` permission.
         */
        post: operations["createWebhookTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's workspace and its key policy
         * @description The workspace name, the longest key lifetime allowed and whether keys must expire.
         */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the workspace name, key policy (maximum lifetime in days, require an expiry) or two-factor policy
         * @description Applies to keys created from now on.
         *
         *     Requires the `users:manage` permission.
         */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/auth/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Forward-auth for a reverse proxy: is this request to a protected API allowed?
         * @description For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: 200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.
         */
        get: operations["forwardAuth"];
        /**
         * Forward-auth for a reverse proxy: is this request to a protected API allowed?
         * @description For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: 200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.
         */
        put: operations["forwardAuthPut"];
        /**
         * Forward-auth for a reverse proxy: is this request to a protected API allowed?
         * @description For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: 200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.
         */
        post: operations["forwardAuthPost"];
        /**
         * Forward-auth for a reverse proxy: is this request to a protected API allowed?
         * @description For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: 200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.
         */
        delete: operations["forwardAuthDelete"];
        /**
         * Forward-auth for a reverse proxy: is this request to a protected API allowed?
         * @description For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: 200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.
         */
        options: operations["forwardAuthOptions"];
        head?: never;
        /**
         * Forward-auth for a reverse proxy: is this request to a protected API allowed?
         * @description For nginx `auth_request`, Caddy `forward_auth` and Traefik `ForwardAuth`. The key comes from `X-API-Key` or `Authorization: Bearer`; the request asked about from `X-Original-Method`/`X-Original-URI` (nginx) or `X-Forwarded-Method`/`X-Forwarded-Uri`/`X-Forwarded-Host`. The same decision as Keyward's own API (authentication, allowlist, limits, permission), then the workspace's protected APIs: 200 with the identity headers, or the problem. Every answer carries `Keyward-Status`; for nginx (`X-Original-URI` present) a status other than 200, 401 and 403 is answered as 403, its real status in `Keyward-Status`. No body is read.
         */
        patch: operations["forwardAuthPatch"];
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets the __Host-keyward_session cookie and returns the CSRF token to send as X-CSRF-Token on state-changing calls. A wrong email and a wrong password get the same 401 invalid_credentials; repeated failures are limited per address and per account (429). When `pending` is not null the session can only finish signing in: send the two-factor code (POST /auth/login/two-factor), choose a new password after a reset (POST /api/me/password), or enrol in two-factor sign-in when the workspace requires it (/api/me/two-factor/…); any other call answers 403 with two_factor_required, password_change_required or two_factor_enrolment_required.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second sign-in step: the TOTP or a recovery code
         * @description For a session whose sign-in answered pending: "two_factor". A wrong, reused or stale code answers 403 invalid_two_factor_code (limited like passwords, 429). Each recovery code works once. The answer may still be pending (a new password, or enrolment).
         */
        post: operations["signInSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session (server-side)
         * @description Ends the session on the server and clears the cookie. Needs the X-CSRF-Token header.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose a new password with an emailed link
         * @description Chooses a new password with an emailed reset link (the token after #token=). The link works once, for 1 hour (400 invalid_link otherwise). Every session of the user ends; sign in with the new password (and a two-factor code, if on). Audited as user.password_changed; the user is told by email.
         */
        post: operations["updatePasswordWithLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: email a reset link
         * @description Forgot password: emails a one-time link (1 hour) to choose a new password to every account of this address that can sign in. Answers 204 whether or not the address is known (and in the same time: the email leaves in the background). At most 10 requests an hour from one address (429) and 3 links an hour to one address; 409 email_not_configured on a server without SMTP_URL (ask an admin, or the operator: keyward users reset-password).
         */
        post: operations["createPasswordResetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/reauth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the password (or a two-factor code) before a sensitive action
         * @description Answer to 403 reauth_required: after this, sensitive actions succeed for REAUTH_WINDOW_MINUTES (default 10). A wrong password answers 403 wrong_password, a wrong code 403 invalid_two_factor_code; both are limited like sign-in (429).
         */
        post: operations["signInAgain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user, workspace and CSRF token
         * @description For the browser app: the session cookie's user and workspace, and its CSRF token. 401 unauthenticated without a live session.
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * First run: create the workspace and its owner
         * @description Only while no user exists (see GET /auth/status): creates the first workspace and its owner, and signs in (sets the session cookie). Answers 409 already_set_up afterwards.
         */
        post: operations["setupWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new workspace with its owner (only with ALLOW_SIGNUP; SIGNUP_PER_HOUR per address)
         * @description Creates a workspace with its owner. Without SMTP_URL it signs in at once (200). With SMTP_URL the address is confirmed first (202): a link valid 24 hours is emailed, and nothing else is sent to the address nor anyone signed in until POST /auth/verify-email; 502 email_not_sent (nothing created) when the SMTP server does not take it. Refused with 403 signup_disabled unless the server runs with ALLOW_SIGNUP; at most SIGNUP_PER_HOUR sign-ups an hour from one address.
         */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether first-run setup is still needed, and whether sign-up is open
         * @description Public: tells a sign-in page whether to offer first-run setup and sign-up.
         */
        get: operations["getAuthStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a sign-up's email address and sign in
         * @description Opens the link a sign-up emailed (the token after #token=): the address is confirmed, and this browser is signed in. The link works once, for 24 hours (400 invalid_link otherwise; signing in with the password sends a new one).
         */
        post: operations["createEmailVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Liveness: answers 200 while the process runs; touches no storage.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Storage reachable; which rate-limit store is in use
         * @description Readiness: 200 when storage answers (status degraded when the rate limiter fell back to local memory), 503 when it does not or when it refuses writes for want of space (storage.status full).
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description An API key; never its plaintext or hash
         * @example {
         *       "id": "key_5Nc1pZ7yD3",
         *       "name": "CI deploys",
         *       "hint": "ak_live_3f…9QwZ",
         *       "status": "active",
         *       "flags": [],
         *       "owner": {
         *         "id": "usr_7Hq2mK9xP4",
         *         "email": "ada@example.com",
         *         "name": "Ada Lovelace"
         *       },
         *       "created_at": "2026-06-01T12:00:00.000Z",
         *       "created_by": "usr_7Hq2mK9xP4",
         *       "expires_at": "2026-08-30T12:00:00.000Z",
         *       "last_used_at": null,
         *       "last_used_ip": null,
         *       "revoked_at": null,
         *       "revoked_by": null,
         *       "revoked_reason": null,
         *       "permissions": [
         *         "contacts:read"
         *       ],
         *       "restriction": [
         *         "contacts:read"
         *       ],
         *       "rate_limit": {
         *         "per_minute": 600,
         *         "per_second": 20
         *       },
         *       "rolled_from": null,
         *       "replaced_by": null,
         *       "allowed_ips": null
         *     }
         */
        ApiKey: {
            /** @description Addresses and CIDRs the key may be used from; null = anywhere */
            allowed_ips: string[] | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            /** @description The user who created the key (an admin may create keys on behalf of others) */
            created_by: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            expires_at: string | null;
            flags: components["schemas"]["KeyFlag"][];
            /** @description The first and last characters of the key, to recognise it */
            hint: string;
            id: string;
            /**
             * Format: date-time
             * @description The last accepted request (within 5 s); refused attempts (revoked, expired, outside the allowlist, rate-limited) do not count
             */
            last_used_at: string | null;
            /** @description The client address of that accepted request */
            last_used_ip: string | null;
            name: string;
            owner: {
                email: string;
                id: string;
                name: string;
            };
            /** @description What the key may do now: its owner's role ∩ its restriction */
            permissions: components["schemas"]["Permission"][];
            rate_limit: components["schemas"]["RateLimit"];
            replaced_by: string | null;
            /** @description The permissions the key is limited to; null: its owner's, less the management ones */
            restriction: components["schemas"]["Permission"][] | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            revoked_at: string | null;
            /** @description Who revoked the key */
            revoked_by: {
                id: string;
                name: string;
            } | null;
            /** @description revoked, or leaked when reported through /api/keys/revoke-leaked */
            revoked_reason: string | null;
            rolled_from: string | null;
            status: components["schemas"]["KeyStatus"];
        };
        /** @description A page of keys, newest first */
        ApiKeyPage: {
            data: components["schemas"]["ApiKey"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        /**
         * @description A key as created or rolled: the only response that carries the plaintext
         * @example {
         *       "id": "key_5Nc1pZ7yD3",
         *       "name": "CI deploys",
         *       "hint": "ak_live_3f…9QwZ",
         *       "status": "active",
         *       "flags": [],
         *       "owner": {
         *         "id": "usr_7Hq2mK9xP4",
         *         "email": "ada@example.com",
         *         "name": "Ada Lovelace"
         *       },
         *       "created_at": "2026-06-01T12:00:00.000Z",
         *       "created_by": "usr_7Hq2mK9xP4",
         *       "expires_at": "2026-08-30T12:00:00.000Z",
         *       "last_used_at": null,
         *       "last_used_ip": null,
         *       "revoked_at": null,
         *       "revoked_by": null,
         *       "revoked_reason": null,
         *       "permissions": [
         *         "contacts:read"
         *       ],
         *       "restriction": [
         *         "contacts:read"
         *       ],
         *       "rate_limit": {
         *         "per_minute": 600,
         *         "per_second": 20
         *       },
         *       "rolled_from": null,
         *       "replaced_by": null,
         *       "allowed_ips": null,
         *       "key": "ak_live_3fJ2…9QwZ"
         *     }
         */
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description The plaintext key, shown this once */
            key: string;
        };
        /**
         * @description What happened: one of the actions the server records
         * @enum {string}
         */
        AuditAction: "user.login" | "user.logout" | "user.login_failed" | "user.created" | "user.role_changed" | "user.disabled" | "user.enabled" | "user.password_changed" | "user.password_reset" | "user.sessions_ended" | "user.two_factor_enabled" | "user.two_factor_disabled" | "user.recovery_codes_regenerated" | "user.new_sign_in_address" | "user.email_verified" | "key.created" | "key.renamed" | "key.rate_limit_changed" | "key.allowed_ips_changed" | "key.auto_revoked" | "key.new_ip" | "key.ip_not_allowed" | "key.revoked" | "key.rolled" | "key.expired_use" | "key.revoked_use" | "key.leaked_revoked" | "workspace.updated" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret_rolled" | "webhook.tested" | "webhook.redelivered" | "protected_api.created" | "protected_api.updated" | "protected_api.deleted";
        /**
         * @example {
         *       "id": "aud_2Gm6vH8kR1",
         *       "at": "2026-06-01T12:00:00.000Z",
         *       "action": "key.created",
         *       "actor": {
         *         "type": "user",
         *         "id": "usr_7Hq2mK9xP4"
         *       },
         *       "target": {
         *         "type": "key",
         *         "id": "key_5Nc1pZ7yD3"
         *       },
         *       "workspace_id": "wsp_3Fk8sQ1zN6",
         *       "ip": "203.0.113.7",
         *       "user_agent": "curl/8.5.0",
         *       "details": {
         *         "name": "CI deploys"
         *       }
         *     }
         */
        AuditEvent: {
            action: components["schemas"]["AuditAction"];
            actor: {
                id: string | null;
                type: string;
            };
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            at: string;
            details: {
                [key: string]: unknown;
            };
            id: string;
            ip: string | null;
            target: {
                id: string;
                type: string;
            } | null;
            user_agent: string | null;
            workspace_id: string;
        };
        /** @description A page of audit events, newest first */
        AuditEventPage: {
            data: components["schemas"]["AuditEvent"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        AuthStatus: {
            /** @description The server sends email (SMTP_URL): sign-up confirms the address, and "forgot password" links can be asked for */
            email: boolean;
            /** @description No user exists yet: POST /auth/setup */
            needs_setup: boolean;
            /** @description POST /auth/signup is open */
            signup: boolean;
        };
        /**
         * @example {
         *       "id": "con_9Lr4tW2bV8",
         *       "name": "Grace Hopper",
         *       "email": "grace@example.com",
         *       "phone": null,
         *       "company": "Navy",
         *       "notes": null,
         *       "tags": [
         *         "vip"
         *       ],
         *       "created_at": "2026-06-01T12:00:00.000Z",
         *       "updated_at": "2026-06-01T12:00:00.000Z"
         *     }
         */
        Contact: {
            company: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            email: string | null;
            id: string;
            name: string;
            notes: string | null;
            phone: string | null;
            tags: string[];
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            updated_at: string;
        };
        /** @description A page of contacts, newest first */
        ContactPage: {
            data: components["schemas"]["Contact"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        /**
         * @description The problem code; each is explained at /docs/errors#<code>
         * @enum {string}
         */
        ErrorCode: "validation_error" | "invalid_cursor" | "invalid_link" | "ambiguous_api_key" | "invalid_json" | "malformed_request" | "missing_api_key" | "malformed_api_key" | "invalid_api_key" | "revoked_api_key" | "expired_api_key" | "owner_disabled" | "unauthenticated" | "invalid_credentials" | "insufficient_permission" | "ip_not_allowed" | "route_not_allowed" | "csrf_failed" | "signup_disabled" | "forbidden_role_change" | "reauth_required" | "wrong_password" | "invalid_two_factor_code" | "two_factor_required" | "password_change_required" | "two_factor_enrolment_required" | "email_not_verified" | "not_found" | "method_not_allowed" | "request_timeout" | "already_set_up" | "email_taken" | "workspace_required" | "last_owner" | "key_limit_reached" | "key_not_active" | "protected_api_limit_reached" | "idempotency_key_in_use" | "two_factor_state" | "email_not_configured" | "payload_too_large" | "unsupported_media_type" | "idempotency_key_reused" | "request_header_too_large" | "rate_limited" | "too_many_failed_attempts" | "too_many_emails" | "internal_error" | "email_not_sent" | "storage_unavailable" | "storage_full" | "encryption_key_required";
        /**
         * @description The size of each usage bucket
         * @enum {string}
         */
        Granularity: "minute" | "hour" | "day";
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @description A key event a notification, an email or a webhook delivery is about
         * @enum {string}
         */
        KeyEventType: "key.expiring" | "key.expired" | "key.revoked" | "key.leaked_revoked" | "key.rolled" | "key.new_ip";
        /**
         * @description A hint about a key: rotation due (90 days old), unused for 30 days, expiring within 7 days, revoked as leaked
         * @enum {string}
         */
        KeyFlag: "rotation_due" | "unused" | "expiring_soon" | "leaked";
        /**
         * @description mine: the caller's own keys; workspace: every key of the workspace (keys:admin)
         * @enum {string}
         */
        KeyScope: "mine" | "workspace";
        /**
         * @description Derived at read time from revoked_at and expires_at
         * @enum {string}
         */
        KeyStatus: "active" | "expired" | "revoked";
        /**
         * @description One key's usage between from and to, one bucket per step of the granularity, empty ones included
         * @example {
         *       "granularity": "hour",
         *       "from": "2026-06-01T00:00:00.000Z",
         *       "to": "2026-06-02T00:00:00.000Z",
         *       "buckets": [
         *         {
         *           "start": "2026-06-01T12:00:00.000Z",
         *           "requests": 42,
         *           "ok": 40,
         *           "client_errors": 1,
         *           "rate_limited": 1,
         *           "refused": 0
         *         }
         *       ]
         *     }
         */
        KeyUsage: {
            buckets: components["schemas"]["UsageBucket"][];
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            from: string;
            granularity: components["schemas"]["Granularity"];
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            to: string;
        };
        /**
         * @description A key and its totals over a period
         * @example {
         *       "key": {
         *         "id": "key_5Nc1pZ7yD3",
         *         "name": "CI deploys",
         *         "hint": "ak_live_3f…9QwZ",
         *         "status": "active",
         *         "flags": [],
         *         "owner": {
         *           "id": "usr_7Hq2mK9xP4",
         *           "email": "ada@example.com",
         *           "name": "Ada Lovelace"
         *         },
         *         "created_at": "2026-06-01T12:00:00.000Z",
         *         "created_by": "usr_7Hq2mK9xP4",
         *         "expires_at": "2026-08-30T12:00:00.000Z",
         *         "last_used_at": null,
         *         "last_used_ip": null,
         *         "revoked_at": null,
         *         "revoked_by": null,
         *         "revoked_reason": null,
         *         "permissions": [
         *           "contacts:read"
         *         ],
         *         "restriction": [
         *           "contacts:read"
         *         ],
         *         "rate_limit": {
         *           "per_minute": 600,
         *           "per_second": 20
         *         },
         *         "rolled_from": null,
         *         "replaced_by": null,
         *         "allowed_ips": null
         *       },
         *       "requests": 1200,
         *       "rate_limited": 3
         *     }
         */
        KeyUsageTotals: {
            key: components["schemas"]["ApiKey"];
            /** @description 429 answers in the period */
            rate_limited: number;
            /** @description Requests in the period */
            requests: number;
        };
        /** @description The same answer whatever was found */
        LeakedReportAccepted: {
            detail: string;
            /** @enum {string} */
            status: "accepted";
        };
        /** @description Who this key (or session) acts as */
        Me: {
            /** @description The key that authenticated this call; null with a session */
            key: {
                /**
                 * Format: date-time
                 * @description RFC 3339, UTC, with milliseconds
                 */
                expires_at: string | null;
                hint: string;
                id: string;
                name: string;
                rate_limit: components["schemas"]["RateLimit"];
            } | null;
            /** @description The effective permissions of this call */
            permissions: components["schemas"]["Permission"][];
            user: components["schemas"]["UserSummary"];
            workspace: components["schemas"]["WorkspaceSummary"];
        };
        /**
         * @description An in-app notification about one of your keys (or a failing webhook endpoint)
         * @example {
         *       "id": "ntf_8Rb3kQ6wL2",
         *       "type": "key.expiring",
         *       "message": "Your API key \"CI deploys\" (ak_live_3f…9QwZ) expires in 7 days",
         *       "key": {
         *         "id": "key_5Nc1pZ7yD3",
         *         "name": "CI deploys",
         *         "hint": "ak_live_3f…9QwZ",
         *         "expires_at": "2026-08-30T12:00:00.000Z"
         *       },
         *       "created_at": "2026-08-23T12:00:00.000Z",
         *       "read_at": null
         *     }
         */
        Notification: {
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            id: string;
            /** @description The key it is about (never its secret); null when it is about something else */
            key: {
                /**
                 * Format: date-time
                 * @description RFC 3339, UTC, with milliseconds
                 */
                expires_at: string | null;
                hint: string;
                id: string;
                name: string;
            } | null;
            /** @description What happened, as shown in the app */
            message: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            read_at: string | null;
            /** @description The event: key.expiring, key.expired, key.revoked, key.leaked_revoked, key.rolled, key.new_ip, webhook.disabled, account.password_changed or account.new_sign_in */
            type: string;
        };
        /**
         * @description A page of your notifications, newest first, with the unread count
         * @example {
         *       "data": [
         *         {
         *           "id": "ntf_8Rb3kQ6wL2",
         *           "type": "key.expiring",
         *           "message": "Your API key \"CI deploys\" (ak_live_3f…9QwZ) expires in 7 days",
         *           "key": {
         *             "id": "key_5Nc1pZ7yD3",
         *             "name": "CI deploys",
         *             "hint": "ak_live_3f…9QwZ",
         *             "expires_at": "2026-08-30T12:00:00.000Z"
         *           },
         *           "created_at": "2026-08-23T12:00:00.000Z",
         *           "read_at": null
         *         }
         *       ],
         *       "next_cursor": null,
         *       "unread_count": 1
         *     }
         */
        NotificationPage: {
            data: components["schemas"]["Notification"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
            /** @description How many of your notifications are unread */
            unread_count: number;
        };
        /**
         * @description Which events you are emailed about
         * @example {
         *       "email": {
         *         "key.expiring": true,
         *         "key.expired": true,
         *         "key.revoked": true,
         *         "key.leaked_revoked": true,
         *         "key.rolled": false,
         *         "key.new_ip": true
         *       }
         *     }
         */
        NotificationPreferences: {
            /** @description Per event type: whether you are emailed about it (when the server sends email) */
            email: {
                "key.expired": boolean;
                "key.expiring": boolean;
                "key.leaked_revoked": boolean;
                "key.new_ip": boolean;
                "key.revoked": boolean;
                "key.rolled": boolean;
            };
        };
        /**
         * @example {
         *       "updated": 3
         *     }
         */
        NotificationsMarkedRead: {
            /** @description How many notifications were unread and are now read */
            updated: number;
        };
        PasswordChanged: {
            pending: components["schemas"]["PendingSignInStep"] | null;
            /** @description Other sessions of yours that were ended */
            sessions_ended: number;
        };
        PasswordReset: {
            /** @description The address the reset link was emailed to (method email_link); null otherwise */
            link_sent_to: string | null;
            /** @description Every session of the user was ended */
            sessions_ended: boolean;
            /** @description Shown this once: the user signs in with it and must then choose a new password; null when a link was emailed */
            temporary_password: string | null;
        };
        /**
         * @description temporary_password (default): one is returned this once. email_link (only with SMTP_URL, else 409 email_not_configured): a one-time link (1 hour) is emailed to the user; their old password stops working once the SMTP server took it
         * @enum {string}
         */
        PasswordResetMethod: "temporary_password" | "email_link";
        /**
         * @description What the session must do before anything else: two_factor → POST /auth/login/two-factor; password_change → POST /api/me/password; two_factor_enrolment → POST /api/me/two-factor/setup then /enable
         * @enum {string}
         */
        PendingSignInStep: "two_factor" | "password_change" | "two_factor_enrolment";
        /**
         * @description A permission, as resource:action
         * @enum {string}
         */
        Permission: "contacts:read" | "contacts:write" | "contacts:delete" | "keys:own" | "keys:admin" | "keys:verify" | "users:manage" | "audit:read";
        /**
         * @description RFC 9457 problem details
         * @example {
         *       "type": "/docs/errors#revoked_api_key",
         *       "title": "The API key has been revoked",
         *       "status": 401,
         *       "detail": "The API key has been revoked; create a new one in Settings → API Keys",
         *       "code": "revoked_api_key"
         *     }
         */
        Problem: {
            code: components["schemas"]["ErrorCode"];
            detail: string;
            /** @description validation_error: what is wrong, per field (JSON Pointer) */
            errors?: {
                message: string;
                path: string;
            }[];
            limit?: components["schemas"]["RateLimitName"];
            missing_permission?: components["schemas"]["Permission"];
            /** @description internal_error, storage_unavailable, storage_full: the id to find in the server log */
            request_id?: string;
            status: number;
            title: string;
            /**
             * Format: uri-reference
             * @description A page explaining the code: /docs/errors#<code>
             */
            type: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An HTTP API of the workspace that Keyward guards through forward-auth and the verify API
         * @example {
         *       "id": "api_7Qm2vL9xR4tB8nK3pW6z",
         *       "name": "Billing API",
         *       "hosts": [
         *         "billing.example.com"
         *       ],
         *       "path_prefix": "/",
         *       "rules": [
         *         {
         *           "method": "GET",
         *           "path": "/invoices/**",
         *           "permission": "invoices:read"
         *         },
         *         {
         *           "method": "POST",
         *           "path": "/invoices",
         *           "permission": "invoices:write"
         *         }
         *       ],
         *       "created_at": "2026-06-01T12:00:00.000Z",
         *       "updated_at": "2026-06-01T12:00:00.000Z"
         *     }
         */
        ProtectedApi: {
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            hosts: string[];
            id: string;
            name: string;
            path_prefix: string;
            rules: {
                method: components["schemas"]["RuleMethod"];
                path: string;
                permission: string;
            }[];
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            updated_at: string;
        };
        /** @description A page of protected APIs, newest first */
        ProtectedApiPage: {
            data: components["schemas"]["ProtectedApi"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        /** @description A key's request budget */
        RateLimit: {
            per_minute: number;
            per_second: number;
        };
        /**
         * @description A rate limit: minute and second are the API key's own; the others protect public routes and workspaces (docs/errors.md)
         * @enum {string}
         */
        RateLimitName: "minute" | "second" | "revoke_leaked" | "signup" | "reset_requests" | "user_create" | "webhook_send";
        Readiness: {
            rate_limiter: {
                backend: string;
                degraded: boolean;
            };
            status: components["schemas"]["ReadinessStatus"];
            storage: {
                dialect: string;
                status: components["schemas"]["StorageStatus"];
            };
        };
        /**
         * @description degraded: the rate limiter fell back to local memory; unavailable: storage does not answer, or refuses writes for want of space
         * @enum {string}
         */
        ReadinessStatus: "ok" | "degraded" | "unavailable";
        Reauthenticated: {
            /**
             * Format: date-time
             * @description Sensitive actions need no new check until then
             */
            reauth_until: string;
        };
        RecoveryCodes: {
            pending: components["schemas"]["PendingSignInStep"] | null;
            /** @description Ten one-time codes, shown this once: each signs in once in place of a TOTP code */
            recovery_codes: string[];
        };
        /**
         * @description A user's role: owner and admin hold every permission; member and viewer fewer
         * @enum {string}
         */
        Role: "owner" | "admin" | "member" | "viewer";
        /** @description The new key (shown once) and the old one, now expiring after the grace period */
        RolledKey: {
            key: components["schemas"]["ApiKeyWithSecret"];
            previous: components["schemas"]["ApiKey"];
        };
        /** @description A replayed roll: the key it created (its plaintext was in the first answer only) and the old one */
        RolledKeyReplay: {
            key: components["schemas"]["ApiKey"];
            previous: components["schemas"]["ApiKey"];
        };
        /**
         * @description An HTTP method, or * for any (a GET rule also covers HEAD)
         * @enum {string}
         */
        RuleMethod: "*" | "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
        /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
        Session: {
            /**
             * @description This request's client address as the server sees it (after TRUST_PROXY): the address an IP allowlist is matched against, e.g. to warn before saving a list that would lock it out. IPv4, IPv6, or IPv4-mapped IPv6 (::ffff:…)
             * @example 203.0.113.7
             */
            client_ip: string;
            /** @description Send as X-CSRF-Token on every state-changing call made with this session */
            csrf_token: string;
            pending: components["schemas"]["PendingSignInStep"] | null;
            user: components["schemas"]["UserSummary"];
            workspace: components["schemas"]["WorkspaceSummary"];
        };
        SessionInfo: {
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            /** @description The session making this request */
            current: boolean;
            /** @description ses_…: names the session, never opens it */
            id: string;
            ip: string | null;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            last_seen_at: string | null;
            user_agent: string | null;
        };
        /** @description Your live sessions, newest first */
        SessionList: {
            data: components["schemas"]["SessionInfo"][];
        };
        SessionsEnded: {
            sessions_ended: number;
        };
        /** @description With SMTP configured, sign-up confirms the address before anything else: nobody is signed in yet */
        SignupPending: {
            /** @description The address a confirmation link (24 hours) was sent to: open it to finish signing up */
            verification_sent_to: string;
        };
        /**
         * @description Whether storage answered; full: it answers reads but refuses writes for want of space (503 storage_full)
         * @enum {string}
         */
        StorageStatus: "ok" | "unavailable" | "full";
        TwoFactorSetup: {
            /** @description otpauth://totp/… for the authenticator app (what the QR code holds) */
            otpauth_uri: string;
            /** @description The same URI as a QR code: a data:image/svg+xml;base64 URI to use as an <img> src */
            qr_svg: string;
            /** @description Base32 secret, for typing into an authenticator app by hand */
            secret: string;
        };
        TwoFactorStatus: {
            enabled: boolean;
            recovery_codes_left: number;
            /** @description The workspace requires two-factor sign-in of your role */
            required: boolean;
        };
        /**
         * @description A key's requests in one minute, hour or day, starting at `start`
         * @example {
         *       "start": "2026-06-01T12:00:00.000Z",
         *       "requests": 42,
         *       "ok": 40,
         *       "client_errors": 1,
         *       "rate_limited": 1,
         *       "refused": 0
         *     }
         */
        UsageBucket: {
            /** @description 4xx answers other than 429 (403 ip_not_allowed among them) */
            client_errors: number;
            /** @description 2xx answers */
            ok: number;
            /** @description 429 answers */
            rate_limited: number;
            /** @description 401s for the key's revoked or expired state (not in requests) */
            refused: number;
            /** @description Every authenticated request, including those refused with 403 or 429 */
            requests: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            start: string;
        };
        /**
         * @description The workspace's busiest keys in a period
         * @example {
         *       "from": "2026-05-02T12:00:00.000Z",
         *       "to": "2026-06-01T12:00:00.000Z",
         *       "by_requests": [
         *         {
         *           "key": {
         *             "id": "key_5Nc1pZ7yD3",
         *             "name": "CI deploys",
         *             "hint": "ak_live_3f…9QwZ",
         *             "status": "active",
         *             "flags": [],
         *             "owner": {
         *               "id": "usr_7Hq2mK9xP4",
         *               "email": "ada@example.com",
         *               "name": "Ada Lovelace"
         *             },
         *             "created_at": "2026-06-01T12:00:00.000Z",
         *             "created_by": "usr_7Hq2mK9xP4",
         *             "expires_at": "2026-08-30T12:00:00.000Z",
         *             "last_used_at": null,
         *             "last_used_ip": null,
         *             "revoked_at": null,
         *             "revoked_by": null,
         *             "revoked_reason": null,
         *             "permissions": [
         *               "contacts:read"
         *             ],
         *             "restriction": [
         *               "contacts:read"
         *             ],
         *             "rate_limit": {
         *               "per_minute": 600,
         *               "per_second": 20
         *             },
         *             "rolled_from": null,
         *             "replaced_by": null,
         *             "allowed_ips": null
         *           },
         *           "requests": 1200,
         *           "rate_limited": 3
         *         }
         *       ],
         *       "by_rate_limited": [
         *         {
         *           "key": {
         *             "id": "key_5Nc1pZ7yD3",
         *             "name": "CI deploys",
         *             "hint": "ak_live_3f…9QwZ",
         *             "status": "active",
         *             "flags": [],
         *             "owner": {
         *               "id": "usr_7Hq2mK9xP4",
         *               "email": "ada@example.com",
         *               "name": "Ada Lovelace"
         *             },
         *             "created_at": "2026-06-01T12:00:00.000Z",
         *             "created_by": "usr_7Hq2mK9xP4",
         *             "expires_at": "2026-08-30T12:00:00.000Z",
         *             "last_used_at": null,
         *             "last_used_ip": null,
         *             "revoked_at": null,
         *             "revoked_by": null,
         *             "revoked_reason": null,
         *             "permissions": [
         *               "contacts:read"
         *             ],
         *             "restriction": [
         *               "contacts:read"
         *             ],
         *             "rate_limit": {
         *               "per_minute": 600,
         *               "per_second": 20
         *             },
         *             "rolled_from": null,
         *             "replaced_by": null,
         *             "allowed_ips": null
         *           },
         *           "requests": 1200,
         *           "rate_limited": 3
         *         }
         *       ]
         *     }
         */
        UsageOverview: {
            /** @description The keys with the most 429 answers, most first */
            by_rate_limited: components["schemas"]["KeyUsageTotals"][];
            /** @description The busiest keys by requests, busiest first */
            by_requests: components["schemas"]["KeyUsageTotals"][];
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            from: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            to: string;
        };
        /**
         * @example {
         *       "id": "usr_7Hq2mK9xP4",
         *       "email": "ada@example.com",
         *       "name": "Ada Lovelace",
         *       "role": "member",
         *       "disabled": false,
         *       "created_at": "2026-06-01T12:00:00.000Z"
         *     }
         */
        User: {
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            disabled: boolean;
            email: string;
            id: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        /** @description A page of users, newest first */
        UserPage: {
            data: components["schemas"]["User"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        UserSummary: {
            email: string;
            id: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        /** @description The decision about a presented key, the same as forward-auth makes */
        Verification: {
            /** @description Why not (when `valid` is false): the problem code the API would answer with */
            code?: string;
            key?: {
                hint: string;
                id: string;
                name: string;
            };
            /** @description The effective permissions of the verified key (sorted); empty when not valid */
            permissions: string[];
            /** @description Where the verified key stands against its limits (this verification counted); null when the key was not accepted that far */
            rate_limit: {
                limits: {
                    limit: number;
                    /** @description minute or second */
                    name: string;
                    remaining: number;
                    /** @description Seconds until the window frees room */
                    reset_seconds: number;
                    window_seconds: number;
                }[];
                /** @description When over a limit: seconds until a request would be accepted */
                retry_after_seconds: number | null;
            } | null;
            user?: components["schemas"]["UserSummary"];
            valid: boolean;
            workspace_id?: string;
        };
        /**
         * @description A webhook endpoint of the workspace; never its signing secret
         * @example {
         *       "id": "whk_4Tz9cM2nB7",
         *       "url": "https://hooks.example.com/keyward",
         *       "events": [
         *         "key.expiring",
         *         "key.revoked"
         *       ],
         *       "enabled": true,
         *       "disabled_reason": null,
         *       "failing_since": null,
         *       "created_at": "2026-06-01T12:00:00.000Z"
         *     }
         */
        Webhook: {
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            /** @description Why the server turned it off (e.g. failing for days); null when enabled or turned off by hand */
            disabled_reason: string | null;
            enabled: boolean;
            /** @description The events this endpoint receives */
            events: components["schemas"]["KeyEventType"][];
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            failing_since: string | null;
            id: string;
            /** @description Where deliveries are POSTed (https; private addresses refused unless allowed) */
            url: string;
        };
        /**
         * @description One delivery of an event to a webhook endpoint
         * @example {
         *       "id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
         *       "event_id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
         *       "type": "key.expiring",
         *       "status": "delivered",
         *       "attempts": 1,
         *       "response_code": 200,
         *       "error": null,
         *       "duration_ms": 84,
         *       "next_attempt_at": null,
         *       "created_at": "2026-08-23T12:00:00.000Z",
         *       "updated_at": "2026-08-23T12:00:01.000Z"
         *     }
         */
        WebhookDelivery: {
            attempts: number;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            created_at: string;
            /** @description How long the last attempt took */
            duration_ms: number | null;
            /** @description Why the last attempt failed */
            error: string | null;
            event_id: string;
            /** @description The webhook-id header: stable across retries and redeliveries */
            id: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            next_attempt_at: string | null;
            /** @description The endpoint's last HTTP status */
            response_code: number | null;
            status: components["schemas"]["WebhookDeliveryStatus"];
            /** @description The event type, webhook.test or redelivery */
            type: string;
            /**
             * Format: date-time
             * @description RFC 3339, UTC, with milliseconds
             */
            updated_at: string;
        };
        /** @description A page of webhook deliveries, newest first */
        WebhookDeliveryPage: {
            data: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        /**
         * @description pending: waiting for its next attempt
         * @enum {string}
         */
        WebhookDeliveryStatus: "pending" | "delivered" | "failed";
        /** @description A page of webhook endpoints, newest first */
        WebhookPage: {
            data: components["schemas"]["Webhook"][];
            /** @description Pass as cursor for the next page; null on the last page */
            next_cursor: string | null;
        };
        /**
         * @description A webhook endpoint as created or with a new secret: the only response that carries the secret
         * @example {
         *       "id": "whk_4Tz9cM2nB7",
         *       "url": "https://hooks.example.com/keyward",
         *       "events": [
         *         "key.expiring",
         *         "key.revoked"
         *       ],
         *       "enabled": true,
         *       "disabled_reason": null,
         *       "failing_since": null,
         *       "created_at": "2026-06-01T12:00:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqXhk…"
         *     }
         */
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description The signing secret (whsec_…), shown this once */
            secret: string;
        };
        /**
         * @example {
         *       "id": "wsp_3Fk8sQ1zN6",
         *       "name": "Acme",
         *       "max_key_lifetime_days": 365,
         *       "require_key_expiry": false,
         *       "require_two_factor": false
         *     }
         */
        Workspace: {
            id: string;
            /** @description The longest lifetime a new key may have */
            max_key_lifetime_days: number;
            name: string;
            /** @description Whether every new key must have an expiry */
            require_key_expiry: boolean;
            /** @description Owners and admins must use two-factor sign-in: those without it enrol at their next sign-in */
            require_two_factor: boolean;
        };
        WorkspaceSummary: {
            id: string;
            name: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Forward-auth: the key (empty unless 200)
         * @example key_5Gp8wY3nK6tR2vB9xM4c
         */
        "Keyward-Key-Id": string;
        /**
         * @description Forward-auth: the key's effective permissions, sorted, comma-separated (empty unless 200)
         * @example contacts:read,invoices:read
         */
        "Keyward-Permissions": string;
        /**
         * @description Forward-auth asked by nginx (`X-Original-URI` present), on a refusal: the problem+json body again, as one line of ASCII JSON, since nginx drops the body
         * @example {"type":"/docs/errors#rate_limited","title":"Rate limit exceeded","status":429,"detail":"Rate limit exceeded","code":"rate_limited"}
         */
        "Keyward-Problem": string;
        /**
         * @description Forward-auth: the real status of the decision (nginx gets 403 for any but 200, 401 and 403)
         * @example 200
         */
        "Keyward-Status": number;
        /**
         * @description Forward-auth: the key owner's email (empty for a service account, and unless 200)
         * @example ada@example.com
         */
        "Keyward-User-Email": string;
        /**
         * @description Forward-auth: the key owner's user id (empty unless 200)
         * @example usr_3Kd9fT2mQ7vX1pL8nR4w
         */
        "Keyward-User-Id": string;
        /**
         * @description Forward-auth: the key's workspace (empty unless 200)
         * @example wks_8Hn2cV5bX9mZ4qT7rL1s
         */
        "Keyward-Workspace-Id": string;
        /**
         * @description The URL of the resource just created
         * @example /api/contacts/con_9Lr4tW2bV8
         */
        Location: string;
        /**
         * @description What is left of each limit and when it resets, in seconds
         * @example "minute";r=99;t=60, "second";r=9;t=1
         */
        RateLimit: string;
        /**
         * @description The key's limits (IETF draft-ietf-httpapi-ratelimit-headers): its per-minute and per-second quotas
         * @example "minute";q=100;w=60, "second";q=10;w=1
         */
        "RateLimit-Policy": string;
        /**
         * @description Seconds to wait before trying again
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description `storage_full`: seconds to wait before writing again (sent as `Retry-After`)
         * @example 30
         */
        "Retry-After-Storage": number;
        /**
         * @description The session cookie: `__Host-keyward_session`, HttpOnly, Secure, SameSite=Lax, Path=/
         * @example __Host-keyward_session=…; Max-Age=43200; Path=/; HttpOnly; Secure; SameSite=Lax
         */
        "Set-Cookie": string;
        /**
         * @description Clears the session cookie (`__Host-keyward_session`; sent as `Set-Cookie`)
         * @example __Host-keyward_session=; Max-Age=0; Path=/; HttpOnly; Secure; SameSite=Lax
         */
        "Set-Cookie-Cleared": string;
        /**
         * @description The authentication challenge
         * @example ApiKey header="X-API-Key"
         */
        "WWW-Authenticate": string;
        /**
         * @description The tighter limit right now: its size
         * @example 10
         */
        "X-RateLimit-Limit": number;
        /**
         * @description The tighter limit right now: requests left in its window
         * @example 9
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description The tighter limit right now: when its window resets, in Unix seconds
         * @example 1780315261
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actor?: string;
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
                since?: string;
                target?: string;
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit events, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "aud_2Gm6vH8kR1",
                     *           "at": "2026-06-01T12:00:00.000Z",
                     *           "action": "key.created",
                     *           "actor": {
                     *             "type": "user",
                     *             "id": "usr_7Hq2mK9xP4"
                     *           },
                     *           "target": {
                     *             "type": "key",
                     *             "id": "key_5Nc1pZ7yD3"
                     *           },
                     *           "workspace_id": "wsp_3Fk8sQ1zN6",
                     *           "ip": "203.0.113.7",
                     *           "user_agent": "curl/8.5.0",
                     *           "details": {
                     *             "name": "CI deploys"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contacts, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "con_9Lr4tW2bV8",
                     *           "name": "Grace Hopper",
                     *           "email": "grace@example.com",
                     *           "phone": null,
                     *           "company": "Navy",
                     *           "notes": null,
                     *           "tags": [
                     *             "vip"
                     *           ],
                     *           "created_at": "2026-06-01T12:00:00.000Z",
                     *           "updated_at": "2026-06-01T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "email": "xxxxxxxx",
                 *       "phone": "xxxxxxxx",
                 *       "company": "xxxxxxxx",
                 *       "notes": "xxxxxxxx",
                 *       "tags": [
                 *         "xxxxxxxx"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: text */
                    company?: string | null;
                    /** Format: text */
                    email?: string | null;
                    /** Format: text */
                    name: string;
                    /** Format: multiline-text */
                    notes?: string | null;
                    /** Format: text */
                    phone?: string | null;
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description A replay (Idempotency-Key): the object the first request created, without its secret */
            200: {
                headers: {
                    /** @description This answer replays the one given to the first request with this Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_9Lr4tW2bV8",
                     *       "name": "Grace Hopper",
                     *       "email": "grace@example.com",
                     *       "phone": null,
                     *       "company": "Navy",
                     *       "notes": null,
                     *       "tags": [
                     *         "vip"
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Created: the contact */
            201: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_9Lr4tW2bV8",
                     *       "name": "Grace Hopper",
                     *       "email": "grace@example.com",
                     *       "phone": null,
                     *       "company": "Navy",
                     *       "notes": null,
                     *       "tags": [
                     *         "vip"
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `idempotency_key_reused` */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#idempotency_key_reused",
                     *       "title": "This Idempotency-Key was used for another request",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request",
                     *       "code": "idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the contact */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_9Lr4tW2bV8",
                     *       "name": "Grace Hopper",
                     *       "email": "grace@example.com",
                     *       "phone": null,
                     *       "company": "Navy",
                     *       "notes": null,
                     *       "tags": [
                     *         "vip"
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "email": "xxxxxxxx",
                 *       "phone": "xxxxxxxx",
                 *       "company": "xxxxxxxx",
                 *       "notes": "xxxxxxxx",
                 *       "tags": [
                 *         "xxxxxxxx"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** Format: text */
                    company?: string | null;
                    /** Format: text */
                    email?: string | null;
                    /** Format: text */
                    name?: string;
                    /** Format: multiline-text */
                    notes?: string | null;
                    /** Format: text */
                    phone?: string | null;
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description OK: the contact */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "con_9Lr4tW2bV8",
                     *       "name": "Grace Hopper",
                     *       "email": "grace@example.com",
                     *       "phone": null,
                     *       "company": "Navy",
                     *       "notes": null,
                     *       "tags": [
                     *         "vip"
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
                scope?: components["schemas"]["KeyScope"];
                status?: components["schemas"]["KeyStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "key_5Nc1pZ7yD3",
                     *           "name": "CI deploys",
                     *           "hint": "ak_live_3f…9QwZ",
                     *           "status": "active",
                     *           "flags": [],
                     *           "owner": {
                     *             "id": "usr_7Hq2mK9xP4",
                     *             "email": "ada@example.com",
                     *             "name": "Ada Lovelace"
                     *           },
                     *           "created_at": "2026-06-01T12:00:00.000Z",
                     *           "created_by": "usr_7Hq2mK9xP4",
                     *           "expires_at": "2026-08-30T12:00:00.000Z",
                     *           "last_used_at": null,
                     *           "last_used_ip": null,
                     *           "revoked_at": null,
                     *           "revoked_by": null,
                     *           "revoked_reason": null,
                     *           "permissions": [
                     *             "contacts:read"
                     *           ],
                     *           "restriction": [
                     *             "contacts:read"
                     *           ],
                     *           "rate_limit": {
                     *             "per_minute": 600,
                     *             "per_second": 20
                     *           },
                     *           "rolled_from": null,
                     *           "replaced_by": null,
                     *           "allowed_ips": null
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description Give expires_at or expires_in_days, not both */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "expires_at": "2026-09-01T12:00:00.000Z",
                 *       "restriction": [
                 *         "contacts:read"
                 *       ],
                 *       "rate_limit": {
                 *         "per_minute": 1,
                 *         "per_second": 1
                 *       },
                 *       "allowed_ips": [
                 *         "203.0.113.0/24"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description e.g. ["203.0.113.0/24", "2001:db8::/32"] */
                    allowed_ips?: string[] | null;
                    /**
                     * Format: date-time
                     * @description In the future and within the workspace maximum; not with expires_in_days
                     */
                    expires_at?: string;
                    /** @description Not with expires_at; within the workspace maximum */
                    expires_in_days?: number;
                    /**
                     * Format: text
                     * @description 1–100 characters after trimming
                     */
                    name: string;
                    rate_limit?: {
                        per_minute: number;
                        per_second: number;
                    };
                    restriction?: components["schemas"]["Permission"][] | null;
                };
            };
        };
        responses: {
            /** @description A replay (Idempotency-Key): the object the first request created, without its secret */
            200: {
                headers: {
                    /** @description This answer replays the one given to the first request with this Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_5Nc1pZ7yD3",
                     *       "name": "CI deploys",
                     *       "hint": "ak_live_3f…9QwZ",
                     *       "status": "active",
                     *       "flags": [],
                     *       "owner": {
                     *         "id": "usr_7Hq2mK9xP4",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "created_by": "usr_7Hq2mK9xP4",
                     *       "expires_at": "2026-08-30T12:00:00.000Z",
                     *       "last_used_at": null,
                     *       "last_used_ip": null,
                     *       "revoked_at": null,
                     *       "revoked_by": null,
                     *       "revoked_reason": null,
                     *       "permissions": [
                     *         "contacts:read"
                     *       ],
                     *       "restriction": [
                     *         "contacts:read"
                     *       ],
                     *       "rate_limit": {
                     *         "per_minute": 600,
                     *         "per_second": 20
                     *       },
                     *       "rolled_from": null,
                     *       "replaced_by": null,
                     *       "allowed_ips": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description A key as created or rolled: the only response that carries the plaintext */
            201: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_5Nc1pZ7yD3",
                     *       "name": "CI deploys",
                     *       "hint": "ak_live_3f…9QwZ",
                     *       "status": "active",
                     *       "flags": [],
                     *       "owner": {
                     *         "id": "usr_7Hq2mK9xP4",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "created_by": "usr_7Hq2mK9xP4",
                     *       "expires_at": "2026-08-30T12:00:00.000Z",
                     *       "last_used_at": null,
                     *       "last_used_ip": null,
                     *       "revoked_at": null,
                     *       "revoked_by": null,
                     *       "revoked_reason": null,
                     *       "permissions": [
                     *         "contacts:read"
                     *       ],
                     *       "restriction": [
                     *         "contacts:read"
                     *       ],
                     *       "rate_limit": {
                     *         "per_minute": 600,
                     *         "per_second": 20
                     *       },
                     *       "rolled_from": null,
                     *       "replaced_by": null,
                     *       "allowed_ips": null,
                     *       "key": "ak_live_3fJ2…9QwZ"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `idempotency_key_reused` */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#idempotency_key_reused",
                     *       "title": "This Idempotency-Key was used for another request",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request",
                     *       "code": "idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An API key; never its plaintext or hash */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_5Nc1pZ7yD3",
                     *       "name": "CI deploys",
                     *       "hint": "ak_live_3f…9QwZ",
                     *       "status": "active",
                     *       "flags": [],
                     *       "owner": {
                     *         "id": "usr_7Hq2mK9xP4",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "created_by": "usr_7Hq2mK9xP4",
                     *       "expires_at": "2026-08-30T12:00:00.000Z",
                     *       "last_used_at": null,
                     *       "last_used_ip": null,
                     *       "revoked_at": null,
                     *       "revoked_by": null,
                     *       "revoked_reason": null,
                     *       "permissions": [
                     *         "contacts:read"
                     *       ],
                     *       "restriction": [
                     *         "contacts:read"
                     *       ],
                     *       "rate_limit": {
                     *         "per_minute": 600,
                     *         "per_second": 20
                     *       },
                     *       "rolled_from": null,
                     *       "replaced_by": null,
                     *       "allowed_ips": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "rate_limit": {
                 *         "per_minute": 1,
                 *         "per_second": 1
                 *       },
                 *       "allowed_ips": [
                 *         "203.0.113.0/24"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description e.g. ["203.0.113.0/24", "2001:db8::/32"] */
                    allowed_ips?: string[] | null;
                    /**
                     * Format: text
                     * @description 1–100 characters after trimming
                     */
                    name?: string;
                    rate_limit?: {
                        per_minute: number;
                        per_second: number;
                    };
                };
            };
        };
        responses: {
            /** @description An API key; never its plaintext or hash */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_5Nc1pZ7yD3",
                     *       "name": "CI deploys",
                     *       "hint": "ak_live_3f…9QwZ",
                     *       "status": "active",
                     *       "flags": [],
                     *       "owner": {
                     *         "id": "usr_7Hq2mK9xP4",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "created_by": "usr_7Hq2mK9xP4",
                     *       "expires_at": "2026-08-30T12:00:00.000Z",
                     *       "last_used_at": null,
                     *       "last_used_ip": null,
                     *       "revoked_at": null,
                     *       "revoked_by": null,
                     *       "revoked_reason": null,
                     *       "permissions": [
                     *         "contacts:read"
                     *       ],
                     *       "restriction": [
                     *         "contacts:read"
                     *       ],
                     *       "rate_limit": {
                     *         "per_minute": 600,
                     *         "per_second": 20
                     *       },
                     *       "rolled_from": null,
                     *       "replaced_by": null,
                     *       "allowed_ips": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An API key; never its plaintext or hash */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_5Nc1pZ7yD3",
                     *       "name": "CI deploys",
                     *       "hint": "ak_live_3f…9QwZ",
                     *       "status": "active",
                     *       "flags": [],
                     *       "owner": {
                     *         "id": "usr_7Hq2mK9xP4",
                     *         "email": "ada@example.com",
                     *         "name": "Ada Lovelace"
                     *       },
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "created_by": "usr_7Hq2mK9xP4",
                     *       "expires_at": "2026-08-30T12:00:00.000Z",
                     *       "last_used_at": null,
                     *       "last_used_ip": null,
                     *       "revoked_at": null,
                     *       "revoked_by": null,
                     *       "revoked_reason": null,
                     *       "permissions": [
                     *         "contacts:read"
                     *       ],
                     *       "restriction": [
                     *         "contacts:read"
                     *       ],
                     *       "rate_limit": {
                     *         "per_minute": 600,
                     *         "per_second": 20
                     *       },
                     *       "rolled_from": null,
                     *       "replaced_by": null,
                     *       "allowed_ips": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grace_seconds": 86400,
                 *       "revoke_when_idle_minutes": 1
                 *     }
                 */
                "application/json": {
                    /** @default 86400 */
                    grace_seconds?: number;
                    /** @description Revoke the old key once it has had no traffic for this long (or at the end of the grace period) */
                    revoke_when_idle_minutes?: number;
                };
            };
        };
        responses: {
            /** @description A replay (Idempotency-Key): the object the first request created, without its secret */
            200: {
                headers: {
                    /** @description This answer replays the one given to the first request with this Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": {
                     *         "id": "key_5Nc1pZ7yD3",
                     *         "name": "CI deploys",
                     *         "hint": "ak_live_3f…9QwZ",
                     *         "status": "active",
                     *         "flags": [],
                     *         "owner": {
                     *           "id": "usr_7Hq2mK9xP4",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace"
                     *         },
                     *         "created_at": "2026-06-01T12:00:00.000Z",
                     *         "created_by": "usr_7Hq2mK9xP4",
                     *         "expires_at": "2026-08-30T12:00:00.000Z",
                     *         "last_used_at": null,
                     *         "last_used_ip": null,
                     *         "revoked_at": null,
                     *         "revoked_by": null,
                     *         "revoked_reason": null,
                     *         "permissions": [
                     *           "contacts:read"
                     *         ],
                     *         "restriction": [
                     *           "contacts:read"
                     *         ],
                     *         "rate_limit": {
                     *           "per_minute": 600,
                     *           "per_second": 20
                     *         },
                     *         "rolled_from": null,
                     *         "replaced_by": null,
                     *         "allowed_ips": null
                     *       },
                     *       "previous": {
                     *         "id": "key_5Nc1pZ7yD3",
                     *         "name": "CI deploys",
                     *         "hint": "ak_live_3f…9QwZ",
                     *         "status": "active",
                     *         "flags": [],
                     *         "owner": {
                     *           "id": "usr_7Hq2mK9xP4",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace"
                     *         },
                     *         "created_at": "2026-06-01T12:00:00.000Z",
                     *         "created_by": "usr_7Hq2mK9xP4",
                     *         "expires_at": "2026-08-30T12:00:00.000Z",
                     *         "last_used_at": null,
                     *         "last_used_ip": null,
                     *         "revoked_at": null,
                     *         "revoked_by": null,
                     *         "revoked_reason": null,
                     *         "permissions": [
                     *           "contacts:read"
                     *         ],
                     *         "restriction": [
                     *           "contacts:read"
                     *         ],
                     *         "rate_limit": {
                     *           "per_minute": 600,
                     *           "per_second": 20
                     *         },
                     *         "rolled_from": null,
                     *         "replaced_by": null,
                     *         "allowed_ips": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RolledKeyReplay"];
                };
            };
            /** @description The new key (shown once) and the old one, now expiring after the grace period */
            201: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": {
                     *         "id": "key_5Nc1pZ7yD3",
                     *         "name": "CI deploys",
                     *         "hint": "ak_live_3f…9QwZ",
                     *         "status": "active",
                     *         "flags": [],
                     *         "owner": {
                     *           "id": "usr_7Hq2mK9xP4",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace"
                     *         },
                     *         "created_at": "2026-06-01T12:00:00.000Z",
                     *         "created_by": "usr_7Hq2mK9xP4",
                     *         "expires_at": "2026-08-30T12:00:00.000Z",
                     *         "last_used_at": null,
                     *         "last_used_ip": null,
                     *         "revoked_at": null,
                     *         "revoked_by": null,
                     *         "revoked_reason": null,
                     *         "permissions": [
                     *           "contacts:read"
                     *         ],
                     *         "restriction": [
                     *           "contacts:read"
                     *         ],
                     *         "rate_limit": {
                     *           "per_minute": 600,
                     *           "per_second": 20
                     *         },
                     *         "rolled_from": null,
                     *         "replaced_by": null,
                     *         "allowed_ips": null,
                     *         "key": "ak_live_3fJ2…9QwZ"
                     *       },
                     *       "previous": {
                     *         "id": "key_5Nc1pZ7yD3",
                     *         "name": "CI deploys",
                     *         "hint": "ak_live_3f…9QwZ",
                     *         "status": "active",
                     *         "flags": [],
                     *         "owner": {
                     *           "id": "usr_7Hq2mK9xP4",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace"
                     *         },
                     *         "created_at": "2026-06-01T12:00:00.000Z",
                     *         "created_by": "usr_7Hq2mK9xP4",
                     *         "expires_at": "2026-08-30T12:00:00.000Z",
                     *         "last_used_at": null,
                     *         "last_used_ip": null,
                     *         "revoked_at": null,
                     *         "revoked_by": null,
                     *         "revoked_reason": null,
                     *         "permissions": [
                     *           "contacts:read"
                     *         ],
                     *         "restriction": [
                     *           "contacts:read"
                     *         ],
                     *         "rate_limit": {
                     *           "per_minute": 600,
                     *           "per_second": 20
                     *         },
                     *         "rolled_from": null,
                     *         "replaced_by": null,
                     *         "allowed_ips": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RolledKey"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `idempotency_key_reused` */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#idempotency_key_reused",
                     *       "title": "This Idempotency-Key was used for another request",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request",
                     *       "code": "idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getKeyUsage: {
        parameters: {
            query?: {
                /** @description RFC 3339 date-time (strict: a leap second or an impossible date is refused) */
                from?: string;
                granularity?: components["schemas"]["Granularity"];
                /** @description RFC 3339 date-time (strict: a leap second or an impossible date is refused) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One key's usage between from and to, one bucket per step of the granularity, empty ones included */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "granularity": "hour",
                     *       "from": "2026-06-01T00:00:00.000Z",
                     *       "to": "2026-06-02T00:00:00.000Z",
                     *       "buckets": [
                     *         {
                     *           "start": "2026-06-01T12:00:00.000Z",
                     *           "requests": 42,
                     *           "ok": 40,
                     *           "client_errors": 1,
                     *           "rate_limited": 1,
                     *           "refused": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["KeyUsage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeLeakedKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "keys": [
                 *         "xxxxxxxx"
                 *       ]
                 *     }
                 */
                "application/json": {
                    keys: string[];
                };
            };
        };
        responses: {
            /** @description The same answer whatever was found */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "accepted",
                     *       "detail": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["LeakedReportAccepted"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who this key (or session) acts as */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "hint": "xxxxxxxx",
                     *         "expires_at": "2026-09-01T12:00:00.000Z",
                     *         "rate_limit": {
                     *           "per_minute": 1,
                     *           "per_second": 1
                     *         }
                     *       },
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "permissions": [
                     *         "contacts:read"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Which events you are emailed about */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": {
                     *         "key.expiring": true,
                     *         "key.expired": true,
                     *         "key.revoked": true,
                     *         "key.leaked_revoked": true,
                     *         "key.rolled": false,
                     *         "key.new_ip": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": {
                 *         "key.expiring": true,
                 *         "key.expired": true,
                 *         "key.revoked": true,
                 *         "key.leaked_revoked": true,
                 *         "key.rolled": true,
                 *         "key.new_ip": true
                 *       }
                 *     }
                 */
                "application/json": {
                    email: {
                        "key.expired"?: boolean;
                        "key.expiring"?: boolean;
                        "key.leaked_revoked"?: boolean;
                        "key.new_ip"?: boolean;
                        "key.revoked"?: boolean;
                        "key.rolled"?: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Which events you are emailed about */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "email": {
                     *         "key.expiring": true,
                     *         "key.expired": true,
                     *         "key.revoked": true,
                     *         "key.leaked_revoked": true,
                     *         "key.rolled": false,
                     *         "key.new_ip": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "current_password": "xxxxxxxx",
                 *       "new_password": "xxxxxxxxxxxx"
                 *     }
                 */
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description OK: the password changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions_ended": 0,
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordChanged"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your live sessions, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "xxxxxxxx",
                     *           "ip": "xxxxxxxx",
                     *           "user_agent": "xxxxxxxx",
                     *           "created_at": "2026-09-01T12:00:00.000Z",
                     *           "last_seen_at": "2026-09-01T12:00:00.000Z",
                     *           "current": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SessionList"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMyOtherSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the sessions ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions_ended": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionsEnded"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the two factor status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "enabled": true,
                     *       "recovery_codes_left": 0,
                     *       "required": true
                     *     }
                     */
                    "application/json": components["schemas"]["TwoFactorStatus"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "xxxxxxxx",
                 *       "code": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: text
                     * @description A 6-digit code from the authenticator app, or one of the recovery codes (xxxxx-xxxxx)
                     */
                    code: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: text
                     * @description A 6-digit code from the authenticator app, or one of the recovery codes (xxxxx-xxxxx)
                     */
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK: the recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recovery_codes": [
                     *         "xxxxxxxx"
                     *       ],
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the recovery codes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recovery_codes": [
                     *         "xxxxxxxx"
                     *       ],
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setupTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the two factor setup */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secret": "xxxxxxxx",
                     *       "otpauth_uri": "xxxxxxxx",
                     *       "qr_svg": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["TwoFactorSetup"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of your notifications, newest first, with the unread count */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "ntf_8Rb3kQ6wL2",
                     *           "type": "key.expiring",
                     *           "message": "Your API key \"CI deploys\" (ak_live_3f…9QwZ) expires in 7 days",
                     *           "key": {
                     *             "id": "key_5Nc1pZ7yD3",
                     *             "name": "CI deploys",
                     *             "hint": "ak_live_3f…9QwZ",
                     *             "expires_at": "2026-08-30T12:00:00.000Z"
                     *           },
                     *           "created_at": "2026-08-23T12:00:00.000Z",
                     *           "read_at": null
                     *         }
                     *       ],
                     *       "next_cursor": null,
                     *       "unread_count": 1
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An in-app notification about one of your keys (or a failing webhook endpoint) */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ntf_8Rb3kQ6wL2",
                     *       "type": "key.expiring",
                     *       "message": "Your API key \"CI deploys\" (ak_live_3f…9QwZ) expires in 7 days",
                     *       "key": {
                     *         "id": "key_5Nc1pZ7yD3",
                     *         "name": "CI deploys",
                     *         "hint": "ak_live_3f…9QwZ",
                     *         "expires_at": "2026-08-30T12:00:00.000Z"
                     *       },
                     *       "created_at": "2026-08-23T12:00:00.000Z",
                     *       "read_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the notifications marked read */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "updated": 3
                     *     }
                     */
                    "application/json": components["schemas"]["NotificationsMarkedRead"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProtectedApis: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of protected APIs, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "api_7Qm2vL9xR4tB8nK3pW6z",
                     *           "name": "Billing API",
                     *           "hosts": [
                     *             "billing.example.com"
                     *           ],
                     *           "path_prefix": "/",
                     *           "rules": [
                     *             {
                     *               "method": "GET",
                     *               "path": "/invoices/**",
                     *               "permission": "invoices:read"
                     *             },
                     *             {
                     *               "method": "POST",
                     *               "path": "/invoices",
                     *               "permission": "invoices:write"
                     *             }
                     *           ],
                     *           "created_at": "2026-06-01T12:00:00.000Z",
                     *           "updated_at": "2026-06-01T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["ProtectedApiPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProtectedApi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "hosts": [
                 *         "xxxxxxxx"
                 *       ],
                 *       "path_prefix": "/v1",
                 *       "rules": [
                 *         {
                 *           "method": "*",
                 *           "path": "/invoices/*",
                 *           "permission": "invoices:read"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Host names (lower case, no port) that select this API; empty or absent: any host */
                    hosts?: string[];
                    /** Format: text */
                    name: string;
                    /**
                     * @description The path prefix that selects this API (whole segments), e.g. `/v1`
                     * @example /v1
                     */
                    path_prefix: string;
                    /** @description In order: the first rule that matches a request decides; no match → 403 */
                    rules: {
                        method: components["schemas"]["RuleMethod"];
                        /**
                         * @description The whole request path (query excluded): `*` is one segment, a final `**` the rest (zero or more segments)
                         * @example /invoices/*
                         */
                        path: string;
                        /**
                         * @description The permission the request needs: one of Keyward's own, or a custom `resource:action` (lower case)
                         * @example invoices:read
                         */
                        permission: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description A replay (Idempotency-Key): the object the first request created, without its secret */
            200: {
                headers: {
                    /** @description This answer replays the one given to the first request with this Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "api_7Qm2vL9xR4tB8nK3pW6z",
                     *       "name": "Billing API",
                     *       "hosts": [
                     *         "billing.example.com"
                     *       ],
                     *       "path_prefix": "/",
                     *       "rules": [
                     *         {
                     *           "method": "GET",
                     *           "path": "/invoices/**",
                     *           "permission": "invoices:read"
                     *         },
                     *         {
                     *           "method": "POST",
                     *           "path": "/invoices",
                     *           "permission": "invoices:write"
                     *         }
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProtectedApi"];
                };
            };
            /** @description An HTTP API of the workspace that Keyward guards through forward-auth and the verify API */
            201: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "api_7Qm2vL9xR4tB8nK3pW6z",
                     *       "name": "Billing API",
                     *       "hosts": [
                     *         "billing.example.com"
                     *       ],
                     *       "path_prefix": "/",
                     *       "rules": [
                     *         {
                     *           "method": "GET",
                     *           "path": "/invoices/**",
                     *           "permission": "invoices:read"
                     *         },
                     *         {
                     *           "method": "POST",
                     *           "path": "/invoices",
                     *           "permission": "invoices:write"
                     *         }
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProtectedApi"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `idempotency_key_reused` */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#idempotency_key_reused",
                     *       "title": "This Idempotency-Key was used for another request",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request",
                     *       "code": "idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProtectedApi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTTP API of the workspace that Keyward guards through forward-auth and the verify API */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "api_7Qm2vL9xR4tB8nK3pW6z",
                     *       "name": "Billing API",
                     *       "hosts": [
                     *         "billing.example.com"
                     *       ],
                     *       "path_prefix": "/",
                     *       "rules": [
                     *         {
                     *           "method": "GET",
                     *           "path": "/invoices/**",
                     *           "permission": "invoices:read"
                     *         },
                     *         {
                     *           "method": "POST",
                     *           "path": "/invoices",
                     *           "permission": "invoices:write"
                     *         }
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProtectedApi"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProtectedApi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProtectedApi: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "hosts": [
                 *         "xxxxxxxx"
                 *       ],
                 *       "path_prefix": "/v1",
                 *       "rules": [
                 *         {
                 *           "method": "*",
                 *           "path": "/invoices/*",
                 *           "permission": "invoices:read"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Host names (lower case, no port) that select this API; empty or absent: any host */
                    hosts?: string[];
                    /** Format: text */
                    name?: string;
                    /**
                     * @description The path prefix that selects this API (whole segments), e.g. `/v1`
                     * @example /v1
                     */
                    path_prefix?: string;
                    /** @description In order: the first rule that matches a request decides; no match → 403 */
                    rules?: {
                        method: components["schemas"]["RuleMethod"];
                        /**
                         * @description The whole request path (query excluded): `*` is one segment, a final `**` the rest (zero or more segments)
                         * @example /invoices/*
                         */
                        path: string;
                        /**
                         * @description The permission the request needs: one of Keyward's own, or a custom `resource:action` (lower case)
                         * @example invoices:read
                         */
                        permission: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description An HTTP API of the workspace that Keyward guards through forward-auth and the verify API */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "api_7Qm2vL9xR4tB8nK3pW6z",
                     *       "name": "Billing API",
                     *       "hosts": [
                     *         "billing.example.com"
                     *       ],
                     *       "path_prefix": "/",
                     *       "rules": [
                     *         {
                     *           "method": "GET",
                     *           "path": "/invoices/**",
                     *           "permission": "invoices:read"
                     *         },
                     *         {
                     *           "method": "POST",
                     *           "path": "/invoices",
                     *           "permission": "invoices:write"
                     *         }
                     *       ],
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "updated_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ProtectedApi"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listKeyUsage: {
        parameters: {
            query?: {
                /** @description RFC 3339 date-time (strict: a leap second or an impossible date is refused) */
                from?: string;
                /** @description RFC 3339 date-time (strict: a leap second or an impossible date is refused) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workspace's busiest keys in a period */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-05-02T12:00:00.000Z",
                     *       "to": "2026-06-01T12:00:00.000Z",
                     *       "by_requests": [
                     *         {
                     *           "key": {
                     *             "id": "key_5Nc1pZ7yD3",
                     *             "name": "CI deploys",
                     *             "hint": "ak_live_3f…9QwZ",
                     *             "status": "active",
                     *             "flags": [],
                     *             "owner": {
                     *               "id": "usr_7Hq2mK9xP4",
                     *               "email": "ada@example.com",
                     *               "name": "Ada Lovelace"
                     *             },
                     *             "created_at": "2026-06-01T12:00:00.000Z",
                     *             "created_by": "usr_7Hq2mK9xP4",
                     *             "expires_at": "2026-08-30T12:00:00.000Z",
                     *             "last_used_at": null,
                     *             "last_used_ip": null,
                     *             "revoked_at": null,
                     *             "revoked_by": null,
                     *             "revoked_reason": null,
                     *             "permissions": [
                     *               "contacts:read"
                     *             ],
                     *             "restriction": [
                     *               "contacts:read"
                     *             ],
                     *             "rate_limit": {
                     *               "per_minute": 600,
                     *               "per_second": 20
                     *             },
                     *             "rolled_from": null,
                     *             "replaced_by": null,
                     *             "allowed_ips": null
                     *           },
                     *           "requests": 1200,
                     *           "rate_limited": 3
                     *         }
                     *       ],
                     *       "by_rate_limited": [
                     *         {
                     *           "key": {
                     *             "id": "key_5Nc1pZ7yD3",
                     *             "name": "CI deploys",
                     *             "hint": "ak_live_3f…9QwZ",
                     *             "status": "active",
                     *             "flags": [],
                     *             "owner": {
                     *               "id": "usr_7Hq2mK9xP4",
                     *               "email": "ada@example.com",
                     *               "name": "Ada Lovelace"
                     *             },
                     *             "created_at": "2026-06-01T12:00:00.000Z",
                     *             "created_by": "usr_7Hq2mK9xP4",
                     *             "expires_at": "2026-08-30T12:00:00.000Z",
                     *             "last_used_at": null,
                     *             "last_used_ip": null,
                     *             "revoked_at": null,
                     *             "revoked_by": null,
                     *             "revoked_reason": null,
                     *             "permissions": [
                     *               "contacts:read"
                     *             ],
                     *             "restriction": [
                     *               "contacts:read"
                     *             ],
                     *             "rate_limit": {
                     *               "per_minute": 600,
                     *               "per_second": 20
                     *             },
                     *             "rolled_from": null,
                     *             "replaced_by": null,
                     *             "allowed_ips": null
                     *           },
                     *           "requests": 1200,
                     *           "rate_limited": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UsageOverview"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "usr_7Hq2mK9xP4",
                     *           "email": "ada@example.com",
                     *           "name": "Ada Lovelace",
                     *           "role": "member",
                     *           "disabled": false,
                     *           "created_at": "2026-06-01T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "name": "xxxxxxxx",
                 *       "password": "xxxxxxxxxxxx",
                 *       "role": "owner"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** Format: text */
                    name: string;
                    password: string;
                    role: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description A replay (Idempotency-Key): the object the first request created, without its secret */
            200: {
                headers: {
                    /** @description This answer replays the one given to the first request with this Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_7Hq2mK9xP4",
                     *       "email": "ada@example.com",
                     *       "name": "Ada Lovelace",
                     *       "role": "member",
                     *       "disabled": false,
                     *       "created_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Created: the user */
            201: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_7Hq2mK9xP4",
                     *       "email": "ada@example.com",
                     *       "name": "Ada Lovelace",
                     *       "role": "member",
                     *       "disabled": false,
                     *       "created_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `idempotency_key_reused` */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#idempotency_key_reused",
                     *       "title": "This Idempotency-Key was used for another request",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request",
                     *       "code": "idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "owner",
                 *       "disabled": true,
                 *       "name": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    disabled?: boolean;
                    /** Format: text */
                    name?: string;
                    role?: components["schemas"]["Role"];
                };
            };
        };
        responses: {
            /** @description OK: the user */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_7Hq2mK9xP4",
                     *       "email": "ada@example.com",
                     *       "name": "Ada Lovelace",
                     *       "role": "member",
                     *       "disabled": false,
                     *       "created_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteUserSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the sessions ended */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sessions_ended": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SessionsEnded"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "method": "temporary_password"
                 *     }
                 */
                "application/json": {
                    method?: components["schemas"]["PasswordResetMethod"];
                };
            };
        };
        responses: {
            /** @description OK: the password reset */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "temporary_password": "xxxxxxxx",
                     *       "link_sent_to": "xxxxxxxx",
                     *       "sessions_ended": true
                     *     }
                     */
                    "application/json": components["schemas"]["PasswordReset"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `email_not_sent` */
            502: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#email_not_sent",
                     *       "title": "The email could not be sent",
                     *       "status": 502,
                     *       "detail": "The email could not be sent",
                     *       "code": "email_not_sent"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "key": "xxxxxxxx",
                 *       "permission": "invoices:read",
                 *       "method": "GET",
                 *       "path": "/invoices/1",
                 *       "host": "xxxxxxxx",
                 *       "ip": "203.0.113.7"
                 *     }
                 */
                "application/json": {
                    /** @description The client's Host (with `method` and `path`); absent: only APIs without hosts match */
                    host?: string;
                    /**
                     * @description The client's address (IPv4 or IPv6), for the key's allowlist, last used and new-address alerts; absent: the caller's own
                     * @example 203.0.113.7
                     */
                    ip?: string;
                    /** @description The key a client presented to your backend */
                    key: string;
                    /**
                     * @description The client's request method (with `path`)
                     * @example GET
                     */
                    method?: string;
                    /**
                     * @description The client's request path (with `method`): the protected APIs' rules decide
                     * @example /invoices/1
                     */
                    path?: string;
                    /**
                     * @description The permission the request needs (instead of method and path)
                     * @example invoices:read
                     */
                    permission?: string;
                };
            };
        };
        responses: {
            /** @description The decision about a presented key, the same as forward-auth makes */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": true,
                     *       "code": "xxxxxxxx",
                     *       "key": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "hint": "xxxxxxxx"
                     *       },
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace_id": "xxxxxxxx",
                     *       "permissions": [
                     *         "xxxxxxxx"
                     *       ],
                     *       "rate_limit": {
                     *         "limits": [
                     *           {
                     *             "name": "xxxxxxxx",
                     *             "limit": 1,
                     *             "window_seconds": 1,
                     *             "remaining": 1,
                     *             "reset_seconds": 1
                     *           }
                     *         ],
                     *         "retry_after_seconds": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook endpoints, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "whk_4Tz9cM2nB7",
                     *           "url": "https://hooks.example.com/keyward",
                     *           "events": [
                     *             "key.expiring",
                     *             "key.revoked"
                     *           ],
                     *           "enabled": true,
                     *           "disabled_reason": null,
                     *           "failing_since": null,
                     *           "created_at": "2026-06-01T12:00:00.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the create safe to retry: the same key with the same request within 24 hours replays the first answer (200, `Idempotent-Replayed: true`) instead of creating again; with another request, 422. Printable ASCII, at most 255 characters (e.g. a UUID), optionally quoted. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "xxxxxxxx",
                 *       "events": [
                 *         "key.expiring"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    events: components["schemas"]["KeyEventType"][];
                    /** Format: text */
                    url: string;
                };
            };
        };
        responses: {
            /** @description A replay (Idempotency-Key): the object the first request created, without its secret */
            200: {
                headers: {
                    /** @description This answer replays the one given to the first request with this Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whk_4Tz9cM2nB7",
                     *       "url": "https://hooks.example.com/keyward",
                     *       "events": [
                     *         "key.expiring",
                     *         "key.revoked"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description A webhook endpoint as created or with a new secret: the only response that carries the secret */
            201: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whk_4Tz9cM2nB7",
                     *       "url": "https://hooks.example.com/keyward",
                     *       "events": [
                     *         "key.expiring",
                     *         "key.revoked"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqXhk…"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `idempotency_key_reused` */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#idempotency_key_reused",
                     *       "title": "This Idempotency-Key was used for another request",
                     *       "status": 422,
                     *       "detail": "This Idempotency-Key was used for another request",
                     *       "code": "idempotency_key_reused"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook endpoint of the workspace; never its signing secret */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whk_4Tz9cM2nB7",
                     *       "url": "https://hooks.example.com/keyward",
                     *       "events": [
                     *         "key.expiring",
                     *         "key.revoked"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "xxxxxxxx",
                 *       "events": [
                 *         "key.expiring"
                 *       ],
                 *       "enabled": true
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    events?: components["schemas"]["KeyEventType"][];
                    /** Format: text */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description A webhook endpoint of the workspace; never its signing secret */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whk_4Tz9cM2nB7",
                     *       "url": "https://hooks.example.com/keyward",
                     *       "events": [
                     *         "key.expiring",
                     *         "key.revoked"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-06-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The previous page's next_cursor */
                cursor?: string;
                /** @description Page size */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhook deliveries, newest first */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
                     *           "event_id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
                     *           "type": "key.expiring",
                     *           "status": "delivered",
                     *           "attempts": 1,
                     *           "response_code": 200,
                     *           "error": null,
                     *           "duration_ms": 84,
                     *           "next_attempt_at": null,
                     *           "created_at": "2026-08-23T12:00:00.000Z",
                     *           "updated_at": "2026-08-23T12:00:01.000Z"
                     *         }
                     *       ],
                     *       "next_cursor": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookRedelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                delivery_id: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One delivery of an event to a webhook endpoint */
            202: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
                     *       "event_id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
                     *       "type": "key.expiring",
                     *       "status": "delivered",
                     *       "attempts": 1,
                     *       "response_code": 200,
                     *       "error": null,
                     *       "duration_ms": 84,
                     *       "next_attempt_at": null,
                     *       "created_at": "2026-08-23T12:00:00.000Z",
                     *       "updated_at": "2026-08-23T12:00:01.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook endpoint as created or with a new secret: the only response that carries the secret */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "whk_4Tz9cM2nB7",
                     *       "url": "https://hooks.example.com/keyward",
                     *       "events": [
                     *         "key.expiring",
                     *         "key.revoked"
                     *       ],
                     *       "enabled": true,
                     *       "disabled_reason": null,
                     *       "failing_since": null,
                     *       "created_at": "2026-06-01T12:00:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqXhk…"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookTestEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One delivery of an event to a webhook endpoint */
            202: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
                     *       "event_id": "msg_2Lp7vX4qR9sT1wY6zA3bC8dE",
                     *       "type": "key.expiring",
                     *       "status": "delivered",
                     *       "attempts": 1,
                     *       "response_code": 200,
                     *       "error": null,
                     *       "duration_ms": 84,
                     *       "next_attempt_at": null,
                     *       "created_at": "2026-08-23T12:00:00.000Z",
                     *       "updated_at": "2026-08-23T12:00:01.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found: `not_found` */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#not_found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "Not found",
                     *       "code": "not_found"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the workspace */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wsp_3Fk8sQ1zN6",
                     *       "name": "Acme",
                     *       "max_key_lifetime_days": 365,
                     *       "require_key_expiry": false,
                     *       "require_two_factor": false
                     *     }
                     */
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "xxxxxxxx",
                 *       "max_key_lifetime_days": 1,
                 *       "require_key_expiry": true,
                 *       "require_two_factor": true
                 *     }
                 */
                "application/json": {
                    max_key_lifetime_days?: number;
                    /** Format: text */
                    name?: string;
                    require_key_expiry?: boolean;
                    /** @description Owners and admins must use two-factor sign-in (enrolment is forced at their next sign-in) */
                    require_two_factor?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: the workspace */
            200: {
                headers: {
                    /** @description Present only when the API key used expires within 14 days: its expires_at (RFC 3339). Rotate the key before then. */
                    "Keyward-Key-Expires"?: string;
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wsp_3Fk8sQ1zN6",
                     *       "name": "Acme",
                     *       "max_key_lifetime_days": 365,
                     *       "require_key_expiry": false,
                     *       "require_two_factor": false
                     *     }
                     */
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            200: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardAuthPut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            200: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardAuthPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            200: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardAuthDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            200: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardAuthOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            200: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forwardAuthPatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            200: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Keyward-Key-Id": components["headers"]["Keyward-Key-Id"];
                    "Keyward-Permissions": components["headers"]["Keyward-Permissions"];
                    "Keyward-Problem": components["headers"]["Keyward-Problem"];
                    "Keyward-Status": components["headers"]["Keyward-Status"];
                    "Keyward-User-Email": components["headers"]["Keyward-User-Email"];
                    "Keyward-User-Id": components["headers"]["Keyward-User-Id"];
                    "Keyward-Workspace-Id": components["headers"]["Keyward-Workspace-Id"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "xxxxxxxx",
                 *       "password": "xxxxxxxx",
                 *       "workspace_id": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /** Format: text */
                    email: string;
                    password: string;
                    /**
                     * Format: text
                     * @description Which workspace, when the email and password open several (409 workspace_required)
                     */
                    workspace_id?: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "csrf_token": "xxxxxxxx",
                     *       "client_ip": "203.0.113.7",
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signInSecondFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: text
                     * @description A 6-digit code from the authenticator app, or one of the recovery codes (xxxxx-xxxxx)
                     */
                    code: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "csrf_token": "xxxxxxxx",
                     *       "client_ip": "203.0.113.7",
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie-Cleared"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePasswordWithLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "xxxxxxxx",
                 *       "new_password": "xxxxxxxxxxxx"
                 *     }
                 */
                "application/json": {
                    new_password: string;
                    /**
                     * Format: text
                     * @description The token from the emailed link (after #token=)
                     */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPasswordResetLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /** Format: text */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signInAgain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The current password, or a two-factor code (TOTP or recovery) */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    password: string;
                } | {
                    /**
                     * Format: text
                     * @description A 6-digit code from the authenticator app, or one of the recovery codes (xxxxx-xxxxx)
                     */
                    code: string;
                };
            };
        };
        responses: {
            /** @description OK: the reauthenticated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reauth_until": "2026-09-01T12:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Reauthenticated"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "csrf_token": "xxxxxxxx",
                     *       "client_ip": "203.0.113.7",
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Not authenticated: `missing_api_key`, `malformed_api_key`, `invalid_api_key`, `revoked_api_key`, `expired_api_key`, `owner_disabled`, `unauthenticated`, `invalid_credentials` */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#missing_api_key",
                     *       "title": "No API key was sent",
                     *       "status": 401,
                     *       "detail": "No API key was sent",
                     *       "code": "missing_api_key"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setupWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspace_name": "xxxxxxxx",
                 *       "email": "ada@example.com",
                 *       "name": "xxxxxxxx",
                 *       "password": "xxxxxxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** Format: text */
                    name: string;
                    password: string;
                    /** Format: text */
                    workspace_name: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "csrf_token": "xxxxxxxx",
                     *       "client_ip": "203.0.113.7",
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "workspace_name": "xxxxxxxx",
                 *       "email": "ada@example.com",
                 *       "name": "xxxxxxxx",
                 *       "password": "xxxxxxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /** Format: email */
                    email: string;
                    /** Format: text */
                    name: string;
                    password: string;
                    /** Format: text */
                    workspace_name: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "csrf_token": "xxxxxxxx",
                     *       "client_ip": "203.0.113.7",
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description With SMTP configured, sign-up confirms the address before anything else: nobody is signed in yet */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "verification_sent_to": "xxxxxxxx"
                     *     }
                     */
                    "application/json": components["schemas"]["SignupPending"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forbidden: `insufficient_permission`, `ip_not_allowed`, `route_not_allowed`, `csrf_failed`, `signup_disabled`, `forbidden_role_change`, `reauth_required`, `wrong_password`, `invalid_two_factor_code`, `two_factor_required`, `password_change_required`, `two_factor_enrolment_required`, `email_not_verified` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#insufficient_permission",
                     *       "title": "Insufficient permission",
                     *       "status": 403,
                     *       "detail": "Insufficient permission",
                     *       "code": "insufficient_permission"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict: `already_set_up`, `email_taken`, `workspace_required`, `last_owner`, `key_limit_reached`, `key_not_active`, `protected_api_limit_reached`, `idempotency_key_in_use`, `two_factor_state`, `email_not_configured` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#already_set_up",
                     *       "title": "Keyward is already set up",
                     *       "status": 409,
                     *       "detail": "Keyward is already set up",
                     *       "code": "already_set_up"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests: `rate_limited`, `too_many_failed_attempts`, `too_many_emails` */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#rate_limited",
                     *       "title": "Rate limit exceeded",
                     *       "status": 429,
                     *       "detail": "Rate limit exceeded",
                     *       "code": "rate_limited"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error: `email_not_sent` */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#email_not_sent",
                     *       "title": "The email could not be sent",
                     *       "status": 502,
                     *       "detail": "The email could not be sent",
                     *       "code": "email_not_sent"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the auth status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "needs_setup": true,
                     *       "signup": true,
                     *       "email": true
                     *     }
                     */
                    "application/json": components["schemas"]["AuthStatus"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEmailVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "xxxxxxxx"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: text
                     * @description The token from the emailed link (after #token=)
                     */
                    token: string;
                };
            };
        };
        responses: {
            /** @description The signed-in user; the session itself is the __Host-keyward_session cookie */
            200: {
                headers: {
                    "Set-Cookie": components["headers"]["Set-Cookie"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "xxxxxxxx",
                     *         "email": "xxxxxxxx",
                     *         "name": "xxxxxxxx",
                     *         "role": "owner"
                     *       },
                     *       "workspace": {
                     *         "id": "xxxxxxxx",
                     *         "name": "xxxxxxxx"
                     *       },
                     *       "csrf_token": "xxxxxxxx",
                     *       "client_ip": "203.0.113.7",
                     *       "pending": "two_factor"
                     *     }
                     */
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad request: `validation_error`, `invalid_cursor`, `invalid_link`, `ambiguous_api_key`, `invalid_json`, `malformed_request` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#validation_error",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "The request is not valid",
                     *       "code": "validation_error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body too large (over 1 MiB): `payload_too_large` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#payload_too_large",
                     *       "title": "The body is too large",
                     *       "status": 413,
                     *       "detail": "The body is too large",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not application/json: `unsupported_media_type` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#unsupported_media_type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported media type",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Storage is unavailable or full: `storage_unavailable`, `storage_full`, `encryption_key_required` */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After-Storage"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/docs/errors#storage_unavailable",
                     *       "title": "Storage is unavailable",
                     *       "status": 503,
                     *       "detail": "Storage is unavailable",
                     *       "code": "storage_unavailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: the readiness */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "storage": {
                     *         "dialect": "xxxxxxxx",
                     *         "status": "ok"
                     *       },
                     *       "rate_limiter": {
                     *         "backend": "xxxxxxxx",
                     *         "degraded": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description OK: the readiness */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "storage": {
                     *         "dialect": "xxxxxxxx",
                     *         "status": "ok"
                     *       },
                     *       "rate_limiter": {
                     *         "backend": "xxxxxxxx",
                     *         "degraded": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
}
