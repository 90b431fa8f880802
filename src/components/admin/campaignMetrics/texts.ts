import type { AdminLanguage } from '../language'

type Texts = {
  nav: string
  title: string
  intro: string
  forbidden: string
  campaign: string
  period: string
  lastDays: string
  show: string
  noCampaigns: string
  notFound: string
  draft: string
  edit: string
  totals: string
  range: string
  views: string
  signups: string
  clicks: string
  byLanguage: string
  language: string
  perDay: string
  day: string
  chart: string
  byTarget: string
  target: string
  blockId: string
  languages: string
  removedBlock: string
  none: string
  sidebarLink: string
  sidebarHint: string
}

/** The metrics view's words, in the admin's four languages. */
export const metricsTexts: Record<AdminLanguage, Texts> = {
  en: {
    nav: 'Campaign metrics',
    title: 'Campaign metrics',
    intro: 'Counted without cookies or trackers: page views per day and language, newsletter sign-ups and clicks on calls to action. Crawlers and prefetches are not counted. Days are UTC.',
    forbidden: 'Campaign metrics are for communications staff and admins.',
    campaign: 'Campaign',
    period: 'Period',
    lastDays: 'Last {days} days',
    show: 'Show',
    noCampaigns: 'There are no campaigns yet.',
    notFound: 'This campaign does not exist.',
    draft: 'draft',
    edit: 'Edit the campaign',
    totals: 'Totals, {from} to {to}',
    range: '{from} to {to}',
    views: 'Page views',
    signups: 'Newsletter sign-ups',
    clicks: 'Call-to-action clicks',
    byLanguage: 'By language',
    language: 'Language',
    perDay: 'Per day',
    day: 'Day',
    chart: 'Page views per day, {from} to {to}: {total} in all, at most {max} in a day.',
    byTarget: 'Clicks per call to action',
    target: 'Link',
    blockId: 'Block',
    languages: 'Page languages',
    removedBlock: 'a block no longer on the page',
    none: 'Nothing counted in this period.',
    sidebarLink: 'See this campaign’s metrics',
    sidebarHint: 'Views, sign-ups and clicks, counted without cookies.',
  },
  fr: {
    nav: 'Mesures des campagnes',
    title: 'Mesures des campagnes',
    intro: 'Comptées sans cookies ni traceurs : pages vues par jour et par langue, inscriptions à l’infolettre et clics sur les appels à l’action. Les robots et préchargements ne sont pas comptés. Jours en UTC.',
    forbidden: 'Les mesures des campagnes sont réservées à l’équipe communication et aux administrateurs.',
    campaign: 'Campagne',
    period: 'Période',
    lastDays: '{days} derniers jours',
    show: 'Afficher',
    noCampaigns: 'Il n’y a pas encore de campagne.',
    notFound: 'Cette campagne n’existe pas.',
    draft: 'brouillon',
    edit: 'Modifier la campagne',
    totals: 'Totaux, du {from} au {to}',
    range: 'du {from} au {to}',
    views: 'Pages vues',
    signups: 'Inscriptions à l’infolettre',
    clicks: 'Clics sur les appels à l’action',
    byLanguage: 'Par langue',
    language: 'Langue',
    perDay: 'Par jour',
    day: 'Jour',
    chart: 'Pages vues par jour, du {from} au {to} : {total} au total, {max} au plus en un jour.',
    byTarget: 'Clics par appel à l’action',
    target: 'Lien',
    blockId: 'Bloc',
    languages: 'Langues de la page',
    removedBlock: 'un bloc retiré de la page',
    none: 'Rien n’a été compté sur cette période.',
    sidebarLink: 'Voir les mesures de cette campagne',
    sidebarHint: 'Vues, inscriptions et clics, comptés sans cookies.',
  },
  es: {
    nav: 'Métricas de campañas',
    title: 'Métricas de campañas',
    intro: 'Contadas sin cookies ni rastreadores: páginas vistas por día e idioma, suscripciones al boletín y clics en las llamadas a la acción. No se cuentan robots ni precargas. Días en UTC.',
    forbidden: 'Las métricas de campañas son para el equipo de comunicación y los administradores.',
    campaign: 'Campaña',
    period: 'Periodo',
    lastDays: 'Últimos {days} días',
    show: 'Mostrar',
    noCampaigns: 'Todavía no hay campañas.',
    notFound: 'Esta campaña no existe.',
    draft: 'borrador',
    edit: 'Editar la campaña',
    totals: 'Totales, del {from} al {to}',
    range: 'del {from} al {to}',
    views: 'Páginas vistas',
    signups: 'Suscripciones al boletín',
    clicks: 'Clics en llamadas a la acción',
    byLanguage: 'Por idioma',
    language: 'Idioma',
    perDay: 'Por día',
    day: 'Día',
    chart: 'Páginas vistas por día, del {from} al {to}: {total} en total, {max} como máximo en un día.',
    byTarget: 'Clics por llamada a la acción',
    target: 'Enlace',
    blockId: 'Bloque',
    languages: 'Idiomas de la página',
    removedBlock: 'un bloque que ya no está en la página',
    none: 'No se contó nada en este periodo.',
    sidebarLink: 'Ver las métricas de esta campaña',
    sidebarHint: 'Vistas, suscripciones y clics, contados sin cookies.',
  },
  pt: {
    nav: 'Métricas das campanhas',
    title: 'Métricas das campanhas',
    intro: 'Contadas sem cookies nem rastreadores: páginas vistas por dia e idioma, subscrições da newsletter e cliques nos apelos à ação. Robôs e pré-carregamentos não são contados. Dias em UTC.',
    forbidden: 'As métricas das campanhas destinam-se à equipa de comunicação e aos administradores.',
    campaign: 'Campanha',
    period: 'Período',
    lastDays: 'Últimos {days} dias',
    show: 'Mostrar',
    noCampaigns: 'Ainda não há campanhas.',
    notFound: 'Esta campanha não existe.',
    draft: 'rascunho',
    edit: 'Editar a campanha',
    totals: 'Totais, de {from} a {to}',
    range: 'de {from} a {to}',
    views: 'Páginas vistas',
    signups: 'Subscrições da newsletter',
    clicks: 'Cliques nos apelos à ação',
    byLanguage: 'Por idioma',
    language: 'Idioma',
    perDay: 'Por dia',
    day: 'Dia',
    chart: 'Páginas vistas por dia, de {from} a {to}: {total} no total, no máximo {max} num dia.',
    byTarget: 'Cliques por apelo à ação',
    target: 'Ligação',
    blockId: 'Bloco',
    languages: 'Idiomas da página',
    removedBlock: 'um bloco que já não está na página',
    none: 'Nada foi contado neste período.',
    sidebarLink: 'Ver as métricas desta campanha',
    sidebarHint: 'Visualizações, subscrições e cliques, contados sem cookies.',
  },
}
