import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const melbourneUrbanForest: DemoPractice = {
  slug: 'melbourne-urban-forest-strategy',
  title: 'Melbourne: an urban forest strategy to almost double tree canopy by 2040',
  summary:
    'After a long drought left many of its ageing street trees dying, Melbourne adopted an urban forest strategy that aims to raise canopy cover on public land from about 22% to 40% by 2040. The city plants around 3,000 trees a year, caps any single species at 5% of the tree population, plans planting precinct by precinct with residents, and publishes every public tree on an open map. Canopy is growing again and the tree population is far more diverse and climate-ready.',
  challenge: [
    'In the late 2000s a decade-long drought and water restrictions left Melbourne’s much-loved avenues of elms and planes under severe stress. An assessment found that a large share of the city’s public trees could be lost within twenty years through age and drought, while heatwaves were becoming longer and more deadly.',
    'The tree population was dominated by a handful of species, making it vulnerable to a single pest or disease, and planting decisions had been made street by street without a city-wide target.',
  ],
  objectives: [
    'Raise canopy cover on public land from around 22% to 40% by 2040 and lower summer temperatures in the central city.',
    'Make the urban forest more diverse and resilient: no more than 5% of any species, 10% of any genus and 20% of any family.',
    'Keep soil moisture healthy by capturing stormwater for trees, and involve the community in planning.',
  ],
  solution: [
    'The council adopted a twenty-year strategy with measurable targets for canopy, diversity, tree health, soil moisture and biodiversity. A tree-by-tree inventory records species, age, condition and expected useful life, so replacement can be planned before trees fail.',
    'Planting is organised through urban forest precinct plans drawn up with residents in each neighbourhood, giving priority to the hottest streets and to places with the least shade. Around 3,000 trees are planted every year, with species chosen for the hotter, drier climate expected later in the century.',
    'Every public tree appears on an open online map with its identification number. Residents can report problems through it, and the city was surprised when people began sending thousands of messages addressed to individual trees — a sign of the public attachment the strategy draws on.',
  ],
  results: [
    'Canopy cover on public land is rising again after years of decline, and the diversity targets have largely been met in new planting. Tree losses are now replaced through planned renewal rather than emergency removals.',
    'Growing trees are estimated to store around 1,500 tonnes of CO2e more each year and to save some electricity for cooling in nearby buildings; these figures are approximate and the main value of the strategy lies in heat reduction, health and biodiversity.',
  ],
  successFactors: [
    'A clear, simple headline target backed by a detailed inventory; diversity rules that are easy to apply; early and continuing community involvement; and a public map that turned trees into something people feel responsible for.',
  ],
  limitingFactors: [
    'Private land holds much of the potential canopy but is outside the council’s direct control. Underground services, narrow footpaths and competition for street space limit where large trees can grow, and new trees take decades to match the shade of those they replace.',
  ],
  replication: {
    guidance: [
      'Begin with a tree inventory and a canopy baseline from aerial imagery, set a small number of measurable targets, and plan planting neighbourhood by neighbourhood with residents. Adopt species diversity limits early and choose species for the climate of 2050, not today’s.',
    ],
    powers: 'Responsibility for street trees and parks; ability to set planting standards for public works.',
    budget: 'Several million a year for planting and establishment in a city centre municipality; the inventory and map are a small share.',
    partners: 'Parks and engineering teams, a university for climate-ready species research, nurseries able to grow to contract, residents’ groups.',
    time: 'Two years for inventory and strategy; results in canopy accumulate over twenty years or more.',
  },
  steps: [
    { title: 'Inventory and baseline', description: 'Record every public tree and measure canopy cover from aerial imagery.' },
    { title: 'Adopt targets', description: 'Set canopy, diversity, tree health and soil moisture targets for 2040 in a council strategy.' },
    { title: 'Precinct plans with residents', description: 'Draw up planting plans neighbourhood by neighbourhood, prioritising the hottest and least shaded streets.' },
    { title: 'Plant and renew', description: 'Plant about 3,000 climate-ready trees a year and replace ageing trees before they fail.' },
    { title: 'Publish and monitor', description: 'Put every tree on an open map and report progress against the targets.' },
  ],
  timeline: '2009–2011: drought assessment and inventory. 2012: strategy adopted. 2013 onwards: precinct plans and annual planting programme. Target year 2040.',
  stakeholders: 'City council’s urban forest and ecology team, engineering services, residents and traders’ associations, universities, nurseries, water utility (stormwater harvesting).',
  leadCity: 'melbourne',
  themes: ['green-infrastructure', 'governance-policy', 'data-digital'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2012,
  impact: {
    emissionsReduced: 1500,
    baselineYear: 2012,
    lifetimeYears: 40,
    method: 'other',
    methodNote: 'Approximate: annual carbon storage of the growing tree population plus shading savings, estimated by the council.',
    verificationLevel: 'self_reported',
    energySaved: 800,
    coBenefits: ['health', 'biodiversity', 'resilience', 'air_quality'],
  },
  budget: {
    amount: 55000000,
    currency: 'AUD',
    financing: 'Approximately, over the first decade: the council’s own budget from property rates, with some state grants for stormwater harvesting.',
  },
  sourceLinks: [{ label: 'City of Melbourne', url: 'https://www.melbourne.vic.gov.au' }],
  partners: [
    { name: 'University research partners', role: 'Climate-ready species and heat studies' },
    { name: 'Local nurseries', role: 'Growing trees to contract' },
  ],
  contact: demoContact('urban forest', 'City of Melbourne', 'melbourne-urban-forest'),
  publishedDaysAgo: 980,
  translations: {
    fr: {
      title: 'Melbourne : une stratégie de forêt urbaine pour presque doubler la canopée d’ici 2040',
      summary:
        'Après une longue sécheresse qui a fait dépérir nombre de ses vieux arbres d’alignement, Melbourne a adopté une stratégie de forêt urbaine visant à porter la canopée sur l’espace public d’environ 22 % à 40 % d’ici 2040. La ville plante quelque 3 000 arbres par an, limite chaque espèce à 5 % du patrimoine, planifie les plantations quartier par quartier avec les habitants et publie chaque arbre public sur une carte ouverte.',
    },
    es: {
      title: 'Melbourne: una estrategia de bosque urbano para casi duplicar el dosel arbóreo en 2040',
      summary:
        'Tras una larga sequía que dejó moribundos muchos de sus viejos árboles de alineación, Melbourne adoptó una estrategia de bosque urbano para elevar la cobertura arbórea del espacio público de un 22 % a un 40 % en 2040. La ciudad planta unos 3.000 árboles al año, limita cada especie al 5 % del arbolado, planifica barrio a barrio con los vecinos y publica cada árbol público en un mapa abierto.',
    },
    pt: {
      title: 'Melbourne: uma estratégia de floresta urbana para quase duplicar a copa arbórea até 2040',
      summary:
        'Depois de uma longa seca que deixou muitas das suas velhas árvores de arruamento a morrer, Melbourne adotou uma estratégia de floresta urbana para aumentar a cobertura arbórea do espaço público de cerca de 22 % para 40 % até 2040. A cidade planta cerca de 3000 árvores por ano, limita cada espécie a 5 % do arvoredo, planeia bairro a bairro com os moradores e publica cada árvore pública num mapa aberto.',
    },
  },
}
