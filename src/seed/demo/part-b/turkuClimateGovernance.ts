import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const turkuClimateGovernance: DemoPractice = {
  slug: 'turku-climate-and-nature-governance',
  title: 'Turku: climate neutrality by 2029, steered through the city strategy, budget and its own forests',
  summary:
    'Turku set one of Europe’s earliest climate-neutrality targets — 2029 — and wrote it into the city strategy, the annual budget and the management of the several thousand hectares of forest the city owns. Every department reports against climate indicators, a climate budget shows the emission impact of major decisions, and city forests are managed to grow their carbon sink and biodiversity rather than for timber income. Emissions have roughly halved since 1990 while the sink is growing.',
  challenge: [
    'Many cities adopt climate targets that remain separate from the decisions that shape emissions: budgets, land use, procurement and the management of city-owned companies and land. Turku wanted its target to steer everyday decisions and to cover not only emissions but also carbon sinks and nature.',
    'The city owns substantial forests and farmland around its urban area. These had been managed mainly for timber and income, while the city’s growth put pressure on green areas.',
  ],
  objectives: [
    'Make the city climate neutral by 2029 and climate positive afterwards, with a plan that every department and city-owned company shares.',
    'Increase carbon sinks and protect biodiversity on city-owned land.',
  ],
  solution: [
    'The city council adopted a climate plan with the 2029 target, sector targets and a list of actions, each with a responsible department and indicators. Climate goals were built into the city strategy, and the annual budget includes a climate section that shows the expected emission impact of major investments. City-owned energy, water and housing companies have their own targets in their ownership guidelines.',
    'For land use, the city adopted forest management principles that prioritise carbon storage, recreation and biodiversity: longer rotations, more continuous-cover forestry, more protected areas and little or no clear-felling in recreational forests. A nature and biodiversity programme complements the climate plan, and land-use planning steers new housing to existing centres and public transport corridors.',
    'Progress is reported yearly in a public climate report, and a climate steering group chaired by senior management follows implementation. Residents, businesses and universities are involved through a climate partnership.',
  ],
  results: [
    'The city’s reported emissions have fallen by roughly half since 1990, mostly through the transformation of district heating, and the city is on a path toward its 2029 target, though residual emissions in transport remain a challenge.',
    'Changed management of city forests is estimated to increase their net carbon sink by around 5,000 tonnes of CO2e a year compared with the previous practice — an approximate figure from the city’s forest inventory and growth models. More forest areas are now protected, and climate considerations appear routinely in council decisions.',
  ],
  successFactors: [
    'Broad political consensus on the target; climate goals written into the documents that matter — strategy, budget, ownership guidelines; a city that owns its energy company and much of its surrounding land; and transparent annual reporting.',
  ],
  limitingFactors: [
    'Transport emissions depend on national policy and regional commuting. Forest sinks are uncertain and can be reversed by storms, pests or future decisions. A climate budget only shows impacts; it does not by itself change decisions.',
  ],
  replication: {
    guidance: [
      'Put the target into the city strategy and the budget process, not only a separate climate plan. Assign each action to a department with indicators, set targets for city-owned companies through ownership guidelines, and if the city owns forests or farmland, manage them explicitly for carbon and biodiversity.',
    ],
    powers: 'Budget and strategy powers of the council; ownership of municipal companies and land.',
    budget: 'The governance work needs a small climate team; investments are made through existing departmental and company budgets.',
    partners: 'City-owned energy and housing companies, universities, regional council, forestry experts, residents and businesses.',
    time: 'One to two years to embed in strategy and budget; results build up over a decade.',
  },
  steps: [
    { title: 'Adopt the target and plan', description: 'Council adopts the 2029 target with sector targets and actions assigned to departments.' },
    { title: 'Embed in strategy and budget', description: 'Write climate goals into the city strategy and add a climate section to the annual budget.' },
    { title: 'Steer city-owned companies', description: 'Give the energy, water and housing companies climate targets through ownership guidelines.' },
    { title: 'Manage city land for carbon and nature', description: 'Adopt forest principles that favour carbon storage, biodiversity and recreation.' },
    { title: 'Report every year', description: 'Publish a climate report and review progress in a senior steering group.' },
  ],
  timeline: '2018: 2029 target and climate plan adopted. 2019–2021: climate budget, forest management principles and biodiversity programme. 2020s: annual reporting and plan updates.',
  stakeholders: 'City council and executive board, city departments, city-owned energy, water and housing companies, universities, regional council, forestry experts, residents and local businesses.',
  leadCity: 'turku',
  themes: ['agriculture-forestry-land-use', 'governance-policy'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2018,
  impact: {
    emissionsReduced: 5000,
    baselineYear: 2018,
    lifetimeYears: 30,
    method: 'ipcc',
    methodNote: 'Approximate: additional net forest sink from changed management, from inventory and growth models; the city-wide emission cut is reported separately in the GPC inventory.',
    verificationLevel: 'self_reported',
    coBenefits: ['biodiversity', 'health', 'resilience'],
  },
  budget: {
    amount: 500000,
    currency: 'EUR',
    financing: 'Approximate annual cost of the climate team and reporting from the city budget; forgone timber income on city forests is accepted as a cost of the sink.',
  },
  sourceLinks: [{ label: 'City of Turku', url: 'https://www.turku.fi' }],
  partners: [
    { name: 'City-owned energy company', role: 'District heating transformation' },
    { name: 'Local universities', role: 'Research and climate partnership' },
  ],
  contact: demoContact('climate governance', 'City of Turku', 'turku-climate'),
  publishedDaysAgo: 150,
  translations: {
    fr: {
      title: 'Turku : la neutralité climatique en 2029, pilotée par la stratégie, le budget et les forêts de la ville',
      summary:
        'Turku s’est fixé l’un des premiers objectifs de neutralité climatique d’Europe — 2029 — et l’a inscrit dans la stratégie de la ville, le budget annuel et la gestion des milliers d’hectares de forêts communales. Chaque service rend compte d’indicateurs climatiques, un budget climat montre l’effet des grandes décisions sur les émissions, et les forêts sont gérées pour accroître leur puits de carbone et leur biodiversité plutôt que leur revenu en bois.',
    },
    es: {
      title: 'Turku: neutralidad climática en 2029, guiada por la estrategia, el presupuesto y los bosques municipales',
      summary:
        'Turku fijó uno de los primeros objetivos de neutralidad climática de Europa —2029— y lo incorporó a la estrategia municipal, al presupuesto anual y a la gestión de los miles de hectáreas de bosque de propiedad municipal. Cada departamento informa con indicadores climáticos, un presupuesto climático muestra el efecto de las grandes decisiones en las emisiones y los bosques se gestionan para aumentar su sumidero de carbono y su biodiversidad.',
    },
    pt: {
      title: 'Turku: neutralidade climática em 2029, orientada pela estratégia, pelo orçamento e pelas florestas municipais',
      summary:
        'Turku definiu uma das primeiras metas de neutralidade climática da Europa — 2029 — e inscreveu-a na estratégia municipal, no orçamento anual e na gestão dos milhares de hectares de floresta municipal. Cada departamento reporta indicadores climáticos, um orçamento climático mostra o efeito das grandes decisões nas emissões e as florestas são geridas para aumentar o sumidouro de carbono e a biodiversidade em vez da receita de madeira.',
    },
  },
}
