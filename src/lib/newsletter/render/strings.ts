import type { Locale } from '@/i18n/locales'

/** The e-mail's own words (the blocks' words are the authors'). */
export const emailStringsEn = {
  viewFigures: 'GKEC in figures',
  readPractice: 'Read the practice',
  readFunding: 'See the funding',
  eventMore: 'About the event',
  watchVideo: 'Watch the video',
  footerWhy: 'You receive this newsletter because you subscribed to news from the Global Knowledge Exchange Centre of the EU Cities Mission.',
  footerPreferences: 'Change your preferences',
  footerUnsubscribe: 'Unsubscribe',
  footerLegal: 'GKEC — Global Knowledge Exchange Centre, EU Cities Mission. European Commission, Directorate-General for Research and Innovation, 1049 Brussels, Belgium.',
  testPrefix: '[TEST]',
}

export type EmailStrings = typeof emailStringsEn

const emailStringsFr: EmailStrings = {
  viewFigures: 'Le GKEC en chiffres',
  readPractice: 'Lire la pratique',
  readFunding: 'Voir le financement',
  eventMore: 'À propos de l’événement',
  watchVideo: 'Voir la vidéo',
  footerWhy: 'Vous recevez cette lettre parce que vous vous êtes abonné aux nouvelles du Centre mondial d’échange de connaissances de la Mission européenne pour les villes.',
  footerPreferences: 'Modifier vos préférences',
  footerUnsubscribe: 'Se désabonner',
  footerLegal: 'GKEC — Centre mondial d’échange de connaissances, Mission de l’UE pour les villes. Commission européenne, direction générale de la recherche et de l’innovation, 1049 Bruxelles, Belgique.',
  testPrefix: '[TEST]',
}

const emailStringsEs: EmailStrings = {
  viewFigures: 'El GKEC en cifras',
  readPractice: 'Leer la práctica',
  readFunding: 'Ver la financiación',
  eventMore: 'Sobre el evento',
  watchVideo: 'Ver el vídeo',
  footerWhy: 'Recibe este boletín porque se suscribió a las noticias del Centro Mundial de Intercambio de Conocimientos de la Misión de Ciudades de la UE.',
  footerPreferences: 'Cambiar sus preferencias',
  footerUnsubscribe: 'Darse de baja',
  footerLegal: 'GKEC — Centro Mundial de Intercambio de Conocimientos, Misión de Ciudades de la UE. Comisión Europea, Dirección General de Investigación e Innovación, 1049 Bruselas, Bélgica.',
  testPrefix: '[TEST]',
}

const emailStringsPt: EmailStrings = {
  viewFigures: 'O GKEC em números',
  readPractice: 'Ler a prática',
  readFunding: 'Ver o financiamento',
  eventMore: 'Sobre o evento',
  watchVideo: 'Ver o vídeo',
  footerWhy: 'Recebe esta newsletter porque subscreveu as notícias do Centro Mundial de Intercâmbio de Conhecimento da Missão Cidades da UE.',
  footerPreferences: 'Alterar as suas preferências',
  footerUnsubscribe: 'Cancelar a subscrição',
  footerLegal: 'GKEC — Centro Mundial de Intercâmbio de Conhecimento, Missão Cidades da UE. Comissão Europeia, Direção-Geral da Investigação e da Inovação, 1049 Bruxelas, Bélgica.',
  testPrefix: '[TEST]',
}

const byLocale: Record<Locale, EmailStrings> = { en: emailStringsEn, fr: emailStringsFr, es: emailStringsEs, pt: emailStringsPt }

export const emailStrings = (locale: Locale): EmailStrings => byLocale[locale]
