// Test support: where the hand-written vendor-shaped fixtures and the real selection files live.
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const fixturePaths = {
  genesysSwagger: here('./fixtures/genesys-cloud/swagger.json'),
  cxoneAdmin: here('./fixtures/nice-cxone/admin.yaml'),
  cxoneRealtime: here('./fixtures/nice-cxone/realtime.yaml'),
  htmlErrorPage: here('./fixtures/bad/error-page.html'),
  swagger12: here('./fixtures/bad/swagger-1.2.json'),
  genesysSelection: here('./fixtures/genesys-cloud/selection-curated.yaml'),
  genesysSwagger2017: here('./fixtures/genesys-cloud/publicapi-v2-2017.json.gz'),
  cxoneSelection: here('./fixtures/nice-cxone/selection.yaml'),
};
