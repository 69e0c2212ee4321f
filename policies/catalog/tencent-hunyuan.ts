import { defineVendor } from '../../lib/model/catalog-schema';

/** Tencent Hunyuan: Yuanbao assistant, Hunyuan website, and the Hunyuan model APIs. tencent.com and tencentcloudapi.com are never blocked wholesale. */
export default defineVendor({
  id: 'tencent-hunyuan',
  name: 'Tencent Hunyuan (Yuanbao)',
  headquarters: 'CN',
  products: [
    {
      id: 'chat-web',
      name: 'Tencent Yuanbao and Hunyuan',
      kind: 'chat-web',
      source: 'https://github.com/v2fly/domain-list-community/blob/master/data/category-ai-cn',
      hosts: [{ host: 'yuanbao.tencent.com' }, { host: 'hunyuan.tencent.com' }],
    },
    {
      id: 'api',
      name: 'Hunyuan API',
      kind: 'api',
      source: 'https://cloud.tencent.com/document/product/1729',
      hosts: [{ host: 'hunyuan.tencentcloudapi.com' }, { host: 'api.hunyuan.cloud.tencent.com' }],
    },
  ],
});
