import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

type Localized = Record<Locale, string>

const headerLinks: Array<{ url: string; label: Localized }> = [
  { url: '/practices', label: { en: 'Best practices', fr: 'Bonnes pratiques', es: 'Buenas prácticas', pt: 'Boas práticas' } },
  { url: '/funding', label: { en: 'Funding & advice', fr: 'Financement et conseil', es: 'Financiación y asesoría', pt: 'Financiamento e apoio' } },
  { url: '/community', label: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' } },
  { url: '/events', label: { en: 'Events', fr: 'Événements', es: 'Eventos', pt: 'Eventos' } },
  { url: '/news', label: { en: 'News', fr: 'Actualités', es: 'Noticias', pt: 'Notícias' } },
  { url: '/about', label: { en: 'About', fr: 'À propos', es: 'Acerca de', pt: 'Sobre' } },
]

const footerLinks: Array<{ url: string; label: Localized }> = [
  { url: '/about', label: { en: 'About GKEC', fr: 'À propos du GKEC', es: 'Acerca del GKEC', pt: 'Sobre o GKEC' } },
  { url: '/partners', label: { en: 'Partners', fr: 'Partenaires', es: 'Socios', pt: 'Parceiros' } },
  { url: '/submit-practice', label: { en: 'Submit a practice', fr: 'Proposer une pratique', es: 'Proponer una práctica', pt: 'Submeter uma prática' } },
  { url: '/newsletter', label: { en: 'Newsletter', fr: 'Lettre d’information', es: 'Boletín', pt: 'Newsletter' } },
]

const legalNotice: Localized = {
  en: 'GKEC is the international knowledge exchange of the EU Mission for Climate-Neutral and Smart Cities. Content reflects the views of its authors.',
  fr: 'Le GKEC est la plateforme internationale d’échange de connaissances de la Mission de l’UE pour des villes intelligentes et neutres pour le climat. Les contenus reflètent l’avis de leurs auteurs.',
  es: 'El GKEC es el intercambio internacional de conocimiento de la Misión de la UE para Ciudades Inteligentes y Climáticamente Neutras. Los contenidos reflejan la opinión de sus autores.',
  pt: 'O GKEC é o intercâmbio internacional de conhecimento da Missão da UE para Cidades Inteligentes e com Impacto Neutro no Clima. Os conteúdos refletem a opinião dos seus autores.',
}

const locales: Locale[] = ['en', 'fr', 'es', 'pt']
const context = { disableRevalidate: true }

/** Writes a localized navigation once per locale, keeping the row ids so locales share rows. */
async function seedNavigation(
  payload: Payload,
  slug: 'header' | 'footer',
  links: Array<{ url: string; label: Localized }>,
  extra: (locale: Locale) => Record<string, string> = () => ({}),
): Promise<void> {
  const current = await payload.findGlobal({ slug, depth: 0, overrideAccess: true })
  if (current.navigation?.length) return
  let ids: string[] = []
  for (const locale of locales) {
    const saved = await payload.updateGlobal({
      slug,
      locale,
      context,
      overrideAccess: true,
      data: {
        ...extra(locale),
        navigation: links.map((link, index) => ({
          ...(ids[index] ? { id: ids[index] } : {}),
          link: { type: 'path' as const, url: link.url, label: link.label[locale] },
        })),
      },
    })
    ids = (saved.navigation ?? []).map((item) => item.id ?? '')
  }
}

/** Header and footer navigation in every language; left alone once an editor has filled them. */
export async function seedGlobals(payload: Payload): Promise<void> {
  await seedNavigation(payload, 'header', headerLinks)
  await seedNavigation(payload, 'footer', footerLinks, (locale) => ({ legalNotice: legalNotice[locale] }))
}
