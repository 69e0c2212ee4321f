import { defineVendor } from '../../lib/model/catalog-schema';

/**
 * ByteDance Doubao: Doubao chat, Dola (Cici) international app, Coze agent platform, and the Volcano Engine Ark / BytePlus ModelArk model APIs.
 * volces.com, volcengine.com and bytepluses.com are never blocked wholesale.
 */
export default defineVendor({
  id: 'bytedance-doubao',
  name: 'ByteDance Doubao',
  headquarters: 'CN',
  products: [
    {
      id: 'chat-web',
      name: 'Doubao and Dola',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/doubao',
      hosts: [
        { host: 'doubao.com', includeSubdomains: true },
        { host: 'doubaocdn.com', includeSubdomains: true },
        {
          host: 'dola.com',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/dola',
        },
        {
          host: 'ciciai.com',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/dola',
        },
      ],
    },
    {
      id: 'coze',
      name: 'Coze agent platform',
      kind: 'developer-tools',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/doubao',
      hosts: [
        { host: 'coze.cn', includeSubdomains: true },
        {
          host: 'coze.com',
          includeSubdomains: true,
          source: 'https://github.com/v2fly/domain-list-community/blob/master/data/bytedance-ai-!cn',
        },
      ],
    },
    {
      id: 'api',
      name: 'Volcano Engine Ark and BytePlus ModelArk API',
      kind: 'api',
      source: 'https://www.volcengine.com/docs/82379',
      hosts: [
        { host: 'ark.cn-beijing.volces.com' },
        { host: 'ark.ap-southeast.bytepluses.com', source: 'https://docs.byteplus.com/en/docs/ModelArk' },
      ],
    },
  ],
});
