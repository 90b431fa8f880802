import type { Strings } from './en'
import { evaluationEs } from './evaluation/es'
import { fundingEs } from './funding/es'
import { fundingAlertsEs } from './fundingAlerts/es'
import { geographyEs } from './geography/es'
import { practiceEs } from './practice/es'
import { repositoryEs } from './repository/es'
import { submissionEs } from './submission/es'
import { eventsEs } from './events/es'
import { eventRegistrationEs } from './eventRegistration/es'
import { eventCalendarEs } from './eventCalendar/es'
import { communityNotificationsEs } from './communityNotifications/es'
import { moderationEs } from './moderation/es'
import { membersEs } from './members/es'
import { communityEs } from './community/es'
import { campaignsEs } from './campaigns/es'
import { newsEs } from './news/es'
import { newsletterEs } from './newsletter/es'

export const es: Strings = {
  site: {
    name: 'Centro Global de Intercambio de Conocimiento',
    shortName: 'GKEC',
    tagline: 'Vías de reducción de emisiones para las ciudades',
    description:
      'Aprenda de las ciudades más avanzadas hacia la neutralidad climática, encuentre financiación y asesoría, y conéctese — la plataforma internacional de la Misión Ciudades de la UE.',
  },
  a11y: {
    skipToContent: 'Saltar al contenido principal',
    mainNavigation: 'Navegación principal',
    footerNavigation: 'Navegación del pie de página',
    languageSwitcher: 'Elegir un idioma',
    currentLanguage: 'idioma actual',
  },
  home: {
    heroTitle: 'Aprender de las pioneras hacia ciudades climáticamente neutras',
    heroLead:
      'Buenas prácticas evaluadas, financiación y asesoría, y una comunidad de ciudades de Europa y del mundo que reducen sus emisiones.',
    explore: 'Explorar',
    pillars: {
      practices: { title: 'Buenas prácticas', text: 'Prácticas evaluadas por región y tema, con su impacto medido.', href: '/practices' },
      funding: { title: 'Financiación y asesoría', text: 'Encuentre la financiación y la asesoría a las que su ciudad puede optar.', href: '/funding' },
      community: { title: 'Comunidad de aprendizaje', text: 'Pregunte a las pioneras, comparta experiencias y encuentre socios de hermanamiento.', href: '/community' },
      news: { title: 'Noticias y eventos', text: 'Campañas, hitos y el evento internacional anual.', href: '/news' },
      events: { title: 'Evento anual', text: 'Programa, ponentes e inscripción al evento internacional.', href: '/events' },
    },
  },
  page: {
    lastUpdated: 'Última actualización',
    draftBanner: 'Está viendo un borrador. No es público.',
  },
  errors: {
    notFoundTitle: 'Página no encontrada',
    notFoundText: 'La página que busca no existe o se ha movido.',
    backHome: 'Ir a la página de inicio',
  },
  footer: {
    mission: 'Una iniciativa de la Misión de la UE de Ciudades Inteligentes y Climáticamente Neutras',
  },
  repository: repositoryEs,
  practice: practiceEs,
  geography: geographyEs,
  submission: submissionEs,
  evaluation: evaluationEs,
  funding: fundingEs,
  fundingAlerts: fundingAlertsEs,
  eventCalendar: eventCalendarEs,
  communityNotifications: communityNotificationsEs,
  moderation: moderationEs,
  members: membersEs,
  community: communityEs,
  campaigns: campaignsEs,
  news: newsEs,
  newsletter: newsletterEs,
  eventRegistration: eventRegistrationEs,
  events: eventsEs,
}
