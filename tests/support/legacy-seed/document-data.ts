import type { DocumentType, Locale } from '@/generated/prisma/client';

import { referenceSource, type Texts } from './lib';
import type { ThemeSlug } from './themes';

export type DocumentSeed = {
  slug: string;
  type: DocumentType;
  originalLocale: Locale;
  /** Only when the text itself states the date. */
  publishedOn: string | null;
  sources: string[];
  countries: string[];
  mechanisms: string[];
  themes: ThemeSlug[];
  texts: Partial<Record<Locale, Texts>>;
};

// Every document comes from a text in prisma/data/reference; summaries say only what the text
// says, and the es/pt/en versions are translations of the same summary.
export const DOCUMENTS: DocumentSeed[] = [
  {
    slug: 'buenos-aires-declaration-2013',
    type: 'DECLARATION',
    originalLocale: 'en',
    // The text says it was adopted "at the end of the conference" but gives no date for it.
    publishedOn: null,
    sources: [referenceSource('southern-cone-conference-2013.txt')],
    // The seven Southern Cone countries the text names.
    countries: ['argentina', 'bolivia', 'brazil', 'chile', 'paraguay', 'peru', 'uruguay'],
    mechanisms: [],
    themes: ['international-cooperation', 'npm-designation', 'detention-monitoring'],
    texts: {
      en: {
        title: 'Buenos Aires Declaration (Southern Cone conference on torture prevention, 2013)',
        summary:
          'Adopted by the participants at the end of the conference on partnerships for torture prevention in the Southern Cone (Buenos Aires, 14–16 August 2013); also available in Portuguese. It identifies the main challenges for preventing torture in the Southern Cone: the high level of impunity, the social legitimisation of torture, punitive culture, discrimination towards groups in situations of vulnerability, the lack of effective internal and external monitoring of places of deprivation of liberty, and a crisis of the penitentiary systems. It stresses cooperation among all bodies working on torture prevention and calls for the creation of effective and independent national and local torture prevention mechanisms, in conformity with the OPCAT.',
      },
      es: {
        title:
          'Declaración de Buenos Aires (conferencia sobre prevención de la tortura en el Cono Sur, 2013)',
        summary:
          'Adoptada por las y los participantes al cierre de la conferencia sobre alianzas para la prevención de la tortura en el Cono Sur (Buenos Aires, 14 a 16 de agosto de 2013); también disponible en portugués. Identifica los principales desafíos para la prevención de la tortura en el Cono Sur: el alto nivel de impunidad, la legitimación social de la tortura, la cultura punitiva, la discriminación hacia grupos en situación de vulnerabilidad, la falta de un monitoreo interno y externo efectivo de los lugares de privación de libertad y una crisis de los sistemas penitenciarios. Subraya la cooperación entre todos los órganos que trabajan en la prevención de la tortura y pide la creación de mecanismos nacionales y locales de prevención de la tortura eficaces e independientes, conforme al Protocolo Facultativo (OPCAT).',
      },
      pt: {
        title:
          'Declaração de Buenos Aires (conferência sobre prevenção da tortura no Cone Sul, 2013)',
        summary:
          'Adotada pelos participantes ao final da conferência sobre parcerias para a prevenção da tortura no Cone Sul (Buenos Aires, 14 a 16 de agosto de 2013); disponível também em português. Identifica os principais desafios para a prevenção da tortura no Cone Sul: o alto nível de impunidade, a legitimação social da tortura, a cultura punitiva, a discriminação contra grupos em situação de vulnerabilidade, a falta de monitoramento interno e externo efetivo dos locais de privação de liberdade e uma crise dos sistemas penitenciários. Ressalta a cooperação entre todos os órgãos que atuam na prevenção da tortura e pede a criação de mecanismos nacionais e locais de prevenção da tortura efetivos e independentes, em conformidade com o Protocolo Facultativo (OPCAT).',
      },
    },
  },
  {
    slug: 'peru-congress-approves-npm-law-2014',
    // A news item about a bill approved by Congress, not the law as promulgated.
    type: 'OTHER',
    originalLocale: 'en',
    // The text dates the vote (11 December 2014), not its own publication.
    publishedOn: null,
    sources: [
      referenceSource('apt-latin-america-programme.txt'),
      // Peru's record in opcat-latam.json cites this APT URL, whose slug is this item's title.
      'https://apt.ch/news/peru-apt-calls-prompt-entry-force-npm-law',
    ],
    countries: ['peru'],
    mechanisms: ['peru-npm'],
    themes: ['npm-designation', 'legislation', 'ombudsperson-institutions'],
    texts: {
      en: {
        title: 'Peru: the APT calls on prompt entry into force of the NPM law',
        summary:
          "On 11 December 2014 the Peruvian Congress approved the law designating the Ombudsperson's Office (Defensoría del Pueblo) as the National Preventive Mechanism (NPM). To enter into force, the law still needed the signature of the President of the Republic, whom the APT called on to sign it urgently. The APT had advocated the designation for many years, in close coordination with the national NGO Comisión de Derechos Humanos.",
      },
      es: {
        title: 'Perú: la APT pide la pronta entrada en vigor de la ley del MNP',
        summary:
          'El 11 de diciembre de 2014 el Congreso del Perú aprobó la ley que designa a la Defensoría del Pueblo como Mecanismo Nacional de Prevención (MNP). Para entrar en vigor, la ley aún debía ser firmada por el Presidente de la República, a quien la APT pidió firmarla con urgencia. La APT había abogado durante muchos años por esta designación, en estrecha coordinación con la ONG nacional Comisión de Derechos Humanos.',
      },
      pt: {
        title: 'Peru: a APT pede a pronta entrada em vigor da lei do MNP',
        summary:
          'Em 11 de dezembro de 2014, o Congresso do Peru aprovou a lei que designa a Defensoria do Povo (Defensoría del Pueblo) como Mecanismo Nacional de Prevenção (MNP). Para entrar em vigor, a lei ainda precisava da assinatura do Presidente da República, a quem a APT pediu que a assinasse com urgência. A APT defendeu essa designação durante muitos anos, em estreita coordenação com a ONG nacional Comisión de Derechos Humanos.',
      },
    },
  },
  {
    slug: 'cndh-communique-dgddh-255-2024',
    type: 'OTHER',
    originalLocale: 'es',
    publishedOn: '2024-09-04',
    sources: [referenceSource('cndh-mnpt-mexico-argentina-2024.txt')],
    countries: ['mexico', 'argentina'],
    mechanisms: ['mexico-npm', 'argentina-npm'],
    themes: ['international-cooperation', 'detention-monitoring'],
    // No Portuguese version on purpose: the communiqué exists in Spanish only, and the pt page
    // then shows the Spanish original with the fallback notice – an honest, real case.
    texts: {
      es: {
        title:
          'Comunicado DGDDH/255/2024: MNPT de Argentina y México sostienen intercambio de experiencias y estrechan acciones de cooperación para la prevención de la tortura',
        summary:
          'Comunicado de la Comisión Nacional de los Derechos Humanos (CNDH), Ciudad de México, 4 de septiembre de 2024. La CNDH, a través del Mecanismo Nacional de Prevención de la Tortura (MNPT), sostuvo un encuentro con las autoridades del Comité Nacional para la Prevención de la Tortura de Argentina para intercambiar experiencias y buenas prácticas sobre la supervisión de lugares de privación de la libertad y trazar una ruta de trabajo colaborativo. Con antecedente en el convenio de cooperación celebrado en 2021 entre ambos mecanismos, ahora se trabaja en la definición de ejes temáticos para elaborar estrategias conjuntas. La CNDH dará seguimiento al convenio de colaboración con el Comité argentino.',
      },
      en: {
        title:
          "Communiqué DGDDH/255/2024: Argentina's and Mexico's NPMs hold an exchange of experiences and strengthen cooperation for the prevention of torture",
        summary:
          "Communiqué of Mexico's National Human Rights Commission (CNDH), Mexico City, 4 September 2024. The CNDH, through the National Mechanism for the Prevention of Torture (MNPT), held a meeting with the authorities of Argentina's National Committee for the Prevention of Torture to exchange experiences and good practices on the supervision of places of deprivation of liberty and to map out a path of collaborative work. Building on the cooperation agreement the two mechanisms concluded in 2021, they are now defining thematic areas for joint strategies. The CNDH will follow up on the collaboration agreement with the Argentine Committee.",
      },
    },
  },
  {
    slug: 'nhri-upr-torture-prevention-project',
    type: 'REPORT',
    originalLocale: 'en',
    publishedOn: null,
    sources: [referenceSource('nhri-upr-torture-prevention-project.txt')],
    // The countries the synopsis names.
    countries: [
      ...['costa-rica', 'mexico', 'uruguay', 'argentina', 'bolivia', 'chile', 'ecuador'],
      ...['guatemala', 'nicaragua', 'paraguay', 'peru', 'colombia', 'el-salvador', 'venezuela'],
    ],
    mechanisms: [],
    themes: ['ombudsperson-institutions', 'universal-periodic-review', 'npm-designation'],
    texts: {
      en: {
        title:
          'NHRIs, the Universal Periodic Review and torture prevention in Latin America: project synopsis',
        summary:
          'Synopsis of a research project, begun in August 2011, to strengthen the capacity of Latin American national human rights institutions (Defensorías del Pueblo, Procuradurías and human rights commissions) to engage with the Universal Periodic Review (UPR) at the UN Human Rights Council and promote State implementation of international torture prevention standards under the CAT and the OPCAT. It notes that NHRIs in Costa Rica, Mexico and Uruguay had been designated as National Preventive Mechanisms (NPMs); that Argentina, Bolivia, Chile, Ecuador, Guatemala, Nicaragua, Paraguay and Peru had ratified the OPCAT but not yet designated an NPM; and that Colombia, El Salvador and Venezuela had not ratified the OPCAT but had NHRIs actively working on torture prevention. Its objectives are networks among NHRIs, government officials, civil society and stakeholders within the UN and the Inter-American Commission on Human Rights; a multimedia dissemination tool; and a meeting document with action points for NHRIs. A key step was an expert workshop in Buenos Aires in December 2011, which concluded with a joint declaration by the participating NHRIs.',
      },
      es: {
        title:
          'Las INDH, el Examen Periódico Universal y la prevención de la tortura en América Latina: síntesis del proyecto',
        summary:
          'Síntesis de un proyecto de investigación, iniciado en agosto de 2011, para fortalecer la capacidad de las instituciones nacionales de derechos humanos (INDH) de América Latina (Defensorías del Pueblo, Procuradurías y Comisiones de Derechos Humanos) de participar en el Examen Periódico Universal (EPU) del Consejo de Derechos Humanos de la ONU y promover que los Estados apliquen las normas internacionales de prevención de la tortura de la CAT y el OPCAT. Señala que las INDH de Costa Rica, México y Uruguay habían sido designadas mecanismos nacionales de prevención (MNP); que Argentina, Bolivia, Chile, Ecuador, Guatemala, Nicaragua, Paraguay y Perú habían ratificado el OPCAT pero aún no habían designado un MNP; y que Colombia, El Salvador y Venezuela no lo habían ratificado pero tenían INDH que trabajaban activamente en la prevención de la tortura. Sus objetivos son crear redes entre INDH, funcionarios de gobierno, sociedad civil y actores de la ONU y de la Comisión Interamericana de Derechos Humanos; una herramienta multimedia de difusión; y un documento de reunión con puntos de acción para las INDH. Un hito clave fue un taller de expertos en Buenos Aires en diciembre de 2011, que concluyó con una declaración conjunta de las INDH participantes.',
      },
      pt: {
        title:
          'As INDH, a Revisão Periódica Universal e a prevenção da tortura na América Latina: síntese do projeto',
        summary:
          'Síntese de um projeto de pesquisa, iniciado em agosto de 2011, para fortalecer a capacidade das instituições nacionais de direitos humanos (INDH) da América Latina (Defensorías del Pueblo, Procuradurías e Comissões de Direitos Humanos) de participar da Revisão Periódica Universal (RPU) do Conselho de Direitos Humanos da ONU e promover a implementação, pelos Estados, das normas internacionais de prevenção da tortura da CAT e do OPCAT. Observa que as INDH da Costa Rica, do México e do Uruguai haviam sido designadas mecanismos nacionais de prevenção (MNP); que Argentina, Bolívia, Chile, Equador, Guatemala, Nicarágua, Paraguai e Peru haviam ratificado o OPCAT, mas ainda não haviam designado um MNP; e que Colômbia, El Salvador e Venezuela não o haviam ratificado, mas tinham INDH atuando ativamente na prevenção da tortura. Seus objetivos são criar redes entre INDH, funcionários de governo, sociedade civil e atores da ONU e da Comissão Interamericana de Direitos Humanos; uma ferramenta multimídia de divulgação; e um documento de reunião com pontos de ação para as INDH. Um marco foi uma oficina de especialistas em Buenos Aires, em dezembro de 2011, que terminou com uma declaração conjunta das INDH participantes.',
      },
    },
  },
  {
    slug: 'apt-latin-america-programme',
    type: 'OTHER',
    originalLocale: 'en',
    publishedOn: null,
    sources: [referenceSource('apt-latin-america-programme.txt')],
    countries: ['peru', 'panama', 'honduras', 'brazil', 'argentina'],
    mechanisms: [],
    themes: ['legislation', 'npm-designation', 'federal-states', 'international-cooperation'],
    texts: {
      en: {
        title: 'APT Latin America programme',
        summary:
          "Overview of the APT's Latin America programme. It states that 14 Latin American countries have ratified the OPCAT, which involves creating institutions empowered to carry out regular and unannounced visits to all places of detention and make recommendations. At the first Regional Forum for Latin American countries on torture prevention, States reiterated the need for APT support for legislative reforms (Panama, Honduras); the designation of national mechanisms in Peru and Panama, the only two of the 14 States parties without one; the effective and independent functioning of national and local mechanisms in large federal countries such as Brazil and Argentina; and a network of national and local mechanisms to exchange good practices (in-country visits, online platform). The page also carries the news item on the approval of Peru's NPM law (11 December 2014).",
      },
      es: {
        title: 'Programa de la APT para América Latina',
        summary:
          'Presentación del programa de la APT para América Latina. Indica que 14 países latinoamericanos han ratificado el OPCAT, lo que implica crear instituciones facultadas para realizar visitas periódicas y sin previo aviso a todos los lugares de detención y formular recomendaciones. En el primer Foro Regional de países latinoamericanos sobre prevención de la tortura, los Estados reiteraron la necesidad del apoyo de la APT a reformas legislativas (Panamá, Honduras); a la designación de mecanismos nacionales en Perú y Panamá, los únicos de los 14 Estados Partes sin mecanismo nacional; al funcionamiento eficaz e independiente de los mecanismos nacionales y locales en grandes países federales como Brasil y Argentina; y a una red de mecanismos nacionales y locales para intercambiar buenas prácticas (visitas en los países, plataforma en línea). La página incluye además la noticia sobre la aprobación de la ley del MNP de Perú (11 de diciembre de 2014).',
      },
      pt: {
        title: 'Programa da APT para a América Latina',
        summary:
          'Apresentação do programa da APT para a América Latina. Informa que 14 países latino-americanos ratificaram o OPCAT, o que implica criar instituições com poder para realizar visitas regulares e sem aviso prévio a todos os locais de detenção e formular recomendações. No primeiro Fórum Regional de países latino-americanos sobre prevenção da tortura, os Estados reiteraram a necessidade do apoio da APT a reformas legislativas (Panamá, Honduras); à designação de mecanismos nacionais no Peru e no Panamá, os únicos dos 14 Estados Partes sem mecanismo nacional; ao funcionamento efetivo e independente dos mecanismos nacionais e locais em grandes países federais como Brasil e Argentina; e a uma rede de mecanismos nacionais e locais para trocar boas práticas (visitas nos países, plataforma online). A página traz também a notícia sobre a aprovação da lei do MNP do Peru (11 de dezembro de 2014).',
      },
    },
  },
  {
    slug: 'omct-peru-country-profile',
    type: 'REPORT',
    originalLocale: 'en',
    publishedOn: null,
    sources: [referenceSource('omct-peru-profile.txt')],
    countries: ['peru'],
    mechanisms: [],
    // None of the themes fits a general country profile.
    themes: [],
    texts: {
      en: {
        title: 'Peru: OMCT country profile',
        summary:
          "OMCT's country profile of Peru: State party to the Convention against Torture since 7 July 1988 and to its Optional Protocol (OPCAT) since 14 September 2006. It recalls that the armed conflict of 1980–2000 was marked by massive human rights violations, including enforced disappearances, and that authorities continue to prosecute abuses by government forces. It reports people killed or injured by security forces responding to protests against mining and other extractive projects; cases, reported by the UN Committee against Torture, of arbitrary detention and sexual violence against transgender women by members of the National Police; gender-based violence, with more cases of femicide, domestic violence and sexual violence; and the criminalisation and harassment of human rights defenders.",
      },
      es: {
        title: 'Perú: perfil de país de la OMCT',
        summary:
          'Perfil de país de Perú elaborado por la OMCT: Estado Parte de la Convención contra la Tortura desde el 7 de julio de 1988 y de su Protocolo Facultativo (OPCAT) desde el 14 de septiembre de 2006. Recuerda que el conflicto armado de 1980 a 2000 se caracterizó por violaciones masivas de derechos humanos, incluidas desapariciones forzadas, y que las autoridades siguen procesando abusos cometidos por fuerzas del gobierno. Informa de personas muertas o heridas por la actuación de las fuerzas de seguridad frente a protestas contra proyectos mineros y otras industrias extractivas; de casos, señalados por el Comité contra la Tortura de la ONU, de detención arbitraria y violencia sexual contra mujeres transgénero por parte de miembros de la Policía Nacional; de la violencia de género, con más casos de feminicidio, violencia doméstica y violencia sexual; y de la criminalización y el hostigamiento de personas defensoras de derechos humanos.',
      },
      pt: {
        title: 'Peru: perfil de país da OMCT',
        summary:
          'Perfil de país do Peru elaborado pela OMCT: Estado Parte da Convenção contra a Tortura desde 7 de julho de 1988 e de seu Protocolo Facultativo (OPCAT) desde 14 de setembro de 2006. Lembra que o conflito armado de 1980 a 2000 foi marcado por violações maciças de direitos humanos, inclusive desaparecimentos forçados, e que as autoridades continuam a processar abusos cometidos por forças do governo. Relata pessoas mortas ou feridas pela ação das forças de segurança diante de protestos contra projetos de mineração e outras indústrias extrativas; casos, apontados pelo Comitê contra a Tortura da ONU, de detenção arbitrária e violência sexual contra mulheres transgênero por membros da Polícia Nacional; a violência de gênero, com mais casos de feminicídio, violência doméstica e violência sexual; e a criminalização e o assédio de defensores de direitos humanos.',
      },
    },
  },
];
