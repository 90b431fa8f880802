/** Cache tags for public data. Hooks revalidate them when the data changes. */
export const cacheTags = {
  globals: (slug: string) => `global:${slug}`,
  pages: 'pages',
  page: (slug: string) => `page:${slug}`,
  sitemap: 'sitemap',
  /** Every list, count, facet and map that shows practices. */
  practices: 'practices',
  practice: (slug: string) => `practice:${slug}`,
  /** Countries, cities and themes: reference data shown on practice, city and listing pages. */
  geography: 'geography',
  themes: 'themes',
  /** The current rubric and the evaluation settings (the methodology page). */
  methodology: 'methodology',
  /** A practice's public evaluation result (its scorecard and label). */
  scorecard: (practiceId: number | string) => `scorecard:${practiceId}`,
  /** Every list, feed, export and eligibility answer that shows funding actions. */
  funding: 'funding',
  fundingAction: (slug: string) => `funding:${slug}`,
  /** Organisations (funders, partners), shown on funding and practice pages. */
  organisations: 'organisations',
  /** The list of published event editions (and the sitemap's event entries). */
  events: 'events',
  /** Everything public about one edition: its page, programme, sessions, speakers and calendar feeds. */
  event: (slug: string) => `event:${slug}`,
  /** Every page or feed that shows event speakers (a speaker can appear in several editions). */
  eventSpeakers: 'event-speakers',
  /** The community's spaces and every listing of listed threads (spaces, latest, search, feed). */
  community: 'community',
  /** One thread's public page: the opening post and its listed replies. */
  communityThread: (id: number | string) => `community-thread:${id}`,
  /** The public monthly moderation log. */
  moderationLog: 'moderation-log',
  /** Every list of campaigns and the sitemap's campaign entries. */
  campaigns: 'campaigns',
  /** One campaign's landing page, in every language. */
  campaign: (slug: string) => `campaign:${slug}`,
  /** The news list, the news feeds and the sitemap's news entries. */
  news: 'news',
  newsItem: (slug: string) => `news:${slug}`,
  /** Live key figures on campaign pages (practices, cities, countries, funding). */
  keyFigures: 'key-figures',
} as const
