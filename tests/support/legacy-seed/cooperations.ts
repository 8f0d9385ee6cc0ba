import type { CooperationKind, Locale } from '@/generated/prisma/client';

import { bySlug, referenceSource, type SeedDb, type Texts, titleTranslations, toDate } from './lib';

type CooperationSeed = {
  slug: string;
  kind: CooperationKind;
  originalLocale: Locale;
  startedOn: string | null;
  startedYear: number | null;
  sources: string[];
  mechanisms: string[];
  documents: string[];
  texts: Record<Locale, Texts>;
};

const COMMUNIQUE = referenceSource('cndh-mnpt-mexico-argentina-2024.txt');

const COOPERATIONS: CooperationSeed[] = [
  {
    slug: 'mexico-argentina-npm-agreement-2021',
    kind: 'AGREEMENT',
    originalLocale: 'es',
    // Both sources give the year only.
    startedOn: null,
    startedYear: 2021,
    // The signatories come from newsreportmx, cited in Argentina's and Mexico's records.
    sources: [COMMUNIQUE, 'https://newsreportmx.com/?p=173985'],
    mechanisms: ['mexico-npm', 'argentina-npm'],
    documents: ['cndh-communique-dgddh-255-2024'],
    texts: {
      es: {
        title: 'Convenio de cooperación entre el MNPT de México (CNDH) y el CNPT de Argentina',
        summary:
          'Convenio de cooperación celebrado en 2021 entre el Mecanismo Nacional de Prevención de la Tortura (MNPT) de la Comisión Nacional de los Derechos Humanos (CNDH) de México y el Comité Nacional para la Prevención de la Tortura (CNPT) de Argentina, firmado de forma virtual por el presidente del CNPT, Juan Manuel Irrazábal, y la presidenta de la CNDH, Rosario Piedra Ibarra. Según la CNDH, con él se inició un acercamiento binacional y un espacio de diálogo permanente.',
      },
      en: {
        title: "Cooperation agreement between Mexico's MNPT (CNDH) and Argentina's CNPT",
        summary:
          "Cooperation agreement concluded in 2021 between the National Mechanism for the Prevention of Torture (MNPT) of Mexico's National Human Rights Commission (CNDH) and Argentina's National Committee for the Prevention of Torture (CNPT), signed virtually by CNPT president Juan Manuel Irrazábal and CNDH president Rosario Piedra Ibarra. According to the CNDH, it opened a binational rapprochement and a permanent space for dialogue.",
      },
      pt: {
        title: 'Convênio de cooperação entre o MNPT do México (CNDH) e o CNPT da Argentina',
        summary:
          'Convênio de cooperação celebrado em 2021 entre o Mecanismo Nacional de Prevenção da Tortura (MNPT) da Comissão Nacional dos Direitos Humanos (CNDH) do México e o Comitê Nacional para a Prevenção da Tortura (CNPT) da Argentina, assinado virtualmente pelo presidente do CNPT, Juan Manuel Irrazábal, e pela presidente da CNDH, Rosario Piedra Ibarra. Segundo a CNDH, ele deu início a uma aproximação binacional e a um espaço de diálogo permanente.',
      },
    },
  },
  {
    slug: 'mexico-argentina-npm-exchange-2024',
    kind: 'EXCHANGE',
    originalLocale: 'es',
    // The communiqué of 4 Sep 2024 reports the meeting without its date: the year is certain,
    // the day is not, so startedOn stays null.
    startedOn: null,
    startedYear: 2024,
    sources: [COMMUNIQUE],
    mechanisms: ['mexico-npm', 'argentina-npm'],
    documents: ['cndh-communique-dgddh-255-2024'],
    texts: {
      es: {
        title:
          'Intercambio de experiencias entre los mecanismos de prevención de México y Argentina',
        summary:
          'Intercambio de experiencias y buenas prácticas entre el MNPT de México y el CNPT de Argentina, con antecedente en su convenio de 2021, informado por la CNDH el 4 de septiembre de 2024. Los mecanismos trabajan en la definición de ejes temáticos para estrategias conjuntas, incorporando mejores prácticas desde la planeación de las visitas de supervisión hasta el diálogo con las autoridades de seguridad pública y de procuración e impartición de justicia. La CNDH dará seguimiento al convenio de colaboración.',
      },
      en: {
        title: 'Exchange of experiences between the preventive mechanisms of Mexico and Argentina',
        summary:
          "Exchange of experiences and good practices between Mexico's MNPT and Argentina's CNPT, building on their 2021 agreement, reported by the CNDH on 4 September 2024. The mechanisms are defining thematic areas for joint strategies, bringing in better practices from the planning of supervision visits to dialogue with the public security, prosecution and justice authorities. The CNDH will follow up on the collaboration agreement.",
      },
      pt: {
        title:
          'Intercâmbio de experiências entre os mecanismos de prevenção do México e da Argentina',
        summary:
          'Intercâmbio de experiências e boas práticas entre o MNPT do México e o CNPT da Argentina, com base em seu convênio de 2021, informado pela CNDH em 4 de setembro de 2024. Os mecanismos trabalham na definição de eixos temáticos para estratégias conjuntas, incorporando melhores práticas desde o planejamento das visitas de supervisão até o diálogo com as autoridades de segurança pública, do Ministério Público e da Justiça. A CNDH dará seguimento ao convênio de colaboração.',
      },
    },
  },
];

export const seedCooperations = async (db: SeedDb): Promise<number> => {
  for (const cooperation of COOPERATIONS) {
    await db.cooperation.create({
      data: {
        slug: cooperation.slug,
        kind: cooperation.kind,
        originalLocale: cooperation.originalLocale,
        startedOn: cooperation.startedOn === null ? null : toDate(cooperation.startedOn),
        startedYear: cooperation.startedYear,
        sources: cooperation.sources,
        status: 'PUBLISHED',
        translations: { create: titleTranslations(cooperation.texts) },
        mechanisms: { connect: bySlug(cooperation.mechanisms) },
        documents: { connect: bySlug(cooperation.documents) },
      },
    });
  }
  return COOPERATIONS.length;
};
