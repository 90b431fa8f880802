import type { Locale } from '../locales'
import { en, type Strings } from './en'
import { es } from './es'
import { fr } from './fr'
import { pt } from './pt'

const strings: Record<Locale, Strings> = { en, fr, es, pt }

/** The interface strings of one language. */
export function getStrings(locale: Locale): Strings {
  return strings[locale]
}

export type { Strings }
