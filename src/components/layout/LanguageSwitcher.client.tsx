'use client'

import { usePathname } from 'next/navigation'

type Props = {
  locale: string
  locales: ReadonlyArray<{ code: string; label: string }>
  label: string
  currentLabel: string
}

/**
 * Links to the same page in each language. Rendered on the server too, so it works without
 * JavaScript; on the client it follows the current path.
 */
export function LanguageSwitcher({ locale, locales, label, currentLabel }: Props) {
  const pathname = usePathname() ?? `/${locale}`
  const rest = pathname.split('/').slice(2).join('/')
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map(({ code, label: name }) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" lang={code}>
                {name}
                <span className="visually-hidden"> ({currentLabel})</span>
              </span>
            ) : (
              <a href={`/${code}${rest ? `/${rest}` : ''}`} hrefLang={code} lang={code}>
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
