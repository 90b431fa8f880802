import type { Locale } from '@/i18n/locales'
import { resolveLink } from '@/lib/navigation/resolveLink'
import type { CallToActionBlock as CallToActionData } from '@/payload-types'

export function CallToActionBlock({ heading, text, link, locale }: CallToActionData & { locale: Locale }) {
  const target = resolveLink(link, locale)
  return (
    <section className="cta">
      <h2>{heading}</h2>
      {text && <p>{text}</p>}
      {target && (
        <a className="button" href={target.href} rel={target.external ? 'noopener' : undefined}>
          {target.label}
        </a>
      )}
    </section>
  )
}
