import { RichText } from '@payloadcms/richtext-lexical/react'

import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import type { FaqBlock as FaqBlockData } from '@/payload-types'

/** Questions that open in place without JavaScript (<details>). */
export function FaqBlock({ id, heading, items, locale }: FaqBlockData & { locale: Locale }) {
  const headingId = `faq-${id ?? 'block'}`
  return (
    <section className="campaign-faq" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading || getStrings(locale).campaigns.blocks.faqHeading}</h2>
      {items.map((item, index) => (
        <details key={item.id ?? index} className="campaign-faq__item">
          <summary>{item.question}</summary>
          <RichText data={item.answer} className="prose campaign-faq__answer" />
        </details>
      ))}
    </section>
  )
}
