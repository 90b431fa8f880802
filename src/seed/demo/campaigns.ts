import type { Payload } from 'payload'

import type { Campaign } from '@/payload-types'
import { paragraphs } from '../richText'

type Layout = NonNullable<Campaign['layout']>

export const DEMO_CAMPAIGN_SLUG = 'first-movers-2027'

const english: Layout = [
  {
    blockType: 'hero',
    heading: 'Learn from the first movers',
    text: 'Cities on every continent are cutting emissions now. See what worked, find the money, and meet the people who did it.',
    link: { label: 'Explore the practices', url: '/en/practices' },
  },
  {
    blockType: 'richText',
    body: paragraphs(
      'The EU Mission for 100 Climate-Neutral and Smart Cities by 2030 shares what its cities learn with cities everywhere.',
      'This campaign brings together evaluated practices, open funding and the annual international event.',
    ),
  },
  {
    blockType: 'keyFigures',
    heading: 'GKEC today',
    figures: [{ metric: 'practices' }, { metric: 'cities' }, { metric: 'countries' }, { metric: 'fundingOpen' }],
  },
  { blockType: 'featuredPractices', heading: 'Practices to replicate', mode: 'query', query: 'sort=newest', limit: 3 },
  { blockType: 'fundingHighlights', heading: 'Funding open now', mode: 'query', query: '', limit: 3 },
  { blockType: 'event', heading: 'Meet them at the international event' },
  {
    blockType: 'quote',
    quote: 'We did not wait for perfect data. We started with one district and learned as we went.',
    author: 'A Mission city climate officer',
    role: 'Demo quote',
  },
  {
    blockType: 'cta',
    heading: 'Share your city’s practice',
    text: 'Your experience can help another city move faster.',
    link: { label: 'Submit a practice', url: '/en/submit-practice' },
  },
  { blockType: 'newsletterSignup', heading: 'Get the newsletter', text: 'One e-mail a month with new practices, funding and events.' },
  {
    blockType: 'faq',
    heading: 'Questions',
    items: [
      { question: 'Who can use GKEC?', answer: paragraphs('Any city, in or outside Europe, and anyone working with cities on climate neutrality.') },
      { question: 'Is it free?', answer: paragraphs('Yes. The practices, the funding database and the community are free to use.') },
    ],
  },
]

const french: Layout = [
  {
    blockType: 'hero',
    heading: 'Apprendre des pionnières',
    text: 'Sur tous les continents, des villes réduisent déjà leurs émissions. Voyez ce qui a marché, trouvez les financements, rencontrez celles et ceux qui l’ont fait.',
    link: { label: 'Explorer les pratiques', url: '/fr/practices' },
  },
  {
    blockType: 'keyFigures',
    heading: 'Le GKEC aujourd’hui',
    figures: [{ metric: 'practices' }, { metric: 'cities' }, { metric: 'countries' }],
  },
  { blockType: 'newsletterSignup', heading: 'Recevoir la lettre', text: 'Un e-mail par mois : nouvelles pratiques, financements et événements.' },
]

/**
 * A published demo campaign (English and French layouts; Spanish and Portuguese visitors see the
 * English page with a notice) and a few news items. Existing slugs are left alone.
 */
