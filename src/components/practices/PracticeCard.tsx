import Link from 'next/link'

import { formatNumber, interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { RepositoryStrings } from '@/i18n/strings/repository/en'
import { labelIsCurrent } from '@/lib/evaluation/aggregate'
import { implementationStatusLabel, verificationLabel } from '@/lib/practices/optionLabels'
import type { PracticeCard as PracticeCardView } from '@/lib/practices/search/types'

type Props = { practice: PracticeCardView; locale: Locale; strings: RepositoryStrings['card']; showImage?: boolean }

function period({ startYear, endYear }: PracticeCardView, strings: Props['strings']): string | null {
  if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`
  if (startYear) return interpolate(strings.since, { year: startYear })
  return endYear ? String(endYear) : null
}

/** One practice in a list: where, what it achieved (and how sure we are), and how far along it is. */
export function PracticeCard({ practice, locale, strings, showImage = false }: Props) {
  const place = [practice.city?.name, practice.country?.name].filter(Boolean).join(', ')
  const verification = verificationLabel(practice.verificationLevel, locale)
  const status = [implementationStatusLabel(practice.implementationStatus, locale), period(practice, strings)].filter(Boolean)
  // Checked when the card is shown, not when it was read: a cached card's label may have expired since.
  const labelled = labelIsCurrent(practice.evaluation?.labelExpiresAt)
  return (
    <article className="practice-card">
      {showImage && practice.image && (
        // eslint-disable-next-line @next/next/no-img-element -- images are served as uploaded (images.unoptimized)
        <img
          className="practice-card__image"
          src={practice.image.url}
          alt=""
          width={practice.image.width ?? undefined}
          height={practice.image.height ?? undefined}
          loading="lazy"
          decoding="async"
        />
      )}
      <h3 className="practice-card__title">
        <Link href={`/${locale}/practices/${practice.slug}`} prefetch={false}>
          {practice.title}
        </Link>
      </h3>
      {labelled && <p className="practice-card__label">{strings.label}</p>}
      {place && (
        <p className="practice-card__place">
          <span className="visually-hidden">{strings.location}: </span>
          {place}
        </p>
      )}
      <p className="practice-card__summary">{practice.summary}</p>
      <dl className="practice-card__facts">
        <div>
          <dt>{strings.impact}</dt>
          <dd>
            {practice.emissionsReduced != null ? (
              <>
                <strong className="practice-card__figure">{formatNumber(practice.emissionsReduced, locale)}</strong>{' '}
                <abbr title={strings.unitLong}>{strings.unit}</abbr>
              </>
            ) : (
              strings.impactMissing
            )}
            {verification && (
              <span className={`verification-badge verification-badge--${practice.verificationLevel}`}>
                <span className="visually-hidden">{strings.verification}: </span>
                {verification}
              </span>
            )}
          </dd>
        </div>
        {practice.evaluation && (
          <div>
            <dt>{strings.evaluation}</dt>
            <dd>
              <strong className="practice-card__figure">{formatNumber(practice.evaluation.percent / 100, locale, { style: 'percent', maximumFractionDigits: 1 })}</strong>
            </dd>
          </div>
        )}
        {status.length > 0 && (
          <div>
            <dt>{strings.status}</dt>
            <dd>{status.join(' · ')}</dd>
          </div>
        )}
      </dl>
      {practice.themes.length > 0 && (
        <ul className="practice-card__themes" aria-label={strings.themes}>
          {practice.themes.map((theme) => (
            <li key={theme.slug}>{theme.name}</li>
          ))}
        </ul>
      )}
    </article>
  )
}
