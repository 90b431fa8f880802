import type { Strings } from './en'
import { evaluationFr } from './evaluation/fr'
import { fundingFr } from './funding/fr'
import { fundingAlertsFr } from './fundingAlerts/fr'
import { geographyFr } from './geography/fr'
import { practiceFr } from './practice/fr'
import { repositoryFr } from './repository/fr'
import { submissionFr } from './submission/fr'
import { eventsFr } from './events/fr'
import { eventRegistrationFr } from './eventRegistration/fr'
import { eventCalendarFr } from './eventCalendar/fr'
import { communityNotificationsFr } from './communityNotifications/fr'
import { moderationFr } from './moderation/fr'
import { membersFr } from './members/fr'
import { communityFr } from './community/fr'
import { campaignsFr } from './campaigns/fr'
import { newsFr } from './news/fr'
import { newsletterFr } from './newsletter/fr'

export const fr: Strings = {
  site: {
    name: 'Centre mondial d’échange de connaissances',
    shortName: 'GKEC',
    tagline: 'Trajectoires de réduction des émissions pour les villes',
    description:
      'Apprenez des villes les plus avancées vers la neutralité climatique, trouvez financements et conseils, et rencontrez-vous — la plateforme internationale de la Mission Villes de l’UE.',
  },
  a11y: {
    skipToContent: 'Aller au contenu principal',
    mainNavigation: 'Navigation principale',
    footerNavigation: 'Navigation de pied de page',
    languageSwitcher: 'Choisir une langue',
    currentLanguage: 'langue actuelle',
  },
  home: {
    heroTitle: 'Apprendre des pionnières des villes neutres pour le climat',
    heroLead:
      'Des bonnes pratiques évaluées, des financements et des conseils, et une communauté de villes d’Europe et du monde qui réduisent leurs émissions.',
    explore: 'Découvrir',
    pillars: {
      practices: { title: 'Bonnes pratiques', text: 'Des pratiques évaluées par région et par thème, avec leur impact mesuré.', href: '/practices' },
      funding: { title: 'Financement et conseil', text: 'Trouvez les financements et l’accompagnement auxquels votre ville peut prétendre.', href: '/funding' },
      community: { title: 'Communauté d’apprentissage', text: 'Interrogez les pionnières, partagez votre expérience, trouvez des partenaires de jumelage.', href: '/community' },
      news: { title: 'Actualités et événements', text: 'Campagnes, étapes clés et l’événement international annuel.', href: '/news' },
      events: { title: 'Événement annuel', text: 'Programme, intervenant·es et inscription à l’événement international.', href: '/events' },
    },
  },
  page: {
    lastUpdated: 'Dernière mise à jour',
    draftBanner: 'Vous consultez un brouillon. Il n’est pas public.',
  },
  errors: {
    notFoundTitle: 'Page introuvable',
    notFoundText: 'La page que vous cherchez n’existe pas ou a été déplacée.',
    backHome: 'Aller à la page d’accueil',
  },
  footer: {
    mission: 'Une initiative de la Mission de l’UE pour des villes intelligentes et neutres pour le climat',
  },
  repository: repositoryFr,
  practice: practiceFr,
  geography: geographyFr,
  submission: submissionFr,
  evaluation: evaluationFr,
  funding: fundingFr,
  fundingAlerts: fundingAlertsFr,
  eventCalendar: eventCalendarFr,
  communityNotifications: communityNotificationsFr,
  moderation: moderationFr,
  members: membersFr,
  community: communityFr,
  campaigns: campaignsFr,
  news: newsFr,
  newsletter: newsletterFr,
  eventRegistration: eventRegistrationFr,
  events: eventsFr,
}
