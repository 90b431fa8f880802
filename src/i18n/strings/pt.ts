import type { Strings } from './en'
import { evaluationPt } from './evaluation/pt'
import { fundingPt } from './funding/pt'
import { fundingAlertsPt } from './fundingAlerts/pt'
import { geographyPt } from './geography/pt'
import { practicePt } from './practice/pt'
import { repositoryPt } from './repository/pt'
import { submissionPt } from './submission/pt'
import { eventsPt } from './events/pt'
import { eventRegistrationPt } from './eventRegistration/pt'
import { eventCalendarPt } from './eventCalendar/pt'
import { communityNotificationsPt } from './communityNotifications/pt'
import { moderationPt } from './moderation/pt'
import { membersPt } from './members/pt'
import { communityPt } from './community/pt'
import { campaignsPt } from './campaigns/pt'
import { newsPt } from './news/pt'
import { newsletterPt } from './newsletter/pt'

export const pt: Strings = {
  site: {
    name: 'Centro Global de Intercâmbio de Conhecimento',
    shortName: 'GKEC',
    tagline: 'Trajetórias de redução de emissões para as cidades',
    description:
      'Aprenda com as cidades mais avançadas rumo à neutralidade climática, encontre financiamento e apoio, e encontre-se — a plataforma internacional da Missão Cidades da UE.',
  },
  a11y: {
    skipToContent: 'Saltar para o conteúdo principal',
    mainNavigation: 'Navegação principal',
    footerNavigation: 'Navegação do rodapé',
    languageSwitcher: 'Escolher uma língua',
    currentLanguage: 'língua atual',
  },
  home: {
    heroTitle: 'Aprender com as pioneiras rumo a cidades com impacto neutro no clima',
    heroLead:
      'Boas práticas avaliadas, financiamento e apoio, e uma comunidade de cidades da Europa e do mundo a reduzir as suas emissões.',
    explore: 'Explorar',
    pillars: {
      practices: { title: 'Boas práticas', text: 'Práticas avaliadas por região e tema, com o seu impacto medido.', href: '/practices' },
      funding: { title: 'Financiamento e apoio', text: 'Encontre o financiamento e o apoio a que a sua cidade se pode candidatar.', href: '/funding' },
      community: { title: 'Comunidade de aprendizagem', text: 'Pergunte às pioneiras, partilhe experiências e encontre parceiros de geminação.', href: '/community' },
      news: { title: 'Notícias e eventos', text: 'Campanhas, marcos e o evento internacional anual.', href: '/news' },
      events: { title: 'Evento anual', text: 'Programa, oradores e inscrição no evento internacional.', href: '/events' },
    },
  },
  page: {
    lastUpdated: 'Última atualização',
    draftBanner: 'Está a ver um rascunho. Não é público.',
  },
  errors: {
    notFoundTitle: 'Página não encontrada',
    notFoundText: 'A página que procura não existe ou foi movida.',
    backHome: 'Ir para a página inicial',
  },
  footer: {
    mission: 'Uma iniciativa da Missão da UE para Cidades Inteligentes e com Impacto Neutro no Clima',
  },
  repository: repositoryPt,
  practice: practicePt,
  geography: geographyPt,
  submission: submissionPt,
  evaluation: evaluationPt,
  funding: fundingPt,
  fundingAlerts: fundingAlertsPt,
  eventCalendar: eventCalendarPt,
  communityNotifications: communityNotificationsPt,
  moderation: moderationPt,
  members: membersPt,
  community: communityPt,
  campaigns: campaignsPt,
  news: newsPt,
  newsletter: newsletterPt,
  eventRegistration: eventRegistrationPt,
  events: eventsPt,
}
