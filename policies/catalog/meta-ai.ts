import { defineVendor } from '../../lib/model/catalog-schema';

/** Meta AI: the meta.ai assistant, the Llama API and the Llama model site. Facebook, Instagram and WhatsApp are not listed. */
export default defineVendor({
  id: 'meta-ai',
  name: 'Meta AI',
  headquarters: 'US',
  products: [
    {
      id: 'chat-web',
      name: 'Meta AI assistant',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/meta',
      hosts: [{ host: 'meta.ai', includeSubdomains: true }],
    },
    {
      id: 'api',
      name: 'Llama API',
      kind: 'api',
      source: 'https://llama.developer.meta.com/docs/overview',
      hosts: [{ host: 'api.llama.com' }],
    },
    {
      id: 'llama-site',
      name: 'Llama models site and downloads',
      kind: 'developer-tools',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/meta',
      hosts: [{ host: 'llama.com', includeSubdomains: true }, { host: 'llama.meta.com' }],
    },
  ],
});
