import type { Locale } from '@/i18n/locales'

/**
 * One part of an email: a paragraph, a link shown as a button, a quoted text (a reason), or an image
 * attached to the message (`src` is `cid:<content id>`: no remote image is ever loaded), left out of
 * the plain text (say what it shows in a paragraph beside it).
 */
export type EmailPart =
  | { paragraph: string }
  | { link: { label: string; url: string; text: string } }
  | { quote: string }
  | { image: { src: string; alt: string; width: number; height: number } }

export type ComposedEmail = { text: string; html: string }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

const paragraphsHtml = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((block) => `<p style="margin:0 0 16px">${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('')

function partHtml(part: EmailPart): string {
  if ('paragraph' in part) return paragraphsHtml(part.paragraph)
  if ('image' in part) {
    const { src, alt, width, height } = part.image
    return `<p style="margin:0 0 16px"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}" style="display:block;border:0"></p>`
  }
  if ('quote' in part) {
    return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #0b3d2e;background:#f3f6f4">${paragraphsHtml(part.quote)}</blockquote>`
  }
  const { label, url } = part.link
  return `<p style="margin:0 0 16px"><a href="${escapeHtml(url)}" style="display:inline-block;padding:10px 16px;background:#0b3d2e;color:#ffffff;text-decoration:underline;border-radius:4px">${escapeHtml(label)}</a><br><span style="font-size:14px;word-break:break-all">${escapeHtml(url)}</span></p>`
}

function partText(part: EmailPart): string {
  if ('paragraph' in part) return part.paragraph
  if ('image' in part) return ''
  if ('quote' in part) return part.quote.split('\n').map((line) => `> ${line}`).join('\n')
  return part.link.text
}

/**
 * Plain text for every mail client, and simple HTML (one column, real links, the address written
 * out under each button, the language declared) for those that show it.
 */
export function composeEmail({ locale, subject, parts, footer }: { locale: Locale; subject: string; parts: EmailPart[]; footer: string }): ComposedEmail {
  const text = [...parts.map(partText).filter(Boolean), '--', footer].join('\n\n')
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    '<div style="max-width:600px">',
    ...parts.map(partHtml),
    `<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0"><p style="margin:0;font-size:14px;color:#4a4a4a">${escapeHtml(footer)}</p>`,
    '</div></body></html>',
  ].join('')
  return { text, html }
}
