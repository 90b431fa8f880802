import type { WorkflowChange } from '@/collections/Practices/workflow'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { composeEmail, type EmailPart } from './emailLayout'
import { fill } from './fill'
import { confirmationUrl, publicPracticeUrl, statusUrl } from './links'

/** Who submitted which practice, in the language they used. */
export type Submitter = { practiceId: number; name: string; locale: Locale; title: string; slug?: string | null }

export type SubmitterEmail = { template: string; subject: string; text: string; html: string }

function build(submitter: Submitter, template: string, subject: string, body: EmailPart[], withStatusLink = true): SubmitterEmail {
  const { email } = getStrings(submitter.locale).submission
  const url = statusUrl(submitter.locale, submitter.practiceId)
  const parts: EmailPart[] = [
    { paragraph: fill(email.greeting, { name: submitter.name }) },
    ...body,
    ...(withStatusLink ? [{ link: { label: email.statusLinkLabel, url, text: fill(email.statusLink, { url }) } }] : []),
    { paragraph: email.signature },
  ]
  return { template, subject, ...composeEmail({ locale: submitter.locale, subject, parts, footer: email.footer }) }
}

/** The first email: the link that confirms the address (no status link yet: nothing is reviewed before). */
export function confirmationEmail(submitter: Submitter): SubmitterEmail {
  const { confirm } = getStrings(submitter.locale).submission.email
  const url = confirmationUrl(submitter.locale, submitter.practiceId)
  const vars = { title: submitter.title }
  return build(
    submitter,
    'submission-confirm',
    fill(confirm.subject, vars),
    [{ paragraph: fill(confirm.body, vars) }, { link: { label: confirm.action, url, text: url } }, { paragraph: confirm.ignore }],
    false,
  )
}

/** Sent once the address is confirmed: the practice is now with the editors. */
export function receivedEmail(submitter: Submitter): SubmitterEmail {
  const { received } = getStrings(submitter.locale).submission.email
  const vars = { title: submitter.title }
  return build(submitter, 'submission-received', fill(received.subject, vars), [{ paragraph: fill(received.body, vars) }])
}

/** The email for a workflow step, or null for steps the submitter is not told about. */
export function workflowEmail(submitter: Submitter, change: WorkflowChange): SubmitterEmail | null {
  const { email } = getStrings(submitter.locale).submission
  const vars = { title: submitter.title }
  switch (change.to) {
    case 'in_review':
      return build(submitter, 'submission-in-review', fill(email.in_review.subject, vars), [{ paragraph: fill(email.in_review.body, vars) }])
    case 'published': {
      const body: EmailPart[] = [{ paragraph: fill(email.published.body, vars) }]
      if (submitter.slug) {
        const url = publicPracticeUrl(submitter.locale, submitter.slug)
        body.push({ link: { label: email.published.linkLabel, url, text: fill(email.published.link, { url }) } })
      }
      return build(submitter, 'submission-published', fill(email.published.subject, vars), body)
    }
    case 'rejected': {
      const body: EmailPart[] = [{ paragraph: fill(email.rejected.body, vars) }]
      if (change.comment) body.push({ paragraph: email.rejected.reason }, { quote: change.comment })
      return build(submitter, 'submission-rejected', fill(email.rejected.subject, vars), body)
    }
    default:
      return null
  }
}
