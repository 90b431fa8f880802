import { locales } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

/**
 * "Page not found" in every language we serve: a not-found page is given no route parameters, so it
 * cannot know the visitor's language. English leads and carries the page's one h1.
 */
export function NotFoundNotice() {
  return (
    <div className="container page">
      {locales.map(({ code }) => {
        const { errors } = getStrings(code)
        return (
          <section key={code} lang={code} className="not-found">
            {code === 'en' ? <h1>{errors.notFoundTitle}</h1> : <h2>{errors.notFoundTitle}</h2>}
            <p>{errors.notFoundText}</p>
            <p>
              <a href={`/${code}`}>{errors.backHome}</a>
            </p>
          </section>
        )
      })}
    </div>
  )
}
