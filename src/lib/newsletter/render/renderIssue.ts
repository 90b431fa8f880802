import { render, toPlainText } from '@react-email/render'
import type { Payload } from 'payload'
import { createElement } from 'react'

import type { Locale } from '@/i18n/locales'
import { databaseSource, resolveLayout } from '@/lib/campaigns/resolveLayout'
import { IssueEmail } from './IssueEmail'
import { readIssueContent } from './readIssue'
import { emailStrings } from './strings'
import { emailHref } from './utm'

// Headings keep their case in the plain-text part (html-to-text would shout them in capitals).
const plainText = {
  selectors: ['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } })),
}

/** Stand-ins for the links that differ per recipient, replaced after the one render per language. */
export const PLACEHOLDERS = { preferences: 'https://gkec.invalid/__preferences__', unsubscribe: 'https://gkec.invalid/__unsubscribe__' } as const

export type RenderedIssue = { locale: Locale; contentLocale: Locale; subject: string; html: string; text: string }

/**
 * One language's e-mail of an issue, rendered once for all its subscribers: the data blocks read
 * through the campaign page's own functions, links absolute with the issue's UTM parameters. The
 * footer's links are placeholders (see `personalize`).
 */
export async function renderIssue(payload: Payload, issueId: number, locale: Locale, version: 'published' | 'latest' = 'published'): Promise<RenderedIssue> {
  const content = await readIssueContent(payload, issueId, locale, version)
  const blocks = await resolveLayout(content.layout, locale, databaseSource(payload))
  const element = createElement(IssueEmail, {
    locale,
    lang: content.contentLocale,
    subject: content.subject,
    preheader: content.preheader,
    blocks,
    utm: content.utm,
    strings: emailStrings(locale),
    homeUrl: emailHref(`/${locale}`, content.utm),
    preferencesUrl: PLACEHOLDERS.preferences,
    unsubscribeUrl: PLACEHOLDERS.unsubscribe,
  })
  const html = await render(element)
  return { locale, contentLocale: content.contentLocale, subject: content.subject, html, text: toPlainText(html, plainText) }
}

