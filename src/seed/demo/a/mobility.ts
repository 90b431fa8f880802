import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const mobilityPractices: DemoPractice[] = [
  {
    slug: 'bogota-transmilenio-bus-rapid-transit',
    title: 'Bogotá: TransMilenio, a bus rapid transit network carrying millions',
    summary:
      'Bogotá built TransMilenio, a network of dedicated busways with stations where passengers pay before boarding, high-capacity articulated buses and private operators paid per kilometre. It carries millions of trips a day at a fraction of the cost of a metro, replaced thousands of old minibuses and became a model copied by cities on every continent. Its emission reductions were verified under the UN’s Clean Development Mechanism.',
    challenge: [
      'At the end of the 1990s Bogotá’s public transport consisted of thousands of privately owned buses and minibuses competing for passengers on congested streets. Trips were slow, unsafe and polluting, and a metro was repeatedly planned but never financed.',
    ],
    objectives: [
      'Offer fast, reliable mass transit in a few years and at an affordable cost.',
      'Replace the old, competing bus fleet with a regulated system.',
      'Cut travel times, accidents and air pollution.',
    ],
    solution: [
      'The city built trunk corridors with two lanes per direction in the middle of main avenues, closed stations with level boarding and off-board fare collection, and feeder routes into poor outer neighbourhoods.',
      'A public company plans the service and collects fares; private companies, many formed by former bus owners, buy and run the buses and are paid per kilometre driven, not per passenger, which ended the “war for the passenger”.',
      'The network was built in phases, with national co-financing, alongside a large network of protected bike lanes and the Sunday car-free Ciclovía.',
    ],
    results: [
      'TransMilenio carries in the order of two million trips on a working day. Travel times on trunk corridors fell sharply and road deaths on them dropped.',
      'Its emission reductions, in the order of a quarter of a million tonnes of CO2e a year during its crediting period (rounded here), were verified by an independent entity under the Clean Development Mechanism, a first for a bus system.',
    ],
    successFactors: [
      'Strong mayoral leadership and a quick first phase that showed results within one term.',
      'Paying operators per kilometre, with the fare system in public hands.',
      'National co-financing for the infrastructure.',
    ],
    limitingFactors: [
      'Success brought overcrowding: demand outgrew capacity and satisfaction fell.',
      'Fares cover operations but not expansion; feeder areas and informal transport still need integration.',
    ],
    replication: {
      guidance: [
        'Start with one or two corridors where demand is highest, bring existing bus owners into the operating companies, and keep fare collection and planning public.',
      ],
      powers: 'Control of street space and public transport regulation.',
      budget: 'High but far below rail: roughly ten million US dollars per kilometre, depending on the design.',
      partners: 'National government, existing bus operators, development banks, urban planners.',
      time: 'Two to three years for a first phase.',
    },
    steps: [
      { title: 'Plan and company', description: 'A public company created to plan the network and manage fares.' },
      { title: 'First corridors', description: 'Busways, stations and terminals on the main avenues.' },
      { title: 'Operators', description: 'Concessions to private operators paid per kilometre; old buses scrapped.' },
      { title: 'Extension', description: 'Further phases and feeder routes, including beyond the city limits.' },
    ],
    timeline: 'Planning from 1998; first line opened in December 2000; extensions in later phases.',
    stakeholders: 'Mayor’s office, TransMilenio company, national government, private operators, former bus owners, the neighbouring municipality of Soacha.',
    leadCity: 'bogota',
    otherLocations: ['soacha'],
    themes: ['mobility', 'governance-policy', 'finance-investment'],
    scale: 'metropolitan',
    implementationStatus: 'ongoing',
    startYear: 1998,
    impact: {
      emissionsReduced: 250000,
      baselineYear: 2000,
      lifetimeYears: 20,
      method: 'other',
      methodNote: 'Clean Development Mechanism methodology for bus rapid transit, verified by a designated operational entity; rounded.',
      verificationLevel: 'independently_verified',
      energySaved: 600000,
      coBenefits: ['air_quality', 'mobility_access', 'equity', 'health'],
    },
    budget: {
      amount: 2000000000,
      currency: 'USD',
      financing: 'Approximate cost of the trunk network over several phases: national co-financing, a local fuel surcharge and city funds; buses financed by the private operators.',
    },
    sourceLinks: [{ label: 'TransMilenio S.A.', url: 'https://www.transmilenio.gov.co' }],
    partners: [{ name: 'TransMilenio S.A.', role: 'Public company planning the system and managing fares', url: 'https://www.transmilenio.gov.co' }],
    contact: demoContact('bus rapid transit', 'Bogotá Mayor’s Office', 'bogota-brt'),
    featured: true,
    publishedDaysAgo: 1090,
    translations: {
      fr: {
        title: 'Bogotá : TransMilenio, un réseau de bus à haut niveau de service pour des millions d’usagers',
        summary:
          'Bogotá a créé TransMilenio : des couloirs de bus réservés, des stations où l’on paie avant de monter, des bus articulés de grande capacité et des opérateurs privés payés au kilomètre. Il assure des millions de trajets par jour pour une fraction du coût d’un métro et a inspiré des villes sur tous les continents.',
        steps: ['Plan et société publique', 'Premiers couloirs', 'Opérateurs', 'Extension'],
      },
      es: {
        title: 'Bogotá: TransMilenio, un sistema de buses de tránsito rápido que mueve a millones',
        summary:
          'Bogotá construyó TransMilenio: carriles exclusivos, estaciones con pago antes de abordar, buses articulados de gran capacidad y operadores privados pagados por kilómetro. Mueve millones de viajes al día por una fracción del coste de un metro y ha sido copiado en todos los continentes.',
        challenge: [
          'A finales de los años noventa el transporte público de Bogotá estaba formado por miles de buses y busetas privados que competían por los pasajeros en calles congestionadas. Los viajes eran lentos, inseguros y contaminantes, y el metro se planeaba una y otra vez sin llegar a financiarse.',
        ],
        solution: [
          'La ciudad construyó troncales con dos carriles por sentido en el centro de las grandes avenidas, estaciones cerradas con abordaje a nivel y pago antes de entrar, y rutas alimentadoras hacia los barrios periféricos.',
          'Una empresa pública planifica el servicio y recauda las tarifas; empresas privadas, muchas formadas por antiguos propietarios de buses, compran y operan los vehículos y cobran por kilómetro recorrido, no por pasajero, lo que acabó con la «guerra del centavo».',
          'La red se construyó por fases con cofinanciación nacional, junto a una gran red de ciclorrutas y la Ciclovía dominical.',
        ],
        results: [
          'TransMilenio mueve del orden de dos millones de viajes en un día laborable. Los tiempos de viaje en las troncales bajaron mucho y también las muertes en la vía.',
          'Sus reducciones de emisiones, del orden de un cuarto de millón de toneladas de CO2e al año durante su periodo de acreditación (cifra redondeada), fueron verificadas por una entidad independiente en el marco del Mecanismo de Desarrollo Limpio, algo inédito para un sistema de buses.',
        ],
        steps: ['Plan y empresa pública', 'Primeras troncales', 'Operadores', 'Ampliación'],
      },
      pt: {
        title: 'Bogotá: TransMilenio, uma rede de BRT que transporta milhões',
        summary:
          'Bogotá construiu o TransMilenio: corredores exclusivos, estações com pagamento antes do embarque, autocarros articulados de grande capacidade e operadores privados pagos ao quilómetro. Transporta milhões de viagens por dia por uma fração do custo de um metro e foi copiado em todos os continentes.',
        steps: ['Plano e empresa pública', 'Primeiros corredores', 'Operadores', 'Expansão'],
      },
    },
  },
  {
    slug: 'lagos-brt-lite',
    title: 'Lagos: BRT-Lite, bus rapid transit adapted to a tight budget',
    summary:
      'Lagos adapted Bogotá’s bus rapid transit model to its own means: a “lite” corridor of about twenty kilometres, mostly on separated lanes, built in around a year and a half at low cost. Buses run by an operators’ cooperative cut fares and travel times for a couple of hundred thousand riders a day, making it the first BRT in sub-Saharan Africa and a reference for later lines.',
    challenge: [
      'Millions of Lagosians depended on thousands of small, overcrowded minibuses (danfos) stuck in some of the worst traffic in the world. Journeys of a few kilometres could take hours, and fares rose with congestion.',
      'The metropolitan transport authority had a limited budget and no track record in building mass transit.',
    ],
    objectives: [
      'Prove that a high-quality bus corridor could work in Lagos quickly and cheaply.',
      'Bring existing bus operators into the new system rather than against it.',
    ],
    solution: [
      'Staff of the transport authority studied Bogotá and adapted its principles: lanes separated by kerbs along most of the corridor, simple stations, a franchised operator and a single fare.',
      'To keep costs down, the design skipped closed stations and full segregation at some junctions. A cooperative formed by members of the road transport workers’ union ran the buses, bought with commercial loans.',
    ],
    results: [
      'The corridor opened in 2008. Ridership reached roughly two hundred thousand passengers a day, with shorter travel times and lower fares than the minibuses on the same route.',
      'The authority estimates savings of some tens of thousands of tonnes of CO2e a year, rounded and self-reported. The success led to a longer BRT line later.',
    ],
    successFactors: [
      'Learning from Bogotá but simplifying the design to fit the budget.',
      'Including the bus workers’ union instead of displacing it.',
      'A metropolitan transport authority with a clear mandate.',
    ],
    limitingFactors: [
      'Lane enforcement weakened over time, and bus supply lagged behind demand.',
      'Without fare integration, passengers still combine several modes and fares.',
    ],
    replication: {
      guidance: [
        'Study a working system abroad, then cut what you cannot afford without losing dedicated lanes and a regulated operator: those two make the difference.',
      ],
      powers: 'Metropolitan authority over road space and bus licensing.',
      budget: 'Low for a BRT: a few million US dollars per kilometre.',
      partners: 'Transport workers’ union, development banks, banks for bus loans.',
      time: 'About eighteen months to build a first corridor.',
    },
    steps: [
      { title: 'Learn from Bogotá', description: 'Transport authority staff studied TransMilenio and adapted its principles.' },
      { title: 'Build the corridor', description: 'Separated lanes and simple stations on about twenty kilometres.' },
      { title: 'Operator and buses', description: 'A cooperative of union members bought buses with commercial loans.' },
    ],
    timeline: 'Design in 2006–2007; opened in March 2008; later lines built on its experience.',
    stakeholders: 'Lagos State Government, the metropolitan transport authority, the road transport workers’ union, the World Bank, passengers.',
    leadCity: 'lagos',
    themes: ['mobility', 'governance-policy', 'capacity-building'],
    scale: 'metropolitan',
    implementationStatus: 'ongoing',
    startYear: 2006,
    impact: {
      emissionsReduced: 20000,
      baselineYear: 2007,
      lifetimeYears: 15,
      method: 'other',
      methodNote: 'Authority estimate from passenger shift and fleet change; rounded.',
      verificationLevel: 'self_reported',
      coBenefits: ['mobility_access', 'equity', 'air_quality', 'jobs'],
    },
    budget: {
      amount: 40000000,
      currency: 'USD',
      financing: 'Approximate infrastructure cost paid by Lagos State with support from a World Bank urban transport project; buses financed by the operator with commercial loans.',
    },
    partners: [
      { name: 'Lagos Metropolitan Area Transport Authority', role: 'Planned and regulates the corridor' },
      { name: 'World Bank', role: 'Urban transport project support', url: 'https://www.worldbank.org' },
    ],
    contact: demoContact('bus rapid transit', 'Lagos Metropolitan Area Transport Authority', 'lagos-brt'),
    replicates: { slug: 'bogota-transmilenio-bus-rapid-transit', kind: 'adapts' },
    publishedDaysAgo: 400,
    translations: {
      fr: {
        title: 'Lagos : le BRT-Lite, un bus à haut niveau de service adapté à un petit budget',
        summary:
          'Lagos a adapté le modèle de Bogotá à ses moyens : un corridor « allégé » d’une vingtaine de kilomètres, surtout en voies séparées, construit en un an et demi à faible coût. Les bus d’une coopérative d’opérateurs ont réduit tarifs et temps de trajet pour environ deux cent mille voyageurs par jour.',
        steps: ['Apprendre de Bogotá', 'Construire le corridor', 'Opérateur et bus'],
      },
      es: {
        title: 'Lagos: BRT-Lite, un sistema de buses rápidos adaptado a un presupuesto ajustado',
        summary:
          'Lagos adaptó el modelo de Bogotá a sus medios: un corredor «ligero» de unos veinte kilómetros, casi todo en carriles separados, construido en año y medio a bajo coste. Los buses de una cooperativa de operadores rebajaron tarifas y tiempos para unos doscientos mil viajeros al día.',
        steps: ['Aprender de Bogotá', 'Construir el corredor', 'Operador y buses'],
      },
      pt: {
        title: 'Lagos: BRT-Lite, um BRT adaptado a um orçamento apertado',
        summary:
          'Lagos adaptou o modelo de Bogotá aos seus meios: um corredor «ligeiro» de cerca de vinte quilómetros, quase todo em vias separadas, construído em ano e meio a baixo custo. Os autocarros de uma cooperativa de operadores baixaram tarifas e tempos para cerca de duzentos mil passageiros por dia.',
        steps: ['Aprender com Bogotá', 'Construir o corredor', 'Operador e autocarros'],
      },
    },
  },
  {
    slug: 'medellin-metrocable-hillside-neighbourhoods',
    title: 'Medellín: cable cars that connect hillside neighbourhoods to the metro',
    summary:
      'Medellín was the first city to use aerial cable cars as part of its mass transit system. The Metrocable lines climb from metro stations to informal settlements on steep hillsides, with a single fare, and came with libraries, parks and new streets around the stations. Trips that took more than an hour now take minutes, for some of the city’s poorest residents.',
    challenge: [
      'Tens of thousands of people lived in self-built neighbourhoods on the steep slopes above the valley, cut off from the metro by narrow, winding roads. Reaching a job downtown could take well over an hour by informal buses, and the areas suffered from violence and neglect.',
    ],
    objectives: [
      'Connect hillside neighbourhoods to the metro quickly and cheaply.',
      'Use the transport investment to bring public services and safety to those neighbourhoods.',
    ],
    solution: [
      'The metro company built gondola lines from metro stations up the slopes, fully integrated into the fare system. Stations were placed to need few demolitions.',
      'Around the stations, the city carried out integrated urban projects: libraries, schools, sports fields, footpaths and street lighting, designed with residents.',
    ],
    results: [
      'The first line carries tens of thousands of passengers a day, and further lines have followed. Travel times to the centre fell sharply, and studies have associated the projects with less violence and more local commerce.',
      'The emission reduction, roughly twenty thousand tonnes of CO2e a year for the first lines (rounded from the project’s registered estimate and reviewed by experts), comes mostly from fewer bus trips up the slopes.',
    ],
    successFactors: [
      'A competent public metro company with stable finances.',
      'Combining transport with social investment and participation.',
      'Cable technology suited to steep slopes where roads cannot be widened.',
    ],
    limitingFactors: [
      'Capacity is limited compared with rail or bus rapid transit.',
      'Gondolas need careful maintenance and stop in strong winds or outages.',
    ],
    replication: {
      guidance: [
        'Cable transit fits dense, steep neighbourhoods close to an existing trunk line; plan the stations together with the public spaces around them.',
      ],
      powers: 'Transport authority powers and the ability to invest in neighbourhood upgrading.',
      budget: 'Tens of millions of US dollars per line, far less than tunnels or roads on such slopes.',
      partners: 'Metro operator, cable manufacturers, community organisations, urban development agency.',
      time: 'Two to three years per line.',
    },
    steps: [
      { title: 'Route and stations', description: 'A line from a metro station up the slopes, with few demolitions.' },
      { title: 'Construction', description: 'Gondola line built and integrated into the metro fare system.' },
      { title: 'Neighbourhood projects', description: 'Libraries, parks, paths and lighting around the stations, designed with residents.' },
      { title: 'More lines', description: 'Further lines on other hillsides.' },
    ],
    timeline: 'First line opened in 2004; further lines since 2008.',
    stakeholders: 'Metro de Medellín, the mayor’s office, the urban development company, residents and community boards.',
    leadCity: 'medellin',
    themes: ['mobility', 'just-transition'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2002,
    impact: {
      emissionsReduced: 20000,
      baselineYear: 2003,
      lifetimeYears: 30,
      method: 'other',
      methodNote: 'Rounded from the project’s registered emission reduction estimate; reviewed by experts, not re-measured.',
      verificationLevel: 'expert_reviewed',
      coBenefits: ['mobility_access', 'equity', 'health', 'local_economy'],
    },
    budget: {
      amount: 26000000,
      currency: 'USD',
      financing: 'Approximate cost of the first line, shared by the metro company and the city, with transfers from the municipally owned utility.',
    },
    sourceLinks: [{ label: 'Metro de Medellín', url: 'https://www.metrodemedellin.gov.co' }],
    partners: [{ name: 'Metro de Medellín', role: 'Builds and operates the cable lines', url: 'https://www.metrodemedellin.gov.co' }],
    contact: demoContact('cable transit', 'Metro de Medellín', 'medellin-metrocable'),
    publishedDaysAgo: 820,
    translations: {
      fr: {
        title: 'Medellín : des téléphériques qui relient les quartiers des collines au métro',
        summary:
          'Medellín a été la première ville à intégrer des télécabines à son réseau de transport en commun. Les lignes Metrocable montent des stations de métro vers des quartiers informels à flanc de colline, avec un ticket unique, accompagnées de bibliothèques, parcs et rues. Des trajets d’une heure prennent désormais quelques minutes.',
        steps: ['Tracé et stations', 'Construction', 'Projets de quartier', 'Nouvelles lignes'],
      },
      es: {
        title: 'Medellín: cables aéreos que conectan los barrios de ladera con el metro',
        summary:
          'Medellín fue la primera ciudad en usar cables aéreos como parte de su sistema de transporte masivo. Las líneas del Metrocable suben desde estaciones del metro hasta barrios informales en laderas empinadas, con tarifa integrada, y llegaron con bibliotecas, parques y calles. Viajes de más de una hora ahora duran minutos.',
        challenge: [
          'Decenas de miles de personas vivían en barrios autoconstruidos en las laderas empinadas del valle, aislados del metro por calles estrechas y sinuosas. Llegar a un trabajo en el centro podía tomar mucho más de una hora en buses informales, y la zona sufría violencia y abandono.',
        ],
        solution: [
          'La empresa del metro construyó líneas de cabinas desde estaciones del metro ladera arriba, totalmente integradas en el sistema de tarifas. Las estaciones se ubicaron para requerir pocas demoliciones.',
          'Alrededor de las estaciones, la ciudad desarrolló proyectos urbanos integrales: bibliotecas, colegios, canchas, senderos y alumbrado, diseñados con los vecinos.',
        ],
        results: [
          'La primera línea transporta decenas de miles de pasajeros al día y se han construido más. Los tiempos de viaje al centro bajaron mucho, y los estudios asocian los proyectos con menos violencia y más comercio local.',
          'La reducción de emisiones, unas veinte mil toneladas de CO2e al año en las primeras líneas (cifra redondeada de la estimación registrada del proyecto y revisada por expertos), proviene sobre todo de menos viajes en bus ladera arriba.',
        ],
        steps: ['Trazado y estaciones', 'Construcción', 'Proyectos de barrio', 'Más líneas'],
      },
      pt: {
        title: 'Medellín: teleféricos que ligam os bairros das encostas ao metro',
        summary:
          'Medellín foi a primeira cidade a usar teleféricos como parte do transporte coletivo. As linhas do Metrocable sobem das estações de metro até bairros informais em encostas íngremes, com tarifa integrada, acompanhadas de bibliotecas, parques e ruas. Viagens de mais de uma hora passaram a durar minutos.',
        steps: ['Traçado e estações', 'Construção', 'Projetos de bairro', 'Mais linhas'],
      },
    },
  },
  {
    slug: 'shenzhen-all-electric-bus-fleet',
    title: 'Shenzhen: the first megacity with an all-electric bus fleet',
    summary:
      'Shenzhen replaced its entire public bus fleet, some sixteen thousand vehicles, with battery-electric buses in about eight years. Leasing arrangements spread the high purchase price, manufacturers guaranteed the batteries, and depots were equipped for overnight charging. Streets became quieter and cleaner, and the model has since been studied by cities from Santiago to London.',
    challenge: [
      'Shenzhen’s thousands of diesel buses contributed heavily to air pollution and noise in one of China’s fastest-growing cities.',
      'Electric buses cost much more to buy than diesel ones, and bus companies doubted their range and battery life.',
    ],
    objectives: [
      'Electrify all public buses, then taxis.',
      'Make the switch affordable for the bus companies without cutting service.',
    ],
    solution: [
      'Bus companies leased buses and batteries instead of buying them outright, paying from operating savings; manufacturers guaranteed battery life for the whole contract. National and city subsidies, reduced over time, closed the remaining gap.',
      'Charging was built mainly in depots for overnight charging, with some fast chargers at terminals, installed and run by grid companies and private operators. Routes and timetables were adjusted to the buses’ range.',
    ],
    results: [
      'By the end of 2017 the whole bus fleet was electric, and most taxis followed. Electric buses use far less energy per kilometre than diesel ones.',
      'Net emission savings are estimated at several hundred thousand tonnes of CO2e a year; the figure is the city’s, rounded, and depends on the coal share of the regional grid.',
    ],
    successFactors: [
      'Strong national and local industrial policy, with a major manufacturer based in the city.',
      'Leasing and battery guarantees that moved technology risk away from the operators.',
      'Depot charging planned together with the grid company.',
    ],
    limitingFactors: [
      'Large subsidies were available that few other cities can match.',
      'The climate benefit depends on how clean the electricity grid becomes.',
    ],
    replication: {
      guidance: [
        'Separate the ownership of buses and batteries from operation, get battery-life guarantees, and electrify whole depots at once rather than single routes.',
      ],
      powers: 'Control over bus procurement or contracts with operators.',
      budget: 'High upfront, offset by lower energy and maintenance costs over the life of the buses.',
      partners: 'Bus operators, manufacturers, leasing companies, grid company.',
      time: 'Five to ten years for a large fleet.',
    },
    steps: [
      { title: 'Pilot routes', description: 'First electric buses tested on selected routes.' },
      { title: 'Leasing model', description: 'Buses and batteries leased with manufacturer guarantees.' },
      { title: 'Depot charging', description: 'Overnight charging built in depots with the grid company.' },
      { title: 'Whole fleet', description: 'Remaining diesel buses replaced route by route.' },
    ],
    timeline: 'Pilots from 2009; rapid scale-up from about 2015; whole fleet electric by end of 2017.',
    stakeholders: 'Shenzhen municipal government, the city’s bus companies, a local vehicle manufacturer, leasing firms, the grid company.',
    leadCity: 'shenzhen',
    themes: ['mobility', 'finance-investment', 'governance-policy'],
    scale: 'city',
    implementationStatus: 'completed',
    startYear: 2009,
    endYear: 2017,
    impact: {
      emissionsReduced: 450000,
      baselineYear: 2009,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'City estimate of diesel avoided net of grid electricity; rounded.',
      verificationLevel: 'self_reported',
      energySaved: 2000000,
      coBenefits: ['air_quality', 'noise', 'health', 'local_economy'],
    },
    budget: {
      amount: 20000000000,
      currency: 'CNY',
      financing: 'Order of magnitude for buses and chargers: national and city purchase subsidies, leasing financed by manufacturers and financial firms, charging investment by grid and private companies.',
    },
    partners: [
      { name: 'Shenzhen Bus Group', role: 'Largest bus operator in the city' },
      { name: 'BYD', role: 'Shenzhen-based manufacturer of electric buses and batteries' },
    ],
    contact: demoContact('electric buses', 'Shenzhen Transport Bureau', 'shenzhen-ebus'),
    lookingForPartners: true,
    publishedDaysAgo: 300,
    translations: {
      fr: {
        title: 'Shenzhen : la première mégapole à flotte de bus entièrement électrique',
        summary:
          'Shenzhen a remplacé toute sa flotte de bus publics, environ seize mille véhicules, par des bus électriques en huit ans environ. Le crédit-bail a étalé le coût d’achat, les constructeurs ont garanti les batteries et les dépôts ont été équipés pour la recharge de nuit. Les rues sont plus calmes et l’air plus propre.',
        steps: ['Lignes pilotes', 'Crédit-bail', 'Recharge au dépôt', 'Toute la flotte'],
      },
      es: {
        title: 'Shenzhen: la primera megaciudad con toda su flota de buses eléctrica',
        summary:
          'Shenzhen sustituyó toda su flota de buses públicos, unos dieciséis mil vehículos, por buses eléctricos en unos ocho años. El arrendamiento repartió el alto precio de compra, los fabricantes garantizaron las baterías y las cocheras se equiparon para cargar de noche. Las calles son más silenciosas y limpias.',
        steps: ['Líneas piloto', 'Arrendamiento', 'Carga en cocheras', 'Toda la flota'],
      },
      pt: {
        title: 'Shenzhen: a primeira megacidade com toda a frota de autocarros elétrica',
        summary:
          'Shenzhen substituiu toda a frota de autocarros públicos, cerca de dezasseis mil veículos, por autocarros elétricos em cerca de oito anos. O leasing repartiu o elevado preço de compra, os fabricantes garantiram as baterias e os depósitos passaram a carregar de noite. As ruas ficaram mais silenciosas e limpas.',
        steps: ['Linhas piloto', 'Leasing', 'Carregamento nos depósitos', 'Toda a frota'],
      },
    },
  },
  {
    slug: 'kigali-car-free-days',
    title: 'Kigali: car-free days that bring residents onto the streets',
    summary:
      'Twice a month Kigali closes main streets to cars on a Sunday morning so that residents can walk, run, cycle and exercise together, with free health checks along the route. Started in 2016, the car-free days have become a popular city ritual, part of a wider effort to make walking and cycling safer and to show what streets without cars can be.',
    challenge: [
      'Kigali is growing fast and car ownership is rising, bringing congestion, air pollution and road danger to a city whose residents mostly walk or use motorcycle taxis.',
      'Non-communicable diseases linked to inactivity were increasing, and few public spaces existed for exercise.',
    ],
    objectives: [
      'Encourage physical activity and walking and cycling.',
      'Change how residents see streets, as places for people and not only cars.',
      'Build support for pedestrian zones and cycle lanes.',
    ],
    solution: [
      'On two Sunday mornings a month, the city closes a network of main roads to motorised traffic. Mass exercise sessions, cycling, running groups and games take place along the route, and health staff offer free screening for blood pressure, diabetes and eyesight.',
      'The car-free days accompany permanent changes: a car-free zone in the city centre, new sidewalks and the first cycle lanes.',
    ],
    results: [
      'Thousands of people take part in each event, and screenings have detected many previously unknown health conditions. The idea has spread to other Rwandan towns.',
      'Direct emission savings are small, a few hundred tonnes of CO2e a year by a rough estimate; the value is in health and in changing attitudes to street space.',
    ],
    successFactors: [
      'A culture of regular community activities and strong city leadership.',
      'Linking the event to public health, which widened support.',
      'A fixed, predictable schedule.',
    ],
    limitingFactors: [
      'One morning twice a month has limited effect on everyday travel.',
      'Permanent infrastructure for walking and cycling is still catching up.',
    ],
    replication: {
      guidance: [
        'Start with one route on one Sunday a month, partner with health services and sports clubs from the first event, and publish the schedule a year ahead.',
      ],
      powers: 'Authority to close streets temporarily.',
      budget: 'Small: traffic management, staff and communication.',
      partners: 'Health ministry or services, police, sports federations, schools.',
      time: 'A first event within three months.',
    },
    steps: [
      { title: 'First event', description: 'A first car-free morning on a central route.' },
      { title: 'Health partners', description: 'Free health screening and exercise sessions along the route.' },
      { title: 'Regular schedule', description: 'Two Sunday mornings a month, announced in advance.' },
      { title: 'Permanent changes', description: 'A car-free zone downtown, sidewalks and cycle lanes.' },
    ],
    timeline: 'Monthly from 2016, twice a month since.',
    stakeholders: 'City of Kigali, the health ministry and biomedical centre, police, sports groups, residents.',
    leadCity: 'kigali',
    themes: ['mobility', 'citizen-engagement'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2016,
    impact: {
      emissionsReduced: 300,
      baselineYear: 2016,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'Rough estimate of car trips avoided on event days; self-reported.',
      verificationLevel: 'self_reported',
      coBenefits: ['health', 'air_quality', 'noise', 'equity'],
    },
    budget: {
      amount: 150000000,
      currency: 'RWF',
      financing: 'Approximate yearly cost from the city budget, with health screening provided by national health services and support from sponsors.',
    },
    sourceLinks: [{ label: 'City of Kigali', url: 'https://www.kigalicity.gov.rw' }],
    contact: demoContact('car-free days', 'City of Kigali', 'kigali-carfree'),
    partners: [{ name: 'Rwanda Biomedical Centre', role: 'Free health screening on car-free days' }],
    lookingForPartners: true,
    publishedDaysAgo: 12,
    translations: {
      fr: {
        title: 'Kigali : des journées sans voiture qui rendent la rue aux habitants',
        summary:
          'Deux fois par mois, Kigali ferme ses grandes rues aux voitures le dimanche matin pour que les habitants marchent, courent, pédalent et fassent du sport ensemble, avec des dépistages de santé gratuits. Lancées en 2016, ces journées sont devenues un rituel populaire et accompagnent une politique en faveur de la marche et du vélo.',
        challenge: [
          'Kigali grandit vite et le nombre de voitures augmente, avec son lot d’embouteillages, de pollution et d’insécurité routière, dans une ville où la plupart des habitants se déplacent à pied ou en moto-taxi.',
          'Les maladies non transmissibles liées à la sédentarité progressaient, et les espaces publics pour faire du sport étaient rares.',
        ],
        solution: [
          'Deux dimanches matin par mois, la ville ferme un réseau de grandes artères à la circulation motorisée. Séances de sport collectif, vélo, course et jeux se déroulent le long du parcours, et des soignants proposent un dépistage gratuit de l’hypertension, du diabète et des troubles de la vue.',
          'Ces journées accompagnent des changements permanents : une zone sans voiture au centre-ville, de nouveaux trottoirs et les premières pistes cyclables.',
        ],
        results: [
          'Des milliers de personnes participent à chaque édition, et les dépistages ont révélé de nombreux problèmes de santé jusque-là inconnus. L’idée s’est étendue à d’autres villes du Rwanda.',
          'Les économies directes d’émissions sont faibles, quelques centaines de tonnes de CO2e par an selon une estimation grossière ; l’intérêt est dans la santé et le changement de regard sur la rue.',
        ],
        steps: ['Première édition', 'Partenaires de santé', 'Calendrier régulier', 'Changements permanents'],
        sourceLabels: ['Ville de Kigali'],
      },
      es: {
        title: 'Kigali: días sin coches que llevan a los vecinos a la calle',
        summary:
          'Dos veces al mes Kigali cierra sus avenidas principales a los coches un domingo por la mañana para que los vecinos caminen, corran, pedaleen y hagan ejercicio juntos, con controles de salud gratuitos. Iniciados en 2016, se han convertido en un ritual popular de la ciudad.',
        steps: ['Primera jornada', 'Socios de salud', 'Calendario regular', 'Cambios permanentes'],
        sourceLabels: ['Ciudad de Kigali'],
      },
      pt: {
        title: 'Kigali: dias sem carros que levam os moradores para a rua',
        summary:
          'Duas vezes por mês Kigali fecha as avenidas principais aos carros num domingo de manhã para que os moradores caminhem, corram, pedalem e façam exercício juntos, com rastreios de saúde gratuitos. Iniciados em 2016, tornaram-se um ritual popular da cidade.',
        steps: ['Primeira edição', 'Parceiros de saúde', 'Calendário regular', 'Mudanças permanentes'],
        sourceLabels: ['Cidade de Kigali'],
      },
    },
  },
  {
    slug: 'paris-cycling-plan-15-minute-city',
    title: 'Paris: a cycling network and the 15-minute city',
    summary:
      'Paris has turned hundreds of kilometres of traffic lanes into protected cycle tracks, made pop-up lanes permanent after 2020, closed streets outside schools to cars and adopted the goal of a “15-minute city”, where daily needs are within a short walk or ride. Cycling has grown strongly and car traffic has fallen, in a Mission city aiming for climate neutrality.',
    challenge: [
      'Car traffic dominated Paris streets, causing air pollution above health limits, noise and road danger, while most Parisians do not own a car. Cycling was marginal and felt unsafe on busy boulevards.',
    ],
    objectives: [
      'Make cycling safe and practical across the city.',
      'Reduce car traffic and pollution and give space back to pedestrians and greenery.',
      'Bring shops, services and green space within fifteen minutes of every home.',
    ],
    solution: [
      'Successive cycling plans financed continuous, protected tracks on major axes, including east–west and north–south routes, bike parking and contraflow lanes. Temporary lanes set up during the 2020 lockdowns were made permanent.',
      'Streets outside schools were closed to cars and often planted; parking spaces were converted to terraces, trees and bike parking. The 15-minute city principle guides where the city opens services, markets and sports facilities, and opens school yards to the public outside school hours.',
    ],
    results: [
      'Counts show cycling has multiplied on the main axes, and on some routes bicycles now outnumber cars at peak times. Car traffic in the city has fallen markedly over the past decade.',
      'The city estimates reductions of tens of thousands of tonnes of CO2e a year from trips shifted to cycling; the estimate is rounded and self-reported. Air quality has improved.',
    ],
    successFactors: [
      'Political commitment sustained across two mayoral terms and a clear plan with a budget.',
      'The 2020 crisis used as an opportunity to test lanes quickly.',
      'Visible, continuous routes rather than isolated segments.',
    ],
    limitingFactors: [
      'Conflicts over space with motorists, delivery services and some businesses.',
      'Many commuters come from suburbs where cycling infrastructure is still thinner.',
    ],
    replication: {
      guidance: [
        'Build a few continuous, protected main routes first, test them with temporary materials if needed, and pair cycling with local services so that short trips become the norm.',
      ],
      powers: 'Control over street space, parking and traffic rules.',
      budget: 'From tens to hundreds of millions of euros over a plan period, depending on city size.',
      partners: 'Cyclists’ associations, schools and parents, businesses, the regional transport authority.',
      time: 'A network takes five to ten years; temporary lanes can appear in weeks.',
    },
    steps: [
      { title: 'First cycling plan', description: 'Protected tracks on major axes and more bike parking.' },
      { title: 'Pop-up lanes', description: 'Temporary lanes during the 2020 lockdowns, later made permanent.' },
      { title: 'School streets', description: 'Streets outside schools closed to cars and planted.' },
      { title: 'Fifteen-minute city', description: 'Services, markets and school yards opened close to every home.' },
    ],
    timeline: 'Cycling plan 2015–2020; second plan 2021–2026; school streets and 15-minute city measures since 2020.',
    stakeholders: 'City of Paris, district mayors, cyclists’ and residents’ associations, schools, businesses, the regional transport authority.',
    leadCity: 'paris',
    themes: ['mobility', 'governance-policy', 'citizen-engagement'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2015,
    impact: {
      emissionsReduced: 60000,
      baselineYear: 2014,
      lifetimeYears: 20,
      method: 'other',
      methodNote: 'City estimate of car kilometres shifted to cycling; rounded, excludes rebound effects.',
      verificationLevel: 'self_reported',
      coBenefits: ['air_quality', 'noise', 'health', 'mobility_access'],
    },
    budget: {
      amount: 250000000,
      currency: 'EUR',
      financing: 'About 250 million euros announced for the 2021–2026 cycling plan (approximate), from the city’s investment budget with regional co-funding for some routes.',
    },
    sourceLinks: [{ label: 'City of Paris', url: 'https://www.paris.fr' }],
    partners: [{ name: 'Paris en Selle', role: 'Cyclists’ association consulted on the network' }],
    contact: demoContact('cycling plan', 'City of Paris', 'paris-cycling'),
    publishedDaysAgo: 200,
    translations: {
      fr: {
        title: 'Paris : un réseau cyclable et la ville du quart d’heure',
        summary:
          'Paris a transformé des centaines de kilomètres de voies de circulation en pistes cyclables protégées, pérennisé les « coronapistes » de 2020, fermé aux voitures les rues devant les écoles et adopté l’objectif de la ville du quart d’heure. Le vélo a fortement progressé et la circulation automobile a reculé.',
        challenge: [
          'La voiture dominait les rues de Paris, avec une pollution de l’air au-delà des seuils sanitaires, du bruit et de l’insécurité routière, alors que la plupart des Parisiens n’ont pas de voiture. Le vélo restait marginal et semblait dangereux sur les grands boulevards.',
        ],
        solution: [
          'Des plans vélo successifs ont financé des pistes continues et protégées sur les grands axes, dont des itinéraires est–ouest et nord–sud, du stationnement vélo et des doubles sens cyclables. Les pistes temporaires créées lors des confinements de 2020 ont été pérennisées.',
          'Les rues devant les écoles ont été fermées aux voitures et souvent végétalisées ; des places de stationnement sont devenues terrasses, arbres et arceaux. Le principe de la ville du quart d’heure oriente l’implantation des services, marchés et équipements sportifs, et les cours d’école s’ouvrent au public hors temps scolaire.',
        ],
        results: [
          'Les comptages montrent que le vélo a été multiplié sur les grands axes ; sur certains itinéraires, les vélos dépassent désormais les voitures aux heures de pointe. La circulation automobile a nettement baissé en dix ans.',
          'La ville estime la réduction à plusieurs dizaines de milliers de tonnes de CO2e par an grâce aux trajets reportés sur le vélo ; l’estimation est arrondie et déclarative. La qualité de l’air s’est améliorée.',
        ],
        steps: ['Premier plan vélo', 'Pistes temporaires', 'Rues aux écoles', 'Ville du quart d’heure'],
        sourceLabels: ['Ville de Paris'],
      },
      es: {
        title: 'París: una red ciclista y la ciudad de los 15 minutos',
        summary:
          'París ha convertido cientos de kilómetros de carriles de tráfico en ciclovías protegidas, hizo permanentes los carriles provisionales de 2020, cerró al tráfico las calles frente a las escuelas y adoptó el objetivo de la ciudad de los 15 minutos. La bicicleta ha crecido con fuerza y el tráfico ha bajado.',
        steps: ['Primer plan ciclista', 'Carriles provisionales', 'Calles escolares', 'Ciudad de los 15 minutos'],
        sourceLabels: ['Ayuntamiento de París'],
      },
      pt: {
        title: 'Paris: uma rede ciclável e a cidade dos 15 minutos',
        summary:
          'Paris transformou centenas de quilómetros de faixas de trânsito em ciclovias protegidas, tornou permanentes as faixas provisórias de 2020, fechou ao trânsito as ruas junto às escolas e adotou o objetivo da cidade dos 15 minutos. A bicicleta cresceu muito e o trânsito automóvel diminuiu.',
        steps: ['Primeiro plano ciclável', 'Faixas provisórias', 'Ruas escolares', 'Cidade dos 15 minutos'],
        sourceLabels: ['Câmara de Paris'],
      },
    },
  },
]
