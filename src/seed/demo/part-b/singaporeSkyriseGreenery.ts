import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const singaporeSkyriseGreenery: DemoPractice = {
  slug: 'singapore-skyrise-greenery-incentives',
  title: 'Singapore: planning rules and co-funding for green roofs and walls on high-rises',
  summary:
    'Singapore pairs a planning rule with a subsidy. New developments in designated areas must replace the ground-level greenery they take up with landscaped roofs, terraces and walls, and owners of existing buildings can claim up to half the cost of retrofitting green roofs and vertical greenery. Roughly 150 hectares of skyrise greenery have been added since 2009, cooling roofs and streets and cutting air-conditioning demand in the floors beneath.',
  challenge: [
    'Singapore is a dense tropical city-state where almost all land is built on or reserved. Every new tower removes ground that could have held trees, and the urban heat island adds several degrees to night-time temperatures in the centre compared with the greener edges of the island.',
    'Air-conditioning already accounts for a large share of building electricity use, and warmer nights push it higher. The city could not create new parks at the scale needed, so the remaining surface available for vegetation was on and around the buildings themselves.',
  ],
  objectives: [
    'Make greenery a normal part of every new high-rise development rather than an optional extra, and help owners of existing buildings retrofit it.',
    'Reach around 200 hectares of skyrise greenery by 2030 while lowering surface and indoor temperatures and building cooling loads.',
  ],
  solution: [
    'The planning authority introduced a landscape replacement requirement: in the city centre, growth areas and other designated zones, a new development must provide green area at least equal to its site area, on sky terraces, roof gardens, planter boxes and green walls. Developers can count greenery at any level, and the requirement was tightened in later revisions of the scheme.',
    'For buildings that already stand, the national parks agency runs an incentive that co-funds up to half of the installation cost of green roofs, roof gardens and vertical greenery, subject to design standards and a maintenance commitment. A guide for designers, a skyrise greenery award and a public register of completed projects help spread good designs.',
    'Research institutes and the parks agency monitor roof surface temperatures, plant survival and maintenance costs, and the design guidelines are updated as evidence accumulates, for example on plant selection for wind-exposed roofs.',
  ],
  results: [
    'By the early 2020s Singapore counted roughly 150 hectares of skyrise greenery, on track for the 2030 goal. Measurements on retrofitted roofs show surface temperatures up to 30 °C lower than bare concrete at midday and indoor temperatures a few degrees cooler on the floors directly below.',
    'Modelled across the estate, the reduced cooling demand is in the order of 15 GWh of electricity a year, or around 6,000 tonnes of CO2e at the grid’s emission factor. These figures are estimates built up from building-level studies and should be read as approximate.',
  ],
  successFactors: [
    'Planning rules and subsidy work together: new buildings are required to green, existing buildings are helped to. Clear design guidelines and a pool of specialised contractors keep quality up, and awards make greenery a matter of prestige for developers.',
  ],
  limitingFactors: [
    'Maintenance is the weak point: irrigation, pruning and safe access on tall buildings are costly, and some early vertical gardens declined within a few years. Structural load limits restrict retrofits on older roofs, and the climate benefit per square metre is modest compared with avoided emissions in energy or transport.',
  ],
  replication: {
    guidance: [
      'Start with a replacement requirement in planning rules for central and growth areas, then add a co-funding scheme for retrofits once local contractors exist. Ask for a maintenance plan with every subsidised project and publish design guidance for the local climate.',
    ],
    powers: 'Power to set landscape or green-area requirements in development control; a budget line for grants to private owners.',
    budget: 'A retrofit grant scheme can start with a few million euros a year; the planning requirement costs the city little beyond review staff.',
    partners: 'Parks agency, planning authority, building control, landscape architects, green-roof contractors, a research institute for monitoring.',
    time: 'One to two years to adopt rules and guidelines; visible results within five years; a decade or more to reach city scale.',
  },
  steps: [
    { title: 'Set the planning requirement', description: 'Write a landscape replacement rule into development control for the centre and growth areas, counting greenery at every level of a building.' },
    { title: 'Open a co-funding scheme', description: 'Offer grants covering up to half of installation costs for green roofs and walls on existing buildings, with design standards and a maintenance commitment.' },
    { title: 'Publish guidance and reward good projects', description: 'Issue a design guide, train contractors and give annual awards to the best projects.' },
    { title: 'Monitor and revise', description: 'Measure temperatures, plant survival and costs; tighten the rules and update the guidance every few years.' },
  ],
  timeline: '2009: planning requirement and incentive scheme launched. 2014 and 2017: requirement extended and tightened. 2020s: part of the national green plan, with a 2030 target of about 200 ha.',
  stakeholders: 'National parks agency, urban planning authority, building and construction authority, developers and building owners, landscape architects, green-roof contractors, universities.',
  leadCity: 'singapore',
  themes: ['green-infrastructure', 'governance-policy', 'finance-investment'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2009,
  impact: {
    emissionsReduced: 6000,
    baselineYear: 2009,
    lifetimeYears: 25,
    method: 'other',
    methodNote: 'Approximate: cooling energy savings modelled from building studies, scaled to the greened area, at the grid emission factor.',
    verificationLevel: 'self_reported',
    energySaved: 15000,
    coBenefits: ['health', 'biodiversity', 'resilience', 'air_quality'],
  },
  budget: {
    amount: 40000000,
    currency: 'SGD',
    financing: 'Approximate total of incentive payments since 2009, from the national budget through the parks agency; owners and developers pay the remaining installation and all maintenance costs.',
  },
  sourceLinks: [{ label: 'National Parks Board, Singapore', url: 'https://www.nparks.gov.sg' }],
  partners: [
    { name: 'National Parks Board', role: 'Runs the incentive scheme and design guidance', url: 'https://www.nparks.gov.sg' },
    { name: 'Urban Redevelopment Authority', role: 'Sets the landscape replacement requirement', url: 'https://www.ura.gov.sg' },
  ],
  contact: demoContact('skyrise greenery', 'National Parks Board, Singapore', 'singapore-greenery'),
  publishedDaysAgo: 1010,
  translations: {
    fr: {
      title: 'Singapour : règles d’urbanisme et cofinancement des toits et murs végétalisés en hauteur',
      summary:
        'Singapour associe une règle d’urbanisme et une subvention. Dans les zones désignées, les nouveaux projets doivent compenser la verdure qu’ils occupent au sol par des toits, terrasses et murs végétalisés, et les propriétaires d’immeubles existants peuvent obtenir jusqu’à la moitié du coût d’une toiture ou d’un mur végétal. Environ 150 hectares ont été végétalisés depuis 2009, ce qui rafraîchit toits et rues et réduit la climatisation des étages situés dessous.',
    },
    es: {
      title: 'Singapur: normas urbanísticas y cofinanciación de cubiertas y muros verdes en altura',
      summary:
        'Singapur combina una norma urbanística con una subvención. En las zonas designadas, los nuevos proyectos deben reponer la vegetación que ocupan en el suelo con cubiertas, terrazas y muros ajardinados, y los propietarios de edificios existentes pueden recibir hasta la mitad del coste de instalar cubiertas o muros verdes. Desde 2009 se han sumado unas 150 hectáreas de vegetación en altura, que enfrían cubiertas y calles y reducen el aire acondicionado en las plantas inferiores.',
    },
    pt: {
      title: 'Singapura: regras urbanísticas e cofinanciamento de coberturas e paredes verdes em altura',
      summary:
        'Singapura junta uma regra urbanística a um subsídio. Nas zonas designadas, os novos empreendimentos têm de repor a vegetação que ocupam no solo com coberturas, terraços e paredes ajardinadas, e os proprietários de edifícios existentes podem receber até metade do custo de instalar coberturas ou paredes verdes. Desde 2009 juntaram-se cerca de 150 hectares de vegetação em altura, que arrefecem coberturas e ruas e reduzem o ar condicionado nos pisos inferiores.',
    },
  },
}
