import { Resend } from 'resend'

import type { EmailDelivery } from '@/payload-types'
import { splitAddresses } from './addresses'
import { storedAttachments } from './attachments'
import { storedHeaders } from './headers'

export type TransportResult = { providerId: string }

/**
 * Sends one stored message. With RESEND_API_KEY it goes through the Resend SDK (to RESEND_BASE_URL
 * when set, e.g. a local test server); without it (development) the message is printed instead.
 * The delivery id is the idempotency key, so a retry after a crash is not sent twice.
 */
export async function sendStoredEmail(delivery: EmailDelivery): Promise<TransportResult> {
  const apiKey = process.env.RESEND_API_KEY
  if (!apiKey) {
    const files = storedAttachments(delivery.attachments)?.map((attachment) => attachment.filename)
    console.info(
      `[email] not sent (no RESEND_API_KEY) — to: ${delivery.to} | subject: ${delivery.subject}${files ? ` | attachments: ${files.join(', ')}` : ''}\n${delivery.text ?? delivery.html ?? ''}`,
    )
    return { providerId: `console-${delivery.id}` }
  }
  const resend = new Resend(apiKey)
  const headers = storedHeaders(delivery.headers)
  const attachments = storedAttachments(delivery.attachments)
  const message = {
    from: delivery.from,
    to: splitAddresses(delivery.to),
    cc: splitAddresses(delivery.cc),
    bcc: splitAddresses(delivery.bcc),
    replyTo: splitAddresses(delivery.replyTo),
    subject: delivery.subject,
    tags: [{ name: 'template', value: delivery.template.replace(/[^a-zA-Z0-9_-]/g, '_') }],
    ...(headers ? { headers } : {}),
    ...(attachments ? { attachments } : {}),
  }
  const body = delivery.html
    ? { ...message, html: delivery.html, ...(delivery.text ? { text: delivery.text } : {}) }
    : { ...message, text: delivery.text ?? '' }
  const { data, error } = await resend.emails.send(body, { idempotencyKey: `email-delivery-${delivery.id}` })
  if (error || !data) throw new Error(`Resend refused the message: ${error?.message ?? 'no id returned'}`)
  return { providerId: data.id }
}
