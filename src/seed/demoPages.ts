import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { paragraphs } from './richText'

type PageText = { title: string; summary: string; body: string[] }

const demoPages: Array<{ slug: string; text: Record<Locale, PageText> }> = [
  {
    slug: 'about',
    text: {
      en: {
        title: 'About the Global Knowledge Exchange Centre',
        summary: 'How cities everywhere learn from the first movers towards climate neutrality.',
        body: [
          'The Global Knowledge Exchange Centre (GKEC) is the international platform of the EU Mission for 100 Climate-Neutral and Smart Cities by 2030.',
          'It gathers evaluated best practices, a database of funding and advisory actions, a moderated learning community and an annual international event.',
        ],
      },
      fr: {
        title: 'À propos du Centre mondial d’échange de connaissances',
        summary: 'Comment les villes du monde apprennent des pionnières de la neutralité climatique.',
        body: [
          'Le Centre mondial d’échange de connaissances (GKEC) est la plateforme internationale de la Mission de l’UE pour 100 villes intelligentes et neutres pour le climat d’ici 2030.',
          'Il réunit des bonnes pratiques évaluées, une base d’actions de financement et de conseil, une communauté d’apprentissage modérée et un événement international annuel.',
        ],
      },
      es: {
        title: 'Acerca del Centro Global de Intercambio de Conocimiento',
        summary: 'Cómo las ciudades de todo el mundo aprenden de las pioneras de la neutralidad climática.',
        body: [
          'El Centro Global de Intercambio de Conocimiento (GKEC) es la plataforma internacional de la Misión de la UE de 100 ciudades inteligentes y climáticamente neutras para 2030.',
          'Reúne buenas prácticas evaluadas, una base de acciones de financiación y asesoría, una comunidad de aprendizaje moderada y un evento internacional anual.',
        ],
      },
      pt: {
        title: 'Sobre o Centro Global de Intercâmbio de Conhecimento',
        summary: 'Como as cidades de todo o mundo aprendem com as pioneiras da neutralidade climática.',
        body: [
          'O Centro Global de Intercâmbio de Conhecimento (GKEC) é a plataforma internacional da Missão da UE para 100 cidades inteligentes e com impacto neutro no clima até 2030.',
          'Reúne boas práticas avaliadas, uma base de ações de financiamento e apoio, uma comunidade de aprendizagem moderada e um evento internacional anual.',
        ],
      },
    },
  },
  {
    slug: 'partners',
    text: {
      en: { title: 'Partners', summary: 'The organisations that run GKEC with the EU Cities Mission.', body: ['GKEC is run with city networks, research institutes and funding agencies in Europe and beyond.'] },
      fr: { title: 'Partenaires', summary: 'Les organisations qui animent le GKEC avec la Mission Villes de l’UE.', body: ['Le GKEC est animé avec des réseaux de villes, des instituts de recherche et des agences de financement en Europe et au-delà.'] },
      es: { title: 'Socios', summary: 'Las organizaciones que impulsan el GKEC con la Misión Ciudades de la UE.', body: ['El GKEC se impulsa con redes de ciudades, institutos de investigación y agencias de financiación de Europa y de fuera.'] },
      pt: { title: 'Parceiros', summary: 'As organizações que dinamizam o GKEC com a Missão Cidades da UE.', body: ['O GKEC é dinamizado com redes de cidades, institutos de investigação e agências de financiamento na Europa e fora dela.'] },
    },
  },
]

const context = { disableRevalidate: true }

/** Published about and partners pages in every language; existing slugs are left alone. */
export async function seedDemoPages(payload: Payload): Promise<void> {
  for (const page of demoPages) {
    const existing = await payload.find({
      collection: 'pages',
      where: { slug: { equals: page.slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
    if (existing.totalDocs > 0) continue
    // The blocks are shared by every language and their text is localized: each translation is
    // written into the same block (same id), or it would replace the block and drop the others.
    const data = (locale: Locale, blockId?: string | null) => ({
      title: page.text[locale].title,
      summary: page.text[locale].summary,
      slug: page.slug,
      _status: 'published' as const,
      layout: [{ ...(blockId ? { id: blockId } : {}), blockType: 'content' as const, body: paragraphs(...page.text[locale].body) }],
    })
    const created = await payload.create({ collection: 'pages', locale: 'en', context, overrideAccess: true, data: data('en') })
    const blockId = created.layout?.[0]?.id
    for (const locale of ['fr', 'es', 'pt'] as const) {
      await payload.update({ collection: 'pages', id: created.id, locale, context, overrideAccess: true, data: data(locale, blockId) })
    }
  }
}
