'use client'

import { useParams } from 'next/navigation'

import { defaultLocale } from '@/i18n/locales'

type Texts = { title: string; text: string; help: string }

/** "This link does not work" in the language of the address (a client leaf: only it can read the route's language there). */
export function LinkNotWorking({ texts }: { texts: Record<string, Texts> }) {
  const params = useParams<{ locale?: string }>()
  const { title, text, help } = texts[params?.locale ?? defaultLocale] ?? texts[defaultLocale]
  return (
    <div className="container submission event-registration">
      <title>{title}</title>
      <h1>{title}</h1>
      <p className="submission__lead">{text}</p>
      <p>{help}</p>
    </div>
  )
}
