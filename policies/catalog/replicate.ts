import { defineVendor } from '../../lib/model/catalog-schema';

/** Replicate: model-hosting HTTP API, replicate.com web app, and prediction output delivery CDN. */
export default defineVendor({
  id: 'replicate',
  name: 'Replicate',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'Replicate HTTP API',
      kind: 'api',
      source: 'https://replicate.com/docs/reference/http',
      hosts: [{ host: 'api.replicate.com' }],
    },
    {
      id: 'web',
      name: 'Replicate web app',
      kind: 'chat-web',
      source: 'https://replicate.com/docs/reference/http',
      hosts: [{ host: 'replicate.com', includeSubdomains: true }],
    },
    {
      id: 'delivery',
      name: 'Prediction output files',
      kind: 'cdn',
      source: 'https://replicate.com/docs/topics/predictions/output-files',
      hosts: [{ host: 'replicate.delivery', includeSubdomains: true }],
    },
  ],
});
