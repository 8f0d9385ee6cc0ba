import {
  CorrectionRoutePage,
  type CorrectionRouteProps,
  generateCorrectionMetadata,
} from '@/components/corrections/correction-route';

export const generateMetadata = (props: CorrectionRouteProps) =>
  generateCorrectionMetadata('mechanism', props);

export default function MechanismCorrectionPage(props: CorrectionRouteProps) {
  return <CorrectionRoutePage {...props} entityType="mechanism" />;
}
