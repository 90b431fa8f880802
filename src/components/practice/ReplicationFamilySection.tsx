import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { ReplicationFamily, ReplicationMember } from '@/lib/practices/practiceView'
import { PracticeCardList } from './PracticeCardList'

type Props = { family: ReplicationFamily; locale: Locale; strings: PracticeStrings['family'] }

const withKind = (members: ReplicationMember[], strings: Props['strings']) =>
  members.map((member) => ({ ...member, note: member.kind === 'adapts' ? strings.adapts : strings.replicates }))

/** The original this practice follows, the practices that follow it, and its siblings: both ways. */
export function ReplicationFamilySection({ family, locale, strings }: Props) {
  return (
    <>
      <p className="practice-section__intro">{strings.intro}</p>
      {family.original && (
        <>
          <h3>{strings.original}</h3>
          <p>{family.kind === 'adapts' ? strings.thisAdapts : strings.thisReplicates}</p>
          <PracticeCardList practices={[family.original]} locale={locale} />
        </>
      )}
      {family.replications.length > 0 && (
        <>
          <h3>{strings.replications}</h3>
          <PracticeCardList practices={withKind(family.replications, strings)} locale={locale} />
        </>
      )}
      {family.siblings.length > 0 && (
        <>
          <h3>{strings.siblings}</h3>
          <PracticeCardList practices={withKind(family.siblings, strings)} locale={locale} />
        </>
      )}
    </>
  )
}

export const hasFamily = (family: ReplicationFamily) => Boolean(family.original) || family.replications.length > 0 || family.siblings.length > 0
