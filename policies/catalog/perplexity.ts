import { defineVendor } from '../../lib/model/catalog-schema';

/** Perplexity: Sonar API, Perplexity answer engine (web, apps, Comet) and its image/file CDN host. */
export default defineVendor({
  id: 'perplexity',
  name: 'Perplexity',
  headquarters: 'US',
  products: [
    {
      id: 'api',
      name: 'Perplexity Sonar API',
      kind: 'api',
      source: 'https://docs.perplexity.ai/api-reference/chat-completions-post',
      hosts: [{ host: 'api.perplexity.ai' }],
    },
    {
      id: 'chat-web',
      name: 'Perplexity',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/perplexity',
      hosts: [
        { host: 'perplexity.ai', includeSubdomains: true },
        { host: 'perplexity.com', includeSubdomains: true },
        { host: 'pplx.ai', includeSubdomains: true },
      ],
    },
    {
      id: 'cdn',
      name: 'Perplexity media CDN',
      kind: 'cdn',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/perplexity',
      hosts: [{ host: 'pplx-res.cloudinary.com' }],
    },
  ],
});
