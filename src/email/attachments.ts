/** A file sent with a message, as the outbox stores it and Resend accepts it. */
export type StoredAttachment = {
  filename: string
  contentType: string
  /** The file's bytes in base64. */
  content: string
  /** Set for an inline image, which the HTML shows with `<img src="cid:…">`. */
  contentId?: string
}

/** The fields of a nodemailer attachment (what Payload's `sendEmail` takes) that the outbox understands. */
export type EmailAttachmentInput = {
  filename?: string | false
  content?: unknown
  contentType?: string
  encoding?: string
  /** The content id of an inline image. */
  cid?: string
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const CONTENT_ID = /^[A-Za-z0-9._@-]{1,100}$/

function base64Of(attachment: EmailAttachmentInput): string {
  const { content, encoding } = attachment
  if (typeof content === 'string') return encoding === 'base64' ? content.replace(/\s+/g, '') : Buffer.from(content, (encoding as BufferEncoding | undefined) ?? 'utf8').toString('base64')
  if (content instanceof Uint8Array) return Buffer.from(content).toString('base64')
  // A stream, a path or a URL would be read at delivery time, maybe elsewhere: the outbox keeps bytes only.
  throw new Error(`The attachment "${String(attachment.filename)}" must be given as its content (a string or a Buffer), not a stream, path or URL.`)
}

/**
 * nodemailer-style attachments, as Payload passes them to `sendEmail`, as the outbox stores them:
 * the bytes in base64, a file name and a type, and the content id of an inline image (`cid`).
 * Undefined when there are none.
 */
export function storableAttachments(attachments: readonly EmailAttachmentInput[] | undefined): StoredAttachment[] | undefined {
  if (!attachments?.length) return undefined
  return attachments.map((attachment) => {
    if (!attachment.filename) throw new Error('An e-mail attachment needs a file name.')
    const stored: StoredAttachment = {
      filename: String(attachment.filename),
      contentType: attachment.contentType ?? 'application/octet-stream',
      content: base64Of(attachment),
    }
    if (attachment.cid) {
      if (!CONTENT_ID.test(attachment.cid)) throw new Error(`The content id "${attachment.cid}" of an inline attachment may only hold letters, digits, ".", "_", "@" and "-".`)
      stored.contentId = attachment.cid
    }
    return stored
  })
}

const isStored = (value: unknown): value is StoredAttachment => {
  if (!value || typeof value !== 'object') return false
  const entry = value as Record<string, unknown>
  return (
    typeof entry.filename === 'string' &&
    typeof entry.contentType === 'string' &&
    typeof entry.content === 'string' &&
    BASE64.test(entry.content) &&
    (entry.contentId === undefined || (typeof entry.contentId === 'string' && CONTENT_ID.test(entry.contentId)))
  )
}

/**
 * The stored attachments of a delivery. A delivery whose attachments were tampered with is not sent
 * without them (the message would mislead): it fails, for an admin to see.
 */
export function storedAttachments(value: unknown): StoredAttachment[] | undefined {
  if (value == null) return undefined
  if (!Array.isArray(value) || !value.every(isStored)) throw new Error('The delivery’s attachments are not a list of { filename, contentType, content (base64) }.')
  return value.length ? value : undefined
}
