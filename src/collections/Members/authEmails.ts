import type { PayloadRequest } from 'payload'

import { defaultLocale, type Locale, localeCodes } from '@/i18n/locales'
import { runtimeConfig } from '@/lib/runtimeConfig'

type AuthEmailArgs = { req?: PayloadRequest; token?: string; user?: unknown }

const memberLocale = (user: unknown): Locale => {
  const locale = (user as { locale?: string } | undefined)?.locale
  return localeCodes.includes(locale as Locale) ? (locale as Locale) : defaultLocale
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const copy = {
  verify: {
    en: { subject: 'Confirm your GKEC community account', body: 'Confirm your email address to join the GKEC learning community:' },
    fr: { subject: 'Confirmez votre compte de la communauté GKEC', body: 'Confirmez votre adresse e-mail pour rejoindre la communauté d’apprentissage GKEC :' },
    es: { subject: 'Confirme su cuenta de la comunidad GKEC', body: 'Confirme su dirección de correo para unirse a la comunidad de aprendizaje GKEC:' },
    pt: { subject: 'Confirme a sua conta da comunidade GKEC', body: 'Confirme o seu endereço de e-mail para aderir à comunidade de aprendizagem GKEC:' },
  },
  reset: {
    en: { subject: 'Reset your GKEC community password', body: 'Choose a new password (the link works for one hour). If you did not ask for this, ignore this email.' },
    fr: { subject: 'Réinitialisez votre mot de passe GKEC', body: 'Choisissez un nouveau mot de passe (le lien est valable une heure). Si vous n’avez rien demandé, ignorez ce message.' },
    es: { subject: 'Restablezca su contraseña de GKEC', body: 'Elija una nueva contraseña (el enlace vale una hora). Si no lo ha pedido, ignore este mensaje.' },
    pt: { subject: 'Redefina a sua palavra-passe GKEC', body: 'Escolha uma nova palavra-passe (a ligação é válida durante uma hora). Se não pediu, ignore esta mensagem.' },
  },
} as const

const link = (locale: Locale, page: 'verify' | 'reset-password', token = '') =>
  `${runtimeConfig().serverURL}/${locale}/community/${page}?token=${encodeURIComponent(token)}`

const html = (body: string, url: string) => `<p>${escape(body)}</p><p><a href="${escape(url)}">${escape(url)}</a></p>`

/** The verification email Payload sends when a member signs up, in her language, linking to the portal. */
export const verifyEmail = {
  generateEmailSubject: ({ user }: AuthEmailArgs = {}) => copy.verify[memberLocale(user)].subject,
  generateEmailHTML: ({ token, user }: AuthEmailArgs = {}) => {
    const locale = memberLocale(user)
    return html(copy.verify[locale].body, link(locale, 'verify', token))
  },
}

/** The password reset email, in the member's language, linking to the portal's reset page. */
export const resetPasswordEmail = {
  generateEmailSubject: ({ user }: AuthEmailArgs = {}) => copy.reset[memberLocale(user)].subject,
  generateEmailHTML: ({ token, user }: AuthEmailArgs = {}) => {
    const locale = memberLocale(user)
    return html(copy.reset[locale].body, link(locale, 'reset-password', token))
  },
}
