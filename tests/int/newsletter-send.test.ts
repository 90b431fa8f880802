import { type ChildProcess, spawn } from 'node:child_process'

import type { Payload } from 'payload'

import { unsubscribeUrl, preferencesUrl } from '@/lib/newsletter/links'
import { renderIssue } from '@/lib/newsletter/render/renderIssue'
import { isSendLocked } from '@/lib/newsletter/send/lock'
import { resumeStalledSends } from '@/lib/newsletter/send/resume'
import { runNewsletterSend } from '@/lib/newsletter/send/run'
import { readIssueSendState, writeSendState } from '@/lib/newsletter/send/state'
import { siteUrl } from '@/lib/seo/siteUrl'
import { createNewsletterIssue, createSubscriber, paragraphs } from '../support/campaignFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createPlace, createPractice, uniqueSuffix } from '../support/practiceFixtures'
import { type RecordedRequest, ResendStub } from '../support/resendStub'
import { rest } from '../support/rest'

let payload: Payload
const stub = new ResendStub()
let stubUrl = ''

beforeAll(async () => {
  payload = await getTestPayload()
  stubUrl = await stub.start()
  process.env.RESEND_BASE_URL = stubUrl
  process.env.RESEND_API_KEY = 're_test_newsletter'
})

afterAll(async () => {
  delete process.env.RESEND_API_KEY
  delete process.env.RESEND_BASE_URL
  await stub.stop()
  await closePayload(payload)
})

type BatchMessage = { to: string[]; subject: string; html: string; text: string; headers: Record<string, string> }

const ofIssue = (issueId: number) => (request: RecordedRequest) => request.path === '/emails/batch' && Boolean(request.idempotencyKey?.startsWith(`newsletter-${issueId}-`))
const messagesOf = (issueId: number): BatchMessage[] => stub.delivered.filter(ofIssue(issueId)).flatMap((request) => request.body as BatchMessage[])

