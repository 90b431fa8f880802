import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const wastePractices: DemoPractice[] = [
  {
    slug: 'ljubljana-zero-waste-capital',
    title: 'Ljubljana: from landfill to one of Europe’s highest recycling rates',
    summary:
      'In little more than a decade Ljubljana went from landfilling most of its waste to separating the majority of it at source, with door-to-door collection of paper, packaging and biowaste, underground bins in the old town, a reuse centre and a regional plant that turns residual waste into fuel and biowaste into biogas. It was the first European capital to commit to a zero waste plan.',
    challenge: [
      'In the early 2000s almost all of Ljubljana’s municipal waste went to a single landfill close to the city, which was running out of space and producing methane and leachate.',
      'Residents had few ways to separate their waste, and the city had no facility to treat what remained.',
    ],
    objectives: [
      'Cut the amount of waste going to landfill to a minimum.',
      'Make separate collection easy for every household.',
      'Reduce waste generation itself through reuse and prevention.',
    ],
    solution: [
      'The municipal waste company introduced separate collection for paper, packaging and biowaste, collecting from the door in most areas while reducing residual waste pick-ups to make separation the easier choice. In the historic centre, underground containers opened with a card replaced street bins.',
      'A regional waste management centre, built with EU cohesion funds for the city and dozens of neighbouring municipalities, sorts residual waste, turns biowaste into biogas and compost and sends the rest to energy recovery instead of landfill. A reuse centre repairs and resells furniture and appliances, and the city adopted a zero waste plan with civil society.',
    ],
    results: [
      'The share of separately collected municipal waste rose to around two thirds, among the highest of any European capital, and the amount landfilled fell to a small fraction. Waste per resident also decreased.',
      'Avoided landfill methane and recycling are estimated to save some tens of thousands of tonnes of CO2e a year; the figure is rounded and self-reported.',
    ],
    successFactors: [
      'A public waste company able to redesign collection quickly.',
      'Making residual waste collection less frequent so separation became the norm.',
      'EU cohesion funding for the regional plant and a clear zero waste commitment shared with civil society.',
    ],
    limitingFactors: [
      'The regional plant is large and costly; smaller cities would need a shared or simpler solution.',
      'Plastic packaging recycling depends on markets outside the city’s control.',
    ],
    replication: {
      guidance: [
        'Redesign collection before building plants: door-to-door separate collection with less frequent residual pick-up delivers most of the gains, and the plant can then be sized for what remains.',
      ],
      powers: 'Responsibility for municipal waste collection and fees.',
      budget: 'Collection changes are moderate; a treatment plant needs regional and EU co-funding.',
      partners: 'Public waste company, neighbouring municipalities, zero waste NGOs, recyclers.',
      time: 'Three to five years for collection; a plant takes longer.',
    },
    steps: [
      { title: 'Separate collection', description: 'Door-to-door collection of paper, packaging and biowaste.' },
      { title: 'Less residual collection', description: 'Residual waste collected less often to favour separation.' },
      { title: 'Regional plant', description: 'A centre that sorts residual waste and turns biowaste into biogas.' },
      { title: 'Zero waste plan', description: 'Reuse centre, prevention campaigns and a zero waste commitment.' },
    ],
    timeline: 'Separate collection from the mid-2000s; zero waste commitment in 2014; regional plant operating since 2015.',
    stakeholders: 'City of Ljubljana, its public waste company, dozens of partner municipalities, zero waste NGOs, residents.',
    leadCity: 'ljubljana',
    themes: ['waste-circular-economy', 'governance-policy', 'citizen-engagement'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2006,
    impact: {
      emissionsReduced: 35000,
      baselineYear: 2004,
      lifetimeYears: 20,
      method: 'ipcc',
      methodNote: 'Avoided landfill methane and recycling credits, rounded; city estimate.',
      verificationLevel: 'self_reported',
      renewableProduced: 20000,
      coBenefits: ['health', 'local_economy', 'jobs'],
    },
    budget: {
      amount: 155000000,
      currency: 'EUR',
      financing: 'Approximate cost of the regional waste centre, largely paid by the EU Cohesion Fund with state, municipal and waste-fee funding; collection financed from waste fees.',
    },
    sourceLinks: [{ label: 'City of Ljubljana', url: 'https://www.ljubljana.si' }],
    partners: [
      { name: 'Snaga', role: 'Public waste company of Ljubljana' },
      { name: 'Zero Waste Europe', role: 'Supported the zero waste commitment', url: 'https://zerowasteeurope.eu' },
    ],
    contact: demoContact('zero waste', 'City of Ljubljana', 'ljubljana-zerowaste'),
    publishedDaysAgo: 60,
    translations: {
      fr: {
        title: 'Ljubljana : de la décharge à l’un des meilleurs taux de recyclage d’Europe',
        summary:
          'En un peu plus de dix ans, Ljubljana est passée de la mise en décharge de presque tous ses déchets à leur tri à la source : collecte en porte-à-porte, conteneurs enterrés dans la vieille ville, ressourcerie et usine régionale qui produit du biogaz. Première capitale européenne à s’engager dans un plan zéro déchet.',
        steps: ['Collecte séparée', 'Moins de collecte des ordures résiduelles', 'Usine régionale', 'Plan zéro déchet'],
        sourceLabels: ['Ville de Ljubljana'],
      },
      es: {
        title: 'Liubliana: del vertedero a una de las tasas de reciclaje más altas de Europa',
        summary:
          'En poco más de una década Liubliana pasó de enviar casi todos sus residuos al vertedero a separarlos en origen: recogida puerta a puerta, contenedores soterrados en el casco antiguo, un centro de reutilización y una planta regional que produce biogás. Fue la primera capital europea en comprometerse con un plan de residuo cero.',
        steps: ['Recogida selectiva', 'Menos recogida del resto', 'Planta regional', 'Plan de residuo cero'],
        sourceLabels: ['Ayuntamiento de Liubliana'],
      },
      pt: {
        title: 'Liubliana: do aterro a uma das maiores taxas de reciclagem da Europa',
        summary:
          'Em pouco mais de uma década Liubliana deixou de enviar quase todos os resíduos para aterro e passou a separá-los na origem: recolha porta a porta, contentores enterrados no centro histórico, um centro de reutilização e uma unidade regional que produz biogás. Foi a primeira capital europeia a adotar um plano de resíduo zero.',
        steps: ['Recolha seletiva', 'Menos recolha de indiferenciados', 'Unidade regional', 'Plano de resíduo zero'],
        sourceLabels: ['Câmara de Liubliana'],
      },
    },
  },
  {
    slug: 'milan-neighbourhood-food-waste-hubs',
    title: 'Milan: neighbourhood hubs that redistribute surplus food',
    summary:
      'Milan collects surplus food from supermarkets and company canteens and redistributes it through neighbourhood hubs run with charities, so that food that would be thrown away reaches families in need the same week. The hubs grew out of the city’s food policy, combine public premises, private donors and voluntary groups, and have been recognised internationally.',
    challenge: [
      'Large amounts of edible food were thrown away by retailers and canteens in Milan while thousands of households struggled to afford a healthy diet.',
      'Charities lacked the logistics to collect many small donations, and donors lacked a simple way to give.',
    ],
    objectives: [
      'Recover surplus food locally and redistribute it quickly.',
      'Cut food waste and its emissions, and support families in need.',
    ],
    solution: [
      'The city, a technical university, a food bank and business partners set up hubs in municipal or donated premises in several districts. Supermarkets and canteens nearby deliver or have collected their surplus; charities distribute it to registered families.',
      'The city’s waste tax offers a reduction for businesses that donate food. Each hub records the quantities handled so donors and the city can follow results.',
    ],
    results: [
      'Each hub handles in the order of a hundred tonnes of food a year, equivalent to hundreds of thousands of meals, and the model has been extended to more districts.',
      'The avoided emissions, a few hundred to about a thousand tonnes of CO2e a year overall, are an approximate estimate based on average emissions per tonne of food.',
    ],
    successFactors: [
      'A city food policy that gave a mandate and convened partners.',
      'Clear roles: the city provides premises, charities distribute, companies donate.',
      'A local scale, close to both donors and recipients.',
    ],
    limitingFactors: [
      'Depends on volunteers and on partners’ continued commitment.',
      'Fresh food needs cold storage and fast turnover.',
    ],
    replication: {
      guidance: [
        'Map supermarkets, canteens and charities in one district, find premises with a cold room, and agree on a simple weekly routine before adding more hubs.',
      ],
      powers: 'Municipal premises and the ability to adjust local waste fees.',
      budget: 'Small: premises, refrigeration and a coordinator per hub.',
      partners: 'Food bank, charities, retailers, a university for data.',
      time: 'About six months for a first hub.',
    },
    steps: [
      { title: 'Food policy', description: 'The city adopted a food policy with food waste as a priority.' },
      { title: 'First hub', description: 'A first hub opened in one district with partners.' },
      { title: 'Waste tax incentive', description: 'A reduction in the waste tax for donating businesses.' },
      { title: 'More districts', description: 'Hubs opened in further districts.' },
    ],
    timeline: 'Food policy adopted in 2015; first hub in 2019; more hubs since.',
    stakeholders: 'City of Milan, a technical university, a regional food bank, business associations, retailers, charities.',
    leadCity: 'milan',
    themes: ['waste-circular-economy', 'citizen-engagement', 'governance-policy'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2019,
    impact: {
      emissionsReduced: 900,
      baselineYear: 2018,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'Tonnes of food recovered × an average emission factor for food waste; approximate.',
      verificationLevel: 'self_reported',
      coBenefits: ['equity', 'health', 'local_economy'],
    },
    budget: {
      amount: 500000,
      currency: 'EUR',
      financing: 'Approximate: municipal premises and staff, contributions from business partners and foundations.',
    },
    sourceLinks: [{ label: 'City of Milan', url: 'https://www.comune.milano.it' }],
    partners: [
      { name: 'Politecnico di Milano', role: 'Designed the hub model and measures its results' },
      { name: 'Banco Alimentare della Lombardia', role: 'Regional food bank running the logistics' },
      { name: 'Assolombarda', role: 'Business association bringing in donors' },
    ],
    contact: demoContact('food policy', 'City of Milan', 'milan-foodwaste'),
    lookingForPartners: true,
    publishedDaysAgo: 470,
    translations: {
      fr: {
        title: 'Milan : des pôles de quartier qui redistribuent les surplus alimentaires',
        summary:
          'Milan récupère les surplus des supermarchés et des restaurants d’entreprise et les redistribue par des pôles de quartier gérés avec des associations, afin que la nourriture qui serait jetée parvienne aux familles dans le besoin dans la semaine. Ces pôles sont nés de la politique alimentaire de la ville.',
        steps: ['Politique alimentaire', 'Premier pôle', 'Incitation fiscale', 'Autres quartiers'],
        sourceLabels: ['Ville de Milan'],
      },
      es: {
        title: 'Milán: centros de barrio que redistribuyen los excedentes de alimentos',
        summary:
          'Milán recoge los excedentes de supermercados y comedores de empresa y los redistribuye mediante centros de barrio gestionados con entidades benéficas, para que la comida que se tiraría llegue a familias necesitadas esa misma semana. Los centros nacieron de la política alimentaria de la ciudad.',
        steps: ['Política alimentaria', 'Primer centro', 'Incentivo en la tasa de basuras', 'Más barrios'],
        sourceLabels: ['Ayuntamiento de Milán'],
      },
      pt: {
        title: 'Milão: centros de bairro que redistribuem excedentes alimentares',
        summary:
          'Milão recolhe os excedentes de supermercados e cantinas de empresas e redistribui-os através de centros de bairro geridos com instituições de solidariedade, para que a comida que seria deitada fora chegue a famílias carenciadas na mesma semana. Os centros nasceram da política alimentar da cidade.',
        steps: ['Política alimentar', 'Primeiro centro', 'Incentivo na taxa de resíduos', 'Mais bairros'],
        sourceLabels: ['Câmara de Milão'],
      },
    },
  },
  {
    slug: 'curitiba-green-exchange',
    title: 'Curitiba: exchanging recyclables for fresh food',
    summary:
      'Since the early 1990s Curitiba has run the Green Exchange: residents, especially in low-income neighbourhoods, bring sorted recyclables to mobile exchange points and receive fresh fruit and vegetables bought from local family farmers. Together with an early campaign for separating waste at home, it made recycling a habit, cleaned up areas the collection trucks could not reach and improved diets.',
    challenge: [
      'Many of Curitiba’s informal settlements were on narrow, unpaved streets where collection trucks could not enter. Waste piled up in streams and vacant lots, causing floods and disease.',
      'At the same time, local small farmers struggled to sell surplus produce, and poor families ate little fresh food.',
    ],
    objectives: [
      'Get recyclable waste out of neighbourhoods the trucks could not serve.',
      'Give residents a direct, tangible reward for separating waste.',
      'Support family farmers and improve nutrition.',
    ],
    solution: [
      'The city set a schedule of exchange points that move between neighbourhoods. Residents bring sorted paper, plastic, glass, metal and cooking oil; for every few kilos of recyclables they receive a kilo of seasonal produce.',
      'The produce is bought from family farmers in the metropolitan region, often their surplus. The recyclables go to sorting centres and recyclers. A long-running education campaign on separating waste at home supports the scheme.',
    ],
    results: [
      'The programme collects thousands of tonnes of recyclables a year and distributes a large quantity of fresh food. Curitiba has long had one of the highest household recycling participation rates in Brazil.',
      'The emission savings, a few thousand tonnes of CO2e a year, are a rough, self-reported estimate from recycled tonnages.',
    ],
    successFactors: [
      'A simple, immediate reward that matters to families.',
      'Buying from local farmers, which created a second group of beneficiaries.',
      'Continuity over three decades, across changes of administration.',
    ],
    limitingFactors: [
      'The cost of food must be covered by the city each year.',
      'Exchange points reach only those who can bring materials at the scheduled times.',
    ],
    replication: {
      guidance: [
        'Start with a few exchange points in neighbourhoods with poor collection, agree a produce supply with a farmers’ cooperative, and publish a fixed weekly schedule.',
      ],
      powers: 'Municipal waste management and food purchasing.',
      budget: 'Moderate and recurrent: food purchases, staff, transport.',
      partners: 'Farmers’ cooperatives, recyclers and waste picker associations, neighbourhood associations, schools.',
      time: 'A few months for the first points.',
    },
    steps: [
      { title: 'Education campaign', description: 'A citywide campaign to separate waste at home.' },
      { title: 'Exchange points', description: 'Mobile points where recyclables are exchanged for produce.' },
      { title: 'Local produce', description: 'Fruit and vegetables bought from family farmers in the region.' },
      { title: 'Recycling chain', description: 'Materials delivered to sorting centres and recyclers.' },
    ],
    timeline: 'Separation campaign from 1989; Green Exchange since 1991, ongoing.',
    stakeholders: 'City of Curitiba, its environment and food supply departments, family farmers, recyclers, neighbourhood associations.',
    leadCity: 'curitiba',
    themes: ['waste-circular-economy', 'citizen-engagement', 'just-transition'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 1991,
    impact: {
      emissionsReduced: 3000,
      baselineYear: 1990,
      lifetimeYears: 10,
      method: 'other',
      methodNote: 'Rough estimate from recycled tonnages; self-reported.',
      verificationLevel: 'self_reported',
      coBenefits: ['health', 'equity', 'local_economy', 'resilience'],
    },
    budget: {
      amount: 2500000,
      currency: 'BRL',
      financing: 'Approximate yearly cost from the municipal budget, mainly food purchases from family farmers; sale of recyclables covers part of the logistics.',
    },
    sourceLinks: [{ label: 'City of Curitiba', url: 'https://www.curitiba.pr.gov.br' }],
    partners: [{ name: 'Family farmers of the metropolitan region', role: 'Supply the fruit and vegetables' }],
    contact: demoContact('green exchange', 'City of Curitiba', 'curitiba-exchange'),
    publishedDaysAgo: 760,
    translations: {
      fr: {
        title: 'Curitiba : échanger des déchets recyclables contre des produits frais',
        summary:
          'Depuis le début des années 1990, Curitiba organise l’« Échange vert » : les habitants, surtout dans les quartiers modestes, apportent leurs recyclables triés à des points mobiles et reçoivent des fruits et légumes achetés à des agriculteurs familiaux. Le recyclage est devenu une habitude et l’alimentation s’est améliorée.',
        steps: ['Campagne d’éducation', 'Points d’échange', 'Produits locaux', 'Filière de recyclage'],
        sourceLabels: ['Ville de Curitiba'],
      },
      es: {
        title: 'Curitiba: canjear reciclables por alimentos frescos',
        summary:
          'Desde principios de los noventa Curitiba mantiene el «Cambio Verde»: los vecinos, sobre todo de barrios humildes, llevan reciclables separados a puntos móviles y reciben frutas y verduras compradas a agricultores familiares de la región. El reciclaje se volvió un hábito y mejoró la alimentación.',
        steps: ['Campaña educativa', 'Puntos de canje', 'Productos locales', 'Cadena de reciclaje'],
        sourceLabels: ['Ciudad de Curitiba'],
      },
      pt: {
        title: 'Curitiba: trocar recicláveis por alimentos frescos',
        summary:
          'Desde o início dos anos 1990 Curitiba mantém o Câmbio Verde: os moradores, sobretudo de bairros de baixa renda, levam recicláveis separados a pontos de troca itinerantes e recebem frutas e verduras compradas de agricultores familiares da região. A reciclagem virou hábito e a alimentação melhorou.',
        challenge: [
          'Muitas ocupações irregulares de Curitiba ficavam em ruas estreitas e sem pavimento, onde os caminhões de coleta não conseguiam entrar. O lixo acumulava-se em córregos e terrenos baldios, causando enchentes e doenças.',
          'Ao mesmo tempo, os pequenos agricultores da região tinham dificuldade em vender a produção excedente, e as famílias pobres comiam poucos alimentos frescos.',
        ],
        solution: [
          'A prefeitura criou um calendário de pontos de troca que circulam pelos bairros. Os moradores trazem papel, plástico, vidro, metal e óleo de cozinha separados; a cada alguns quilos de recicláveis recebem um quilo de frutas e verduras da época.',
          'Os alimentos são comprados de agricultores familiares da região metropolitana, muitas vezes o seu excedente. Os recicláveis seguem para centrais de triagem e recicladores. Uma longa campanha de educação para a separação do lixo em casa apoia o programa.',
        ],
        results: [
          'O programa recolhe milhares de toneladas de recicláveis por ano e distribui uma grande quantidade de alimentos frescos. Curitiba tem há muito tempo uma das maiores taxas de participação domiciliar na reciclagem do Brasil.',
          'A redução de emissões, de alguns milhares de toneladas de CO2e por ano, é uma estimativa aproximada e autodeclarada a partir das toneladas recicladas.',
        ],
        steps: ['Campanha de educação', 'Pontos de troca', 'Alimentos locais', 'Cadeia de reciclagem'],
        sourceLabels: ['Prefeitura de Curitiba'],
      },
    },
  },
  {
    slug: 'pune-waste-picker-cooperative-collection',
    title: 'Pune: door-to-door collection by a waste pickers’ cooperative',
    summary:
      'In Pune, a cooperative owned by waste pickers collects separated waste from households under an agreement with the municipal corporation. Former informal waste pickers, mostly women, now have identity cards, regular income from user fees and better working conditions, while the city recovers large amounts of recyclables and organic waste that would otherwise reach landfill.',
    challenge: [
      'Pune’s waste system relied on communal bins and trucks, while thousands of informal waste pickers recovered recyclables in unsafe conditions, without recognition or stable income.',
      'Landfills around the city were overflowing, and neighbouring villages protested against them.',
    ],
    objectives: [
      'Provide door-to-door collection of separated waste across the city.',
      'Recognise waste pickers’ work and give them decent, secure livelihoods.',
      'Reduce the waste sent to landfill.',
    ],
    solution: [
      'A waste pickers’ union created a cooperative owned by its members. Under an agreement with the municipal corporation, members collect separated waste from households and shops, who pay a small monthly user fee directly to them.',
      'The municipality provides equipment, sorting sheds and management support. Members keep the income from selling recyclables; organic waste goes to composting and biogas units.',
    ],
    results: [
      'Several thousand members serve a large share of the city’s households. Members’ incomes and working conditions improved, and large quantities of recyclables and organic waste are diverted from landfill every year.',
      'The cooperative estimates savings in the order of tens of thousands of tonnes of CO2e a year; the figure is rounded and self-reported.',
    ],
    successFactors: [
      'A strong union with decades of organising among waste pickers.',
      'A formal agreement with the municipal corporation and user fees paid directly to collectors.',
      'Recognition of waste pickers as service providers rather than a problem.',
    ],
    limitingFactors: [
      'Agreements must be renewed, creating uncertainty for members.',
      'Fee collection is uneven in some neighbourhoods.',
    ],
    replication: {
      guidance: [
        'Start by recognising the people who already recover waste: register them, issue identity cards, and then contract their organisation for door-to-door collection in a few wards.',
      ],
      powers: 'Municipal responsibility for solid waste and the ability to contract a cooperative.',
      budget: 'Low for the city: equipment, sheds and support; most income comes from user fees and recyclables.',
      partners: 'Waste pickers’ union or cooperative, resident associations, recyclers.',
      time: 'One to two years to cover a large part of a city.',
    },
    steps: [
      { title: 'Organise waste pickers', description: 'A union registered waste pickers and issued identity cards.' },
      { title: 'Create a cooperative', description: 'A cooperative owned by its members to provide collection.' },
      { title: 'Agreement with the city', description: 'Door-to-door collection with user fees and municipal support.' },
      { title: 'Organic waste', description: 'Composting and biogas units for separated organic waste.' },
    ],
    timeline: 'Union organising since the 1990s; cooperative founded and agreement with the city from 2008.',
    stakeholders: 'Pune Municipal Corporation, the waste pickers’ union and cooperative, households, resident associations, recyclers.',
    leadCity: 'pune',
    themes: ['waste-circular-economy', 'just-transition', 'governance-policy'],
    scale: 'city',
    implementationStatus: 'ongoing',
    startYear: 2008,
    impact: {
      emissionsReduced: 50000,
      baselineYear: 2007,
      lifetimeYears: 15,
      method: 'other',
      methodNote: 'Cooperative estimate from tonnes of dry waste recovered and organic waste composted; rounded.',
      verificationLevel: 'self_reported',
      coBenefits: ['jobs', 'equity', 'health', 'local_economy'],
    },
    budget: {
      amount: 100000000,
      currency: 'INR',
      financing: 'Approximate yearly municipal support for equipment, sheds and management; collectors are paid by households through user fees and earn from selling recyclables.',
    },
    sourceLinks: [{ label: 'Pune Municipal Corporation', url: 'https://www.pmc.gov.in' }],
    partners: [
      { name: 'SWaCH', role: 'Waste pickers’ cooperative providing door-to-door collection' },
      { name: 'KKPKP', role: 'Waste pickers’ trade union that founded the cooperative' },
    ],
    contact: demoContact('waste collection', 'Pune Municipal Corporation', 'pune-wastepickers'),
    lookingForPartners: true,
    publishedDaysAgo: 340,
    translations: {
      fr: {
        title: 'Pune : la collecte en porte-à-porte confiée à une coopérative de récupérateurs',
        summary:
          'À Pune, une coopérative détenue par des récupérateurs de déchets collecte les déchets triés des ménages dans le cadre d’un accord avec la municipalité. D’anciens récupérateurs informels, surtout des femmes, ont désormais une carte professionnelle, un revenu régulier et de meilleures conditions de travail.',
        steps: ['Organiser les récupérateurs', 'Créer une coopérative', 'Accord avec la ville', 'Déchets organiques'],
        sourceLabels: ['Municipalité de Pune'],
      },
      es: {
        title: 'Pune: recogida puerta a puerta por una cooperativa de recicladores',
        summary:
          'En Pune, una cooperativa propiedad de recicladores de base recoge los residuos separados de los hogares mediante un acuerdo con el ayuntamiento. Antiguos recicladores informales, sobre todo mujeres, tienen ahora carné, ingresos regulares y mejores condiciones de trabajo.',
        steps: ['Organizar a los recicladores', 'Crear una cooperativa', 'Acuerdo con la ciudad', 'Residuos orgánicos'],
        sourceLabels: ['Corporación Municipal de Pune'],
      },
      pt: {
        title: 'Pune: recolha porta a porta por uma cooperativa de catadores',
        summary:
          'Em Pune, uma cooperativa detida por catadores recolhe os resíduos separados das casas ao abrigo de um acordo com o município. Antigos catadores informais, sobretudo mulheres, têm agora cartão de identificação, rendimento regular e melhores condições de trabalho.',
        steps: ['Organizar os catadores', 'Criar uma cooperativa', 'Acordo com a cidade', 'Resíduos orgânicos'],
        sourceLabels: ['Município de Pune'],
      },
    },
  },
  {
    slug: 'durban-landfill-gas-to-electricity',
    title: 'Durban: electricity from landfill gas, financed by carbon credits',
    summary:
      'eThekwini, the municipality that includes Durban, captures methane from its landfills and burns it in engines that feed electricity into the city grid. One of the first landfill gas projects in Africa registered under the UN’s Clean Development Mechanism, it was partly financed by selling verified emission reductions, and showed how a city can turn a liability into energy.',
    challenge: [
      'The city’s large landfills released methane, a powerful greenhouse gas, and caused odour complaints from surrounding communities.',
      'The municipality needed electricity and had no budget to capture the gas on its own.',
    ],
    objectives: [
      'Capture and destroy landfill methane.',
      'Generate electricity for the municipal grid.',
      'Finance the investment through the carbon market.',
    ],
    solution: [
      'The municipal waste department drilled gas wells into the landfills, connected them to a collection network and installed gas engines with generators. Gas not used by the engines is flared.',
      'The project was registered under the Clean Development Mechanism, and an agreement to sell future emission reductions to a carbon fund helped secure the investment.',
    ],
    results: [
      'The engines produced several megawatts of electricity, in the order of tens of thousands of megawatt-hours a year. Verified emission reductions, mostly from destroying methane, amounted to roughly two hundred thousand tonnes of CO2e a year (rounded).',
      'Odours decreased, and the municipality built in-house skills that it has used for other energy projects.',
    ],
    successFactors: [
      'A municipal waste department with engineering capacity.',
      'Carbon finance at a time when landfill gas was a well-established CDM methodology.',
      'A municipal electricity utility able to take the power.',
    ],
    limitingFactors: [
      'Carbon prices fell sharply after 2012, weakening the financial case for later phases.',
      'Gas output declines as landfills age and as less organic waste is landfilled.',
    ],
    replication: {
      guidance: [
        'Landfills that receive a lot of organic waste and are deep enough are candidates; start with a gas yield study and flaring, then add engines when the yield is proven.',
      ],
      powers: 'Ownership of the landfill and an agreement to supply the grid.',
      budget: 'Moderate: wells, pipes, flare and engines; carbon or energy revenues repay it.',
      partners: 'Carbon fund or buyer, engine supplier, electricity utility, environmental regulator.',
      time: 'Two to four years including registration.',
    },
    steps: [
      { title: 'Gas study', description: 'Gas yield of the landfills measured and modelled.' },
      { title: 'Carbon finance', description: 'Project registered and emission reductions sold in advance.' },
      { title: 'Wells and engines', description: 'Gas collection network and generating engines installed.' },
      { title: 'Monitoring', description: 'Methane destroyed and electricity produced monitored and verified.' },
    ],
    timeline: 'Preparation from about 2002; engines running from the mid-2000s.',
    stakeholders: 'eThekwini Municipality, its waste and electricity departments, a carbon fund, surrounding communities.',
    leadCity: 'durban',
    themes: ['waste-circular-economy', 'finance-investment'],
    scale: 'metropolitan',
    implementationStatus: 'ongoing',
    startYear: 2002,
    impact: {
      emissionsReduced: 200000,
      baselineYear: 2003,
      lifetimeYears: 21,
      method: 'other',
      methodNote: 'Clean Development Mechanism landfill gas methodology, verified by a designated operational entity; rounded.',
      verificationLevel: 'independently_verified',
      renewableProduced: 50000,
      coBenefits: ['air_quality', 'energy_security', 'health'],
    },
    budget: {
      amount: 100000000,
      currency: 'ZAR',
      financing: 'Approximate investment by the municipality, partly secured by the advance sale of emission reductions to a carbon fund; electricity sales to the municipal grid.',
    },
    sourceLinks: [{ label: 'eThekwini Municipality', url: 'https://www.durban.gov.za' }],
    partners: [{ name: 'World Bank Prototype Carbon Fund', role: 'Bought emission reductions in advance' }],
    contact: demoContact('landfill gas', 'eThekwini Municipality', 'durban-landfillgas'),
    publishedDaysAgo: 680,
    translations: {
      fr: {
        title: 'Durban : de l’électricité à partir du biogaz de décharge, financée par des crédits carbone',
        summary:
          'La municipalité d’eThekwini, qui englobe Durban, capte le méthane de ses décharges et le brûle dans des moteurs qui alimentent le réseau électrique de la ville. Ce projet, l’un des premiers du genre en Afrique dans le cadre du Mécanisme pour un développement propre, a été en partie financé par la vente de réductions d’émissions vérifiées.',
        steps: ['Étude du gaz', 'Finance carbone', 'Puits et moteurs', 'Suivi'],
        sourceLabels: ['Municipalité d’eThekwini'],
      },
      es: {
        title: 'Durban: electricidad a partir del gas de vertedero, financiada con créditos de carbono',
        summary:
          'El municipio de eThekwini, que incluye Durban, capta el metano de sus vertederos y lo quema en motores que alimentan la red eléctrica de la ciudad. Uno de los primeros proyectos de este tipo en África en el Mecanismo de Desarrollo Limpio, se financió en parte con la venta de reducciones de emisiones verificadas.',
        steps: ['Estudio del gas', 'Financiación de carbono', 'Pozos y motores', 'Seguimiento'],
        sourceLabels: ['Municipio de eThekwini'],
      },
      pt: {
        title: 'Durban: eletricidade a partir do gás de aterro, financiada por créditos de carbono',
        summary:
          'O município de eThekwini, que inclui Durban, capta o metano dos seus aterros e queima-o em motores que alimentam a rede elétrica da cidade. Um dos primeiros projetos do género em África no Mecanismo de Desenvolvimento Limpo, foi em parte financiado pela venda de reduções de emissões verificadas.',
        steps: ['Estudo do gás', 'Financiamento de carbono', 'Poços e motores', 'Monitorização'],
        sourceLabels: ['Município de eThekwini'],
      },
    },
  },
]
