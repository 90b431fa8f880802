import { locales } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

/** Next.js gives a not-found page no route parameters, so it speaks every language we serve. */
export default function NotFound() {
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
