import { negotiateLocale } from '@/i18n/negotiate'
import { localeCodes } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { localeAlternates } from '@/lib/seo/alternates'

describe('choosing the visitor’s language', () => {
  it.each([
    ['fr-CA,fr;q=0.9,en;q=0.8', 'fr'],
    ['es-MX', 'es'],
    ['pt-BR,pt;q=0.9', 'pt'],
    ['de-DE,de;q=0.9,fr;q=0.5', 'fr'],
    ['de-DE,ja;q=0.8', 'en'],
    ['', 'en'],
    ['*', 'en'],
    ['fr;q=0.2,es;q=0.9', 'es'],
    ['not a language header;;;', 'en'],
  ])('Accept-Language %p → %p', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected)
  })
})

describe('interface strings', () => {
  // Keys may contain dots (e.g. licence codes such as cc-by-4.0), so paths are joined with ' › '.
  const SEP = ' › '
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, child]) => keysOf(child, `${prefix}${key}${SEP}`))
      : [prefix.slice(0, -SEP.length)]

  it('every language has every string, and none is left empty', () => {
    const english = keysOf(getStrings('en')).sort()
    for (const locale of localeCodes) {
      const strings = getStrings(locale)
      expect(keysOf(strings).sort()).toEqual(english)
      const at = (tree: unknown, key: string) => key.split(SEP).reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree)
      // Empty only where English is deliberately empty too (e.g. a field without a hint).
      expect(keysOf(strings).filter((key) => !at(strings, key) && at(getStrings('en'), key))).toEqual([])
    }
  })

  it('languages other than English are actually translated', () => {
    for (const locale of localeCodes.filter((code) => code !== 'en')) {
      expect(getStrings(locale).a11y.skipToContent).not.toBe(getStrings('en').a11y.skipToContent)
      expect(getStrings(locale).home.heroTitle).not.toBe(getStrings('en').home.heroTitle)
    }
  })
})

describe('hreflang alternates', () => {
  it('name the same page in every language, with English as x-default', () => {
    expect(localeAlternates('fr', '/about')).toEqual({
      canonical: '/fr/about',
      languages: { en: '/en/about', fr: '/fr/about', es: '/es/about', pt: '/pt/about', 'x-default': '/en/about' },
    })
  })
})
