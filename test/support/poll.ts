/**
 * Waits until `check` holds (a throw counts as "not yet"), polling every `everyMs` (50 by default), for at
 * most `timeoutMs` (60 s by default); returns whether it held. Tests wait for a condition this way, never
 * for a fixed time.
 */
export async function eventually(check: () => boolean | Promise<boolean>, options: { timeoutMs?: number; everyMs?: number } = {}): Promise<boolean> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      if (await check()) return true;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, options.everyMs ?? 50));
  }
}
