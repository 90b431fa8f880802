import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const quezonCityUrbanFarms: DemoPractice = {
  slug: 'quezon-city-community-urban-farms',
  title: 'Quezon City: community farms on idle lots for food security and greener neighbourhoods',
  summary:
    'Quezon City turns idle public and private lots, school grounds and rooftops into community farms run by residents’ groups. The city provides seeds, tools, compost, training and technical visits; landowners lend plots under simple agreements. The programme, begun around 2010 and scaled up as a food security response during the COVID-19 lockdowns, now counts several hundred farms that feed families, supply local markets and keep land green and permeable.',
  challenge: [
    'Quezon City is the most populous city in the Philippines, with large informal settlements and many households vulnerable to food price shocks and typhoons. Vacant lots awaiting development often became dumping grounds, while fresh vegetables were expensive and travelled long distances into the city.',
    'The COVID-19 lockdowns of 2020 cut incomes and disrupted supply chains, exposing how fragile food access was for poor families.',
  ],
  objectives: [
    'Increase local production of fresh vegetables and give low-income households a source of food and income.',
    'Put idle land to productive, green use, compost organic waste and build neighbourhood cohesion.',
  ],
  solution: [
    'An urban farming programme started around 2010 helped barangays (neighbourhoods), schools and residents’ associations set up vegetable gardens. In 2020 the city relaunched it at larger scale as part of its food security response: a dedicated office identifies idle lots, secures free-use agreements with public agencies and private owners, and forms farming groups among residents, often women and unemployed youth.',
    'Each new farm receives seeds, seedlings, tools, compost and water tanks, and farmers attend training on intensive organic growing, composting and pest management. Technical staff visit regularly, and the city helps farms sell surplus in community markets. Some farms use compost from neighbourhood biodegradable waste collection.',
  ],
  results: [
    'Several hundred community farms and school gardens were established, covering dozens of hectares of formerly idle land and involving thousands of residents. Families report eating more vegetables and earning some income from sales.',
    'Composting and local production are estimated to avoid around 700 tonnes of CO2e a year — an approximate, self-reported figure. Farms also absorb rainwater, cool surroundings and replace dumping sites with green spaces valued by neighbours.',
  ],
  successFactors: [
    'A clear food security purpose that gained political priority during the pandemic; free-use agreements that make idle land available quickly; starter packages and continuous technical support; neighbourhood structures able to organise farming groups.',
  ],
  limitingFactors: [
    'Plots can be reclaimed by owners when development resumes. Water access and flooding in the rainy season affect yields. Some groups lose momentum when volunteers move on or support visits become less frequent.',
  ],
  replication: {
    guidance: [
      'Set up a small team to find idle land and agree free-use terms with owners, form farming groups through neighbourhood associations, and provide a complete starter package with follow-up visits. Link farms to waste composting and local markets early.',
    ],
    powers: 'Ability to enter agreements on public and private land use; a social welfare or agriculture budget.',
    budget: 'A few thousand US dollars per farm for starter packages and training, plus a city team.',
    partners: 'Neighbourhood councils, schools, landowners, agriculture department, NGOs and seed suppliers.',
    time: 'First farms within three months; a city-wide network in two to three years.',
  },
  steps: [
    { title: 'Find idle land', description: 'Inventory idle public and private lots and agree free-use terms with owners.' },
    { title: 'Form farming groups', description: 'Organise residents, schools and associations into groups responsible for each farm.' },
    { title: 'Provide a starter package', description: 'Supply seeds, tools, compost and water tanks, and train farmers in organic methods.' },
    { title: 'Support and connect', description: 'Visit farms regularly and help them sell surplus in community markets.' },
  ],
  timeline: 'Around 2010: first urban farming programme. 2020: relaunched at scale as a food security response. 2021 onwards: several hundred farms and integration with composting and school feeding.',
  stakeholders: 'City government (food security task force, agriculture and environment offices), barangay councils, schools, residents’ associations, private landowners, NGOs.',
  leadCity: 'quezon-city',
  themes: ['agriculture-forestry-land-use', 'citizen-engagement'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2010,
  impact: {
    emissionsReduced: 700,
    baselineYear: 2019,
    lifetimeYears: 10,
    method: 'other',
    methodNote: 'Approximate, self-reported: composted organic waste and avoided food transport.',
    verificationLevel: 'self_reported',
    coBenefits: ['health', 'equity', 'local_economy', 'resilience', 'biodiversity'],
  },
  budget: {
    amount: 100000000,
    currency: 'PHP',
    financing: 'Approximate total since the 2020 relaunch, from the city’s budget, with in-kind support from landowners and partners.',
  },
  partners: [
    { name: 'Barangay councils', role: 'Organise farming groups' },
    { name: 'Agriculture extension partners', role: 'Training and technical visits' },
  ],
  contact: demoContact('urban farming', 'Quezon City Government', 'quezon-city-farms'),
  publishedDaysAgo: 120,
  translations: {
    fr: {
      title: 'Quezon City : des fermes collectives sur les terrains vacants pour la sécurité alimentaire et des quartiers plus verts',
      summary:
        'Quezon City transforme terrains publics et privés inutilisés, cours d’école et toits en fermes collectives gérées par des groupes d’habitants. La ville fournit semences, outils, compost, formation et visites techniques ; les propriétaires prêtent les terrains par de simples conventions. Lancé vers 2010 et fortement étendu pendant les confinements de 2020, le programme compte plusieurs centaines de fermes qui nourrissent des familles et approvisionnent les marchés locaux.',
    },
    es: {
      title: 'Quezon City: huertos comunitarios en solares vacíos para la seguridad alimentaria y barrios más verdes',
      summary:
        'Quezon City convierte solares públicos y privados sin uso, patios escolares y azoteas en huertos comunitarios gestionados por grupos de vecinos. La ciudad aporta semillas, herramientas, compost, formación y visitas técnicas; los propietarios ceden las parcelas mediante acuerdos sencillos. Iniciado hacia 2010 y ampliado durante los confinamientos de 2020, el programa suma varios cientos de huertos que alimentan a familias y abastecen mercados locales.',
    },
    pt: {
      title: 'Quezon City: hortas comunitárias em terrenos vazios para a segurança alimentar e bairros mais verdes',
      summary:
        'Quezon City transforma terrenos públicos e privados sem uso, recreios escolares e coberturas em hortas comunitárias geridas por grupos de moradores. A cidade fornece sementes, ferramentas, composto, formação e visitas técnicas; os proprietários cedem os terrenos através de acordos simples. Iniciado por volta de 2010 e alargado durante os confinamentos de 2020, o programa soma várias centenas de hortas que alimentam famílias e abastecem mercados locais.',
    },
  },
}
