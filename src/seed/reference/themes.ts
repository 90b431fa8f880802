/**
 * The thematic taxonomy: seven action domains where emissions are cut, six cross-cutting enablers
 * that make the cuts possible. Slugs are shared with the rest of the code; names and descriptions
 * can be edited in the admin afterwards.
 */
import type { Locale } from '@/i18n/locales'

export type ThemeSeed = {
  slug: string
  kind: 'domain' | 'enabler'
  order: number
  name: Record<Locale, string>
  description: Record<Locale, string>
}

type ThemeText = Omit<ThemeSeed, 'kind' | 'order'>

const domains: ThemeText[] = [
  {
    slug: 'energy-systems',
    name: { en: 'Energy systems', fr: 'Systèmes énergétiques', es: 'Sistemas energéticos', pt: 'Sistemas energéticos' },
    description: {
      en: 'Renewable generation, district heating and cooling, storage and smart grids.',
      fr: 'Production renouvelable, réseaux de chaleur et de froid, stockage et réseaux intelligents.',
      es: 'Generación renovable, redes de calor y frío, almacenamiento y redes inteligentes.',
      pt: 'Produção renovável, redes de calor e frio, armazenamento e redes inteligentes.',
    },
  },
  {
    slug: 'buildings',
    name: { en: 'Buildings', fr: 'Bâtiments', es: 'Edificios', pt: 'Edifícios' },
    description: {
      en: 'Renovation, energy efficiency and low-carbon construction of homes and public buildings.',
      fr: 'Rénovation, efficacité énergétique et construction bas carbone des logements et bâtiments publics.',
      es: 'Rehabilitación, eficiencia energética y construcción baja en carbono de viviendas y edificios públicos.',
      pt: 'Reabilitação, eficiência energética e construção de baixo carbono de habitações e edifícios públicos.',
    },
  },
  {
    slug: 'mobility',
    name: { en: 'Mobility', fr: 'Mobilité', es: 'Movilidad', pt: 'Mobilidade' },
    description: {
      en: 'Public transport, walking, cycling, shared and electric mobility, and urban logistics.',
      fr: 'Transports publics, marche, vélo, mobilité partagée et électrique, logistique urbaine.',
      es: 'Transporte público, caminar, bicicleta, movilidad compartida y eléctrica, y logística urbana.',
      pt: 'Transportes públicos, andar a pé, bicicleta, mobilidade partilhada e elétrica, e logística urbana.',
    },
  },
  {
    slug: 'waste-circular-economy',
    name: { en: 'Waste and circular economy', fr: 'Déchets et économie circulaire', es: 'Residuos y economía circular', pt: 'Resíduos e economia circular' },
    description: {
      en: 'Prevention, reuse, recycling and recovery of materials and waste.',
      fr: 'Prévention, réemploi, recyclage et valorisation des matières et des déchets.',
      es: 'Prevención, reutilización, reciclaje y valorización de materiales y residuos.',
      pt: 'Prevenção, reutilização, reciclagem e valorização de materiais e resíduos.',
    },
  },
  {
    slug: 'green-infrastructure',
    name: { en: 'Green infrastructure', fr: 'Infrastructures vertes', es: 'Infraestructura verde', pt: 'Infraestrutura verde' },
    description: {
      en: 'Trees, parks and nature-based solutions that store carbon and cool the city.',
      fr: 'Arbres, parcs et solutions fondées sur la nature qui stockent le carbone et rafraîchissent la ville.',
      es: 'Arbolado, parques y soluciones basadas en la naturaleza que almacenan carbono y refrescan la ciudad.',
      pt: 'Árvores, parques e soluções baseadas na natureza que armazenam carbono e arrefecem a cidade.',
    },
  },
  {
    slug: 'industry',
    name: { en: 'Industry', fr: 'Industrie', es: 'Industria', pt: 'Indústria' },
    description: {
      en: 'Cleaner industrial processes, industrial symbiosis and low-carbon local production.',
      fr: 'Procédés industriels plus propres, symbiose industrielle et production locale bas carbone.',
      es: 'Procesos industriales más limpios, simbiosis industrial y producción local baja en carbono.',
      pt: 'Processos industriais mais limpos, simbiose industrial e produção local de baixo carbono.',
    },
  },
  {
    slug: 'agriculture-forestry-land-use',
    name: { en: 'Agriculture, forestry and land use', fr: 'Agriculture, forêts et usage des sols', es: 'Agricultura, silvicultura y uso del suelo', pt: 'Agricultura, florestas e uso do solo' },
    description: {
      en: 'Urban and peri-urban farming, sustainable food, and forests and soils that store carbon.',
      fr: 'Agriculture urbaine et périurbaine, alimentation durable, forêts et sols qui stockent le carbone.',
      es: 'Agricultura urbana y periurbana, alimentación sostenible, y bosques y suelos que almacenan carbono.',
      pt: 'Agricultura urbana e periurbana, alimentação sustentável, e florestas e solos que armazenam carbono.',
    },
  },
]

