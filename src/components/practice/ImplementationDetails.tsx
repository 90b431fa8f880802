import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { PracticeView } from '@/lib/practices/practiceView'

type Props = { implementation: PracticeView['implementation']; strings: PracticeStrings['implementation'] }

/** The steps in order, the timeline, and who was involved. */
export function ImplementationDetails({ implementation, strings }: Props) {
  const { steps, timeline, stakeholders } = implementation
  return (
    <>
      {steps.length > 0 && (
        <>
          <h3>{strings.steps}</h3>
          <ol className="practice-steps">
            {steps.map((step, index) => (
              <li key={`${index}-${step.title}`}>
                <strong className="practice-steps__title">{step.title}</strong>
                {step.description && <p>{step.description}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      {timeline && (
        <>
          <h3>{strings.timeline}</h3>
          <p className="preserve-lines">{timeline}</p>
        </>
      )}
      {stakeholders && (
        <>
          <h3>{strings.stakeholders}</h3>
          <p className="preserve-lines">{stakeholders}</p>
        </>
      )}
    </>
  )
}

export const hasImplementation = ({ steps, timeline, stakeholders }: PracticeView['implementation']) =>
  steps.length > 0 || Boolean(timeline) || Boolean(stakeholders)
