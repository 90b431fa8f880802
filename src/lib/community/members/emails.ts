import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fill } from '@/lib/submissions/fill'
import { memberUrl } from './paths'

export type MemberEmail = { template: string; subject: string; text: string; html: string }

type Block = { paragraph: string } | { link: { label: string; url: string } }

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string)

const P = 'margin:0 0 16px'

/** Plain text for every mail client and simple HTML (one column, the link written out too) for those that show it. */
function compose(locale: Locale, template: string, subject: string, blocks: Block[]): MemberEmail {
  const { footer } = getStrings(locale).members.email
  const text = [...blocks.map((block) => ('paragraph' in block ? block.paragraph : `${block.link.label}: ${block.link.url}`)), '--', footer].join('\n\n')
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5"><div style="max-width:600px">',
    ...blocks.map((block) =>
      'paragraph' in block
        ? `<p style="${P}">${escapeHtml(block.paragraph)}</p>`
        : `<p style="${P}"><a href="${escapeHtml(block.link.url)}" style="color:#0a5a8a;font-weight:bold">${escapeHtml(block.link.label)}</a><br><span style="font-size:14px;word-break:break-all">${escapeHtml(block.link.url)}</span></p>`,
    ),
    `<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0"><p style="margin:0;font-size:14px;color:#4a4a4a">${escapeHtml(footer)}</p>`,
    '</div></body></html>',
  ].join('')
  return { template, subject, text, html }
}

/** The link a new member follows to confirm her address. */
export function verificationEmail({ locale, name, token }: { locale: Locale; name: string; token: string }): MemberEmail {
  const { verify } = getStrings(locale).members.email
  return compose(locale, 'member-verify', verify.subject, [
    { paragraph: fill(verify.greeting, { name }) },
    { paragraph: verify.body },
    { link: { label: verify.action, url: memberUrl(locale, 'verify', { token }) } },
    { paragraph: verify.ignore },
  ])
}

/** The password reset link (Payload's token, valid one hour). */
export function passwordResetEmail({ locale, name, token }: { locale: Locale; name: string; token: string }): MemberEmail {
  const { reset } = getStrings(locale).members.email
  return compose(locale, 'member-reset-password', reset.subject, [
    { paragraph: fill(reset.greeting, { name }) },
    { paragraph: reset.body },
    { link: { label: reset.action, url: memberUrl(locale, 'reset-password', { token }) } },
    { paragraph: reset.ignore },
  ])
}

/** Sent instead of a second account when someone signs up with an address that already has one. */
export function alreadyRegisteredEmail({ locale, name }: { locale: Locale; name: string }): MemberEmail {
  const { alreadyRegistered } = getStrings(locale).members.email
  return compose(locale, 'member-already-registered', alreadyRegistered.subject, [
    { paragraph: fill(alreadyRegistered.greeting, { name }) },
    { paragraph: alreadyRegistered.body },
    { link: { label: alreadyRegistered.signIn, url: memberUrl(locale, 'sign-in') } },
    { link: { label: alreadyRegistered.reset, url: memberUrl(locale, 'forgot-password') } },
    { paragraph: alreadyRegistered.ignore },
  ])
}
