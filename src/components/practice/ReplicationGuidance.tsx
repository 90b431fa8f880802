import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { PracticeView } from '@/lib/practices/practiceView'
import { hasRichText, PracticeRichText } from './PracticeRichText'

type Props = { replication: PracticeView['replication']; locale: Locale; strings: PracticeStrings['replication'] }

const NEEDS = ['powers', 'budget', 'partners', 'time'] as const

/** What another city needs to repeat the practice: guidance, then powers, budget, partners and time. */
export function ReplicationGuidance({ replication, locale, strings }: Props) {
  const needs = NEEDS.filter((need) => replication[need])
  return (
    <>
      <p className="practice-section__intro">{strings.intro}</p>
      {hasRichText(replication.guidance) && <PracticeRichText data={replication.guidance} locale={locale} />}
      {needs.length > 0 && (
        <dl className="replication-needs">
          {needs.map((need) => (
            <div key={need}>
              <dt>{strings[need]}</dt>
              <dd className="preserve-lines">{replication[need]}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  )
}

export const hasReplicationGuidance = (replication: PracticeView['replication']) =>
  hasRichText(replication.guidance) || NEEDS.some((need) => Boolean(replication[need]))
