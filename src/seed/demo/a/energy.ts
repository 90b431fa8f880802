import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const energyPractices: DemoPractice[] = [
  {
    slug: 'copenhagen-district-heating-without-coal',
    title: 'Copenhagen: district heating for nearly every building, now without coal',
    summary:
      'Copenhagen heats almost all of its buildings through one district heating network. Over the past decade the city and its utilities replaced the coal burnt in the combined heat and power plants with biomass, waste heat and the first large heat pumps, and connected the last streets still heated by gas. Heating emissions fell by several hundred thousand tonnes a year while heat stayed cheaper for most households than an individual boiler.',
    challenge: [
      'Heat is the largest energy need of a northern European city. In Copenhagen a network built up since the 1920s already reached almost every building, but around 2010 much of its heat still came from coal and gas burnt in large combined heat and power plants.',
      'The city had committed to carbon neutrality and knew it could not get there without changing what the network burns. Thousands of households in outer districts also still used individual gas boilers.',
    ],
    objectives: [
      'Stop burning coal for heat and power in the city.',
      'Connect the remaining gas-heated areas to the network, or to local heat pumps where the network cannot reach.',
      'Keep heat affordable and the supply secure during the transition.',
    ],
    solution: [
      'The municipal utility and the regional heat transmission companies converted the main plants from coal to wood pellets and chips and built a new biomass unit, while waste incineration kept supplying base load heat.',
      'Heat plans, drawn up under national heat supply law, designated the remaining gas areas for district heating; owners were offered connection on fixed terms. The utilities began adding large heat pumps using sewage water, seawater and industrial waste heat, and heat storage to balance wind power.',
      'Because Danish heat utilities work on a non-profit basis, investments are recovered through tariffs without a profit margin, and municipal guarantees keep borrowing cheap.',
    ],
    results: [
      'The last coal was burnt in the city’s plants in the early 2020s. The network supplies roughly 98% of the city’s heat demand, and emissions from heating are estimated to be several hundred thousand tonnes a year lower than in 2010.',
      'Typical household heating bills stayed below what an individual gas boiler would cost, which kept public support high during the 2022 gas price crisis.',
    ],
    successFactors: [
      'A network that already existed, owned by public utilities with a long-term mandate.',
      'National heat planning law that lets municipalities designate heat supply areas.',
      'Cheap long-term finance thanks to municipal guarantees and non-profit tariffs.',
    ],
    limitingFactors: [
      'Burning imported biomass is counted as carbon neutral at the stack, a choice that is disputed; the utilities now plan more heat pumps and waste heat to reduce reliance on it.',
      'Building new networks where none exist is slow and expensive; the approach is easiest where a network is already in place.',
    ],
    replication: {
      guidance: [
        'Start with a heat map: where demand is dense, where waste heat is available and which areas are best served by individual heat pumps. A city without a network can begin with one district around a public building or an industrial heat source.',
      ],
      powers: 'The power to plan heat supply zones, and ownership or strong influence over the heat utility.',
      budget: 'Large: hundreds of millions of euros for plants and networks, recovered through tariffs over 25–40 years.',
      partners: 'Heat utility, neighbouring municipalities, waste operators, industries with surplus heat, a national regulator.',
      time: 'Ten years or more to convert a whole city; a first district can be built in three to five.',
    },
    steps: [
      { title: 'Heat plan and targets', description: 'The city set its neutrality target and used its heat plan to designate areas for district heating.' },
      { title: 'Plant conversion', description: 'Coal units were converted to biomass and a new biomass combined heat and power unit was built.' },
      { title: 'Connecting gas areas', description: 'Remaining gas-heated streets were offered connection, with the old gas network closed step by step.' },
      { title: 'Heat pumps and storage', description: 'Large heat pumps on sewage and seawater and heat storage were added to use cheap wind power.' },
    ],
    timeline: 'Climate plan adopted in 2012; plant conversions between about 2014 and 2020; coal phased out in the early 2020s; heat pumps under way.',
    stakeholders: 'City of Copenhagen, the municipal utility, the regional heat transmission companies, Frederiksberg and other neighbouring municipalities, building owners.',
    leadCity: 'copenhagen',
    otherLocations: ['frederiksberg'],
    themes: ['energy-systems', 'governance-policy', 'finance-investment'],
    scale: 'metropolitan',
    implementationStatus: 'ongoing',
    startYear: 2012,
    impact: {
      emissionsReduced: 450000,
      baselineYear: 2010,
      lifetimeYears: 25,
      method: 'gpc',
      methodNote: 'Approximate, rounded from the city’s emission inventory; biomass counted as zero at the stack.',
      verificationLevel: 'expert_reviewed',
      renewableProduced: 2500000,
      coBenefits: ['air_quality', 'energy_security', 'energy_poverty'],
    },
    budget: {
      amount: 5000000000,
      currency: 'DKK',
      financing: 'About five billion kroner for the plant conversions (approximate), financed by utility loans with municipal guarantees and recovered through non-profit heat tariffs.',
    },
    sourceLinks: [
      { label: 'City of Copenhagen', url: 'https://www.kk.dk' },
      { label: 'HOFOR, the municipal utility', url: 'https://www.hofor.dk' },
    ],
    partners: [
      { name: 'HOFOR', role: 'Municipal utility running the plants and network', url: 'https://www.hofor.dk' },
      { name: 'CTR', role: 'Regional heat transmission company' },
      { name: 'Municipality of Frederiksberg', role: 'Neighbouring municipality on the same network' },
    ],
    contact: demoContact('district heating', 'City of Copenhagen', 'copenhagen-heat'),
    featured: true,
    publishedDaysAgo: 1040,
    translations: {
      fr: {
        title: 'Copenhague : un réseau de chaleur pour presque tous les bâtiments, désormais sans charbon',
        summary:
          'Copenhague chauffe presque tous ses bâtiments par un seul réseau de chaleur. En une décennie, la ville et ses régies ont remplacé le charbon des centrales de cogénération par de la biomasse, de la chaleur fatale et les premières grandes pompes à chaleur, et raccordé les dernières rues chauffées au gaz. Les émissions du chauffage ont baissé de plusieurs centaines de milliers de tonnes par an.',
        steps: ['Plan chaleur et objectifs', 'Conversion des centrales', 'Raccordement des zones au gaz', 'Pompes à chaleur et stockage'],
        sourceLabels: ['Ville de Copenhague', 'HOFOR, la régie municipale'],
      },
      es: {
        title: 'Copenhague: calefacción urbana para casi todos los edificios, ahora sin carbón',
        summary:
          'Copenhague calienta casi todos sus edificios con una única red de calefacción urbana. En una década, la ciudad y sus empresas públicas sustituyeron el carbón de las centrales de cogeneración por biomasa, calor residual y las primeras grandes bombas de calor, y conectaron las últimas calles con gas. Las emisiones de la calefacción bajaron varios cientos de miles de toneladas al año.',
        steps: ['Plan de calor y objetivos', 'Conversión de las centrales', 'Conexión de las zonas con gas', 'Bombas de calor y almacenamiento'],
        sourceLabels: ['Ayuntamiento de Copenhague', 'HOFOR, la empresa municipal'],
      },
      pt: {
        title: 'Copenhaga: aquecimento urbano para quase todos os edifícios, agora sem carvão',
        summary:
          'Copenhaga aquece quase todos os edifícios através de uma única rede de aquecimento urbano. Numa década, a cidade e as suas empresas públicas substituíram o carvão das centrais de cogeração por biomassa, calor residual e as primeiras grandes bombas de calor, e ligaram as últimas ruas aquecidas a gás. As emissões do aquecimento caíram várias centenas de milhares de toneladas por ano.',
        steps: ['Plano de calor e metas', 'Conversão das centrais', 'Ligação das zonas a gás', 'Bombas de calor e armazenamento'],
        sourceLabels: ['Município de Copenhaga', 'HOFOR, a empresa municipal'],
        challenge: [
          'O calor é a maior necessidade energética de uma cidade do norte da Europa. Em Copenhaga, uma rede construída desde os anos 1920 já chegava a quase todos os edifícios, mas por volta de 2010 grande parte do calor ainda vinha de carvão e gás queimados em grandes centrais de cogeração.',
          'A cidade tinha-se comprometido com a neutralidade carbónica e sabia que não a alcançaria sem mudar o que a rede queima. Milhares de famílias nos bairros periféricos ainda usavam caldeiras individuais a gás.',
        ],
        solution: [
          'A empresa municipal e as empresas regionais de transporte de calor converteram as principais centrais de carvão para pellets e estilha de madeira e construíram uma nova unidade a biomassa, enquanto a incineração de resíduos continuou a fornecer o calor de base.',
          'Os planos de calor designaram as zonas ainda a gás para a rede urbana, com ligação em condições fixas. Começaram a ser instaladas grandes bombas de calor que aproveitam águas residuais, água do mar e calor industrial, além de armazenamento de calor para acompanhar a energia eólica.',
        ],
        results: [
          'O último carvão foi queimado nas centrais da cidade no início da década de 2020. A rede cobre cerca de 98% da procura de calor e as emissões do aquecimento são estimadas em várias centenas de milhares de toneladas por ano abaixo das de 2010.',
          'As faturas típicas de aquecimento mantiveram-se abaixo do custo de uma caldeira individual a gás, o que preservou o apoio público durante a crise do gás de 2022.',
        ],
      },
    },
  },
  {
    slug: 'cape-town-paying-for-rooftop-solar',
    title: 'Cape Town: paying homes and businesses for the solar power they feed in',
    summary:
      'Facing years of national power cuts, Cape Town opened its grid to rooftop solar: households and businesses can register small generators, get a bidirectional meter and be credited, and since 2023 paid in cash, for the electricity they export. Registered capacity has grown quickly, easing load shedding while lowering emissions on one of the most coal-intensive grids in the world.',
    challenge: [
      'South Africa’s electricity comes mostly from coal, and rolling blackouts (load shedding) became a near-daily reality from 2019. Many Cape Town residents and firms installed solar panels anyway, often without registering them, which is unsafe for grid workers and left their surplus power unused.',
      'As the city buys and resells most of its electricity, it also needed a way to keep revenue stable while customers generated more of their own.',
    ],
    objectives: [
      'Bring rooftop systems into a safe, registered and metered framework.',
      'Reward exports so that owners size systems for the grid, not only for themselves.',
      'Reduce the hours of load shedding the city has to pass on to its customers.',
    ],
    solution: [
      'The city set up a registration process for small-scale embedded generation with published technical rules and a list of approved inverters. Registered customers receive a bidirectional meter and a feed-in tariff for exported power.',
      'A later scheme pays eligible customers in cash rather than only in credit, and the city began buying power from larger private producers on its own network.',
      'An online portal lets installers submit applications and track them, which cut processing times.',
    ],
    results: [
      'Registered rooftop capacity has grown to the order of a hundred megawatts, with many thousands of systems. The city estimates that this avoids well over one hundred thousand tonnes of CO2e a year, given the coal-heavy grid; the figure is approximate and self-reported.',
      'Exported solar power helps shave the midday peak, and the city has been able to shield its customers from some stages of national load shedding.',
    ],
    successFactors: [
      'A city that distributes its own electricity and can set tariffs, subject to the national regulator.',
      'Clear technical rules and an online application process that installers understand.',
      'A strong incentive from households and firms themselves: reliable power during outages.',
    ],
    limitingFactors: [
      'Incentives favour owners who can afford panels; low-income households benefit only indirectly.',
      'The municipal electricity budget depends on sales, so tariffs must balance rewarding exports against revenue losses.',
    ],
    replication: {
      guidance: [
        'Cities that distribute electricity can start with registration and metering rules before any payment, then add a feed-in tariff sized to what they pay for bulk power.',
      ],
      powers: 'Distribution licence, or an agreement with the distribution utility, and tariff-setting power.',
      budget: 'Moderate: meters, staff, an online portal and the tariff itself.',
      partners: 'Energy regulator, installers’ associations, inverter suppliers, banks offering solar loans.',
      time: 'One to two years for rules and registration; payments can follow.',
    },
    steps: [
      { title: 'Technical rules', description: 'Published standards for grid-tied inverters and a list of approved equipment.' },
      { title: 'Registration and meters', description: 'An online application and the installation of bidirectional meters.' },
      { title: 'Feed-in tariff', description: 'A tariff for exported power, approved by the national regulator.' },
      { title: 'Cash payments', description: 'Eligible exporters paid in cash, and power bought from larger private producers.' },
    ],
    timeline: 'Registration rules from about 2014; feed-in tariff soon after; cash payments from 2023.',
    stakeholders: 'City of Cape Town electricity department, installers, homeowners and businesses, the national energy regulator.',
    leadCity: 'cape-town',
    themes: ['energy-systems', 'governance-policy', 'data-digital'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2014,
    impact: {
      emissionsReduced: 140000,
      baselineYear: 2014,
      lifetimeYears: 20,
      method: 'other',
      methodNote: 'City estimate: registered capacity × typical yield × national grid factor; rounded.',
      verificationLevel: 'self_reported',
      renewableProduced: 150000,
      coBenefits: ['energy_security', 'local_economy', 'jobs'],
    },
    budget: {
      amount: 120000000,
      currency: 'ZAR',
      financing: 'Approximate city spending on meters, staff, the portal and feed-in payments, from the electricity budget; the panels are paid for by their owners.',
    },
    sourceLinks: [{ label: 'City of Cape Town', url: 'https://www.capetown.gov.za' }],
    partners: [{ name: 'National Energy Regulator of South Africa', role: 'Approves municipal electricity tariffs' }],
    contact: demoContact('embedded generation', 'City of Cape Town', 'capetown-solar'),
    lookingForPartners: true,
    featured: true,
    publishedDaysAgo: 95,
    translations: {
      fr: {
        title: 'Le Cap : rémunérer les foyers et les entreprises pour l’électricité solaire qu’ils injectent',
        summary:
          'Face à des années de délestages, Le Cap a ouvert son réseau au solaire sur toiture : foyers et entreprises peuvent déclarer leur installation, recevoir un compteur bidirectionnel et être crédités, et depuis 2023 payés, pour l’électricité injectée. La puissance déclarée a vite augmenté, ce qui soulage les coupures et réduit les émissions sur un réseau très carboné.',
        steps: ['Règles techniques', 'Déclaration et compteurs', 'Tarif de rachat', 'Paiements en espèces'],
        sourceLabels: ['Ville du Cap'],
      },
      es: {
        title: 'Ciudad del Cabo: pagar a hogares y empresas por la energía solar que vierten a la red',
        summary:
          'Tras años de cortes de electricidad, Ciudad del Cabo abrió su red al autoconsumo solar: hogares y empresas registran sus instalaciones, reciben un contador bidireccional y se les abona, y desde 2023 se les paga, la energía que exportan. La potencia registrada creció deprisa, aliviando los cortes y reduciendo emisiones en una red basada en el carbón.',
        steps: ['Normas técnicas', 'Registro y contadores', 'Tarifa de inyección', 'Pagos en efectivo'],
        sourceLabels: ['Ciudad del Cabo'],
      },
      pt: {
        title: 'Cidade do Cabo: pagar a casas e empresas pela energia solar que injetam na rede',
        summary:
          'Depois de anos de cortes de energia, a Cidade do Cabo abriu a rede ao solar nos telhados: famílias e empresas registam os sistemas, recebem um contador bidirecional e são creditadas, e desde 2023 pagas, pela energia que exportam. A potência registada cresceu depressa, aliviando os cortes e reduzindo emissões numa rede dominada pelo carvão.',
        steps: ['Regras técnicas', 'Registo e contadores', 'Tarifa de injeção', 'Pagamentos em dinheiro'],
        sourceLabels: ['Cidade do Cabo'],
      },
    },
  },
  {
    slug: 'adelaide-virtual-power-plant-public-housing',
    title: 'Adelaide: a virtual power plant on public housing roofs',
    summary:
      'South Australia installs solar panels and home batteries on public and community housing around Adelaide at no cost to tenants, and runs them together as a virtual power plant that supports the grid. Tenants pay less for electricity; the state grid gains fast, dispatchable capacity. Thousands of homes take part, with an aim of scaling to tens of thousands.',
    challenge: [
      'South Australia has one of the highest shares of wind and solar power in the world, which makes the grid cleaner but harder to balance, especially in the evening peak.',
      'Public housing tenants, often on low incomes, could not install solar themselves and paid some of the highest electricity prices in Australia.',
    ],
    objectives: [
      'Cut electricity bills for public housing tenants.',
      'Add flexible capacity to a grid with a high share of variable renewables.',
      'Test a business model where an operator finances equipment and is repaid from energy and grid services.',
    ],
    solution: [
      'The state government partnered with a technology company and an electricity retailer. The operator installs a solar system and a battery on each home, owns and maintains them, and sells electricity to tenants at a discounted tariff.',
      'The batteries are controlled centrally, so together they act like a power plant that can respond within seconds to grid events and supply power during peaks.',
    ],
    results: [
      'Several thousand homes have been equipped in successive phases. The fleet has responded to grid disturbances faster than conventional plants, and tenants report lower bills.',
      'The programme estimates savings of several thousand tonnes of CO2e a year; because the state grid is already fairly clean, the main benefits are lower bills and grid stability.',
    ],
    successFactors: [
      'A single public landlord able to decide for thousands of roofs at once.',
      'A grid operator and market rules that pay for fast frequency response.',
      'Tenants bear no upfront cost and no technical responsibility.',
    ],
    limitingFactors: [
      'Roll-out has been slower than the first announcements, as each phase depended on financing and equipment supply.',
      'Value depends on market rules for grid services, which can change.',
    ],
    replication: {
      guidance: [
        'Start with a pilot of about a hundred homes owned by one public landlord, measure the bill savings and grid response, and use the data to attract an operator for a larger phase.',
      ],
      powers: 'Control over public housing stock; a retail electricity market that allows aggregators.',
      budget: 'Mostly private capital repaid over about ten years; public grants or loans to start.',
      partners: 'Housing agency, technology supplier, licensed retailer, grid operator.',
      time: 'A pilot in one year; thousands of homes in three to five.',
    },
    steps: [
      { title: 'Trial', description: 'About one hundred public housing homes equipped to test the technology and tenant acceptance.' },
      { title: 'Scale-up phases', description: 'Further homes added in phases as financing and supply allowed.' },
      { title: 'Market participation', description: 'The fleet registered to sell fast grid services.' },
    ],
    timeline: 'Announced in 2018; trial the same year; later phases since then.',
    stakeholders: 'State government, public housing agency, technology provider, electricity retailer, tenants, the market operator.',
    leadCity: 'adelaide',
    themes: ['energy-systems', 'just-transition', 'finance-investment'],
    scale: 'regional',
    implementationStatus: 'ongoing',
    startYear: 2018,
    impact: {
      emissionsReduced: 8000,
      baselineYear: 2017,
      lifetimeYears: 15,
      method: 'other',
      methodNote: 'Programme estimate from installed capacity and average yield; approximate.',
      verificationLevel: 'self_reported',
      renewableProduced: 30000,
      coBenefits: ['energy_poverty', 'equity', 'energy_security', 'resilience'],
    },
    budget: {
      amount: 40000000,
      currency: 'AUD',
      financing: 'Public grant and loan from the state’s renewable technology fund (approximate amount); the equipment itself is financed by the operator and repaid through electricity sales and grid services.',
    },
    partners: [{ name: 'Government of South Australia', role: 'Programme owner and public landlord' }],
    contact: demoContact('virtual power plant', 'Government of South Australia', 'adelaide-vpp'),
    publishedDaysAgo: 610,
    translations: {
      fr: {
        title: 'Adélaïde : une centrale électrique virtuelle sur les toits des logements sociaux',
        summary:
          'L’Australie-Méridionale installe panneaux solaires et batteries sur des logements sociaux autour d’Adélaïde, sans frais pour les locataires, et les pilote ensemble comme une centrale virtuelle qui soutient le réseau. Les locataires paient moins ; le réseau gagne une capacité rapide et pilotable. Des milliers de logements y participent.',
        steps: ['Essai', 'Phases d’extension', 'Participation au marché'],
      },
      es: {
        title: 'Adelaida: una central eléctrica virtual en los tejados de la vivienda social',
        summary:
          'Australia Meridional instala paneles solares y baterías domésticas en viviendas sociales de Adelaida sin coste para los inquilinos y las gestiona juntas como una central virtual que apoya la red. Los inquilinos pagan menos; la red gana capacidad rápida y gestionable. Participan miles de viviendas.',
        steps: ['Prueba piloto', 'Fases de ampliación', 'Participación en el mercado'],
      },
      pt: {
        title: 'Adelaide: uma central elétrica virtual nos telhados da habitação social',
        summary:
          'A Austrália do Sul instala painéis solares e baterias em habitação social em Adelaide sem custos para os inquilinos e gere-os em conjunto como uma central virtual que apoia a rede. Os inquilinos pagam menos; a rede ganha capacidade rápida e controlável. Participam milhares de casas.',
        steps: ['Ensaio', 'Fases de expansão', 'Participação no mercado'],
      },
    },
  },
  {
    slug: 'seoul-one-less-nuclear-power-plant',
    title: 'Seoul: “One Less Nuclear Power Plant” through saving and local generation',
    summary:
      'In 2012 Seoul set out to save or generate locally as much energy as one nuclear reactor produces, through building retrofits, LED lighting, balcony solar panels, energy-saving incentives and citizen campaigns. The city reported reaching its first target ahead of schedule and continued with a second phase focused on self-sufficiency and energy welfare.',
    challenge: [
      'Seoul, a city of about ten million people, produced only a few percent of the electricity it consumed. After the Fukushima disaster and a near-blackout in 2011, energy security and the role of nuclear power became national concerns.',
      'The city had few powers over national energy policy, but a large say over its own buildings, lighting and citizens’ behaviour.',
    ],
    objectives: [
      'Reduce demand and increase local generation by the equivalent of one nuclear reactor’s annual output.',
      'Involve citizens, schools and businesses rather than rely only on public investment.',
      'Raise the city’s electricity self-sufficiency.',
    ],
    solution: [
      'The programme combined dozens of measures: mandatory energy standards for new buildings, low-interest loans for retrofits, LED replacement in public spaces and subway stations, solar on public buildings, and subsidies for small solar panels that apartment residents can hang from their balconies.',
      'An “eco-mileage” scheme rewarded households and companies that cut their consumption, and neighbourhood energy-saving groups ran local campaigns.',
    ],
    results: [
      'The city reported reaching its first savings target in 2014, earlier than planned, with about half of the effect from efficiency and saving and the rest from local generation. Hundreds of thousands of households joined the eco-mileage scheme.',
      'The annual emissions effect is estimated at several hundred thousand tonnes of CO2e; the figure is the city’s own and mixes behaviour change with technical measures.',
    ],
    successFactors: [
      'A simple, memorable goal that people could understand.',
      'Strong political leadership and a dedicated citizens’ committee.',
      'A mix of many small measures that each group could take part in.',
    ],
    limitingFactors: [
      'Savings from behaviour change are hard to measure and can fade.',
      'Local generation remains small compared with the city’s consumption.',
    ],
    replication: {
      guidance: [
        'Choose one concrete goal expressed in everyday terms, list every lever the city controls, and give each community group a measure it can carry out and count.',
      ],
      powers: 'Building standards for new construction, control over public assets, grant and loan programmes.',
      budget: 'Large overall, but spread across many measures; a large share came from private investment and loans.',
      partners: 'Citizens’ committee, schools, businesses, energy cooperatives, district offices.',
      time: 'Two to three years for a first phase; an ongoing programme after that.',
    },
    steps: [
      { title: 'Goal and governance', description: 'A citizens’ committee and the mayor set a goal equal to one reactor’s output.' },
      { title: 'Buildings and lighting', description: 'Retrofit loans, new building standards and LED replacement.' },
      { title: 'Local solar', description: 'Solar on public buildings and subsidised balcony panels for apartments.' },
      { title: 'Citizen incentives', description: 'Eco-mileage rewards and neighbourhood saving campaigns.' },
    ],
    timeline: 'Phase one 2012–2014; phase two from 2014 to about 2020.',
    stakeholders: 'Seoul Metropolitan Government, a citizens’ committee, district offices, households, schools, businesses, energy cooperatives.',
    leadCity: 'seoul',
    themes: ['energy-systems', 'citizen-engagement', 'governance-policy'],
    scale: 'city',
    implementationStatus: 'completed',
    startYear: 2012,
    endYear: 2020,
    impact: {
      emissionsReduced: 900000,
      baselineYear: 2011,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'City estimate converted from reported energy savings and generation; approximate and not audited.',
      verificationLevel: 'self_reported',
      energySaved: 2000000,
      renewableProduced: 300000,
      coBenefits: ['energy_security', 'air_quality', 'energy_poverty'],
    },
    budget: {
      amount: 500000000000,
      currency: 'KRW',
      financing: 'Order of magnitude for phase one, public and private together: city budget, low-interest retrofit loans and private investment in solar.',
    },
    sourceLinks: [{ label: 'Seoul Metropolitan Government', url: 'https://english.seoul.go.kr' }],
    partners: [{ name: 'Neighbourhood energy-saving groups', role: 'Ran local saving campaigns' }],
    contact: demoContact('energy policy', 'Seoul Metropolitan Government', 'seoul-energy'),
    featured: true,
    publishedDaysAgo: 880,
    translations: {
      fr: {
        title: 'Séoul : « une centrale nucléaire en moins » grâce aux économies et à la production locale',
        summary:
          'En 2012, Séoul a entrepris d’économiser ou de produire localement autant d’énergie qu’un réacteur nucléaire : rénovation des bâtiments, éclairage LED, panneaux solaires de balcon, incitations et campagnes citoyennes. La ville indique avoir atteint son premier objectif en avance et a lancé une deuxième phase.',
        steps: ['Objectif et gouvernance', 'Bâtiments et éclairage', 'Solaire local', 'Incitations citoyennes'],
        sourceLabels: ['Gouvernement métropolitain de Séoul'],
      },
      es: {
        title: 'Seúl: «una central nuclear menos» gracias al ahorro y la generación local',
        summary:
          'En 2012 Seúl se propuso ahorrar o generar localmente tanta energía como produce un reactor nuclear, con rehabilitación de edificios, iluminación LED, paneles solares de balcón, incentivos y campañas ciudadanas. La ciudad afirma haber alcanzado su primer objetivo antes de lo previsto.',
        steps: ['Objetivo y gobernanza', 'Edificios e iluminación', 'Solar local', 'Incentivos ciudadanos'],
        sourceLabels: ['Gobierno Metropolitano de Seúl'],
      },
      pt: {
        title: 'Seul: «menos uma central nuclear» com poupança e produção local',
        summary:
          'Em 2012, Seul propôs-se poupar ou produzir localmente tanta energia quanto um reator nuclear, com reabilitação de edifícios, iluminação LED, painéis solares de varanda, incentivos e campanhas com os cidadãos. A cidade afirma ter atingido a primeira meta antes do previsto.',
        steps: ['Meta e governação', 'Edifícios e iluminação', 'Solar local', 'Incentivos aos cidadãos'],
        sourceLabels: ['Governo Metropolitano de Seul'],
      },
    },
  },
  {
    slug: 'valencia-neighbourhood-energy-offices',
    title: 'Valencia: neighbourhood energy offices against energy poverty',
    summary:
      'Valencia opened free energy offices in its districts where residents get help to read their bills, apply for social tariffs, cut consumption and join solar self-consumption projects and energy communities. Run by the city’s climate and energy foundation, the offices turn the Mission city’s neutrality goal into advice people can use at home.',
    challenge: [
      'Many Valencian households, especially older people and tenants, pay more than they need to for electricity because of complex tariffs, and some cannot afford to keep their homes cool in summer or warm in winter.',
      'Rooftop solar and energy communities were growing, but mostly among owners who already had the information and the means.',
    ],
    objectives: [
      'Reduce energy poverty by helping households use the tariffs and aid they are entitled to.',
      'Spread self-consumption and energy communities beyond early adopters.',
      'Give the city’s climate-neutrality plan a visible presence in every district.',
    ],
    solution: [
      'The city’s climate and energy foundation set up physical offices in several districts, staffed by trained advisers. Residents bring their bills; advisers check contracts, apply for the social electricity tariff where eligible and suggest low-cost savings.',
      'The offices also run workshops, help neighbours form energy communities on public and private roofs, and refer homes to renovation aid.',
    ],
    results: [
      'Thousands of households have been advised, with typical bill savings from contract changes alone. Several energy communities have started on municipal roofs.',
      'The emissions effect is modest, roughly a thousand tonnes of CO2e a year by the foundation’s estimate; the main outcomes are social.',
    ],
    successFactors: [
      'Offices in the neighbourhoods, open without appointment, run by people residents can trust.',
      'A foundation that links the offices with the city’s wider energy plan and EU projects.',
    ],
    limitingFactors: [
      'Advice alone does not fund renovations; households still depend on national and EU grants.',
      'Staff funding has relied partly on time-limited projects.',
    ],
    replication: {
      guidance: [
        'Begin with one office in the district with the highest share of energy-poor households; train advisers in tariffs and social aid before technical topics.',
      ],
      powers: 'Social services and municipal buildings; no energy powers are needed.',
      budget: 'Small to moderate: rent-free municipal premises and a few advisers per office.',
      partners: 'Social services, consumer associations, energy cooperatives, universities.',
      time: 'A first office in six months.',
    },
    steps: [
      { title: 'Foundation mandate', description: 'The city’s climate and energy foundation was given the task and a budget.' },
      { title: 'Opening offices', description: 'Offices opened in several districts in municipal premises.' },
      { title: 'Advice and aid', description: 'Bill checks, social tariff applications and savings advice.' },
      { title: 'Energy communities', description: 'Support for neighbours to share solar power from nearby roofs.' },
    ],
    timeline: 'First offices around 2019; more districts added since.',
    stakeholders: 'Valencia City Council, its climate and energy foundation, social services, neighbourhood associations, energy cooperatives.',
    leadCity: 'valencia',
    themes: ['energy-systems', 'citizen-engagement', 'just-transition'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2019,
    impact: {
      emissionsReduced: 1200,
      baselineYear: 2019,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'Foundation estimate from advised households and facilitated solar; approximate.',
      verificationLevel: 'self_reported',
      energySaved: 4000,
      renewableProduced: 2500,
      coBenefits: ['energy_poverty', 'equity', 'health'],
    },
    budget: {
      amount: 6000000,
      currency: 'EUR',
      financing: 'Approximate total since the start: municipal budget through the foundation, with EU project funding for some offices and workshops.',
    },
    sourceLinks: [{ label: 'Valencia City Council', url: 'https://www.valencia.es' }],
    partners: [{ name: 'València Clima i Energia Foundation', role: 'Runs the energy offices' }],
    contact: demoContact('energy offices', 'Valencia City Council', 'valencia-energy'),
    lookingForPartners: true,
    publishedDaysAgo: 30,
    translations: {
      fr: {
        title: 'Valence : des bureaux de l’énergie de quartier contre la précarité énergétique',
        summary:
          'Valence a ouvert dans ses quartiers des bureaux de l’énergie gratuits où les habitants apprennent à lire leurs factures, demandent les tarifs sociaux, réduisent leur consommation et rejoignent des projets d’autoconsommation solaire et des communautés énergétiques.',
        steps: ['Mandat de la fondation', 'Ouverture des bureaux', 'Conseil et aides', 'Communautés énergétiques'],
        sourceLabels: ['Mairie de Valence'],
      },
      es: {
        title: 'Valencia: oficinas de la energía en los barrios contra la pobreza energética',
        summary:
          'Valencia abrió oficinas de la energía gratuitas en sus distritos, donde los vecinos reciben ayuda para entender sus facturas, solicitar el bono social, reducir el consumo y sumarse a proyectos de autoconsumo solar y comunidades energéticas. Las gestiona la fundación municipal de clima y energía.',
        steps: ['Encargo a la fundación', 'Apertura de oficinas', 'Asesoramiento y ayudas', 'Comunidades energéticas'],
        sourceLabels: ['Ayuntamiento de Valencia'],
        challenge: [
          'Muchos hogares valencianos, sobre todo personas mayores e inquilinos, pagan más de lo necesario por la electricidad por la complejidad de las tarifas, y algunos no pueden mantener la vivienda fresca en verano ni caliente en invierno.',
          'El autoconsumo solar y las comunidades energéticas crecían, pero sobre todo entre propietarios que ya tenían información y medios.',
        ],
        solution: [
          'La fundación municipal de clima y energía abrió oficinas presenciales en varios distritos, atendidas por asesores formados. Los vecinos llevan sus facturas; los asesores revisan los contratos, tramitan el bono social cuando corresponde y proponen ahorros de bajo coste.',
          'Las oficinas organizan talleres, ayudan a formar comunidades energéticas en tejados públicos y privados y derivan viviendas a las ayudas de rehabilitación.',
        ],
        results: [
          'Miles de hogares han recibido asesoramiento, con ahorros en la factura solo por cambios de contrato. Varias comunidades energéticas han arrancado en tejados municipales.',
          'El efecto en emisiones es modesto, alrededor de mil toneladas de CO2e al año según la fundación; los principales resultados son sociales.',
        ],
      },
      pt: {
        title: 'Valência: gabinetes de energia nos bairros contra a pobreza energética',
        summary:
          'Valência abriu gabinetes de energia gratuitos nos bairros, onde os moradores recebem ajuda para ler as faturas, pedir a tarifa social, reduzir o consumo e aderir a projetos de autoconsumo solar e comunidades de energia.',
        steps: ['Mandato da fundação', 'Abertura dos gabinetes', 'Aconselhamento e apoios', 'Comunidades de energia'],
        sourceLabels: ['Câmara Municipal de Valência'],
      },
    },
  },
]
