import { defineVendor } from '../../lib/model/catalog-schema';

/** DeepSeek: DeepSeek API, chat.deepseek.com, apps and developer platform. */
export default defineVendor({
  id: 'deepseek',
  name: 'DeepSeek',
  headquarters: 'CN',
  products: [
    {
      id: 'api',
      name: 'DeepSeek API',
      kind: 'api',
      source: 'https://api-docs.deepseek.com/',
      hosts: [{ host: 'api.deepseek.com' }],
    },
    {
      id: 'chat-web',
      name: 'DeepSeek Chat and platform',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/deepseek',
      hosts: [{ host: 'deepseek.com', includeSubdomains: true }],
    },
  ],
});
