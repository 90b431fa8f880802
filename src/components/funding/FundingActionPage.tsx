import { Breadcrumbs } from '@/components/geography/Breadcrumbs'
import { PracticeCardList } from '@/components/practice/PracticeCardList'
import { hasRichText, PracticeRichText } from '@/components/practice/PracticeRichText'
import { PracticeSection } from '@/components/practice/PracticeSection'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { fundingStatus } from '@/lib/funding/status'
import { isStale } from '@/lib/funding/verification'
import type { FundingActionView } from '@/lib/funding/view/actionView'
import type { CityOption } from '@/lib/funding/view/places'
import { ActionApply, ActionDates } from './ActionDatesAndApply'
import { ActionEligibility } from './ActionEligibility'
import { ActionNotices } from './ActionNotices'
import { ActionOverview } from './ActionOverview'
import { ActionTerms } from './ActionTerms'
import { CheckCityForm } from './CheckCityForm'
import { StatusBadge, TrustBadges } from './StatusBadge'

type Props = { action: FundingActionView; cities: CityOption[]; locale: Locale }

/** Everything about one funding action. Status and staleness are worked out now, not when the data was cached. */
export function FundingActionPage({ action, cities, locale }: Props) {
  const strings = getStrings(locale).funding
  const page = strings.action
  const now = new Date()
  const status = fundingStatus({ opensAt: action.dates.opensAt, closesAt: action.dates.closesAt, rolling: action.dates.rolling }, now)
  const stale = isStale(action.lastVerifiedAt, now)
  return (
    <article className="container funding-action">
      {action.draft && (
        <p className="draft-banner" role="status">
          {page.draftBanner}
        </p>
      )}
      <Breadcrumbs
        label={page.breadcrumb.label}
        crumbs={[{ label: page.breadcrumb.home, href: `/${locale}` }, { label: page.breadcrumb.funding, href: `/${locale}/funding` }, { label: action.title }]}
      />
      <h1>{action.title}</h1>
      <p className="funding-card__badges">
        <StatusBadge status={status} locale={locale} />
        <TrustBadges stale={stale} isDemo={action.isDemo} strings={strings.card} />
      </p>
      <p className="funding-action__lead">{action.summary}</p>
      <ActionNotices lastVerifiedAt={action.lastVerifiedAt} stale={stale} isDemo={action.isDemo} locale={locale} strings={page} />
      <PracticeSection id="overview" title={page.sections.overview}>
        <ActionOverview action={action} status={status} locale={locale} strings={page.facts} />
      </PracticeSection>
      {hasRichText(action.description) && (
        <PracticeSection id="description" title={page.sections.description}>
          <PracticeRichText data={action.description} locale={locale} />
        </PracticeSection>
      )}
      <PracticeSection id="eligibility" title={page.sections.eligibility}>
        <ActionEligibility eligibility={action.eligibility} locale={locale} strings={page.eligibility} />
      </PracticeSection>
      <PracticeSection id="terms" title={page.sections.terms}>
        <ActionTerms ticket={action.ticket} locale={locale} strings={page.terms} />
      </PracticeSection>
      <PracticeSection id="dates" title={page.sections.dates}>
        <ActionDates action={action} locale={locale} strings={page} />
      </PracticeSection>
      <PracticeSection id="apply" title={page.sections.apply}>
        <ActionApply action={action} strings={page} />
      </PracticeSection>
      {action.financedPractices.length > 0 && (
        <PracticeSection id="practices" title={page.sections.practices}>
          <p>{page.practicesIntro}</p>
          <PracticeCardList practices={action.financedPractices} locale={locale} />
        </PracticeSection>
      )}
      <PracticeSection id="check" title={page.sections.check}>
        <p>{page.check.intro}</p>
        <CheckCityForm cities={cities} locale={locale} strings={strings} />
      </PracticeSection>
    </article>
  )
}
