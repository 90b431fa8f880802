import type { Locale } from '@/i18n/locales'
import type { SubmissionStrings } from '@/i18n/strings/submission/en'
import type { SubmissionStatusView } from '@/lib/submissions/submissionStatus'

type Props = { locale: Locale; status: SubmissionStatusView; strings: SubmissionStrings['status'] }

/** The submitter's view of their practice: where it stands, and each step with its date. */
export function SubmissionStatus({ locale, status, strings }: Props) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })
  return (
    <>
      <dl className="submission-status__summary">
        <div>
          <dt>{strings.current}</dt>
          <dd className="submission-status__state">{strings.states[status.state]}</dd>
        </div>
      </dl>
      {status.rejectionReason ? (
        <div className="submission-status__reason">
          <h2>{strings.reason}</h2>
          <p>{status.rejectionReason}</p>
        </div>
      ) : null}
      {status.publicSlug ? (
        <p>
          <a href={`/${locale}/practices/${encodeURIComponent(status.publicSlug)}`}>{strings.readPublished}</a>
        </p>
      ) : null}
      <h2>{strings.history}</h2>
      <ol className="submission-status__history">
        {status.steps.map((step) => (
          <li key={`${step.kind}-${step.at}`}>
            <time dateTime={step.at}>{date.format(new Date(step.at))} UTC</time>
            <span className="submission-status__step">{strings.steps[step.kind]}</span>
            {step.reason ? <span className="submission-status__step-reason">{`${strings.reason}: ${step.reason}`}</span> : null}
          </li>
        ))}
      </ol>
    </>
  )
}
