import { LinkNotWorking } from '@/components/eventRegistration/LinkNotWorking.client'
import { locales } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'

/**
 * A registration link that does not work (404). A not-found page gets no route parameters, so every
 * language's words go to a small leaf that picks the one of the address.
 */
export default function RegistrationLinkNotFound() {
  const texts = Object.fromEntries(
    locales.map(({ code }) => {
      const { invalidTitle, invalidText, invalidHelp } = getStrings(code).eventRegistration.manage
      return [code, { title: invalidTitle, text: invalidText, help: invalidHelp }]
    }),
  )
  return <LinkNotWorking texts={texts} />
}
