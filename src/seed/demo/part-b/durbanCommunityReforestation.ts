import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const durbanCommunityReforestation: DemoPractice = {
  slug: 'durban-buffelsdraai-community-reforestation',
  title: 'Durban: “tree-preneurs” who grow seedlings to reforest the land around a landfill',
  summary:
    'Around a landfill site on Durban’s northern edge, the municipality and a conservation trust are restoring former sugar-cane fields to indigenous forest. Residents of nearby low-income communities grow tree seedlings at home and trade them for food, school fees, building materials or bicycles; many later work on planting and site maintenance. Hundreds of hectares have been reforested, with carbon, biodiversity and community benefits validated against an international standard.',
  challenge: [
    'The municipality needed a buffer zone around a new regional landfill site on land previously farmed for sugar cane, and wanted to offset part of the emissions of a major international sporting event it hosted. Degraded cane land stores little carbon, erodes easily and supports little wildlife.',
    'The surrounding communities faced high unemployment and food insecurity. A conventional contracted planting project would have brought them little benefit and, possibly, resentment toward the landfill.',
  ],
  objectives: [
    'Restore indigenous forest on several hundred hectares of the landfill buffer zone to store carbon, regulate water flows and restore biodiversity.',
    'Create income and skills for residents of nearby communities as part of a fair transition to a greener local economy.',
  ],
  solution: [
    'The municipality’s environmental department partnered with a conservation trust that runs a "tree-preneur" model. Residents collect seeds of indigenous trees and raise seedlings in small home nurseries using recycled containers. Every few months they trade healthy seedlings for credit notes at local stores run by the trust, exchanging them for food, clothing, school fees, building materials or bicycles.',
    'The seedlings are planted in the buffer zone by teams recruited from the same communities, who also clear invasive plants, manage fire breaks and monitor growth. Training in horticulture, business skills and first aid accompanies the work. Forest growth, biodiversity and social outcomes are monitored, and the project was assessed by independent auditors against a standard for climate, community and biodiversity benefits.',
  ],
  results: [
    'Several hundred hectares of former cane land have been replanted with indigenous trees, and hundreds of tree-preneurs have traded seedlings, alongside dozens of local jobs in planting and maintenance. Wildlife, including birds and small antelope, has returned to the restored areas, and the forest helps regulate water flow in the catchment.',
    'The restored forest is expected to sequester around 2,000 tonnes of CO2e a year on average over its first decades — an approximate figure from the project’s validated carbon model. The project served as a learning site for the municipality’s wider community reforestation and ecosystem-based adaptation work.',
  ],
  successFactors: [
    'Paying communities in goods they value for work they can do at home; a long-term partnership with a trusted conservation trust; municipal ownership of the land; and independent validation that attracted funding.',
  ],
  limitingFactors: [
    'Dependence on grant and offset funding; fire risk and invasive plants in young forest; and the fact that seedling trading gives small, irregular incomes rather than a living wage.',
  ],
  replication: {
    guidance: [
      'Use land the municipality controls, such as buffer zones, catchments or closed landfills. Partner with an organisation experienced in community nurseries, pay for healthy seedlings in goods or money that residents choose, and hire planting and maintenance teams from the same communities. Budget for at least ten years of maintenance and fire management.',
    ],
    powers: 'Ownership or management rights over the land to be restored; ability to contract community-based work.',
    budget: 'In the order of a few thousand US dollars per hectare over ten years, including community payments, planting and maintenance.',
    partners: 'A conservation NGO or trust, community leaders, local stores for the credit-note system, a university for monitoring, carbon or biodiversity funders.',
    time: 'One year to set up nurseries and trading; planting over five to ten years; forest maturity over decades.',
  },
  steps: [
    { title: 'Secure the land', description: 'Designate municipal buffer or catchment land for restoration.' },
    { title: 'Start home nurseries', description: 'Train residents to collect seeds and raise indigenous seedlings at home.' },
    { title: 'Trade seedlings for goods', description: 'Run regular trading days where healthy seedlings earn credit notes for goods and services.' },
    { title: 'Plant and maintain', description: 'Hire community teams to plant, clear invasive plants and manage fire breaks.' },
    { title: 'Monitor and validate', description: 'Track growth, biodiversity and social outcomes and have them independently assessed.' },
  ],
  timeline: '2008: project started as part of the municipality’s climate programme. 2009–2015: main planting phase. Validation of benefits in the early 2010s. Ongoing maintenance and monitoring.',
  stakeholders: 'Municipal environmental planning and climate protection department, the landfill operator (municipal solid waste unit), a conservation trust, tree-preneurs and their communities, local stores, universities.',
  leadCity: 'durban',
  themes: ['agriculture-forestry-land-use', 'just-transition'],
  scale: 'neighbourhood',
  implementationStatus: 'ongoing',
  startYear: 2008,
  impact: {
    emissionsReduced: 2000,
    baselineYear: 2008,
    lifetimeYears: 30,
    method: 'other',
    methodNote: 'Approximate average annual sequestration from the project’s carbon model, validated by independent auditors against a climate, community and biodiversity standard.',
    verificationLevel: 'independently_verified',
    coBenefits: ['jobs', 'equity', 'biodiversity', 'resilience', 'local_economy'],
  },
  budget: {
    amount: 30000000,
    currency: 'ZAR',
    financing: 'Approximate total: municipal climate budget, event-related offset funding and grants from conservation donors.',
  },
  sourceLinks: [{ label: 'eThekwini Municipality', url: 'https://www.durban.gov.za' }],
  partners: [
    { name: 'Conservation trust', role: 'Tree-preneur model, nurseries and planting teams' },
    { name: 'University research partners', role: 'Monitoring of forest growth and biodiversity' },
  ],
  contact: demoContact('community reforestation', 'eThekwini Municipality', 'durban-reforestation'),
  publishedDaysAgo: 690,
  translations: {
    fr: {
      title: 'Durban : des « arbre-preneurs » font pousser des plants pour reboiser les abords d’une décharge',
      summary:
        'Autour d’une décharge au nord de Durban, la municipalité et une fondation de conservation rendent à la forêt indigène d’anciens champs de canne à sucre. Des habitants des quartiers pauvres voisins font pousser des plants chez eux et les échangent contre de la nourriture, des frais de scolarité, des matériaux ou des vélos ; beaucoup travaillent ensuite à la plantation et à l’entretien. Des centaines d’hectares ont été reboisés, avec des bénéfices validés selon une norme internationale.',
    },
    es: {
      title: 'Durban: «arbolemprendedores» que cultivan plántulas para reforestar el entorno de un vertedero',
      summary:
        'Alrededor de un vertedero en el norte de Durban, el municipio y una fundación conservacionista devuelven a bosque autóctono antiguos cañaverales. Vecinos de comunidades de bajos ingresos cultivan plántulas en casa y las cambian por alimentos, matrículas escolares, materiales de construcción o bicicletas; muchos trabajan después en la plantación y el mantenimiento. Se han reforestado cientos de hectáreas, con beneficios validados según un estándar internacional.',
    },
    pt: {
      title: 'Durban: «empreendedores de árvores» que criam mudas para reflorestar a envolvente de um aterro',
      summary:
        'À volta de um aterro no norte de Durban, o município e uma fundação de conservação devolvem à floresta nativa antigos canaviais. Moradores de comunidades de baixos rendimentos criam mudas em casa e trocam-nas por alimentos, propinas escolares, materiais de construção ou bicicletas; muitos trabalham depois na plantação e manutenção. Foram reflorestadas centenas de hectares, com benefícios validados segundo uma norma internacional.',
    },
  },
}
