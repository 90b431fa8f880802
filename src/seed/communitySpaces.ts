import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { WORLD_REGIONS, type WorldRegionCode, worldRegionCodes } from '@/lib/geography/regions'
import { REFERENCE_THEMES } from './reference/themes'

type Localized = Record<Locale, string>

export type SpaceSeed = {
  slug: string
  kind: 'theme' | 'region'
  /** The theme's slug, for a theme space. */
  theme?: string
  region?: WorldRegionCode
  order: number
  title: Localized
  description: Localized
}

/** What each action domain's space is for, in one sentence (the theme's own description says what the theme covers). */
const themeDescriptions: Record<string, Localized> = {
  'energy-systems': {
    en: 'Ask and answer questions on renewables, district heating, storage and smart grids in cities.',
    fr: 'Questions et réponses sur les renouvelables, les réseaux de chaleur, le stockage et les réseaux intelligents en ville.',
    es: 'Preguntas y respuestas sobre renovables, redes de calor, almacenamiento y redes inteligentes en las ciudades.',
    pt: 'Perguntas e respostas sobre renováveis, redes de calor, armazenamento e redes inteligentes nas cidades.',
  },
  buildings: {
    en: 'Share experience of renovating homes and public buildings and of low-carbon construction.',
    fr: 'Partagez votre expérience de la rénovation des logements et bâtiments publics et de la construction bas carbone.',
    es: 'Comparta su experiencia en la rehabilitación de viviendas y edificios públicos y en la construcción baja en carbono.',
    pt: 'Partilhe a sua experiência na reabilitação de habitações e edifícios públicos e na construção de baixo carbono.',
  },
  mobility: {
    en: 'Public transport, cycling, walking, clean vehicles and low-emission zones: what worked and what did not.',
    fr: 'Transports publics, vélo, marche, véhicules propres et zones à faibles émissions : ce qui a marché et ce qui n’a pas marché.',
    es: 'Transporte público, bicicleta, caminar, vehículos limpios y zonas de bajas emisiones: lo que funcionó y lo que no.',
    pt: 'Transportes públicos, bicicleta, andar a pé, veículos limpos e zonas de baixas emissões: o que resultou e o que não.',
  },
  'waste-circular-economy': {
    en: 'Waste prevention, collection, reuse and circular procurement: questions and lessons learned.',
    fr: 'Prévention, collecte, réemploi des déchets et achats circulaires : questions et enseignements.',
    es: 'Prevención, recogida y reutilización de residuos y compra circular: preguntas y lecciones aprendidas.',
    pt: 'Prevenção, recolha e reutilização de resíduos e compras circulares: perguntas e lições aprendidas.',
  },
  'green-infrastructure': {
    en: 'Urban trees, parks, nature-based solutions and water management: exchange with peers.',
    fr: 'Arbres urbains, parcs, solutions fondées sur la nature et gestion de l’eau : échangez entre pairs.',
    es: 'Arbolado urbano, parques, soluciones basadas en la naturaleza y gestión del agua: intercambie con sus pares.',
    pt: 'Árvores urbanas, parques, soluções baseadas na natureza e gestão da água: troque experiências com os seus pares.',
  },
  industry: {
    en: 'Decarbonising local industry, ports and business parks together with companies.',
    fr: 'Décarboner l’industrie locale, les ports et les zones d’activité avec les entreprises.',
    es: 'Descarbonizar la industria local, los puertos y los polígonos junto con las empresas.',
    pt: 'Descarbonizar a indústria local, os portos e os parques empresariais em conjunto com as empresas.',
  },
  'agriculture-forestry-land-use': {
    en: 'Urban and peri-urban farming, forests, soils and land use planning for climate neutrality.',
    fr: 'Agriculture urbaine et périurbaine, forêts, sols et aménagement du territoire pour la neutralité climatique.',
    es: 'Agricultura urbana y periurbana, bosques, suelos y ordenación del territorio para la neutralidad climática.',
    pt: 'Agricultura urbana e periurbana, florestas, solos e ordenamento do território para a neutralidade climática.',
  },
}

const regionDescription = (name: Localized): Localized => ({
  en: `Cities of ${name.en} meet, compare notes and find partners close to home.`,
  fr: `Les villes de la région ${name.fr} se rencontrent, comparent leurs expériences et trouvent des partenaires proches.`,
  es: `Las ciudades de la región ${name.es} se encuentran, comparan experiencias y buscan socios cercanos.`,
  pt: `As cidades da região ${name.pt} encontram-se, comparam experiências e procuram parceiros próximos.`,
})

const domains = REFERENCE_THEMES.filter((theme) => theme.kind === 'domain')

/** One space per action domain, then one per world region: reference data, seeded in every mode. */
export const COMMUNITY_SPACES: SpaceSeed[] = [
  ...domains.map((theme, index) => ({
    slug: theme.slug,
    kind: 'theme' as const,
    theme: theme.slug,
    order: index + 1,
    title: theme.name,
    description: themeDescriptions[theme.slug] ?? theme.description,
  })),
  ...worldRegionCodes.map((code, index) => {
    const { en, fr, es, pt } = WORLD_REGIONS[code]
    return {
      slug: code,
      kind: 'region' as const,
      region: code,
      order: domains.length + index + 1,
      title: { en, fr, es, pt },
      description: regionDescription({ en, fr, es, pt }),
    }
  }),
]

const write = { context: { disableRevalidate: true }, overrideAccess: true, depth: 0 } as const
const translations: Array<Exclude<Locale, 'en'>> = ['fr', 'es', 'pt']

/**
 * Creates the community spaces whose slug is not taken yet (an editor's changes to existing ones
 * stay); returns how many were created.
 */
export async function seedCommunitySpaces(payload: Payload): Promise<number> {
  const existing = await payload.find({
    collection: 'community-spaces',
    where: { slug: { in: COMMUNITY_SPACES.map((space) => space.slug) } },
    pagination: false,
    ...write,
    select: { slug: true },
  })
  const taken = new Set(existing.docs.map((doc) => doc.slug))
  const missing = COMMUNITY_SPACES.filter((space) => !taken.has(space.slug))
  if (!missing.length) return 0
  const themes = await payload.find({
    collection: 'themes',
    where: { slug: { in: domains.map((theme) => theme.slug) } },
    pagination: false,
    ...write,
    select: { slug: true },
  })
  const themeIds = new Map(themes.docs.map((doc) => [doc.slug, doc.id]))
  for (const space of missing) {
    const doc = await payload.create({
      collection: 'community-spaces',
      locale: 'en',
      ...write,
      data: {
        slug: space.slug,
        kind: space.kind,
        theme: space.theme ? themeIds.get(space.theme) : undefined,
        region: space.region,
        order: space.order,
        title: space.title.en,
        description: space.description.en,
      },
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'community-spaces',
        id: doc.id,
        locale,
        ...write,
        data: { title: space.title[locale], description: space.description[locale] },
      })
    }
  }
  return missing.length
}