const enablers: ThemeText[] = [
  {
    slug: 'governance-policy',
    name: { en: 'Governance and policy', fr: 'Gouvernance et politiques publiques', es: 'Gobernanza y políticas públicas', pt: 'Governação e políticas públicas' },
    description: {
      en: 'Climate plans, regulation, public procurement and cooperation across levels of government.',
      fr: 'Plans climat, réglementation, achats publics et coopération entre niveaux de gouvernement.',
      es: 'Planes climáticos, regulación, compra pública y cooperación entre niveles de gobierno.',
      pt: 'Planos climáticos, regulamentação, contratação pública e cooperação entre níveis de governo.',
    },
  },
  {
    slug: 'finance-investment',
    name: { en: 'Finance and investment', fr: 'Financement et investissement', es: 'Financiación e inversión', pt: 'Financiamento e investimento' },
    description: {
      en: 'Grants, financing models and investment plans that pay for the transition.',
      fr: 'Subventions, modèles de financement et plans d’investissement qui financent la transition.',
      es: 'Subvenciones, modelos de financiación y planes de inversión que costean la transición.',
      pt: 'Subsídios, modelos de financiamento e planos de investimento que pagam a transição.',
    },
  },
  {
    slug: 'citizen-engagement',
    name: { en: 'Citizen engagement', fr: 'Participation citoyenne', es: 'Participación ciudadana', pt: 'Participação cidadã' },
    description: {
      en: 'Involving residents, businesses and communities in deciding and acting.',
      fr: 'Associer habitants, entreprises et associations aux décisions et à l’action.',
      es: 'Implicar a vecinos, empresas y comunidades en las decisiones y en la acción.',
      pt: 'Envolver residentes, empresas e comunidades nas decisões e na ação.',
    },
  },
  {
    slug: 'data-digital',
    name: { en: 'Data and digital', fr: 'Données et numérique', es: 'Datos y digitalización', pt: 'Dados e digital' },
    description: {
      en: 'Emission inventories, monitoring, open data and digital planning tools.',
      fr: 'Inventaires d’émissions, suivi, données ouvertes et outils numériques de planification.',
      es: 'Inventarios de emisiones, seguimiento, datos abiertos y herramientas digitales de planificación.',
      pt: 'Inventários de emissões, monitorização, dados abertos e ferramentas digitais de planeamento.',
    },
  },
  {
    slug: 'just-transition',
    name: { en: 'Just transition', fr: 'Transition juste', es: 'Transición justa', pt: 'Transição justa' },
    description: {
      en: 'A fair transition: jobs, energy poverty, affordability and inclusion.',
      fr: 'Une transition équitable : emplois, précarité énergétique, coût de la vie et inclusion.',
      es: 'Una transición equitativa: empleo, pobreza energética, asequibilidad e inclusión.',
      pt: 'Uma transição equitativa: emprego, pobreza energética, custo de vida e inclusão.',
    },
  },
  {
    slug: 'capacity-building',
    name: { en: 'Capacity building', fr: 'Renforcement des capacités', es: 'Desarrollo de capacidades', pt: 'Capacitação' },
    description: {
      en: 'Skills, training and peer learning for city staff and local partners.',
      fr: 'Compétences, formation et apprentissage entre pairs pour les agents et les partenaires locaux.',
      es: 'Competencias, formación y aprendizaje entre pares para el personal municipal y los socios locales.',
      pt: 'Competências, formação e aprendizagem entre pares para técnicos municipais e parceiros locais.',
    },
  },
]

/** The 13 themes in display order: domains first, then enablers. */
export const REFERENCE_THEMES: ThemeSeed[] = [
  ...domains.map((theme, index) => ({ ...theme, kind: 'domain' as const, order: index + 1 })),
  ...enablers.map((theme, index) => ({ ...theme, kind: 'enabler' as const, order: domains.length + index + 1 })),
]