/** Waits until `check` holds, looking again every 50 ms, for at most `ms`. */
async function until(check: () => Promise<boolean> | boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the condition did not hold in time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Runs the queued send jobs of one issue that are due. */
async function runIssueJobs(issueId: number): Promise<void> {
  await payload.jobs.run({ silent: true, limit: 10, where: { and: [{ taskSlug: { equals: 'sendNewsletter' } }, { 'input.issue': { equals: issueId } }] } })
}

async function deliveryRows(issueId: number) {
  const { docs } = await payload.find({ collection: 'newsletter-deliveries', where: { issue: { equals: issueId } }, overrideAccess: true, pagination: false, depth: 0 })
  return docs
}

async function theme(): Promise<number> {
  const suffix = uniqueSuffix()
  const created = await payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Theme ${suffix}`, slug: `theme-${suffix}`, kind: 'domain' } })
  return created.id
}

async function staff(role: 'communications' | 'editor'): Promise<{ email: string; token: string }> {
  const email = `${role}-${uniqueSuffix()}@example.org`
  const password = 'a long enough password'
  await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, name: role, roles: [role] } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { email, token: token ?? '' }
}

/** A paragraph holding one link, as the rich-text editor stores it. */
function withLink(text: string, url: string): NonNullable<ReturnType<typeof paragraphs>> {
  const link = {
    type: 'link',
    version: 3,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    fields: { linkType: 'custom', url, newTab: false },
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  }
  const paragraph = { type: 'paragraph', version: 1, direction: 'ltr' as const, format: '' as const, indent: 0, textFormat: 0, children: [link] }
  return { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph] } }
}

describe('newsletter sending', () => {
  it('sends each language its own issue (English where it has none) to the confirmed subscribers of the segment only, with one-click unsubscribe headers', async () => {
    const [wanted, other] = [await theme(), await theme()]
    const frenchReader = await createSubscriber(payload, { locale: 'fr', interests: { themes: [wanted] } })
    const portugueseReader = await createSubscriber(payload, { locale: 'pt' })
    const asianFrench = await createSubscriber(payload, { locale: 'fr', interests: { themes: [wanted], regions: ['asia'] } })
    const excluded = [
      await createSubscriber(payload, { locale: 'fr', interests: { themes: [other] } }),
      await createSubscriber(payload, { locale: 'fr', interests: { regions: ['europe'] } }),
      await createSubscriber(payload, { locale: 'es' }),
      await createSubscriber(payload, { locale: 'fr', status: 'unsubscribed', unsubscribedAt: new Date().toISOString() }),
      await createSubscriber(payload, { locale: 'fr', status: 'bounced', bouncedAt: new Date().toISOString() }),
      await createSubscriber(payload, { locale: 'fr', status: 'pending', confirmedAt: null }),
    ]
    const issue = await createNewsletterIssue(payload, {
      layouts: {
        en: [{ blockType: 'hero', heading: 'Cities on the move' }, { blockType: 'richText', body: paragraphs('English body words') }],
        fr: [{ blockType: 'hero', heading: 'Des villes en mouvement' }, { blockType: 'cta', heading: 'Agir', link: { label: 'Voir les pratiques', url: '/fr/practices' } }],
      },
      subjects: { en: 'News in English', fr: 'Nouvelles en français' },
      segment: { themes: [wanted], regions: ['asia'], locales: ['fr', 'pt'] },
    })
    await payload.jobs.queue({ task: 'sendNewsletter', input: { issue: issue.id } })
    await writeSendState(payload.db.pool, issue.id, { send_status: 'scheduled', send_at: new Date() })
    await runIssueJobs(issue.id)

    const messages = messagesOf(issue.id)
    // Other test files' subscribers may share the database: this file's own are checked one by one.
    const to = messages.flatMap((message) => message.to)
    expect(to).toEqual(expect.arrayContaining([frenchReader.email, portugueseReader.email, asianFrench.email]))
    expect(new Set(to).size).toBe(to.length)
    for (const subscriber of excluded) expect(to).not.toContain(subscriber.email)

    const french = messages.find((message) => message.to[0] === frenchReader.email)!
    expect(french.subject).toBe('Nouvelles en français')
    expect(french.html).toContain('Des villes en mouvement')
    expect(french.html).toContain('utm_medium=email')
    expect(french.html).not.toContain('Cities on the move')
    expect(french.headers['List-Unsubscribe']).toBe(`<${unsubscribeUrl('fr', frenchReader.id)}>`)
    expect(french.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(french.html).toContain(preferencesUrl('fr', frenchReader.id).replace(/&/g, '&amp;'))
    expect(french.text).toContain(unsubscribeUrl('fr', frenchReader.id))

    const portuguese = messages.find((message) => message.to[0] === portugueseReader.email)!
    expect(portuguese.subject).toBe('News in English')
    expect(portuguese.html).toContain('Cities on the move')
    expect(portuguese.html).toContain('English body words')
    // Only the footer's own links differ between two readers of the same language.
    expect(portuguese.html).toContain(unsubscribeUrl('pt', portugueseReader.id))
    expect(portuguese.html).not.toContain(unsubscribeUrl('fr', frenchReader.id))

    const state = await readIssueSendState(payload, issue.id)
    expect(state).toMatchObject({ status: 'sent', stats: { recipients: to.length, sent: to.length, failed: 0 } })
    expect((await deliveryRows(issue.id)).every((row) => row.status === 'sent' && row.providerId)).toBe(true)

    // Sending it again does nothing: it has been sent.
    expect(await runNewsletterSend(payload, issue.id)).toMatchObject({ skipped: 'not-sendable' })
    expect(messagesOf(issue.id)).toHaveLength(to.length)
  })

  it('data blocks show what the public sees, with absolute links carrying the issue’s UTM parameters', async () => {
    const place = await createPlace(payload)
    const published = await createPractice(payload, place, 'published', { title: 'Solar roofs for every school' })
    const unpublished = await createPractice(payload, place, 'in_review', { title: 'A practice still in review' })
    const issue = await createNewsletterIssue(payload, {
      layouts: {
        en: [
          { blockType: 'featuredPractices', heading: 'Practices', mode: 'manual', practices: [published.id, unpublished.id] },
          { blockType: 'keyFigures', heading: 'Figures', figures: [{ metric: 'practices' }] },
          { blockType: 'mediaBlock', kind: 'video', video: { provider: 'youtube', videoId: 'abc123', title: 'The film' } },
          { blockType: 'richText', body: withLink('See the funding', '/en/funding?theme=mobility') },
        ],
      },
    })
    const rendered = await renderIssue(payload, issue.id, 'es')
    expect(rendered.contentLocale).toBe('en')
    expect(rendered.html).toContain('Solar roofs for every school')
    expect(rendered.html).not.toContain('A practice still in review')
    expect(rendered.html).toContain(`${siteUrl()}/es/practices/${published.slug}?utm_source=gkec&amp;utm_medium=email&amp;utm_campaign=newsletter-${issue.id}`)
    expect(rendered.html).toContain('Prácticas publicadas')
    expect(rendered.html).toContain('https://www.youtube.com/watch?v=abc123')
    expect(rendered.text).toContain('Solar roofs for every school')
    expect(rendered.html).toContain(`href="${siteUrl()}/en/funding?theme=mobility&amp;utm_source=gkec&amp;utm_medium=email&amp;utm_campaign=newsletter-${issue.id}"`)
  })

  it('a subscriber who unsubscribes while the send is under way is skipped, if her batch has not gone yet', async () => {
    const segmentTheme = await theme()
    const tag = uniqueSuffix().replace(/[^a-z0-9]/g, '')
    // 150 readers of one theme: two batches.
    await payload.db.pool.query(
      `WITH inserted AS (
         INSERT INTO subscribers (email, locale, status, confirmed_at, updated_at, created_at)
         SELECT 'skip-' || $1 || '-' || g || '@example.org', 'pt', 'confirmed', now(), now(), now() FROM generate_series(1, 150) g RETURNING id)
       INSERT INTO subscribers_rels (parent_id, path, themes_id, "order") SELECT id, 'interests.themes', $2, 1 FROM inserted`,
      [tag, segmentTheme],
    )
    const leaver = `skip-${tag}-150@example.org`
    const issue = await createNewsletterIssue(payload, { segment: { themes: [segmentTheme], locales: ['pt'] } })
    await writeSendState(payload.db.pool, issue.id, { send_status: 'scheduled', send_at: new Date() })
    stub.beforeReply = async ({ idempotencyKey }) => {
      if (idempotencyKey === `newsletter-${issue.id}-batch-1`) {
        await payload.db.pool.query(`UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = now() WHERE email = $1`, [leaver])
      }
    }
    try {
      await runNewsletterSend(payload, issue.id)
    } finally {
      stub.beforeReply = null
    }
    const to = messagesOf(issue.id).flatMap((message) => message.to)
    expect(to).not.toContain(leaver)
    expect(to).toContain(`skip-${tag}-149@example.org`)
    const rows = await deliveryRows(issue.id)
    expect(rows.find((row) => row.email === leaver)?.status).toBe('skipped')
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sent', stats: { recipients: rows.length - 1, sent: rows.length - 1 } })
  })

  it('a batch Resend refuses (4xx) fails its deliveries once, with the reason; a 5xx is retried', async () => {
    const segmentTheme = await theme()
    const readers = [await createSubscriber(payload, { locale: 'pt', interests: { themes: [segmentTheme] } })]
    const refused = await createNewsletterIssue(payload, { segment: { themes: [segmentTheme], locales: ['pt'] } })
    await writeSendState(payload.db.pool, refused.id, { send_status: 'scheduled', send_at: new Date() })
    stub.failNext(422)
    expect(await runNewsletterSend(payload, refused.id)).toMatchObject({ sent: 0 })
    const failedRows = await deliveryRows(refused.id)
    expect(failedRows.map((row) => [row.email, row.status])).toEqual(expect.arrayContaining([[readers[0].email, 'failed']]))
    expect(failedRows.find((row) => row.email === readers[0].email)?.error).toMatch(/422/)
    expect(await readIssueSendState(payload, refused.id)).toMatchObject({ status: 'sent' })
    expect(messagesOf(refused.id)).toHaveLength(0)

    const retried = await createNewsletterIssue(payload, { segment: { themes: [segmentTheme], locales: ['pt'] } })
    await writeSendState(payload.db.pool, retried.id, { send_status: 'scheduled', send_at: new Date() })
    stub.failNext(500)
    await expect(runNewsletterSend(payload, retried.id)).rejects.toThrow(/retry/)
    expect(await readIssueSendState(payload, retried.id)).toMatchObject({ status: 'sending' })
    await runNewsletterSend(payload, retried.id)
    expect(messagesOf(retried.id).flatMap((message) => message.to)).toContain(readers[0].email)
    expect((await deliveryRows(retried.id)).find((row) => row.email === readers[0].email)?.status).toBe('sent')
  })

  it('a batch retried after a crash is not sent again, even when the issue’s words changed in between', async () => {
    const segmentTheme = await theme()
    const reader = await createSubscriber(payload, { locale: 'pt', interests: { themes: [segmentTheme] } })
    const issue = await createNewsletterIssue(payload, { subjects: { en: 'First words' }, segment: { themes: [segmentTheme], locales: ['pt'] } })
    await writeSendState(payload.db.pool, issue.id, { send_status: 'scheduled', send_at: new Date() })
    await runNewsletterSend(payload, issue.id)
    expect(messagesOf(issue.id).flatMap((message) => message.to)).toContain(reader.email)
    const before = messagesOf(issue.id).length

    // As if the worker died after Resend accepted the batch and before it recorded the answer.
    await payload.db.pool.query(`UPDATE newsletter_deliveries SET status = 'pending', provider_id = 'attempted', sent_at = NULL WHERE issue_id = $1`, [issue.id])
    await writeSendState(payload.db.pool, issue.id, { send_status: 'sending' })
    await payload.update({ collection: 'newsletter-issues', id: issue.id, overrideAccess: true, locale: 'en', data: { subject: 'Corrected words' } })

    await runNewsletterSend(payload, issue.id)
    expect(messagesOf(issue.id)).toHaveLength(before)
    expect(stub.requests.filter(ofIssue(issue.id)).at(-1)?.status).toBe(409)
    const row = (await deliveryRows(issue.id)).find((delivery) => delivery.email === reader.email)
    expect(row).toMatchObject({ status: 'sent', error: expect.stringMatching(/earlier attempt/) })
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sent' })
  })

  it('a scheduled issue whose job was lost is queued again once its time has passed', async () => {
    const segmentTheme = await theme()
    const reader = await createSubscriber(payload, { locale: 'pt', interests: { themes: [segmentTheme] } })
    const issue = await createNewsletterIssue(payload, { segment: { themes: [segmentTheme], locales: ['pt'] } })
    await writeSendState(payload.db.pool, issue.id, { send_status: 'scheduled', send_at: new Date(Date.now() - 60_000) })
    expect((await resumeStalledSends(payload)).resumed).toBeGreaterThanOrEqual(1)
    // Its job is waiting now: asking again queues no second one.
    await resumeStalledSends(payload)
    expect((await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' }, 'input.issue': { equals: issue.id } }, overrideAccess: true })).totalDocs).toBe(1)
    await runIssueJobs(issue.id)
    expect(messagesOf(issue.id).flatMap((message) => message.to)).toContain(reader.email)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sent' })
  })

  it('a scheduled send waits for its time, starts after it, and a cancelled schedule sends nothing', async () => {
    const segmentTheme = await theme()
    const reader = await createSubscriber(payload, { locale: 'pt', interests: { themes: [segmentTheme] } })
    const { token } = await staff('communications')
    const issue = await createNewsletterIssue(payload, { segment: { themes: [segmentTheme], locales: ['pt'] } })
    const at = new Date(Date.now() + 60 * 60_000)
    const scheduled = await rest('POST', `/newsletter-issues/${issue.id}/schedule`, { token, json: { at: at.toISOString() } })
    expect(scheduled.status).toBe(200)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'scheduled', sendAt: at })

    await runIssueJobs(issue.id)
    expect(messagesOf(issue.id)).toHaveLength(0)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'scheduled' })

    // The clock reaches the time.
    const past = new Date(Date.now() - 1000)
    await writeSendState(payload.db.pool, issue.id, { send_at: past })
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' }, 'input.issue': { equals: issue.id } }, overrideAccess: true })
    expect(jobs).toHaveLength(1)
    await payload.update({ collection: 'payload-jobs', id: jobs[0].id, overrideAccess: true, data: { waitUntil: past.toISOString() } })
    await runIssueJobs(issue.id)
    expect(messagesOf(issue.id).flatMap((message) => message.to)).toContain(reader.email)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sent' })

    const cancelled = await createNewsletterIssue(payload, { segment: { themes: [segmentTheme], locales: ['pt'] } })
    await rest('POST', `/newsletter-issues/${cancelled.id}/schedule`, { token, json: { at: at.toISOString() } })
    const cancel = await rest('POST', `/newsletter-issues/${cancelled.id}/cancel-schedule`, { token })
    expect(cancel.status).toBe(200)
    expect(await readIssueSendState(payload, cancelled.id)).toMatchObject({ status: 'draft', sendAt: null })
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendNewsletter' }, 'input.issue': { equals: cancelled.id } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    expect(await runNewsletterSend(payload, cancelled.id)).toMatchObject({ skipped: 'not-sendable' })
  })

  it('only communications staff use the send endpoints; a test goes to the signed-in staff member alone; a draft or sent issue is refused', async () => {
    const issue = await createNewsletterIssue(payload, { subjects: { en: 'Test me' }, segment: { locales: ['pt'], themes: [await theme()] } })
    const editor = await staff('editor')
    const comms = await staff('communications')

    expect((await rest('POST', `/newsletter-issues/${issue.id}/send-now`)).status).toBe(401)
    expect((await rest('POST', `/newsletter-issues/${issue.id}/send-test`, { json: { locale: 'en' } })).status).toBe(401)
    for (const path of ['send-now', 'send-test', 'schedule', 'cancel-schedule']) {
      expect((await rest('POST', `/newsletter-issues/${issue.id}/${path}`, { token: editor.token, json: { locale: 'en' } })).status).toBe(403)
    }
    expect((await rest('GET', `/newsletter-issues/${issue.id}/email-preview?locale=fr`, { token: editor.token })).status).toBe(403)

    const test = await rest('POST', `/newsletter-issues/${issue.id}/send-test`, { token: comms.token, json: { locale: 'fr' } })
    expect(test.status).toBe(200)
    const { docs: outbox } = await payload.find({ collection: 'email-deliveries', where: { subject: { like: 'Test me' } }, overrideAccess: true })
    expect(outbox.map((message) => [message.to, message.subject])).toEqual([[comms.email, '[TEST] Test me']])
    // Nobody's links: the footer leads to the sign-up page, no header offers to unsubscribe anyone.
    expect(outbox[0].html).toContain(`href="${siteUrl()}/fr/newsletter"`)
    expect(`${outbox[0].html}${outbox[0].text}`).not.toMatch(/newsletter\/(preferences|unsubscribe)|token=/)
    expect(JSON.stringify(outbox[0].headers ?? {})).not.toContain('List-Unsubscribe')
    expect(await deliveryRows(issue.id)).toHaveLength(0)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'draft' })

    const preview = await rest('GET', `/newsletter-issues/${issue.id}/email-preview?locale=fr`, { token: comms.token })
    expect(preview.status).toBe(200)
    expect(await preview.json()).toMatchObject({ subject: 'Test me', contentLocale: 'en' })

    const draft = await payload.create({ collection: 'newsletter-issues', overrideAccess: true, draft: true, data: { title: 'Unpublished', subject: 'Draft', _status: 'draft' } })
    expect((await rest('POST', `/newsletter-issues/${draft.id}/send-now`, { token: comms.token })).status).toBe(409)

    expect((await rest('POST', `/newsletter-issues/${issue.id}/send-now`, { token: comms.token })).status).toBe(200)
    await runIssueJobs(issue.id)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sent' })
    expect((await rest('POST', `/newsletter-issues/${issue.id}/send-now`, { token: comms.token })).status).toBe(409)
  })

  it('a send to 5,000 subscribers killed half-way and resumed reaches each of them exactly once', async () => {
    const tag = uniqueSuffix().replace(/[^a-z0-9]/g, '')
    await payload.db.pool.query(
      `INSERT INTO subscribers (email, locale, status, confirmed_at, consent_at, consent_source, consent_text_version, updated_at, created_at)
       SELECT 'bulk-' || $1 || '-' || g || '@example.org', 'en', 'confirmed', now(), now(), 'test', 'test', now(), now() FROM generate_series(1, 5000) g`,
      [tag],
    )
    const addresses = new Set(Array.from({ length: 5000 }, (_, index) => `bulk-${tag}-${index + 1}@example.org`))
    const issue = await createNewsletterIssue(payload, { subjects: { en: `Big send ${tag}` } })
    await writeSendState(payload.db.pool, issue.id, { send_status: 'scheduled', send_at: new Date() })

    const worker: ChildProcess = spawn(process.execPath, ['--import', 'tsx/esm', 'tests/support/newsletter-send-worker.ts', String(issue.id)], {
      env: { ...process.env, NODE_OPTIONS: '', RESEND_API_KEY: 're_test_newsletter', RESEND_BASE_URL: stubUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => worker.on('exit', (code, signal) => resolve(signal ?? code)))
    let killed = false
    // Killed while Resend holds a batch it accepted: the worker never hears of it nor records it.
    stub.beforeReply = async ({ idempotencyKey, body }) => {
      if (killed || !idempotencyKey?.startsWith(`newsletter-${issue.id}-`)) return
      const received = stub.deliveredRecipients(ofIssue(issue.id)).length + (Array.isArray(body) ? body.length : 0)
      if (received >= 2500) {
        killed = true
        worker.kill('SIGKILL')
        await exited
      }
    }
    expect(await exited).toBe('SIGKILL')
    stub.beforeReply = null

    // Resend answers the batch in flight after the worker is gone (and records it as it does).
    await until(() => stub.deliveredRecipients(ofIssue(issue.id)).length >= 2500)
    const halfway = stub.deliveredRecipients(ofIssue(issue.id))
    expect(halfway.filter((address) => addresses.has(address)).length).toBeLessThan(4000)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sending' })

    // The dead worker's connection, and with it the send lock, goes; the heartbeat goes stale.
    await until(async () => !(await isSendLocked(payload, issue.id)))
    expect(await resumeStalledSends(payload, { now: new Date() })).toMatchObject({ resumed: 0 })
    const resumed = await resumeStalledSends(payload, { now: new Date(Date.now() + 3 * 60_000) })
    expect(resumed.resumed).toBeGreaterThanOrEqual(1)
    await runIssueJobs(issue.id)

    const recipients = stub.deliveredRecipients(ofIssue(issue.id))
    const counts = new Map<string, number>()
    for (const address of recipients) counts.set(address, (counts.get(address) ?? 0) + 1)
    expect([...addresses].filter((address) => counts.get(address) !== 1)).toEqual([])
    expect([...counts.values()].every((count) => count === 1)).toBe(true)
    // The batch in flight at the kill was sent again under its key and answered without a second delivery.
    expect(stub.requests.some((request) => ofIssue(issue.id)(request) && request.replayed)).toBe(true)

    const rows = await deliveryRows(issue.id)
    expect(rows.length).toBe(counts.size)
    expect(rows.every((row) => row.status === 'sent')).toBe(true)
    expect(await readIssueSendState(payload, issue.id)).toMatchObject({ status: 'sent', stats: { recipients: rows.length, sent: rows.length, failed: 0 } })

    await payload.db.pool.query(`UPDATE subscribers SET status = 'unsubscribed' WHERE email LIKE $1`, [`bulk-${tag}-%`])
  }, 120_000)
})
