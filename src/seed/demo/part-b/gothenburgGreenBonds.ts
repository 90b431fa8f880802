import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const gothenburgGreenBonds: DemoPractice = {
  slug: 'gothenburg-green-bonds',
  title: 'Gothenburg: green bonds that finance flood protection, stormwater and clean transport',
  summary:
    'In 2013 Gothenburg became one of the first cities in the world to issue a green bond, raising money from investors for projects with clear environmental benefits. Under a published framework reviewed by an independent institute, the city has since financed flood defences, nature-based stormwater management, biogas, district heating, cycling and electric buses. Investors receive annual reports on each project’s allocation and impact, and the city’s green borrowing now runs to billions of kronor.',
  challenge: [
    'Gothenburg, at the mouth of a large river on Sweden’s west coast, faces rising sea levels, heavier rainfall and river flooding, while it also needed to invest in low-carbon heat, transport and waste systems. Like most Swedish municipalities it finances investment largely through borrowing.',
    'The city wanted to show investors and residents how borrowed money was used for climate goals, and to draw a new group of investors interested in sustainable assets.',
  ],
  objectives: [
    'Finance climate mitigation and adaptation investments through a transparent green bond programme.',
    'Broaden the city’s investor base and make the climate impact of its investments visible.',
  ],
  solution: [
    'The city’s finance department drew up a green bond framework that defines eligible project categories — renewable energy, energy efficiency, clean transport, water management and climate adaptation, waste, sustainable buildings — and a process for selecting projects jointly with environmental experts. An independent climate research institute reviewed the framework and gave it a second opinion.',
    'Bond proceeds are kept track of separately and allocated to approved projects, including flood protection along the river, stormwater ponds and green channels that store heavy rain, biogas production from sewage sludge, district heating extensions, cycling infrastructure and electric buses. Each year the city publishes a report listing every project, the amount allocated and its estimated environmental impact; allocation is checked by the city’s auditors.',
  ],
  results: [
    'From a first issue of about SEK 500 million, the programme has grown to well over SEK 10 billion of green bonds outstanding (approximate), funding dozens of projects. Demand from investors has been strong, and the bonds are priced in line with, or slightly better than, the city’s ordinary bonds.',
    'The projects financed are estimated in the impact reports to avoid in the order of 50,000 tonnes of CO2e a year; this approximate total sums per-project estimates. Allocation of proceeds is audited and the framework independently reviewed. Many other cities, from Johannesburg to Mexico City and Paris, have since issued green bonds.',
  ],
  successFactors: [
    'A finance department that saw the bonds as a way to tell a climate story, not just raise money; close cooperation with environmental experts in selecting projects; an independent second opinion; and simple, consistent annual reporting.',
  ],
  limitingFactors: [
    'Green bonds do not in themselves create new projects: most would have been financed anyway, so additionality is limited. Impact figures are estimates with different methods per project. Reporting takes staff time.',
  ],
  replication: {
    guidance: [
      'Use a recognised framework structure (categories, selection, management of proceeds, reporting), obtain an external review, start with a modest issue backed by a pipeline of projects already approved, and report yearly in plain language. Include adaptation and nature-based projects, which are often harder to finance.',
    ],
    powers: 'Authority to borrow on capital markets, or access through a municipal funding agency.',
    budget: 'Set-up costs of tens of thousands of euros for the framework and review; bond sizes from tens of millions upward.',
    partners: 'Banks arranging the issue, an external reviewer, environmental and planning departments, auditors.',
    time: 'Six to twelve months to prepare the framework and first issue.',
  },
  steps: [
    { title: 'Write the framework', description: 'Define eligible categories, project selection, management of proceeds and reporting.' },
    { title: 'Get an external review', description: 'Commission an independent second opinion on the framework.' },
    { title: 'Issue and allocate', description: 'Issue the bond and allocate proceeds to approved mitigation and adaptation projects.' },
    { title: 'Report every year', description: 'Publish allocation and estimated impact per project, with allocation audited.' },
  ],
  timeline: '2013: framework and first green bond. 2014–2020s: regular issues and updated framework, annual impact reports.',
  stakeholders: 'City finance department, environment and urban planning departments, city-owned water, energy and transport companies, investors, an independent reviewer, arranging banks, auditors.',
  leadCity: 'gothenburg',
  themes: ['green-infrastructure', 'finance-investment'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2013,
  impact: {
    emissionsReduced: 50000,
    baselineYear: 2013,
    method: 'ghg_protocol',
    methodNote: 'Approximate sum of per-project estimates in annual impact reports; allocation of proceeds audited, framework independently reviewed.',
    verificationLevel: 'independently_verified',
    coBenefits: ['resilience', 'air_quality', 'biodiversity', 'mobility_access'],
  },
  budget: {
    amount: 10000000000,
    currency: 'SEK',
    financing: 'Green bonds outstanding, approximately, bought by institutional investors and repaid from the city’s and its companies’ revenues.',
  },
  sourceLinks: [{ label: 'City of Gothenburg', url: 'https://goteborg.se' }],
  partners: [
    { name: 'Independent climate research institute', role: 'Second opinion on the framework' },
    { name: 'Arranging banks', role: 'Bond issuance' },
  ],
  contact: demoContact('green bonds', 'City of Gothenburg', 'gothenburg-green-bonds'),
  publishedDaysAgo: 820,
  translations: {
    fr: {
      title: 'Göteborg : des obligations vertes pour financer protection contre les crues, eaux pluviales et transports propres',
      summary:
        'En 2013, Göteborg est devenue l’une des premières villes au monde à émettre une obligation verte, levant auprès d’investisseurs des fonds pour des projets aux bénéfices environnementaux clairs. Dans un cadre publié et revu par un institut indépendant, la ville a financé digues, gestion des eaux pluviales fondée sur la nature, biogaz, réseau de chaleur, vélo et bus électriques. Les investisseurs reçoivent chaque année un rapport projet par projet.',
    },
    es: {
      title: 'Gotemburgo: bonos verdes que financian defensa contra inundaciones, aguas pluviales y transporte limpio',
      summary:
        'En 2013 Gotemburgo fue una de las primeras ciudades del mundo en emitir un bono verde, captando dinero de inversores para proyectos con beneficios ambientales claros. Con un marco publicado y revisado por un instituto independiente, la ciudad ha financiado defensas contra inundaciones, gestión de pluviales basada en la naturaleza, biogás, calefacción urbana, bicicleta y autobuses eléctricos. Los inversores reciben cada año un informe por proyecto.',
    },
    pt: {
      title: 'Gotemburgo: obrigações verdes que financiam proteção contra cheias, águas pluviais e transportes limpos',
      summary:
        'Em 2013 Gotemburgo foi uma das primeiras cidades do mundo a emitir uma obrigação verde, angariando junto de investidores dinheiro para projetos com benefícios ambientais claros. Com um quadro publicado e revisto por um instituto independente, a cidade financiou defesas contra cheias, gestão de águas pluviais baseada na natureza, biogás, aquecimento urbano, bicicleta e autocarros elétricos. Os investidores recebem todos os anos um relatório por projeto.',
    },
  },
}
