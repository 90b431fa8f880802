import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Campaign, NewsletterIssue, News, Subscriber } from '@/payload-types'
import { paragraphs } from '@/seed/richText'
import { uniqueSuffix } from './practiceFixtures'

export { paragraphs }

export type CampaignLayout = NonNullable<Campaign['layout']>
export type NewsletterLayout = NonNullable<NewsletterIssue['layout']>

/** A small layout: a hero, a paragraph and a call to action, with the given words in each. */
export function simpleLayout(words: string): CampaignLayout {
  return [
    { blockType: 'hero', heading: `${words} hero` },
    { blockType: 'richText', body: paragraphs(`${words} body`) },
    { blockType: 'cta', heading: `${words} act`, link: { label: `${words} go`, url: '/en/practices' } },
  ]
}

type CampaignInput = Partial<Omit<Campaign, 'id' | 'layout'>> & {
  /** Layout per locale; the English one is written first (others are translations of the same document). */
  layouts?: Partial<Record<Locale, CampaignLayout>>
  titles?: Partial<Record<Locale, string>>
  status?: 'draft' | 'published'
}

/**
 * A campaign written as trusted server code (bypassing access), published unless `status: 'draft'`.
 * `context.disableRevalidate` keeps Next.js' revalidation out of tests that run without Next.
 */
export async function createCampaign(payload: Payload, input: CampaignInput = {}): Promise<Campaign> {
  const { layouts = { en: simpleLayout('English') }, titles = {}, status = 'published', ...rest } = input
  const suffix = uniqueSuffix()
  const draft = status === 'draft'
  let campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    draft,
    locale: 'en',
    context: { disableRevalidate: true },
    data: { title: titles.en ?? `Campaign ${suffix}`, slug: `campaign-${suffix}`, layout: layouts.en ?? [], _status: status, ...rest },
  })
  for (const locale of ['fr', 'es', 'pt'] as const) {
    if (!layouts[locale] && !titles[locale]) continue
    campaign = await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      overrideAccess: true,
      draft,
      locale,
      context: { disableRevalidate: true },
      data: { title: titles[locale] ?? `${campaign.title} (${locale})`, ...(layouts[locale] ? { layout: layouts[locale] } : {}), _status: status },
    })
  }
  return campaign
}

/** A subscriber in any state, written directly (the sign-up service is what tests exercise). */
export async function createSubscriber(payload: Payload, overrides: Partial<Omit<Subscriber, 'id'>> = {}): Promise<Subscriber> {
  return payload.create({
    collection: 'subscribers',
    overrideAccess: true,
    data: {
      email: `subscriber-${uniqueSuffix()}@example.org`,
      locale: 'en',
      status: 'confirmed',
      confirmedAt: new Date().toISOString(),
      consent: { at: new Date().toISOString(), source: 'test', textVersion: 'test' },
      ...overrides,
    },
  })
}

/** A newsletter issue with an English layout (and any other given), saved as a draft. */
export async function createNewsletterIssue(
  payload: Payload,
  input: Partial<Omit<NewsletterIssue, 'id' | 'layout'>> & { layouts?: Partial<Record<Locale, NewsletterLayout>>; subjects?: Partial<Record<Locale, string>> } = {},
): Promise<NewsletterIssue> {
  const { layouts = { en: [{ blockType: 'richText', body: paragraphs('Hello from GKEC') }] }, subjects = {}, ...rest } = input
  let issue = await payload.create({
    collection: 'newsletter-issues',
    overrideAccess: true,
    locale: 'en',
    data: { title: `Issue ${uniqueSuffix()}`, subject: subjects.en ?? 'News from GKEC', layout: layouts.en ?? [], sendStatus: 'draft', ...rest, _status: 'published' },
  })
  for (const locale of ['fr', 'es', 'pt'] as const) {
    if (!layouts[locale] && !subjects[locale]) continue
    issue = await payload.update({
      collection: 'newsletter-issues',
      id: issue.id,
      overrideAccess: true,
      locale,
      data: { ...(subjects[locale] ? { subject: subjects[locale] } : {}), ...(layouts[locale] ? { layout: layouts[locale] } : {}) },
    })
  }
  return issue
}

/** A published (or draft) news item. */
export async function createNewsItem(payload: Payload, overrides: Partial<Omit<News, 'id'>> & { status?: 'draft' | 'published' } = {}): Promise<News> {
  const { status = 'published', ...rest } = overrides
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'news',
    overrideAccess: true,
    draft: status === 'draft',
    context: { disableRevalidate: true },
    data: { title: `News ${suffix}`, slug: `news-${suffix}`, summary: 'A summary', body: paragraphs('The body'), _status: status, ...rest },
  })
}
