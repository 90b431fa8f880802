import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const hamburgResourceEfficiency: DemoPractice = {
  slug: 'hamburg-company-resource-efficiency-grants',
  title: 'Hamburg: advice plus investment grants for efficiency in industry and business',
  summary:
    'Hamburg’s environment authority offers companies free initial energy advice and grants toward investments that save energy, heat or materials — from efficient compressed air and process heat to waste-heat recovery that feeds the district heating network. Grants are tied to the CO2 saved per euro, so the most effective projects come first. Over some fifteen years the programme supported thousands of projects and reports savings of roughly 150,000 tonnes of CO2e a year.',
  challenge: [
    'Hamburg is Germany’s second-largest city and a major industrial port, with refineries, metal works, food processing, aviation and logistics. Industry and commerce account for a large share of the city’s emissions, and the city-state had committed to steep reductions.',
    'Many companies knew efficiency could pay but faced long payback times, competing investment priorities and a lack of in-house expertise, especially among medium-sized firms.',
  ],
  objectives: [
    'Cut CO2 emissions in industry and commerce quickly and cost-effectively, while keeping firms competitive.',
    'Make waste heat from industrial processes available to the city’s heat networks where possible.',
  ],
  solution: [
    'The environment authority runs a programme that combines free initial advice by energy experts with investment grants. Companies submit a project — efficient motors and compressed air, process heat, heat pumps, lighting, material savings, waste-heat recovery — and receive a grant covering part of the extra cost, calculated in relation to the tonnes of CO2 avoided, within a fixed cap.',
    'The programme is embedded in an environmental partnership between the city and business associations, in which companies commit to voluntary measures and share experience. A flagship project uses surplus heat from a copper smelter to heat a new urban district nearby, replacing fossil heat. The approach adapts Vienna’s long-standing mix of subsidised advice and recognition for firms to a context with larger industrial emitters and investment grants.',
  ],
  results: [
    'Thousands of projects in companies of all sizes have been supported since 2008. The programme reports cumulative savings of roughly 150,000 tonnes of CO2e a year from measures in place, with public cost per tonne well below that of many other climate programmes; figures are approximate and based on engineering estimates reviewed by the authority’s experts.',
    'The waste-heat flagship demonstrated that industrial heat can supply a city district and prepared further projects connecting industry and district heating.',
  ],
  successFactors: [
    'Grants tied to CO2 saved per euro, which focus money on effective projects; free advice that lowers the first barrier; and a partnership with business associations that builds trust.',
  ],
  limitingFactors: [
    'Savings are calculated from engineering estimates rather than metered afterwards in every case. Free-rider effects are hard to rule out. Larger waste-heat projects need long contracts and heat network investment beyond the programme’s scope.',
  ],
  replication: {
    guidance: [
      'Combine free first advice with simple investment grants calculated on CO2 saved, and cap the grant per project. Work through business associations and publicise early success stories. Look specifically for industrial waste heat near planned district heating.',
    ],
    powers: 'A climate or economic development budget that can fund grants to companies within state-aid rules.',
    budget: 'Grants of a few million euros a year, leveraging several times that in private investment.',
    partners: 'Business associations and chambers, energy consultants, district heating operator, large industrial plants.',
    time: 'One year to set up; first results within two years; ongoing programme.',
  },
  steps: [
    { title: 'Offer free first advice', description: 'Fund energy experts who visit companies and identify projects.' },
    { title: 'Set grant rules', description: 'Calculate grants from the CO2 saved per euro, with a cap per project and state-aid compliance.' },
    { title: 'Partner with business', description: 'Run the programme within a partnership where companies commit to voluntary measures.' },
    { title: 'Connect waste heat', description: 'Identify industrial heat sources near new or existing heat networks and support connection projects.' },
  ],
  timeline: '2008: programme launched within the city’s climate plan. 2010s: waste-heat flagship developed and commissioned. 2020s: aligned with the city’s climate law targets.',
  stakeholders: 'City environment authority, chamber of commerce and business associations, energy consultants, participating companies, district heating operator, a copper smelter.',
  leadCity: 'hamburg',
  themes: ['industry', 'finance-investment'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2008,
  impact: {
    emissionsReduced: 150000,
    baselineYear: 2008,
    lifetimeYears: 15,
    method: 'other',
    methodNote: 'Approximate: engineering estimates per project, reviewed by the authority and summed over measures in place.',
    verificationLevel: 'self_reported',
    energySaved: 400000,
    coBenefits: ['local_economy', 'air_quality', 'energy_security'],
  },
  budget: {
    amount: 60000000,
    currency: 'EUR',
    financing: 'Approximate grants since 2008 from the city’s climate budget, with European regional development funds; companies invested several times more.',
  },
  sourceLinks: [{ label: 'Hamburg city portal', url: 'https://www.hamburg.de' }],
  partners: [
    { name: 'Hamburg Chamber of Commerce', role: 'Environmental partnership with business' },
    { name: 'District heating operator', role: 'Receives industrial waste heat' },
  ],
  contact: demoContact('resource efficiency', 'Free and Hanseatic City of Hamburg', 'hamburg-efficiency'),
  replicates: { slug: 'vienna-oekobusiness-advice-for-firms', kind: 'adapts' },
  publishedDaysAgo: 590,
  translations: {
    fr: {
      title: 'Hambourg : conseil et subventions à l’investissement pour l’efficacité dans l’industrie et les entreprises',
      summary:
        'L’autorité environnementale de Hambourg offre aux entreprises un premier conseil énergétique gratuit et des subventions pour des investissements qui économisent énergie, chaleur ou matières — de l’air comprimé efficace à la récupération de chaleur fatale injectée dans le réseau de chaleur. Les aides sont calculées selon le CO2 évité par euro. En une quinzaine d’années, des milliers de projets ont été soutenus, pour environ 150 000 tonnes de CO2e évitées par an.',
    },
    es: {
      title: 'Hamburgo: asesoría y subvenciones a la inversión para la eficiencia en la industria y las empresas',
      summary:
        'La autoridad ambiental de Hamburgo ofrece a las empresas una primera asesoría energética gratuita y subvenciones para inversiones que ahorran energía, calor o materiales, desde aire comprimido eficiente hasta la recuperación de calor residual para la red de calefacción urbana. Las ayudas se calculan según el CO2 evitado por euro. En unos quince años se apoyaron miles de proyectos, con un ahorro de unas 150.000 toneladas de CO2e al año.',
    },
    pt: {
      title: 'Hamburgo: aconselhamento e subsídios ao investimento para a eficiência na indústria e nas empresas',
      summary:
        'A autoridade ambiental de Hamburgo oferece às empresas um primeiro aconselhamento energético gratuito e subsídios para investimentos que poupam energia, calor ou materiais, desde ar comprimido eficiente até à recuperação de calor residual para a rede de aquecimento urbano. Os apoios são calculados pelo CO2 evitado por euro. Em cerca de quinze anos foram apoiados milhares de projetos, com cerca de 150 000 toneladas de CO2e evitadas por ano.',
    },
  },
}
