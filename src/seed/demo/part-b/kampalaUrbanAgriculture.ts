import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const kampalaUrbanAgriculture: DemoPractice = {
  slug: 'kampala-urban-agriculture-resource-centre',
  title: 'Kampala: legalising and teaching urban farming with ordinances and a city training farm',
  summary:
    'Kampala replaced its old ban on farming in the city with ordinances that regulate crops and livestock instead, then opened a municipal agricultural resource centre where residents learn space-saving, low-input techniques: sack and vertical gardens, composting of food waste, rainwater harvesting and small-scale poultry. Thousands of households have been trained, turning food waste into compost and growing more of their own food while keeping green, permeable plots in a fast-growing city.',
  challenge: [
    'Kampala is one of Africa’s fastest-growing cities. Many households, especially in informal settlements, grow food and keep animals to survive, but colonial-era by-laws made urban farming illegal, so it happened without advice, often on flood-prone land or near polluted drains, with health risks and periodic crop destruction by enforcement officers.',
    'At the same time, most of the city’s solid waste is organic and much of it went uncollected, clogging drains and emitting methane in dumps, while green space was disappearing under new construction.',
  ],
  objectives: [
    'Recognise urban agriculture as a legitimate land use and manage its health and environmental risks.',
    'Improve household food and nutrition security and income, especially for women and young people.',
    'Turn organic waste into compost and keep land productive and permeable.',
  ],
  solution: [
    'The city adopted a set of ordinances on urban agriculture, livestock, and the handling of milk, meat and fish, which allow farming within rules on location, animal welfare and hygiene. Farming is now planned for rather than chased away.',
    'The city authority opened an agricultural resource centre on municipal land as a demonstration and training farm. Residents, schools and community groups attend short practical courses on growing vegetables in sacks, tyres and vertical structures, making compost from kitchen waste, raising chickens, fish and mushrooms, harvesting rainwater and selling surplus produce. Extension workers follow up trainees in their neighbourhoods and distribute starter kits of seedlings and chicks.',
  ],
  results: [
    'Several thousand households and hundreds of groups have been trained, and many now produce vegetables and eggs at home, reporting savings on food and extra income. Schools and community groups maintain demonstration gardens that spread the techniques further.',
    'Composting kitchen waste at home and reduced food transport avoid an estimated 900 tonnes of CO2e a year — a rough, self-reported figure. The programme’s larger contribution is to food security, nutrition and the recognition of urban farming in planning.',
  ],
  successFactors: [
    'A legal framework that recognised an existing practice instead of fighting it; a visible, practical training centre; low-cost techniques suited to very small plots; and follow-up visits in neighbourhoods.',
  ],
  limitingFactors: [
    'Land is scarce and insecure for the poorest farmers. Contaminated soils and water near drains and industrial areas remain a risk. Extension staff are few compared with the number of potential farmers.',
  ],
  replication: {
    guidance: [
      'Review by-laws first: regulate farming rather than ban it. Then open a small demonstration farm on public land, focus on techniques that fit tiny plots and use waste as an input, and train community trainers who multiply the reach.',
    ],
    powers: 'Power to make by-laws on land use, livestock and food hygiene; use of municipal land for a training centre.',
    budget: 'A training centre and extension team can run on a few hundred thousand US dollars a year.',
    partners: 'Ministry of agriculture, universities, NGOs working on nutrition, community groups, schools.',
    time: 'One to two years for the ordinances; a year to open the centre; effects grow over a decade.',
  },
  steps: [
    { title: 'Reform the rules', description: 'Replace bans with ordinances that regulate where and how crops and animals may be kept.' },
    { title: 'Open a training farm', description: 'Create a demonstration and training centre on municipal land.' },
    { title: 'Train and equip', description: 'Run practical courses and hand out starter kits of seedlings, compost bins and chicks.' },
    { title: 'Follow up in neighbourhoods', description: 'Visit trainees, support community trainers and school gardens.' },
  ],
  timeline: '2006: urban agriculture ordinances adopted. Early 2010s: agricultural resource centre opened by the city authority. Ongoing: courses, extension and school gardens.',
  stakeholders: 'Kampala’s city authority (urban agriculture and public health), national agriculture ministry, universities, NGOs, community groups, schools and households.',
  leadCity: 'kampala',
  themes: ['agriculture-forestry-land-use', 'capacity-building', 'governance-policy'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2006,
  impact: {
    emissionsReduced: 900,
    baselineYear: 2010,
    lifetimeYears: 10,
    method: 'other',
    methodNote: 'Rough self-reported estimate: organic waste composted instead of dumped, plus avoided food transport.',
    verificationLevel: 'self_reported',
    coBenefits: ['health', 'equity', 'local_economy', 'jobs', 'resilience'],
  },
  budget: {
    amount: 4000000000,
    currency: 'UGX',
    financing: 'Approximate total for the centre and extension work: city authority budget, national government and development partners.',
  },
  sourceLinks: [{ label: 'Kampala Capital City Authority', url: 'https://www.kcca.go.ug' }],
  partners: [
    { name: 'Community groups and schools', role: 'Demonstration gardens and community trainers' },
    { name: 'University agriculture faculty', role: 'Research and course content' },
  ],
  contact: demoContact('urban agriculture', 'Kampala Capital City Authority', 'kampala-urban-farming'),
  lookingForPartners: true,
  publishedDaysAgo: 260,
  translations: {
    fr: {
      title: 'Kampala : légaliser et enseigner l’agriculture urbaine, avec des arrêtés et une ferme-école',
      summary:
        'Kampala a remplacé l’ancienne interdiction de l’agriculture en ville par des arrêtés qui l’encadrent, puis ouvert un centre de ressources agricoles municipal où les habitants apprennent des techniques peu coûteuses et économes en place : jardins en sacs et verticaux, compost des déchets de cuisine, récupération de l’eau de pluie, petits élevages de volailles. Des milliers de ménages ont été formés et cultivent davantage leur propre nourriture.',
    },
    es: {
      title: 'Kampala: legalizar y enseñar la agricultura urbana con ordenanzas y una granja escuela municipal',
      summary:
        'Kampala sustituyó la antigua prohibición de cultivar en la ciudad por ordenanzas que regulan cultivos y ganado, y abrió un centro municipal de recursos agrícolas donde los vecinos aprenden técnicas baratas y que ahorran espacio: huertos en sacos y verticales, compostaje de restos de cocina, captación de agua de lluvia y pequeña avicultura. Miles de hogares se han formado y producen más alimentos propios.',
    },
    pt: {
      title: 'Kampala: legalizar e ensinar a agricultura urbana com posturas municipais e uma quinta-escola',
      summary:
        'Kampala substituiu a antiga proibição de cultivar na cidade por posturas que regulam culturas e animais, e abriu um centro municipal de recursos agrícolas onde os moradores aprendem técnicas baratas e que poupam espaço: hortas em sacos e verticais, compostagem de restos de cozinha, recolha de água da chuva e pequena avicultura. Milhares de famílias receberam formação e produzem mais alimentos próprios.',
      challenge: [
        'Kampala é uma das cidades que mais cresce em África. Muitas famílias, sobretudo nos bairros informais, cultivam alimentos e criam animais para sobreviver, mas posturas da era colonial tornavam ilegal a agricultura urbana. Por isso ela fazia-se sem aconselhamento, muitas vezes em terrenos inundáveis ou junto a valas poluídas, com riscos para a saúde e destruição periódica das culturas pelos fiscais.',
        'Ao mesmo tempo, a maior parte dos resíduos sólidos da cidade é orgânica e grande parte não era recolhida, entupindo as valas e libertando metano nas lixeiras, enquanto os espaços verdes desapareciam sob novas construções.',
      ],
      solution: [
        'A cidade aprovou um conjunto de posturas sobre agricultura urbana, criação de animais e manuseamento de leite, carne e peixe, que permitem cultivar dentro de regras sobre localização, bem-estar animal e higiene. A agricultura passou a ser planeada em vez de perseguida.',
        'A autoridade municipal abriu um centro de recursos agrícolas em terreno municipal, que funciona como quinta de demonstração e formação. Moradores, escolas e grupos comunitários frequentam cursos práticos curtos sobre hortas em sacos, pneus e estruturas verticais, compostagem de restos de cozinha, criação de galinhas, peixe e cogumelos, recolha de água da chuva e venda de excedentes. Técnicos de extensão acompanham os formandos nos bairros e distribuem kits iniciais de mudas e pintos.',
      ],
      results: [
        'Vários milhares de famílias e centenas de grupos receberam formação, e muitos produzem agora hortícolas e ovos em casa, com poupanças na alimentação e algum rendimento extra. Escolas e grupos comunitários mantêm hortas de demonstração que difundem as técnicas.',
        'A compostagem doméstica e a redução do transporte de alimentos evitam cerca de 900 toneladas de CO2e por ano, um valor aproximado e autodeclarado. O maior contributo do programa é para a segurança alimentar, a nutrição e o reconhecimento da agricultura urbana no planeamento.',
      ],
      steps: [
        'Reformar as regras',
        'Abrir uma quinta-escola',
        'Formar e equipar',
        'Acompanhar nos bairros',
      ],
    },
  },
}
