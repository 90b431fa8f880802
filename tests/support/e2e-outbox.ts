import { expect } from '@playwright/test'

import { signedInAdmin } from './e2e-admin'

type Template = { equals: string } | { like: string }

/**
 * The text of the latest e-mail queued for `email` with a template (the e2e server prints mail
 * instead of sending it, so tests read the outbox as the admin, the way the person reads her inbox).
 * It waits until `count` such messages are queued: exactly that many when given, else at least one.
 */
export async function latestEmailText(email: string, template: Template, count?: number): Promise<string> {
  const admin = await signedInAdmin()
  const [operator, value] = 'equals' in template ? ['equals', template.equals] : ['like', template.like]
  try {
    let text = ''
    const queued = expect.poll(
      async () => {
        const response = await admin.get('/api/email-deliveries', {
          params: { 'where[to][equals]': email, [`where[template][${operator}]`]: value, sort: '-createdAt', depth: '0' },
        })
        const { docs } = (await response.json()) as { docs: Array<{ text?: string }> }
        text = docs[0]?.text ?? ''
        return docs.length
      },
      { timeout: 10_000 },
    )
    await (count === undefined ? queued.toBeGreaterThan(0) : queued.toBe(count))
    return text
  } finally {
    await admin.dispose()
  }
}

/** The path and query of the first link in the latest such e-mail that matches `pattern` (an absolute URL). */
export async function linkInLatestEmail(email: string, template: Template, pattern: RegExp, count?: number): Promise<string> {
  const text = await latestEmailText(email, template, count)
  const link = text.match(pattern)?.[0]
  if (!link) throw new Error(`No link matching ${pattern} in:\n${text}`)
  const url = new URL(link)
  return url.pathname + url.search
}
