import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const mexicoCityChinampas: DemoPractice = {
  slug: 'mexico-city-xochimilco-chinampa-restoration',
  title: 'Mexico City: bringing Xochimilco’s ancient wetland farms back into production',
  summary:
    'On the southern edge of Mexico City, researchers, farming families and the city’s environment department are restoring chinampas — the raised fields built in the lake waters of Xochimilco since before the Spanish conquest. Farmers who cultivate without agrochemicals and filter the canal water around their plots receive technical help and a label that earns a better price from city restaurants and markets. Restored plots store carbon in wet soils, shelter the endangered axolotl and keep green land from being built over.',
  challenge: [
    'The chinampas of Xochimilco are a World Heritage landscape and one of the last working remnants of the lake system on which Mexico City was built. Over recent decades many plots were abandoned or turned into sports fields and informal housing, canals were polluted by untreated wastewater, and the water table dropped as the city pumped groundwater.',
    'Farming on chinampas had become unprofitable: produce sold at the same low price as conventional vegetables, while agrochemicals and polluted water degraded both soils and the reputation of the produce. Each abandoned plot is one step closer to urbanisation of the city’s last large wetland.',
  ],
  objectives: [
    'Keep chinampas in agricultural use and prevent their conversion to buildings.',
    'Restore water quality and habitat in the canals, including for the axolotl, and keep carbon stored in the wetland soils.',
    'Give farming families a fair income from traditional, low-input production.',
  ],
  solution: [
    'A university ecology laboratory worked with farmers to turn chinampas into "refuges": the canal around each participating plot is separated from polluted water by simple filters of plants and stones, creating clean channels where native species can recover. Farmers commit to growing without synthetic pesticides and fertilisers, using traditional techniques such as mud-based seedbeds and compost.',
    'Participants receive training and technical visits, and their produce carries a label that certifies traditional, chemical-free production. The city’s environment department supports the work within its conservation land programme, helps connect farmers with restaurants, markets and shoppers, and funds canal and soil restoration.',
  ],
  results: [
    'Dozens of farming families and well over a hundred hectares of chinampas were brought back into sustainable production or protected from conversion. Water quality in the refuge canals improved, and axolotls and other native species were found again in restored channels.',
    'The climate benefit comes mainly from keeping wetland soils wet and unbuilt: an approximate 800 tonnes of CO2e a year avoided or stored, an estimate with large uncertainty. Restaurants and buyers in the city pay a premium for labelled produce, making chinampa farming viable for a new generation.',
  ],
  successFactors: [
    'Long-term collaboration between researchers and farming families built on trust; a label that turns ecological value into income; support from the city’s conservation programme; and the cultural pride attached to the chinampas.',
  ],
  limitingFactors: [
    'Water pollution and groundwater extraction are driven by city-wide systems beyond the project. Land tenure is fragmented and informal building pressure is high. The premium market is limited in size and needs continuous promotion.',
  ],
  replication: {
    guidance: [
      'Work with farmers rather than for them: start with a few demonstration plots, agree simple production rules, and build a label and sales channels before scaling up. Combine agricultural support with protection of the land in planning documents.',
    ],
    powers: 'Land-use protection for peri-urban farmland or wetlands; a conservation or rural development budget.',
    budget: 'A few hundred thousand US dollars a year for training, restoration works and marketing at neighbourhood scale.',
    partners: 'A university or research centre, farmers’ associations, restaurants and markets, environment and water agencies.',
    time: 'Two to three years to establish demonstration plots and the label; a decade to change the landscape.',
  },
  steps: [
    { title: 'Demonstration plots', description: 'Restore a few chinampas and their canals with volunteer farming families.' },
    { title: 'Agree production rules', description: 'Define chemical-free, traditional practices that participants commit to.' },
    { title: 'Create a label and market', description: 'Certify produce and connect farmers with restaurants, markets and city buyers.' },
    { title: 'Scale with the city', description: 'Integrate support into the city’s conservation land programme and protect plots in planning.' },
  ],
  timeline: 'About 2009–2011: first refuge plots with researchers. From 2012: label and sales channels; city support within the conservation land programme. Ongoing expansion.',
  stakeholders: 'Farming families of Xochimilco, a university ecology laboratory, the city’s environment secretariat, borough authorities, restaurants and food markets, local tourism operators.',
  leadCity: 'mexico-city',
  themes: ['agriculture-forestry-land-use', 'just-transition'],
  scale: 'neighbourhood',
  implementationStatus: 'ongoing',
  startYear: 2012,
  impact: {
    emissionsReduced: 800,
    baselineYear: 2012,
    lifetimeYears: 20,
    method: 'ipcc',
    methodNote: 'Rough estimate: wetland soil carbon kept in place and avoided conversion, using default factors; high uncertainty.',
    verificationLevel: 'self_reported',
    coBenefits: ['biodiversity', 'local_economy', 'health', 'resilience', 'equity'],
  },
  budget: {
    amount: 25000000,
    currency: 'MXN',
    financing: 'Approximate total: city conservation programme funds, university research grants, and premiums paid by buyers of labelled produce.',
  },
  sourceLinks: [{ label: 'Gobierno de la Ciudad de México', url: 'https://www.cdmx.gob.mx' }],
  partners: [
    { name: 'University ecology laboratory', role: 'Restoration method and monitoring' },
    { name: 'Chinampa farmers’ groups', role: 'Cultivation and stewardship of restored plots' },
  ],
  contact: demoContact('chinampa restoration', 'Secretaría del Medio Ambiente, Ciudad de México', 'mexico-city-chinampas'),
  lookingForPartners: true,
  publishedDaysAgo: 450,
  translations: {
    fr: {
      title: 'Mexico : rendre à la culture les anciennes parcelles lacustres de Xochimilco',
      summary:
        'Au sud de Mexico, des chercheurs, des familles d’agriculteurs et le service de l’environnement de la ville restaurent les chinampas, ces champs surélevés construits dans les eaux du lac de Xochimilco depuis l’époque préhispanique. Les agriculteurs qui cultivent sans produits chimiques et filtrent l’eau des canaux reçoivent un appui technique et un label mieux payé par les restaurants et marchés. Les parcelles restaurées stockent du carbone et abritent l’axolotl.',
    },
    es: {
      title: 'Ciudad de México: devolver a la producción las antiguas chinampas de Xochimilco',
      summary:
        'En el sur de la Ciudad de México, investigadores, familias chinamperas y la secretaría de medio ambiente restauran las chinampas, los campos elevados construidos en las aguas del lago de Xochimilco desde antes de la conquista. Quienes cultivan sin agroquímicos y filtran el agua de los canales reciben apoyo técnico y un sello que obtiene mejor precio en restaurantes y mercados. Las parcelas restauradas guardan carbono y dan refugio al ajolote.',
      challenge: [
        'Las chinampas de Xochimilco son un paisaje Patrimonio de la Humanidad y uno de los últimos restos vivos del sistema lacustre sobre el que se construyó la Ciudad de México. En las últimas décadas muchas parcelas se abandonaron o se convirtieron en canchas y viviendas irregulares, las aguas residuales sin tratar contaminaron los canales y el nivel freático bajó por la extracción de agua subterránea.',
        'Cultivar en chinampa había dejado de ser rentable: la cosecha se vendía al mismo precio bajo que las hortalizas convencionales, mientras los agroquímicos y el agua contaminada degradaban los suelos y la reputación del producto. Cada parcela abandonada acerca la urbanización del último gran humedal de la ciudad.',
      ],
      solution: [
        'Un laboratorio universitario de ecología trabajó con las familias chinamperas para convertir las chinampas en «refugios»: el canal que rodea cada parcela participante se separa del agua contaminada con filtros sencillos de plantas y piedras, lo que crea canales limpios donde las especies nativas pueden recuperarse. Los productores se comprometen a no usar plaguicidas ni fertilizantes sintéticos y a emplear técnicas tradicionales, como los almácigos de lodo y la composta.',
        'Los participantes reciben capacitación y visitas técnicas, y su producción lleva un sello que certifica el cultivo tradicional y sin químicos. La secretaría de medio ambiente apoya el trabajo dentro de su programa de suelo de conservación, ayuda a vincular a los productores con restaurantes, mercados y consumidores, y financia la restauración de canales y suelos.',
      ],
      results: [
        'Decenas de familias y bastante más de cien hectáreas de chinampas volvieron a la producción sostenible o quedaron protegidas frente a la urbanización. La calidad del agua mejoró en los canales refugio, y el ajolote y otras especies nativas reaparecieron en los canales restaurados.',
        'El beneficio climático procede sobre todo de mantener húmedos y sin construir los suelos del humedal: unas 800 toneladas de CO2e al año evitadas o almacenadas, una estimación con gran incertidumbre. Restaurantes y compradores de la ciudad pagan un sobreprecio por el producto con sello, lo que hace viable la chinampa para una nueva generación.',
      ],
      steps: [
        'Parcelas demostrativas',
        'Acordar reglas de producción',
        'Crear un sello y un mercado',
        'Escalar con la ciudad',
      ],
    },
    pt: {
      title: 'Cidade do México: devolver à produção as antigas parcelas lacustres de Xochimilco',
      summary:
        'No sul da Cidade do México, investigadores, famílias agricultoras e a secretaria do ambiente restauram as chinampas, os campos elevados construídos nas águas do lago de Xochimilco desde antes da conquista espanhola. Quem cultiva sem agroquímicos e filtra a água dos canais recebe apoio técnico e um selo que obtém melhor preço em restaurantes e mercados. As parcelas restauradas guardam carbono e abrigam o axolote.',
    },
  },
}
