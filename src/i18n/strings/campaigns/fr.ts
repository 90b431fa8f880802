import type { CampaignsStrings } from './en'

export const campaignsFr: CampaignsStrings = {
  list: {
    title: 'Campagnes',
    description: 'Ce à quoi travaillent en ce moment la Mission européenne pour les villes et ses villes partenaires : les campagnes en cours du Centre mondial d’échange de connaissances.',
    lead: 'Les campagnes en cours du Centre mondial d’échange de connaissances.',
    empty: 'Aucune campagne n’est en cours pour le moment.',
    until: 'Jusqu’au {{date}}',
  },
  page: {
    fallback: 'Cette page n’est pas encore disponible en {{language}} ; elle est affichée en anglais.',
    draftBanner: 'Vous consultez une campagne en brouillon. Elle n’est pas publique ; les visites et les clics ne sont pas comptés.',
    allCampaigns: 'Toutes les campagnes',
    breadcrumb: 'Fil d’Ariane',
    home: 'Accueil',
    shareImageAlt: '{{title}} — campagne du GKEC',
  },
  video: {
    play: 'Lire la vidéo : {{title}}',
    playUntitled: 'Lire la vidéo',
    provider: 'La lecture charge la vidéo depuis {{provider}}, qui peut déposer des cookies.',
    external: 'Regarder « {{title}} » sur {{provider}} (quitte le GKEC)',
    externalUntitled: 'Regarder la vidéo sur {{provider}} (quitte le GKEC)',
    defaultTitle: 'Vidéo',
  },
  blocks: {
    keyFiguresHeading: 'Chiffres clés',
    featuredHeading: 'Pratiques',
    allPractices: 'Voir toutes les pratiques correspondantes',
    noPractices: 'Aucune pratique à afficher pour l’instant.',
    fundingHeading: 'Financements ouverts',
    allFunding: 'Voir tous les financements',
    noFunding: 'Aucun financement n’est ouvert pour le moment.',
    eventHeading: 'Événement',
    eventLink: 'À propos de {{title}}',
    faqHeading: 'Questions et réponses',
    partnersHeading: 'Partenaires',
    externalLink: '(quitte le GKEC)',
  },
}
