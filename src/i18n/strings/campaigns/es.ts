import type { CampaignsStrings } from './en'

export const campaignsEs: CampaignsStrings = {
  list: {
    title: 'Campañas',
    description: 'En qué trabajan ahora la Misión de la UE sobre ciudades y sus ciudades socias: las campañas en curso del Centro Mundial de Intercambio de Conocimientos.',
    lead: 'Campañas en curso del Centro Mundial de Intercambio de Conocimientos.',
    empty: 'No hay ninguna campaña en curso en este momento.',
    until: 'Hasta el {{date}}',
  },
  page: {
    fallback: 'Esta página aún no está disponible en {{language}}; se muestra en inglés.',
    draftBanner: 'Está viendo una campaña en borrador. No es pública, y las visitas y los clics no se cuentan.',
    allCampaigns: 'Todas las campañas',
    breadcrumb: 'Ruta de navegación',
    home: 'Inicio',
    shareImageAlt: '{{title}} — campaña del GKEC',
  },
  video: {
    play: 'Reproducir el vídeo: {{title}}',
    playUntitled: 'Reproducir el vídeo',
    provider: 'Al reproducirlo se carga el vídeo desde {{provider}}, que puede instalar cookies.',
    external: 'Ver «{{title}}» en {{provider}} (sale del GKEC)',
    externalUntitled: 'Ver el vídeo en {{provider}} (sale del GKEC)',
    defaultTitle: 'Vídeo',
  },
  blocks: {
    keyFiguresHeading: 'Cifras clave',
    featuredHeading: 'Prácticas',
    allPractices: 'Ver todas las prácticas correspondientes',
    noPractices: 'Todavía no hay prácticas que mostrar.',
    fundingHeading: 'Financiación abierta',
    allFunding: 'Ver toda la financiación',
    noFunding: 'No hay ninguna financiación abierta en este momento.',
    eventHeading: 'Evento',
    eventLink: 'Sobre {{title}}',
    faqHeading: 'Preguntas y respuestas',
    partnersHeading: 'Socios',
    externalLink: '(sale del GKEC)',
  },
}
