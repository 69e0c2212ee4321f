import { defineVendor } from '../../lib/model/catalog-schema';

/** Mistral AI: La Plateforme API, Codestral endpoint, Le Chat and the mistral.ai console. */
export default defineVendor({
  id: 'mistral',
  name: 'Mistral AI',
  headquarters: 'FR',
  products: [
    {
      id: 'api',
      name: 'Mistral API (La Plateforme)',
      kind: 'api',
      source: 'https://docs.mistral.ai/api/',
      hosts: [{ host: 'api.mistral.ai' }],
    },
    {
      id: 'codestral',
      name: 'Codestral endpoint for IDE plugins',
      kind: 'developer-tools',
      source: 'https://docs.mistral.ai/capabilities/code_generation/',
      hosts: [{ host: 'codestral.mistral.ai' }],
    },
    {
      id: 'chat-web',
      name: 'Le Chat and console',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-!cn',
      hosts: [{ host: 'mistral.ai', includeSubdomains: true }],
    },
  ],
});