export async function seedDemoCampaigns(payload: Payload): Promise<{ campaigns: number; news: number }> {
  const context = { disableRevalidate: true }
  let campaigns = 0
  const existing = await payload.count({ collection: 'campaigns', where: { slug: { equals: DEMO_CAMPAIGN_SLUG } }, overrideAccess: true })
  let campaignId: number | null = null
  if (existing.totalDocs === 0) {
    const campaign = await payload.create({
      collection: 'campaigns',
      overrideAccess: true,
      locale: 'en',
      context,
      data: {
        title: 'Learn from the first movers',
        summary: 'Evaluated practices, open funding and the international event, for cities everywhere.',
        slug: DEMO_CAMPAIGN_SLUG,
        goal: 'Bring cities outside Europe to the repository and the newsletter.',
        audiences: ['global_cities', 'mission_cities'],
        regions: ['africa', 'americas', 'asia'],
        languages: ['en', 'fr', 'es', 'pt'],
        layout: english,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'campaigns',
      id: campaign.id,
      overrideAccess: true,
      locale: 'fr',
      context,
      data: { title: 'Apprendre des pionnières', summary: 'Pratiques évaluées, financements ouverts et événement international, pour les villes du monde entier.', layout: french, _status: 'published' },
    })
    campaignId = campaign.id
    campaigns = 1
  }

  const categories = new Map<string, number>()
  for (const [slug, en, fr] of [
    ['milestones', 'Milestones', 'Étapes'],
    ['stories', 'Stories', 'Récits'],
  ] as const) {
    const found = await payload.find({ collection: 'news-categories', where: { slug: { equals: slug } }, overrideAccess: true, limit: 1 })
    const category = found.docs[0] ?? (await payload.create({ collection: 'news-categories', overrideAccess: true, locale: 'en', context, data: { title: en, slug } }))
    if (!found.docs[0]) await payload.update({ collection: 'news-categories', id: category.id, overrideAccess: true, locale: 'fr', context, data: { title: fr } })
    categories.set(slug, category.id)
  }

  const items = [
    {
      slug: 'hundred-cities-climate-contracts',
      category: 'milestones',
      daysAgo: 3,
      en: { title: 'All Mission cities now have a Climate City Contract', summary: 'A milestone for the 100 cities aiming at climate neutrality by 2030.', body: ['Every Mission city has now signed its Climate City Contract, a plan and a commitment shared with citizens and investors.'] },
      fr: { title: 'Toutes les villes de la Mission ont un Contrat climat', summary: 'Une étape pour les 100 villes visant la neutralité climatique en 2030.', body: ['Chaque ville de la Mission a désormais signé son Contrat de ville climat, un plan et un engagement partagés avec les citoyens et les investisseurs.'] },
    },
    {
      slug: 'twinning-across-continents',
      category: 'stories',
      daysAgo: 10,
      en: { title: 'Twinning across continents', summary: 'How two cities on two continents adapted one district heating practice.', body: ['A district heating practice published on GKEC was adapted by a city in another region, with help found in the community.'] },
      fr: { title: 'Jumelages entre continents', summary: 'Comment deux villes de deux continents ont adapté une pratique de chauffage urbain.', body: ['Une pratique de chauffage urbain publiée sur le GKEC a été adaptée par une ville d’une autre région, avec l’aide trouvée dans la communauté.'] },
    },
    {
      slug: 'international-event-2027-announced',
      category: 'milestones',
      daysAgo: 20,
      en: { title: 'The 2027 international event is announced', summary: 'Registration opens for the annual outreach event.', body: ['The annual international outreach event brings Mission cities and cities worldwide together.'] },
      fr: { title: 'L’événement international 2027 est annoncé', summary: 'Les inscriptions ouvrent pour l’événement annuel.', body: ['L’événement international annuel réunit les villes de la Mission et des villes du monde entier.'] },
    },
  ]
  let news = 0
  for (const item of items) {
    const found = await payload.count({ collection: 'news', where: { slug: { equals: item.slug } }, overrideAccess: true })
    if (found.totalDocs > 0) continue
    const created = await payload.create({
      collection: 'news',
      overrideAccess: true,
      locale: 'en',
      context,
      data: {
        title: item.en.title,
        summary: item.en.summary,
        body: paragraphs(...item.en.body),
        slug: item.slug,
        categories: [categories.get(item.category) as number],
        authors: [{ name: 'GKEC editorial team' }],
        publishedAt: new Date(Date.now() - item.daysAgo * 86_400_000).toISOString(),
        relatedCampaigns: campaignId ? [campaignId] : [],
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'news',
      id: created.id,
      overrideAccess: true,
      locale: 'fr',
      context,
      data: { title: item.fr.title, summary: item.fr.summary, body: paragraphs(...item.fr.body), _status: 'published' },
    })
    news += 1
  }
  return { campaigns, news }
}
