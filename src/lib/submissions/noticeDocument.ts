import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

type Notice = { locale: Locale; heading: string; text: string; link: { href: string; label: string }; status: number; headers?: Record<string, string> }

/**
 * A small, complete HTML page for answers a page cannot give (Next.js pages cannot answer 400, 410
 * or 429): the site's name, a heading, what happened and what to do next, in the visitor's language.
 */
export function noticeResponse({ locale, heading, text, link, status, headers = {} }: Notice): Response {
  const { site, errors } = getStrings(locale)
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} — ${escapeHtml(site.shortName)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a1f1c;background:#fff;line-height:1.55;font-size:1.0625rem}
header{background:#0b3d2e;padding:1rem}
header a{color:#fff;font-weight:700;text-decoration:none}
main{max-width:72rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:2rem;line-height:1.15;margin:1.5rem 0 1rem}
p{max-width:70ch}
a{color:#0a5a8a;text-underline-offset:.15em}
a:focus-visible{outline:3px solid #ffbf47;box-shadow:0 0 0 5px #1a1f1c}
</style>
</head>
<body>
<header><a href="/${locale}">${escapeHtml(site.name)}</a></header>
<main>
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>
<p><a href="/${locale}">${escapeHtml(errors.backHome)}</a></p>
</main>
</body>
</html>`
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex', ...headers },
  })
}
