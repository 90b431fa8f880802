import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const freetownTreeTown: DemoPractice = {
  slug: 'freetown-the-tree-town',
  title: 'Freetown: paying growers for every tree that survives',
  summary:
    'Freetown set out to plant a million trees on its deforested hillsides, in catchments and along streets. Each seedling is photographed and geotagged in a mobile app, and the residents who plant and care for it are paid in instalments only while it is alive, with checks by independent verifiers. Within about two years several hundred thousand trees were growing, over a thousand people earned an income, and the city had a verified register of where its new trees stand.',
  challenge: [
    'Freetown, squeezed between the Atlantic and steep forested hills, has lost a large part of its tree cover to informal settlement, charcoal and quarrying. Deforested slopes shed water and soil in the rainy season; in 2017 a mudslide on the city’s edge killed more than a thousand people.',
    'Tree-planting campaigns had come and gone, but few records existed of what survived. Donors and residents had little reason to trust planting figures, and the people who could look after young trees were rarely paid to do so.',
  ],
  objectives: [
    'Plant and keep alive about one million trees in priority catchments, on hillsides and in the city, to reduce flood and landslide risk and restore tree cover.',
    'Create paid work for young people and community groups, and produce a record of every tree that donors and residents can trust.',
  ],
  solution: [
    'The city council launched a campaign with a simple slogan and a public target, then organised planting through community groups, schools and youth volunteers. Sites were chosen with the help of flood and landslide risk maps, focusing on water catchments, degraded slopes and bare streets.',
    'Each tree is registered by its grower with a geotagged photograph in an open-source tree-tracking app. Growers are paid in small instalments for each tree at set intervals, but only if a new photograph shows it still alive; independent verifiers review the images. Payments go directly to growers’ mobile money accounts.',
    'The data feed a public dashboard showing trees planted and surviving by area, and help the council plan maintenance and replanting.',
  ],
  results: [
    'Several hundred thousand trees were registered in the first two years, with survival tracked for each, and planting continues toward the million. More than a thousand residents, many of them young people, earned an income from growing and tending trees.',
    'Once the trees mature, they are expected to remove in the order of 4,000 tonnes of CO2e a year; this is a modelled, approximate figure. The tree count itself is independently verified photograph by photograph, which is the programme’s distinctive strength.',
  ],
  successFactors: [
    'Paying for surviving trees rather than for planting; tying each payment to a verifiable photograph; a visible mayoral commitment; community groups that already organised young people.',
  ],
  limitingFactors: [
    'Land tenure on hillsides is contested, and encroachment can destroy planted areas. Mobile coverage and smartphones are needed for every grower group. Funding depends largely on international donors, making long-term maintenance uncertain.',
  ],
  replication: {
    guidance: [
      'Define where trees reduce risk most, recruit growers through existing community groups, and budget for several years of survival payments, not just seedlings. Use an existing open-source tracking tool rather than building one.',
    ],
    powers: 'Authority to plant on public and catchment land, or agreements with landowners; permission to make small payments to residents.',
    budget: 'A few US dollars per surviving tree over three years, plus nursery, coordination and verification costs.',
    partners: 'Community and youth organisations, a tree-tracking platform provider, forestry and water agencies, donors, mobile money operator.',
    time: 'Six months to set up; three years of payments per tree; ongoing for the programme.',
  },
  steps: [
    { title: 'Set the target and map priorities', description: 'Announce a public target and map catchments and slopes where trees reduce flood and landslide risk.' },
    { title: 'Organise growers', description: 'Recruit growers through community groups, schools and youth organisations, and set up nurseries.' },
    { title: 'Register every tree', description: 'Photograph and geotag each seedling in a tracking app at planting.' },
    { title: 'Pay for survival', description: 'Pay growers in instalments when new photographs, checked by verifiers, show the tree alive.' },
  ],
  timeline: '2019: campaign designed. January 2020: launch. 2020–2022: several hundred thousand trees planted and tracked. Ongoing toward one million.',
  stakeholders: 'City council, community-based organisations and youth groups, schools, a tree-tracking non-profit, national forestry and water agencies, international donors.',
  leadCity: 'freetown',
  themes: ['green-infrastructure', 'data-digital', 'citizen-engagement'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2020,
  impact: {
    emissionsReduced: 4000,
    baselineYear: 2019,
    lifetimeYears: 30,
    method: 'ipcc',
    methodNote: 'Approximate: sequestration of surviving trees at maturity using default tropical growth rates; tree counts verified per photograph.',
    verificationLevel: 'independently_verified',
    coBenefits: ['resilience', 'jobs', 'equity', 'biodiversity', 'health'],
  },
  budget: {
    amount: 1500000,
    currency: 'USD',
    financing: 'Approximately: grants from development partners and philanthropic donors, with staff time from the city council.',
  },
  partners: [
    { name: 'Tree-tracking non-profit', role: 'Open-source app and grower payments' },
    { name: 'Community-based organisations', role: 'Planting, care and recruitment of growers' },
  ],
  contact: demoContact('tree planting', 'Freetown City Council', 'freetown-trees'),
  lookingForPartners: true,
  publishedDaysAgo: 310,
  translations: {
    fr: {
      title: 'Freetown : payer les planteurs pour chaque arbre qui survit',
      summary:
        'Freetown s’est fixé de planter un million d’arbres sur ses collines déboisées, dans les bassins versants et le long des rues. Chaque plant est photographié et géolocalisé dans une application mobile, et les habitants qui le plantent et l’entretiennent sont payés par tranches tant qu’il est vivant, avec un contrôle par des vérificateurs indépendants. En deux ans, plusieurs centaines de milliers d’arbres poussaient et plus d’un millier de personnes en tiraient un revenu.',
    },
    es: {
      title: 'Freetown: pagar a quienes cultivan por cada árbol que sobrevive',
      summary:
        'Freetown se propuso plantar un millón de árboles en sus laderas deforestadas, en las cuencas y a lo largo de las calles. Cada plántula se fotografía y georreferencia en una aplicación móvil, y los vecinos que la plantan y cuidan cobran por tramos mientras sigue viva, con revisión de verificadores independientes. En unos dos años crecían varios cientos de miles de árboles y más de mil personas obtenían un ingreso.',
    },
    pt: {
      title: 'Freetown: pagar a quem cultiva por cada árvore que sobrevive',
      summary:
        'Freetown propôs-se plantar um milhão de árvores nas encostas desflorestadas, nas bacias hidrográficas e ao longo das ruas. Cada muda é fotografada e georreferenciada numa aplicação móvel, e os moradores que a plantam e cuidam recebem em prestações enquanto ela estiver viva, com verificação independente. Em cerca de dois anos cresciam várias centenas de milhares de árvores e mais de mil pessoas tinham um rendimento.',
    },
  },
}
