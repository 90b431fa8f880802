import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const milanFoodPolicy: DemoPractice = {
  slug: 'milan-food-policy-school-meals-and-farm-belt',
  title: 'Milan: a city food policy linking school meals to the farms of its agricultural park',
  summary:
    'Milan adopted a food policy that treats food as a city system, from the farms of the large agricultural park on its southern edge to the 80,000-odd meals its public caterer serves each school day. The caterer buys more seasonal, organic and local produce from park farms, serves less beef, and cuts plate waste; the city supports farms converting to organic and short supply chains. Food-related emissions of school meals fell markedly and peri-urban farmland gained buyers.',
  challenge: [
    'Food accounts for a large share of a city’s consumption-based emissions, but most municipalities see it only as a matter of commerce or school catering. Milan is surrounded by one of Europe’s largest peri-urban agricultural parks, yet its farms mostly sold commodity crops to distant buyers while the city imported much of what it ate.',
    'The municipal catering company serves tens of thousands of meals every school day. Menus relied on meat and long supply chains, and much food was left on plates.',
  ],
  objectives: [
    'Reduce the climate and environmental footprint of food in the city, starting with the meals the city itself provides.',
    'Keep peri-urban farmland in production by connecting it with city demand, and reduce food waste at every stage.',
  ],
  solution: [
    'The city adopted a food policy with five priorities — access to healthy food, sustainable production, education, waste reduction and research — and set up a small food policy office to coordinate departments. The policy was launched alongside an international pact through which many cities committed to similar goals.',
    'The public catering company revised its procurement and menus: more legumes and vegetables and less beef, seasonal and organic produce, and supply contracts with farms in the agricultural park for rice, vegetables and dairy. Children take home uneaten fruit and bread, and schools measure plate waste. The city supports park farms in converting to organic methods and in joining short supply chains such as farmers’ markets and district food hubs; surplus food from canteens and supermarkets is redistributed through neighbourhood hubs.',
  ],
  results: [
    'The share of organic and local products in school meals rose substantially, and menu changes lowered the carbon footprint per meal. Taken together with reduced waste, the city estimates roughly 3,000 tonnes of CO2e avoided a year — an approximate figure from a footprint calculation of menus and purchases.',
    'Farms in the agricultural park gained a stable public buyer, and several converted to organic production. The food policy gave the city a permanent coordination structure and inspired many other cities to adopt food strategies.',
  ],
  successFactors: [
    'A municipal catering company the city controls directly, giving it a large, stable demand to redirect; a dedicated food policy office; an agricultural park protected by regional law; and high public attention to food.',
  ],
  limitingFactors: [
    'Procurement rules and price limits restrict how much local or organic produce can be bought. Changing menus requires patient work with parents and children. Farm conversion to organic methods takes years and needs technical support.',
  ],
  replication: {
    guidance: [
      'Start with what the city buys: school and hospital catering. Measure the footprint of menus, reduce meat and waste, and write seasonal and local criteria into tenders. Create a small food policy office to link catering, agriculture, waste and education.',
    ],
    powers: 'Control of public catering or its procurement; a planning role for peri-urban farmland.',
    budget: 'A food policy office costs a few hundred thousand euros a year; menu changes are largely cost-neutral when paired with waste reduction.',
    partners: 'Public caterer, farmers’ associations of the peri-urban area, universities, food banks and charities, schools and parents.',
    time: 'One year to adopt the policy; menu and procurement changes over two to three years.',
  },
  steps: [
    { title: 'Adopt a food policy', description: 'Set priorities with departments, researchers and civil society, and create a food policy office.' },
    { title: 'Measure meals', description: 'Calculate the footprint of school menus and measure plate waste.' },
    { title: 'Change menus and procurement', description: 'Serve less beef and more legumes; buy seasonal, organic and local produce from park farms.' },
    { title: 'Support farms and redistribute surplus', description: 'Help farms convert and sell locally, and redistribute surplus food through neighbourhood hubs.' },
  ],
  timeline: '2014–2015: food policy developed and adopted. 2015 onwards: catering changes and farm supply contracts. Late 2010s: neighbourhood food surplus hubs and continued menu reform.',
  stakeholders: 'City of Milan and its food policy office, the municipal catering company, farms of the agricultural park, universities, foundations, food banks and charities, schools and parents.',
  leadCity: 'milan',
  themes: ['agriculture-forestry-land-use', 'governance-policy'],
  scale: 'metropolitan',
  implementationStatus: 'ongoing',
  startYear: 2015,
  impact: {
    emissionsReduced: 3000,
    baselineYear: 2015,
    lifetimeYears: 10,
    method: 'other',
    methodNote: 'Approximate: life-cycle footprint of school menus and purchases before and after the changes, plus reduced waste.',
    verificationLevel: 'self_reported',
    coBenefits: ['health', 'local_economy', 'biodiversity', 'equity'],
  },
  budget: {
    amount: 2000000,
    currency: 'EUR',
    financing: 'Approximate annual cost of the food policy office and programmes, from the city budget and private foundations; catering changes financed within the caterer’s budget.',
  },
  sourceLinks: [{ label: 'Comune di Milano', url: 'https://www.comune.milano.it' }],
  partners: [
    { name: 'Municipal catering company', role: 'Menus and procurement for school meals' },
    { name: 'Farms of the southern agricultural park', role: 'Supply of rice, vegetables and dairy' },
  ],
  contact: demoContact('food policy', 'Comune di Milano', 'milan-food-policy'),
  publishedDaysAgo: 340,
  translations: {
    fr: {
      title: 'Milan : une politique alimentaire qui relie les cantines scolaires aux fermes du parc agricole',
      summary:
        'Milan a adopté une politique alimentaire qui traite l’alimentation comme un système urbain, des fermes du grand parc agricole au sud de la ville aux quelque 80 000 repas que sert chaque jour d’école son restaurateur public. Celui-ci achète davantage de produits de saison, bio et locaux aux fermes du parc, sert moins de bœuf et réduit le gaspillage ; la ville aide les fermes à passer au bio et aux circuits courts.',
    },
    es: {
      title: 'Milán: una política alimentaria que une los comedores escolares con las granjas de su parque agrícola',
      summary:
        'Milán adoptó una política alimentaria que trata la comida como un sistema urbano, desde las granjas del gran parque agrícola del sur de la ciudad hasta las cerca de 80.000 comidas que sirve cada día lectivo su empresa pública de restauración. Esta compra más productos de temporada, ecológicos y locales a las granjas del parque, sirve menos carne de vacuno y reduce el desperdicio; la ciudad apoya a las granjas en la conversión ecológica y los circuitos cortos.',
    },
    pt: {
      title: 'Milão: uma política alimentar que liga as cantinas escolares às quintas do seu parque agrícola',
      summary:
        'Milão adotou uma política alimentar que trata a alimentação como um sistema urbano, desde as quintas do grande parque agrícola a sul da cidade até às cerca de 80 000 refeições que a sua empresa pública de restauração serve em cada dia de aulas. Esta compra mais produtos sazonais, biológicos e locais às quintas do parque, serve menos carne de vaca e reduz o desperdício; a cidade apoia as quintas na conversão biológica e nos circuitos curtos.',
    },
  },
}
