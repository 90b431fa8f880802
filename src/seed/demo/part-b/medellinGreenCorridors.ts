import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const medellinGreenCorridors: DemoPractice = {
  slug: 'medellin-green-corridors',
  title: 'Medellín: green corridors that cool streets and streams',
  summary:
    'Medellín turned about thirty traffic arteries and stream banks into continuous green corridors, planting trees, shrubs and ground cover along roads, central reservations and watercourses and linking them to hillside parks. Gardeners were recruited and trained from low-income neighbourhoods. Measured air temperatures along the corridors fell by around 2 °C, and the corridors now shade pedestrians and cyclists while giving birds and insects a way through the valley.',
  challenge: [
    'Medellín lies in a narrow Andean valley where decades of rapid growth replaced vegetation with asphalt and concrete. Surface and air temperatures in the valley floor had risen markedly faster than in the surrounding countryside, and traffic emissions are trapped by the valley’s topography, worsening air quality episodes.',
    'The main roads and the many streams that run down from the hills were the city’s most continuous open spaces, but they were hot, noisy and poorly shaded, and they cut ecological connections between the green hillsides on either side of the valley.',
  ],
  objectives: [
    'Lower air and surface temperatures along the busiest streets and watercourses, improve comfort for people walking and cycling, and reconnect habitats across the valley.',
    'Create stable jobs in landscaping for residents of vulnerable neighbourhoods.',
  ],
  solution: [
    'The city selected corridors along major roads, central reservations, stream banks and pedestrian routes and redesigned each one as a layered planting scheme: large trees for shade, shrubs and palms for the middle layer, and ground cover and gardens replacing paved or bare surfaces. Species were chosen for shade, drought tolerance and value to wildlife, with a preference for native plants.',
    'Corridors were connected to existing parks and hillside reserves so that birds, bats and insects can move along them. Permeable surfaces and planted verges also slow rainwater on its way to the streams.',
    'Planting and maintenance were carried out by the municipal public works and environment teams together with gardeners and planting technicians recruited from disadvantaged communities, who received paid training and formal employment.',
  ],
  results: [
    'Monitoring stations along the corridors recorded average air temperatures around 2 °C lower than before planting, with larger reductions in surface temperature. Tens of thousands of square metres of new green area were created and several thousand trees planted, with high survival rates reported by the city.',
    'The carbon benefit is modest — roughly 600 tonnes of CO2e a year from growing vegetation and reduced cooling, a rough estimate — but the corridors improved comfort for people on foot and bicycle, brought back bird species to central streets and gave around seventy people from low-income neighbourhoods trained, paid work. The programme received international recognition for cooling a city with nature.',
  ],
  successFactors: [
    'Strong political backing and a municipal budget that could fund capital works directly; a clear design standard reused across corridors; the decision to maintain the corridors with a trained in-house team rather than leave them to short-term contracts.',
  ],
  limitingFactors: [
    'Corridors depend on continued maintenance funding after the initial works. Space for trees is limited where underground utilities run, and some residents and businesses worried about lost parking or visibility of shop fronts.',
  ],
  replication: {
    guidance: [
      'Map the hottest streets and the streams that link green areas, and start with corridors that do both. Use a common planting standard, plan for at least five years of maintenance from the start, and recruit the maintenance team locally with proper training.',
    ],
    powers: 'Control over street design and public space; permission to plant along watercourses; ability to hire or contract maintenance staff.',
    budget: 'In the order of half a million US dollars per corridor kilometre for full redesign; far less where only planting is needed.',
    partners: 'Public works, environment and social services departments; a botanical garden or university for species selection; community organisations for recruitment.',
    time: 'About three years for a first network of corridors; trees need five to ten years to give full shade.',
  },
  steps: [
    { title: 'Choose corridors', description: 'Overlay heat maps, traffic and pedestrian flows and the stream network to choose routes that cool the most people and link green areas.' },
    { title: 'Design the planting layers', description: 'Define a standard with trees, shrubs and ground cover, using native and drought-tolerant species.' },
    { title: 'Recruit and train gardeners', description: 'Hire residents of vulnerable neighbourhoods and train them as gardeners and planting technicians.' },
    { title: 'Plant and connect', description: 'Carry out the works corridor by corridor and link each to existing parks and hillside reserves.' },
    { title: 'Measure and maintain', description: 'Track temperature, plant survival and wildlife, and fund maintenance as a permanent budget line.' },
  ],
  timeline: '2016: corridors selected and designed. 2016–2019: works on about thirty corridors. From 2019: maintenance and extension to further streets.',
  stakeholders: 'Mayor’s office, secretariats of environment and infrastructure, the city’s botanical garden, community organisations, newly trained municipal gardeners, residents and shop owners along the corridors.',
  leadCity: 'medellin',
  themes: ['green-infrastructure', 'just-transition'],
  scale: 'city',
  implementationStatus: 'completed',
  startYear: 2016,
  endYear: 2019,
  impact: {
    emissionsReduced: 600,
    baselineYear: 2016,
    lifetimeYears: 30,
    method: 'other',
    methodNote: 'Rough estimate: carbon stored by new vegetation plus avoided cooling; temperature change from city monitoring stations.',
    verificationLevel: 'expert_reviewed',
    coBenefits: ['health', 'biodiversity', 'jobs', 'equity', 'resilience', 'air_quality'],
  },
  budget: {
    amount: 16000000,
    currency: 'USD',
    financing: 'Municipal capital budget, approximately; maintenance is funded from the city’s annual environment budget.',
  },
  sourceLinks: [{ label: 'Alcaldía de Medellín', url: 'https://www.medellin.gov.co' }],
  partners: [
    { name: 'Jardín Botánico de Medellín', role: 'Species selection and gardener training' },
    { name: 'Community action boards', role: 'Recruitment of gardeners from local neighbourhoods' },
  ],
  contact: demoContact('green corridors', 'Alcaldía de Medellín', 'medellin-corridors'),
  lookingForPartners: true,
  featured: true,
  publishedDaysAgo: 640,
  translations: {
    fr: {
      title: 'Medellín : des corridors verts qui rafraîchissent rues et ruisseaux',
      summary:
        'Medellín a transformé une trentaine d’axes routiers et de berges de ruisseaux en corridors verts continus, plantant arbres, arbustes et couvre-sols le long des routes, des terre-pleins et des cours d’eau, reliés aux parcs des collines. Les jardiniers ont été recrutés et formés dans les quartiers populaires. La température de l’air le long des corridors a baissé d’environ 2 °C, et ils offrent ombre aux piétons et cyclistes et passage aux oiseaux et insectes.',
    },
    es: {
      title: 'Medellín: corredores verdes que refrescan calles y quebradas',
      summary:
        'Medellín convirtió una treintena de vías y orillas de quebradas en corredores verdes continuos, con árboles, arbustos y coberturas vegetales a lo largo de calles, separadores y cauces, conectados con los parques de las laderas. Los jardineros se contrataron y formaron en barrios de bajos ingresos. La temperatura del aire en los corredores bajó unos 2 °C, y hoy dan sombra a peatones y ciclistas y paso a aves e insectos a través del valle.',
      challenge: [
        'Medellín ocupa un valle andino estrecho donde décadas de crecimiento rápido sustituyeron la vegetación por asfalto y concreto. Las temperaturas del fondo del valle subieron mucho más deprisa que en el campo circundante, y la topografía atrapa las emisiones del tráfico, lo que agrava los episodios de mala calidad del aire.',
        'Las vías principales y las numerosas quebradas que bajan de las laderas eran los espacios abiertos más continuos de la ciudad, pero estaban calientes, eran ruidosos y tenían poca sombra, y cortaban la conexión ecológica entre las laderas verdes a ambos lados del valle.',
      ],
      solution: [
        'La ciudad eligió corredores a lo largo de grandes vías, separadores, orillas de quebradas y rutas peatonales, y rediseñó cada uno con una siembra por estratos: árboles grandes para dar sombra, arbustos y palmas en el estrato medio, y coberturas y jardines en lugar de superficies duras o desnudas. Se eligieron especies por su sombra, su resistencia a la sequía y su valor para la fauna, dando preferencia a las nativas.',
        'Los corredores se conectaron con parques y reservas de ladera para que aves, murciélagos e insectos puedan desplazarse por ellos. Las superficies permeables y las zonas verdes también frenan el agua de lluvia antes de que llegue a las quebradas.',
        'La siembra y el mantenimiento los realizaron los equipos municipales de obras públicas y medio ambiente junto con jardineros y técnicos contratados en comunidades vulnerables, que recibieron formación remunerada y empleo formal.',
      ],
      results: [
        'Las estaciones de monitoreo registraron temperaturas medias del aire unos 2 °C inferiores a las de antes de la siembra, con descensos mayores en la temperatura de superficie. Se crearon decenas de miles de metros cuadrados de nuevas zonas verdes y se plantaron varios miles de árboles, con una alta supervivencia según la ciudad.',
        'El beneficio climático es modesto, unas 600 toneladas de CO2e al año por la vegetación en crecimiento y la menor demanda de refrigeración, según una estimación aproximada, pero los corredores mejoraron el confort de peatones y ciclistas, devolvieron especies de aves a calles céntricas y dieron trabajo formal a unas setenta personas de barrios de bajos ingresos.',
      ],
      steps: [
        'Elegir los corredores',
        'Diseñar los estratos de siembra',
        'Contratar y formar jardineros',
        'Sembrar y conectar',
        'Medir y mantener',
      ],
    },
    pt: {
      title: 'Medellín: corredores verdes que arrefecem ruas e ribeiras',
      summary:
        'Medellín transformou cerca de trinta eixos viários e margens de ribeiras em corredores verdes contínuos, com árvores, arbustos e coberturas vegetais ao longo de ruas, separadores e cursos de água, ligados aos parques das encostas. Os jardineiros foram recrutados e formados em bairros de baixos rendimentos. A temperatura do ar nos corredores desceu cerca de 2 °C, e hoje dão sombra a peões e ciclistas e passagem a aves e insetos.',
    },
  },
}
