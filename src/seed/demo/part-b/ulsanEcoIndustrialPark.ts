import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const ulsanEcoIndustrialPark: DemoPractice = {
  slug: 'ulsan-eco-industrial-park',
  title: 'Ulsan: an eco-industrial park with a steam network between heavy industries',
  summary:
    'In one of Asia’s largest heavy-industry complexes, a national eco-industrial park programme funded feasibility studies and brokered deals so that plants sell surplus steam, waste heat and by-products to their neighbours. Its flagship is a pipeline network carrying steam from a smelter and incinerators to chemical plants that used to burn oil. The programme adapted the Kalundborg model to a far larger industrial city, with a public research-and-brokering centre in place of organic growth.',
  challenge: [
    'Ulsan’s petrochemical, metals, shipbuilding and automotive complexes made it Korea’s industrial capital and one of its largest sources of greenhouse gases and air pollution. Many plants burned oil or gas to raise process steam while, a few hundred metres away, others released surplus steam and heat.',
    'Companies rarely knew about each other’s surplus flows, and no single firm would pay for the studies, pipelines and contracts needed to connect them.',
  ],
  objectives: [
    'Connect surplus energy and materials from one plant to another across the industrial complexes, cutting fuel use, emissions and costs.',
    'Build a permanent public capacity to identify, study and broker such exchanges.',
  ],
  solution: [
    'Under a national eco-industrial park programme, an eco-industrial park centre was set up in the city with public funding. It surveyed energy and material flows, proposed symbiosis projects, co-funded feasibility studies and helped companies negotiate contracts. Projects with a business case were then financed by the companies, sometimes with low-interest public loans.',
    'The flagship project is a steam pipeline network: surplus steam from a zinc smelter and from municipal waste incinerators is piped to chemical and paper plants that previously ran oil-fired boilers. Other projects exchange waste acids, recover metals from sludges and reuse industrial wastewater.',
  ],
  results: [
    'Dozens of exchanges went into commercial operation. The programme reports cumulative reductions in the order of several hundred thousand tonnes of CO2e a year across the Ulsan complexes, with large savings in oil imports and waste disposal; we use an approximate figure of 500,000 tonnes a year, as reported by the programme itself.',
    'The work demonstrated that a deliberate, publicly facilitated approach can create symbiosis much faster than in places where it grew organically, and the model was extended to other Korean industrial complexes.',
  ],
  successFactors: [
    'Dense co-location of large plants; public money for the risky early studies; a technical centre trusted by companies; projects that paid back in a few years at oil prices of the time.',
  ],
  limitingFactors: [
    'Companies are reluctant to share process data; long-term supply contracts are hard to agree when plants may change. Much of the supplied steam still comes from fossil-based processes, so the network must evolve as industry decarbonises.',
  ],
  replication: {
    guidance: [
      'Create a small technical brokering team with funds for feasibility studies, start with large, steady surplus flows such as steam, and let companies finance the infrastructure once the case is proven. Plan for the network to carry low-carbon heat as sources change.',
    ],
    powers: 'Industrial zoning; rights of way for pipelines; ability to fund studies or offer loans.',
    budget: 'A brokering centre needs a few million euros a year; pipelines are financed by companies, typically tens of millions for a network.',
    partners: 'National industrial complex agency, large plants, waste incineration operator, a university engineering department.',
    time: 'Five years for a first set of exchanges; a programme horizon of fifteen years.',
  },
  steps: [
    { title: 'Set up a brokering centre', description: 'Create a public eco-industrial park centre with engineers and a study budget.' },
    { title: 'Survey surplus flows', description: 'Collect data on steam, heat, water and by-products from plants across the complexes.' },
    { title: 'Co-fund feasibility studies', description: 'Share the cost of studies for the most promising exchanges.' },
    { title: 'Build the steam network', description: 'Let companies finance pipelines connecting the smelter and incinerators to steam users.' },
  ],
  timeline: '2005: national programme launched, Ulsan among the pilot sites. 2006–2010: first projects, including the steam network. 2010s: expansion to further exchanges and complexes.',
  stakeholders: 'National ministry of industry and the industrial complex agency, the metropolitan city, a regional eco-industrial park centre, zinc, chemical and paper companies, waste incineration operators, universities.',
  leadCity: 'ulsan',
  themes: ['industry', 'finance-investment'],
  scale: 'metropolitan',
  implementationStatus: 'ongoing',
  startYear: 2005,
  impact: {
    emissionsReduced: 500000,
    baselineYear: 2005,
    lifetimeYears: 20,
    method: 'ghg_protocol',
    methodNote: 'Approximate, as reported by the programme: avoided boiler fuel and disposal, summed over projects in operation.',
    verificationLevel: 'self_reported',
    energySaved: 1200000,
    coBenefits: ['air_quality', 'local_economy', 'energy_security'],
  },
  budget: {
    amount: 300000000000,
    currency: 'KRW',
    financing: 'Approximate total: national programme funds for the centre and studies, low-interest loans, and company investment in pipelines and plant.',
  },
  sourceLinks: [{ label: 'Ulsan Metropolitan City', url: 'https://www.ulsan.go.kr' }],
  partners: [
    { name: 'Korea Industrial Complex Corporation', role: 'National eco-industrial park programme' },
    { name: 'Regional eco-industrial park centre', role: 'Brokering and feasibility studies' },
  ],
  contact: demoContact('eco-industrial park', 'Ulsan eco-industrial park centre', 'ulsan-eip'),
  replicates: { slug: 'kalundborg-industrial-symbiosis', kind: 'adapts' },
  publishedDaysAgo: 720,
  translations: {
    fr: {
      title: 'Ulsan : un parc éco-industriel et un réseau de vapeur entre industries lourdes',
      summary:
        'Dans l’un des plus grands complexes d’industrie lourde d’Asie, un programme national de parcs éco-industriels a financé des études et négocié des accords pour que les usines vendent leur vapeur, leur chaleur et leurs sous-produits excédentaires à leurs voisines. Le projet phare est un réseau de conduites amenant la vapeur d’une fonderie et d’incinérateurs à des usines chimiques qui brûlaient du fioul. Il adapte le modèle de Kalundborg à une ville industrielle bien plus grande.',
    },
    es: {
      title: 'Ulsan: un parque ecoindustrial con una red de vapor entre industrias pesadas',
      summary:
        'En uno de los mayores complejos de industria pesada de Asia, un programa nacional de parques ecoindustriales financió estudios y medió acuerdos para que las plantas vendan a sus vecinas el vapor, el calor y los subproductos sobrantes. Su proyecto estrella es una red de tuberías que lleva vapor de una fundición y de incineradoras a plantas químicas que antes quemaban fuelóleo. Adapta el modelo de Kalundborg a una ciudad industrial mucho mayor.',
    },
    pt: {
      title: 'Ulsan: um parque eco-industrial com uma rede de vapor entre indústrias pesadas',
      summary:
        'Num dos maiores complexos de indústria pesada da Ásia, um programa nacional de parques eco-industriais financiou estudos e mediou acordos para que as fábricas vendam às vizinhas o vapor, o calor e os subprodutos excedentes. O projeto principal é uma rede de condutas que leva vapor de uma fundição e de incineradoras a fábricas químicas que antes queimavam fuelóleo. Adapta o modelo de Kalundborg a uma cidade industrial muito maior.',
    },
  },
}
