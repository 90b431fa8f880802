export const newsEn = {
  breadcrumb: { label: 'You are here', home: 'Home' },
  list: {
    title: 'News and milestones',
    lead: 'Stories, milestones and announcements from the Mission’s cities and partners.',
    titleInCategory: 'News: {{category}}',
    filterLegend: 'Filter the news',
    categoryLabel: 'Category',
    allCategories: 'All categories',
    apply: 'Show',
    categories: 'Categories',
    count: { one: '{{count}} news item', other: '{{count}} news items' },
    empty: 'There is no news yet.',
    emptyCategory: 'There is no news in this category yet.',
    feed: 'Follow the news with a feed reader (Atom)',
    readMore: 'Read “{{title}}”',
  },
  pagination: { label: 'Pages of news', previous: 'Previous page', next: 'Next page', page: 'Page {{page}} of {{total}}' },
  item: {
    breadcrumb: 'News',
    published: 'Published on {{date}}',
    categories: 'Categories',
    authors: 'Written by',
    related: 'Related',
    relatedPractices: 'Practices',
    relatedCities: 'Cities',
    relatedCampaigns: 'Campaigns',
    fallback: 'This news item has not been translated into English yet: it is shown in English.',
    draft: 'Preview of a draft: this version is not published.',
    allNews: 'All news',
  },
  feed: {
    title: 'GKEC news and milestones',
    description: 'The latest news and milestones of the Global Knowledge Exchange Centre, in English.',
    link: 'News feed (Atom)',
  },
}

export type NewsStrings = typeof newsEn
