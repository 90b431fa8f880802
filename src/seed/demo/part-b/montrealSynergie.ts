import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const montrealSynergie: DemoPractice = {
  slug: 'montreal-synergie-industrial-exchanges',
  title: 'Montréal: a matchmaking service for small firms’ surplus materials',
  summary:
    'Montréal’s business-support network runs an industrial symbiosis service for small and medium-sized enterprises. Advisers visit firms, list what they throw away and what they buy, and an online platform and regular workshops match surpluses — pallets, wood offcuts, textiles, food by-products, solvents — with companies that can use them. Hundreds of firms have taken part, diverting thousands of tonnes from landfill each year and saving money on both sides of each exchange.',
  challenge: [
    'Unlike a single large industrial park, Montréal’s economy rests on thousands of small manufacturers, food processors, print shops and distributors spread across the island. Each produces modest amounts of residual materials that are too small to interest recyclers, so they end up in landfill at a rising cost.',
    'Small firms rarely have an environmental manager, and they do not know which neighbour might use their offcuts or packaging.',
  ],
  objectives: [
    'Divert residual materials from small and medium-sized enterprises away from landfill by finding local uses for them.',
    'Help firms cut disposal and purchasing costs, and build a local circular economy network.',
  ],
  solution: [
    'The city’s network of business-support offices hired industrial symbiosis advisers. Advisers visit firms free of charge, record their inputs and residues in a shared database, and suggest matches with other participants. The method and platform come from a Quebec technology transfer centre specialised in industrial ecology, which also runs similar networks in other regions.',
    'Regular matchmaking workshops bring firms from the same area or sector together around tables of "haves" and "wants". Advisers then follow up each potential exchange, help with logistics and regulatory questions, and record the tonnes diverted and savings made.',
  ],
  results: [
    'Several hundred firms have joined, and each year thousands of tonnes of materials such as wood, cardboard, plastics, textiles and food by-products find a new user instead of going to landfill. Participating firms report savings on disposal and on purchases of new materials.',
    'Avoided landfill emissions and avoided production of new materials are estimated at around 2,000 tonnes of CO2e a year, an approximate figure reported by the programme. Several exchanges led to new products and small businesses built on others’ residues.',
  ],
  successFactors: [
    'Free, personal advice delivered by an organisation firms already trust for business support; a proven method and shared database; workshops that create relationships between firms, not only transactions.',
  ],
  limitingFactors: [
    'Each exchange moves small volumes, so advisory time per tonne is high. Transport and storage of irregular flows are a barrier, and some residues need regulatory approval before reuse.',
  ],
  replication: {
    guidance: [
      'Host the service in an organisation that already advises small firms, use an existing symbiosis method and database, and run workshops by district or sector. Measure tonnes diverted and savings from the start to secure continued funding.',
    ],
    powers: 'Economic development mandate; no regulatory power needed, though help from the waste regulator speeds up approvals.',
    budget: 'Around half a million Canadian dollars a year for three to four advisers and the platform.',
    partners: 'Business-support network, an industrial ecology centre, waste and recycling operators, chambers of commerce.',
    time: 'Six months to launch; a stable network of participants after two to three years.',
  },
  steps: [
    { title: 'Host the service', description: 'Place symbiosis advisers within the business-support network small firms already use.' },
    { title: 'Characterise firms', description: 'Visit each firm to record its inputs and residual materials in a shared database.' },
    { title: 'Match and meet', description: 'Run matchmaking workshops and suggest exchanges from the database.' },
    { title: 'Follow up and measure', description: 'Support each exchange through logistics and permits, and record tonnes and savings.' },
  ],
  timeline: '2016: service launched by the business-support network with the city. 2017–2020: extended to all districts of the island. 2020s: integrated into the city’s circular economy roadmap.',
  stakeholders: 'City of Montréal, its network of business-support offices, a Quebec industrial ecology technology transfer centre, participating small and medium-sized enterprises, recyclers and social-economy enterprises.',
  leadCity: 'montreal',
  themes: ['industry', 'capacity-building'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 2016,
  impact: {
    emissionsReduced: 2000,
    baselineYear: 2016,
    lifetimeYears: 10,
    method: 'other',
    methodNote: 'Approximate, reported by the programme: avoided landfill and avoided virgin material per tonne exchanged.',
    verificationLevel: 'self_reported',
    coBenefits: ['local_economy', 'jobs'],
  },
  budget: {
    amount: 500000,
    currency: 'CAD',
    financing: 'Approximate annual budget: the city’s economic development funds and provincial circular economy grants.',
  },
  partners: [
    { name: 'PME MTL', role: 'Business-support network hosting the advisers' },
    { name: 'Centre de transfert technologique en écologie industrielle', role: 'Method, database and training' },
  ],
  contact: demoContact('industrial symbiosis', 'PME MTL', 'montreal-symbiosis'),
  lookingForPartners: true,
  replicates: { slug: 'kalundborg-industrial-symbiosis', kind: 'adapts' },
  publishedDaysAgo: 420,
  translations: {
    fr: {
      title: 'Montréal : un service de maillage pour les matières résiduelles des PME',
      summary:
        'Le réseau d’appui aux entreprises de Montréal offre aux PME un service de symbiose industrielle. Des conseillers visitent les entreprises, recensent ce qu’elles jettent et ce qu’elles achètent, et une plateforme en ligne et des ateliers réguliers associent les surplus — palettes, chutes de bois, textiles, résidus alimentaires, solvants — aux entreprises qui peuvent les utiliser. Des centaines d’entreprises y ont participé, détournant chaque année des milliers de tonnes de l’enfouissement.',
      challenge: [
        'Contrairement à un grand parc industriel, l’économie montréalaise repose sur des milliers de petits fabricants, transformateurs alimentaires, imprimeries et distributeurs répartis sur toute l’île. Chacun produit de petites quantités de matières résiduelles, trop faibles pour intéresser les recycleurs, qui finissent à l’enfouissement à un coût croissant.',
        'Les PME ont rarement un responsable environnement et ne savent pas quel voisin pourrait utiliser leurs retailles ou leurs emballages.',
      ],
      solution: [
        'Le réseau municipal d’appui aux entreprises a embauché des conseillers en symbiose industrielle. Ils visitent gratuitement les entreprises, consignent leurs intrants et leurs résidus dans une base de données commune et proposent des maillages avec d’autres participants. La méthode et la plateforme viennent d’un centre québécois de transfert technologique spécialisé en écologie industrielle, qui anime aussi des réseaux semblables dans d’autres régions.',
        'Des ateliers de maillage réguliers réunissent les entreprises d’un même secteur ou territoire autour de tables « offres » et « demandes ». Les conseillers assurent ensuite le suivi de chaque échange, aident pour la logistique et la réglementation, et comptabilisent les tonnes détournées et les économies réalisées.',
      ],
      results: [
        'Plusieurs centaines d’entreprises ont adhéré, et chaque année des milliers de tonnes de bois, carton, plastiques, textiles et résidus alimentaires trouvent preneur au lieu d’aller à l’enfouissement. Les entreprises participantes déclarent des économies sur l’élimination et sur l’achat de matières neuves.',
        'Les émissions évitées, liées à l’enfouissement et à la production de matières neuves, sont estimées à environ 2 000 tonnes de CO2e par an, un chiffre approximatif déclaré par le programme. Plusieurs échanges ont donné naissance à de nouveaux produits et à de petites entreprises fondées sur les résidus des autres.',
      ],
      steps: [
        'Héberger le service',
        'Caractériser les entreprises',
        'Apparier et réunir',
        'Suivre et mesurer',
      ],
    },
    es: {
      title: 'Montreal: un servicio que pone en contacto los materiales sobrantes de pequeñas empresas',
      summary:
        'La red de apoyo empresarial de Montreal ofrece a las pymes un servicio de simbiosis industrial. Asesores visitan las empresas, anotan lo que desechan y lo que compran, y una plataforma en línea y talleres periódicos emparejan los sobrantes —palés, recortes de madera, textiles, subproductos alimentarios, disolventes— con empresas que pueden usarlos. Han participado cientos de empresas, que cada año evitan que miles de toneladas acaben en el vertedero.',
    },
    pt: {
      title: 'Montreal: um serviço que liga os materiais excedentes de pequenas empresas',
      summary:
        'A rede de apoio às empresas de Montreal oferece às PME um serviço de simbiose industrial. Consultores visitam as empresas, registam o que deitam fora e o que compram, e uma plataforma online e oficinas regulares juntam os excedentes — paletes, aparas de madeira, têxteis, subprodutos alimentares, solventes — às empresas que os podem usar. Participaram centenas de empresas, que todos os anos desviam milhares de toneladas do aterro.',
    },
  },
}
