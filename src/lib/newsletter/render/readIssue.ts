import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { CampaignLayout } from '@/lib/campaigns/types'
import type { Campaign, NewsletterIssue } from '@/payload-types'
import type { Utm } from './utm'

export type IssueContent = {
  subject: string
  preheader: string | null
  layout: CampaignLayout
  /** The language the words are in: the asked one, or English when it has none of its own. */
  contentLocale: Locale
  utm: Utm
}

type Version = 'published' | 'latest'

async function readIn(payload: Payload, issueId: number, locale: Locale, version: Version): Promise<NewsletterIssue> {
  return payload.findByID({
    collection: 'newsletter-issues',
    id: issueId,
    locale,
    fallbackLocale: false,
    draft: version === 'latest',
    depth: 1,
    overrideAccess: true,
  })
}

function utmOf(issue: NewsletterIssue): Utm {
  const campaign = issue.campaign && typeof issue.campaign === 'object' ? (issue.campaign as Campaign) : null
  return {
    source: campaign?.utm?.source || 'gkec',
    medium: 'email',
    campaign: campaign?.utm?.campaign || campaign?.slug || `newsletter-${issue.id}`,
  }
}

/**
 * The issue as a subscriber of `locale` gets it: that language's subject, preheader and blocks, or
 * the English ones for each the language left empty. `published` is what is sent; `latest` (the
 * draft being edited) is what staff preview and test.
 */
export async function readIssueContent(payload: Payload, issueId: number, locale: Locale, version: Version = 'published'): Promise<IssueContent> {
  const own = await readIn(payload, issueId, locale, version)
  const english = locale === 'en' ? own : await readIn(payload, issueId, 'en', version)
  const hasLayout = Boolean(own.layout?.length)
  return {
    subject: own.subject || english.subject || '',
    preheader: (hasLayout ? own.preheader : english.preheader) || own.preheader || english.preheader || null,
    layout: ((hasLayout ? own.layout : english.layout) ?? []) as CampaignLayout,
    contentLocale: hasLayout || locale === 'en' ? locale : 'en',
    utm: utmOf(own),
  }
}
