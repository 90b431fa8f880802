import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const rotterdamWaterSquares: DemoPractice = {
  slug: 'rotterdam-water-squares',
  title: 'Rotterdam: water squares, public spaces that store cloudburst rain',
  summary:
    'In a dense neighbourhood with no room for new underground storage, Rotterdam rebuilt a grey square as a set of sunken basins that serve as sports court, amphitheatre and meeting place in dry weather and fill with rainwater from surrounding roofs and streets during a cloudburst. The first water square holds about 1,700 m³ and releases it slowly once the sewers have capacity. Residents, students and schools helped design it; further water squares and green storage followed across the city.',
  challenge: [
    'Much of Rotterdam lies below sea level, and its combined sewers overflow during the short, intense downpours that are becoming more frequent. In older inner-city districts streets and basements flooded several times a decade, and there was no space to dig new storage tanks under already crowded streets.',
    'Public squares in these districts were often paved, little used and hot in summer. Separate budgets for water management and for public space meant that each was spent on single-purpose projects.',
  ],
  objectives: [
    'Store peak rainfall locally so that the sewer system does not overflow, using public space that people value the rest of the time.',
    'Improve the quality and use of neglected squares, designed together with the people who use them.',
  ],
  solution: [
    'The city and the regional water authority pooled their budgets to rebuild a square next to a college, a church, a gym and a theatre as three sunken basins. Two shallow basins collect rain from the immediate surroundings whenever it rains; a deeper basin, which doubles as a sports court with tiered seating, fills only during heavy storms. Stainless-steel gutters bring water from nearby roofs across the square in visible channels, so people see where the water goes.',
    'Water from the shallow basins soaks into the ground through an infiltration device, recharging groundwater; water from the deep basin flows back to the sewer or to open water once the storm has passed, usually within a day and a half. Students and neighbours took part in design workshops and chose activities for the dry basins.',
    'The approach was written into the city’s climate adaptation strategy, and later projects combined water storage with parks, green roofs and underground car parks.',
  ],
  results: [
    'The first water square provides around 1,700 m³ of storage in a district where that volume had nowhere else to go, and it is used daily by students and neighbours for sport and events. Street flooding in the surrounding blocks during heavy rain has been reduced, according to the city’s monitoring.',
    'The project has no significant direct effect on greenhouse gas emissions, so no emissions figure is given. Its contribution is resilience: it showed that adaptation works can create public space, and it became a reference for cities around the world.',
  ],
  successFactors: [
    'Pooling budgets from the water authority and the city; designers who treated water as a visible, playful element; a site with strong neighbouring institutions willing to co-design and care for it.',
  ],
  limitingFactors: [
    'Sunken spaces need careful maintenance to remove litter and sediment after storms, and some residents were at first worried about standing water and hygiene. Costs per cubic metre are higher than a buried tank; the case rests on the added public space.',
  ],
  replication: {
    guidance: [
      'Look for squares in flood-prone districts that need renovation anyway, and combine the water and public space budgets. Keep storage shallow and frequently wet where possible, reserve deeper basins for rare storms, and involve the future users from the first sketch.',
    ],
    powers: 'Control over public space design; agreement with the body responsible for sewers or stormwater.',
    budget: 'Around four to five million euros for a square of roughly 5,000 m²; less where no underground works are needed.',
    partners: 'Water authority or utility, public space department, landscape architects, neighbouring schools and institutions.',
    time: 'About three years from first workshop to opening.',
  },
  steps: [
    { title: 'Find the right square', description: 'Overlay flood reports, sewer capacity and planned renovations to find a square where storage is needed and renewal is due.' },
    { title: 'Pool the budgets', description: 'Agree with the water authority to fund one project that serves both water storage and public space.' },
    { title: 'Design with users', description: 'Hold workshops with students, neighbours and institutions to decide how the dry basins are used.' },
    { title: 'Build and run', description: 'Build the basins and channels, agree emptying rules and a cleaning routine after each storm.' },
  ],
  timeline: '2008–2010: concept and pilot studies. 2011–2013: design with users and construction of the first square, opened in late 2013. From 2014: further water squares and combined storage projects.',
  stakeholders: 'City of Rotterdam (water and public space), the regional water authority, a landscape design studio, a vocational college and secondary school, a church, a gym and a youth theatre next to the square.',
  leadCity: 'rotterdam',
  themes: ['green-infrastructure', 'citizen-engagement'],
  scale: 'neighbourhood',
  implementationStatus: 'completed',
  startYear: 2011,
  endYear: 2013,
  impact: {
    method: 'other',
    methodNote: 'Adaptation measure: storage volume (about 1,700 m³) from the design; no emissions figure.',
    verificationLevel: 'expert_reviewed',
    coBenefits: ['resilience', 'health', 'equity'],
  },
  budget: {
    amount: 4500000,
    currency: 'EUR',
    financing: 'Approximately: shared between the city’s public space and sewer budgets and the regional water authority.',
  },
  sourceLinks: [{ label: 'Gemeente Rotterdam', url: 'https://www.rotterdam.nl' }],
  partners: [
    { name: 'Regional water authority', role: 'Co-funding and water management' },
    { name: 'Landscape design studio', role: 'Design and co-design workshops' },
  ],
  contact: demoContact('climate adaptation', 'City of Rotterdam', 'rotterdam-water-squares'),
  publishedDaysAgo: 870,
  translations: {
    fr: {
      title: 'Rotterdam : des places d’eau, espaces publics qui stockent les pluies d’orage',
      summary:
        'Dans un quartier dense sans place pour de nouveaux bassins souterrains, Rotterdam a transformé une place minérale en bassins enterrés qui servent de terrain de sport, d’amphithéâtre et de lieu de rencontre par temps sec et se remplissent de l’eau des toits et des rues voisines lors d’un orage. La première place d’eau retient environ 1 700 m³ et les restitue lentement quand les égouts ont de la capacité. Habitants, élèves et écoles ont participé à la conception.',
      challenge: [
        'Une grande partie de Rotterdam se trouve sous le niveau de la mer, et ses égouts unitaires débordent lors des averses courtes et intenses de plus en plus fréquentes. Dans les quartiers anciens du centre, rues et caves étaient inondées plusieurs fois par décennie, et il n’y avait pas de place pour creuser de nouveaux bassins sous des rues déjà encombrées.',
        'Les places publiques de ces quartiers étaient souvent minérales, peu fréquentées et chaudes en été. Des budgets séparés pour la gestion de l’eau et pour l’espace public conduisaient chacun à des projets à usage unique.',
      ],
      solution: [
        'La ville et l’autorité régionale de l’eau ont mis en commun leurs budgets pour reconstruire une place bordée par un lycée professionnel, une église, une salle de sport et un théâtre, sous la forme de trois bassins en creux. Deux bassins peu profonds recueillent la pluie des abords à chaque averse ; un bassin plus profond, qui sert aussi de terrain de sport avec gradins, ne se remplit que lors des fortes pluies. Des caniveaux en inox amènent l’eau des toits voisins à travers la place dans des rigoles visibles.',
        'L’eau des bassins peu profonds s’infiltre dans le sol et recharge la nappe ; celle du bassin profond rejoint l’égout ou les canaux une fois l’orage passé, en général en un jour et demi. Élèves et voisins ont participé à des ateliers de conception et choisi les activités des bassins à sec.',
        'La démarche a été inscrite dans la stratégie d’adaptation de la ville, et d’autres projets ont ensuite associé stockage de l’eau, parcs, toitures végétalisées et parkings souterrains.',
      ],
      results: [
        'La première place d’eau offre environ 1 700 m³ de stockage dans un quartier où ce volume n’avait nulle part où aller, et elle est utilisée chaque jour pour le sport et des événements. Les inondations de rue dans les îlots voisins ont diminué lors des fortes pluies, selon le suivi de la ville.',
        'Le projet n’a pas d’effet direct notable sur les émissions de gaz à effet de serre ; aucun chiffre d’émissions n’est donc indiqué. Son apport est la résilience : il a montré que des travaux d’adaptation peuvent créer de l’espace public, et il est devenu une référence pour des villes du monde entier.',
      ],
      steps: [
        'Trouver la bonne place',
        'Mettre les budgets en commun',
        'Concevoir avec les usagers',
        'Construire et exploiter',
      ],
    },
    es: {
      title: 'Róterdam: plazas de agua, espacios públicos que almacenan la lluvia de las tormentas',
      summary:
        'En un barrio denso sin sitio para nuevos depósitos subterráneos, Rotterdam convirtió una plaza gris en un conjunto de cubetas hundidas que sirven de pista deportiva, anfiteatro y lugar de encuentro con tiempo seco y se llenan con el agua de tejados y calles cercanas durante una tormenta. La primera plaza de agua retiene unos 1.700 m³ y los devuelve lentamente cuando el alcantarillado tiene capacidad. Vecinos, estudiantes y escuelas participaron en el diseño.',
    },
    pt: {
      title: 'Roterdão: praças de água, espaços públicos que guardam a chuva das tempestades',
      summary:
        'Num bairro denso sem espaço para novos reservatórios subterrâneos, Roterdão transformou uma praça cinzenta num conjunto de bacias rebaixadas que servem de campo de jogos, anfiteatro e ponto de encontro com tempo seco e se enchem com a água de telhados e ruas vizinhas durante uma tempestade. A primeira praça de água retém cerca de 1700 m³ e devolve-os lentamente quando os esgotos têm capacidade. Moradores, estudantes e escolas participaram no projeto.',
    },
  },
}
