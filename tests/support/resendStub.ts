import { createHash, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedRequest = {
  method: string
  path: string
  authorization: string | undefined
  idempotencyKey: string | undefined
  body: unknown
  status: number
  /** an idempotent retry of a message already accepted: answered, not sent again */
  replayed: boolean
}

/** As Resend checks them: a list of { filename, content (base64) }, with an optional content_type and content_id. */
function validAttachments(value: unknown): boolean {
  if (value === undefined) return true
  return (
    Array.isArray(value) &&
    value.every((entry: Record<string, unknown> | null) => {
      if (!entry || typeof entry.filename !== 'string' || typeof entry.content !== 'string') return false
      return /^[A-Za-z0-9+/]+={0,2}$/.test(entry.content) && ['string', 'undefined'].includes(typeof entry.content_type) && ['string', 'undefined'].includes(typeof entry.content_id)
    })
  )
}

type Accepted = { bodyHash: string; reply: unknown }

/**
 * A Resend-compatible HTTP server for tests: `POST /emails` and `POST /emails/batch` answer as Resend
 * does, record every request, honour `Idempotency-Key` (the same key and body return the first answer
 * without sending again; the same key with another body is refused with 409, as Resend does), and
 * can be told to fail the next requests, to wait before answering, or to run a hook before answering
 * (e.g. to kill the sender while a batch is in flight: Resend then has it, the sender never hears).
 */
export class ResendStub {
  readonly requests: RecordedRequest[] = []
  private readonly server = http.createServer((req, res) => void this.handle(req, res))
  private readonly acceptedByKey = new Map<string, Accepted>()
  private failures: number[] = []
  /** Milliseconds to wait before answering each request. */
  delayMs = 0
  /** Runs before each accepted-or-replayed request is answered. */
  beforeReply: ((request: { path: string; idempotencyKey: string | undefined; body: unknown }) => Promise<void> | void) | null = null

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  /** The next requests answer with these HTTP statuses, in order. */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses)
  }

  /** The messages Resend accepted (not the refused attempts). */
  get delivered(): RecordedRequest[] {
    return this.requests.filter((request) => request.status === 200 && !request.replayed)
  }

  /** Every recipient address of the accepted messages (replays not counted), once per delivery. */
  deliveredRecipients(filter: (request: RecordedRequest) => boolean = () => true): string[] {
    return this.delivered.filter(filter).flatMap((request) => {
      const messages = request.path === '/emails/batch' ? (request.body as Array<{ to: string | string[] }>) : [request.body as { to: string | string[] }]
      return messages.flatMap((message) => (Array.isArray(message.to) ? message.to : [message.to]))
    })
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    let body: unknown = null
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null')
    } catch {
      body = null
    }
    const path = (req.url ?? '').split('?')[0]
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs))
    const reply = (status: number, payload: unknown, replayed = false) => {
      this.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, idempotencyKey, body, status, replayed })
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(payload))
    }

    if (req.method !== 'POST' || (path !== '/emails' && path !== '/emails/batch')) {
      return reply(404, { statusCode: 404, name: 'not_found', message: 'Not found' })
    }
    if (!req.headers.authorization?.startsWith('Bearer re_')) {
      return reply(401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' })
    }
    const failure = this.failures.shift()
    if (failure) return reply(failure, { statusCode: failure, name: 'application_error', message: 'Simulated outage' })

    const messages = path === '/emails/batch' ? (Array.isArray(body) ? body : []) : [body]
    const invalid = messages.find((message) => {
      const m = message as Record<string, unknown> | null
      return !m || !m.from || !m.to || !m.subject || (!m.html && !m.text)
    })
    if (invalid !== undefined) {
      return reply(422, { statusCode: 422, name: 'validation_error', message: 'from, to, subject and html or text are required' })
    }
    if (messages.some((message) => !validAttachments((message as Record<string, unknown>).attachments))) {
      return reply(422, { statusCode: 422, name: 'validation_error', message: 'each attachment needs a filename and base64 content' })
    }
    const bodyHash = createHash('sha256').update(JSON.stringify(body)).digest('hex')
    const scopedKey = idempotencyKey ? `${path} ${idempotencyKey}` : undefined
    const earlier = scopedKey ? this.acceptedByKey.get(scopedKey) : undefined
    if (earlier && earlier.bodyHash !== bodyHash) {
      return reply(409, { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' })
    }
    if (this.beforeReply) await this.beforeReply({ path, idempotencyKey, body })
    if (earlier) return reply(200, earlier.reply, true)
    const ids = messages.map(() => randomUUID())
    const answer = path === '/emails/batch' ? { data: ids.map((id) => ({ id })) } : { id: ids[0] }
    if (scopedKey) this.acceptedByKey.set(scopedKey, { bodyHash, reply: answer })
    return reply(200, answer)
  }
}
