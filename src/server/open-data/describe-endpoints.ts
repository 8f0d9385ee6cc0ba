import 'server-only';

import { OPEN_DATA_ENDPOINTS, type OpenDataEndpointName } from './endpoints';

export type EndpointDescription = {
  name: OpenDataEndpointName;
  path: string;
  parameters: string[];
};

/** The endpoints as the API reference page lists them, with their parameters' names. */
export const describeEndpoints = (): EndpointDescription[] =>
  Object.entries(OPEN_DATA_ENDPOINTS).map(([name, endpoint]) => ({
    name: name as OpenDataEndpointName,
    path: endpoint.path,
    parameters: Object.keys(endpoint.query.shape).filter((key) => key !== 'slug'),
  }));
