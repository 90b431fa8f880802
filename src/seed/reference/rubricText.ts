/**
 * The default evaluation rubric (version 1), as published on the methodology page. Editors can
 * correct its wording in the admin; a change of criteria, weights or scale needs a new version.
 */
import type { Locale } from '@/i18n/locales'

export type Localized = Record<Locale, string>

export type CriterionSeed = {
  key: string
  weight: number
  name: Localized
  description: Localized
  /** One descriptor per score, from 0 to 4. */
  levels: [Localized, Localized, Localized, Localized, Localized]
}

export const RUBRIC_SCALE = { min: 0, max: 4 } as const

export const rubricTitle: Localized = {
  en: 'GKEC evaluation rubric',
  fr: 'Grille d’évaluation du GKEC',
  es: 'Rúbrica de evaluación del GKEC',
  pt: 'Grelha de avaliação do GKEC',
}

export const rubricIntroduction: Localized = {
  en: 'Independent evaluators score each practice on eight criteria, from 0 (not demonstrated) to 4 (exemplary), using the level descriptors of each criterion. Every score is justified in writing and rests on the evidence in the practice’s file and its sources: what is not documented cannot be credited. The criteria cover what a city considering the practice needs to know: whether it cuts emissions, how well its results are measured, what it costs, whether it can be repeated elsewhere, whether it lasts, and who benefits.',
  fr: 'Des évaluateurs indépendants notent chaque pratique selon huit critères, de 0 (non démontré) à 4 (exemplaire), à l’aide des descripteurs de niveau de chaque critère. Chaque note est justifiée par écrit et repose sur les éléments du dossier de la pratique et de ses sources : ce qui n’est pas documenté ne peut pas être pris en compte. Les critères couvrent ce qu’une ville qui envisage la pratique doit savoir : si elle réduit les émissions, si ses résultats sont mesurés, ce qu’elle coûte, si elle peut être reproduite ailleurs, si elle dure, et à qui elle profite.',
  es: 'Evaluadores independientes puntúan cada práctica según ocho criterios, de 0 (no demostrado) a 4 (ejemplar), con los descriptores de nivel de cada criterio. Cada puntuación se justifica por escrito y se basa en la evidencia del expediente de la práctica y de sus fuentes: lo que no está documentado no puede valorarse. Los criterios cubren lo que una ciudad que considera la práctica necesita saber: si reduce emisiones, si sus resultados se miden, cuánto cuesta, si puede replicarse en otro lugar, si perdura y a quién beneficia.',
  pt: 'Avaliadores independentes pontuam cada prática segundo oito critérios, de 0 (não demonstrado) a 4 (exemplar), com os descritores de nível de cada critério. Cada pontuação é justificada por escrito e assenta nas evidências do processo da prática e das suas fontes: o que não está documentado não pode ser valorizado. Os critérios cobrem o que uma cidade que pondera a prática precisa de saber: se reduz emissões, se os resultados são medidos, quanto custa, se pode ser replicada noutro lugar, se perdura e a quem beneficia.',
}

