import { defineVendor } from '../../lib/model/catalog-schema';

/** Poe (Quora): Poe chat web and apps, Poe API, and its CDN. */
export default defineVendor({
  id: 'poe',
  name: 'Poe',
  headquarters: 'US',
  products: [
    {
      id: 'chat-web',
      name: 'Poe',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/poe',
      hosts: [{ host: 'poe.com', includeSubdomains: true }],
    },
    {
      id: 'api',
      name: 'Poe API',
      kind: 'api',
      source: 'https://creator.poe.com/docs/external-applications/openai-compatible-api',
      hosts: [{ host: 'api.poe.com' }],
    },
    {
      id: 'cdn',
      name: 'Poe CDN',
      kind: 'cdn',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/poe',
      hosts: [{ host: 'poecdn.net', includeSubdomains: true }],
    },
  ],
});
