import type { NewsStrings } from './en'

export const newsPt: NewsStrings = {
  breadcrumb: { label: 'Está aqui', home: 'Início' },
  list: {
    title: 'Notícias e marcos',
    lead: 'Histórias, marcos e anúncios das cidades e parceiros da Missão.',
    titleInCategory: 'Notícias: {{category}}',
    filterLegend: 'Filtrar as notícias',
    categoryLabel: 'Categoria',
    allCategories: 'Todas as categorias',
    apply: 'Mostrar',
    categories: 'Categorias',
    count: { one: '{{count}} notícia', other: '{{count}} notícias' },
    empty: 'Ainda não há notícias.',
    emptyCategory: 'Ainda não há notícias nesta categoria.',
    feed: 'Seguir as notícias com um leitor de feeds (Atom)',
    readMore: 'Ler «{{title}}»',
  },
  pagination: { label: 'Páginas de notícias', previous: 'Página anterior', next: 'Página seguinte', page: 'Página {{page}} de {{total}}' },
  item: {
    breadcrumb: 'Notícias',
    published: 'Publicado em {{date}}',
    categories: 'Categorias',
    authors: 'Escrito por',
    related: 'Relacionado',
    relatedPractices: 'Práticas',
    relatedCities: 'Cidades',
    relatedCampaigns: 'Campanhas',
    fallback: 'Esta notícia ainda não foi traduzida para português: é apresentada em inglês.',
    draft: 'Pré-visualização de um rascunho: esta versão não está publicada.',
    allNews: 'Todas as notícias',
  },
  feed: {
    title: 'Notícias e marcos do GKEC',
    description: 'As últimas notícias e marcos do Global Knowledge Exchange Centre, em português.',
    link: 'Feed de notícias (Atom)',
  },
}
