import { defineVendor } from '../../lib/model/catalog-schema';

/** Midjourney: midjourney.com web app and image CDN (Discord is not listed). */
export default defineVendor({
  id: 'midjourney',
  name: 'Midjourney',
  headquarters: 'US',
  products: [
    {
      id: 'chat-web',
      name: 'Midjourney web app',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-!cn',
      hosts: [{ host: 'midjourney.com', includeSubdomains: true }],
    },
  ],
});
