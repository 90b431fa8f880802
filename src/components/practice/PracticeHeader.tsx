import Link from 'next/link'

import { interpolate } from '@/i18n/interpolate'
import type { Locale } from '@/i18n/locales'
import type { PracticeStrings } from '@/i18n/strings/practice/en'
import type { PracticeView } from '@/lib/practices/practiceView'
import { formatPeriod, labelFrom } from './format'

type Props = { practice: PracticeView; locale: Locale; strings: PracticeStrings }

/** Title, summary and the key facts: status, scale, period and themes (each theme a filter link). */
export function PracticeHeader({ practice, locale, strings }: Props) {
  const status = labelFrom(strings.statuses, practice.implementationStatus)
  const scale = labelFrom(strings.scales, practice.scale)
  const period = formatPeriod(practice, strings.facts)
  return (
    <header className="practice-header">
      <h1>{practice.title}</h1>
      <p className="practice-header__summary">{practice.summary}</p>
      <dl className="practice-facts">
        {status && (
          <div>
            <dt>{strings.facts.status}</dt>
            <dd>
              <span className={`status-pill status-pill--${practice.implementationStatus}`}>{status}</span>
            </dd>
          </div>
        )}
        {period && (
          <div>
            <dt>{strings.facts.period}</dt>
            <dd>{period}</dd>
          </div>
        )}
        {scale && (
          <div>
            <dt>{strings.facts.scale}</dt>
            <dd>{scale}</dd>
          </div>
        )}
        {practice.themes.length > 0 && (
          <div className="practice-facts__themes">
            <dt>{strings.facts.themes}</dt>
            <dd>
              <ul className="theme-links">
                {practice.themes.map((theme) => (
                  <li key={theme.slug}>
                    <Link
                      href={`/${locale}/practices?theme=${encodeURIComponent(theme.slug)}`}
                      prefetch={false}
                      className={`theme-link theme-link--${theme.kind}`}
                      title={interpolate(strings.facts.themeLink, { theme: theme.name })}
                    >
                      {theme.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </header>
  )
}
