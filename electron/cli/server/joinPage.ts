import type { ServerResponse } from 'node:http';
import { JOIN_CODE_LENGTH, MAX_NAME_LENGTH } from './participants.ts';

/** The join page's policy: no script at all, its own inline style, the form posts to this origin only. */
const JOIN_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Writes the join page: the join code (prefilled from the join address) and a name, posted to /join. */
export function sendJoinPage(res: ServerResponse, options: { planTitle: string; code: string; message?: string; status?: number }): void {
  const message = options.message ? `<p role="alert" class="error">${escapeHtml(options.message)}</p>` : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join the workshop — Account Atlas</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1f2937; }
label { display: block; margin-top: 1rem; font-weight: 600; }
input { font: inherit; width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem; }
button { font: inherit; margin-top: 1.5rem; padding: .5rem 1.25rem; }
.error { color: #b91c1c; }
</style>
</head>
<body>
<main>
<h1>Join the workshop</h1>
<p>Plan: <strong>${escapeHtml(options.planTitle)}</strong></p>
${message}
<form method="post" action="/join">
<label for="code">Join code</label>
<input id="code" name="code" required autocomplete="off" maxlength="${JOIN_CODE_LENGTH + 4}" value="${escapeHtml(options.code)}">
<label for="name">Your name</label>
<input id="name" name="name" required maxlength="${MAX_NAME_LENGTH}" autocomplete="name">
<button type="submit">Join</button>
</form>
</main>
</body>
</html>
`;
  res.writeHead(options.status ?? 200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': JOIN_PAGE_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // Not no-referrer: with it the browser sends "Origin: null" on the form's post, which the Origin check refuses.
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  });
  res.end(html);
}
