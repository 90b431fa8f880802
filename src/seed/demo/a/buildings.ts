import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const buildingPractices: DemoPractice[] = [
  {
    slug: 'vancouver-zero-emissions-building-plan',
    title: 'Vancouver: stepping new buildings down to zero emissions',
    summary:
      'Vancouver’s Zero Emissions Building Plan lowers, in announced steps, the carbon and energy limits that new buildings must meet under the city’s building by-law, so that most new buildings are heated without fossil gas. Because the steps were published years ahead, designers, builders and trades had time to learn, and the market for heat pumps and high-performance envelopes grew with them.',
    challenge: [
      'More than half of Vancouver’s emissions came from burning natural gas in buildings, mainly for space and water heating. Every new gas-heated building locked in decades of emissions.',
      'The construction industry was wary of sudden rule changes and worried about cost and skills.',
    ],
    objectives: [
      'Make most new buildings zero-emission in operation by the mid-2020s.',
      'Give the industry a predictable schedule and support to meet it.',
      'Lead by example with city-owned buildings.',
    ],
    solution: [
      'The plan set greenhouse gas intensity and thermal energy limits for each building type and a timetable for tightening them. The limits are written into the city’s own building by-law, which Vancouver, unusually in Canada, controls directly.',
      'New city buildings were built to Passive House or near-zero standards. A centre of excellence, created with industry, trains designers and trades and publishes lessons from early projects. Rezoning policy rewards low-emission designs.',
    ],
    results: [
      'Most new residential and office buildings now use electric heat pumps. The city estimates that the buildings completed under the plan avoid tens of thousands of tonnes of CO2e a year compared with gas-heated equivalents, a figure that grows with each year of construction.',
      'Vancouver has one of the largest concentrations of Passive House buildings in North America, and local supply chains for high-performance windows and ventilation have developed.',
    ],
    successFactors: [
      'The city’s own building by-law, which lets it go beyond the provincial code.',
      'Limits announced years ahead, with a training centre to help the industry meet them.',
      'Measuring performance in carbon and energy, not prescribing technologies.',
    ],
    limitingFactors: [
      'The plan covers new buildings; the existing stock needs separate measures.',
      'Housing affordability debates make any perceived cost increase contentious.',
    ],
    replication: {
      guidance: [
        'Cities without their own building code can apply the same limits through rezoning conditions, land sales and their own buildings, and lobby for a stepped code at regional or national level.',
      ],
      powers: 'Authority over building standards, or at least over rezoning and public land.',
      budget: 'Small public budget for staff and training; construction costs are borne by developers.',
      partners: 'Builders’ and architects’ associations, utilities, colleges training trades.',
      time: 'About ten years from adoption to zero-emission new buildings.',
    },
    steps: [
      { title: 'Adopt the plan', description: 'Council adopted the plan with limits and a timetable per building type.' },
      { title: 'City buildings first', description: 'New city-owned buildings designed to zero-emission standards.' },
      { title: 'Industry support', description: 'A centre of excellence for training and sharing lessons from early projects.' },
      { title: 'Tighten the limits', description: 'Limits in the building by-law lowered on the announced schedule.' },
    ],
    timeline: 'Plan adopted in 2016; limits tightened in steps through the 2020s.',
    stakeholders: 'City of Vancouver, developers, architects, trades, utilities, the provincial government.',
    leadCity: 'vancouver',
    themes: ['buildings', 'governance-policy', 'capacity-building'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2016,
    impact: {
      emissionsReduced: 40000,
      baselineYear: 2007,
      lifetimeYears: 50,
      method: 'gpc',
      methodNote: 'City estimate of gas heating avoided in buildings completed since 2016, against a gas-heated reference; approximate.',
      verificationLevel: 'expert_reviewed',
      energySaved: 150000,
      coBenefits: ['air_quality', 'health', 'jobs'],
    },
    budget: {
      amount: 20000000,
      currency: 'CAD',
      financing: 'Approximate public spending on staff, training and incentives; the buildings themselves are financed by their developers.',
    },
    sourceLinks: [{ label: 'City of Vancouver', url: 'https://vancouver.ca' }],
    partners: [{ name: 'Zero Emissions Building Exchange', role: 'Industry centre of excellence for training and case studies' }],
    contact: demoContact('green buildings', 'City of Vancouver', 'vancouver-buildings'),
    publishedDaysAgo: 720,
    translations: {
      fr: {
        title: 'Vancouver : des bâtiments neufs amenés pas à pas à zéro émission',
        summary:
          'Le plan « bâtiments zéro émission » de Vancouver abaisse par étapes annoncées les plafonds de carbone et d’énergie que doivent respecter les bâtiments neufs, si bien que la plupart sont désormais chauffés sans gaz fossile. Les étapes connues à l’avance ont laissé au secteur le temps d’apprendre.',
        steps: ['Adopter le plan', 'Les bâtiments municipaux d’abord', 'Accompagner la filière', 'Abaisser les plafonds'],
        sourceLabels: ['Ville de Vancouver'],
      },
      es: {
        title: 'Vancouver: edificios nuevos llevados paso a paso a cero emisiones',
        summary:
          'El plan de edificios de cero emisiones de Vancouver rebaja en etapas anunciadas los límites de carbono y energía que deben cumplir los edificios nuevos, de modo que la mayoría ya se calientan sin gas fósil. Al conocer las etapas con años de antelación, el sector tuvo tiempo de aprender.',
        steps: ['Aprobar el plan', 'Primero los edificios municipales', 'Apoyo al sector', 'Endurecer los límites'],
        sourceLabels: ['Ciudad de Vancouver'],
      },
      pt: {
        title: 'Vancouver: edifícios novos levados passo a passo a zero emissões',
        summary:
          'O plano de edifícios de zero emissões de Vancouver reduz, em etapas anunciadas, os limites de carbono e energia que os edifícios novos têm de cumprir, pelo que a maioria já é aquecida sem gás fóssil. Conhecendo as etapas com anos de antecedência, o setor teve tempo para aprender.',
        steps: ['Aprovar o plano', 'Primeiro os edifícios municipais', 'Apoio ao setor', 'Apertar os limites'],
        sourceLabels: ['Cidade de Vancouver'],
      },
    },
  },
  {
    slug: 'tokyo-cap-and-trade-large-buildings',
    title: 'Tokyo: a cap-and-trade scheme for large buildings',
    summary:
      'Since 2010 Tokyo has capped the emissions of its largest office buildings, commercial facilities and factories and let them trade reductions: the first city-level cap-and-trade scheme in the world. Owners report verified emissions every year and must cut them by a set percentage per compliance period; most did more than required, mainly through efficiency and better building management.',
    challenge: [
      'Commercial and office buildings are a large and growing share of Tokyo’s emissions. A voluntary reporting programme had raised awareness but had not led to the deep cuts the metropolitan government aimed for.',
      'National climate policy offered no binding instrument for the building sector.',
    ],
    objectives: [
      'Cut emissions from the largest facilities by a defined share in successive compliance periods.',
      'Let owners choose how to reduce, with trading for those who over- or under-achieve.',
      'Build reliable data on building energy use.',
    ],
    solution: [
      'The metropolitan government used its environmental ordinance to set mandatory caps for about 1,300 facilities above an energy-use threshold. Each facility’s base emissions are its average over chosen past years; the cap falls in each five-year period.',
      'Owners submit annual reports checked by registered verification bodies. Facilities that beat their cap earn credits they can sell; others may buy credits, including from small facilities and renewable energy. Top-level performers get reduced obligations.',
    ],
    results: [
      'Covered facilities reported emissions well below their base years, in the order of a quarter lower in the first periods, with much of the reduction from efficiency measures and operational changes. Trading volumes stayed modest because most facilities met their caps on their own.',
      'The yearly reduction amounts to roughly three million tonnes of CO2e by the scheme’s published results (rounded here); part of it reflects the power-saving drive after the 2011 earthquake.',
    ],
    successFactors: [
      'An earlier mandatory reporting programme that gave reliable baselines.',
      'Years of consultation with building owners before the caps took effect.',
      'Third-party verification of every facility report.',
    ],
    limitingFactors: [
      'Only large facilities are covered; small buildings need other instruments.',
      'Credit prices have been low, so trading gives weak extra incentives.',
    ],
    replication: {
      guidance: [
        'A city can start with mandatory energy reporting for large buildings; after a few years of verified data, caps can be set on that baseline.',
      ],
      powers: 'Legal authority to impose emission limits on private facilities, for example through an environmental ordinance.',
      budget: 'Administrative costs for the scheme and its registry; reductions are paid for by owners.',
      partners: 'Building owners’ associations, verification bodies, energy auditors.',
      time: 'About three to five years from reporting to caps.',
    },
    steps: [
      { title: 'Mandatory reporting', description: 'Large facilities report their emissions and reduction plans.' },
      { title: 'Consultation', description: 'Caps, baselines and trading rules negotiated with owners.' },
      { title: 'Caps take effect', description: 'First compliance period with verified annual reports.' },
      { title: 'Tighter periods', description: 'Deeper reduction obligations in later periods.' },
    ],
    timeline: 'Reporting from 2002; caps from April 2010; five-year compliance periods since.',
    stakeholders: 'Tokyo Metropolitan Government, owners of about 1,300 large facilities, verification bodies, tenants.',
    leadCity: 'tokyo',
    themes: ['buildings', 'governance-policy', 'data-digital'],
    scale: 'metropolitan',
    implementationStatus: 'ongoing',
    startYear: 2010,
    impact: {
      emissionsReduced: 3000000,
      baselineYear: 2005,
      lifetimeYears: 15,
      method: 'other',
      methodNote: 'Facility reports verified by registered bodies; rounded from the scheme’s published totals against base-year emissions.',
      verificationLevel: 'independently_verified',
      energySaved: 5000000,
      coBenefits: ['energy_security', 'air_quality'],
    },
    budget: {
      amount: 1500000000,
      currency: 'JPY',
      financing: 'Approximate administrative cost from the metropolitan budget; reduction measures are financed by building owners.',
    },
    sourceLinks: [{ label: 'Tokyo Metropolitan Government', url: 'https://www.metro.tokyo.lg.jp' }],
    partners: [{ name: 'Registered verification bodies', role: 'Check each facility’s annual emissions report' }],
    contact: demoContact('emissions trading', 'Tokyo Metropolitan Government', 'tokyo-cap'),
    publishedDaysAgo: 960,
    translations: {
      fr: {
        title: 'Tokyo : un système de plafonnement et d’échange pour les grands bâtiments',
        summary:
          'Depuis 2010, Tokyo plafonne les émissions de ses plus grands immeubles de bureaux, centres commerciaux et usines et leur permet d’échanger leurs réductions : le premier marché carbone à l’échelle d’une ville. Les émissions sont vérifiées chaque année ; la plupart des sites ont fait mieux que l’exigé.',
        steps: ['Déclaration obligatoire', 'Concertation', 'Entrée en vigueur des plafonds', 'Périodes plus exigeantes'],
        sourceLabels: ['Gouvernement métropolitain de Tokyo'],
      },
      es: {
        title: 'Tokio: un sistema de límites y comercio de emisiones para grandes edificios',
        summary:
          'Desde 2010 Tokio limita las emisiones de sus mayores edificios de oficinas, centros comerciales y fábricas y les permite intercambiar reducciones: el primer mercado de carbono de una ciudad. Las emisiones se verifican cada año; la mayoría de las instalaciones superó lo exigido.',
        steps: ['Informes obligatorios', 'Consulta', 'Entrada en vigor de los límites', 'Periodos más exigentes'],
        sourceLabels: ['Gobierno Metropolitano de Tokio'],
      },
      pt: {
        title: 'Tóquio: um sistema de limites e comércio de emissões para grandes edifícios',
        summary:
          'Desde 2010 Tóquio limita as emissões dos seus maiores edifícios de escritórios, centros comerciais e fábricas e permite-lhes negociar reduções: o primeiro mercado de carbono de uma cidade. As emissões são verificadas todos os anos; a maioria das instalações foi além do exigido.',
        steps: ['Relatórios obrigatórios', 'Consulta', 'Entrada em vigor dos limites', 'Períodos mais exigentes'],
        sourceLabels: ['Governo Metropolitano de Tóquio'],
      },
    },
  },
  {
    slug: 'saitama-emissions-trading-linked-to-tokyo',
    title: 'Saitama: an emissions trading scheme linked to Tokyo’s',
    summary:
      'A year after Tokyo, the neighbouring prefecture of Saitama started its own target-setting emissions trading scheme for large offices and factories, built on the same rules so that credits can move between the two systems. Replicating a proven design let Saitama launch quickly and gave facilities in both places a larger market.',
    challenge: [
      'Saitama, home to many commuters and factories north of Tokyo, had large facilities comparable to those covered in Tokyo but no instrument to make them reduce their emissions.',
      'Building a scheme from scratch would have taken years of design and consultation.',
    ],
    objectives: [
      'Set reduction targets for large facilities in the prefecture.',
      'Reuse Tokyo’s rules and verification system, and link the two markets.',
    ],
    solution: [
      'The prefecture adopted the Tokyo scheme’s thresholds, baseline method and verification rules almost unchanged, adapting only the legal basis and the share of factories covered. Facility reports are checked by the same kind of registered verification bodies.',
      'An agreement with Tokyo allows credits from one system to be used in the other.',
    ],
    results: [
      'Several hundred facilities take part. The prefecture reports emissions from covered facilities well below their base years; the figure given here, around a million tonnes of CO2e a year, is our rounded reading of its reports.',
      'The link with Tokyo has been used for credit transfers in both directions, showing that city-level schemes can connect.',
    ],
    successFactors: [
      'A proven design next door, with staff willing to share it.',
      'Compatible rules from the start, so linking needed no renegotiation.',
    ],
    limitingFactors: [
      'Targets are less strictly enforced than in Tokyo, relying more on public disclosure.',
      'Factories’ emissions depend on output, which makes progress harder to read.',
    ],
    replication: {
      guidance: [
        'A city or region next to one with a working scheme should copy its rules as closely as its law allows and negotiate linking before launch.',
      ],
      powers: 'Authority to set emission targets for large facilities.',
      budget: 'Smaller than designing a scheme alone: mainly administration.',
      partners: 'The neighbouring scheme’s administrator, verification bodies, business associations.',
      time: 'About one to two years when copying an existing design.',
    },
    steps: [
      { title: 'Study the Tokyo scheme', description: 'Prefecture staff reviewed Tokyo’s rules and results with their counterparts.' },
      { title: 'Adapt the legal basis', description: 'The prefecture’s ordinance was amended to set targets.' },
      { title: 'Launch and link', description: 'The scheme started and credits became transferable between the two systems.' },
    ],
    timeline: 'Launched in April 2011, one year after Tokyo; linked from the start.',
    stakeholders: 'Saitama Prefectural Government, Tokyo Metropolitan Government, several hundred facility owners.',
    leadCity: 'saitama',
    otherLocations: ['tokyo'],
    themes: ['buildings', 'governance-policy'],
    scale: 'regional',
    implementationStatus: 'ongoing',
    startYear: 2011,
    impact: {
      emissionsReduced: 1000000,
      baselineYear: 2005,
      lifetimeYears: 15,
      method: 'other',
      methodNote: 'Rounded reading of the prefecture’s published totals; verified facility reports, aggregation not audited.',
      verificationLevel: 'self_reported',
      coBenefits: ['energy_security'],
    },
    budget: {
      amount: 300000000,
      currency: 'JPY',
      financing: 'Approximate administrative cost from the prefectural budget; measures financed by facility owners.',
    },
    partners: [{ name: 'Tokyo Metropolitan Government', role: 'Shared the scheme design; credits are exchanged with its market' }],
    contact: demoContact('emissions trading', 'Saitama Prefectural Government', 'saitama-ets'),
    replicates: { slug: 'tokyo-cap-and-trade-large-buildings', kind: 'replicates' },
    publishedDaysAgo: 540,
    translations: {
      fr: {
        title: 'Saitama : un système d’échange de quotas relié à celui de Tokyo',
        summary:
          'Un an après Tokyo, la préfecture voisine de Saitama a lancé son propre système d’objectifs et d’échange pour les grands bureaux et usines, sur les mêmes règles, afin que les crédits circulent entre les deux systèmes. Reprendre un modèle éprouvé a permis un lancement rapide.',
        steps: ['Étudier le système de Tokyo', 'Adapter la base juridique', 'Lancer et relier'],
      },
      es: {
        title: 'Saitama: un sistema de comercio de emisiones vinculado al de Tokio',
        summary:
          'Un año después de Tokio, la prefectura vecina de Saitama creó su propio sistema de objetivos y comercio de emisiones para grandes oficinas y fábricas, con las mismas reglas para que los créditos circulen entre ambos. Replicar un diseño probado permitió un arranque rápido.',
        steps: ['Estudiar el sistema de Tokio', 'Adaptar la base jurídica', 'Lanzar y vincular'],
      },
      pt: {
        title: 'Saitama: um sistema de comércio de emissões ligado ao de Tóquio',
        summary:
          'Um ano depois de Tóquio, a prefeitura vizinha de Saitama criou o seu próprio sistema de metas e comércio de emissões para grandes escritórios e fábricas, com as mesmas regras para que os créditos circulem entre os dois. Replicar um modelo testado permitiu um arranque rápido.',
        steps: ['Estudar o sistema de Tóquio', 'Adaptar a base jurídica', 'Lançar e ligar'],
      },
    },
  },
  {
    slug: 'leuven-one-stop-shop-home-renovation',
    title: 'Leuven: a one-stop shop that takes homeowners through deep renovation',
    summary:
      'Leuven’s renovation one-stop shop accompanies homeowners from the first energy scan to the finished works: an independent coach draws up a renovation plan, collects quotes from vetted contractors, helps with grants and loans and checks the result. It tackles the real barrier to renovation in a city of old terraced houses: not the lack of subsidies, but the effort of organising the work.',
    challenge: [
      'Most of Leuven’s homes were built before energy standards existed. Grants were available, yet renovation rates stayed far below what the city’s climate-neutrality goal requires.',
      'Homeowners said the hardest part was knowing where to start, finding reliable contractors and handling paperwork.',
    ],
    objectives: [
      'Triple the rate of deep home renovation.',
      'Make the process simple and trustworthy for owners, including older and low-income residents.',
    ],
    solution: [
      'The city and its climate partnership set up a one-stop shop with independent renovation coaches. After a home visit, the coach proposes a step-by-step plan, collects comparable quotes from a pool of contractors who accept quality rules, and helps apply for regional grants and a municipal no-interest loan.',
      'Collective renovation campaigns in selected streets lower prices and spread word of mouth. Vulnerable owners get extra support and pre-financing.',
    ],
    results: [
      'Well over a thousand homes have been guided through renovations, with typical energy savings of a third or more per home. The city estimates a few thousand tonnes of CO2e avoided each year; figures are self-reported.',
      'Participants rate the coaching highly, and contractors value the steady pipeline of prepared projects.',
    ],
    successFactors: [
      'Independent coaches whose advice is not tied to selling anything.',
      'A local climate partnership that brings together the city, the university, businesses and citizens.',
      'Combining advice with finance, especially for those who cannot pay upfront.',
    ],
    limitingFactors: [
      'Shortage of skilled contractors slows works.',
      'Coaching is labour-intensive, so the service depends on stable funding.',
    ],
    replication: {
      guidance: [
        'Start with one team of two or three coaches and a street-by-street campaign in a neighbourhood with similar houses, then standardise the plans for the most common house types.',
      ],
      powers: 'None beyond municipal services; regional grants and permits are a plus.',
      budget: 'Moderate: coaches’ salaries, communication and a revolving loan fund.',
      partners: 'Energy agency, contractors’ federation, banks, social services.',
      time: 'Six months to open; three years to reach a steady volume.',
    },
    steps: [
      { title: 'Set up the service', description: 'Coaches recruited and a pool of vetted contractors formed.' },
      { title: 'Home visit and plan', description: 'An energy scan and a step-by-step renovation plan for each home.' },
      { title: 'Quotes and finance', description: 'Comparable quotes, grant applications and a no-interest loan.' },
      { title: 'Works and check', description: 'Works followed up and the result checked by the coach.' },
    ],
    timeline: 'Pilot around 2018; full service since about 2020.',
    stakeholders: 'City of Leuven, Leuven 2030 climate partnership, KU Leuven, contractors, homeowners, social services.',
    leadCity: 'leuven',
    themes: ['buildings', 'citizen-engagement', 'finance-investment'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2018,
    impact: {
      emissionsReduced: 3000,
      baselineYear: 2018,
      lifetimeYears: 30,
      method: 'crf',
      methodNote: 'City estimate from renovated homes and typical savings per measure; approximate.',
      verificationLevel: 'self_reported',
      energySaved: 12000,
      coBenefits: ['energy_poverty', 'health', 'local_economy', 'jobs'],
    },
    budget: {
      amount: 2500000,
      currency: 'EUR',
      financing: 'Approximate public cost since the start: municipal budget and EU project funding; works financed by owners with regional grants and a municipal no-interest loan.',
    },
    sourceLinks: [{ label: 'City of Leuven', url: 'https://www.leuven.be' }],
    partners: [
      { name: 'Leuven 2030', role: 'Local climate partnership' },
      { name: 'KU Leuven', role: 'Research partner' },
    ],
    contact: demoContact('renovation coaching', 'City of Leuven', 'leuven-renovation'),
    lookingForPartners: true,
    publishedDaysAgo: 150,
    translations: {
      fr: {
        title: 'Louvain : un guichet unique qui accompagne les propriétaires dans la rénovation profonde',
        summary:
          'Le guichet unique de Louvain accompagne les propriétaires du premier diagnostic à la fin des travaux : un conseiller indépendant établit un plan, réunit des devis d’entreprises agréées, aide à obtenir primes et prêts et vérifie le résultat. Il s’attaque au vrai frein : l’effort d’organiser les travaux.',
        steps: ['Créer le service', 'Visite et plan', 'Devis et financement', 'Travaux et contrôle'],
        sourceLabels: ['Ville de Louvain'],
      },
      es: {
        title: 'Lovaina: una ventanilla única que acompaña a los propietarios en la rehabilitación profunda',
        summary:
          'La ventanilla única de Lovaina acompaña a los propietarios desde el primer diagnóstico hasta el final de la obra: un asesor independiente elabora un plan, reúne presupuestos de empresas acreditadas, ayuda con subvenciones y préstamos y comprueba el resultado.',
        steps: ['Crear el servicio', 'Visita y plan', 'Presupuestos y financiación', 'Obras y comprobación'],
        sourceLabels: ['Ciudad de Lovaina'],
      },
      pt: {
        title: 'Lovaina: um balcão único que acompanha os proprietários na reabilitação profunda',
        summary:
          'O balcão único de Lovaina acompanha os proprietários desde o primeiro diagnóstico até ao fim da obra: um conselheiro independente elabora um plano, reúne orçamentos de empresas acreditadas, ajuda com apoios e empréstimos e verifica o resultado.',
        steps: ['Criar o serviço', 'Visita e plano', 'Orçamentos e financiamento', 'Obras e verificação'],
        sourceLabels: ['Cidade de Lovaina'],
      },
    },
  },
  {
    slug: 'oslo-zero-emission-construction-sites',
    title: 'Oslo: zero-emission construction sites through public procurement',
    summary:
      'Oslo uses its purchasing power to clean up construction: municipal tenders require fossil-free and increasingly fully electric machinery, and the city ran the first zero-emission construction site in a central street. Equipment makers and contractors followed, and electric excavators, loaders and cranes have become common on Oslo sites, with less noise and diesel exhaust for neighbours.',
    challenge: [
      'Construction machinery running on diesel was a significant and growing source of Oslo’s emissions and of local air pollution and noise, in a city that builds a lot.',
      'When the city started, electric construction machines were rare and expensive, and contractors had little experience with them.',
    ],
    objectives: [
      'Make all municipal construction sites fossil-free, then zero-emission.',
      'Create a market that pushes manufacturers and contractors to offer electric machines.',
    ],
    solution: [
      'The city’s procurement rules first required fossil-free sites (biofuels instead of diesel), then added award criteria and requirements for electric or hydrogen machinery. A pilot project rebuilt a central street with only electric machines to prove it could be done.',
      'Grid connections for sites were planned earlier, and a national grant scheme helped contractors cover the extra cost of electric machines.',
    ],
    results: [
      'Fossil-free sites became the norm for municipal projects, and a growing share of them are fully electric. The city estimates reductions of tens of thousands of tonnes of CO2e a year across its projects; the figure is approximate.',
      'Neighbours and workers report much less noise and exhaust; private developers increasingly ask for the same standard.',
    ],
    successFactors: [
      'Large and steady municipal construction spending that contractors want to win.',
      'A clear sequence of requirements announced in advance.',
      'A national grant for the additional cost of zero-emission equipment.',
    ],
    limitingFactors: [
      'Heavy machines and power capacity on sites remain a bottleneck.',
      'Biofuels used for fossil-free sites have their own sustainability limits.',
    ],
    replication: {
      guidance: [
        'Begin with award criteria that reward low-emission machinery in a few tenders, run one fully electric pilot site, then turn the criteria into requirements.',
      ],
      powers: 'Control of the city’s own construction procurement.',
      budget: 'Extra cost per project at first, falling as the market matures.',
      partners: 'Contractors, machine suppliers, grid operator, national energy agency.',
      time: 'Five to eight years from first criteria to zero-emission requirements.',
    },
    steps: [
      { title: 'Fossil-free requirement', description: 'Municipal tenders required biofuels or electricity instead of diesel.' },
      { title: 'Pilot site', description: 'A central street rebuilt using only electric machines.' },
      { title: 'Zero-emission criteria', description: 'Award criteria and requirements for electric machinery in tenders.' },
      { title: 'Grid on site', description: 'Site power connections planned early in each project.' },
    ],
    timeline: 'Fossil-free requirement from about 2017; pilot site in 2019; zero-emission requirements phased in since.',
    stakeholders: 'City of Oslo agencies that build schools, roads and water infrastructure, contractors, machine makers, the grid operator, the national energy agency.',
    leadCity: 'oslo',
    themes: ['buildings', 'governance-policy'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2017,
    impact: {
      emissionsReduced: 25000,
      baselineYear: 2016,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'City estimate of diesel avoided on municipal sites; approximate and self-reported.',
      verificationLevel: 'self_reported',
      coBenefits: ['noise', 'air_quality', 'health'],
    },
    budget: {
      amount: 150000000,
      currency: 'NOK',
      financing: 'Approximate extra cost borne in municipal construction budgets, partly covered by national grants for zero-emission machinery.',
    },
    sourceLinks: [{ label: 'City of Oslo', url: 'https://www.oslo.kommune.no' }],
    partners: [{ name: 'Enova', role: 'National agency granting support for zero-emission machinery' }],
    contact: demoContact('construction procurement', 'City of Oslo', 'oslo-construction'),
    publishedDaysAgo: 260,
    translations: {
      fr: {
        title: 'Oslo : des chantiers zéro émission grâce à la commande publique',
        summary:
          'Oslo utilise sa commande publique pour décarboner ses chantiers : les appels d’offres municipaux exigent des engins sans énergie fossile, puis entièrement électriques, et la ville a mené le premier chantier zéro émission dans une rue centrale. Les entreprises ont suivi ; les riverains profitent de moins de bruit et de gaz d’échappement.',
        steps: ['Exigence sans fossile', 'Chantier pilote', 'Critères zéro émission', 'Raccordement des chantiers'],
        sourceLabels: ['Ville d’Oslo'],
      },
      es: {
        title: 'Oslo: obras de cero emisiones a través de la contratación pública',
        summary:
          'Oslo usa su poder de compra para limpiar la construcción: los concursos municipales exigen maquinaria sin combustibles fósiles y cada vez más totalmente eléctrica, y la ciudad hizo la primera obra de cero emisiones en una calle céntrica. Las empresas siguieron el ejemplo; los vecinos sufren menos ruido y humo.',
        steps: ['Requisito sin fósiles', 'Obra piloto', 'Criterios de cero emisiones', 'Red eléctrica en obra'],
        sourceLabels: ['Ayuntamiento de Oslo'],
      },
      pt: {
        title: 'Oslo: estaleiros de zero emissões através da contratação pública',
        summary:
          'Oslo usa o seu poder de compra para limpar a construção: os concursos municipais exigem máquinas sem combustíveis fósseis e cada vez mais totalmente elétricas, e a cidade fez o primeiro estaleiro de zero emissões numa rua central. As empresas seguiram; os vizinhos têm menos ruído e fumo.',
        steps: ['Requisito sem fósseis', 'Estaleiro piloto', 'Critérios de zero emissões', 'Rede elétrica no estaleiro'],
        sourceLabels: ['Município de Oslo'],
      },
    },
  },
]
