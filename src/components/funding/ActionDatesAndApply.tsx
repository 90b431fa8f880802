import type { Locale } from '@/i18n/locales'
import type { FundingStrings } from '@/i18n/strings/funding/en'
import type { FundingActionView } from '@/lib/funding/view/actionView'
import { Deadline, Moment } from './Deadline'

type Props = { action: FundingActionView; locale: Locale; strings: FundingStrings['action'] }

/** When it opens and closes, each in the zone the funder set it in. */
export function ActionDates({ action, locale, strings }: Props) {
  const { dates } = action
  return (
    <dl className="funding-facts">
      {dates.opensAt && (
        <div>
          <dt>{strings.dates.opens}</dt>
          <dd>
            <Moment iso={dates.opensAt} zone={dates.opensAtZone} locale={locale} />
          </dd>
        </div>
      )}
      <div>
        <dt>{strings.dates.closes}</dt>
        <dd>
          <Deadline dates={dates} locale={locale} strings={strings.dates} />
        </dd>
      </div>
    </dl>
  )
}

/** Where to apply, whom to ask, and where the facts come from. */
export function ActionApply({ action, strings }: Omit<Props, 'locale'>) {
  const { apply, source } = action
  return (
    <>
      {apply.url ? (
        <p>
          <a className="button" href={apply.url}>
            {strings.apply.link}
          </a>
        </p>
      ) : (
        <p>{strings.apply.none}</p>
      )}
      <dl className="funding-facts">
        {apply.contact && (
          <div>
            <dt>{strings.apply.contact}</dt>
            <dd>{apply.contact.includes('@') && !apply.contact.includes(' ') ? <a href={`mailto:${apply.contact}`}>{apply.contact}</a> : apply.contact}</dd>
          </div>
        )}
        {(source.url || source.label) && (
          <div>
            <dt>{strings.facts.source}</dt>
            <dd>{source.url ? <a href={source.url}>{source.label ?? source.url}</a> : source.label}</dd>
          </div>
        )}
      </dl>
    </>
  )
}
