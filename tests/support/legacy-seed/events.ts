import type { DatePrecision, EventKind, Locale } from '@/generated/prisma/client';

import { bySlug, referenceSource, type SeedDb, type Texts, toDate } from './lib';

type EventSeed = {
  slug: string;
  kind: EventKind;
  originalLocale: Locale;
  startsOn: string;
  datePrecision: DatePrecision;
  endsOn: string | null;
  city: string | null;
  country: string | null;
  sources: string[];
  mechanisms: string[];
  documents: string[];
  texts: Record<Locale, Texts & { organisers: string | null }>;
};

// `startsOn` is required. When a source gives less than a day, the seed stores the first day it
// allows with the precision the source gives, so pages show only the month or the year.
const EVENTS: EventSeed[] = [
  {
    slug: 'buenos-aires-expert-workshop-2011',
    kind: 'WORKSHOP',
    originalLocale: 'en',
    // The source gives the month only (December 2011): stored as the 1st.
    startsOn: '2011-12-01',
    datePrecision: 'MONTH',
    endsOn: null,
    city: 'Buenos Aires',
    country: 'argentina',
    sources: [referenceSource('nhri-upr-torture-prevention-project.txt')],
    mechanisms: [],
    documents: ['nhri-upr-torture-prevention-project'],
    texts: {
      en: {
        title: 'Expert workshop on Defensorías, the UPR and torture prevention',
        organisers: null,
        summary:
          "Expert meeting held in Buenos Aires in December 2011 within the research project on NHRIs, the Universal Periodic Review (UPR) and torture prevention; the source gives the month, not the exact days. Six panels of Defensorías and experts – policy-makers, legal practitioners and academics – discussed the role of Defensorías in torture prevention, their contribution to transmitting UPR recommendations, their strengths and challenges, their relations with other accountability agencies and civil society, and the designation of Defensorías as National Preventive Mechanisms under the OPCAT, in preparation for the UPR's second cycle in 2012. The meeting concluded with a joint declaration by the participating NHRIs.",
      },
      es: {
        title: 'Taller de expertos sobre las Defensorías, el EPU y la prevención de la tortura',
        organisers: null,
        summary:
          'Reunión de expertos celebrada en Buenos Aires en diciembre de 2011 en el marco del proyecto de investigación sobre las INDH, el Examen Periódico Universal (EPU) y la prevención de la tortura; la fuente indica el mes, no los días exactos. Seis paneles de Defensorías y expertos –responsables de políticas, profesionales del derecho y académicos– trataron el papel de las Defensorías en la prevención de la tortura, su contribución a la transmisión de las recomendaciones del EPU, sus fortalezas y desafíos, sus relaciones con otros organismos de control y con la sociedad civil, y la designación de Defensorías como mecanismos nacionales de prevención conforme al OPCAT, en preparación del segundo ciclo del EPU en 2012. La reunión concluyó con una declaración conjunta de las INDH participantes.',
      },
      pt: {
        title: 'Oficina de especialistas sobre as Defensorias, a RPU e a prevenção da tortura',
        organisers: null,
        summary:
          'Reunião de especialistas realizada em Buenos Aires em dezembro de 2011, no âmbito do projeto de pesquisa sobre as INDH, a Revisão Periódica Universal (RPU) e a prevenção da tortura; a fonte indica o mês, não os dias exatos. Seis painéis de Defensorias e especialistas – formuladores de políticas, profissionais do direito e acadêmicos – discutiram o papel das Defensorias na prevenção da tortura, sua contribuição para a transmissão das recomendações da RPU, seus pontos fortes e desafios, suas relações com outros órgãos de controle e com a sociedade civil, e a designação de Defensorias como mecanismos nacionais de prevenção nos termos do OPCAT, em preparação para o segundo ciclo da RPU em 2012. A reunião terminou com uma declaração conjunta das INDH participantes.',
      },
    },
  },
  {
    slug: 'southern-cone-conference-2013',
    kind: 'CONFERENCE',
    originalLocale: 'en',
    startsOn: '2013-08-14',
    datePrecision: 'DAY',
    endsOn: '2013-08-16',
    city: 'Buenos Aires',
    country: 'argentina',
    sources: [referenceSource('southern-cone-conference-2013.txt')],
    // The third day dealt with the new national systems of Argentina and Brazil.
    mechanisms: ['argentina-npm', 'brazil-npm'],
    documents: ['buenos-aires-declaration-2013'],
    texts: {
      en: {
        title: 'Partnerships for torture prevention in the Southern Cone',
        organisers:
          "Ombudsman's Office (Procuración Penitenciaria de la Nación) of Argentina, with the APT",
        summary:
          "Conference of government officials and representatives of international human rights bodies, civil society, national human rights institutions and national and local preventive mechanisms from the seven Southern Cone countries (Argentina, Bolivia, Brazil, Chile, Paraguay, Peru and Uruguay), to share best practices and strengthen partnerships. It was held under the auspices of the IACHR Rapporteurship on the Rights of Persons Deprived of Liberty, the OHCHR regional office for South America, the MERCOSUR Institute on Public Policies on Human Rights and Argentina's Defensoría General de la Nación, and ended with the adoption of the Buenos Aires Declaration. After the recent federal laws creating national torture prevention systems in Argentina and Brazil, the third day brought members of five local preventive mechanisms and representatives of twelve other Brazilian states and Argentine provinces together with members of the UN Subcommittee on Prevention of Torture. Many participants asked for an online platform with relevant information, technical tools and material.",
      },
      es: {
        title: 'Alianzas para la prevención de la tortura en el Cono Sur',
        organisers: 'Procuración Penitenciaria de la Nación (Argentina), junto con la APT',
        summary:
          'Conferencia de funcionarios de gobierno y representantes de organismos internacionales de derechos humanos, sociedad civil, instituciones nacionales de derechos humanos y mecanismos nacionales y locales de prevención de los siete países del Cono Sur (Argentina, Bolivia, Brasil, Chile, Paraguay, Perú y Uruguay), para compartir buenas prácticas y fortalecer alianzas. Se realizó bajo los auspicios de la Relatoría sobre los Derechos de las Personas Privadas de Libertad de la CIDH, la oficina regional para América del Sur del ACNUDH, el Instituto de Políticas Públicas en Derechos Humanos del MERCOSUR y la Defensoría General de la Nación de Argentina, y concluyó con la adopción de la Declaración de Buenos Aires. Tras la reciente sanción de leyes federales que crean sistemas nacionales de prevención de la tortura en Argentina y Brasil, el tercer día reunió a miembros de cinco mecanismos locales de prevención y a representantes de otros doce estados brasileños y provincias argentinas con miembros del Subcomité de la ONU para la Prevención de la Tortura. Muchos participantes pidieron la creación de una plataforma en línea con información, herramientas técnicas y materiales.',
      },
      pt: {
        title: 'Parcerias para a prevenção da tortura no Cone Sul',
        organisers: 'Procuración Penitenciaria de la Nación (Argentina), com a APT',
        summary:
          'Conferência de funcionários de governo e representantes de organismos internacionais de direitos humanos, da sociedade civil, de instituições nacionais de direitos humanos e de mecanismos nacionais e locais de prevenção dos sete países do Cone Sul (Argentina, Bolívia, Brasil, Chile, Paraguai, Peru e Uruguai), para compartilhar boas práticas e fortalecer parcerias. Foi realizada sob os auspícios da Relatoria sobre os Direitos das Pessoas Privadas de Liberdade da CIDH, do escritório regional do ACNUDH para a América do Sul, do Instituto de Políticas Públicas em Direitos Humanos do MERCOSUL e da Defensoría General de la Nación da Argentina, e terminou com a adoção da Declaração de Buenos Aires. Após a recente aprovação de leis federais que criam sistemas nacionais de prevenção da tortura na Argentina e no Brasil, o terceiro dia reuniu membros de cinco mecanismos locais de prevenção e representantes de outros doze estados brasileiros e províncias argentinas com membros do Subcomitê da ONU para a Prevenção da Tortura. Muitos participantes pediram a criação de uma plataforma online com informações, ferramentas técnicas e materiais.',
      },
    },
  },
  {
    slug: 'mexico-argentina-npm-meeting-2024',
    kind: 'EXCHANGE',
    originalLocale: 'es',
    // The communiqué is dated 4 Sep 2024 but gives neither the meeting's date nor its place:
    // only the year is certain.
    startsOn: '2024-09-04',
    datePrecision: 'YEAR',
    endsOn: null,
    city: null,
    country: null,
    sources: [referenceSource('cndh-mnpt-mexico-argentina-2024.txt')],
    mechanisms: ['mexico-npm', 'argentina-npm'],
    documents: ['cndh-communique-dgddh-255-2024'],
    texts: {
      es: {
        title:
          'Encuentro entre el MNPT de México y el Comité Nacional para la Prevención de la Tortura de Argentina',
        organisers: null,
        summary:
          'La CNDH, a través del Mecanismo Nacional de Prevención de la Tortura (MNPT), sostuvo un encuentro con las autoridades del Comité Nacional para la Prevención de la Tortura de Argentina para intercambiar experiencias y buenas prácticas sobre la supervisión de lugares de privación de la libertad y los retos comunes en la región, y trazar una ruta de trabajo colaborativo. El comunicado DGDDH/255/2024, del 4 de septiembre de 2024, no indica la fecha ni el lugar del encuentro: la fecha registrada es la del comunicado.',
      },
      en: {
        title:
          "Meeting between Mexico's MNPT and Argentina's National Committee for the Prevention of Torture",
        organisers: null,
        summary:
          "Mexico's CNDH, through its National Mechanism for the Prevention of Torture (MNPT), held a meeting with the authorities of Argentina's National Committee for the Prevention of Torture to exchange experiences and good practices on the supervision of places of deprivation of liberty and common challenges in the region, and to map out a path of collaborative work. Communiqué DGDDH/255/2024 of 4 September 2024 gives neither the date nor the place of the meeting: the date recorded is the communiqué's.",
      },
      pt: {
        title:
          'Encontro entre o MNPT do México e o Comitê Nacional para a Prevenção da Tortura da Argentina',
        organisers: null,
        summary:
          'A CNDH do México, por meio de seu Mecanismo Nacional de Prevenção da Tortura (MNPT), realizou um encontro com as autoridades do Comitê Nacional para a Prevenção da Tortura da Argentina para trocar experiências e boas práticas sobre a supervisão de locais de privação de liberdade e os desafios comuns na região, e traçar um caminho de trabalho colaborativo. O comunicado DGDDH/255/2024, de 4 de setembro de 2024, não informa a data nem o local do encontro: a data registrada é a do comunicado.',
      },
    },
  },
];

export const seedEvents = async (db: SeedDb): Promise<number> => {
  for (const event of EVENTS) {
    await db.event.create({
      data: {
        slug: event.slug,
        kind: event.kind,
        originalLocale: event.originalLocale,
        startsOn: toDate(event.startsOn),
        datePrecision: event.datePrecision,
        endsOn: event.endsOn === null ? null : toDate(event.endsOn),
        city: event.city,
        ...(event.country ? { country: { connect: { slug: event.country } } } : {}),
        sources: event.sources,
        status: 'PUBLISHED',
        translations: {
          create: (Object.entries(event.texts) as [Locale, EventSeed['texts'][Locale]][]).map(
            ([locale, text]) => ({ locale, ...text }),
          ),
        },
        mechanisms: { connect: bySlug(event.mechanisms) },
        documents: { connect: bySlug(event.documents) },
      },
    });
  }
  return EVENTS.length;
};
