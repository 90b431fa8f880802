import type { Locale } from './locales'

type Vars = Record<string, string | number>

/** Fills `{{name}}` in an interface string; numbers are formatted for the language. */
export function interpolate(template: string, vars: Vars, locale?: Locale): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => {
    const value = vars[name]
    if (value === undefined) return match
    return typeof value === 'number' && locale ? formatNumber(value, locale) : String(value)
  })
}

/** A `{ one, other }` string chosen for `count` by the language's plural rules, with `{{count}}` filled in. */
export function plural(forms: { one: string; other: string }, count: number, locale: Locale, vars: Vars = {}): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other
  return interpolate(form, { ...vars, count }, locale)
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value)
}
