// `npm run build`: the production build (see scripts/lib/build-site.ts).
import { buildSite } from './lib/build-site';

await buildSite({ env: process.env });
