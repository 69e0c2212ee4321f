import { defineVendor } from '../../lib/model/catalog-schema';

/** Baidu: ERNIE Bot / Wenxin Yiyan chat and the Qianfan (ERNIE) model APIs. baidu.com and baidubce.com are never blocked wholesale. */
export default defineVendor({
  id: 'baidu',
  name: 'Baidu (ERNIE)',
  headquarters: 'CN',
  products: [
    {
      id: 'chat-web',
      name: 'ERNIE Bot (Wenxin Yiyan)',
      kind: 'chat-web',
      source: 'https://github.com/nullgen-inc/ai-blocklist/blob/main/lists/ai.domains.txt',
      hosts: [{ host: 'yiyan.baidu.com' }, { host: 'wenxin.baidu.com' }],
    },
    {
      id: 'api',
      name: 'Qianfan model API',
      kind: 'api',
      source: 'https://cloud.baidu.com/doc/WENXINWORKSHOP/index.html',
      hosts: [{ host: 'qianfan.baidubce.com' }, { host: 'aip.baidubce.com' }],
    },
  ],
});
