import type { Locale } from '@/i18n/locales'

export type AlertEmailItem = { title: string; url: string; detail?: string }

/** One part of an alert email: a paragraph, a button, a bulleted list of lines, or a list of linked actions. */
export type AlertEmailBlock =
  | { paragraph: string }
  | { button: { label: string; url: string } }
  | { bullets: string[] }
  | { heading: string; items: AlertEmailItem[] }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

const P = 'margin:0 0 16px'

function blockHtml(block: AlertEmailBlock): string {
  if ('paragraph' in block) return `<p style="${P}">${escapeHtml(block.paragraph)}</p>`
  if ('bullets' in block) return `<ul style="${P};padding-left:24px">${block.bullets.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
  if ('button' in block) {
    const { label, url } = block.button
    return `<p style="${P}"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#0b3d2e;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(label)}</a><br><span style="font-size:14px;word-break:break-all">${escapeHtml(url)}</span></p>`
  }
  const items = block.items
    .map(
      (item) =>
        `<li style="margin:0 0 12px"><a href="${escapeHtml(item.url)}" style="color:#0a5a8a;font-weight:bold">${escapeHtml(item.title)}</a>${
          item.detail ? `<br><span style="font-size:14px">${escapeHtml(item.detail)}</span>` : ''
        }</li>`,
    )
    .join('')
  return `<h2 style="margin:24px 0 12px;font-size:18px">${escapeHtml(block.heading)}</h2><ul style="${P};padding-left:24px">${items}</ul>`
}

function blockText(block: AlertEmailBlock): string {
  if ('paragraph' in block) return block.paragraph
  if ('bullets' in block) return block.bullets.map((line) => `- ${line}`).join('\n')
  if ('button' in block) return `${block.button.label}: ${block.button.url}`
  return [block.heading.toUpperCase(), ...block.items.map((item) => [`- ${item.title}`, item.detail ? `  ${item.detail}` : null, `  ${item.url}`].filter(Boolean).join('\n'))].join('\n\n')
}

type Layout = { locale: Locale; subject: string; blocks: AlertEmailBlock[]; footer: string; unsubscribe: { label: string; url: string; text: string } }

/**
 * Plain text for every mail client and simple HTML (one column, real links, the language declared)
 * for those that show it; the footer always ends with the unsubscribe link.
 */
export function composeAlertEmail({ locale, subject, blocks, footer, unsubscribe }: Layout): { text: string; html: string } {
  const text = [...blocks.map(blockText), '--', footer, unsubscribe.text].join('\n\n')
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<div style="max-width:600px">',
    ...blocks.map(blockHtml),
    `<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0"><p style="margin:0 0 8px;font-size:14px;color:#4a4a4a">${escapeHtml(footer)}</p>`,
    `<p style="margin:0;font-size:14px"><a href="${escapeHtml(unsubscribe.url)}" style="color:#0a5a8a">${escapeHtml(unsubscribe.label)}</a></p>`,
    '</div></body></html>',
  ].join('')
  return { text, html }
}
