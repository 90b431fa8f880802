import type { NewsStrings } from './en'

export const newsFr: NewsStrings = {
  breadcrumb: { label: 'Vous êtes ici', home: 'Accueil' },
  list: {
    title: 'Actualités et étapes clés',
    lead: 'Récits, étapes clés et annonces des villes et partenaires de la Mission.',
    titleInCategory: 'Actualités : {{category}}',
    filterLegend: 'Filtrer les actualités',
    categoryLabel: 'Catégorie',
    allCategories: 'Toutes les catégories',
    apply: 'Afficher',
    categories: 'Catégories',
    count: { one: '{{count}} actualité', other: '{{count}} actualités' },
    empty: 'Il n’y a pas encore d’actualité.',
    emptyCategory: 'Il n’y a pas encore d’actualité dans cette catégorie.',
    feed: 'Suivre les actualités avec un lecteur de flux (Atom)',
    readMore: 'Lire « {{title}} »',
  },
  pagination: { label: 'Pages d’actualités', previous: 'Page précédente', next: 'Page suivante', page: 'Page {{page}} sur {{total}}' },
  item: {
    breadcrumb: 'Actualités',
    published: 'Publié le {{date}}',
    categories: 'Catégories',
    authors: 'Rédigé par',
    related: 'En lien',
    relatedPractices: 'Pratiques',
    relatedCities: 'Villes',
    relatedCampaigns: 'Campagnes',
    fallback: 'Cette actualité n’est pas encore traduite en français : elle est affichée en anglais.',
    draft: 'Aperçu d’un brouillon : cette version n’est pas publiée.',
    allNews: 'Toutes les actualités',
  },
  feed: {
    title: 'Actualités et étapes clés du GKEC',
    description: 'Les dernières actualités et étapes clés du Global Knowledge Exchange Centre, en français.',
    link: 'Flux des actualités (Atom)',
  },
}
