import type { NewsStrings } from './en'

export const newsEs: NewsStrings = {
  breadcrumb: { label: 'Usted está aquí', home: 'Inicio' },
  list: {
    title: 'Noticias e hitos',
    lead: 'Historias, hitos y anuncios de las ciudades y socios de la Misión.',
    titleInCategory: 'Noticias: {{category}}',
    filterLegend: 'Filtrar las noticias',
    categoryLabel: 'Categoría',
    allCategories: 'Todas las categorías',
    apply: 'Mostrar',
    categories: 'Categorías',
    count: { one: '{{count}} noticia', other: '{{count}} noticias' },
    empty: 'Todavía no hay noticias.',
    emptyCategory: 'Todavía no hay noticias en esta categoría.',
    feed: 'Seguir las noticias con un lector de fuentes (Atom)',
    readMore: 'Leer «{{title}}»',
  },
  pagination: { label: 'Páginas de noticias', previous: 'Página anterior', next: 'Página siguiente', page: 'Página {{page}} de {{total}}' },
  item: {
    breadcrumb: 'Noticias',
    published: 'Publicado el {{date}}',
    categories: 'Categorías',
    authors: 'Escrito por',
    related: 'Relacionado',
    relatedPractices: 'Prácticas',
    relatedCities: 'Ciudades',
    relatedCampaigns: 'Campañas',
    fallback: 'Esta noticia aún no está traducida al español: se muestra en inglés.',
    draft: 'Vista previa de un borrador: esta versión no está publicada.',
    allNews: 'Todas las noticias',
  },
  feed: {
    title: 'Noticias e hitos del GKEC',
    description: 'Las últimas noticias e hitos del Global Knowledge Exchange Centre, en español.',
    link: 'Fuente de noticias (Atom)',
  },
}
