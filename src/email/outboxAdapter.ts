import type { EmailAdapter, PayloadRequest, SendEmailOptions } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { formatAddresses } from './addresses'
import { storableAttachments } from './attachments'
import { plainHeaders } from './headers'

/** Templates name what kind of email this is; Payload's own (password reset…) arrive as `direct`. */
export type OutboxMessage = SendEmailOptions & {
  template?: string
  /** The caller's request: the message then commits or rolls back with the caller's own change. */
  req?: PayloadRequest
}

type Options = { defaultFromAddress: string; defaultFromName: string }

/**
 * Payload's email adapter for GKEC. `sendEmail` does not send: it stores the message in the
 * `email-deliveries` outbox and queues a `deliverEmail` job in the same transaction, so a message is
 * either fully queued or not at all. The job sends it through Resend (see `jobs/deliverEmail.ts`).
 */
export const outboxEmailAdapter =
  ({ defaultFromAddress, defaultFromName }: Options): EmailAdapter<{ id: number | string }> =>
  ({ payload }) => ({
    name: 'gkec-outbox',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message: OutboxMessage) => {
      const req = message.req ?? (await createLocalReq({}, payload))
      const ownsTransaction = await initTransaction(req)
      try {
        const delivery = await payload.create({
          collection: 'email-deliveries',
          overrideAccess: true,
          req,
          data: {
            to: formatAddresses(message.to),
            cc: formatAddresses(message.cc) || undefined,
            bcc: formatAddresses(message.bcc) || undefined,
            from:
              formatAddresses(message.from) ||
              `${defaultFromName} <${defaultFromAddress}>`,
            replyTo: formatAddresses(message.replyTo) || undefined,
            subject: message.subject ?? '',
            template: message.template ?? 'direct',
            html: typeof message.html === 'string' ? message.html : undefined,
            text: typeof message.text === 'string' ? message.text : undefined,
            headers: plainHeaders(message.headers),
            attachments: storableAttachments(message.attachments),
            status: 'queued',
            attempts: 0,
          },
        })
        await payload.jobs.queue({ task: 'deliverEmail', input: { deliveryId: delivery.id }, req })
        if (ownsTransaction) await commitTransaction(req)
        return { id: delivery.id }
      } catch (error) {
        if (ownsTransaction) await killTransaction(req)
        throw error
      }
    },
  })
