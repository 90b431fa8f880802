import type { PracticeStrings } from '@/i18n/strings/practice/en'

type Level = keyof PracticeStrings['verification']['levels']

const isLevel = (value: string, strings: PracticeStrings['verification']): value is Level => value in strings.levels

/** How the figures were checked, with what that level means, and the evidence behind them. */
export function VerificationBadge({ level, evidence, strings }: { level: string; evidence: Array<{ label: string; url: string }>; strings: PracticeStrings['verification'] }) {
  const known = isLevel(level, strings) ? strings.levels[level] : null
  return (
    <div className={`verification verification--${level}`}>
      <h3 className="verification__heading">{strings.heading}</h3>
      <p>
        <strong className={`verification-badge verification-badge--${level}`}>{known?.name ?? level}</strong>
      </p>
      {known && <p className="verification__explanation">{known.explanation}</p>}
      {evidence.length > 0 && (
        <>
          <h4 className="verification__evidence-heading">{strings.evidence}</h4>
          <ul className="link-list">
            {evidence.map((item) => (
              <li key={item.url}>
                <a href={item.url}>{item.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
