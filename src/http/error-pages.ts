import { readFileSync } from 'node:fs';
import { ERRORS, type ErrorCode } from '../errors.js';
import type { App } from './types.js';

/**
 * GET /docs/errors: the page every problem `type` (`/docs/errors#<code>`) points to. Plain HTML that
 * reads without JavaScript (and in a terminal), with one section per code, anchored by the code. The
 * text comes from docs/errors.md's table (its "when" column) and the catalog's status and title.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const inline = (s: string) => escape(s).replace(/`([^`]+)`/g, '<code>$1</code>');

/** code → "when" from docs/errors.md; codes missing there (the doc test fails first) get the title only. */
export function errorExplanations(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of markdown.matchAll(/^\| `([a-z_]+)` \| \d{3} \| (.*) \|$/gm)) out.set(m[1], m[2]);
  return out;
}

export function renderErrorPage(markdown: string): string {
  const when = errorExplanations(markdown);
  const sections = (Object.entries(ERRORS) as [ErrorCode, { status: number; title: string }][]).map(
    ([code, { status, title }]) =>
      `<section id="${code}">\n<h2><code>${code}</code> — ${status}</h2>\n<p><strong>${escape(title)}.</strong> ${inline(when.get(code) ?? '')}</p>\n</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Keyward API errors</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2em}section{border-top:1px solid #ddd;padding:.5rem 0}section:target{background:#fff8d6}</style>
</head>
<body>
<h1>Keyward API errors</h1>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with a <code>code</code> and a <code>type</code> linking to its section below.
Every 401 carries <code>WWW-Authenticate: ApiKey header="X-API-Key"</code>; every 429 carries <code>Retry-After</code> in seconds.</p>
${sections.join('\n')}
</body>
</html>
`;
}

export function errorPageRoutes(app: App): void {
  let page: string | undefined;
  app.get('/docs/errors', { schema: { hide: true }, config: { auth: 'none' } }, async (_req, reply) => {
    if (page === undefined) {
      let markdown = '';
      try {
        markdown = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
      } catch {
        // Installed without docs/: the page still lists every code with its status and title.
      }
      page = renderErrorPage(markdown);
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=3600').send(page);
  });
}
