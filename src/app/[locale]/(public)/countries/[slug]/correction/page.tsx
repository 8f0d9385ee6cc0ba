import {
  CorrectionRoutePage,
  type CorrectionRouteProps,
  generateCorrectionMetadata,
} from '@/components/corrections/correction-route';

export const generateMetadata = (props: CorrectionRouteProps) =>
  generateCorrectionMetadata('country', props);

export default function CountryCorrectionPage(props: CorrectionRouteProps) {
  return <CorrectionRoutePage {...props} entityType="country" />;
}
