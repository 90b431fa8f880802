import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const lisbonParticipatoryBudget: DemoPractice = {
  slug: 'lisbon-participatory-budget-green-projects',
  title: 'Lisbon: a participatory budget where residents propose and vote for green projects',
  summary:
    'Since 2008 Lisbon has let residents decide how to spend part of the city’s investment budget each year. Anyone can propose a project; the city checks feasibility and cost; then residents vote online or at voting points across the city. A growing share of winning projects are green — tree-lined streets, small gardens, cycle links, drinking fountains, shaded play areas — and since the city’s European Green Capital year climate and sustainability have a visible place in the process.',
  challenge: [
    'Lisbon’s neighbourhoods differ widely in their access to green space, shade and safe routes for walking and cycling, and many residents felt far from decisions on public investment. Trust in local government was low, and the city wanted residents to take part in shaping public space.',
    'At the same time, the city needed support for climate measures that change streets — removing parking for trees, cycle lanes or pedestrian space — which often meet opposition when imposed from above.',
  ],
  objectives: [
    'Give residents a direct say over part of the city’s investment budget and bring decisions closer to neighbourhoods.',
    'Generate and build public support for projects that green the city, cool streets and encourage walking and cycling.',
  ],
  solution: [
    'Each annual cycle starts with proposals, submitted online or at public meetings held in every part of the city. City technicians assess each proposal for feasibility, legality and cost, merge similar ideas, and turn eligible ones into projects with an estimated budget. Residents then vote — online, by text message or at voting points — and the winning projects enter the city’s budget and work plan.',
    'The city reserves a budget of a few million euros per cycle and publishes the status of every winning project until completion. Proposals on green space, trees, water, cycling and walking are encouraged, and since Lisbon’s year as European Green Capital the process has given climate and sustainability projects particular visibility. Public meetings and outreach in schools and social housing areas help reach residents who rarely take part.',
  ],
  results: [
    'Over the years, hundreds of projects chosen by residents have been built, and tens of thousands of people vote in a typical cycle. Many winners are green: new gardens and pocket parks, tree planting, cycle links, fountains, shade structures and the renewal of neglected public spaces.',
    'The direct emission effect is small — an estimated 500 tonnes of CO2e a year from tree planting and walking and cycling improvements, an approximate figure — but the process built acceptance for changes to streets and taught the city which climate measures residents value most.',
  ],
  successFactors: [
    'A simple, annual, predictable cycle; a fixed and protected budget; multiple ways to propose and vote; transparent follow-up of every winning project; and outreach beyond the usual participants.',
  ],
  limitingFactors: [
    'The budget is a small share of total investment. Well-organised groups can mobilise votes, and participation varies between neighbourhoods. Delays in building winning projects damage trust, and large city-wide climate investments do not fit the format.',
  ],
  replication: {
    guidance: [
      'Ring-fence a budget for several years, publish clear eligibility rules, offer online and in-person participation, and report openly on every winning project until it is built. Consider a dedicated strand for climate and green projects, with technical help to turn ideas into feasible proposals.',
    ],
    powers: 'Control over a share of the municipal investment budget and public space.',
    budget: 'Typically one to five euros per resident per year for projects, plus staff for outreach and technical assessment.',
    partners: 'Parish councils or districts, schools, residents’ associations, civic technology providers.',
    time: 'One year to design the first cycle; cycles then run yearly.',
  },
  steps: [
    { title: 'Ring-fence the budget', description: 'Reserve part of the investment budget for projects chosen by residents, with rules for several years.' },
    { title: 'Collect proposals', description: 'Accept proposals online and at public meetings across the city.' },
    { title: 'Assess and cost', description: 'City technicians check feasibility and cost, and merge similar proposals into projects.' },
    { title: 'Vote', description: 'Residents vote online, by text message or at voting points.' },
    { title: 'Build and report', description: 'Include winners in the work plan and publish the status of each until it is complete.' },
  ],
  timeline: '2008: first participatory budget cycle. 2010s: annual cycles, more voting channels and outreach. 2020: climate and sustainability highlighted during the European Green Capital year. Ongoing.',
  stakeholders: 'City council and its participation team, technical departments, parish councils, residents, schools, residents’ and environmental associations.',
  leadCity: 'lisbon',
  themes: ['green-infrastructure', 'citizen-engagement'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2008,
  impact: {
    emissionsReduced: 500,
    baselineYear: 2008,
    lifetimeYears: 20,
    method: 'other',
    methodNote: 'Rough estimate for green winning projects: tree planting and walking and cycling improvements.',
    verificationLevel: 'self_reported',
    coBenefits: ['equity', 'health', 'biodiversity', 'mobility_access'],
  },
  budget: {
    amount: 2500000,
    currency: 'EUR',
    financing: 'Approximate annual amount for winning projects, ring-fenced in the city’s investment budget.',
  },
  sourceLinks: [{ label: 'Câmara Municipal de Lisboa', url: 'https://www.lisboa.pt' }],
  partners: [
    { name: 'Parish councils', role: 'Local meetings and voting points' },
    { name: 'Residents’ associations', role: 'Outreach and proposals' },
  ],
  contact: demoContact('participatory budget', 'Câmara Municipal de Lisboa', 'lisbon-participation'),
  lookingForPartners: true,
  publishedDaysAgo: 60,
  translations: {
    fr: {
      title: 'Lisbonne : un budget participatif où les habitants proposent et votent des projets verts',
      summary:
        'Depuis 2008, Lisbonne laisse chaque année ses habitants décider de l’usage d’une partie de son budget d’investissement. Chacun peut proposer un projet ; la ville vérifie sa faisabilité et son coût ; puis les habitants votent en ligne ou dans des points de vote. Une part croissante des projets lauréats est verte — rues arborées, petits jardins, liaisons cyclables, fontaines, aires de jeux ombragées — et le climat y occupe une place visible depuis 2020.',
    },
    es: {
      title: 'Lisboa: unos presupuestos participativos en los que los vecinos proponen y votan proyectos verdes',
      summary:
        'Desde 2008 Lisboa deja que sus vecinos decidan cada año cómo gastar parte del presupuesto de inversión. Cualquiera puede proponer un proyecto; la ciudad comprueba su viabilidad y coste; después los vecinos votan en línea o en puntos de votación. Una parte creciente de los proyectos ganadores es verde —calles arboladas, pequeños jardines, conexiones ciclistas, fuentes, zonas de juego con sombra— y el clima tiene un lugar visible desde 2020.',
    },
    pt: {
      title: 'Lisboa: um orçamento participativo em que os moradores propõem e votam projetos verdes',
      summary:
        'Desde 2008 Lisboa deixa os moradores decidir todos os anos como gastar parte do orçamento de investimento da cidade. Qualquer pessoa pode propor um projeto; a câmara verifica a viabilidade e o custo; depois os moradores votam online ou em pontos de voto. Uma parte crescente dos projetos vencedores é verde — ruas arborizadas, pequenos jardins, ligações cicláveis, bebedouros, parques infantis com sombra — e o clima tem lugar visível desde 2020.',
      challenge: [
        'Os bairros de Lisboa diferem muito no acesso a espaços verdes, sombra e percursos seguros para andar a pé e de bicicleta, e muitos moradores sentiam-se longe das decisões sobre investimento público. A confiança no poder local era baixa, e a câmara queria que os moradores participassem na transformação do espaço público.',
        'Ao mesmo tempo, a cidade precisava de apoio para medidas climáticas que mudam as ruas — retirar estacionamento para árvores, ciclovias ou espaço pedonal — que muitas vezes encontram oposição quando impostas de cima.',
      ],
      solution: [
        'Cada ciclo anual começa com propostas, apresentadas online ou em sessões públicas realizadas em todas as zonas da cidade. Os técnicos municipais avaliam a viabilidade, a legalidade e o custo de cada proposta, juntam ideias semelhantes e transformam as elegíveis em projetos com orçamento estimado. Os moradores votam depois — online, por SMS ou em pontos de voto — e os projetos vencedores entram no orçamento e no plano de atividades da câmara.',
        'A câmara reserva alguns milhões de euros por ciclo e publica o estado de cada projeto vencedor até à sua conclusão. São incentivadas propostas sobre espaços verdes, árvores, água, bicicleta e mobilidade pedonal, e desde o ano de Lisboa como Capital Verde Europeia o processo dá particular visibilidade a projetos de clima e sustentabilidade. Sessões públicas e ações em escolas e bairros de habitação social ajudam a chegar a quem raramente participa.',
      ],
      results: [
        'Ao longo dos anos foram construídas centenas de projetos escolhidos pelos moradores, e dezenas de milhares de pessoas votam num ciclo típico. Muitos vencedores são verdes: novos jardins e pequenos parques, plantação de árvores, ligações cicláveis, bebedouros, estruturas de sombra e a requalificação de espaços públicos esquecidos.',
        'O efeito direto nas emissões é pequeno — cerca de 500 toneladas de CO2e por ano pela plantação de árvores e melhorias para peões e ciclistas, um valor aproximado — mas o processo criou aceitação para mudanças nas ruas e mostrou à câmara que medidas climáticas os moradores mais valorizam.',
      ],
      steps: [
        'Reservar o orçamento',
        'Recolher propostas',
        'Avaliar e orçamentar',
        'Votar',
        'Construir e prestar contas',
      ],
    },
  },
}