export const rubricCriteria: CriterionSeed[] = [
  {
    key: 'relevance',
    weight: 2,
    name: {
      en: 'Relevance to climate neutrality',
      fr: 'Pertinence pour la neutralité climatique',
      es: 'Pertinencia para la neutralidad climática',
      pt: 'Relevância para a neutralidade climática',
    },
    description: {
      en: 'How directly the practice moves the city towards climate neutrality: whether it addresses a significant source of emissions (or a removal) in the city’s inventory, and whether it is part of the city’s climate plan or neutrality commitment.',
      fr: 'Dans quelle mesure la pratique rapproche directement la ville de la neutralité climatique : si elle porte sur une source importante d’émissions (ou une absorption) de l’inventaire de la ville, et si elle s’inscrit dans son plan climat ou son engagement de neutralité.',
      es: 'En qué medida la práctica acerca directamente a la ciudad a la neutralidad climática: si aborda una fuente importante de emisiones (o una absorción) del inventario de la ciudad y si forma parte de su plan climático o de su compromiso de neutralidad.',
      pt: 'Em que medida a prática aproxima diretamente a cidade da neutralidade climática: se incide sobre uma fonte importante de emissões (ou uma remoção) do inventário da cidade e se integra o seu plano climático ou o seu compromisso de neutralidade.',
    },
    levels: [
      {
        en: 'No identifiable link to reducing greenhouse gas emissions.',
        fr: 'Aucun lien identifiable avec la réduction des émissions de gaz à effet de serre.',
        es: 'Ningún vínculo identificable con la reducción de emisiones de gases de efecto invernadero.',
        pt: 'Nenhuma ligação identificável com a redução de emissões de gases com efeito de estufa.',
      },
      {
        en: 'An indirect or marginal link: the practice may reduce emissions, but that is neither its aim nor explained.',
        fr: 'Un lien indirect ou marginal : la pratique peut réduire des émissions, mais ce n’est ni son objectif ni expliqué.',
        es: 'Un vínculo indirecto o marginal: la práctica puede reducir emisiones, pero no es su objetivo ni se explica.',
        pt: 'Uma ligação indireta ou marginal: a prática pode reduzir emissões, mas esse não é o seu objetivo nem é explicado.',
      },
      {
        en: 'Reduces emissions from a minor source in the city’s inventory, or contributes indirectly to a significant one; the link to the city’s climate objectives is stated.',
        fr: 'Réduit les émissions d’une source secondaire de l’inventaire de la ville, ou contribue indirectement à réduire une source importante ; le lien avec les objectifs climatiques de la ville est établi.',
        es: 'Reduce las emisiones de una fuente menor del inventario de la ciudad, o contribuye indirectamente a reducir una importante; se explica su relación con los objetivos climáticos de la ciudad.',
        pt: 'Reduz as emissões de uma fonte menor do inventário da cidade, ou contribui indiretamente para reduzir uma importante; a relação com os objetivos climáticos da cidade é explicada.',
      },
      {
        en: 'Directly reduces emissions from a significant source in the city’s inventory and is part of the city’s climate plan or neutrality commitment.',
        fr: 'Réduit directement les émissions d’une source importante de l’inventaire de la ville et fait partie de son plan climat ou de son engagement de neutralité.',
        es: 'Reduce directamente las emisiones de una fuente importante del inventario de la ciudad y forma parte de su plan climático o de su compromiso de neutralidad.',
        pt: 'Reduz diretamente as emissões de uma fonte importante do inventário da cidade e integra o seu plano climático ou o seu compromisso de neutralidade.',
      },
      {
        en: 'Tackles one of the city’s largest sources of emissions at scale, is a core element of a quantified pathway to climate neutrality, and measurably brings the city closer to its target.',
        fr: 'S’attaque à grande échelle à l’une des principales sources d’émissions de la ville, constitue un élément central d’une trajectoire chiffrée vers la neutralité climatique et rapproche la ville de son objectif de façon mesurable.',
        es: 'Aborda a gran escala una de las mayores fuentes de emisiones de la ciudad, es un elemento central de una trayectoria cuantificada hacia la neutralidad climática y acerca a la ciudad a su objetivo de forma medible.',
        pt: 'Aborda em grande escala uma das maiores fontes de emissões da cidade, é um elemento central de uma trajetória quantificada para a neutralidade climática e aproxima a cidade da sua meta de forma mensurável.',
      },
    ],
  },
  {
    key: 'evidence',
    weight: 2,
    name: {
      en: 'Evidence and measurability of results',
      fr: 'Preuves et mesurabilité des résultats',
      es: 'Evidencia y medición de los resultados',
      pt: 'Evidência e mensurabilidade dos resultados',
    },
    description: {
      en: 'The quality of the evidence that the practice achieves what it claims: a baseline, monitoring data, a recognised accounting method, and independent review of the results.',
      fr: 'La qualité des preuves que la pratique obtient les résultats qu’elle annonce : une situation de référence, des données de suivi, une méthode de comptabilisation reconnue et une vérification indépendante des résultats.',
      es: 'La calidad de la evidencia de que la práctica logra lo que afirma: una línea de base, datos de seguimiento, un método de contabilidad reconocido y una revisión independiente de los resultados.',
      pt: 'A qualidade das evidências de que a prática alcança o que afirma: uma situação de referência, dados de monitorização, um método de contabilização reconhecido e uma verificação independente dos resultados.',
    },
    levels: [
      {
        en: 'No results reported, or claims without any data.',
        fr: 'Aucun résultat communiqué, ou des affirmations sans aucune donnée.',
        es: 'No se informa de resultados, o se hacen afirmaciones sin ningún dato.',
        pt: 'Nenhum resultado comunicado, ou afirmações sem quaisquer dados.',
      },
      {
        en: 'Results are described qualitatively, or estimated without a stated method or baseline.',
        fr: 'Les résultats sont décrits qualitativement, ou estimés sans méthode ni situation de référence explicites.',
        es: 'Los resultados se describen de forma cualitativa, o se estiman sin método ni línea de base explícitos.',
        pt: 'Os resultados são descritos qualitativamente, ou estimados sem método nem situação de referência explícitos.',
      },
      {
        en: 'Results are quantified against a baseline, but the method is only partly documented or the monitoring period is short.',
        fr: 'Les résultats sont chiffrés par rapport à une situation de référence, mais la méthode n’est que partiellement documentée ou la période de suivi est courte.',
        es: 'Los resultados se cuantifican respecto a una línea de base, pero el método solo está documentado en parte o el periodo de seguimiento es corto.',
        pt: 'Os resultados são quantificados face a uma situação de referência, mas o método só está parcialmente documentado ou o período de monitorização é curto.',
      },
      {
        en: 'Results are measured against a baseline with a documented, recognised method (such as the GPC) over at least one full year of monitoring.',
        fr: 'Les résultats sont mesurés par rapport à une situation de référence avec une méthode reconnue et documentée (comme le GPC), sur au moins une année complète de suivi.',
        es: 'Los resultados se miden respecto a una línea de base con un método reconocido y documentado (como el GPC), durante al menos un año completo de seguimiento.',
        pt: 'Os resultados são medidos face a uma situação de referência com um método reconhecido e documentado (como o GPC), durante pelo menos um ano completo de monitorização.',
      },
      {
        en: 'Results are measured over several years with a recognised method, the data are published, and an independent party has verified them.',
        fr: 'Les résultats sont mesurés sur plusieurs années avec une méthode reconnue, les données sont publiées et un tiers indépendant les a vérifiées.',
        es: 'Los resultados se miden durante varios años con un método reconocido, los datos son públicos y un tercero independiente los ha verificado.',
        pt: 'Os resultados são medidos ao longo de vários anos com um método reconhecido, os dados são públicos e uma entidade independente verificou-os.',
      },
    ],
  },
  {
    key: 'cost-effectiveness',
    weight: 1.5,
    name: {
      en: 'Emissions impact relative to cost',
      fr: 'Impact sur les émissions au regard du coût',
      es: 'Impacto en las emisiones en relación con el coste',
      pt: 'Impacto nas emissões face ao custo',
    },
    description: {
      en: 'The emissions avoided relative to the resources spent: the cost per tonne of CO₂e avoided over the lifetime of the measure, compared with other ways of achieving the same reduction, and how transparent the cost data are.',
      fr: 'Les émissions évitées au regard des ressources engagées : le coût par tonne de CO₂e évitée sur la durée de vie de la mesure, comparé à d’autres moyens d’obtenir la même réduction, et la transparence des données de coût.',
      es: 'Las emisiones evitadas en relación con los recursos empleados: el coste por tonelada de CO₂e evitada durante la vida útil de la medida, comparado con otras formas de lograr la misma reducción, y la transparencia de los datos de coste.',
      pt: 'As emissões evitadas face aos recursos empregues: o custo por tonelada de CO₂e evitada ao longo da vida útil da medida, comparado com outras formas de obter a mesma redução, e a transparência dos dados de custo.',
    },
    levels: [
      {
        en: 'Costs or impact are unknown, so cost-effectiveness cannot be assessed.',
        fr: 'Les coûts ou l’impact sont inconnus : le rapport coût-efficacité ne peut pas être apprécié.',
        es: 'Se desconocen los costes o el impacto, por lo que no puede valorarse la relación coste-eficacia.',
        pt: 'Os custos ou o impacto são desconhecidos, pelo que a relação custo-eficácia não pode ser avaliada.',
      },
      {
        en: 'Costs and impact are both reported, but the cost per tonne avoided is high compared with alternatives, or the figures cannot be compared.',
        fr: 'Les coûts et l’impact sont tous deux communiqués, mais le coût par tonne évitée est élevé par rapport aux alternatives, ou les chiffres ne sont pas comparables.',
        es: 'Se informa tanto de los costes como del impacto, pero el coste por tonelada evitada es alto frente a las alternativas, o las cifras no son comparables.',
        pt: 'Os custos e o impacto são ambos comunicados, mas o custo por tonelada evitada é elevado face às alternativas, ou os números não são comparáveis.',
      },
      {
        en: 'The cost per tonne avoided can be estimated and is in the range of comparable measures.',
        fr: 'Le coût par tonne évitée peut être estimé et se situe dans la fourchette des mesures comparables.',
        es: 'El coste por tonelada evitada puede estimarse y está en el rango de medidas comparables.',
        pt: 'O custo por tonelada evitada pode ser estimado e situa-se no intervalo de medidas comparáveis.',
      },
      {
        en: 'A documented cost per tonne avoided that compares favourably with alternatives, including when operating costs over the lifetime are counted.',
        fr: 'Un coût par tonne évitée documenté, favorable par rapport aux alternatives, y compris en tenant compte des coûts d’exploitation sur toute la durée de vie.',
        es: 'Un coste por tonelada evitada documentado y favorable frente a las alternativas, también al contar los costes de explotación durante toda la vida útil.',
        pt: 'Um custo por tonelada evitada documentado e favorável face às alternativas, também quando se contam os custos de exploração ao longo da vida útil.',
      },
      {
        en: 'Among the most cost-effective options in its sector, with full lifecycle costs published, or net savings over its lifetime.',
        fr: 'Parmi les options les plus efficaces au regard du coût dans son secteur, avec des coûts en cycle de vie complet publiés, ou des économies nettes sur sa durée de vie.',
        es: 'Entre las opciones más eficaces en relación con su coste en su sector, con los costes del ciclo de vida completo publicados, o con ahorros netos durante su vida útil.',
        pt: 'Entre as opções com melhor relação custo-eficácia no seu setor, com os custos do ciclo de vida completo publicados, ou com poupanças líquidas ao longo da vida útil.',
      },
    ],
  },
  {
    key: 'transferability',
    weight: 1,
    name: {
      en: 'Transferability and replicability',
      fr: 'Transférabilité et reproductibilité',
      es: 'Transferibilidad y replicabilidad',
      pt: 'Transferibilidade e replicabilidade',
    },
    description: {
      en: 'How readily other cities could adopt the practice: whether it depends on unusual local conditions, powers or funding, how clearly its steps and conditions for success are documented, and whether it has already been replicated.',
      fr: 'La facilité avec laquelle d’autres villes pourraient adopter la pratique : si elle dépend de conditions, de compétences ou de financements locaux inhabituels, si ses étapes et ses conditions de réussite sont clairement documentées, et si elle a déjà été reproduite.',
      es: 'La facilidad con que otras ciudades podrían adoptar la práctica: si depende de condiciones, competencias o financiación locales poco habituales, si sus pasos y condiciones de éxito están claramente documentados y si ya se ha replicado.',
      pt: 'A facilidade com que outras cidades poderiam adotar a prática: se depende de condições, competências ou financiamento locais pouco habituais, se os seus passos e condições de sucesso estão claramente documentados e se já foi replicada.',
    },
    levels: [
      {
        en: 'Depends on conditions unique to the city; nothing is documented that would help another city.',
        fr: 'Dépend de conditions propres à la ville ; rien n’est documenté qui aiderait une autre ville.',
        es: 'Depende de condiciones exclusivas de la ciudad; no se documenta nada que ayude a otra ciudad.',
        pt: 'Depende de condições exclusivas da cidade; nada está documentado que ajude outra cidade.',
      },
      {
        en: 'Could in principle be repeated, but depends on powers, funding or conditions that few cities have, and little is documented.',
        fr: 'Pourrait en principe être reproduite, mais dépend de compétences, de financements ou de conditions dont peu de villes disposent, et peu d’éléments sont documentés.',
        es: 'Podría en principio replicarse, pero depende de competencias, financiación o condiciones de las que pocas ciudades disponen, y se documenta poco.',
        pt: 'Poderia em princípio ser replicada, mas depende de competências, financiamento ou condições de que poucas cidades dispõem, e pouco está documentado.',
      },
      {
        en: 'Can be repeated by cities with similar powers and resources; the main steps and conditions are described.',
        fr: 'Reproductible par des villes disposant de compétences et de ressources similaires ; les principales étapes et conditions sont décrites.',
        es: 'Replicable por ciudades con competencias y recursos similares; se describen los principales pasos y condiciones.',
        pt: 'Replicável por cidades com competências e recursos semelhantes; os principais passos e condições estão descritos.',
      },
      {
        en: 'Well documented (steps, costs, partners, timeline, pitfalls) and adaptable to cities of different sizes or contexts.',
        fr: 'Bien documentée (étapes, coûts, partenaires, calendrier, écueils) et adaptable à des villes de tailles ou de contextes différents.',
        es: 'Bien documentada (pasos, costes, socios, calendario, dificultades) y adaptable a ciudades de distintos tamaños o contextos.',
        pt: 'Bem documentada (passos, custos, parceiros, calendário, dificuldades) e adaptável a cidades de diferentes dimensões ou contextos.',
      },
      {
        en: 'Already replicated or scaled up successfully in other cities, or packaged as guidance, tools or open standards that others use.',
        fr: 'Déjà reproduite ou déployée à plus grande échelle avec succès dans d’autres villes, ou formalisée en guides, outils ou standards ouverts que d’autres utilisent.',
        es: 'Ya replicada o ampliada con éxito en otras ciudades, o convertida en guías, herramientas o estándares abiertos que otros utilizan.',
        pt: 'Já replicada ou ampliada com sucesso noutras cidades, ou convertida em guias, ferramentas ou normas abertas que outros utilizam.',
      },
    ],
  },
  {
    key: 'innovation',
    weight: 1,
    name: { en: 'Innovation', fr: 'Innovation', es: 'Innovación', pt: 'Inovação' },
    description: {
      en: 'What the practice adds to what is already done: a new technology, business model, governance arrangement or approach, or a proven solution applied where it is new, and what others can learn from it.',
      fr: 'Ce que la pratique apporte par rapport à l’existant : une technologie, un modèle économique, un mode de gouvernance ou une approche nouvelle, ou une solution éprouvée appliquée là où elle est nouvelle, et ce que d’autres peuvent en apprendre.',
      es: 'Lo que la práctica aporta respecto a lo existente: una tecnología, un modelo de negocio, una forma de gobernanza o un enfoque nuevos, o una solución probada aplicada donde es nueva, y lo que otros pueden aprender de ella.',
      pt: 'O que a prática acrescenta ao que já existe: uma tecnologia, um modelo de negócio, uma forma de governação ou uma abordagem novos, ou uma solução comprovada aplicada onde é nova, e o que outros podem aprender com ela.',
    },
    levels: [
      {
        en: 'Standard practice, with nothing new in its approach or its context.',
        fr: 'Pratique courante, sans rien de nouveau dans son approche ni dans son contexte.',
        es: 'Práctica habitual, sin nada nuevo en su enfoque ni en su contexto.',
        pt: 'Prática corrente, sem nada de novo na abordagem nem no contexto.',
      },
      {
        en: 'A minor adaptation of a widespread solution.',
        fr: 'Une adaptation mineure d’une solution répandue.',
        es: 'Una adaptación menor de una solución extendida.',
        pt: 'Uma adaptação menor de uma solução generalizada.',
      },
      {
        en: 'A proven solution applied in a new context or sector, or at a scale new to the region.',
        fr: 'Une solution éprouvée appliquée dans un contexte ou un secteur nouveau, ou à une échelle inédite dans la région.',
        es: 'Una solución probada aplicada en un contexto o sector nuevo, o a una escala inédita en la región.',
        pt: 'Uma solução comprovada aplicada num contexto ou setor novo, ou a uma escala inédita na região.',
      },
      {
        en: 'A new approach (technology, financing, governance or partnership) rarely applied in cities so far.',
        fr: 'Une approche nouvelle (technologie, financement, gouvernance ou partenariat) encore rarement appliquée dans les villes.',
        es: 'Un enfoque nuevo (tecnología, financiación, gobernanza o alianza) todavía poco aplicado en las ciudades.',
        pt: 'Uma abordagem nova (tecnologia, financiamento, governação ou parceria) ainda pouco aplicada nas cidades.',
      },
      {
        en: 'Pioneering: a first of its kind that has opened a new path for others, with its lessons documented.',
        fr: 'Pionnière : une première qui a ouvert une voie nouvelle à d’autres, avec des enseignements documentés.',
        es: 'Pionera: la primera de su tipo, que ha abierto un camino nuevo a otros, con sus lecciones documentadas.',
        pt: 'Pioneira: a primeira do seu tipo, que abriu um caminho novo a outros, com as lições documentadas.',
      },
    ],
  },
  {
    key: 'inclusiveness',
    weight: 1,
    name: {
      en: 'Stakeholder engagement and inclusiveness (just transition)',
      fr: 'Participation des parties prenantes et inclusion (transition juste)',
      es: 'Participación de las partes interesadas e inclusión (transición justa)',
      pt: 'Participação das partes interessadas e inclusão (transição justa)',
    },
    description: {
      en: 'How the practice involved residents, businesses and civil society in its design and running, and how fairly it shares costs and benefits, in particular with low-income and vulnerable groups.',
      fr: 'La manière dont la pratique a associé habitants, entreprises et société civile à sa conception et à sa mise en œuvre, et l’équité avec laquelle elle répartit coûts et bénéfices, en particulier envers les ménages modestes et les groupes vulnérables.',
      es: 'Cómo la práctica ha implicado a vecinos, empresas y sociedad civil en su diseño y funcionamiento, y con qué equidad reparte costes y beneficios, en particular con los hogares de bajos ingresos y los grupos vulnerables.',
      pt: 'Como a prática envolveu residentes, empresas e sociedade civil na sua conceção e funcionamento, e com que equidade reparte custos e benefícios, em particular com os agregados de baixos rendimentos e os grupos vulneráveis.',
    },
    levels: [
      {
        en: 'No stakeholder involvement, or the practice places unjustified burdens on vulnerable groups.',
        fr: 'Aucune participation des parties prenantes, ou la pratique fait peser des charges injustifiées sur des groupes vulnérables.',
        es: 'Ninguna participación de las partes interesadas, o la práctica impone cargas injustificadas a grupos vulnerables.',
        pt: 'Nenhuma participação das partes interessadas, ou a prática impõe encargos injustificados a grupos vulneráveis.',
      },
      {
        en: 'The public is only informed; effects on different groups are not considered.',
        fr: 'Le public est seulement informé ; les effets sur les différents groupes ne sont pas pris en compte.',
        es: 'Solo se informa al público; no se tienen en cuenta los efectos sobre los distintos grupos.',
        pt: 'O público é apenas informado; os efeitos sobre os diferentes grupos não são tidos em conta.',
      },
      {
        en: 'Stakeholders are consulted; effects on different groups are considered, with some measures to avoid harm.',
        fr: 'Les parties prenantes sont consultées ; les effets sur les différents groupes sont pris en compte, avec quelques mesures pour éviter de nuire.',
        es: 'Se consulta a las partes interesadas; se tienen en cuenta los efectos sobre los distintos grupos, con algunas medidas para evitar perjuicios.',
        pt: 'As partes interessadas são consultadas; os efeitos sobre os diferentes grupos são tidos em conta, com algumas medidas para evitar prejuízos.',
      },
      {
        en: 'Stakeholders, including affected and under-represented groups, take part in design or running; measures ensure fair access to the benefits and protect vulnerable groups.',
        fr: 'Les parties prenantes, y compris les groupes concernés et sous-représentés, participent à la conception ou à la mise en œuvre ; des mesures garantissent un accès équitable aux bénéfices et protègent les groupes vulnérables.',
        es: 'Las partes interesadas, incluidos los grupos afectados e infrarrepresentados, participan en el diseño o el funcionamiento; hay medidas que garantizan un acceso equitativo a los beneficios y protegen a los grupos vulnerables.',
        pt: 'As partes interessadas, incluindo os grupos afetados e sub-representados, participam na conceção ou no funcionamento; há medidas que garantem um acesso equitativo aos benefícios e protegem os grupos vulneráveis.',
      },
      {
        en: 'Co-designed and co-governed with communities; measurably reduces inequalities (such as energy poverty) and is recognised as fair by those affected.',
        fr: 'Co-conçue et co-gouvernée avec les habitants ; réduit les inégalités de façon mesurable (comme la précarité énergétique) et est reconnue comme équitable par les personnes concernées.',
        es: 'Codiseñada y cogobernada con las comunidades; reduce las desigualdades de forma medible (como la pobreza energética) y las personas afectadas la reconocen como justa.',
        pt: 'Co-concebida e co-gerida com as comunidades; reduz as desigualdades de forma mensurável (como a pobreza energética) e é reconhecida como justa pelas pessoas afetadas.',
      },
    ],
  },
  {
    key: 'durability',
    weight: 1,
    name: {
      en: 'Durability (governance, financing, maintenance)',
      fr: 'Pérennité (gouvernance, financement, entretien)',
      es: 'Durabilidad (gobernanza, financiación, mantenimiento)',
      pt: 'Durabilidade (governação, financiamento, manutenção)',
    },
    description: {
      en: 'Whether the practice will last beyond its initial funding and champions: clear ownership and governance, secured long-term financing, planned operation and maintenance, and a place in the city’s policies.',
      fr: 'Si la pratique durera au-delà de son financement initial et de ses porteurs : responsabilité et gouvernance claires, financement à long terme assuré, exploitation et entretien prévus, et inscription dans les politiques de la ville.',
      es: 'Si la práctica perdurará más allá de su financiación inicial y de sus impulsores: responsabilidad y gobernanza claras, financiación a largo plazo asegurada, explotación y mantenimiento previstos, y un lugar en las políticas de la ciudad.',
      pt: 'Se a prática perdurará para além do financiamento inicial e dos seus promotores: responsabilidade e governação claras, financiamento de longo prazo assegurado, exploração e manutenção previstas, e um lugar nas políticas da cidade.',
    },
    levels: [
      {
        en: 'A one-off project with no plan for what happens after the initial funding.',
        fr: 'Un projet ponctuel, sans aucun plan pour la suite après le financement initial.',
        es: 'Un proyecto puntual, sin ningún plan para después de la financiación inicial.',
        pt: 'Um projeto pontual, sem qualquer plano para depois do financiamento inicial.',
      },
      {
        en: 'Continuation depends on new funding or on a single person or organisation, with no plan to secure it.',
        fr: 'La poursuite dépend d’un nouveau financement ou d’une seule personne ou organisation, sans plan pour l’assurer.',
        es: 'La continuidad depende de nueva financiación o de una sola persona u organización, sin un plan para asegurarla.',
        pt: 'A continuidade depende de novo financiamento ou de uma única pessoa ou organização, sem um plano para a assegurar.',
      },
      {
        en: 'Operation is planned, but financing or responsibility is secured only in the short term.',
        fr: 'L’exploitation est prévue, mais le financement ou la responsabilité ne sont assurés qu’à court terme.',
        es: 'La explotación está prevista, pero la financiación o la responsabilidad solo están aseguradas a corto plazo.',
        pt: 'A exploração está prevista, mas o financiamento ou a responsabilidade só estão assegurados a curto prazo.',
      },
      {
        en: 'Clear responsibility, financing for operation and maintenance secured in the medium term, and anchored in a policy or plan.',
        fr: 'Une responsabilité claire, un financement de l’exploitation et de l’entretien assuré à moyen terme, et un ancrage dans une politique ou un plan.',
        es: 'Responsabilidad clara, financiación de la explotación y el mantenimiento asegurada a medio plazo, y anclaje en una política o un plan.',
        pt: 'Responsabilidade clara, financiamento da exploração e da manutenção assegurado a médio prazo, e ancoragem numa política ou num plano.',
      },
      {
        en: 'Embedded in the city’s regular budget, regulations or institutions, with a self-sustaining model or long-term financing and a track record of operation.',
        fr: 'Intégrée au budget ordinaire, à la réglementation ou aux institutions de la ville, avec un modèle autonome ou un financement de long terme et un historique d’exploitation.',
        es: 'Integrada en el presupuesto ordinario, la normativa o las instituciones de la ciudad, con un modelo autosostenible o financiación a largo plazo y una trayectoria de funcionamiento.',
        pt: 'Integrada no orçamento corrente, na regulamentação ou nas instituições da cidade, com um modelo autossustentável ou financiamento de longo prazo e um historial de funcionamento.',
      },
    ],
  },
  {
    key: 'co-benefits',
    weight: 1,
    name: { en: 'Co-benefits', fr: 'Co-bénéfices', es: 'Beneficios adicionales', pt: 'Cobenefícios' },
    description: {
      en: 'The benefits the practice brings beyond emissions, as far as they are documented: health and air quality, adaptation to climate change, biodiversity, jobs and the local economy, energy security, quality of life.',
      fr: 'Les bénéfices que la pratique apporte au-delà des émissions, dans la mesure où ils sont documentés : santé et qualité de l’air, adaptation au changement climatique, biodiversité, emploi et économie locale, sécurité énergétique, qualité de vie.',
      es: 'Los beneficios que aporta la práctica más allá de las emisiones, en la medida en que estén documentados: salud y calidad del aire, adaptación al cambio climático, biodiversidad, empleo y economía local, seguridad energética, calidad de vida.',
      pt: 'Os benefícios que a prática traz para além das emissões, na medida em que estejam documentados: saúde e qualidade do ar, adaptação às alterações climáticas, biodiversidade, emprego e economia local, segurança energética, qualidade de vida.',
    },
    levels: [
      {
        en: 'No co-benefit identified, or significant negative side effects.',
        fr: 'Aucun co-bénéfice identifié, ou des effets secondaires négatifs importants.',
        es: 'Ningún beneficio adicional identificado, o efectos secundarios negativos importantes.',
        pt: 'Nenhum cobenefício identificado, ou efeitos secundários negativos importantes.',
      },
      {
        en: 'Co-benefits are claimed but neither described nor supported by evidence.',
        fr: 'Des co-bénéfices sont annoncés, mais ni décrits ni étayés.',
        es: 'Se afirman beneficios adicionales, pero no se describen ni se respaldan con evidencia.',
        pt: 'São afirmados cobenefícios, mas não são descritos nem sustentados por evidências.',
      },
      {
        en: 'One or two co-benefits are described, with some qualitative evidence.',
        fr: 'Un ou deux co-bénéfices sont décrits, avec quelques éléments qualitatifs.',
        es: 'Se describen uno o dos beneficios adicionales, con alguna evidencia cualitativa.',
        pt: 'São descritos um ou dois cobenefícios, com algumas evidências qualitativas.',
      },
      {
        en: 'Several co-benefits are documented, some of them quantified.',
        fr: 'Plusieurs co-bénéfices sont documentés, dont certains chiffrés.',
        es: 'Se documentan varios beneficios adicionales, algunos de ellos cuantificados.',
        pt: 'Estão documentados vários cobenefícios, alguns deles quantificados.',
      },
      {
        en: 'Substantial co-benefits in several areas, quantified and monitored, which strengthen support for the practice.',
        fr: 'Des co-bénéfices importants dans plusieurs domaines, chiffrés et suivis, qui renforcent l’adhésion à la pratique.',
        es: 'Beneficios adicionales importantes en varios ámbitos, cuantificados y con seguimiento, que refuerzan el apoyo a la práctica.',
        pt: 'Cobenefícios importantes em várias áreas, quantificados e monitorizados, que reforçam o apoio à prática.',
      },
    ],
  },
]
