import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const viennaOekoBusiness: DemoPractice = {
  slug: 'vienna-oekobusiness-advice-for-firms',
  title: 'Vienna: subsidised environmental consulting that teaches firms to cut energy and waste',
  summary:
    'Since 1998 Vienna’s environmental department has run a programme that offers companies heavily subsidised consulting on energy, materials, waste, mobility and chemicals. Firms choose a module, work with an accredited consultant through workshops and on-site visits, and must carry out measures to receive the city’s certificate. More than a thousand businesses, from bakeries to hospitals and factories, have taken part, building lasting skills in their own staff.',
  challenge: [
    'Vienna’s businesses, from small workshops to large manufacturers and hotels, account for a significant share of the city’s energy use and waste. Many had cost-effective savings within reach, but lacked the knowledge and time to find them, and consulting fees deterred small firms.',
    'The city had limited regulatory power over industrial energy use and wanted an approach based on cooperation rather than inspection.',
  ],
  objectives: [
    'Help companies of every size reduce their energy use, waste, emissions and costs, and build environmental management skills in their own staff.',
    'Create a network of committed firms that show others the business case.',
  ],
  solution: [
    'The city set up a public–private programme that combines group workshops with individual on-site consulting. Modules range from a basic environmental check for small firms to energy management, resource efficiency, sustainable events and certified environmental management systems. One module builds on a method first developed in Graz, in which groups of companies learn together in a series of workshops.',
    'Accredited consultants are paid largely by the city, and firms contribute a modest fee. To receive the programme’s annual certificate, a firm must implement measures and report results; certified firms appear in a public register and at an annual awards event. The city’s chamber of commerce and a network of consultants are partners.',
  ],
  results: [
    'More than a thousand companies have taken part over the programme’s lifetime, reporting several thousand measures. Participants’ reports add up to savings in the order of 30,000 tonnes of CO2e a year from measures currently in place, along with reduced waste, water and material costs; these are self-reported, approximate figures.',
    'The programme built a pool of trained staff inside participating firms and a local market for environmental consulting. Comparable schemes run in other cities; Hamburg’s programme for company resource efficiency adapts the same mix of advice and incentives.',
  ],
  successFactors: [
    'A modest fee that makes firms committed without excluding small ones; modules adapted to sector and size; a certificate with public recognition; and long-term political and budget continuity.',
  ],
  limitingFactors: [
    'Savings are self-reported and not always checked on site. Firms with the largest emissions often have their own experts and gain less from the programme; reaching very small firms remains difficult.',
  ],
  replication: {
    guidance: [
      'Partner with the chamber of commerce, accredit a pool of consultants, and offer a small set of clear modules, from a basic check to full management systems. Combine group learning with on-site advice, and make the certificate conditional on measures actually taken.',
    ],
    powers: 'No regulatory power needed; an environmental or economic development mandate and a grant budget.',
    budget: 'Around one to two million euros a year for a city of Vienna’s size, mostly consultants’ fees.',
    partners: 'Chamber of commerce, accredited consultants, energy agency, business associations.',
    time: 'One year to design modules and accredit consultants; the programme matures over many years.',
  },
  steps: [
    { title: 'Design the modules', description: 'Define consulting modules for different sizes and sectors with the chamber of commerce.' },
    { title: 'Accredit consultants', description: 'Select and train consultants who deliver workshops and on-site visits.' },
    { title: 'Recruit companies', description: 'Promote the programme through business associations and offer a low entry fee.' },
    { title: 'Certify and celebrate', description: 'Award an annual certificate to firms that implement measures, and publish their results.' },
  ],
  timeline: '1998: programme launched. 2000s: new modules for energy, mobility and events. 2010s–2020s: climate focus and alignment with the city’s climate roadmap.',
  stakeholders: 'City environmental department, chamber of commerce, accredited environmental consultants, participating companies from all sectors, city energy agency.',
  leadCity: 'vienna',
  themes: ['industry', 'capacity-building'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 1998,
  impact: {
    emissionsReduced: 30000,
    baselineYear: 1998,
    lifetimeYears: 10,
    method: 'other',
    methodNote: 'Approximate sum of savings reported by participating firms for measures still in place.',
    verificationLevel: 'self_reported',
    energySaved: 90000,
    coBenefits: ['local_economy', 'jobs', 'air_quality'],
  },
  budget: {
    amount: 1500000,
    currency: 'EUR',
    financing: 'Approximate annual budget from the city’s environment budget, plus participation fees paid by companies.',
  },
  sourceLinks: [{ label: 'City of Vienna', url: 'https://www.wien.gv.at' }],
  partners: [
    { name: 'Vienna Chamber of Commerce', role: 'Co-founder and promotion to businesses' },
    { name: 'Accredited consultants', role: 'Workshops and on-site advice' },
  ],
  contact: demoContact('business advice', 'City of Vienna', 'vienna-business-advice'),
  publishedDaysAgo: 760,
  translations: {
    fr: {
      title: 'Vienne : un conseil environnemental subventionné qui apprend aux entreprises à réduire énergie et déchets',
      summary:
        'Depuis 1998, le service de l’environnement de Vienne propose aux entreprises un conseil largement subventionné sur l’énergie, les matières, les déchets, la mobilité et les produits chimiques. Chaque entreprise choisit un module, travaille avec un consultant agréé lors d’ateliers et de visites sur site, et doit mettre en œuvre des mesures pour obtenir le label de la ville. Plus d’un millier d’entreprises, de la boulangerie à l’hôpital et à l’usine, y ont participé.',
    },
    es: {
      title: 'Viena: asesoría ambiental subvencionada que enseña a las empresas a reducir energía y residuos',
      summary:
        'Desde 1998, el departamento de medio ambiente de Viena ofrece a las empresas asesoría muy subvencionada sobre energía, materiales, residuos, movilidad y productos químicos. Cada empresa elige un módulo, trabaja con un consultor acreditado en talleres y visitas in situ y debe aplicar medidas para obtener el certificado de la ciudad. Han participado más de mil empresas, desde panaderías hasta hospitales y fábricas.',
    },
    pt: {
      title: 'Viena: consultoria ambiental subsidiada que ensina as empresas a reduzir energia e resíduos',
      summary:
        'Desde 1998, o departamento de ambiente de Viena oferece às empresas consultoria fortemente subsidiada sobre energia, materiais, resíduos, mobilidade e químicos. Cada empresa escolhe um módulo, trabalha com um consultor acreditado em oficinas e visitas no local e tem de aplicar medidas para obter o certificado da cidade. Participaram mais de mil empresas, de padarias a hospitais e fábricas.',
    },
  },
}
