import type { Localized } from './types'

/** The demo edition: 15–16 June 2027 in Brussels, hybrid, registration open from 1 September 2026 to 10 June 2027. */
export const demoEdition = {
  slug: 'global-outreach-2027',
  year: 2027,
  format: 'hybrid' as const,
  stage: 'registration_open' as const,
  // 09:00 on 15 June to 17:30 on 16 June, Brussels summer time (UTC+2).
  startsAt: '2027-06-15T07:00:00.000Z',
  endsAt: '2027-06-16T15:30:00.000Z',
  timeZone: 'Europe/Brussels',
  venue: {
    name: 'SQUARE – Brussels Meeting Centre',
    address: 'Mont des Arts / Kunstberg\n1000 Brussels\nBelgium',
    latitude: 50.8431,
    longitude: 4.3555,
  },
  capacity: { inPerson: 300, online: 1000 },
  registration: {
    // 10:00 Brussels time on 1 September 2026; 23:59 Brussels time on 10 June 2027.
    opensAt: '2026-09-01T08:00:00.000Z',
    closesAt: '2027-06-10T21:59:00.000Z',
    offerHours: 48,
    purgeAfterDays: 90,
    reminderDaysBefore: 3,
  },
  // Staff only: registrants receive it by e-mail; the public never sees it.
  streamingUrl: 'https://stream.example.org/gkec-global-outreach-2027-demo',
  title: {
    en: 'Global Outreach Forum 2027',
    fr: 'Forum mondial de coopération 2027',
    es: 'Foro mundial de cooperación 2027',
    pt: 'Fórum mundial de cooperação 2027',
  } satisfies Localized,
  theme: {
    en: 'From first movers to every city: replicating what works',
    fr: 'Des villes pionnières à toutes les villes : reproduire ce qui fonctionne',
    es: 'De las ciudades pioneras a todas las ciudades: replicar lo que funciona',
    pt: 'Das cidades pioneiras a todas as cidades: replicar o que funciona',
  } satisfies Localized,
  description: {
    en: [
      'For two days, the Mission’s first-mover cities and cities from Africa, Asia, the Americas and Oceania meet in Brussels and online to work on one question: how does a practice that cut emissions in one city take root in another?',
      'Plenaries set out what the first movers have learnt. Panels and workshops in three tracks — energy and buildings, mobility and urban space, circular economy and finance — go through real practices from the GKEC repository with the people who led them. Side events and a site visit complete the programme.',
      'Sessions are held in English, French, Spanish and Portuguese, with interpretation in the plenaries. Online participants follow the plenaries and panels live.',
      'This edition is demonstration content of the GKEC platform.',
    ],
    fr: [
      'Pendant deux jours, les villes pionnières de la Mission et des villes d’Afrique, d’Asie, des Amériques et d’Océanie se retrouvent à Bruxelles et en ligne autour d’une question : comment une pratique qui a réduit les émissions d’une ville prend-elle racine dans une autre ?',
      'Les plénières présentent ce que les villes pionnières ont appris. Tables rondes et ateliers, en trois parcours — énergie et bâtiments, mobilité et espace urbain, économie circulaire et financement —, passent en revue des pratiques réelles du répertoire du GKEC avec celles et ceux qui les ont conduites. Des événements parallèles et une visite de terrain complètent le programme.',
      'Les sessions se tiennent en anglais, en français, en espagnol et en portugais, avec interprétation en plénière. Les participant·es en ligne suivent en direct les plénières et les tables rondes.',
      'Cette édition est un contenu de démonstration de la plateforme GKEC.',
    ],
    es: [
      'Durante dos días, las ciudades pioneras de la Misión y ciudades de África, Asia, las Américas y Oceanía se reúnen en Bruselas y en línea en torno a una pregunta: ¿cómo arraiga en una ciudad una práctica que redujo las emisiones de otra?',
      'Las plenarias exponen lo que han aprendido las pioneras. Mesas redondas y talleres en tres itinerarios — energía y edificios, movilidad y espacio urbano, economía circular y financiación — repasan prácticas reales del repositorio del GKEC con quienes las dirigieron. Eventos paralelos y una visita de campo completan el programa.',
      'Las sesiones se celebran en inglés, francés, español y portugués, con interpretación en las plenarias. Quienes participan en línea siguen en directo las plenarias y las mesas redondas.',
      'Esta edición es contenido de demostración de la plataforma GKEC.',
    ],
    pt: [
      'Durante dois dias, as cidades pioneiras da Missão e cidades de África, da Ásia, das Américas e da Oceânia encontram-se em Bruxelas e online em torno de uma pergunta: como é que uma prática que reduziu as emissões de uma cidade ganha raízes noutra?',
      'As plenárias apresentam o que as pioneiras aprenderam. Painéis e oficinas em três percursos — energia e edifícios, mobilidade e espaço urbano, economia circular e financiamento — percorrem práticas reais do repositório do GKEC com quem as conduziu. Eventos paralelos e uma visita de campo completam o programa.',
      'As sessões decorrem em inglês, francês, espanhol e português, com interpretação nas plenárias. Quem participa online acompanha em direto as plenárias e os painéis.',
      'Esta edição é conteúdo de demonstração da plataforma GKEC.',
    ],
  } satisfies Record<keyof Localized, string[]>,
  access: {
    en: 'The venue is a five-minute walk from Brussels-Central station (trains from the airport every 10 minutes) and next to the Gare Centrale metro stop. All rooms are step-free and have induction loops; quiet rooms and a prayer room are on the ground floor.\n\nTell us about accessibility or dietary needs when you register: we will get back to you before the event.',
    fr: 'Le lieu est à cinq minutes à pied de la gare de Bruxelles-Central (trains depuis l’aéroport toutes les 10 minutes) et à côté de la station de métro Gare Centrale. Toutes les salles sont de plain-pied et équipées de boucles magnétiques ; des salles calmes et une salle de prière se trouvent au rez-de-chaussée.\n\nIndiquez vos besoins d’accessibilité ou d’alimentation lors de l’inscription : nous reviendrons vers vous avant l’événement.',
    es: 'La sede está a cinco minutos a pie de la estación de Bruselas-Central (trenes desde el aeropuerto cada 10 minutos) y junto a la parada de metro Gare Centrale. Todas las salas son accesibles sin escalones y tienen bucle magnético; las salas tranquilas y una sala de oración están en la planta baja.\n\nIndique sus necesidades de accesibilidad o alimentación al inscribirse: nos pondremos en contacto antes del evento.',
    pt: 'O local fica a cinco minutos a pé da estação de Bruxelas-Central (comboios do aeroporto a cada 10 minutos) e junto à estação de metro Gare Centrale. Todas as salas são acessíveis sem degraus e têm anel de indução; as salas de silêncio e uma sala de oração ficam no rés-do-chão.\n\nIndique as suas necessidades de acessibilidade ou alimentação na inscrição: entraremos em contacto antes do evento.',
  } satisfies Localized,
}
