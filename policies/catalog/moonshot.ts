import { defineVendor } from '../../lib/model/catalog-schema';

/** Moonshot AI: Moonshot / Kimi API (China and global), Kimi chat, and the Moonshot developer platform. */
export default defineVendor({
  id: 'moonshot',
  name: 'Moonshot AI (Kimi)',
  headquarters: 'CN',
  products: [
    {
      id: 'api',
      name: 'Moonshot API',
      kind: 'api',
      source: 'https://platform.moonshot.ai/docs/api/chat',
      hosts: [{ host: 'api.moonshot.cn' }, { host: 'api.moonshot.ai' }],
    },
    {
      id: 'chat-web',
      name: 'Kimi',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [
        { host: 'kimi.moonshot.cn' },
        { host: 'kimi.com', includeSubdomains: true },
        {
          host: 'kimi.ai',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-!cn',
        },
      ],
    },
    {
      id: 'platform',
      name: 'Moonshot developer platform and website',
      kind: 'developer-tools',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-cn',
      hosts: [
        { host: 'moonshot.cn', includeSubdomains: true },
        {
          host: 'moonshot.ai',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-!cn',
        },
      ],
    },
  ],
});
